"""whoosh's W3 codec, tuned for bulk indexing on a laptop.

* While a segment is flushed, postings are written a term at a time (see
  ``_FieldWriter.add_postings``) rather than through three method calls
  per posting.
* While a segment is flushed, whoosh asks for the field length of the
  document of EVERY posting through a column reader (a struct read each
  time); here the lengths are read once per field into a list.
* Short posting lists are inlined into the term table, as whoosh intends:
  whoosh-reloaded 2.7.5 calls a misspelt ``set_inline`` there, so its
  ``inlinelimit`` can only be 1 (never inline) and every rare word got a
  posting block of its own, with a pickled header.
* Posting blocks are compressed with zlib level 1 (whoosh: 3), nearly as
  small and faster to write.

* The writer's posting pool counts postings instead of estimating the
  bytes of each one (and asserting its types) on every add.

Everything else (formats, readers, file layout) is whoosh's own; the class
lives at this stable import path because whoosh pickles the codec into the
index's table of contents.
"""

from __future__ import annotations

from array import array
from itertools import groupby
from pickle import dumps
from typing import Any

from whoosh.codec.whoosh3 import W3Codec, W3FieldWriter, W3PostingsWriter, W3TermInfo
from whoosh.system import pack_ushort
from whoosh.util.numeric import length_to_byte
from whoosh.writing import PostingPool

from kashshaf.core.search import whoosh_compat  # noqa: F401  (the whoosh privates used here are there)


class KashshafCodec(W3Codec):  # type: ignore[misc]  # whoosh has no types: its classes are Any
    def __init__(self, blocklimit: int = 128, compression: int = 1, inlinelimit: int = 8) -> None:
        super().__init__(blocklimit=blocklimit, compression=compression, inlinelimit=inlinelimit)

    def field_writer(self, storage: Any, segment: Any) -> W3FieldWriter:
        return _FieldWriter(self, storage, segment)

    def postings_writer(self, dbfile: Any, byteids: bool = False) -> W3PostingsWriter:
        return _PostingsWriter(
            dbfile,
            blocklimit=self._blocklimit,
            byteids=byteids,
            compression=self._compression,
            inlinelimit=self._inlinelimit,
        )


class _PostingsWriter(W3PostingsWriter):  # type: ignore[misc]  # whoosh has no types: its classes are Any
    def finish_postings(self) -> Any:
        terminfo: Any = self._terminfo  # type: ignore[has-type]  # set by whoosh's untyped __init__
        if not self.written() and len(self) < self._inlinelimit:
            terminfo.add_block(self)
            terminfo.set_inlined(self._ids, self._weights, self._values)
            self._terminfo = None
            return terminfo
        return super().finish_postings()


def _field_and_term(item: tuple[Any, ...]) -> tuple[str, bytes]:
    return item[0], item[1]


def _groups_from_tuples(items: Any) -> Any:
    """whoosh's sorted (field, term, docnum, weight, value) tuples, grouped a term at a time."""
    for key, group in groupby(items, key=_field_and_term):
        ids: array[int] = array("I")
        weights: array[float] = array("f")
        values: list[Any] = []
        for _, _, docnum, weight, value in group:
            if docnum != -1:  # whoosh's spelling-word marker; nothing to write
                ids.append(docnum)
                weights.append(weight)
                values.append(value)
        if ids:
            yield key, (ids, weights, values)


class _FieldWriter(W3FieldWriter):  # type: ignore[misc]  # whoosh has no types: its classes are Any
    def add_postings(self, schema: Any, lengths: Any, items: Any) -> None:
        """whoosh's FieldWriter.add_postings, a term at a time instead of a
        posting at a time: each term's postings are cut into blocks and each
        block's arrays are filled at once. A term of fewer postings than the
        inline limit (most: rare words) has its term info packed here at once,
        as whoosh's ``W3TermInfo.to_bytes`` packs an inlined one. The blocks,
        statistics and term infos written are the same."""
        length_cache = _LengthCache(lengths) if lengths else None
        groups = items.groups() if isinstance(items, GroupedPostings) else _groups_from_tuples(items)
        inline = self._codec._inlinelimit
        lastfn = None
        column: list[int] | None = None
        prefix = b""
        for (fieldname, btext), (ids, weights, values) in groups:
            if fieldname != lastfn:
                if lastfn is not None:
                    self.finish_field()
                self.start_field(fieldname, schema[fieldname])
                lastfn = fieldname
                column = length_cache.column(fieldname) if length_cache is not None else None
                prefix = pack_ushort(self._fieldid)
            count = len(ids)
            if count < inline:  # never a block of its own (the block limit is far above the inline limit)
                found = list(filter(None, map(column.__getitem__, ids))) if column is not None else []
                floats = weights.tolist()
                info = _pack_info(
                    True,
                    sum(floats),
                    count,
                    length_to_byte(min(found)) if found else 0,
                    length_to_byte(max(found) if found else 0),
                    max(0, max(0.0, max(floats))),
                    ids[0],
                    ids[-1],
                )
                inlined = (tuple(ids), tuple(floats), tuple(filter(None, values)))
                self._tindex.add(prefix + btext, info + dumps(inlined, 2))
                continue
            self.start_term(btext)
            pw = self._postwriter
            limit = pw._blocklimit
            for start in range(0, count, limit):
                block_ids = ids[start : start + limit]
                block_weights = weights[start : start + limit]
                pw._ids = block_ids
                pw._weights = block_weights
                pw._values = list(filter(None, values[start : start + limit]))
                pw._maxweight = max(0.0, max(block_weights))
                found = list(filter(None, map(column.__getitem__, block_ids))) if column is not None else []
                pw._minlength = min(found) if found else None
                pw._maxlength = max(found) if found else 0
                if start + limit < count:
                    pw._write_block()  # a full block, more to come (resets the buffer)
            self.finish_term()
        if lastfn is not None:
            self.finish_field()


