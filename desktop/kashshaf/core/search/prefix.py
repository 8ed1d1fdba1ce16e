"""A prefix query that collects document ids block by block.

whoosh 2.7 ORs every expanded term into a scored union matcher (with
block-quality bookkeeping per posting), which costs seconds for a common
prefix over 100k documents. A prefix matches with a constant score anyway;
this one reads each term's posting blocks, gathers the ids in a set, and
hands whoosh a sorted :class:`ListMatcher`. Deleted documents are left out.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching import ListMatcher, NullMatcher
from whoosh.query import Prefix


def leaf_ids(m: Any) -> Iterable[int]:
    if isinstance(m, W3LeafMatcher):
        out: list[int] = []
        while m.is_active():
            if m._ids is None:
                m._read_ids()
            out.extend(m._ids[m._i :])
            m._next_block()
        return out
    return list(m.all_ids())


class FastPrefix(Prefix):  # type: ignore[misc]  # whoosh has no types: its classes are Any
    def matcher(self, searcher: Any, context: Any = None) -> Any:
        if not self.text:
            return super().matcher(searcher, context)
        ids: set[int] = set()
        for sub, offset in searcher.leaf_searchers():
            reader = sub.reader()
            if self.fieldname not in reader.schema:
                continue
            for btext in reader.expand_prefix(self.fieldname, self.text):
                found = leaf_ids(reader.postings(self.fieldname, btext))
                if reader.has_deletions():
                    found = [i for i in found if not reader.is_deleted(i)]
                ids.update(i + offset for i in found) if offset else ids.update(found)
        if not ids:
            return NullMatcher()
        return ListMatcher(sorted(ids), all_weights=self.boost)
