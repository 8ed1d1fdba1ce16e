"""File → Search a list… in the window: a list file chosen through the file dialog (the boundary the tests
stand in for), searched in the background, its table (Arabic dates, a bad line's reason in its row,
sorting), a row opened as a search in the main window, and the table exported to CSV."""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from tests.ui.windowing import open_window, wait_settled

from kashshaf.core.bidi import strip_isolates
from kashshaf.core.workspace import Workspace
from kashshaf.ui.app import settings
from kashshaf.ui.batch import COLUMNS, BatchModel
from kashshaf.ui.filedialogs import FileDialogs

LIST = "# seeds\nداعش\nقسد\n\nالإدارة الذاتية\ndate:2015-13\nكلمةلاتوجد\n"


def run_list(qtbot, window, monkeypatch, tmp_path: Path, text: str = LIST):  # type: ignore[no-untyped-def]
    path = tmp_path / "أسماء.txt"
    path.write_text(text, encoding="utf-8")
    chosen: list[str] = []

    def open_file(_self: FileDialogs, title: str, filters: str) -> str:
        chosen.append(filters)
        return str(path)

    monkeypatch.setattr(FileDialogs, "open_file", open_file)
    window.batch_action.trigger()  # File → Search a list…
    assert chosen
    assert "*.csv" in chosen[0]
    assert "*.txt" in chosen[0]
    qtbot.waitUntil(lambda: window.batch.dialog is not None and window.batch.dialog.isVisible(), timeout=10000)
    dialog = window.batch.dialog
    qtbot.waitUntil(lambda: not dialog.running and dialog.model.rowCount() > 0, timeout=30000)
    return dialog


def cell(dialog, row: int, column: str) -> str:  # type: ignore[no-untyped-def]
    """A cell's text as a reader reads it (a query is shown as an isolate of its own direction)."""
    return strip_isolates(str(dialog.proxy.index(row, COLUMNS.index(column)).data() or ""))


def row_of(dialog, query: str) -> int:  # type: ignore[no-untyped-def]
    (row,) = [r for r in range(dialog.proxy.rowCount()) if cell(dialog, r, "query") == query]
    return row


