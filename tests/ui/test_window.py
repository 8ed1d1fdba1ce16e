"""The main window on the seeds corpus, driven as a user would."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontInfo, QGuiApplication, QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication
from tests.ui.windowing import open_window, wait_settled

from kashshaf.core.arabic.normalize import normalize_ar
from kashshaf.ui.app import READER_FAMILY, UI_FAMILY, settings
from kashshaf.ui.entities import ENTITY_ID_ROLE


def select_in_reader(reader, start: int, end: int) -> None:  # type: ignore[no-untyped-def]
    """Select clean-text offsets start..end in the reader, as a mouse drag would."""
    cursor = QTextCursor(reader.view.document())
    cursor.setPosition(reader.position_of(start))
    cursor.setPosition(reader.position_of(end), QTextCursor.MoveMode.KeepAnchor)
    reader.view.setTextCursor(cursor)


def type_query(qtbot, window, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``text`` key by key (QTest's keyClicks only knows ASCII keys, so the
    events carry the Arabic characters as their text, as a keyboard layout does),
    then let the debounce clock run out at once (the search bar's ``flush``), as a
    pause in the typing does, instead of sleeping it out."""
    edit = window.search_bar.edit
    edit.setFocus()
    edit.selectAll()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(edit, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
    assert window.search_bar.search_pending  # the search waits for the typing to stop
    window.search_bar.flush()


def test_layout_is_right_to_left_with_bundled_fonts(window, app: QApplication) -> None:  # type: ignore[no-untyped-def]
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    reader_x = window.reader.mapTo(window, window.reader.rect().center()).x()
    list_x = window.documents_dock.mapTo(window, window.documents_dock.rect().center()).x()
    entities_x = window.entities_dock.mapTo(window, window.entities_dock.rect().center()).x()
    assert entities_x < reader_x < list_x  # list on the right, entities on the left
    assert window.menuBar().actions()[0].text() == "ملف"  # translated
    assert QFontInfo(app.font()).family() == UI_FAMILY
    assert QFontInfo(window.reader.view.font()).family() == READER_FAMILY


def test_typing_filters_the_list_and_highlights_the_reader(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    sent: list[str] = []
    window.search_bar.search_requested.connect(sent.append)
    type_query(qtbot, window, "داعش")
    qtbot.waitUntil(lambda: window.model.searching and window.model.rowCount() == 2, timeout=10000)
    assert sent == ["داعش"]  # one search after typing stopped, not one per key
    assert window.hit_label.text() == "النتائج: 2"
    qtbot.waitUntil(lambda: window.reader.hit_count > 0, timeout=10000)
    doc = window.reader.document
    assert doc.id in window.model.ids()
    for start, end in window.reader.hits:
        folded = normalize_ar(doc.clean_text[start:end]).replace(".", "").replace(" ", "")
        assert "داعش" in folded or folded.startswith("داع"), doc.clean_text[start:end]
    # the highlighted passage of the current hit is what the reader's cursor shows
    assert window.reader.current_hit == 1
    assert window.reader.hit_label.text() == f"النتيجة 1 من {window.reader.hit_count}"


def test_next_and_previous_hit(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    type_query(qtbot, window, "روسيا")
    qtbot.waitUntil(lambda: window.model.searching and window.reader.hit_count > 2, timeout=10000)
    reader = window.reader
    n = reader.hit_count
    assert reader.current_hit == 1
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert reader.current_hit == 2
    position = reader.view.textCursor().position()
    assert position == reader.position_of(reader.hits[1][1])
    qtbot.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert reader.current_hit == n  # wraps to the last
    assert reader.hit_label.text() == f"النتيجة {n} من {n}"


def test_invalid_query_shows_a_message_not_a_crash(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    type_query(qtbot, window, '"روسيا')
    qtbot.waitUntil(lambda: window.search_bar.message.isVisible(), timeout=10000)
    assert "غير مغلقة" in window.search_bar.message.text()
    type_query(qtbot, window, "روسيا")
    qtbot.waitUntil(lambda: not window.search_bar.message.isVisible() and window.model.searching, timeout=10000)


def test_clearing_the_query_lists_every_document_again(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    type_query(qtbot, window, "داعش")
    qtbot.waitUntil(lambda: window.model.searching, timeout=10000)
    window.search_bar.edit.clear()
    qtbot.waitUntil(lambda: not window.model.searching and window.model.rowCount() == 5, timeout=10000)
    assert window.count_label.text() == "الوثائق: 5"


def test_history_and_saved_searches(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    for query in ("روسيا", "داعش"):
        type_query(qtbot, window, query)
        qtbot.keyClick(window.search_bar.edit, Qt.Key.Key_Return)
    qtbot.keyClick(window.search_bar.edit, Qt.Key.Key_Up)
    assert window.search_bar.query() == "داعش"
    qtbot.keyClick(window.search_bar.edit, Qt.Key.Key_Up)
    assert window.search_bar.query() == "روسيا"
    window.saved.save("روسيا وحدها")
    actions = [a.text() for a in window.saved_menu.actions()]
    assert actions == ["روسيا وحدها"]
    window.search_bar.edit.clear()
    window.saved_menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: window.model.searching and window.search_bar.query() == "روسيا", timeout=10000)


def test_entity_click_filters_the_list_and_marks_the_reader(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    ws = window.workspace
    # the seeds' extracted entities: لافرنتييف is named in two of the five documents
    person = next(e for e in ws.entities.all() if e.name == "ألكسندر لافرنتييف")
    tagged = {h.id for h in ws.search("", entity=person.id, limit=None).hits}
    assert len(tagged) == person.documents == 2
    pane = window.entities.corpus_pane
    qtbot.waitUntil(lambda: pane.model.entity_count() == len(ws.entities.all()), timeout=10000)
    view = pane.view
    proxy = view.model()
    index = next(
        proxy.index(r, 0, proxy.index(g, 0))
        for g in range(proxy.rowCount())
        for r in range(proxy.rowCount(proxy.index(g, 0)))
        if proxy.index(r, 0, proxy.index(g, 0)).data(ENTITY_ID_ROLE) == person.id
    )
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    qtbot.waitUntil(lambda: window.entity_id == person.id and window.model.rowCount() == 2, timeout=10000)
    assert set(window.model.ids()) == tagged
    assert window.search_bar.chip.isVisible()
    assert person.name in window.search_bar.chip.text()
    # combined with a text query: only those documents that also match it
    type_query(qtbot, window, "داعش")
    expected = {h.id for h in ws.search("داعش", limit=None).hits} & tagged
    qtbot.waitUntil(lambda: window.model.searching and set(window.model.ids()) == expected, timeout=10000)
    # the reader marks the entity's mentions
    qtbot.waitUntil(lambda: window.reader.document is not None and window.reader.document.id in tagged, timeout=10000)
    mentions = [m for m in ws.entities.mentions(window.reader.document.id) if m.entity_id == person.id]
    marked = {
        (s.cursor.selectionStart(), s.cursor.selectionEnd())
        for s in window.reader.view.extraSelections()
        if s.format.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline
    }
    assert marked == {(window.reader.position_of(m.start), window.reader.position_of(m.end)) for m in mentions}
    window.search_bar.chip.click()
    qtbot.waitUntil(lambda: window.entity_id is None, timeout=10000)
    assert not window.search_bar.chip.isVisible()


def test_copy_with_citation(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    reader = window.reader
    doc = reader.document
    start = doc.clean_text.index(doc.clean_text.split()[3])
    select_in_reader(reader, start, start + 20)
    assert reader.selected_offsets() == (start, start + 20)
    qtbot.keyClick(window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    mime = QGuiApplication.clipboard().mimeData()
    text = mime.text()
    assert doc.clean_text[start : start + 20].strip() in text
    assert doc.title in text
    assert (doc.source or "") in text
    assert (doc.url or doc.id) in text
    assert "<blockquote" in mime.html()
    # Qt's offscreen platform crashes at exit when its clipboard still holds
    # mime data set from Python (xcb does not); leave it empty
    QGuiApplication.clipboard().clear()


def test_reader_zoom_and_raw_toggle(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    size = window.reader.view.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.view.font().pointSizeF() > size
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.view.font().pointSizeF() == size
    doc = window.reader.document
    removed = [line for line in doc.raw_text.splitlines() if line.strip() and line.strip() not in doc.clean_text]
    assert removed  # the cleaning dropped boilerplate lines from every seed
    window.raw_action.trigger()
    assert removed[-1].strip() in window.reader.view.toPlainText()
    window.raw_action.trigger()
    assert removed[-1].strip() not in window.reader.view.toPlainText()
    assert doc.clean_text.split("\n")[0] in window.reader.view.toPlainText()


def test_sorting_by_a_column(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    def titles() -> list[str]:
        return [window.model.index(r, 0).data() for r in range(window.model.rowCount())]

    assert titles() != sorted(titles())  # newest first: not in the order of their titles
    window.list_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    wait_settled(qtbot, window)  # the sorted list has come back
    assert titles() == sorted(titles())


def test_state_is_restored_on_the_next_start(qtbot, app, corpus_dir) -> None:  # type: ignore[no-untyped-def]
    first = open_window(qtbot, corpus_dir)
    last = first.model.id_at(3)
    first.list_view.setCurrentIndex(first.model.index(3, 0))
    qtbot.waitUntil(lambda: first.current_id == last, timeout=10000)
    first.entities_dock.hide()
    first.resize(760, 540)  # within the offscreen screen (800x600): restoring clamps to it
    index_files = sorted(p.name for p in (corpus_dir / "index").iterdir())
    first.close()
    assert settings().value("corpus/last") == str(corpus_dir)

    second = open_window(qtbot, corpus_dir)
    qtbot.waitUntil(lambda: second.current_id == last, timeout=10000)
    assert (second.size().width(), second.size().height()) == (760, 540)
    assert not second.entities_dock.isVisible()
    assert second.workspace.index_rebuilt_reason is None
    assert sorted(p.name for p in (corpus_dir / "index").iterdir()) == index_files  # not re-indexed
    second.close()


def test_import_in_the_background_with_a_report(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "جديد.txt").write_text(
        "هيئة تحرير الشام تعلن موقفا جديدا\n\nقالت مصادر محلية إن الهيئة أعلنت اليوم موقفها من التطورات في إدلب.\n",
        encoding="utf-8",
    )
    (folder / "فارغ.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    window.jobs.start_import([folder])
    dialog = window.import_dialog
    assert dialog is not None
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.finished_report is not None, timeout=30000)
    report = dialog.finished_report
    assert len(report.imported) == 1
    assert sorted(p.path.rsplit("/", 1)[-1] for p in report.problems) == ["binary.txt", "فارغ.txt"]
    assert "فارغ.txt" in dialog.details.toPlainText()
    assert dialog.close_button.isVisible()
    qtbot.waitUntil(lambda: window.model.rowCount() == 6, timeout=10000)
    assert window.count_label.text() == "الوثائق: 6"
    type_query(qtbot, window, "إدلب")
    qtbot.waitUntil(lambda: window.model.searching and report.imported[0] in window.model.ids(), timeout=10000)


def test_entity_sidebar_explains_a_corpus_without_entities(qtbot, app, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from kashshaf.core.workspace import Workspace

    corpus = tmp_path / "plain"
    (tmp_path / "note.txt").write_text("ملاحظات عامة\n\nنص قصير بلا أسماء ولا أماكن.\n", encoding="utf-8")
    with Workspace(corpus) as ws:
        ws.import_paths([tmp_path / "note.txt"])
        assert ws.entities.all() == []
    window = open_window(qtbot, corpus)
    pane = window.entities.corpus_pane
    assert pane.stack.currentWidget() is pane.empty
    assert "لا كيانات في هذه المدوّنة بعد" in pane.empty.text()
    window.close()


def test_english_interface_is_left_to_right(qtbot, qapp, corpus_dir) -> None:  # type: ignore[no-untyped-def]
    from kashshaf.ui.app import make_application

    settings().setValue("language", "en")
    app = make_application(language="en")
    try:
        window = open_window(qtbot, corpus_dir)
        assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert window.menuBar().actions()[0].text() == "&File"
        reader_x = window.reader.mapTo(window, window.reader.rect().center()).x()
        list_x = window.documents_dock.mapTo(window, window.documents_dock.rect().center()).x()
        assert list_x < reader_x
        # Arabic documents still read right to left in an English interface
        block = window.reader.view.document().lastBlock()
        assert block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
        window.close()
    finally:
        make_application(language="ar")


def test_keyboard_moves_through_the_list(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.list_view
    view.setFocus()
    view.setCurrentIndex(window.model.index(0, 0))
    qtbot.waitUntil(lambda: window.current_id == window.model.id_at(0), timeout=10000)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.current_id == window.model.id_at(1), timeout=10000)
    assert window.reader.document.id == window.model.id_at(1)
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_id == window.model.id_at(4), timeout=10000)


def test_cancelled_import_keeps_and_indexes_what_was_read(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "many"
    folder.mkdir()
    many = 2000  # enough that reading them takes longer than a cancel takes to arrive
    for i in range(many):
        (folder / f"{i:04d}.txt").write_text(
            f"خبر رقم {i} عن مدينة حلب\n\nنص الخبر {i} يذكر حلب وريفها.\n", encoding="utf-8"
        )
    window.jobs.start_import([folder])
    dialog = window.import_dialog
    qtbot.waitUntil(lambda: dialog.bar.value() > 0 or dialog.finished_report is not None, timeout=30000)
    dialog.cancel_button.click()  # as a user does on seeing it start
    qtbot.waitUntil(lambda: dialog.finished_report is not None, timeout=30000)
    report = dialog.finished_report
    assert report.cancelled
    assert 0 < len(report.imported) < many
    assert "أُلغي الاستيراد" in dialog.phase_label.text()
    # what was read before the cancel is stored, and becomes searchable in the background
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=60000)
    ws = window.workspace
    assert ws.store.count() == 5 + len(report.imported)
    assert ws.store.count_unindexed() == 0
    qtbot.waitUntil(lambda: window.model.rowCount() == 5 + len(report.imported), timeout=10000)
    assert ws.search("حلب", limit=None).total == len(report.imported)
    # the same folder again resumes: what was read is not read again
    window.jobs.start_import([folder])
    resumed = window.import_dialog
    qtbot.waitUntil(lambda: resumed.finished_report is not None, timeout=60000)
    again = resumed.finished_report
    assert len(again.unchanged) == len(report.imported)
    assert len(again.imported) == many - len(report.imported)
    assert f"ملفات لم تتغيّر منذ آخر استيراد (لم تُقرأ ثانيةً): {len(report.imported):,}." in resumed.phase_label.text()
    qtbot.waitUntil(lambda: window.model.rowCount() == 5 + many, timeout=10000)


def test_import_cancelled_before_it_starts_ends_cleanly(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "few"
    folder.mkdir()
    for i in range(50):
        (folder / f"{i}.txt").write_text(f"خبر {i} عن مدينة حماة\n\nنص الخبر {i}.\n", encoding="utf-8")
    window.jobs.start_import([folder])
    dialog = window.import_dialog
    dialog.cancel_button.click()  # at once, before the job has read anything (or even started)
    qtbot.waitUntil(lambda: dialog.finished_report is not None, timeout=30000)
    assert dialog.finished_report.cancelled
    assert len(dialog.finished_report.imported) < 50
    assert "أُلغي الاستيراد" in dialog.phase_label.text()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30000)
    assert window.workspace.store.count() == 5 + len(dialog.finished_report.imported)
    window.jobs.start_import([folder])  # and a new import is possible
    qtbot.waitUntil(lambda: window.import_dialog.finished_report is not None, timeout=60000)
    assert window.workspace.store.count() == 55


def test_rescan_from_the_file_menu(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "desk"
    folder.mkdir()
    for i in range(3):
        (folder / f"{i}.txt").write_text(f"خبر {i} عن مدينة حمص\n\nنص الخبر {i} يذكر حمص.\n", encoding="utf-8")
    window.jobs.start_import([folder])
    qtbot.waitUntil(lambda: not window.runner.busy and window.model.rowCount() == 8, timeout=30000)
    (folder / "0.txt").unlink()
    (folder / "3.txt").write_text("خبر جديد عن مدينة درعا\n\nنص يذكر درعا.\n", encoding="utf-8")
    rescan = next(a for a in window.menuBar().actions()[0].menu().actions() if a.text() == "إعادة فحص مجلدات المدوّنة")
    assert rescan.shortcut().toString() == "F5"
    first = window.import_dialog
    rescan.trigger()  # the corpus' folders are read in the background, then the rescan starts
    qtbot.waitUntil(lambda: window.import_dialog is not first, timeout=10000)
    dialog = window.import_dialog
    assert dialog.windowTitle() == "إعادة فحص مجلدات المدوّنة"
    qtbot.waitUntil(lambda: dialog.finished_report is not None, timeout=30000)
    report = dialog.finished_report
    assert len(report.imported) == 1
    assert len(report.removed) == 1
    assert len(report.unchanged) == 2 + 5  # the seeds folder the corpus began with is rescanned too
    qtbot.waitUntil(lambda: window.model.rowCount() == 8, timeout=10000)
    assert window.workspace.search("درعا").total == 1
    assert window.workspace.search("حمص").total == 2


def test_curation_from_the_sidebar_menu(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    ws = window.workspace
    pane = window.entities.corpus_pane
    qtbot.waitUntil(lambda: pane.model.entity_count() > 0, timeout=10000)
    moscow = next(e for e in ws.entities.all() if e.name == "موسكو")
    russia = next(e for e in ws.entities.all() if e.name == "روسيا")
    menu = pane.menu_for(moscow)
    labels = [a.text() for a in menu.actions()]
    assert labels[:3] == ["إعادة تسمية…", "تغيير النوع", "دمج في كيان آخر…"]
    # rename: the dialog is the boundary; the rest is real
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("العاصمة الروسية موسكو", True)))
    menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: any(e.name == "العاصمة الروسية موسكو" for e in ws.entities.all()), timeout=10000)
    qtbot.waitUntil(lambda: any(e.name == "العاصمة الروسية موسكو" for e in pane.model.entities()), timeout=10000)

    # merge into روسيا, chosen from the list
    def choose(_parent, _title, _label, items, *_a, **_k):  # type: ignore[no-untyped-def]
        return next(i for i in items if i.startswith("روسيا (")), True  # not روسيا اليوم, the channel

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(choose))
    window.curation.curate_from_menu("merge", moscow.id)
    qtbot.waitUntil(lambda: all(e.id != moscow.id for e in ws.entities.all()), timeout=10000)
    merged = ws.entities.get(russia.id)
    assert "موسكو" in merged.aliases
    assert merged.documents >= russia.documents
    # the decisions are in the log, in order
    assert [op["op"] for op in ws.curation.export()["operations"]] == ["rename", "merge"]


def test_add_an_entity_from_a_selection_in_the_reader(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    reader = window.reader
    doc = reader.document
    words = "مركز التنسيق الروسي"
    doc_id = next(d for d in window.workspace.browse() if words in window.workspace.document(d).clean_text)
    window.list_view.setCurrentIndex(window.model.index(window.model.row_of(doc_id), 0))
    qtbot.waitUntil(lambda: reader.document is not None and reader.document.id == doc_id, timeout=10000)
    start = reader.document.clean_text.index(words)
    select_in_reader(reader, start, start + len(words))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda _p, _t, _l, items, *a, **k: (items[1], True)))
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    ws = window.workspace
    qtbot.waitUntil(lambda: any(e.name == words and e.type == "ORG" for e in ws.entities.all()), timeout=10000)
    added = next(e for e in ws.entities.all() if e.name == words)
    assert doc is not None
    qtbot.waitUntil(lambda: any(m.entity_id == added.id for m in reader.mentions), timeout=10000)
    assert ws.search("", entity=added.id).total == added.documents >= 1


def test_excerpt_from_the_reader_to_the_panel_and_a_file(qtbot, window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from kashshaf.ui.filedialogs import FileDialogs

    reader, ws = window.reader, window.workspace
    doc = reader.document
    start = doc.clean_text.index(doc.clean_text.split()[5])
    select_in_reader(reader, start, start + 30)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    panel = window.excerpts
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10000)  # made on the job lane, then listed
    (excerpt,) = ws.excerpts.all()
    assert (excerpt.doc_id, excerpt.start, excerpt.end) == (doc.id, start, start + 30)
    assert excerpt.text == doc.clean_text[start : start + 30]
    assert excerpt.text.split()[0] in panel.model.index(0).data()
    assert panel.current_id() == excerpt.id  # the new excerpt is the chosen one

    # the reader marks the kept passage
    def marked() -> set[tuple[int, int]]:
        return {(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in reader.view.extraSelections()}

    qtbot.waitUntil(lambda: (reader.position_of(start), reader.position_of(start + 30)) in marked(), timeout=10000)
    # edit the note and tags
    panel.view.setCurrentIndex(panel.model.index(0))
    panel.note.setPlainText("ملاحظة للتقرير")
    panel.tags.setText("تقرير، سوريا")
    panel.save_button.click()
    qtbot.waitUntil(lambda: ws.excerpts.get(excerpt.id).note == "ملاحظة للتقرير", timeout=10000)
    assert ws.excerpts.get(excerpt.id).tags == ("تقرير", "سوريا")
    # delete, then undo
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10000)
    panel.view.setCurrentIndex(panel.model.index(0))
    panel.delete_button.click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=10000)
    assert ws.excerpts.all() == []
    panel.undo_button.click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10000)
    assert [e.id for e in ws.excerpts.all()] == [excerpt.id]
    # export: the file dialog is the boundary
    target = tmp_path / "excerpts.md"
    proposed = []
    monkeypatch.setattr(
        FileDialogs, "save", lambda _d, _t, name, _f: proposed.append(name) or (str(target), "Markdown (*.md)")
    )
    window.exports.export_excerpts()
    qtbot.waitUntil(target.exists, timeout=10000)
    # the name proposed: what it is, the corpus, the day (file_stem: no character a file system refuses)
    assert re.fullmatch(r"مقتطفات-[^/\\:*?\"<>|]+-\d{4}-\d\d-\d\d\.\w+", proposed[0]), proposed
    text = target.read_text(encoding="utf-8")
    assert excerpt.text.strip().split()[0] in text
    assert "ملاحظة للتقرير" in text
    assert (doc.source or doc.id) in text
    # copy with citation from the panel
    panel.view.setCurrentIndex(panel.model.index(0))
    copied = panel.copy_current()
    assert copied.startswith("«")
    assert "ملاحظة للتقرير" in copied
    QGuiApplication.clipboard().clear()


def test_excerpts_reorder_by_dragging_and_by_the_arrows(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QModelIndex

    ws, panel = window.workspace, window.excerpts
    doc = window.reader.document
    words = doc.clean_text.split()
    for word in words[3:6]:
        start = doc.clean_text.index(word)
        ws.excerpts.add(doc.id, start, start + len(word))
    window.excerpts_controller.refresh()
    a, b, c = (e.id for e in ws.excerpts.all())
    model = panel.model
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=10000)

    def listed() -> list[str]:
        return [model.index(i).data(Qt.ItemDataRole.UserRole + 1) for i in range(model.rowCount())]

    def drag(row: int, to: int, onto: bool = False) -> None:
        """What the view does when an item is dragged: its mime data dropped at a row (or onto an item)."""
        mime = model.mimeData([model.index(row)])
        if onto:
            model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index(to))
        else:
            model.dropMimeData(mime, Qt.DropAction.MoveAction, to, 0, QModelIndex())

    drag(0, 3)  # the first to the end
    qtbot.waitUntil(lambda: listed() == [b, c, a], timeout=10000)
    assert [e.id for e in ws.excerpts.all()] == [b, c, a]
    drag(1, 0, onto=True)  # c onto b: before it
    qtbot.waitUntil(lambda: listed() == [c, b, a], timeout=10000)
    assert [e.id for e in ws.excerpts.all()] == [c, b, a]
    drag(2, 2)  # a onto its own place: nothing moves
    assert [e.id for e in ws.excerpts.all()] == [c, b, a]
    panel.view.setCurrentIndex(model.index(2))
    panel.up_button.click()
    qtbot.waitUntil(lambda: listed() == [c, a, b], timeout=10000)
    assert [e.id for e in ws.excerpts.all()] == [c, a, b]
    assert panel.current().id == a  # the moved excerpt stays chosen
    panel.down_button.click()
    panel.down_button.click()  # the second is taken on the order after the first: already last, nothing moves
    qtbot.waitUntil(lambda: listed() == [c, b, a], timeout=10000)
    window.runner.wait(10000)
    assert [e.id for e in ws.excerpts.all()] == [c, b, a]


def test_a_corpus_open_in_another_process_is_read_only(qtbot, app, corpus_dir) -> None:  # type: ignore[no-untyped-def]
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys; from kashshaf.core.workspace import Workspace; "
         "w = Workspace(sys.argv[1]); print('holding', flush=True); sys.stdin.read()", str(corpus_dir)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT / "desktop")),
    )  # fmt: skip
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "holding"
        window = open_window(qtbot, corpus_dir)
        assert window.workspace.readonly
        assert window.read_only_label.isVisible()
        assert window.read_only_label.text() == "للقراءة فقط"
        message = window.read_only_label.toolTip()
        assert "مفتوحة للقراءة فقط" in message
        assert f"العملية {holder.pid}" in message
        assert not window.import_folder_action.isEnabled()
        assert not window.add_excerpt_action.isEnabled()
        # searching and reading work; a change is refused with the message, and nothing is written
        type_query(qtbot, window, "داعش")
        qtbot.waitUntil(lambda: window.model.searching and window.model.rowCount() == 2, timeout=10000)
        window.reader.view.selectAll()
        window.excerpts_controller.add()
        assert window.workspace.excerpts.all() == []
        assert "مفتوحة للقراءة فقط" in window.statusBar().currentMessage()
        window.excerpts.set_read_only(True)
        assert not window.excerpts.save_button.isEnabled()
        window.close()
    finally:
        holder.kill()
        holder.wait()


def test_a_layout_saved_before_the_analysis_docks_keeps_them_tabbed(qtbot, app, corpus_dir) -> None:  # type: ignore[no-untyped-def]
    """A window layout saved by the version before the analysis docks (tests/data: its saveState()) must
    not split them side by side (five docks side by side widen the window past the screen): they open
    tabbed, one shown at a time."""
    from PySide6.QtCore import QByteArray
    from tests.conftest import TEST_DATA

    settings().setValue(
        "window/state_ar", QByteArray((TEST_DATA / "window-state-0.1-without-analysis.bin").read_bytes())
    )
    window = open_window(qtbot, corpus_dir)
    docks = window.analysis.docks
    for dock in docks:
        dock.show()
    assert set(window.tabifiedDockWidgets(docks[0])) == set(docks[1:])
    window.close()


def test_an_entity_alone_lists_documents_not_hits(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """With an entity chosen and no words, the list holds the documents that mention it: counted as
    documents (filtered), not as hits of a search."""
    from tests.ui.windowing import wait_settled

    entity = window.workspace.entities.all()[0]
    window.listing.set_entity(entity.id)
    qtbot.waitUntil(lambda: window.count_label.text() != "", timeout=10000)
    wait_settled(qtbot, window)
    n = window.model.rowCount()
    assert n > 0
    assert window.hit_label.text() == ""
    assert window.count_label.text() == window.listing.tr("Documents: {n} (filtered)").format(n=f"{n:,}")
