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

import numpy as np
import numpy.typing as npt

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
class EntityColumns:
    """The entities each docnum mentions, as parallel arrays of (docnum, entity) pairs, once a pair."""

    pair_doc: npt.NDArray[np.int32]
    pair_entity: npt.NDArray[np.int32]
    ids: list[str]
    """entity number -> entity id"""
    types: list[str]
    """entity number -> type"""
    type_of: npt.NDArray[np.str_]
    """the same, as an array"""
    rank: npt.NDArray[np.int32]
    """entity number -> its place among the ids in order (to break ties the same way every time)"""
    bits: npt.NDArray[np.uint8]
    """docnum -> :data:`TYPE_BITS` of the types it mentions"""

    def documents_per_entity(self, docs: npt.NDArray[np.bool_]) -> npt.NDArray[np.int64]:
        """entity number -> how many documents of ``docs`` (a mask by docnum) mention it."""
        return np.bincount(self.pair_entity[docs[self.pair_doc]], minlength=len(self.ids))


@dataclass(slots=True)
class Columns:
    """Per-docnum columns of one index generation (``key``)."""

    key: tuple[Any, ...]
    ids: list[str]
    """docnum -> document id"""
    day: npt.NDArray[np.int32]
    """docnum -> day number of the shown date (UNDATED: none)"""
    published: npt.NDArray[np.bool_]
    """docnum -> the shown date is a publication date"""
    outlet: npt.NDArray[np.int32]
    """docnum -> index into :attr:`outlets` (NO_OUTLET: unknown)"""
    outlets: list[str]
    entities: EntityColumns | None = field(default=None)
    _docnum: dict[str, int] | None = field(default=None)

    def docnum(self, doc_id: str) -> int | None:
        if self._docnum is None:
            self._docnum = {d: n for n, d in enumerate(self.ids)}
        return self._docnum.get(doc_id)

    def mask(self, docs: set[int]) -> npt.NDArray[np.bool_]:
        """``docs`` as a mask by docnum."""
        out = np.zeros(len(self.ids), dtype=np.bool_)
        out[np.fromiter(docs, dtype=np.int64, count=len(docs))] = True
        return out


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
    size = reader.doc_count_all()
    ids = [fields.get("id", "") if fields else "" for fields in reader.all_stored_fields()]
    if len(ids) != size:  # all_stored_fields skips deleted documents: read each
        ids = ["" if reader.is_deleted(n) else searcher.stored_fields(n).get("id", "") for n in range(size)]
    known = ws.store.shown_dates_and_outlets()
    day = [UNDATED] * size
    published = [False] * size
    outlet = [NO_OUTLET] * size
    outlets: list[str] = []
    outlet_index: dict[str, int] = {}
    for n, doc_id in enumerate(ids):
        row = known.get(doc_id)
        if row is None:
            continue
        shown, is_published, outlet_id = row
        day[n] = day_number(shown)
        published[n] = bool(is_published and shown)
        if outlet_id:
            i = outlet_index.get(outlet_id)
            if i is None:
                i = outlet_index[outlet_id] = len(outlets)
                outlets.append(outlet_id)
            outlet[n] = i
    return Columns(
        key,
        ids,
        np.array(day, dtype=np.int32),
        np.array(published, dtype=np.bool_),
        np.array(outlet, dtype=np.int32),
        outlets,
    )


def entity_columns(ws: Workspace, cols: Columns) -> EntityColumns:
    """The entities of every docnum of ``cols`` (read at the first call of a generation)."""
    with _LOCK:
        if cols.entities is not None:
            return cols.entities
        entity_ids: list[str] = []
        types: list[str] = []
        index: dict[str, int] = {}
        for entity_id, kind in ws.store.entities.entity_types():
            index[entity_id] = len(entity_ids)
            entity_ids.append(entity_id)
            types.append(kind)
        # array('i') rather than lists: millions of pairs on a large corpus, appended a row at a time and
        # freed at once (a list of ints or tuples that size holds the window's thread while freed)
        docs = array("i")
        found = array("i")
        docnum = cols.docnum
        for doc_id, entity_id in ws.store.entities.document_entities():
            n = docnum(doc_id)
            e = index.get(entity_id)
            if n is not None and e is not None:
                docs.append(n)
                found.append(e)
        pair_doc = np.frombuffer(docs, dtype=np.int32)
        pair_entity = np.frombuffer(found, dtype=np.int32)
        type_of = np.array(types, dtype=np.str_)
        bits = np.zeros(len(cols.ids), dtype=np.uint8)
        type_bit = np.array([TYPE_BITS.get(t, 0) for t in types], dtype=np.uint8)
        pair_bit = type_bit[pair_entity]
        for bit in TYPE_BITS.values():
            bits[pair_doc[pair_bit == bit]] |= bit  # a document listed twice is given the same bit twice
        rank = np.empty(len(entity_ids), dtype=np.int32)
        # sorted as fixed-width text, not as Python objects: numpy lets go of the GIL while it sorts, so the
        # window's thread is not held up by a sort of 100,000 names
        order = np.argsort(np.array(entity_ids, dtype=np.str_), kind="stable")
        rank[order] = np.arange(len(entity_ids), dtype=np.int32)
        cols.entities = EntityColumns(pair_doc, pair_entity, entity_ids, types, type_of, rank, bits)
        return cols.entities


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


def counts(values: npt.NDArray[Any], weights: npt.NDArray[Any] | None = None) -> dict[int, int]:
    """value -> how many times it occurs in ``values`` (or the sum of its ``weights``)."""
    if not len(values):
        return {}
    distinct, inverse = np.unique(values, return_inverse=True)
    sums = np.bincount(inverse, weights=weights)
    return dict(zip(distinct.tolist(), np.rint(sums).astype(np.int64).tolist(), strict=True))
