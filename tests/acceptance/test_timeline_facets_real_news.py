"""The timeline and the facets on real news (two SaudiNewsNet days imported by the CLI): each day's
documents are the documents the store dates that day (publication, else retrieval), each period's
hits the words of the texts that have the query's stem, the facets partition the result set as the
store's own rows do, and the CLI's ``--json`` gives the same answers. Everything is checked against
the store's file read directly, not through the code under test."""

from __future__ import annotations

import itertools
import json
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest
from tests.acceptance.conftest import kashshaf, store_rows
from tests.ui.windowing import wait_settled

from kashshaf.core.analysis import Scope
from kashshaf.core.analysis.facets import facets
from kashshaf.core.analysis.timeline import timeline
from kashshaf.core.arabic.normalize import normalize_token_ar
from kashshaf.core.arabic.tokenize import words_ar
from kashshaf.core.search.analysis import norm_stems, query_stem
from kashshaf.core.workspace import Workspace

pytestmark = pytest.mark.slow

WORD = "الحوثي"
"""a word of a few hundred documents of those two days"""


def by_ids(corpus: Path, sql: str, ids: list[str]) -> list[tuple[object, ...]]:
    """``sql`` (with ``{marks}`` for the ids) over ``ids``, a chunk at a time."""
    rows: list[tuple[object, ...]] = []
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        rows += store_rows(corpus, sql.format(marks=",".join("?" * len(chunk))), *chunk)
    return rows


def shown_days(corpus: Path, ids: list[str]) -> Counter[str | None]:
    rows = by_ids(corpus, "SELECT substr(coalesce(date, retrieved), 1, 10) FROM documents WHERE id IN ({marks})", ids)
    return Counter(str(r[0]) if r[0] is not None else None for r in rows)


def test_the_corpus_timeline_counts_each_day_as_the_store_dates_it(real_corpus: tuple[Path, Path]) -> None:
    corpus, _data = real_corpus
    with Workspace(corpus, readonly=True) as ws:
        found = timeline(ws, [Scope()], by="day")
    (series,) = found.series
    rows = store_rows(corpus, "SELECT substr(coalesce(date, retrieved), 1, 10), count(*) FROM documents GROUP BY 1")
    expected = {str(day): int(str(n)) for day, n in rows if day is not None}
    assert {p.start: n for p, n in zip(found.periods, series.documents, strict=True) if n} == expected
    assert len(expected) >= 10  # real news: publication dates spread over the weeks before the crawl
    assert series.undated == sum(int(str(n)) for day, n in rows if day is None)
    assert series.total_documents == store_rows(corpus, "SELECT count(*) FROM documents")[0][0]
    ((retrieved,),) = store_rows(corpus, "SELECT count(*) FROM documents WHERE date IS NULL AND retrieved IS NOT NULL")
    assert series.retrieved == retrieved > 0
    # one period a day, none left out, in order
    days = [date.fromisoformat(p.start) for p in found.periods]
    assert all(b - a == timedelta(days=1) for a, b in itertools.pairwise(days))
    assert series.hits is None  # no words, no entity: documents only


