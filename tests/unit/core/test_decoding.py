"""Encodings of real Arabic archives; unreadable bytes get a reason."""

from __future__ import annotations

import codecs

import pytest
from tests.conftest import seed_text

from kashshaf.core.corpus.decoding import DecodeError, decode_bytes

TEXT = seed_text("001")


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
    ],
)
def test_unicode_encodings(data: bytes, encoding: str) -> None:
    text, found = decode_bytes(data)
    assert found == encoding
    assert text.lstrip("\ufeff") == TEXT


def test_windows_1256() -> None:
    sample = "قال مصدر مطلع إن المفاوضات بين الوفدين في دمشق تركزت حول ملفي الإدارة الذاتية وقسد."
    text, encoding = decode_bytes(sample.encode("cp1256"))
    assert (text, encoding) == (sample, "cp1256")


def test_iso_8859_6() -> None:
    sample = "قال مصدر مطلع ان المفاوضات بين الوفدين في دمشق تركزت حول ملفي الادارة الذاتية"
    text, encoding = decode_bytes(sample.encode("iso-8859-6"))
    assert (text, encoding) == (sample, "iso-8859-6")


def test_truncated_last_character_keeps_the_rest() -> None:
    data = TEXT.encode("utf-8")[:-1]
    text, encoding = decode_bytes(data)
    assert "truncated" in encoding
    assert TEXT.startswith(text)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n\n ", "empty"),
        (bytes(range(256)) * 20, "binary"),
        (b"\x89PNG\r\n\x1a\n" + bytes(2000), "binary"),
        (b"caf\xe9 cr\xe8me br\xfbl\xe9e, plain latin-1 text", "not valid UTF-8"),
    ],
)
def test_unreadable_bytes_raise_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeError, match=reason):
        decode_bytes(data)
