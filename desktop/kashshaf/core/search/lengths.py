"""Field lengths of a whole segment at once.

whoosh's ``doc_field_length`` reads one document's length byte through a
column reader (a seek, a read and a struct unpack per call). Scoring thousands
of documents, :func:`length_bytes` reads a segment's column of length bytes
once; :data:`LENGTHS` turns a byte into the length whoosh's
``doc_field_length`` returns for it.
"""

from __future__ import annotations

from typing import Any

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.reading import SegmentReader
from whoosh.util.numeric import byte_to_length

from kashshaf.core.search import whoosh_compat  # noqa: F401  (the whoosh privates used here are there)

LENGTHS: list[int] = [byte_to_length(b) for b in range(256)]
"""length byte -> field length, as ``doc_field_length`` decodes it"""


def length_bytes(reader: Any, fieldname: str) -> bytes | None:
    """Each document's length byte of ``fieldname`` in the segment of ``reader`` (a document past
    the end: 0, as whoosh's column reader answers), or ``None`` when they cannot be read at once
    (then ask ``reader.doc_field_length``)."""
    if not isinstance(reader, SegmentReader):
        return None
    column = reader._perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
    if column is None:
        return None
    if getattr(column, "_typecode", None) != "B" or getattr(column, "_fixedlen", None) != 1:
        return None
    return bytes(column._dbfile.get(column._basepos, column._count))
