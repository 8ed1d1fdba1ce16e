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

from kashshaf.core.search.phrase import FastPhrase
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