def test_a_list_from_a_file_fills_the_table_and_a_row_opens_its_search(qtbot, window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = run_list(qtbot, window, monkeypatch, tmp_path)
    ws: Workspace = window.workspace
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    headers = [dialog.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))]
    assert headers[:5] == ["الاستعلام", "مرات الورود", "الوثائق", "أول تاريخ", "آخر تاريخ"]
    # the list's own order, each query as searched (a name of two words: a phrase)
    queries = [cell(dialog, r, "query") for r in range(dialog.proxy.rowCount())]
    assert queries == ["داعش", "قسد", '"الإدارة الذاتية"', "date:2015-13", "كلمةلاتوجد"]
    for r, query in enumerate(queries):
        if query == "date:2015-13":
            continue
        (counted,) = ws.batch_search([query])
        assert cell(dialog, r, "hits") == f"{counted.hits:,}", query  # occurrences
        assert cell(dialog, r, "documents") == f"{ws.search(query).total:,}", query
    assert (cell(dialog, 0, "hits"), cell(dialog, 0, "documents")) == ("11", "2")  # داعش: 11 times in 2
    # dates as the list shows them, in Arabic; documents without a date said so
    qsd = row_of(dialog, "قسد")
    assert cell(dialog, qsd, "first") == "13 فبراير 2021"
    assert cell(dialog, qsd, "last") == "12 نوفمبر 2022"
    assert cell(dialog, qsd, "note") == "بلا تاريخ: 3"
    assert cell(dialog, row_of(dialog, "كلمةلاتوجد"), "hits") == "0"
    # a line that cannot be read says why in its row, in Arabic; the rest of the list went on
    bad = row_of(dialog, "date:2015-13")
    assert cell(dialog, bad, "hits") == "—"
    assert "ليس تاريخًا" in strip_isolates(cell(dialog, bad, "note"))
    summary = strip_isolates(dialog.summary.text())
    assert summary.startswith("القائمة: أسماء.txt")
    assert "الاستعلامات: 5" in summary
    assert "تعذّرت قراءتها: 1" in summary

    # sortable: most hits first; the list's own order again on a third click
    dialog.table.sortByColumn(COLUMNS.index("hits"), Qt.SortOrder.DescendingOrder)
    assert cell(dialog, 0, "query") == "قسد"
    assert cell(dialog, dialog.proxy.rowCount() - 1, "query") == "date:2015-13"  # no count: last
    dialog.table.sortByColumn(COLUMNS.index("first"), Qt.SortOrder.AscendingOrder)
    dated = [cell(dialog, r, "first") for r in range(dialog.proxy.rowCount()) if cell(dialog, r, "first")]
    assert dated[0] == "13 فبراير 2021"
    assert dated[-1] == "12 نوفمبر 2022"

    # Enter on a row lists its documents in the main window, as many as the row says
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(dialog.proxy.index(row_of(dialog, "داعش"), 0))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.search_bar.query() == "داعش", timeout=5000)
    wait_settled(qtbot, window)
    assert window.model.rowCount() == 2
    assert window.hit_label.text() == "النتائج: 2"
    assert {window.model.id_at(r) for r in range(2)} == {h.id for h in ws.search("داعش").hits}
    assert dialog.isVisible()  # the table stays beside the window

    # the button does the same, and a phrase is opened as the phrase it was searched as;
    # an entity or a filter the window had is dropped, so the list holds what the row counted
    window.filter_bar.choose_outlet("turkeyarabic")
    wait_settled(qtbot, window)
    dialog.table.setCurrentIndex(dialog.proxy.index(row_of(dialog, '"الإدارة الذاتية"'), 0))
    dialog.open_button.click()
    qtbot.waitUntil(lambda: window.search_bar.query() == '"الإدارة الذاتية"', timeout=5000)
    wait_settled(qtbot, window)
    assert not window.filter_bar.filters()
    assert window.model.rowCount() == ws.search('"الإدارة الذاتية"').total == 5  # every seed, whatever clitics

    # a double click too
    index = dialog.proxy.index(row_of(dialog, "قسد"), 0)
    rect = dialog.table.visualRect(index)
    # a real double click presses first; QTest's sends the double click alone
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.search_bar.query() == "قسد", timeout=5000)
    wait_settled(qtbot, window)
    assert window.model.rowCount() == 5


