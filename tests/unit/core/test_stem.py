"""The light stemmer: every Lucene ArabicStemmer rule, the extras, and names kept whole."""

from __future__ import annotations

import pytest

from kashshaf.core.arabic.normalize import normalize_ar
from kashshaf.core.arabic.stem import light_stem_ar, strip_prefix_ar, strip_suffixes_ar


def stem(word: str) -> str:
    return light_stem_ar(normalize_ar(word))


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        # Lucene prefixes: ال وال بال كال فال لل (its lone و is split by the corpus: test_clitics.py)
        ("الحوار", "حوار"),
        ("والعمل", "عمل"),
        ("بالإدارة", "ادار"),
        ("كالعادة", "عاد"),
        ("فالنظام", "نظام"),
        ("للحوار", "حوار"),
        ("وقال", "وقال"),
        # Lucene suffixes: ها ان ات ون ين يه ية ه ة ي
        ("مفاوضاتها", "مفاوض"),
        ("الجانبان", "جانب"),
        ("اللقاءات", "لقاء"),
        ("المحتجون", "محتج"),
        ("السوريين", "سور"),
        ("الذاتية", "ذات"),
        ("الروسية", "روس"),
        ("المبعوثة", "مبعوث"),
        ("الحسكي", "حسك"),
        # Kashshaf's extras: compound clitics, pronoun suffixes, dual of ة-words
        ("وبالإدارة", "ادار"),
        ("وللحوار", "حوار"),
        ("قياداتهم", "قياد"),
        ("الدولتين", "دول"),
    ],
)
def test_stem_table(word: str, expected: str) -> None:
    assert stem(word) == expected


def test_lucene_length_limits() -> None:
    assert strip_prefix_ar("وجهه") == "وجهه"  # a lone و is not stripped blindly (وزير is not و + زير)
    assert stem("وزير") == stem("الوزير") == "وزير"  # Lucene took وزير to زير and الوزير to وزير
    assert stem("وارد") == stem("الوارد") == "وارد"
    assert strip_prefix_ar("الي") == "الي"  # ال needs two letters left
    assert strip_suffixes_ar("بين") == "بين"  # ين needs two letters left
    assert strip_suffixes_ar("حسين") == "حس"  # ... which is why names are protected
    assert stem("حسين") == "حسين"


def test_variants_of_a_word_share_a_stem() -> None:
    assert len({stem(w) for w in ["الإدارة", "بالإدارة", "وبالإدارة", "إدارة", "اﻹدارة"]}) == 1
    assert len({stem(w) for w in ["مفاوضات", "المفاوضات", "مفاوضاتها", "والمفاوضات"]}) == 1


@pytest.mark.parametrize(
    ("name", "common"),
    [("لبنان", "لبن"), ("بوتين", "بوت"), ("عثمان", "عثم"), ("إيران", "اير"), ("حسين", "حس"), ("واشنطن", "اشنطن")],
)
def test_names_are_not_stemmed_into_common_words(name: str, common: str) -> None:
    assert stem(name) != common
    assert stem(name) == normalize_ar(name)


def test_names_keep_clitic_stripping() -> None:
    assert stem("ولبنان") == stem("لبنان") == "لبنان"
    assert stem("بالرقة") == stem("الرقة") == stem("الرقّة")
    assert stem("وبوتين") == "بوتين"
