"""Ranked search by set and dict operations, scored as whoosh scores.

whoosh ranks a query by walking a tree of matchers (unions, intersections,
``ANDMAYBE``) a posting at a time: ``skip_to``, ``id()``, ``score()`` and a field
length read through a column reader for every document of every term, several
Python calls each. Here, per segment, each term's posting blocks are read once
(ids and weights together) into ``docnum -> score`` with whoosh's own BM25F
formula (its scorer's ``idf``, average length, ``B`` and ``K1``, each
``(weight, length byte)`` pair computed once), and the tree is combined with
dicts: a union sums the scores of the documents on both sides, an intersection
keeps the documents of both, ``ANDMAYBE`` adds its optional side's score, a
``NOT`` inside an ``AND`` excludes documents and adds whoosh's constant 1.0.
The sums are made in the order of whoosh's matcher tree (its huffman-like tree
by estimated size, a query's boost multiplied last), so the scores are
whoosh's own. A query class this module does not know is scored by its own
whoosh matcher, a document at a time.

The top ``limit`` documents are taken by score, ties by docnum, as whoosh's
``TopCollector`` keeps them; the total is the number of scored documents.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator, Sequence
from itertools import repeat
from typing import Any

from whoosh import query as wq
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching import ListMatcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.query.compound import DefaultOr
from whoosh.scoring import BM25F, BM25FScorer, WeightScorer, bm25
from whoosh.util import make_weighted_tree

from kashshaf.core.search import whoosh_compat  # noqa: F401  (the whoosh privates used here are there)
from kashshaf.core.search.lengths import LENGTHS, length_bytes
from kashshaf.core.search.phrase import FastPhrase
from kashshaf.core.search.prefix import FastPrefix, block_ids

Scores = dict[int, float]


def ranked(q: Any, searcher: Any, limit: int | None) -> tuple[list[tuple[int, float]], int] | None:
    """The top ``limit`` (all when ``None``) ``(docnum, score)`` of ``q``, best first (ties: lower
    docnum first), and the number of documents ``q`` matches; ``None`` when the searcher does not
    weigh with plain BM25F (then whoosh's own search must rank)."""
    weighting = searcher.weighting
    if type(weighting) is not BM25F or weighting._field_B:
        return None
    context = searcher.context()
    segments: list[tuple[Scores, int]] = []
    for sub, offset in searcher.leaf_searchers():
        scores = _Segment(sub, context).scores(q)
        reader = sub.reader()
        if reader.has_deletions():
            is_deleted = reader.is_deleted
            scores = {d: s for d, s in scores.items() if not is_deleted(d)}
        segments.append((scores, offset))
    total = sum(len(scores) for scores, _ in segments)
    if limit is None or total <= limit:
        found = [(s, -(d + offset)) for scores, offset in segments for d, s in scores.items()]
        top = sorted(found, reverse=True)[:limit]
    elif limit <= 0:
        top = []
    else:
        # the limit-th best score from the scores alone (floats compared in C), then (score,
        # -docnum) pairs only for the documents that reach it: ties at it go to the lower docnums
        least = heapq.nlargest(limit, (s for scores, _ in segments for s in scores.values()))[-1]
        found = [(s, -(d + offset)) for scores, offset in segments for d, s in scores.items() if s >= least]
        top = heapq.nlargest(limit, found)
    return [(-d, s) for s, d in top], total


class _Not:
    """The NOTs of an intersection: every document but ``excluded``, each scoring ``score``
    (whoosh's ``InverseMatcher`` scores 1.0; two of them intersected, 2.0)."""

    __slots__ = ("excluded", "score")

    def __init__(self, excluded: set[int], score: float = 1.0) -> None:
        self.excluded = excluded
        self.score = score


class _Node:
    """A subtree's scores in whoosh's weighted tree (compared by weight only: equal weights keep
    their order)."""

    __slots__ = ("value",)

    def __init__(self, value: Scores | _Not) -> None:
        self.value = value

    def __lt__(self, other: object) -> bool:
        return False


class _Segment:
    def __init__(self, searcher: Any, context: Any) -> None:
        self.searcher = searcher
        self.reader = searcher.reader()
        self.context = context
        self.weighting = searcher.weighting
        self._lengths: dict[str, bytes | None] = {}

    # --- the tree ---------------------------------------------------------------

    def scores(self, q: Any) -> Scores:
        kind = type(q)
        if kind is wq.Term:
            return self.term(q)
        if isinstance(q, FastPhrase):
            return q.leaf_scores(self.searcher, self.context)
        if isinstance(q, FastPrefix):
            return self.prefix(q)
        if (kind is wq.Or or kind is DefaultOr) and not q.minmatch and not q.scale:
            if kind is DefaultOr or q.matcher_type == wq.Or.DEFAULT_MATCHER:
                return self.union(q, preload=False)
            if q.matcher_type == wq.Or.AUTO_MATCHER:
                return self.union(q, preload=True)
        if kind is wq.And:
            return self.intersection(q)
        if kind is wq.AndMaybe:
            a = self.scores(q.a)
            b = self.scores(q.b)
            if not b:
                return a
            out = dict(a)
            for d in a.keys() & b.keys():  # set operations in C; Python only where both score
                out[d] = a[d] + b[d]
            return out
        if kind is wq.AndNot:
            a = self.scores(q.a)
            excluded = self.docs(q.b)
            return {d: s for d, s in a.items() if d not in excluded} if excluded else a
        if kind is wq.Require:
            a = self.scores(q.a)
            required = self.docs(q.b)
            return {d: s for d, s in a.items() if d in required}
        return self.generic(q)

    def docs(self, q: Any) -> set[int]:
        """The documents of ``q`` (what a NOT or a REQUIRE reads: whoosh reads them unscored)."""
        return set(self.scores(q))

    def union(self, q: Any, preload: bool) -> Scores:
        subs = q.subqueries
        if not subs:
            return {}
        if len(subs) == 1:
            return self.scores(subs[0])  # whoosh's CompoundQuery.matcher: no boost then
        reader = self.reader
        if preload and not (
            len(subs) < wq.Or.TOO_MANY_CLAUSES
            and (self.context.needs_current or len(subs) == 2 or self.searcher.doc_count_all() > 5000)
        ):
            return self.preloaded_union(q)
        weighted = [(s.estimate_size(reader), _Node(self.scores(s))) for s in subs]
        out = make_weighted_tree(self._union_node, weighted).value
        assert isinstance(out, dict)
        return _boosted(out, q.boost)

    def preloaded_union(self, q: Any) -> Scores:
        """whoosh's ``PreloadedOr`` (a segment of at most 5,000 documents, three or more clauses):
        each clause's scores times the boost, added in the clauses' order; a document whose sum
        is not above 0 is not a hit."""
        boost = q.boost
        out: Scores = {}
        get = out.get
        for sub in q.subqueries:
            for d, s in self.scores(sub).items():
                out[d] = get(d, 0.0) + s * boost
        return {d: s for d, s in out.items() if s > 0}

    def intersection(self, q: Any) -> Scores:
        subs = q.subqueries
        if not subs:
            return {}
        if len(subs) == 1:
            return self.scores(subs[0])
        if all(isinstance(s, wq.Not) for s in subs):
            return self.generic(q)
        reader = self.reader
        weighted = []
        for s in subs:
            value: Scores | _Not = _Not(self.docs(s.query)) if isinstance(s, wq.Not) else self.scores(s)
            weighted.append((0 - s.estimate_size(reader), _Node(value)))
        out = make_weighted_tree(self._intersection_node, weighted).value
        assert isinstance(out, dict)  # a positive clause is in the tree
        return _boosted(out, q.boost)

    @staticmethod
    def _union_node(a: _Node, b: _Node) -> _Node:
        x, y = a.value, b.value
        assert isinstance(x, dict)
        assert isinstance(y, dict)
        out = dict(x)
        out.update(y)
        for d in x.keys() & y.keys():
            out[d] = x[d] + y[d]
        return _Node(out)

    @staticmethod
    def _intersection_node(a: _Node, b: _Node) -> _Node:
        x, y = a.value, b.value
        if isinstance(x, _Not) and isinstance(y, _Not):
            return _Node(_Not(x.excluded | y.excluded, x.score + y.score))
        if isinstance(y, _Not):
            x, y = y, x
        if isinstance(x, _Not):
            assert isinstance(y, dict)
            excluded, score = x.excluded, x.score
            return _Node({d: s + score for d, s in y.items() if d not in excluded})
        assert isinstance(y, dict)
        return _Node({d: x[d] + y[d] for d in x.keys() & y.keys()})

    # --- the leaves ---------------------------------------------------------------

    def term(self, q: Any) -> Scores:
        reader = self.reader
        fieldname = q.fieldname
        if fieldname not in reader.schema:
            return {}
        try:
            btext = reader.schema[fieldname].to_bytes(q.text)
        except ValueError:
            return {}
        if (fieldname, btext) not in reader:
            return {}
        scorer = self.weighting.scorer(self.searcher, fieldname, btext)
        if type(scorer) is WeightScorer and not q.minquality:  # a field without lengths: its weights
            weighted: Scores = {}
            for ids, weights in posting_blocks(reader.postings(fieldname, btext)):
                weighted.update(zip(ids, weights, strict=False))
            return _boosted(weighted, q.boost)
        lengths = self.lengths(fieldname)
        if type(scorer) is not BM25FScorer or lengths is None or q.minquality:
            return self.generic(q)
        idf, avgfl, b, k1 = scorer.idf, scorer.avgfl, scorer.B, scorer.K1
        boost = q.boost
        memo: dict[tuple[float, int], float] = {}
        out: Scores = {}
        # a block at a time in C loops (map, zip, set): each posting's (weight, length byte),
        # each distinct pair scored once
        length_of = lengths.__getitem__
        for ids, weights in posting_blocks(reader.postings(fieldname, btext)):
            keys = list(zip(weights, map(length_of, ids), strict=False))
            for key in set(keys).difference(memo):
                w, lbyte = key
                score = bm25(idf, w, LENGTHS[lbyte], avgfl, b, k1)
                memo[key] = score * boost if boost != 1.0 else score
            out.update(zip(ids, map(memo.__getitem__, keys), strict=False))
        return out

    def prefix(self, q: FastPrefix) -> Scores:
        if not q.text:
            return self.generic(q)
        # whoosh's ListMatcher(all_weights=boost) scores 1.0 where the boost is 0
        return dict.fromkeys(q.leaf_ids(self.reader), q.boost or 1.0)

    def generic(self, q: Any) -> Scores:
        """``q`` scored by its own whoosh matcher, a document at a time."""
        m = q.matcher(self.searcher, self.context)
        out: Scores = {}
        while m.is_active():
            out[m.id()] = m.score()
            m.next()
        return out

    def lengths(self, fieldname: str) -> bytes | None:
        """Each document's length byte of ``fieldname`` (whoosh's ``doc_field_length``, unpacked),
        ``None`` where the segment's lengths cannot be read at once."""
        if fieldname in self._lengths:
            return self._lengths[fieldname]
        out = length_bytes(self.reader, fieldname)
        if out is not None:  # a document past the column's end: 0, as whoosh's column reader answers
            out += bytes(max(0, self.reader.doc_count_all() - len(out)))
        self._lengths[fieldname] = out
        return out


def _boosted(scores: Scores, boost: float) -> Scores:
    """whoosh's ``WrappingMatcher``: the subtree's scores times the query's boost."""
    if boost == 1.0:
        return scores
    return {d: s * boost for d, s in scores.items()}


def posting_blocks(m: Any) -> Iterator[tuple[Sequence[int], Sequence[float]]]:
    """A term's postings, a block of ``(docnums, weights)`` at a time (deleted documents included)."""
    if isinstance(m, FilterMatcher):
        m = m.child
    if isinstance(m, W3LeafMatcher):
        while m.is_active():
            block_ids(m)
            if m._weights is None:
                m._read_weights()
            i = m._i
            yield (m._ids[i:], m._weights[i:]) if i else (m._ids, m._weights)
            m._next_block()
        return
    if isinstance(m, ListMatcher) and m._i == 0:
        ids = m._ids
        if m._all_weights:
            yield ids, list(repeat(m._all_weights, len(ids)))
        elif m._weights:
            yield ids, m._weights
        else:
            yield ids, [1.0] * len(ids)
        return
    ids_, weights_ = [], []
    while m.is_active():
        ids_.append(m.id())
        weights_.append(m.weight())
        m.next()
    yield ids_, weights_
