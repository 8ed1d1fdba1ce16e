"""A compact positions format for whoosh.

whoosh's ``Positions`` pickles the list of position deltas of every posting.
Here the deltas are a machine array (2 bytes each while they fit, else 4):
encoding at index time and decoding for phrase checks are several times
faster than pickle, and the posting file is smaller. Layout:
``uint32 count | type code (b"H" or b"I") | deltas``, the count big-endian
(whoosh's ``pack_uint``), the deltas little-endian (2- or 4-byte unsigned):
the bytes x86 and ARM machines have always written, read the same on a
big-endian machine, where the arrays are byte-swapped.
"""

from __future__ import annotations

from array import array
from itertools import accumulate
from struct import Struct
from sys import byteorder
from typing import Any

from whoosh.formats import Positions
from whoosh.system import _INT_SIZE, pack_uint, unpack_uint

_SHORT_MAX = 0xFFFF


_ONE_PREFIX = pack_uint(1) + b"H"
_SHORT = Struct("<H")
_SWAP = byteorder != "little"
"""arrays are in the machine's order; the stored deltas are little-endian"""
if array("H").itemsize != 2 or array("I").itemsize != 4:
    raise ImportError("CompactPositions needs 2-byte array('H') and 4-byte array('I') items")


ONE_PREFIX = _ONE_PREFIX
"""what the encoding of a single position (most postings) starts with; the position follows (``<H``)"""
SHORT_MAX = _SHORT_MAX
pack_short = _SHORT.pack


def compact_positions(valuestring: bytes) -> tuple[int, ...] | list[int]:
    """:meth:`CompactPositions.decode_positions`, a single position (most postings) read without
    an array: the same positions."""
    if len(valuestring) == 7 and valuestring.startswith(_ONE_PREFIX):
        return (valuestring[5] | valuestring[6] << 8,)
    deltas = array(chr(valuestring[_INT_SIZE]))
    deltas.frombytes(valuestring[_INT_SIZE + 1 :])
    if _SWAP:
        deltas.byteswap()
    return list(accumulate(deltas))


class CompactPositions(Positions):  # type: ignore[misc]  # whoosh has no types: its classes are Any
    def encode(self, poslist: list[int]) -> bytes:
        if len(poslist) == 1 and poslist[0] <= _SHORT_MAX:  # most postings: one occurrence
            one: bytes = _ONE_PREFIX + _SHORT.pack(poslist[0])
            return one
        deltas = []
        base = 0
        for pos in poslist:
            deltas.append(pos - base)
            base = pos
        code = "H" if max(deltas, default=0) <= _SHORT_MAX else "I"
        head: bytes = pack_uint(len(deltas))
        packed = array(code, deltas)
        if _SWAP:
            packed.byteswap()
        return head + code.encode("ascii") + packed.tobytes()

    def decode_positions(self, valuestring: bytes) -> list[int]:
        deltas = array(chr(valuestring[_INT_SIZE]))
        deltas.frombytes(valuestring[_INT_SIZE + 1 :])
        if _SWAP:
            deltas.byteswap()
        return list(accumulate(deltas))

    def decode_frequency(self, valuestring: bytes) -> int:
        count: int = unpack_uint(valuestring[:_INT_SIZE])[0]
        return count

    def combine(self, vs: Any) -> bytes:
        merged: set[int] = set()
        for v in vs:
            merged.update(self.decode_positions(v))
        return self.encode(sorted(merged))
