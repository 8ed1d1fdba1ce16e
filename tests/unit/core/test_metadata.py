"""Metadata of every seed, and the date formats of Arabic news."""

from __future__ import annotations

import pytest
from tests.conftest import seed_text

from kashshaf.core.corpus.cleaning import clean_page
from kashshaf.core.corpus.metadata import date_line, find_date_ar, source_from_line

SEED_METADATA = {
    # seed: (title, date or None, outlet or None)
    "000": ("روسيا توجّه صفعة جديدة لقسد وسط مفاوضاتها مع النظام ومخاوفها من تركيا", None, None),
    "001": ('مباحثات "الإدارة الذاتية" ونظام الأسد مستمرة دون أي تفاهمات', "2021-02-13T08:34", None),
    "002": (
        "بالتزامن مع المفاوضات السرية!… قرار روسي مُحتمل سيقلب الملف السوري رأساً على عقب",
        "2022-11-12",
        "تركيا بالعربي",
    ),
    "003": ("النظام السوري يغازل”قسد” باجتماعات جديدة.. والشأن العسكري يقف عائقًا أمام الوفاق التام", None, None),
    "004": ("روسيا توجه رسالة إلى المعارضة السورية.. إليك مضمونها", None, "سوشال"),
}


@pytest.mark.parametrize("seed", sorted(SEED_METADATA))
def test_seed_metadata(seed: str) -> None:
    title, date, outlet = SEED_METADATA[seed]
    page = clean_page(seed_text(seed))
    assert page.title == title
    assert (page.date.iso if page.date else None) == date
    assert page.source == outlet


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2021.02.13 | 08:34 دمشق", "2021-02-13T08:34"),
        ("12 نوفمبر 2022آخر تحديث :", "2022-11-12"),
        ("١٢ نوفمبر ٢٠٢٢", "2022-11-12"),
        ("12 تشرين الثاني 2022", "2022-11-12"),
        ("الأحد 3 كانون الثاني 2021", "2021-01-03"),
        ("السبت 13 شباط 2021 - 10:15", "2021-02-13T10:15"),
        ("5 أيار 2019", "2019-05-05"),
        ("١ آب ٢٠٢٠", "2020-08-01"),
        ("الخميس 12 نوفمبر/تشرين الثاني 2020", "2020-11-12"),
        ("2015-07-21", "2015-07-21"),
        ("21/07/2015", "2015-07-21"),
        ("۲۱ يوليو ۲۰۱۵", "2015-07-21"),
        ("15 جانفي 2020", "2020-01-15"),
    ],
)
def test_date_formats(text: str, iso: str) -> None:
    found = date_line(text)
    assert found is not None
    assert found.iso == iso


def test_a_sentence_that_mentions_a_date_is_not_a_date_line() -> None:
    line = "وأوضحت أن قسد رفضت عرض الاندماج الذي قدمه النظام السوري في 12 أكتوبر 2019 بعد خسائره الكبيرة"
    assert find_date_ar(line) is not None
    assert date_line(line) is None


def test_impossible_dates_are_rejected() -> None:
    assert find_date_ar("31 فبراير 2021") is None


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("المصدر: سوشال", "سوشال"),
        ("المصدر: الدرر الشامية + وكالات", "الدرر الشامية"),
        ("تركيا بالعربي – متابعات", "تركيا بالعربي"),
        ("إسطنبول - متابعات", None),  # a dateline, not an outlet
        ("دمشق - خاص", None),
        ("قال المصدر: إن المفاوضات مستمرة بين الطرفين منذ أيام طويلة", None),
    ],
)
def test_outlet_lines(line: str, outlet: str | None) -> None:
    assert source_from_line(line) == outlet
