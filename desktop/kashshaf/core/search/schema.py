"""The whoosh schema: what is indexed and how.

* ``id``: the document id (stored; the text itself lives in the store).
* ``title``: normalised, unstemmed, with positions (phrases), boosted.
* ``body``: normalised, stop words removed, light-stemmed; frequencies only.
* ``body_exact``: normalised, unstemmed, stop words kept, with positions:
  exact words, names and "phrases".
* ``source``: the outlet, normalised, so ``source:"تركيا بالعربي"`` works.
* ``date``: publication date, for ``date:2021`` and ``date:[2021-01 to 2021-06]``.
* ``entity``: entity ids, filled by the entities pipeline (``entity:ID``).
"""

from __future__ import annotations

from whoosh import fields

from kashshaf.core.search.analysis import ArabicTextField, SqliteVocabulary, exact_analyzer, stemmed_analyzer

SCHEMA_VERSION = "2"  # 2: compact positions


def build_schema(vocabulary: SqliteVocabulary | None = None) -> fields.Schema:
    exact = exact_analyzer(vocabulary)
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        title=ArabicTextField(exact, stemmed=False, phrase=True, field_boost=2.0),
        body=ArabicTextField(stemmed_analyzer(vocabulary), stemmed=True, phrase=False),
        body_exact=ArabicTextField(exact, stemmed=False, phrase=True),
        source=fields.TEXT(analyzer=exact, phrase=True, field_boost=0.5),
        date=fields.DATETIME(),
        entity=fields.KEYWORD(lowercase=False, commas=False, scorable=False),
    )
