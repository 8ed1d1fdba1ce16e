"""Stored positions have one byte order; the search memos live on their owners."""

from __future__ import annotations

import gc
import pickle
import sys
from array import array
from pathlib import Path
from struct import pack

import pytest
from whoosh import index as whoosh_index

import kashshaf.core.search.analysis as analysis
import kashshaf.core.search.formats as formats
from kashshaf.core.search.analysis import ArabicTextField, ArabicTokenizer, SqliteVocabulary
from kashshaf.core.search.formats import CompactPositions, compact_positions
from kashshaf.core.search.phrase import FastPhrase
from kashshaf.core.search.schema import build_schema

POSITION_LISTS = ([], [0], [5], [3, 7, 100], [5, 70_000, 70_001], [65_535], [65_536], list(range(0, 3000, 3)))


def test_positions_round_trip_and_are_stored_little_endian() -> None:
    fmt = CompactPositions()
    for positions in POSITION_LISTS:
        value = fmt.encode(positions)
        assert fmt.decode_positions(value) == positions
        assert fmt.decode_frequency(value) == len(positions)
    # uint32 count (big-endian, whoosh's pack_uint) | type code | deltas, little-endian
    assert fmt.encode([5]) == b"\x00\x00\x00\x01H\x05\x00"
    assert fmt.encode([1, 300]) == pack(">I", 2) + b"H" + pack("<2H", 1, 299)
    assert fmt.encode([3, 70_003]) == pack(">I", 2) + b"I" + pack("<2I", 3, 70_000)
    assert fmt.encode([65_536]) == pack(">I", 1) + b"I" + pack("<I", 65_536)
    assert fmt.decode_positions(pack(">I", 3) + b"H" + pack("<3H", 2, 1, 0x0102)) == [2, 3, 3 + 0x0102]


def test_the_phrase_decoder_reads_what_decode_positions_reads() -> None:
    """``compact_positions`` (the phrase check's decoder: a lone short position read without an
    array) gives ``decode_positions``' positions for every kind of value."""
    fmt = CompactPositions()
    for positions in [*POSITION_LISTS, [0], [255], [256], [0xFFFF], [0x10000], [7, 8], [0, 0x10000]]:
        value = fmt.encode(positions)
        assert list(compact_positions(value)) == fmt.decode_positions(value) == positions
    assert compact_positions(pack(">I", 3) + b"H" + pack("<3H", 2, 1, 0x0102)) == [2, 3, 3 + 0x0102]


@pytest.mark.skipif(sys.byteorder != "little", reason="the bytes indexes have held are those of little-endian machines")
def test_the_bytes_are_those_existing_indexes_hold() -> None:
    """Before the order was explicit, the deltas were a native array: on x86 the same bytes."""
    fmt = CompactPositions()
    for positions in POSITION_LISTS[1:]:
        deltas = [b - a for a, b in zip([0, *positions], positions, strict=False)]
        code = "H" if max(deltas) <= 0xFFFF else "I"
        assert fmt.encode(positions) == pack(">I", len(deltas)) + code.encode() + array(code, deltas).tobytes()


def test_a_machine_of_the_other_order_swaps_the_deltas(monkeypatch: pytest.MonkeyPatch) -> None:
    fmt = CompactPositions()
    native = fmt.encode([1, 300, 70_000])
    monkeypatch.setattr(formats, "_SWAP", not formats._SWAP)
    swapped = fmt.encode([1, 300, 70_000])
    assert swapped[:5] == native[:5]
    assert swapped[5:] != native[5:]
    other = array("I", [1, 299, 69_700])
    other.byteswap()
    assert swapped[5:] == (other.tobytes() if sys.byteorder == "little" else array("I", [1, 299, 69_700]).tobytes())
    # (a lone short position is packed "<H" directly, not as an array: on a real machine
    # of the other order it reads back swapped like the rest; here the array is still native)
    for positions in [p for p in POSITION_LISTS if len(p) != 1 or p[0] > 0xFFFF]:
        assert fmt.decode_positions(fmt.encode(positions)) == positions


# --- memos ---------------------------------------------------------------------


def test_no_module_global_memos() -> None:
    assert not hasattr(analysis, "_FORMS")
    assert not hasattr(analysis, "_last_words")


def test_body_and_body_exact_tokenise_a_text_once_per_schema(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls: list[object] = []
    real = analysis.words_ar

    def counting(text: str, vocabulary: object) -> list[str]:
        calls.append(vocabulary)
        return real(text, vocabulary)  # type: ignore[arg-type]

    monkeypatch.setattr(analysis, "words_ar", counting)
    text = "وصل وفد زنوبيا إلى المدينة والمدينة هادئة"
    plain = build_schema()
    tokenizers = {id(plain[name].analyzer.items[0]) for name in ("title", "body", "body_exact")}
    assert len(tokenizers) == 1  # one tokenizer for the schema's text fields
    body, exact = plain["body"].index(text), plain["body_exact"].index(text)
    assert len(calls) == 1
    # another schema, another vocabulary: its own memo (a global one would hand it these words)
    other = build_schema(SqliteVocabulary(str(tmp_path / "absent.sqlite3")))
    assert other["body"].index(text) == body
    assert other["body_exact"].index(text) == exact
    assert len(calls) == 2
    assert calls[1] is other["body"].vocabulary
    # generic whoosh path, same postings
    assert sorted(exact) == sorted(ArabicTextField.__mro__[1].index(plain["body_exact"], text))


def test_the_memos_are_not_pickled_with_the_schema() -> None:
    schema = build_schema()
    text = "الإدارة الذاتية في شمال سوريا"
    expected = {name: schema[name].index(text) for name in ("body", "body_exact")}
    assert schema["body"]._forms
    assert schema["body"].analyzer.items[0]._last_words is not None
    blob = pickle.dumps(schema)
    assert "الاداره".encode() not in blob  # no remembered term
    copy = pickle.loads(blob)
    tokenizer = copy["body"].analyzer.items[0]
    assert isinstance(tokenizer, ArabicTokenizer)
    assert tokenizer is copy["body_exact"].analyzer.items[0]
    assert copy["body"]._forms == {}
    assert tokenizer._last_words is None
    assert {name: copy[name].index(text) for name in ("body", "body_exact")} == expected
    assert copy == schema


def test_fast_phrase_remembers_per_reader_object(tmp_path: Path) -> None:
    ix = whoosh_index.create_in(str(tmp_path), build_schema())
    for n in range(3):
        with ix.writer() as w:  # one segment each
            w.add_document(id=f"d{n}", title="خبر", body="قال وزير الخارجية", body_exact="قال وزير الخارجية")
    q = FastPhrase("body_exact", ["وزير", "الخارجيه"])
    with ix.searcher() as s:
        assert len(q.docs_in(s)) == 3
        readers = [sub.reader() for sub, _ in s.leaf_searchers()]
        assert len(readers) == 3
        assert set(q._docnums.keys()) == set(readers)
        del readers
    del s
    gc.collect()
    assert len(q._docnums) == 0  # gone with the readers: no entry for a reused id() to find
    with ix.writer() as w:
        w.add_document(id="d3", title="خبر", body="وزير الخارجية", body_exact="وزير الخارجية")
    with ix.searcher() as s:
        assert len(q.docs_in(s)) == 4
