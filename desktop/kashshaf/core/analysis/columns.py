"""What the result-set views read of every document, by index docnum, read in bulk once.

A timeline or a facet of 10,000 documents cannot afford to look each one up in the store (the
shown date and the outlet sit after the text in a row, so SQLite walks the text's overflow pages to
reach them: about 20 µs a document). :class:`Columns` holds, for each docnum of one index
generation, the document's shown date as a day number (publication date, else retrieval date; never
a file's date: ``store.SHOWN_DATE``), whether that is a publication date, its outlet and the
entities it mentions, read with one statement each. It is kept for each open :class:`Workspace`
until the index changes (an import, a deletion, curation: every change of what a document is dated,
from or mentions writes the index, so the index's generation names the state of the corpus).
"""

from __future__ import annotations

import threading
import weakref
from array import array
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from kashshaf.core.models import ENTITY_TYPES
from kashshaf.core.search.counting import docset

if TYPE_CHECKING:
    from kashshaf.core.analysis import Scope
    from kashshaf.core.workspace import Workspace

UNDATED = 0
"""the day number of a document with no date (day numbers are ``date.toordinal()``, from 1)"""
NO_OUTLET = -1

TYPE_BITS = {kind: 1 << i for i, kind in enumerate(ENTITY_TYPES)}
"""an entity type's bit in :attr:`Columns.types`"""


def day_number(iso: str | None) -> int:
    """The day of an ISO date or date-time (its first ten characters) as a day number; UNDATED when
    there is none or it cannot be read."""
    if not iso or len(iso) < 10:
        return UNDATED
    try:
        return date.fromisoformat(iso[:10]).toordinal()
    except ValueError:
        return UNDATED


def iso_day(n: int) -> str:
    return date.fromordinal(n).isoformat()


@dataclass(slots=True)
class Columns:
    """Per-docnum columns of one index generation (``key``)."""

    key: tuple[Any, ...]
    ids: list[str]
    """docnum -> document id"""
    day: array[int]
    """docnum -> day number of the shown date (UNDATED: none)"""
    published: bytearray
    """docnum -> 1 when the shown date is a publication date"""
    outlet: array[int]
    """docnum -> index into :attr:`outlets` (NO_OUTLET: unknown)"""
    outlets: list[str]
    _entities: tuple[array[int], array[int], list[str], list[str], bytearray] | None = field(default=None)
    _docnum: dict[str, int] | None = field(default=None)

    def docnum(self, doc_id: str) -> int | None:
        if self._docnum is None:
            self._docnum = {d: n for n, d in enumerate(self.ids)}
        return self._docnum.get(doc_id)


_CACHE: weakref.WeakKeyDictionary[Workspace, Columns] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def _key(searcher: Any) -> tuple[Any, ...]:
    reader = searcher.reader()
    return (reader.generation(), reader.doc_count_all(), reader.doc_count())


def columns(ws: Workspace, searcher: Any) -> Columns:
    """The columns of the index ``searcher`` reads (built at the first call of a generation)."""
    key = _key(searcher)
    with _LOCK:
        found = _CACHE.get(ws)
        if found is not None and found.key == key:
            return found
        built = _build(ws, searcher, key)
        _CACHE[ws] = built
        return built


def _build(ws: Workspace, searcher: Any, key: tuple[Any, ...]) -> Columns:
    reader = searcher.reader()
    ids = [fields.get("id", "") if fields else "" for fields in reader.all_stored_fields()]
    if len(ids) != reader.doc_count_all():  # all_stored_fields skips deleted documents: read each
        ids = [
            "" if reader.is_deleted(n) else searcher.stored_fields(n).get("id", "")
            for n in range(reader.doc_count_all())
        ]
    known = ws.store.shown_dates_and_outlets()
    size = len(ids)
    day = array("i", bytes(4 * size))
    published = bytearray(size)
    outlet = array("i", [NO_OUTLET]) * size
    outlets: list[str] = []
    outlet_index: dict[str, int] = {}
    for n, doc_id in enumerate(ids):
        row = known.get(doc_id)
        if row is None:
            continue
        shown, is_published, outlet_id = row
        day[n] = day_number(shown)
        published[n] = 1 if is_published and shown else 0
        if outlet_id:
            i = outlet_index.get(outlet_id)
            if i is None:
                i = outlet_index[outlet_id] = len(outlets)
                outlets.append(outlet_id)
            outlet[n] = i
    return Columns(key, ids, day, published, outlet, outlets)


def entity_columns(ws: Workspace, cols: Columns) -> tuple[array[int], array[int], list[str], list[str], bytearray]:
    """The entities each docnum mentions: ``(starts, flat, entity ids, their types, type bits)``; the
    entities of docnum ``n`` are ``flat[starts[n]:starts[n + 1]]`` (indexes into the ids), and
    ``type bits[n]`` has :data:`TYPE_BITS` of the types it mentions. Read once per generation."""
    with _LOCK:
        if cols._entities is not None:
            return cols._entities
        entity_ids: list[str] = []
        types: list[str] = []
        index: dict[str, int] = {}
        for entity_id, kind in ws.store.entities.entity_types():
            index[entity_id] = len(entity_ids)
            entity_ids.append(entity_id)
            types.append(kind)
        per_doc: dict[int, list[int]] = {}
        for doc_id, entity_id in ws.store.entities.document_entities():
            n = cols.docnum(doc_id)
            e = index.get(entity_id)
            if n is not None and e is not None:
                per_doc.setdefault(n, []).append(e)
        size = len(cols.ids)
        starts = array("i", bytes(4 * (size + 1)))
        flat = array("i")
        bits = bytearray(size)
        type_bit = [TYPE_BITS.get(t, 0) for t in types]
        for n in range(size):
            starts[n] = len(flat)
            found = per_doc.get(n)
            if found:
                flat.extend(found)
                mask = 0
                for e in found:
                    mask |= type_bit[e]
                bits[n] = mask
        starts[size] = len(flat)
        cols._entities = (starts, flat, entity_ids, types, bits)
        return cols._entities


def forget(ws: Workspace) -> None:
    """Drop ``ws``'s columns (another process changed the corpus; the next read builds them again)."""
    with _LOCK:
        _CACHE.pop(ws, None)


def result_docs(ws: Workspace, scope: Scope, searcher: Any) -> tuple[Any, set[int]]:
    """The whoosh query of ``scope`` (None for the whole corpus) and the docnums it matches (every live
    document when ``scope`` has no query, entity or filter, as the list then shows)."""
    if scope.everything:
        reader = searcher.reader()
        deleted = reader.has_deletions()
        return None, {n for n in range(reader.doc_count_all()) if not (deleted and reader.is_deleted(n))}
    q = scope.query(ws)
    return q, docset(q, searcher)
