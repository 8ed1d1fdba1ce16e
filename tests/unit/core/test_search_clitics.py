"""Clitics, phrases across clitics, ``=word``, ``word~`` variants and "did you mean", on the seeds."""

from __future__ import annotations

import pytest

from kashshaf.core.arabic.clitics import phrase_form
from kashshaf.core.arabic.spelling import distance, skeleton, swaps_a_vowel
from kashshaf.core.search.query import query_terms
from kashshaf.core.search.variants import expand_tildes, tilde_words
from kashshaf.core.workspace import Workspace


def seeds_of(ws: Workspace, query: str, exact: bool = False) -> set[str]:
    return {h.path.rsplit("/", 1)[-1][:3] for h in ws.search(query, limit=None, exact=exact).hits}


def test_the_phrase_finds_every_seed_whatever_clitics_its_words_carry(seeds_corpus: Workspace) -> None:
    # all five write الإدارة الذاتية, some as بالإدارة الذاتية, لـ«الإدارة الذاتية», اﻹدارة
    assert seeds_of(seeds_corpus, '"الإدارة الذاتية"') == {"000", "001", "002", "003", "004"}
    assert seeds_of(seeds_corpus, '"إدارة ذاتية"') == {"000", "001", "002", "003", "004"}
    assert seeds_of(seeds_corpus, '"الذاتية الإدارة"') == set()  # order still matters


def test_a_phrase_highlights_its_words_with_their_clitics(seeds_corpus: Workspace) -> None:
    for hit in seeds_corpus.search('"الإدارة الذاتية"', limit=None).hits:
        doc = seeds_corpus.document(hit.id)
        assert doc is not None
        words = {doc.clean_text[a:b] for a, b in seeds_corpus.highlights(hit.id, '"الإدارة الذاتية"')}
        assert any("ذاتية" in w for w in words), words
        assert any("دارة" in w or "ﻹدارة" in w for w in words), words
        # a word of the phrase is lit only where the phrase stands: as many of one as of the other
        spans = seeds_corpus.highlights(hit.id, '"الإدارة الذاتية"')
        texts = [doc.clean_text[a:b] for a, b in spans]
        assert sum("ذاتية" in t for t in texts) == sum("دارة" in t or "ﻹدارة" in t for t in texts), texts


def test_exact_words_and_exact_mode_take_words_as_written(seeds_corpus: Workspace) -> None:
    stemmed = seeds_of(seeds_corpus, "المفاوضات")
    exact = seeds_of(seeds_corpus, "=المفاوضات")
    assert exact
    assert exact <= stemmed
    assert seeds_of(seeds_corpus, "المفاوضات", exact=True) == exact
    # a word with a clitic, as written, finds only the documents that write it so
    with_clitic = seeds_of(seeds_corpus, "=بالإدارة")
    assert with_clitic
    assert with_clitic < seeds_of(seeds_corpus, "الإدارة")
    assert seeds_of(seeds_corpus, '="الإدارة الذاتية"') <= seeds_of(seeds_corpus, '"الإدارة الذاتية"')


def test_a_misspelt_word_gets_the_corpus_spelling_as_a_suggestion(seeds_corpus: Workspace) -> None:
    results = seeds_corpus.search("المفاوضاتت")
    assert results.total == 0
    assert results.suggestion == "المفاوضات"
    assert seeds_corpus.search(results.suggestion).total > 0
    assert seeds_corpus.search("قسد").suggestion is None  # hits: no suggestion
    assert seeds_corpus.search("زززززز").suggestion is None  # nothing near


def test_tilde_expands_to_the_corpus_spellings(seeds_corpus: Workspace) -> None:
    variants = [v.word for v in seeds_corpus.word_variants("لافرينتييف")]
    assert variants, "the seeds name Lavrentiev"
    assert all(distance("لافرينتييف", v) <= 0.6 for v in variants)
    hits = seeds_of(seeds_corpus, "لافرينتييف~")
    assert hits >= seeds_of(seeds_corpus, variants[0])


@pytest.mark.parametrize(
    ("a", "b"),
    [("ماكنزي", "ماكينزي"), ("بيدرسون", "بيدرسن"), ("لافرنتييف", "لافرينتييف"), ("ترامب", "ترمب"), ("جوجل", "غوغل")],
)
def test_transliterations_are_near(a: str, b: str) -> None:
    assert distance(a, b) <= 0.6
    assert skeleton(a) == skeleton(b) or distance(skeleton(a), skeleton(b)) <= 1


@pytest.mark.parametrize(
    ("a", "b"), [("السعوديه", "السعاده"), ("ترامب", "تراقب"), ("بحث", "حث"), ("اوباما", "بما"), ("الرياض", "الرياضي")]
)
def test_different_words_are_not_variants(a: str, b: str) -> None:
    assert distance(a, b) > 0.6


def test_one_long_vowel_for_another_is_another_word() -> None:
    assert swaps_a_vowel("بوتين", "بيتين")
    assert not swaps_a_vowel("بوتين", "بوتن")  # a vowel left out
    assert not swaps_a_vowel("ماكنزي", "ماكينزي")


def test_tilde_syntax() -> None:
    assert tilde_words('ماكنزي~ AND "a~ b" x~2') == ["ماكنزي"]
    expanded = expand_tildes("ماكنزي~ AND قسد", lambda w: [])
    assert expanded == "ماكنزي AND قسد"


def test_an_exact_word_can_be_excluded_or_required(seeds_corpus: Workspace) -> None:
    russia, exact_turkey = seeds_of(seeds_corpus, "روسيا"), seeds_of(seeds_corpus, "=تركيا")
    assert seeds_of(seeds_corpus, "روسيا -=تركيا") == russia - exact_turkey
    assert seeds_of(seeds_corpus, "روسيا NOT =تركيا") == russia - exact_turkey
    assert seeds_of(seeds_corpus, "+=تركيا روسيا") == exact_turkey & russia


def test_a_prefix_keeps_its_letters(seeds_corpus: Workspace) -> None:
    # whoosh hands ارها* over as ارها: it must not be stemmed to ار (الأربعاء, الأرض …)
    terms = query_terms(seeds_corpus.query("ارها*"))
    assert terms.stem_prefixes == {"ارها"}
    assert terms.prefixes == {"ارها"}


def test_a_phrase_word_written_with_the_article_keeps_it(seeds_corpus: Workspace) -> None:
    count = seeds_corpus.index.vocabulary.count
    assert phrase_form("الفيصل", count) == "الفيصل"  # "سعود الفيصل" is not سعود وفيصل
    assert phrase_form("بالاداره", count) == "الاداره"
    assert phrase_form("اداره", count) == "اداره"


def test_a_suggestion_is_spelt_as_the_corpus_writes_it(seeds_corpus: Workspace) -> None:
    suggestion = seeds_corpus.search("الادارةة").suggestion
    assert suggestion == "الإدارة"  # with its hamza and teh marbuta, not the index's الاداره
