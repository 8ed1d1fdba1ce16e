"""Bringing a corpus made by an older Kashshaf up to what this one knows.

Metadata version 2 tells publication dates from retrieval dates and files'
modification times, and points every document at an outlet:

* a date read from a file's modification time is dropped (it was shown and
  cited as a publication date);
* a date from a crawl field (``date_extracted`` …) becomes the retrieval date;
* a document without a publication date gets one from a date line at the top
  of its text, its byline or its url, where it has one;
* every document's outlet is resolved through the corpus' outlet table;
* HTML entities a crawler left in a record's title or byline (``&quot;``) are decoded;
* excerpts take their citation's outlet and date from their document again.

The text of documents and excerpts, notes and curation are not touched.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from kashshaf.core.corpus import metadata
from kashshaf.core.corpus.cleaning import split_lines
from kashshaf.core.corpus.documents import settle_dates
from kashshaf.core.corpus.importers import RETRIEVAL_KEYS, field_text
from kashshaf.core.corpus.store import CorpusStore
from kashshaf.core.models import Document

METADATA_VERSION = "2"
"""Bump when what import reads of dates or outlets changes: older corpora are brought up to date on open."""


def _is_record(doc: Document) -> bool:
    """A record of a JSON/JSONL collection (its text is the article body, not a page)."""
    return "#" in doc.path


def settle_document(doc: Document) -> Document:
    """``doc`` with its dates settled, and its title and byline read, as an import by this version would."""
    if _is_record(doc):
        doc = replace(doc, title=field_text(doc.title) or doc.title, author=field_text(doc.author))
    date, origin = doc.date, doc.date_origin
    retrieved, retrieved_origin = doc.retrieved, doc.retrieved_origin
    if origin == "file":
        date = None
    elif origin in RETRIEVAL_KEYS:
        retrieved, retrieved_origin = retrieved or date, origin
        date = None
    if date is not None:
        return replace(doc, retrieved=retrieved, retrieved_origin=retrieved_origin)
    header = []
    if _is_record(doc):
        lines = split_lines(doc.raw_text)[: metadata.HEADER_LINES]
        header = [x for x in lines if x and len(x) <= metadata.DATE_LINE_MAX_CHARS]
    dates = settle_dates(
        field=None,
        text_date=None,
        header=header,
        retrieved=(retrieved, retrieved_origin or "retrieved") if retrieved else None,
        url=doc.url,
        author=doc.author,
        structured=False,
    )
    return replace(
        doc,
        date=dates.date,
        date_origin=dates.origin,
        date_text=dates.text,
        retrieved=dates.retrieved,
        retrieved_origin=dates.retrieved_origin,
        author=dates.author,
    )


def migrate_metadata(store: CorpusStore, progress: Callable[[int, int], None] | None = None) -> int:
    """Settle every document's dates and outlet, and the excerpts' citations; return the documents changed."""
    ids = store.ordered_ids("imported", False)
    changed = 0
    for done, doc_id in enumerate(ids, start=1):
        doc = store.get(doc_id)
        if doc is None:
            continue
        settled = settle_document(doc)
        outlet = store.outlets.ensure(settled.source, settled.url)
        if settled != doc or outlet != (doc.outlet.id if doc.outlet else None):
            store.set_metadata(settled, outlet)
            changed += 1
        if progress is not None and done % 500 == 0:
            progress(done, len(ids))
    cited = {e.doc_id for e in store.excerpts.select()}
    documents = {i: d for i in cited if (d := store.get(i)) is not None}
    store.excerpts.recite(documents)
    return changed
