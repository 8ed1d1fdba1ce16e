"""Exact phrase queries that check positions only where every word occurs.

whoosh 2.7 matches a phrase with a generic span matcher that walks postings
and decodes positions a document at a time in Python. Here, per segment:
the documents holding every word come from set intersection over posting
blocks; positions are read block by block for those documents only, and a
phrase occurs where the position sets line up (``p``, ``p+1``, …). The
verified documents are then scored with whoosh's BM25 formula, the phrase counted as one term.
"""

from __future__ import annotations

from collections.abc import Sequence
from math import log
from typing import Any
from weakref import WeakKeyDictionary

from whoosh import query as wq
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching import ListMatcher, NullMatcher
from whoosh.scoring import bm25

from kashshaf.core.search import whoosh_compat  # noqa: F401  (the whoosh privates used here are there)
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
            if not candidates.isdisjoint(bids):
                for docnum, value in zip(bids, bvalues, strict=False):
                    if docnum in candidates:
                        wanted[docnum] = value
    decoders = {a: reader.schema[a[0]].format.decode_positions for a in distinct}

    def positions(slot: list[tuple[str, bytes]], docnum: int) -> list[int] | set[int]:
        if len(slot) == 1:
            a = slot[0]
            decoded: list[int] = decoders[a](values[a][docnum])  # strictly increasing: no repeats
            return decoded
        out: set[int] = set()
        for a in slot:
            value = values[a].get(docnum)
            if value is not None:
                out.update(decoders[a](value))
        return out

    found: dict[int, int] = {}
    last = len(alts) - 1
    for docnum in candidates:
        per_slot = [positions(slot, docnum) for slot in alts]
        if last == 1:  # two words, the most common phrase: p in the first, p + 1 in the second
            first, second = per_slot
            if len(second) < len(first):
                n = len(set(first).intersection([p - 1 for p in second]))
            else:
                n = len(set(second).intersection([p + 1 for p in first]))
        else:
            # from the slot with the fewest positions: p + k must be in slot k for every k
            pivot = min(range(len(per_slot)), key=lambda k: len(per_slot[k]))
            others = [(k - pivot, set(p)) for k, p in enumerate(per_slot) if k != pivot]
            n = 0
            for q in per_slot[pivot]:
                for shift, pos in others:
                    if q + shift not in pos:
                        break
                else:
                    n += 1
        if n:
            found[docnum] = n
    return found


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
