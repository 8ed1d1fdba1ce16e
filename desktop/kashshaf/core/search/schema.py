"""The whoosh schema: what is indexed and how.

* ``id``: the document id (stored; the text itself lives in the store).
* ``title``: normalised, unstemmed, with positions (phrases), boosted.
* ``body``: normalised, stop words removed, light-stemmed; frequencies only.
* ``body_exact``: normalised, unstemmed, stop words kept, with positions:
  exact words, names and "phrases".
* ``outlet``: the outlet's id (``source:`` in a query is resolved to ids through the
  corpus' outlet table, so a renamed outlet needs no re-indexing).
* ``date``: the date the list shows: the publication date, else the retrieval
  date (never a file's modification time), for ``date:2021-07-21``,
  ``date:[2021-01 to 2021-06]``.
* ``published``: the publication date only (``published:2021``).
* ``entity``: entity ids, filled by the entities pipeline (``entity:ID``).
"""

from __future__ import annotations

from whoosh import fields

from kashshaf.core.search.analysis import (
    ArabicTextField,
    ArabicTokenizer,
    SqliteVocabulary,
    exact_analyzer,
    stemmed_analyzer,
)

SCHEMA_VERSION = "3"  # 2: compact positions; 3: outlet ids, shown and publication dates


def build_schema(vocabulary: SqliteVocabulary | None = None) -> fields.Schema:
    tokenizer = ArabicTokenizer(vocabulary)  # one: body and body_exact tokenise each text once
    exact = exact_analyzer(tokenizer=tokenizer)
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        title=ArabicTextField(exact, stemmed=False, phrase=True, field_boost=2.0),
        body=ArabicTextField(stemmed_analyzer(tokenizer=tokenizer), stemmed=True, phrase=False),
        body_exact=ArabicTextField(exact, stemmed=False, phrase=True),
        outlet=fields.ID(),
        date=fields.DATETIME(),
        published=fields.DATETIME(),
        entity=fields.KEYWORD(lowercase=False, commas=False, scorable=False),
    )
