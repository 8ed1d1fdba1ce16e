"""Filters in queries and in the filter bar: dates as people type them, outlets by any name, entities by name."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from kashshaf.core.models import SearchFilters
from kashshaf.core.search.filters import parse_period
from kashshaf.core.workspace import QueryError, Workspace

TEXT = "أعلنت وزارة الخارجية السعودية اليوم عن زيارة رسمية للوزير عادل الجبير إلى موسكو لبحث الأزمة السورية."

RECORDS = [
    # (source, url, date_extracted, published field or None)
    ("okaz", "http://www.okaz.com.sa/new/Issues/20150720/Con1.htm", "2015-07-21 02:27:12", None),
    ("okaz", "http://www.okaz.com.sa/new/Issues/20150721/Con2.htm", "2015-07-22 02:27:12", None),
    ("aawsat", "http://aawsat.com/home/article/1/x", "2015-07-21 02:51:32", None),
    ("aawsat", "http://aawsat.com/home/article/2/y", "2015-08-01 10:00:00", None),
    ("alriyadh", "http://www.alriyadh.com/1066713", "2015-08-10 13:05:37", None),
    ("3alyoum", "http://www.3alyoum.com/news/a", "2015-08-10 18:52:00", "2015-08-09"),
    ("unknown-site", "https://news.example.net/a/b", "2015-08-31 23:00:00", None),
]


@pytest.fixture(scope="module")
def dated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    folder = tmp_path_factory.mktemp("dated")
    records = []
    for n, (source, url, crawled, published) in enumerate(RECORDS):
        record = {"source": source, "url": url, "date_extracted": crawled, "title": f"خبر {n}", "content": TEXT}
        record["content"] += f" رقم {n}."
        if published:
            record["date"] = published
        records.append(record)
    (folder / "in.json").write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    with Workspace(folder / "corpus") as ws:
        report = ws.import_paths([folder / "in.json"])
        assert len(report.imported) == len(RECORDS)
        yield ws


def shown_dates(ws: Workspace, query: str, filters: SearchFilters | None = None) -> list[str]:
    hits = ws.search(query, limit=None, filters=filters).hits
    return sorted((h.date or "")[:10] for h in hits)


def test_each_date_form_filters_exactly(dated: Workspace) -> None:
    # shown dates: publication (url, field) where known, else retrieval
    assert shown_dates(dated, "الجبير") == [
        "2015-07-20",
        "2015-07-21",
        "2015-07-21",
        "2015-08-01",
        "2015-08-09",
        "2015-08-10",
        "2015-08-31",
    ]
    assert shown_dates(dated, "date:2015-07-21") == ["2015-07-21", "2015-07-21"]
    assert shown_dates(dated, "تاريخ:2015-07-21") == ["2015-07-21", "2015-07-21"]
    assert shown_dates(dated, "date:20150721") == ["2015-07-21", "2015-07-21"]
    assert shown_dates(dated, "date:21/07/2015") == ["2015-07-21", "2015-07-21"]
    assert shown_dates(dated, 'date:"21 يوليو 2015"') == ["2015-07-21", "2015-07-21"]
    assert shown_dates(dated, "date:٢٠١٥-٠٧-٢٠") == ["2015-07-20"]
    assert len(shown_dates(dated, "date:2015-07")) == 3
    assert len(shown_dates(dated, 'date:"أغسطس 2015"')) == 4
    assert len(shown_dates(dated, "date:2015")) == 7
    assert shown_dates(dated, "date:[2015-08-01 to 2015-08-10]") == ["2015-08-01", "2015-08-09", "2015-08-10"]
    assert shown_dates(dated, "date:[2015-08-01 إلى 2015-08-10]") == ["2015-08-01", "2015-08-09", "2015-08-10"]
    assert shown_dates(dated, "date:2015-08-01..2015-08-10") == ["2015-08-01", "2015-08-09", "2015-08-10"]
    assert shown_dates(dated, "date:[2015-08-10 to]") == ["2015-08-10", "2015-08-31"]
    assert shown_dates(dated, "date:[* to 2015-07-20]") == ["2015-07-20"]
    assert shown_dates(dated, "date:>=2015-08-09") == ["2015-08-09", "2015-08-10", "2015-08-31"]
    assert shown_dates(dated, "date:<2015-07-21") == ["2015-07-20"]
    assert shown_dates(dated, "date:>2015-08") == []
    # the words and the date together, and NOT
    assert shown_dates(dated, "الجبير date:2015-07") == ["2015-07-20", "2015-07-21", "2015-07-21"]
    assert len(shown_dates(dated, "الجبير NOT date:2015-07")) == 4
    assert shown_dates(dated, "date:2015-07-20 OR date:2015-08-31") == ["2015-07-20", "2015-08-31"]
    # published: only what is known to be a publication date
    assert shown_dates(dated, "published:2015") == ["2015-07-20", "2015-07-21", "2015-08-09"]


def test_hits_say_what_their_date_is(dated: Workspace) -> None:
    kinds = {(h.date or "")[:10]: (h.date_kind, h.date_source) for h in dated.search("الجبير", limit=None).hits}
    assert kinds["2015-07-20"] == ("published", "url")
    assert kinds["2015-08-09"] == ("published", "date")
    assert kinds["2015-08-10"] == ("retrieved", "date_extracted")


def test_a_value_that_is_not_a_date_is_named(dated: Workspace) -> None:
    with pytest.raises(QueryError) as caught:
        dated.search("date:yesterday")
    assert caught.value.kind == "date"
    assert caught.value.value == "yesterday"
    assert "2015-07-21" in str(caught.value)
    with pytest.raises(QueryError):
        dated.search("date:2015-02-30")


def test_periods() -> None:
    day = parse_period("2015-07-21")
    assert day is not None
    assert day.start == datetime(2015, 7, 21)
    assert day.end is not None
    assert day.end.date().isoformat() == "2015-07-21"
    month = parse_period("2015-02")
    assert month is not None
    assert month.end is not None
    assert month.end.day == 28
    year = parse_period("[2014 to 2015-03]")
    assert year is not None
    assert year.start == datetime(2014, 1, 1)
    assert year.end is not None
    assert year.end.date().isoformat() == "2015-03-31"
    reversed_range = parse_period("[2015-08 to 2015-07]")
    assert reversed_range is not None
    assert reversed_range.start == datetime(2015, 7, 1)
    assert parse_period("[2015 to]") is not None
    assert parse_period("not a date") is None


def test_outlets_by_any_name(dated: Workspace) -> None:
    def outlets(query: str) -> set[str]:
        return {h.outlet.id for h in dated.search(query, limit=None).hits if h.outlet}

    assert outlets("source:عكاظ") == {"okaz"}
    assert outlets("مصدر:عكاظ") == {"okaz"}
    assert outlets("source:okaz") == {"okaz"}
    assert outlets("source:okaz.com.sa") == {"okaz"}
    assert outlets('source:"الشرق الأوسط"') == {"aawsat"}
    assert outlets("source:الشرق_الأوسط") == {"aawsat"}  # spaces and punctuation do not matter
    assert outlets("source:Asharq") == {"aawsat"}  # a part of a name
    assert outlets("المصدر:عين") == {"3alyoum"}
    assert outlets("source:news.example.net") == {"news-example-net"}
    assert outlets("(source:عكاظ OR source:الرياض) date:2015-07") == {"okaz"}
    with pytest.raises(QueryError) as caught:
        dated.search("source:الأهرام")
    assert caught.value.kind == "outlet"
    assert caught.value.value == "الأهرام"
    assert "عكاظ" in caught.value.known


def test_renaming_an_outlet_renames_it_everywhere(dated: Workspace, tmp_path: Path) -> None:
    import shutil

    shutil.copytree(dated.corpus_dir, tmp_path / "copy")
    with Workspace(tmp_path / "copy") as ws:
        before = ws.rename_outlet("okaz", "صحيفة عكاظ", "Okaz daily")
        hits = ws.search("source:عكاظ", limit=None).hits  # the old name still finds it
        assert {h.outlet.name for h in hits if h.outlet} == {"صحيفة عكاظ"}
        assert {h.outlet.display("en") for h in hits if h.outlet} == {"Okaz daily"}
        assert {r.outlet.name for r in ws.rows([h.id for h in hits]).values() if r.outlet} == {"صحيفة عكاظ"}
        ws.restore_outlet(before)
        assert {h.outlet.name for h in ws.search("source:okaz", limit=None).hits if h.outlet} == {"عكاظ"}


def test_the_filter_bar(dated: Workspace) -> None:
    assert shown_dates(dated, "الجبير", SearchFilters(date_from="2015-08-01")) == [
        "2015-08-01",
        "2015-08-09",
        "2015-08-10",
        "2015-08-31",
    ]
    assert shown_dates(dated, "", SearchFilters(date_to="2015-07-20")) == ["2015-07-20"]
    assert shown_dates(dated, "", SearchFilters("2015-07-21", "2015-07-21", ("okaz",))) == ["2015-07-21"]
    assert shown_dates(dated, "", SearchFilters(outlets=("okaz", "alriyadh"))) == [
        "2015-07-20",
        "2015-07-21",
        "2015-08-10",
    ]
    ids = dated.matching_ids("", filters=SearchFilters(outlets=("aawsat",)))
    assert len(ids) == 2


def test_entities_by_name(corpus: Workspace) -> None:
    entity = next(e for e in corpus.entities.all() if e.name == "قوات سوريا الديمقراطية")
    by_id = {h.id for h in corpus.search(f"entity:{entity.id}", limit=None).hits}
    assert by_id
    assert by_id == {h.id for h in corpus.search('entity:"قوات سوريا الديمقراطية"', limit=None).hits}
    assert by_id == {h.id for h in corpus.search('كيان:"قوات سوريا الديمقراطية"', limit=None).hits}
    with pytest.raises(QueryError) as caught:
        corpus.search("entity:لا_أحد")
    assert caught.value.kind == "entity"
