"""Each normalisation rule, on strings taken from the seeds."""

from __future__ import annotations

import pytest
from tests.conftest import seed_text

from kashshaf.core.arabic.normalize import (
    dediac_ar,
    keep_word_chars_ar,
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_ar,
    normalize_digits_ar,
    normalize_hamza_carriers_ar,
    normalize_nfkc_ar,
    normalize_persian_ar,
    normalize_teh_marbuta_ar,
    strip_invisible_ar,
    strip_tatweel_ar,
)


def test_nfkc_expands_presentation_form_ligatures_from_seed_000() -> None:
    text = seed_text("000")
    assert "اﻹدارة" in text
    assert "اﻷسد" in text
    assert normalize_nfkc_ar("اﻹدارة") == "الإدارة"
    assert normalize_nfkc_ar("اﻷسد") == "الأسد"
    assert normalize_ar("اﻹدارة") == normalize_ar("الإدارة") == "الاداره"


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("يُحظَر", "يحظر"),  # seed 001: damma, fatha
        ("سـ.ـرَّب", "سـ.ـرب"),  # seed 004: shadda + fatha
        ("إنَّ", "إن"),  # seed 003
        ("عُقِد", "عقد"),  # seed 004
        ("هٰذا", "هذا"),  # dagger alef U+0670
        ("آٓ", "آ"),  # maddah above U+0653
        ("أٔ", "أ"),  # hamza above U+0654
        ("إٕ", "إ"),  # hamza below U+0655
    ],
)
def test_dediac_removes_harakat_dagger_alef_and_u0653_to_u0655(word: str, expected: str) -> None:
    assert dediac_ar(word) == expected


def test_tatweel_and_obfuscation_dots() -> None:
    assert "نائـب" in seed_text("002")
    assert strip_tatweel_ar("نائـب") == "نائب"
    assert strip_tatweel_ar("الــذاتية") == "الذاتية"
    # the dot of an obfuscated word goes with the non-word characters
    assert keep_word_chars_ar(strip_tatweel_ar("داعـ.ـش")) == "داعش"
    assert normalize_ar("داعـ.ـش") == "داعش"
    assert normalize_ar("قسـ.ـد") == "قسد"
    assert normalize_ar("الأمـ.ـن") == "الامن"


@pytest.mark.parametrize(
    ("word", "expected"), [("أكدت", "اكدت"), ("إسرائيل", "اسرائيل"), ("آبار", "ابار"), ("ٱلله", "الله")]
)
def test_alef_forms(word: str, expected: str) -> None:
    assert normalize_alef_ar(word) == expected


def test_alef_maksura_teh_marbuta_hamza_carriers() -> None:
    assert normalize_alef_maksura_ar("إلى") == "إلي"
    assert normalize_teh_marbuta_ar("الذاتية") == "الذاتيه"
    assert normalize_hamza_carriers_ar("المؤيدين") == "المويدين"
    assert normalize_hamza_carriers_ar("رئيس") == "رييس"


def test_persian_keyboard_letters() -> None:
    assert normalize_persian_ar("سوریا") == "سوريا"  # Farsi yeh
    assert normalize_persian_ar("کردستان") == "كردستان"  # keheh
    assert normalize_ar("سوریا") == normalize_ar("سوريا")


def test_arabic_indic_and_persian_digits() -> None:
    assert normalize_digits_ar("٢٠٢١.٠٢.١٣") == "2021.02.13"
    assert normalize_digits_ar("۲۰۱۹") == "2019"
    assert normalize_ar("٢٢٥٤") == "2254"


def test_invisible_characters_do_not_split_or_change_a_word() -> None:
    assert strip_invisible_ar("دا\u200cعش") == "داعش"
    assert normalize_ar("دا\u200bعش") == "داعش"


def test_full_normalisation_folds_spelling_variants_together() -> None:
    variants = ["أحمد", "احمد", "إحمد", "أَحْمَد", "اﺣﻤﺪ"]
    assert {normalize_ar(v) for v in variants} == {"احمد"}
    assert normalize_ar("Akismet") == "akismet"


def test_the_one_pass_normalisation_equals_the_rules_applied_one_by_one() -> None:
    from tests.conftest import SEED_FILES

    from kashshaf.core.arabic.normalize import normalize_steps_ar
    from kashshaf.core.arabic.tokenize import WORD_RE

    words = {w for p in SEED_FILES for w in WORD_RE.findall(p.read_text(encoding="utf-8"))}
    words |= {
        "ﻹدارة",
        "ﷲ",
        "ｆｕｌｌ",
        "ﬁnal",
        "سوریا",
        "کردستان",
        "٢٠٢١",
        "۲۰۱۹",
        "هٰذا",
        "آٓ",
        "دا\u200cعش",
        "Akismet",
        "داعـ.ـش",
    }
    assert len(words) > 1500
    for word in words:
        assert normalize_ar(word) == normalize_steps_ar(word), word
