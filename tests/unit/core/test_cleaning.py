"""Cleaning of every seed: boilerplate gone, the article kept, paragraphs kept."""

from __future__ import annotations

import pytest
from tests.conftest import seed_text

from kashshaf.core.corpus.cleaning import clean_page, is_ticker_line

BOILERPLATE = [
    "زر الذهاب إلى الأعلى",
    "اقرأ أيضاً",
    "حجم الخط",
    "+A",
    "-A",
    "russian-embassy-damascus.jpg",
    "مقالات ذات صلة",
    "اترك تعليق",
    "لن يتم نشر عنوان بريدك الإلكتروني",
    "شروط التعليق",
    "Akismet",
    "التغطية الحية",
    "icon",
    "close",
]


@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_no_boilerplate_survives(seed: str) -> None:
    page = clean_page(seed_text(seed))
    for phrase in BOILERPLATE:
        assert phrase not in page.text, (seed, phrase)


# (first words of the first body paragraph, words of the last one, paragraphs)
ARTICLES = {
    "000": ("رفضت روسيا فكرة منح", "لكن الصورة العامة توضّح عدم حصول توافق بين الجانبين.", 7),
    "001": ("قال مصدر مطلع لموقع", "ما دفع روسيا إلى التدخل وإنهاء النزاع.", 8),
    "002": ("تحدثت مصادر صحفية وإعلامية", "ينسقان أمنياً وعسكرياً على أعلى المستويات", 12),
    "003": ("أكدت وكالة الأناضول التركية", "عند أطراف الطريق الدولي “إم 4/ M4”.", 9),
    "004": ("قال المبعوث الروسي الخاص", "“إن تنظـ.ـيم داعـ.ـش قد يعود", 48),
}


@pytest.mark.parametrize("seed", sorted(ARTICLES))
def test_the_article_is_kept_whole(seed: str) -> None:
    first, last, min_paragraphs = ARTICLES[seed]
    page = clean_page(seed_text(seed))
    assert page.paragraphs[0].startswith(first)
    assert last in page.paragraphs[-1] or last in page.paragraphs[-2]
    assert len(page.paragraphs) >= min_paragraphs
    assert "\n\n" in page.text  # paragraphs stay paragraphs


def test_the_run_together_ticker_is_dropped() -> None:
    raw = seed_text("000")
    ticker = raw.splitlines()[0]
    assert is_ticker_line(ticker)
    page = clean_page(raw)
    assert "تركيامباحثات" not in page.text
    assert ticker in page.dropped


def test_an_ordinary_long_paragraph_is_not_a_ticker() -> None:
    for line in clean_page(seed_text("004")).paragraphs:
        assert not is_ticker_line(line)


def test_repeated_paragraphs_are_kept_once() -> None:
    raw = seed_text("004")
    repeated = "وكان السكرتير الصحفي للبنتاغون الأمريكي"
    assert raw.count(repeated) == 2
    assert clean_page(raw).text.count(repeated) == 1


def test_the_title_is_taken_out_of_the_body_even_when_the_page_repeats_it() -> None:
    page = clean_page(seed_text("000"))
    assert page.title == "روسيا توجّه صفعة جديدة لقسد وسط مفاوضاتها مع النظام ومخاوفها من تركيا"
    assert page.title not in page.text


def test_related_link_lines_before_the_related_heading_go_with_it() -> None:
    page = clean_page(seed_text("003"))
    assert "قسد ترفض دعوة النظام السوري للانخراط" not in page.text
    assert "افتتاح طريق الـM4 الدولي" not in page.text


def test_image_caption_and_alt_text_are_dropped() -> None:
    assert "السفارة الروسية في العاصمة دمشق - سبوتنيك" not in clean_page(seed_text("001")).text
    assert "بوتين غاضب" not in clean_page(seed_text("002")).text


def test_obfuscated_words_stay_as_written_in_the_clean_text() -> None:
    # cleaning never rewrites words: search handles the obfuscation
    assert "داعـ.ـش" in clean_page(seed_text("004")).text
    assert "ق سد" in clean_page(seed_text("002")).text
