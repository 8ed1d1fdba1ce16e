"""Where a date comes from: publication (text, byline, url, a field) apart from retrieval (a crawl
field); a file's modification time is never a date of the article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.conftest import SEED_FILES

from kashshaf.core.corpus.documents import prepare_document, settle_dates
from kashshaf.core.corpus.importers import RawArticle, read_path
from kashshaf.core.corpus.metadata import date_from_byline, date_from_url, date_line
from kashshaf.core.models import ImportProblem


@pytest.mark.parametrize(
    ("url", "iso"),
    [
        ("http://www.aleqt.com/2015/07/20/article_974922.html", "2015-07-20"),
        ("http://www.al-jazirah.com/2015/20150721/fe1.htm", "2015-07-21"),
        ("http://www.okaz.com.sa/new/Issues/20150720/Con20150720784687.htm", "2015-07-20"),
        ("https://example.org/news/2021-02-13/talks", "2021-02-13"),
        # numbers that are not dates
        ("http://www.alriyadh.com/1066713", None),
        ("http://sabq.org/PHGKif", None),
        ("http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=229720&CategoryID=1", None),
        ("http://x.com/a/Con20150720784687.htm", None),  # digits inside a name
        ("http://x.com/2015/13/40/", None),  # no such day
        ("http://x.com/?date=2015/07/20", None),  # a query string is not the article's address
        (None, None),
    ],
)
def test_dates_in_urls(url: str | None, iso: str | None) -> None:
    found = date_from_url(url)
    assert (found.iso if found else None) == iso


def test_a_byline_that_carries_the_date() -> None:
    found = date_from_byline("لندن - الرياضية | Tuesday, 11 August 2015 - 00:23")
    assert found is not None
    assert found[0].iso == "2015-08-11T00:23"
    assert found[0].text == "Tuesday, 11 August 2015 - 00:23"
    assert found[1] == "لندن - الرياضية"
    assert date_from_byline("الرياض - واس") is None


def test_a_hijri_and_gregorian_dateline() -> None:
    found = date_line("إسلام آباد 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م واس")
    assert found is not None
    assert found.iso == "2015-08-11"
    assert found.text == "11 اغسطس 2015"


def test_retrieval_is_kept_apart_from_publication() -> None:
    settled = settle_dates(
        field=None,
        text_date=None,
        header=[],
        retrieved=("2015-07-21 02:51:32", "date_extracted"),
        url="http://aawsat.com/home/article/410826/x",
        author="",
        structured=True,
    )
    assert (settled.date, settled.origin) == (None, None)
    assert (settled.retrieved, settled.retrieved_origin) == ("2015-07-21T02:51", "date_extracted")


def test_a_date_after_the_retrieval_is_not_the_publication_date() -> None:
    # the first header line names an event of next month; the url has the date
    later = date_line("الرياض 10 سبتمبر 2015")
    settled = settle_dates(
        field=None,
        text_date=later,
        header=[],
        retrieved=("2015-07-21 02:51:32", "date_extracted"),
        url="http://www.aleqt.com/2015/07/20/article_974922.html",
        author=None,
        structured=True,
    )
    assert (settled.date, settled.origin) == ("2015-07-20", "url")


def test_a_structured_publication_field_wins_over_the_text() -> None:
    settled = settle_dates(
        field=("2021-02-13T08:34:00Z", "datePublished"),
        text_date=date_line("12 نوفمبر 2022"),
        header=[],
        retrieved=None,
        url=None,
        author=None,
        structured=True,
    )
    assert (settled.date, settled.origin, settled.text) == ("2021-02-13T08:34", "datePublished", "2021-02-13T08:34:00Z")


def _record(tmp_path: Path, **fields: str) -> RawArticle:
    path = tmp_path / "day.json"
    path.write_text(json.dumps([fields], ensure_ascii=False), encoding="utf-8")
    (item,) = list(read_path(path))
    assert isinstance(item, RawArticle)
    return item


def test_a_record_like_saudinewsnet(tmp_path: Path) -> None:
    spa = _record(
        tmp_path,
        source="was",
        url="http://www.spa.gov.sa/details.php?id=1386900",
        date_extracted="2015-08-10 20:27:03",
        title="عنوان",
        author="",
        content=" بريدة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس\n يواصل مهرجان تمور بريدة فعالياته.",
    )
    doc = prepare_document(spa)
    assert (doc.date, doc.date_origin, doc.date_text) == ("2015-08-10", "text", "10 اغسطس 2015")
    assert doc.retrieved == "2015-08-10T20:27"
    # a record's text is the article: its dateline stays in it
    assert doc.clean_text.startswith("بريدة 25 شوال")

    okaz = _record(
        tmp_path,
        source="okaz",
        url="http://www.okaz.com.sa/new/Issues/20150720/Con20150720784687.htm",
        date_extracted="2015-07-21 02:27:12",
        title="استقبل خادم الحرمين &quot;جعجع&quot;",
        author="&nbsp;واس (جدة)",
        content="استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في قصر السلام بجدة مساء أمس.",
    )
    doc = prepare_document(okaz)
    assert (doc.date, doc.date_origin, doc.retrieved) == ("2015-07-20", "url", "2015-07-21T02:27")
    assert doc.title == 'استقبل خادم الحرمين "جعجع"'
    assert doc.author == "واس (جدة)"


def test_seeds_without_a_date_in_their_text_have_none(tmp_path: Path) -> None:
    dated = {}
    for path in SEED_FILES:
        (item,) = list(read_path(path))
        assert isinstance(item, RawArticle)
        doc = prepare_document(item)
        dated[path.name[:3]] = (doc.date, doc.date_origin)
    assert dated == {
        "000": (None, None),
        "001": ("2021-02-13T08:34", "text"),
        "002": ("2022-11-12", "text"),
        "003": (None, None),
        "004": (None, None),
    }


def test_control_characters_in_a_real_article_are_dropped_with_a_warning(tmp_path: Path) -> None:
    from kashshaf.core.workspace import Workspace

    # as in two SaudiNewsNet articles: U+001A used as a bullet, 26 times in 2,225 characters
    paragraph = "أعلنت الهيئة العامة للإحصاء نتائج المسح الجديد للقوى العاملة في المملكة هذا العام.\n"
    text = "".join(f"\x1a {paragraph}" for _ in range(26))
    assert 20 < text.count("\x1a")
    assert text.count("\x1a") > len(text) // 100
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "bullets.txt").write_text(text, encoding="utf-8")
    binary = bytes(range(1, 9)) * 200 + "نص".encode()
    (tmp_path / "in" / "controls.txt").write_bytes(binary)
    with Workspace(tmp_path / "corpus") as ws:
        report = ws.import_paths([tmp_path / "in"])
        assert len(report.imported) == 1
        (warning,) = report.warnings
        assert warning.path.endswith("bullets.txt")
        assert warning.code == "controls-removed"
        assert dict(warning.params) == {"count": "26"}
        assert "26 control characters" in warning.reason
        doc = ws.document(report.imported[0])
        assert doc is not None
        assert "\x1a" not in doc.clean_text
        assert "الهيئة العامة للإحصاء" in doc.clean_text
        (problem,) = report.problems  # mostly control characters: that one is binary
        assert isinstance(problem, ImportProblem)
        assert problem.code == "binary-controls"
