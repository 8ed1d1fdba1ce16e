"""The concordance dock in the window (seeds corpus): it follows the search, a click (or Enter) on a
line opens the reader at that occurrence, a line is kept as an excerpt, sorting and the filter
rearrange the lines, the CSV export, an entity's mentions."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from tests.ui.windowing import wait_settled

from kashshaf.core.analysis import Scope
from kashshaf.core.analysis.kwic import DOC, END, KEYS, START, ConcordanceReleased, concordance


def kwic(qtbot, window, query: str):  # type: ignore[no-untyped-def]
    """The dock shown, ``query`` searched, every line read and the first page's text there."""
    dock = window.analysis.dock("kwic")
    dock.show()
    dock.raise_()
    window.search_bar.set_query(query)
    qtbot.waitUntil(lambda: dock.builder is not None and dock.builder.conc.scope.text == query, timeout=20000)
    qtbot.waitUntil(lambda: dock.builder.done and dock.model.rowCount() == len(dock.builder.conc), timeout=20000)
    qtbot.waitUntil(lambda: dock.model.line(0) is not None, timeout=10000)
    wait_settled(qtbot, window)
    return dock


def click_row(qtbot, dock, row: int) -> None:  # type: ignore[no-untyped-def]
    table = dock.table
    index = dock.model.index(row, 1)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())


def select_rows(dock, rows: list[int]) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QItemSelectionModel

    chosen = dock.table.selectionModel()
    chosen.clearSelection()
    for row in rows:
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        chosen.select(dock.model.index(row, 0), flags)


def second_in_its_document(dock) -> int:  # type: ignore[no-untyped-def]
    """A row whose occurrence is not its document's first (the reader does not start there)."""
    seen: set[str] = set()
    for row in range(dock.model.rowCount()):
        line = dock.model.line(row)
        assert line is not None
        if line.doc_id in seen:
            return row
        seen.add(line.doc_id)
    raise AssertionError("no document with two lines")


