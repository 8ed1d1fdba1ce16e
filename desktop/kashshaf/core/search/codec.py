"""whoosh's W3 codec, tuned for bulk indexing on a laptop.

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

from typing import Any

from whoosh.codec.whoosh3 import W3Codec, W3FieldWriter, W3PostingsWriter
from whoosh.writing import PostingPool


class KashshafCodec(W3Codec):  # type: ignore[misc]
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


class _PostingsWriter(W3PostingsWriter):  # type: ignore[misc]
    def finish_postings(self) -> Any:
        terminfo = self._terminfo
        if not self.written() and len(self) < self._inlinelimit:
            terminfo.add_block(self)
            terminfo.set_inlined(self._ids, self._weights, self._values)
            self._terminfo = None
            return terminfo
        return super().finish_postings()


class _FieldWriter(W3FieldWriter):  # type: ignore[misc]
    def add_postings(self, schema: Any, lengths: Any, items: Any) -> None:
        super().add_postings(schema, _LengthCache(lengths) if lengths else lengths, items)


class _LengthCache:
    """``doc_field_length`` from per-field lists filled on first use."""

    def __init__(self, reader: Any) -> None:
        self._reader = reader
        self._columns: dict[str, list[int]] = {}

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int:
        column = self._columns.get(fieldname)
        if column is None:
            reader = self._reader
            count = reader.doc_count_all()
            column = [reader.doc_field_length(d, fieldname, default) for d in range(count)]
            self._columns[fieldname] = column
        return column[docnum]


POSTING_BYTES_ESTIMATE = 180
"""Average memory of one pooled posting (tuple, term bytes, value bytes)."""


class LeanPostingPool(PostingPool):  # type: ignore[misc]
    """whoosh's PostingPool, spilling sorted runs to disk by posting count."""

    def __init__(self, tempstore: Any, segment: Any, limitmb: int = 128, **kwargs: Any) -> None:
        super().__init__(tempstore, segment, limitmb=limitmb, **kwargs)
        self.maxitems = max(10_000, limitmb * 1024 * 1024 // POSTING_BYTES_ESTIMATE)

    def add(self, item: Any) -> None:
        current = self.current
        if len(current) >= self.maxitems:
            self.save()
            current = self.current
        self.fieldnames.add(item[0])
        current.append(item)