def test_a_words_timeline_by_day_week_and_month(real_corpus: tuple[Path, Path]) -> None:
    """Documents per day as the store dates the query's documents; hits per day as the texts hold
    the word's stem; weeks and months are sums of those days."""
    corpus, _data = real_corpus
    with Workspace(corpus, readonly=True) as ws:
        ids = ws.matching_ids(WORD)
        by_day = timeline(ws, [Scope(WORD)], by="day")
        by_week = timeline(ws, [Scope(WORD)], by="week")
        by_month = timeline(ws, [Scope(WORD)], by="month")
        vocabulary = ws.index.vocabulary
        stem = query_stem(WORD)
        hits_per_day: Counter[str | None] = Counter()
        days = dict(
            by_ids(
                corpus, "SELECT id, substr(coalesce(date, retrieved), 1, 10) FROM documents WHERE id IN ({marks})", ids
            )
        )  # type: ignore[arg-type]
        for doc_id in ids:
            doc = ws.document(doc_id)
            assert doc is not None
            words = [normalize_token_ar(w) for w in words_ar(f"{doc.title}\n{doc.clean_text}", vocabulary)]
            hits_per_day[days[doc_id]] += sum(stem in norm_stems(w, vocabulary.count) for w in words)
    assert 50 <= len(ids) <= 1000
    expected = shown_days(corpus, ids)
    (series,) = by_day.series
    assert {p.start: n for p, n in zip(by_day.periods, series.documents, strict=True) if n} == {
        d: n for d, n in expected.items() if d
    }
    assert series.undated == expected.get(None, 0)
    assert series.hits is not None
    assert {p.start: n for p, n in zip(by_day.periods, series.hits, strict=True) if n} == {
        d: n for d, n in hits_per_day.items() if d and n
    }
    assert series.total_hits == sum(hits_per_day.values())
    for coarse, key in (
        (by_week, lambda d: (d - timedelta(days=d.weekday())).isoformat()),
        (by_month, lambda d: d.isoformat()[:7]),
    ):
        (s,) = coarse.series
        summed: Counter[str] = Counter()
        for p, n in zip(by_day.periods, series.documents, strict=True):
            summed[key(date.fromisoformat(p.start))] += n
        got = {
            (p.start if coarse.by == "week" else p.start[:7]): n
            for p, n in zip(coarse.periods, s.documents, strict=True)
        }
        assert {k: n for k, n in got.items() if n} == {k: n for k, n in summed.items() if n}
        assert s.total_documents == series.total_documents
        assert s.total_hits == series.total_hits


def test_compared_queries_share_the_periods(real_corpus: tuple[Path, Path]) -> None:
    corpus, _data = real_corpus
    with Workspace(corpus, readonly=True) as ws:
        both = timeline(ws, [Scope(WORD), Scope('"الأمم المتحدة"')], by="day")
        alone = timeline(ws, [Scope('"الأمم المتحدة"')], by="day")
    assert [len(s.documents) for s in both.series] == [len(both.periods)] * 2
    second = dict(zip((p.start for p in both.periods), both.series[1].documents, strict=True))
    assert {p.start: n for p, n in zip(alone.periods, alone.series[0].documents, strict=True) if n} == {
        d: n for d, n in second.items() if n
    }
    assert both.series[1].total_hits == alone.series[0].total_hits > 0


@pytest.mark.parametrize("query", ["", WORD, "source:عكاظ", "السعودية date:2015-08"])
def test_facets_partition_the_result_set_as_the_store_does(real_corpus: tuple[Path, Path], query: str) -> None:
    corpus, _data = real_corpus
    with Workspace(corpus, readonly=True) as ws:
        found = facets(ws, Scope(query))
        ids = ws.matching_ids(query) if query else [str(r[0]) for r in store_rows(corpus, "SELECT id FROM documents")]
    assert found.documents == len(ids) > 0
    assert sum(o.documents for o in found.outlets) == found.documents
    assert sum(m.documents for m in found.months) == found.documents
    outlets = Counter(r[0] for r in by_ids(corpus, "SELECT outlet FROM documents WHERE id IN ({marks})", ids))
    assert {(o.outlet.id if o.outlet else None): o.documents for o in found.outlets} == dict(outlets)
    months = Counter(
        r[0]
        for r in by_ids(
            corpus, "SELECT substr(coalesce(date, retrieved), 1, 7) FROM documents WHERE id IN ({marks})", ids
        )
    )
    assert {m.month: m.documents for m in found.months} == dict(months)
    pairs = by_ids(
        corpus,
        "SELECT DISTINCT m.doc_id, e.id, e.type FROM mentions m JOIN entities e ON e.id = m.entity_id "
        "WHERE m.doc_id IN ({marks})",
        ids,
    )
    for t in found.types:
        assert t.documents == len({doc for doc, _e, kind in pairs if kind == t.type}), t.type
        per_entity = Counter(e for _doc, e, kind in pairs if kind == t.type)
        assert [e.documents for e in t.top] == sorted(per_entity.values(), reverse=True)[: len(t.top)]
        assert all(per_entity[e.id] == e.documents for e in t.top)
    assert any(t.top for t in found.types)