def test_the_dock_lists_the_lines_of_the_search(qtbot, window, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    dock = kwic(qtbot, window, "روسيا")
    expected = concordance(window.workspace, Scope("روسيا"))
    assert dock.model.rowCount() == len(expected) == 19
    shown = [dock.model.line(r) for r in range(dock.model.rowCount())]
    assert [(x.doc_id, x.start, x.end) for x in shown] == [
        (expected.doc_ids[o[DOC]], o[START], o[END]) for o in expected.occurrences
    ]
    assert dock.count_label.text() == dock.tr("{n} lines in {docs} documents").format(n="19", docs="5")
    # the lines are Arabic: the context before stands right of the keyword, in either language
    assert dock.table.layoutDirection() == Qt.LayoutDirection.RightToLeft
    before = dock.table.visualRect(dock.model.index(0, 0))
    keyword = dock.table.visualRect(dock.model.index(0, 1))
    after = dock.table.visualRect(dock.model.index(0, 2))
    assert before.left() > keyword.left() > after.left()
    qtmodeltester.check(dock.model)


def test_clicking_a_line_opens_the_reader_at_that_occurrence(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dock = kwic(qtbot, window, "روسيا")
    row = second_in_its_document(dock)
    line = dock.model.line(row)
    other = next(r for r in range(dock.model.rowCount()) if dock.model.line(r).doc_id != line.doc_id)
    click_row(qtbot, dock, other)  # another document first: the reader must move
    qtbot.waitUntil(lambda: window.reader.document.id == dock.model.line(other).doc_id, timeout=10000)
    wait_settled(qtbot, window)
    click_row(qtbot, dock, row)
    reader = window.reader
    qtbot.waitUntil(lambda: reader.document is not None and reader.document.id == line.doc_id, timeout=10000)
    wait_settled(qtbot, window)
    assert reader.selected_offsets() == (line.start, line.end)
    assert reader.selected_text() == line.keyword
    assert reader.hits[reader.current_hit - 1] == (line.start, line.end)
    assert reader.current_hit > 1  # not the document's first hit, where a new document starts
    cursor = reader.view.cursorRect()
    assert reader.view.viewport().rect().contains(cursor.center())  # scrolled to it


def test_enter_on_a_line_opens_it_too(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dock = kwic(qtbot, window, "الإدارة")
    row = dock.model.rowCount() - 1
    line = dock.model.line(row)
    if line is None:
        qtbot.waitUntil(lambda: dock.model.line(row) is not None, timeout=10000)
        line = dock.model.line(row)
    dock.table.setFocus()
    dock.table.setCurrentIndex(dock.model.index(row, 1))
    qtbot.keyClick(dock.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.reader.document is not None and window.reader.document.id == line.doc_id)
    wait_settled(qtbot, window)
    assert window.reader.selected_offsets() == (line.start, line.end)


def test_keep_a_line_as_an_excerpt(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dock = kwic(qtbot, window, "روسيا")
    line = dock.model.line(3)
    select_rows(dock, [3])
    dock.keep_button.click()
    ws = window.workspace
    qtbot.waitUntil(lambda: len(ws.excerpts.all()) == 1, timeout=10000)
    (kept,) = ws.excerpts.all()
    text = ws.document(line.doc_id).clean_text
    assert (kept.doc_id, kept.start, kept.end) == (line.doc_id, line.context_start, line.context_end)
    assert kept.text == text[line.context_start : line.context_end]
    assert line.keyword in kept.text
    # the line as shown: the keyword at its place, the context before and after around it
    assert kept.text[line.start - kept.start : line.end - kept.start] == line.keyword
    assert " ".join(kept.text[: line.start - kept.start].split()) == line.before
    assert " ".join(kept.text[line.end - kept.start :].split()) == line.after
    # several lines at once are one step to undo
    select_rows(dock, [5, 6, 7])
    dock.keep_button.click()
    qtbot.waitUntil(lambda: len(ws.excerpts.all()) == 4, timeout=10000)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: len(ws.excerpts.all()) == 1, timeout=10000)


def test_sorting_and_the_filter_rearrange_the_lines(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dock = kwic(qtbot, window, "سوريا")
    conc = dock.builder.conc
    dock.sort_box.setCurrentIndex(dock.sort_box.findData("R1"))
    qtbot.waitUntil(lambda: dock.model.order == conc.order("R1"), timeout=10000)
    qtbot.waitUntil(lambda: dock.model.line(0) is not None, timeout=10000)
    firsts = [conc.occurrences[i][KEYS][3] or "\U0010ffff" for i in dock.model.order]
    assert firsts == sorted(firsts)
    dock.filter_edit.setText("روسيا")
    expected = conc.arrange(window.workspace, "R1", "روسيا")
    assert 0 < len(expected) < len(conc)
    qtbot.waitUntil(lambda: dock.model.order == expected, timeout=10000)
    qtbot.waitUntil(lambda: dock.model.line(0) is not None, timeout=10000)
    for row in range(dock.model.rowCount()):
        line = dock.model.line(row) or pytest.fail("a line without its text")
        assert "روسيا" in f"{line.before} {line.after}" or "لروسيا" in f"{line.before} {line.after}"
    assert dock.count_label.text().startswith(f"{len(expected)} ")


def test_export_to_csv(qtbot, window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kashshaf.ui.filedialogs import FileDialogs

    dock = kwic(qtbot, window, "داعش")
    target = tmp_path / "kwic.csv"
    proposed = []
    monkeypatch.setattr(
        FileDialogs, "save", lambda _d, _t, name, _f: proposed.append(name) or (str(target), "CSV (*.csv)")
    )
    dock.export_csv()
    qtbot.waitUntil(target.exists, timeout=10000)
    # the name proposed says what it is and of which query (in the window's language), and when
    assert re.fullmatch(r"سياقات-داعش-\d{4}-\d\d-\d\d\.csv", proposed[0]), proposed
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    # the header in the window's language (Arabic here), a column for each of CSV_COLUMNS
    assert rows[0] == [
        "الوثيقة",
        "التاريخ",
        "نوع التاريخ",
        "المصدر",
        "العنوان",
        "ما قبلها",
        "الكلمة",
        "ما بعدها",
        "البداية",
        "النهاية",
    ]
    assert len(rows) - 1 == dock.model.rowCount() == 11
    for row in rows[1:]:
        # the date's kind in Arabic too (published, retrieved); none for a document without a date
        assert row[2] in (("نشر", "اطلاع") if row[1] else ("",))
        text = window.workspace.document(row[0]).clean_text
        assert text[int(row[8]) : int(row[9])] == row[6]


def test_an_entitys_mentions_and_a_click_on_one(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    ws = window.workspace
    entity = next(e for e in ws.entities.all() if e.name == "قوات سوريا الديمقراطية")
    dock = window.analysis.dock("kwic")
    dock.show()
    window.search_bar.set_query("")
    window.listing.set_entity(entity.id)
    qtbot.waitUntil(lambda: dock.builder is not None and dock.builder.conc.scope.entity == entity.id, timeout=20000)
    qtbot.waitUntil(lambda: dock.builder.done and dock.model.rowCount() == entity.mentions, timeout=20000)
    qtbot.waitUntil(lambda: dock.model.line(0) is not None, timeout=10000)
    wait_settled(qtbot, window)
    row = second_in_its_document(dock)
    line = dock.model.line(row)
    click_row(qtbot, dock, row)
    qtbot.waitUntil(lambda: window.reader.document is not None and window.reader.document.id == line.doc_id)
    wait_settled(qtbot, window)
    reader = window.reader
    assert reader.stepping_mentions
    assert reader.selected_offsets() == (line.start, line.end)
    mentions = sorted((m.start, m.end) for m in reader.mentions if m.entity_id == entity.id)
    assert mentions[reader.current_hit - 1] == (line.start, line.end)


def test_no_words_and_no_entity_says_what_to_do(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dock = window.analysis.dock("kwic")
    dock.show()
    window.search_bar.set_query("روسيا")
    qtbot.waitUntil(lambda: dock.model.rowCount() > 0, timeout=20000)
    window.search_bar.set_query("")
    qtbot.waitUntil(lambda: dock.model.rowCount() == 0 and dock.status.isVisible(), timeout=20000)
    assert dock.status.text()


def test_another_corpus_while_the_lines_are_read(qtbot, window, tmp_path, seeds_corpus_template) -> None:  # type: ignore[no-untyped-def]
    import shutil

    dock = window.analysis.dock("kwic")
    dock.show()
    window.search_bar.set_query("سوريا")
    qtbot.waitUntil(lambda: dock.builder is not None, timeout=20000)
    other = tmp_path / "other"
    shutil.copytree(seeds_corpus_template, other)
    old = window.workspace
    window.corpus.open(other)
    qtbot.waitUntil(lambda: window.workspace is not old and window.workspace is not None, timeout=20000)
    wait_settled(qtbot, window)
    # the lines shown are the new corpus' (read from it), never the last one's
    assert dock.builder is None or dock.builder.ws is window.workspace
    if dock.model.rowCount():
        line = dock.model.line(0) or pytest.fail("no text")
        assert window.workspace.document(line.doc_id).clean_text[line.start : line.end] == line.keyword


def test_add_all_lines_to_excerpts(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dock = kwic(qtbot, window, "داعش")
    n = dock.model.rowCount()
    dock.keep_all()
    ws = window.workspace
    qtbot.waitUntil(lambda: len(ws.excerpts.all()) == n, timeout=20000)
    kept = sorted((e.doc_id, e.start, e.end) for e in ws.excerpts.all())
    lines = [dock.model.line(r) for r in range(n)]
    assert kept == sorted((x.doc_id, x.context_start, x.context_end) for x in lines)
    window.undo_stack.undo()  # one step
    qtbot.waitUntil(lambda: not ws.excerpts.all(), timeout=20000)


def test_the_count_says_when_a_title_alone_holds_the_words(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The list counts a document whose title alone has the words; the concordance has no line for it
    (its lines are the text's) and says so, rather than a document count that disagrees with the list's."""
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "عنوان.txt").write_text(
        "زمردستان تعلن موقفا جديدا\n\nقالت مصادر محلية إن الحكومة أعلنت اليوم موقفها من التطورات الأخيرة في المنطقة.\n",
        encoding="utf-8",
    )
    window.jobs.start_import([folder])
    qtbot.waitUntil(lambda: window.import_dialog.finished_report is not None, timeout=30000)
    window.import_dialog.close()
    dock = window.analysis.dock("kwic")
    dock.show()
    dock.raise_()
    window.search_bar.set_query("زمردستان")
    qtbot.waitUntil(lambda: dock.builder is not None and dock.builder.conc.scope.text == "زمردستان", timeout=20000)
    qtbot.waitUntil(lambda: dock.builder.done, timeout=20000)
    wait_settled(qtbot, window)
    assert window.model.rowCount() == 1  # the list finds the title
    assert dock.model.rowCount() == 0
    assert dock.count_label.text() == dock.tr(
        "{n} lines in {docs} of the {all} documents (words of a title are not lines)"
    ).format(n="0", docs="0", all="1")


def test_a_line_whose_document_the_list_has_not_read_leaves_no_other_row_chosen(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The list reads its rows a page at a time: a line of a document not read yet opens the reader there,
    and the row chosen before no longer looks like the one being read (a new user's finding)."""
    dock = kwic(qtbot, window, "روسيا")
    line = dock.model.line(0)
    others = [i for i in window.workspace.browse() if i != line.doc_id]
    window.model.set_browse(others)  # as if the line's document were beyond the rows read
    window.list_view.setCurrentIndex(window.model.index(0, 0))
    assert window.list_view.selectionModel().selectedRows()
    dock.open_line(line)
    qtbot.waitUntil(lambda: window.reader.document is not None and window.reader.document.id == line.doc_id)
    assert window.list_view.selectionModel().selectedRows() == []


def test_the_next_query_frees_the_last_concordance_on_the_worker_after_what_was_asked_of_it(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """A new query lets the last concordance's lines go on the worker (a block at a time: the window's
    thread froze 20-40 ms freeing 20,000-40,000 lines when it dropped the last reference); lines kept just
    before the next query are all kept all the same, as nothing annotated may be lost."""
    dock = kwic(qtbot, window, "داعش")
    old = dock.builder.conc
    n = len(old)
    expected = sorted((x.doc_id, x.context_start, x.context_end) for x in old.lines(window.workspace, range(n)))
    assert n > 1
    dock.keep_all()
    window.search_bar.set_query("روسيا")  # at once: the keep and the release are on the same lane, in order
    ws = window.workspace
    qtbot.waitUntil(lambda: len(ws.excerpts.all()) == n, timeout=20000)
    assert sorted((e.doc_id, e.start, e.end) for e in ws.excerpts.all()) == expected
    qtbot.waitUntil(lambda: dock.builder is not None and dock.builder.conc.scope.text == "روسيا", timeout=20000)
    qtbot.waitUntil(lambda: not old.occurrences, timeout=20000)  # released
    with pytest.raises(ConcordanceReleased):  # never fewer lines than asked for: a page read late is dropped
        old.lines(ws, range(n))
    assert len(dock.builder.conc) > 0


def test_a_query_answered_while_the_export_dialog_is_open_writes_nothing_and_says_so(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The dialog runs its own event loop: a query typed before may be answered while it is open, and its
    concordance replaces (and lets go of) the one the export was asked of. Nothing is written, rather than a
    file of a header alone under a message that says every line was."""
    from kashshaf.ui.filedialogs import FileDialogs

    dock = kwic(qtbot, window, "داعش")
    target = tmp_path / "kwic.csv"

    def choose_while_the_next_query_comes(*_args):  # type: ignore[no-untyped-def]
        window.search_bar.set_query("روسيا")
        qtbot.waitUntil(lambda: dock.builder is not None and dock.builder.conc.scope.text == "روسيا", timeout=20000)
        return str(target), "CSV (*.csv)"

    monkeypatch.setattr(FileDialogs, "save", choose_while_the_next_query_comes)
    dock.export_csv()
    wait_settled(qtbot, window)
    assert not target.exists()
    assert "تغيّر" in window.statusBar().currentMessage()