def test_a_list_follows_the_exact_match_toggle(qtbot, window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window.search_bar.exact_action.trigger()  # words as written
    dialog = run_list(qtbot, window, monkeypatch, tmp_path, "بالإدارة\nالإدارة الذاتية\n")
    ws: Workspace = window.workspace
    assert cell(dialog, 0, "documents") == f"{ws.search('بالإدارة', exact=True).total:,}" == "1"
    assert "كما كُتبت" in dialog.summary.text()
    window.search_bar.exact_action.trigger()  # off in the window: the row still opens as the list searched it
    wait_settled(qtbot, window)
    dialog.table.setCurrentIndex(dialog.proxy.index(0, 0))
    dialog.open_button.click()
    qtbot.waitUntil(lambda: window.search_bar.query() == "بالإدارة", timeout=5000)
    wait_settled(qtbot, window)
    assert window.search_bar.exact()
    assert window.model.rowCount() == 1


def test_the_table_exports_to_csv_in_its_order(qtbot, window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = run_list(qtbot, window, monkeypatch, tmp_path)
    dialog.table.sortByColumn(COLUMNS.index("hits"), Qt.SortOrder.DescendingOrder)
    target = tmp_path / "out" / "نتائج"  # no extension: .csv is added
    target.parent.mkdir()
    monkeypatch.setattr(FileDialogs, "save", lambda *a, **k: (str(target), "CSV (*.csv)"))
    dialog.export_button.click()
    written = target.with_name("نتائج.csv")
    qtbot.waitUntil(written.exists, timeout=5000)
    data = written.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)  # so a spreadsheet reads the Arabic
    header, *rows = csv.reader(io.StringIO(data.decode("utf-8-sig")))
    assert header[:5] == ["line", "text", "query", "hits", "documents"]
    assert [row[2] for row in rows] == ["قسد", '"الإدارة الذاتية"', "داعش", "كلمةلاتوجد", "date:2015-13"]
    by_query = {row[2]: dict(zip(header, row, strict=True)) for row in rows}
    assert by_query["قسد"]["first_date"] == "2021-02-13T08:34"
    assert by_query["قسد"]["last_date_kind"] == "published"
    assert by_query["قسد"]["line"] == "3"
    assert by_query['"الإدارة الذاتية"']["text"] == "الإدارة الذاتية"
    assert "ليس تاريخًا" in by_query["date:2015-13"]["error"]  # the reason as the window words it
    assert "\u2068" not in by_query["date:2015-13"]["error"]  # no bidi marks in a file for programs
    assert strip_isolates(dialog.note.text()).endswith("نتائج.csv")


def test_an_unreadable_list_is_named_with_its_reason(qtbot, window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    path = tmp_path / "names.txt"
    path.write_bytes(b"\x00\x01\x02" * 100)
    monkeypatch.setattr(FileDialogs, "open_file", lambda *a, **k: str(path))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: warned.append(text))
    window.batch_action.trigger()
    qtbot.waitUntil(lambda: bool(warned), timeout=5000)
    text = strip_isolates(warned[0])
    assert text.startswith("تعذّرت قراءة القائمة names.txt: ")
    assert "بيانات ثنائية" in text or "ثنائي" in text
    assert window.batch.dialog is None or not window.batch.dialog.isVisible()


def test_cancel_keeps_what_was_searched(qtbot, window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    names = "\n".join(f"روسيا {i}" for i in range(6000))  # long enough that a cancel arrives before the end
    path = tmp_path / "long.txt"
    path.write_text(names, encoding="utf-8")
    monkeypatch.setattr(FileDialogs, "open_file", lambda *a, **k: str(path))
    window.batch_action.trigger()
    qtbot.waitUntil(lambda: window.batch.dialog is not None and window.batch.dialog.bar.value() > 0, timeout=30000)
    dialog = window.batch.dialog
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=30000)
    assert 0 < dialog.model.rowCount() < 6000
    assert "أُلغي البحث بعد" in dialog.summary.text()
    assert window.batch.running is None


def test_the_model(qtmodeltester, corpus_dir) -> None:  # type: ignore[no-untyped-def]
    with Workspace(corpus_dir) as ws:
        model = BatchModel()
        qtmodeltester.check(model)  # empty
        model.set_results(ws.batch_search(["قسد", "date:2015-13", "كلمةلاتوجد"]), {1: "سبب"})
        qtmodeltester.check(model)
        assert model.index(1, COLUMNS.index("note")).data() == "سبب"


def test_the_english_table(qtbot, qapp, corpus_dir, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from kashshaf.ui.app import make_application

    settings().setValue("language", "en")
    make_application(language="en")
    try:
        window = open_window(qtbot, corpus_dir)
        dialog = run_list(qtbot, window, monkeypatch, tmp_path)
        assert dialog.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert dialog.proxy.headerData(0, Qt.Orientation.Horizontal) == "Query"
        qsd = row_of(dialog, "قسد")
        assert cell(dialog, qsd, "first") == "13 February 2021"
        assert cell(dialog, qsd, "note") == "3 without a date"
        assert "is not a date" in strip_isolates(cell(dialog, row_of(dialog, "date:2015-13"), "note"))
        assert strip_isolates(dialog.summary.text()).startswith("List: أسماء.txt · Queries: 5")
        window.close()
    finally:
        settings().setValue("language", "ar")
        make_application(language="ar")
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
