"""Exact phrase queries that check positions only where every word occurs.

whoosh 2.7 matches a phrase with a generic span matcher that walks postings
and decodes positions a document at a time in Python. Here, per segment:
the documents holding every word come from set intersection over posting
blocks; positions are read block by block for those documents only, and a
phrase occurs where the position sets line up (``p``, ``p+1``, …). The
verified documents are then scored with whoosh's BM25 formula, the phrase counted as one term.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from math import log
from typing import Any
from weakref import WeakKeyDictionary

from whoosh import query as wq
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching import ListMatcher, NullMatcher
from whoosh.scoring import bm25

from kashshaf.core.search import whoosh_compat  # noqa: F401  (the whoosh privates used here are there)
from kashshaf.core.search.formats import CompactPositions, compact_positions
from kashshaf.core.search.lengths import LENGTHS, length_bytes
from kashshaf.core.search.prefix import block_ids


def values_for(m: Any, wanted: set[int]) -> dict[int, bytes]:
    """The posting values (frequencies, positions) of ``wanted`` docnums, read block by block."""
    out: dict[int, bytes] = {}
    if isinstance(m, W3LeafMatcher):
        while m.is_active():
            block_ids(m)
            ids = m._ids
            if not wanted.isdisjoint(ids):
                m._read_values()
                for docnum, value in zip(ids, m._values, strict=False):
                    if docnum in wanted:
                        out[docnum] = value
            m._next_block()
        return out
    for docnum, value in m.all_items():
        if docnum in wanted:
            out[docnum] = value
    return out


def phrase_docnums(reader: Any, fieldname: str, words: list[str]) -> dict[int, int]:
    """Segment-local docnums of live documents where ``words`` occur in order,
    with the number of times they do."""
    return alternatives_docnums(reader, [[(fieldname, w)] for w in words])


def posting_blocks(m: Any) -> list[tuple[Sequence[int], Sequence[bytes]]]:
    """A posting list's blocks as ``(docnums, values)``, each block read and unpickled once
    (a block's pickle holds its ids, weights and values together)."""
    if isinstance(m, W3LeafMatcher):
        out: list[tuple[Sequence[int], Sequence[bytes]]] = []
        while m.is_active():
            block_ids(m)
            if m._values is None:
                m._read_values()
            i = m._i
            out.append((m._ids[i:], m._values[i:]) if i else (m._ids, m._values))
            m._next_block()
        return out
    items = list(m.all_items())
    return [([d for d, _ in items], [v for _, v in items])]


def alternatives_docnums(reader: Any, slots: list[list[tuple[str, str]]]) -> dict[int, int]:
    """Segment-local docnums of live documents where, for each slot in turn,
    one of its ``(field, term)`` occurs at consecutive positions (the fields
    share positions: they index the same words), with the number of times."""
    if not slots:
        return {}
    alts: list[list[tuple[str, bytes]]] = []
    for slot in slots:
        present: list[tuple[str, bytes]] = []
        for fieldname, word in slot:
            if fieldname in reader.schema:
                b = reader.schema[fieldname].to_bytes(word)
                if (fieldname, b) in reader:
                    present.append((fieldname, b))
        if not present:
            return {}
        alts.append(list(dict.fromkeys(present)))
    distinct = list(dict.fromkeys(a for slot in alts for a in slot))
    blocks = {a: posting_blocks(reader.postings(*a)) for a in distinct}
    ids = {a: set().union(*(bids for bids, _ in blocks[a])) for a in distinct}
    # a slot of one present alternative is that alternative's set (no copy)
    slot_sets = sorted(
        (ids[slot[0]] if len(slot) == 1 else set().union(*(ids[a] for a in slot)) for slot in alts), key=len
    )
    candidates = slot_sets[0].intersection(*slot_sets[1:])
    if reader.has_deletions():
        candidates = {d for d in candidates if not reader.is_deleted(d)}
    if not candidates:
        return {}
    values: dict[tuple[str, bytes], dict[int, bytes]] = {}
    for a in distinct:
        wanted = values[a] = {}
        for bids, bvalues in blocks[a]:
            if not candidates.isdisjoint(bids):  # the whole block at once (C loops): only candidates are read
                wanted.update(zip(bids, bvalues, strict=False))
    # each slot's positions in a candidate, decoded when the candidate gets there: one
    # alternative's as decoded (strictly increasing, no repeats), several alternatives' merged
    readers = [_slot_reader(slot, values, reader.schema) for slot in alts]
    first, rest = readers[0], list(enumerate(readers[1:], start=1))
    found: dict[int, int] = {}
    for docnum in candidates:
        starts = first(docnum)  # where the phrase may start: p in the first slot, p + k in slot k
        for k, read in rest:
            at = read(docnum)
            if len(starts) == 1:  # most documents: one occurrence
                if starts[0] + k not in at:
                    starts = ()
                    break
            else:
                shifted = set(at)
                starts = [p for p in starts if p + k in shifted]
                if not starts:
                    break
        if starts:
            found[docnum] = len(starts)
    return found


def _slot_reader(
    slot: list[tuple[str, bytes]], values: dict[tuple[str, bytes], dict[int, bytes]], schema: Any
) -> Callable[[int], Sequence[int]]:
    """A slot's positions in a document (one of the candidates: every alternative of a one-alternative
    slot has it)."""
    if len(slot) == 1:
        one = values[slot[0]]
        decode = _decoder(schema[slot[0][0]].format)
        return lambda docnum: decode(one[docnum])
    pairs = [(values[a], _decoder(schema[a[0]].format)) for a in slot]
    if len(pairs) == 2:  # a SegmentedPhrase word: body_exact or body_seg, most documents only one
        (values_a, decode_a), (values_b, decode_b) = pairs

        def merged(docnum: int) -> Sequence[int]:
            a = values_a.get(docnum)
            b = values_b.get(docnum)
            if b is None:
                return decode_a(a)  # type: ignore[no-any-return]
            if a is None:
                return decode_b(b)  # type: ignore[no-any-return]
            return tuple(set(decode_a(a)).union(decode_b(b)))

        return merged

    def merged_all(docnum: int) -> Sequence[int]:
        out: Sequence[int] | None = None
        for vals, decode in pairs:
            value = vals.get(docnum)
            if value is not None:
                found = decode(value)
                out = found if out is None else tuple(set(out).union(found))
        assert out is not None  # a candidate has one alternative at least
        return out

    return merged_all


def _decoder(fmt: Any) -> Any:
    """A positions decoder for ``fmt``: the Kashshaf format's fast path, or the format's own."""
    return compact_positions if type(fmt) is CompactPositions else fmt.decode_positions


class FastPhrase(wq.Phrase):  # type: ignore[misc]  # whoosh has no types: its classes are Any
    """An exact phrase (slop 1) on a positional field."""

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        if self.slop != 1 or len(self.words) < 2:
            return super().matcher(searcher, context)
        if not searcher.is_atomic():
            # whoosh searches segment by segment; a multi-segment searcher
            # asks here only for docs(), where scores do not matter
            docnums = sorted(self.docs_in(searcher))
            return ListMatcher(docnums, all_weights=self.boost) if docnums else NullMatcher()
        found = self._leaf_docnums(searcher.reader())
        if not found:
            return NullMatcher()
        ids = sorted(found)
        if context is not None and context.weighting is None:  # docs(): no scores needed
            return ListMatcher(ids, all_weights=self.boost)
        return ListMatcher(ids, weights=self._bm25(searcher, found, ids))

    def leaf_scores(self, searcher: Any, context: Any = None) -> dict[int, float]:
        """What :meth:`matcher` scores on the atomic ``searcher``: segment-local docnum -> score."""
        if self.slop != 1 or len(self.words) < 2:
            m = self.matcher(searcher, context)
            out: dict[int, float] = {}
            while m.is_active():
                out[m.id()] = m.score()
                m.next()
            return out
        found = self._leaf_docnums(searcher.reader())
        if not found:
            return {}
        ids = sorted(found)
        return dict(zip(ids, self._bm25(searcher, found, ids), strict=True))

    def _bm25(self, searcher: Any, found: dict[int, int], ids: list[int]) -> list[float]:
        """whoosh's BM25F for the phrase as one term: phrase frequency, field length."""
        parent = searcher.get_parent()
        idf = log(parent.doc_count_all() / (len(self.docs_in(parent)) + 1)) + 1
        avgfl = parent.avg_field_length(self.fieldname) or 1.0
        reader = searcher.reader()
        fieldname = self.fieldname
        boost = self.boost
        lengths = length_bytes(reader, fieldname)
        if lengths is None:
            return [
                boost * bm25(idf, found[d], reader.doc_field_length(d, fieldname, 1), avgfl, 0.75, 1.2) for d in ids
            ]
        count = len(lengths)
        return [boost * bm25(idf, found[d], LENGTHS[lengths[d] if d < count else 0], avgfl, 0.75, 1.2) for d in ids]

    def docs_in(self, searcher: Any) -> set[int]:
        """Top-level docnums (all segments) matching the phrase."""
        out: set[int] = set()
        for sub, offset in searcher.leaf_searchers():
            out.update(i + offset for i in self._leaf_docnums(sub.reader()))
        return out

    def occurrences_in(self, reader: Any) -> dict[int, int]:
        """Segment-local docnums of the documents of ``reader`` where the phrase occurs, with the number of times."""
        return self._leaf_docnums(reader)

    def _leaf_docnums(self, reader: Any) -> dict[int, int]:
        # one query object serves one search (the ranked page and the total):
        # remembered per reader object, as long as both live (an id() may be reused)
        cache: WeakKeyDictionary[Any, dict[int, int]] | None = self.__dict__.get("_docnums")
        if cache is None:
            cache = self.__dict__["_docnums"] = WeakKeyDictionary()
        found = cache.get(reader)
        if found is None:
            found = cache[reader] = self._slots_docnums(reader)
        return found

    def _slots_docnums(self, reader: Any) -> dict[int, int]:
        return phrase_docnums(reader, self.fieldname, [str(w) for w in self.words])


class SegmentedPhrase(FastPhrase):
    """A phrase in the body that matches whatever proclitics its words carry:
    each word is looked up as its clitic-free form in ``body_exact`` (a word
    written without clitics) and in ``body_seg`` (the clitic-free forms of
    words written with them), at consecutive positions. ``words`` are the
    clitic-free forms; scored against ``body_exact``'s lengths."""

    SEGMENTED_FIELD = "body_seg"

    def _slots_docnums(self, reader: Any) -> dict[int, int]:
        slots = [[(self.fieldname, str(w)), (self.SEGMENTED_FIELD, str(w))] for w in self.words]
        return alternatives_docnums(reader, slots)