def test_the_cli_prints_the_same_as_json(real_corpus: tuple[Path, Path]) -> None:
    corpus, data = real_corpus
    out = kashshaf(
        "--corpus", str(corpus), "timeline", WORD, "--by", "week", "--compare", "اليمن", "--json", data_dir=data
    )
    printed = json.loads(out.stdout)
    with Workspace(corpus, readonly=True) as ws:
        expected = timeline(ws, [Scope(WORD), Scope("اليمن")], by="week").as_dict()
    assert printed == expected
    assert printed["by"] == "week"
    assert [s["label"] for s in printed["series"]] == [WORD, "اليمن"]
    first = printed["series"][0]
    assert sum(b["documents"] for b in first["bins"]) + first["undated"] == first["documents"]
    out = kashshaf("--corpus", str(corpus), "facets", WORD, "--json", data_dir=data)
    printed = json.loads(out.stdout)
    assert (
        printed["documents"]
        == sum(o["documents"] for o in printed["outlets"])
        == sum(m["documents"] for m in printed["months"])
    )
    with Workspace(corpus, readonly=True) as ws:
        assert printed == facets(ws, Scope(WORD)).as_dict()
        assert printed["documents"] == len(ws.matching_ids(WORD))
    bad = kashshaf("--corpus", str(corpus), "timeline", '"قسد', data_dir=data, check=False)
    assert bad.returncode == 2
    assert "invalid query" in bad.stderr


def test_a_drag_on_the_timeline_lists_those_days(qtbot, window_on) -> None:  # type: ignore[no-untyped-def]
    """Dragging across three days of a word's timeline keeps the list to the documents the store dates
    those days; Escape lets the dates go."""
    from PySide6.QtCore import QPoint, Qt

    window = window_on
    dock = window.analysis.dock("timeline")
    dock.show()
    window.search_bar.set_query(WORD)
    qtbot.waitUntil(lambda: dock.data is not None and dock.data.series[0].label == WORD, timeout=30000)
    wait_settled(qtbot, window)
    data = dock.data
    assert data.by == "day"
    busiest = max(range(len(data.periods)), key=lambda i: data.series[0].documents[i])
    first, last = max(0, busiest - 2), busiest
    chart = dock.chart
    plot = chart.plot_rect(chart.width(), chart.height())
    start = chart.slot_rect(first, plot).center().toPoint()
    end = chart.slot_rect(last, plot).center().toPoint()
    qtbot.mousePress(chart, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(chart, QPoint((start.x() + end.x()) // 2, start.y()))
    qtbot.mouseMove(chart, end)
    qtbot.mouseRelease(chart, Qt.MouseButton.LeftButton, pos=end)
    filters = window.filter_bar.filters()
    assert (filters.date_from, filters.date_to) == (data.periods[first].start, data.periods[last].end)
    with Workspace(window.workspace.corpus_dir, readonly=True) as ws:
        ids = ws.matching_ids(WORD)
    days = shown_days(window.workspace.corpus_dir, ids)
    expected = sum(n for d, n in days.items() if d and filters.date_from <= d <= filters.date_to)
    qtbot.waitUntil(lambda: window.hit_label.text().endswith(f"{expected:,}"), timeout=30000)
    wait_settled(qtbot, window)
    window_ids = [window.model.id_at(i) for i in range(window.model.rowCount())]
    listed = shown_days(window.workspace.corpus_dir, [i for i in window_ids if i])
    assert all(d is not None and filters.date_from <= d <= filters.date_to for d in listed)
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Escape)
    assert not window.filter_bar.filters()
    qtbot.waitUntil(lambda: window.hit_label.text().endswith(f"{len(ids):,}"), timeout=30000)
