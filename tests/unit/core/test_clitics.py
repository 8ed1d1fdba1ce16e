"""Proclitics split off where the corpus supports it (core/arabic/clitics.py), on counts
given here; the same on real news is in tests/acceptance/test_search_clitics.py."""

from __future__ import annotations

from kashshaf.core.arabic.clitics import canonical_form, clitic_forms
from kashshaf.core.arabic.normalize import normalize_ar

COUNTS = {
    normalize_ar(w): n
    for w, n in {
        "بذواتهم": 1,
        "ذواتهم": 2,
        "الكامل": 40,
        "الوالد": 30,
        "وكامل": 5,
        "وبحثها": 2,
        "بحثها": 40,
        "حثها": 3,
        "البحث": 300,
        "الوزير": 500,
        "تعزيزها": 2,
        "وتعزيزها": 7,
        "فنون": 11,
        "نون": 1,
        "الفنون": 30,
        "لاطلاعهم": 1,
        "اطلاعهم": 2,
        "لنقف": 1,
        "نقف": 14,
        "فلنقف": 1,
        "وقال": 1198,
        "قال": 502,
        "بحث": 78,
        "حث": 18,
        "فيصل": 189,
        "يصل": 116,
        "كامل": 115,
        "امل": 44,
        "وزير": 900,
        "زير": 2,
        "ووزير": 20,
        "بريطانيا": 54,
        "وبريطانيا": 10,
        "الوارد": 3,
        "وارد": 10,
        "والد": 40,
        "الد": 2,
    }.items()
}


def forms(word: str) -> tuple[str, ...]:
    return clitic_forms(normalize_ar(word), lambda w: COUNTS.get(w, 0))


def test_a_clitic_is_split_where_the_word_left_occurs_on_its_own() -> None:
    assert forms("بذواتهم") == ("ذواتهم",)
    assert forms("لاطلاعهم") == ("اطلاعهم",)
    assert forms("وقال") == ("قال",)  # و is three times as likely as not
    assert forms("ووزير") == ("وزير",)
    assert forms("وتعزيزها") == ("تعزيزها",)  # و goes before anything: more often with it than without
    assert forms("وبريطانيا") == ("بريطانيا",)


def test_each_supported_split_is_kept_shortest_last() -> None:
    assert forms("فلنقف") == ("لنقف", "نقف")
    assert canonical_form("فلنقف", lambda w: COUNTS.get(w, 0)) == "نقف"


def test_words_that_only_look_cliticised_are_kept_whole() -> None:
    assert forms("بحث") == ()  # البحث is written: بحث takes the article, so it is a word
    assert forms("كامل") == ()  # الكامل
    assert forms("فنون") == ()  # الفنون, though نون is a word
    assert forms("وزير") == ()  # زير is rare
    assert forms("والد") == ()  # الوالد
    assert forms("وكامل") == ("كامل",)  # not و + ك + امل: كامل takes the article
    assert forms("وبحثها") == ("بحثها",)  # not و + ب + حثها: بحثها is far more frequent than حثها
    assert forms("بريطانيا") == ()  # a protected name, whatever ريطانيا's count
    assert forms("فيصل") == ()  # a name of the people gazetteer, though يصل is a word


def test_the_article_is_split_without_evidence() -> None:
    assert forms("الوارد") == ("وارد",)
    assert forms("بالإدارة") == ("الاداره", "اداره")
    assert forms("للحكومة") == ("الحكومه", "حكومه")
    assert clitic_forms(normalize_ar("وللحكومة"), None) == ("الحكومه", "حكومه")
    assert clitic_forms(normalize_ar("بذواتهم"), None) == ()  # no corpus: one-letter clitics stay
    assert forms("الله") == ()  # two letters would be left
