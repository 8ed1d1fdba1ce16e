"""Turning a file's bytes into text, for Arabic archives.

UTF-8 (with or without BOM), UTF-16/32 (with BOM, or UTF-16 without one, told
by its zero bytes), and the legacy Arabic code pages Windows-1256 and
ISO-8859-6, told apart by which decoding yields Arabic prose. A file that is
none of these raises :class:`DecodeError` with a reason a person can read.
"""

from __future__ import annotations

import codecs
import re
from typing import Any

from kashshaf.core.messages import CodedMessage

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_ARABIC_LETTER_RE = re.compile("[\u0621-\u064a]")
_COMMON_ARABIC_RE = re.compile("(?:^|\\s)(?:ال|في |من |على |إلى |أن )")
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
LEGACY_ENCODINGS = ("cp1256", "iso-8859-6")
BINARY_CONTROL_SHARE = 10
"""one character in this many a control character (no tab or line break): not text"""


def drop_controls(text: str) -> tuple[str, int]:
    """``text`` with control characters (other than tab and line breaks) replaced by spaces, and how many."""
    count = len(_CONTROL_RE.findall(text))
    return (_CONTROL_RE.sub(" ", text), count) if count else (text, 0)


class DecodeError(CodedMessage, ValueError):
    """The bytes are not text Kashshaf can read; the message says why."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(self._set(code, params))


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data``; return ``(text, encoding name)``."""
    if not data.strip():
        raise DecodeError("file-empty")
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(name.replace("-sig", ""))
            except UnicodeDecodeError as exc:
                raise DecodeError("bom-invalid", encoding=name, reason=exc.reason) from exc
            return _check_text(text), name
    if b"\x00" in data[:4096]:
        return _decode_utf16_without_bom(data)
    try:
        return _check_text(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError as exc:
        if exc.reason.startswith("unexpected end of data") and exc.start >= len(data) - 3:
            # A file cut in the middle of its last character: keep the rest.
            return _check_text(data[: exc.start].decode("utf-8")), "utf-8 (truncated last character)"
        utf8_error = exc
    return _decode_legacy(data, utf8_error)


def _decode_utf16_without_bom(data: bytes) -> tuple[str, str]:
    head = data[:4096]
    zeros_even = head[0::2].count(0)
    zeros_odd = head[1::2].count(0)
    half = len(head) // 2
    # UTF-16 Arabic has no zero bytes in Arabic letters (06xx), but ASCII
    # spaces and punctuation give zeros in one column only.
    for name, zeros, other in (("utf-16-le", zeros_odd, zeros_even), ("utf-16-be", zeros_even, zeros_odd)):
        if zeros > half * 0.05 and other < zeros * 0.1:
            try:
                return _check_text(data.decode(name)), name
            except UnicodeDecodeError:
                continue
    raise DecodeError("binary-zero-bytes")


def _decode_legacy(data: bytes, utf8_error: UnicodeDecodeError) -> tuple[str, str]:
    best: tuple[int, str, str] | None = None
    for name in LEGACY_ENCODINGS:
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        letters = len(_ARABIC_LETTER_RE.findall(text))
        score = len(_COMMON_ARABIC_RE.findall(text)) * 10 + letters
        if _CONTROL_RE.search(text):
            score //= 4
        if best is None or score > best[0]:
            best = (score, text, name)
    if best is not None and best[0] > 0:
        letters = len(_ARABIC_LETTER_RE.findall(best[1]))
        if letters >= max(1, len(best[1].split()) // 2) and len(_COMMON_ARABIC_RE.findall(best[1])) > 0:
            return _check_text(best[1]), best[2]
    raise DecodeError("not-arabic-text", byte=f"{data[utf8_error.start]:02x}", position=utf8_error.start)


def _check_text(text: str) -> str:
    if not text.strip():
        raise DecodeError("only-whitespace")
    # A few control characters in good text (real articles use U+001A as a bullet) are
    # dropped later, with a warning; a text that is mostly control characters is binary.
    controls = len(_CONTROL_RE.findall(text[:20000]))
    if controls > max(8, len(text[:20000]) // BINARY_CONTROL_SHARE):
        raise DecodeError("binary-controls")
    return text
