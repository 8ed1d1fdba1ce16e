"""Named entities: extraction (gazetteers and context rules, or camel-tools'
NER when its model is installed), resolution into canonical entities, and
evaluation against a CoNLL gold standard."""
