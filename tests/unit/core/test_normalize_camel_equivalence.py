"""Kashshaf's own NFKC, dediacritisation and alef / alef-maksura / teh-marbuta
rules give what camel-tools' give, on every code point and on real news.

``core/arabic/normalize.py`` once called camel-tools for these; importing
``camel_tools.utils`` builds its character sets by scanning all of Unicode
(0.5–0.9 s at every start of the CLI and the window), so the rules are
written out there. This test is what lets them stand in: camel-tools is
imported here only.
"""

from __future__ import annotations

import json
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from camel_tools.utils import charsets as camel_charsets
from camel_tools.utils import dediac as camel_dediac
from camel_tools.utils import normalize as camel_normalize

from kashshaf.core.arabic import normalize as ours

EVERY_CHAR = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
"""every code point but the surrogates (they cannot stand alone in text)"""

ARABIC_BLOCKS = [
    (0x0600, 0x06FF),  # Arabic
    (0x0750, 0x077F),  # Arabic Supplement
    (0x0870, 0x08FF),  # Arabic Extended-B and -A
    (0xFB50, 0xFDFF),  # Arabic Presentation Forms-A (ﷲ ﷼ ﷽ …)
    (0xFE70, 0xFEFF),  # Arabic Presentation Forms-B (ﻹ ﻷ …)
    (0x1EE00, 0x1EEFF),  # Arabic Mathematical Alphabetic Symbols (NFKC maps them to letters)
]

PAIRS: list[tuple[str, Callable[[str], str], Callable[[str], str]]] = [
    ("normalize_unicode", ours.normalize_nfkc_ar, camel_normalize.normalize_unicode),
    ("normalize_alef_ar", ours.normalize_alef_ar, camel_normalize.normalize_alef_ar),
    ("normalize_alef_maksura_ar", ours.normalize_alef_maksura_ar, camel_normalize.normalize_alef_maksura_ar),
    ("normalize_teh_marbuta_ar", ours.normalize_teh_marbuta_ar, camel_normalize.normalize_teh_marbuta_ar),
]


def ours_camel_dediac(text: str) -> str:
    """Kashshaf's part of ``dediac_ar`` that camel-tools does (ours also drops U+0653–U+065F and the
    Quranic marks, which camel-tools keeps)."""
    return ours._HARAKAT_RE.sub("", text)


PAIRS.append(("dediac_ar", ours_camel_dediac, camel_dediac.dediac_ar))


def test_the_diacritics_are_camel_tools_set() -> None:
    removed = {c for c in EVERY_CHAR if ours._HARAKAT_RE.fullmatch(c)}
    assert removed == set(camel_charsets.AR_DIAC_CHARSET)
    assert len(removed) == 9


def test_the_alef_forms_are_camel_tools() -> None:
    changed = {c for c in EVERY_CHAR if ours.normalize_alef_ar(c) != c}
    assert changed == {"\u0622", "\u0623", "\u0625", "\u0671"}


@pytest.mark.parametrize(("name", "mine", "camel"), PAIRS, ids=[p[0] for p in PAIRS])
def test_every_code_point_as_one_text(name: str, mine: Callable[[str], str], camel: Callable[[str], str]) -> None:
    assert mine(EVERY_CHAR) == camel(EVERY_CHAR), name


@pytest.mark.parametrize(("name", "mine", "camel"), PAIRS, ids=[p[0] for p in PAIRS])
def test_each_arabic_code_point_alone(name: str, mine: Callable[[str], str], camel: Callable[[str], str]) -> None:
    chars = [chr(c) for lo, hi in ARABIC_BLOCKS for c in range(lo, hi + 1)]
    differ = [f"U+{ord(c):04X}" for c in chars if mine(c) != camel(c)]
    assert differ == [], name


def test_the_two_ligatures_camel_tools_spells_out() -> None:
    assert ours.normalize_nfkc_ar("\ufdfc") == "ريال" == camel_normalize.normalize_unicode("\ufdfc")
    assert ours.normalize_nfkc_ar("١٠٠ \ufdfd") == "١٠٠ بسم الله الرحمن الرحيم"


def news_texts(day: Path, limit: int) -> list[str]:
    with zipfile.ZipFile(day) as z:
        records = json.loads(z.read(z.namelist()[0]))
    return [f"{r.get('title', '')}\n{r.get('content', '')}" for r in records[:limit]]


def test_real_news_articles_and_each_of_their_words(shared_data: Path) -> None:
    texts = news_texts(shared_data / "saudinewsnet" / "2015-07-23.zip", 300)
    assert sum(map(len, texts)) > 300_000
    words = {w for t in texts for w in t.split()}
    assert len(words) > 20_000
    for name, mine, camel in PAIRS:
        assert [mine(t) for t in texts] == [camel(t) for t in texts], name
        assert [w for w in words if mine(w) != camel(w)] == [], name
    # the texts hold what the rules change
    joined = "".join(texts)
    for char in ("\u0623", "\u0625", "\u0622", "\u0649", "\u0629", "\u064b", "\u0651"):
        assert char in joined
