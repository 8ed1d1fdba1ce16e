"""Exact hit counts by set algebra over posting blocks.

whoosh counts a limited search by running the whole query again through its
matchers, a posting at a time in Python. The total the window shows only
needs the set of matching documents: terms and prefixes are read block by
block into sets, and AND/OR/NOT become set operations. Queries with no
faster path here (phrases, ranges) use whoosh's own ``docs()``.
"""

from __future__ import annotations

from typing import Any

from whoosh import query as wq

from kashshaf.core.arabic.stem import stem_token_ar, strip_prefix_ar
from kashshaf.core.search.phrase import FastPhrase, values_for
from kashshaf.core.search.prefix import FastPrefix, leaf_ids


def _term_ids(searcher: Any, fieldname: str, text: Any) -> set[int]:
    ids: set[int] = set()
    for sub, offset in searcher.leaf_searchers():
        reader = sub.reader()
        if fieldname not in reader.schema:
            continue
        btext = reader.schema[fieldname].to_bytes(text) if isinstance(text, str) else text
        if (fieldname, btext) not in reader:
            continue
        found = leaf_ids(reader.postings(fieldname, btext))
        if reader.has_deletions():
            found = [i for i in found if not reader.is_deleted(i)]
        ids.update([i + offset for i in found] if offset else found)
    return ids


def docset(q: Any, searcher: Any) -> set[int]:
    """The ids of every live document matching ``q``."""
    if isinstance(q, wq.Term):
        return _term_ids(searcher, q.fieldname, q.text)
    if isinstance(q, FastPhrase):
        return q.docs_in(searcher)
    if isinstance(q, FastPrefix):
        return set(q.matcher(searcher).all_ids())
    if isinstance(q, wq.Or):
        out: set[int] = set()
        for sub in q.subqueries:
            out |= docset(sub, searcher)
        return out
    if isinstance(q, wq.And):
        positive = [sub for sub in q.subqueries if not isinstance(sub, wq.Not)]
        negative = [sub.query for sub in q.subqueries if isinstance(sub, wq.Not)]
        if not positive:
            return set(q.docs(searcher))
        result = docset(positive[0], searcher)
        for sub in positive[1:]:
            if not result:
                return set()
            result &= docset(sub, searcher)
        for sub in negative:
            result -= docset(sub, searcher)
        return result
    if isinstance(q, wq.AndNot):
        return docset(q.a, searcher) - docset(q.b, searcher)
    if isinstance(q, wq.AndMaybe):
        return docset(q.a, searcher)
    if isinstance(q, wq.Require):
        return docset(q.a, searcher) & docset(q.b, searcher)
    return set(q.docs(searcher))


def count(q: Any, searcher: Any) -> int:
    return len(docset(q, searcher))


# --- occurrences ------------------------------------------------------------------

COUNTED_FIELDS = ("body", "body_exact")
"""the fields whose postings count a word's occurrences: both hold the title and the text (the
title field is left out: its words are in these already)"""


def occurrences(q: Any, searcher: Any, docs: set[int]) -> int:
    """How many times the words and phrases of ``q`` occur in ``docs`` (top-level docnums, the
    documents ``q`` matches), read from the postings' frequencies, no text read.

    A plain word counts the words of a document that have its stem (the stemmed body counts each
    word once, whatever forms it has); ``=word`` and a word searched in exact mode, the words
    written as it is; a "phrase", its occurrences in order (across clitics, as it matches); a
    prefix*, the words it expands to. What a NOT excludes and the optional part of ANDMAYBE
    (the exact form of a plain word, which its stem counts already) add nothing; a word or a
    phrase given twice counts once; filters (dates, outlets, entities) are no words."""
    return sum(occurrences_by_doc(q, searcher, docs).values())


def occurrences_by_doc(q: Any, searcher: Any, docs: set[int]) -> dict[int, int]:
    """:func:`occurrences` document by document: ``docnum -> occurrences`` (a document of ``docs``
    where none of the counted words occurs, say one matched through its entities only, is left out)."""
    out: dict[int, int] = {}
    if not docs:
        return out
    leaves = _counted_leaves(q)
    for sub, offset in searcher.leaf_searchers():
        reader = sub.reader()
        local = {d - offset for d in docs if offset <= d < offset + reader.doc_count_all()}
        if not local:
            continue
        for leaf in leaves:
            for d, n in _leaf_occurrences(leaf, reader, local).items():
                if n:
                    out[d + offset] = out.get(d + offset, 0) + n
    return out


