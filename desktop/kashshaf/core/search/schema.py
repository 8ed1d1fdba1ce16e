"""The whoosh schema: what is indexed and how.

* ``id``: the document id (stored; the text itself lives in the store).
* ``title``: normalised, unstemmed, with positions (phrases), boosted.
* ``body``, ``body_exact`` and ``body_seg`` hold the title and the text.
* ``body``: normalised, stop words removed, light-stemmed (each word's stem
  and the stems of its clitic-free forms); frequencies only.
* ``body_exact``: normalised, unstemmed, stop words kept, with positions:
  exact words (``=word``), names and "phrases".
* ``body_seg``: for each word with proclitics the corpus supports splitting
  off (:mod:`kashshaf.core.arabic.clitics`), its clitic-free forms, with
  positions: with ``body_exact``, phrases across clitics.
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
    EXACT,
    SEGMENTED,
    STEMMED,
    ArabicTextField,
    ArabicTokenizer,
    SqliteVocabulary,
    exact_analyzer,
    segmented_analyzer,
    stemmed_analyzer,
)

SCHEMA_VERSION = "4"  # 2: compact positions; 3: outlet ids, shown and publication dates; 4: clitics


def build_schema(vocabulary: SqliteVocabulary | None = None) -> fields.Schema:
    tokenizer = ArabicTokenizer(vocabulary)  # one: body and body_exact tokenise each text once
    exact = exact_analyzer(tokenizer=tokenizer)
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        title=ArabicTextField(exact, EXACT, phrase=True, field_boost=2.0),
        body=ArabicTextField(stemmed_analyzer(tokenizer=tokenizer), STEMMED, phrase=False),
        body_exact=ArabicTextField(exact, EXACT, phrase=True),
        body_seg=ArabicTextField(segmented_analyzer(tokenizer=tokenizer), SEGMENTED, phrase=True, scorable=False),
        outlet=fields.ID(),
        date=fields.DATETIME(),
        published=fields.DATETIME(),
        entity=fields.KEYWORD(lowercase=False, commas=False, scorable=False),
    )
