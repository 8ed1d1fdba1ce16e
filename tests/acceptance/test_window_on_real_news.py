"""The window on real news: import through File → Import, the reader following every new list,
the filter bar's dates, an entity click, a name's spellings chosen, a misspelt name, exact match,
and a switch to another corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from tests.acceptance.conftest import DAYS, store_rows
from tests.conftest import SEEDS, SHARED_DATA
from tests.ui.test_window import type_query

pytestmark = pytest.mark.slow


def shown(window) -> str | None:  # type: ignore[no-untyped-def]
    return window.reader.document.id if window.reader.document is not None else None


def test_import_through_the_window(qtbot, gui_settings, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kashshaf.ui.filedialogs import FileDialogs

    if not SHARED_DATA.exists():
        pytest.skip(f"{SHARED_DATA} is absent")
    archive = SHARED_DATA / "saudinewsnet" / f"{DAYS[1]}.zip"
    empty = tmp_path / "new"
    empty.mkdir()
    window = open_window_empty(qtbot, empty)
    monkeypatch.setattr(FileDialogs, "open_files", lambda *a, **k: [str(archive)])
    window.import_files_action.trigger()
    qtbot.waitUntil(
        lambda: window.import_dialog is not None and window.import_dialog.finished_report is not None, timeout=120000
    )
    report = window.import_dialog.finished_report
    (stored,) = store_rows(empty, "SELECT count(*) FROM documents")[0]
    assert len(report.imported) == stored > 1000
    # empty records and a crawler's one-word leftovers ("Array"), named one by one
    assert {p.code for p in report.problems} <= {"record-no-text", "no-article-text"}
    qtbot.waitUntil(lambda: window.count_label.text() == f"الوثائق: {stored:,}", timeout=30000)
    qtbot.waitUntil(lambda: shown(window) == window.model.id_at(0), timeout=10000)
    window.import_dialog.close()
    window.close()


def open_window_empty(qtbot, folder: Path):  # type: ignore[no-untyped-def]
    from kashshaf.ui.mainwindow import MainWindow

    window = MainWindow(folder)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.workspace is not None and window.count_label.text() == "الوثائق: 0", timeout=30000)
    return window


def test_the_reader_follows_every_new_list(qtbot, window_on) -> None:  # type: ignore[no-untyped-def]
    window = window_on
    for query in ("داعش", "الحوثي", "source:عكاظ", "الملك سلمان", "date:2015-08-10 اليمن"):
        type_query(qtbot, window, query)
        qtbot.waitUntil(
            lambda q=query: (
                window.model.searching
                and window.search_bar.query() == q
                and window.model.rowCount() > 0
                and shown(window) == window.model.id_at(0)
            ),
            timeout=20000,
        )
        if not query.startswith("source:"):
            qtbot.waitUntil(lambda: window.reader.hit_count > 0, timeout=10000)
    # an entity from the corpus list
    window.search_bar.edit.clear()
    pane = window.entities.corpus_pane
    qtbot.waitUntil(lambda: pane.model.entity_count() > 0, timeout=20000)
    entity = pane.model.entities()[0]
    window.listing.set_entity(entity.id)
    qtbot.waitUntil(
        lambda: (
            window.entity_id == entity.id
            and window.model.total == entity.documents
            and shown(window) == window.model.id_at(0)
        ),
        timeout=20000,
    )
    qtbot.waitUntil(lambda: any(m.entity_id == entity.id for m in window.reader.mentions), timeout=10000)


def test_the_filter_bar_on_real_dates(qtbot, window_on) -> None:  # type: ignore[no-untyped-def]
    window = window_on
    corpus = window.corpus_dir
    day = DAYS[0]
    (expected,) = store_rows(
        corpus, "SELECT count(*) FROM documents WHERE substr(coalesce(date, retrieved), 1, 10) = ?", day
    )[0]
    bar = window.filter_bar
    bar.from_edit.setDate(QDate.fromString(day, "yyyy-MM-dd"))
    bar.to_edit.setDate(QDate.fromString(day, "yyyy-MM-dd"))
    bar.from_check.setChecked(True)
    bar.to_check.setChecked(True)
    qtbot.waitUntil(lambda: window.model.rowCount() == expected, timeout=20000)
    assert window.count_label.text() == f"الوثائق: {expected:,} (بعد التصفية)"
    rows = window.workspace.rows(window.model.ids())
    assert {r.date[:10] for r in rows.values() if r.date} == {day}
    qtbot.waitUntil(lambda: shown(window) == window.model.id_at(0), timeout=10000)


def test_a_names_spellings_a_misspelling_and_exact_match(qtbot, window_on) -> None:  # type: ignore[no-untyped-def]
    """بوتين~ finds the articles that spell the name بوتن too; unticking a spelling searches the others,
    and the search box says what was searched."""
    window = window_on
    ws = window.workspace
    strip = window.variants.strip
    spellings = [v.word for v, _n in ws.variants("بوتين")]
    assert spellings[:2] == ["بوتين", "بوتن"]
    type_query(qtbot, window, "بوتين~")
    qtbot.waitUntil(lambda: strip.box("بوتن") is not None and window.model.searching, timeout=20000)
    assert window.model.total == ws.search("بوتين~").total > ws.search("بوتين").total  # بوتن's articles too
    strip.box("بوتن").click()
    rest = [s for s in spellings if s != "بوتن"]
    kept = rest[0] if len(rest) == 1 else "(" + " OR ".join(rest) + ")"
    qtbot.waitUntil(lambda: window.search_bar.query() == kept, timeout=20000)
    qtbot.waitUntil(lambda: window.model.total == ws.search(kept).total, timeout=20000)
    assert window.model.total < ws.search("بوتين~").total

    type_query(qtbot, window, "كلينتوم")  # misspelt
    qtbot.waitUntil(lambda: window.list_pane.suggestion_label.isVisible(), timeout=20000)
    assert window.list_pane.suggestion == "كلينتون"
    assert not strip.isVisible()
    window.list_pane.suggestion_label.linkActivated.emit("suggestion")
    qtbot.waitUntil(lambda: window.model.total == ws.search("كلينتون").total > 0, timeout=20000)

    stemmed = ws.search("بالرياض").total
    exact = ws.search("بالرياض", exact=True).total
    assert exact < stemmed
    type_query(qtbot, window, "بالرياض")
    qtbot.waitUntil(lambda: window.model.total == stemmed, timeout=20000)
    window.search_bar.exact_action.trigger()
    qtbot.waitUntil(lambda: window.model.total == exact, timeout=20000)
    assert window.hit_label.text() == f"النتائج: {exact:,} (مطابقة تامة)"
    window.search_bar.exact_action.trigger()


def test_switching_to_another_corpus(qtbot, window_on, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = window_on
    type_query(qtbot, window, "داعش")
    qtbot.waitUntil(lambda: window.model.searching and window.reader.hit_count > 0, timeout=20000)
    big = window.count_label.text(), window.hit_label.text(), shown(window)
    type_query(qtbot, window, "بوتين~")  # its spellings shown: this corpus', gone with it
    qtbot.waitUntil(lambda: window.variants.strip.isVisible(), timeout=20000)
    from kashshaf.core.workspace import Workspace

    seeds = tmp_path / "seeds"
    with Workspace(seeds) as ws:
        ws.import_paths([SEEDS])
        seed_ids = set(ws.browse())
    window.corpus.open(seeds)
    qtbot.waitUntil(lambda: window.corpus_dir == seeds and window.count_label.text() == "الوثائق: 5", timeout=20000)
    qtbot.waitUntil(lambda: shown(window) in seed_ids, timeout=10000)
    assert window.hit_label.text() == ""
    assert window.reader.hit_label.text() == ""
    assert big[1].startswith("النتائج")
    assert big[2] not in seed_ids
    assert window.search_bar.query() == ""
    assert window.model.rowCount() == 5
    assert not window.variants.strip.isVisible()