def counts_words(q: Any) -> bool:
    """Whether ``q`` has words or phrases whose occurrences :func:`occurrences` counts (a query of
    filters alone, ``source:`` ``date:`` ``entity:``, has none)."""
    return bool(_counted_leaves(q))


def positive_terms(q: Any, fieldname: str) -> list[str]:
    """The values of ``fieldname`` terms a document must or may have to match ``q`` (not those a NOT
    excludes): the entities of ``entity:`` clauses and of the window's entity."""
    found: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, wq.Not):
            return
        if isinstance(node, wq.AndNot | wq.AndMaybe):
            walk(node.a)
            return
        if isinstance(node, wq.Term):
            if node.fieldname == fieldname and isinstance(node.text, str) and node.text not in found:
                found.append(node.text)
            return
        for child in node.children():
            walk(child)

    walk(q)
    return found


def _counted_leaves(q: Any) -> list[Any]:
    found: dict[tuple[str, str, str], Any] = {}
    _positive_leaves(q, found)
    stems = {text for kind, field, text in found if kind == "term" and field == "body"}
    stem_prefixes = {text for kind, field, text in found if kind == "prefix" and field == "body"}
    out = []
    for (kind, field, text), leaf in found.items():
        # a plain word (or prefix) gives its stem and its exact form: the stem counts it
        if kind == "term" and field == "body_exact" and stem_token_ar(text) in stems:
            continue
        if kind == "prefix" and field == "body_exact" and strip_prefix_ar(text) in stem_prefixes:
            continue
        out.append(leaf)
    return out


def _positive_leaves(q: Any, found: dict[tuple[str, str, str], Any]) -> None:
    if isinstance(q, wq.Not):
        return
    if isinstance(q, wq.AndNot | wq.AndMaybe):
        _positive_leaves(q.a, found)
        return
    if isinstance(q, wq.Term):
        if q.fieldname in COUNTED_FIELDS and isinstance(q.text, str):
            found.setdefault(("term", q.fieldname, q.text), q)
        return
    if isinstance(q, FastPhrase):  # SegmentedPhrase too
        if q.fieldname in COUNTED_FIELDS:
            key = (type(q).__name__, q.fieldname, " ".join(str(w) for w in q.words))
            found.setdefault(key, q)
        return
    if isinstance(q, wq.Prefix):
        if q.fieldname in COUNTED_FIELDS:
            found.setdefault(("prefix", q.fieldname, str(q.text)), q)
        return
    for child in q.children():
        _positive_leaves(child, found)


def _leaf_occurrences(leaf: Any, reader: Any, docs: set[int]) -> dict[int, int]:
    """Occurrences of one leaf in each of ``docs`` (segment-local docnums) of one segment."""
    if isinstance(leaf, FastPhrase):
        return {d: n for d, n in leaf.occurrences_in(reader).items() if d in docs}
    if isinstance(leaf, wq.Prefix):
        if leaf.fieldname not in reader.schema:
            return {}
        out: dict[int, int] = {}
        for btext in reader.expand_prefix(leaf.fieldname, leaf.text):
            for d, n in _term_frequencies(reader, leaf.fieldname, btext, docs).items():
                out[d] = out.get(d, 0) + n
        return out
    return _term_frequencies(reader, leaf.fieldname, leaf.text, docs)


def _term_frequencies(reader: Any, fieldname: str, text: str | bytes, docs: set[int]) -> dict[int, int]:
    if fieldname not in reader.schema:
        return {}
    field = reader.schema[fieldname]
    btext = field.to_bytes(text) if isinstance(text, str) else text
    if (fieldname, btext) not in reader:
        return {}
    values = values_for(reader.postings(fieldname, btext), docs)
    decode = field.format.decode_frequency
    return {d: decode(v) for d, v in values.items()}
