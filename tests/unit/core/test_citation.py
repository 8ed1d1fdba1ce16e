"""Citations: the outlet's name (never a slug), only a publication date as the date, a retrieval
date said to be one, no file date at all; each part a bidi isolate."""

from __future__ import annotations

from kashshaf.core.bidi import FSI, LRI, PDI, isolate_url, strip_isolates
from kashshaf.core.citation import citation, date_phrase, meta_line
from kashshaf.core.models import DocumentRow, Outlet

OKAZ = Outlet("okaz", "عكاظ", "Okaz", (), ("okaz",))


def row(date: str | None, kind: str | None, outlet: Outlet | None = OKAZ, source: str | None = "okaz") -> DocumentRow:
    return DocumentRow("d1", "p", "استقبل خادم الحرمين", source, date, "http://www.okaz.com.sa/a.htm", 1, kind, outlet)


def test_a_publication_date() -> None:
    text = strip_isolates(citation(row("2015-07-20", "published")))
    assert text == "عكاظ، «استقبل خادم الحرمين»، 20 يوليو 2015، http://www.okaz.com.sa/a.htm"
    english = strip_isolates(citation(row("2015-07-20", "published"), "en"))
    assert english == "Okaz, \u201cاستقبل خادم الحرمين\u201d, 20 July 2015, http://www.okaz.com.sa/a.htm"


def test_a_retrieval_date_is_cited_as_one() -> None:
    text = strip_isolates(citation(row("2015-07-21T02:27", "retrieved")))
    assert "اطُّلع عليه في 21 يوليو 2015" in text
    assert "retrieved 21 July 2015" in strip_isolates(citation(row("2015-07-21T02:27", "retrieved"), "en"))
    assert date_phrase(None, None) == ""


def test_no_date_and_an_unknown_outlet() -> None:
    text = strip_isolates(citation(row(None, None, outlet=None, source="سوشال")))
    assert text == "سوشال، «استقبل خادم الحرمين»، http://www.okaz.com.sa/a.htm"


def test_parts_are_isolated() -> None:
    # a Latin outlet name next to an Arabic date: each part keeps its own direction and place
    latin = Outlet("x", "news.example.net")
    line = meta_line(row("2015-08-10", "published", outlet=latin), "ar")
    assert line == f"{FSI}news.example.net{PDI}  ·  {FSI}10 أغسطس 2015{PDI}"
    cited = citation(row("2015-08-10", "published", outlet=latin), "en")
    assert cited.count(FSI) == 3
    assert cited.count(LRI) == 1
    assert cited.count(PDI) == 4


def test_a_url_with_arabic_segments_keeps_them_in_order() -> None:
    url = "http://aawsat.com/home/article/426886/نوح-فيلدمان/«داعش»-يثير-توتر"
    shown = isolate_url(url)
    assert shown == f"{LRI}http://aawsat.com/home/article/426886/{FSI}نوح-فيلدمان{PDI}/{FSI}«داعش»-يثير-توتر{PDI}{PDI}"
    assert strip_isolates(shown) == url
    assert isolate_url("http://www.okaz.com.sa/a.htm") == f"{LRI}http://www.okaz.com.sa/a.htm{PDI}"