_pack_info = W3TermInfo._struct.pack
"""flags, total weight, document frequency, min and max length bytes, max weight, first and last id"""


class _LengthCache:
    """Each field's lengths (``doc_field_length``) as a list, read on first use."""

    def __init__(self, reader: Any) -> None:
        self._reader = reader
        self._columns: dict[str, list[int]] = {}

    def column(self, fieldname: str) -> list[int]:
        column = self._columns.get(fieldname)
        if column is None:
            reader = self._reader
            count = reader.doc_count_all()
            column = [reader.doc_field_length(d, fieldname, 0) for d in range(count)]
            self._columns[fieldname] = column
        return column

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int:
        return self.column(fieldname)[docnum]


POSTING_BYTES_ESTIMATE = 64
"""Average memory of one pooled posting: 4-byte docnum and weight in arrays,
plus the value bytes (frequency or positions) and its list slot."""


class GroupedPostings:
    """The pool's postings grouped by field and term, each term's postings in
    docnum order: iterable as whoosh's sorted 5-tuples, or read a term at a
    time by :class:`_FieldWriter` without building a tuple per posting."""

    def __init__(self, fields: dict[str, dict[bytes, _Postings]]) -> None:
        self._fields = fields

    def groups(self) -> Any:
        fields = self._fields
        for fieldname in sorted(fields):
            terms = fields[fieldname]
            for btext in sorted(terms):
                yield (fieldname, btext), terms[btext]

    def __iter__(self) -> Any:
        for (fieldname, btext), (ids, weights, values) in self.groups():
            for docnum, weight, value in zip(ids, weights, values, strict=True):
                yield fieldname, btext, docnum, weight, value


_Postings = tuple["array[int]", "array[float]", list[Any]]
"""one term's docnums, weights and values"""


class LeanPostingPool(PostingPool):  # type: ignore[misc]  # whoosh has no types: its classes are Any
    """whoosh's PostingPool, grouping postings by field and term as they come.

    Documents arrive in docnum order, so each term's postings are already
    sorted: only the distinct terms need sorting at flush time. Postings are
    kept in compact arrays (no tuple per posting is retained), so a large
    import stays in memory, where whoosh spills sorted runs to disk and
    merges them back a posting at a time. Spilled runs, when the limit is
    reached, are in whoosh's own format and merged by whoosh.

    :meth:`add_field` takes a whole field's postings of one document at once
    (what :class:`kashshaf.core.search.writers.LeanSegmentWriter` hands it),
    without a call and a tuple per posting.
    """

    def __init__(self, tempstore: Any, segment: Any, limitmb: int = 128, **kwargs: Any) -> None:
        super().__init__(tempstore, segment, limitmb=limitmb, **kwargs)
        self.maxitems = max(10_000, limitmb * 1024 * 1024 // POSTING_BYTES_ESTIMATE)
        self._fields: dict[str, dict[bytes, _Postings]] = {}
        self._count = 0

    def _terms_of(self, fieldname: str) -> dict[bytes, _Postings]:
        terms = self._fields.get(fieldname)
        if terms is None:
            terms = self._fields[fieldname] = {}
            self.fieldnames.add(fieldname)
        return terms

    def add(self, item: Any) -> None:
        if self._count >= self.maxitems:
            self.save()
        fieldname, btext, docnum, weight, value = item
        if docnum < 0:  # whoosh's spelling-word marker; nothing to index
            return
        terms = self._terms_of(fieldname)
        postings = terms.get(btext)
        if postings is None:
            postings = terms[btext] = (array("I"), array("f"), [])
        postings[0].append(docnum)
        postings[1].append(weight)
        postings[2].append(value)
        self._count += 1

    def add_field(self, fieldname: str, docnum: int, items: Any, boost: float = 1.0) -> int:
        """Pool one document's postings of one field (``(term, freq, weight, value)`` items,
        whoosh's ``field.index()``), each weight times ``boost``; return the sum of the
        frequencies (the field's length in the document)."""
        if self._count >= self.maxitems:
            self.save()
        terms = self._terms_of(fieldname)
        get = terms.get
        length = 0
        count = 0
        for btext, freq, weight, value in items:
            postings = get(btext)
            if postings is None:
                postings = terms[btext] = (array("I"), array("f"), [])
            postings[0].append(docnum)
            postings[1].append(weight * boost)
            postings[2].append(value)
            length += freq
            count += 1
        self._count += count
        return length

    def add_postings(
        self, fieldname: str, docnum: int, terms: list[bytes], weights: list[int] | list[float], values: list[bytes]
    ) -> None:
        """Pool one document's postings of one field as parallel lists (the weights with every boost
        applied): :meth:`add_field` without a tuple per posting."""
        if self._count >= self.maxitems:
            self.save()
        table = self._terms_of(fieldname)
        get = table.get
        for btext, weight, value in zip(terms, weights, values, strict=True):
            postings = get(btext)
            if postings is None:
                postings = table[btext] = (array("I"), array("f"), [])
            postings[0].append(docnum)
            postings[1].append(weight)
            postings[2].append(value)
        self._count += len(terms)

    def save(self) -> None:
        if self._count:
            path, f = self._new_run()
            self._write_run(f, iter(GroupedPostings(self._fields)))
            self._add_run(path)
            self._fields = {}
            self._count = 0

    def items(self, maxfiles: int = 128) -> Any:
        if not self.runs:
            return GroupedPostings(self._fields)
        return super().items(maxfiles)
