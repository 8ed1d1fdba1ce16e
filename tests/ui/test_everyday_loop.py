"""The everyday loop in the window: the reader follows the list, corpora switch cleanly, filters,
undo, keyboard selection, history, Qt's own strings in Arabic, Help, bidi in what the window composes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from tests.ui.test_window import type_query
from tests.ui.windowing import choose_document, open_window, wait_settled

from kashshaf.core.bidi import FSI, LRI, PDI
from kashshaf.core.workspace import Workspace


def shown(window) -> str | None:  # type: ignore[no-untyped-def]
    return window.reader.document.id if window.reader.document is not None else None


def first_row(window) -> str | None:  # type: ignore[no-untyped-def]
    return window.model.id_at(0)


def test_the_reader_shows_the_first_hit_of_each_new_search(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    for query in ("روسيا", "داعش", "لافرنتييف", "قسد"):
        type_query(qtbot, window, query)
        qtbot.waitUntil(
            lambda q=query: (
                window.model.searching
                and window.search_bar.query() == q
                and shown(window) == first_row(window)
                and window.reader.hit_count > 0
            ),
            timeout=10000,
        )
        selected = window.list_view.selectionModel().selectedRows()
        assert [i.row() for i in selected] == [0]
        # the hits marked are this query's, in this document
        assert window.reader.hit_label.text().startswith("النتيجة 1 من")
    # a search with no hits clears the reader
    type_query(qtbot, window, "كلمةغيرموجودةأبدا")
    qtbot.waitUntil(lambda: window.model.searching and window.model.rowCount() == 0, timeout=10000)
    qtbot.waitUntil(lambda: window.reader.document is None, timeout=10000)
    assert window.reader.hit_label.text() == ""


def test_clicking_the_highlighted_row_shows_it(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    ws = window.workspace
    other = window.model.id_at(1)
    window.reader.show_document(ws.document(other))  # the reader shows another document than the row chosen
    index = window.model.index(0, 0)
    rect = window.list_view.visualRect(index)
    qtbot.mouseClick(window.list_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: shown(window) == window.model.id_at(0), timeout=10000)


def test_an_entity_click_shows_its_first_document(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    ws = window.workspace
    person = next(e for e in ws.entities.all() if e.name == "ألكسندر لافرنتييف")
    window.listing.set_entity(person.id)
    qtbot.waitUntil(lambda: window.entity_id == person.id and window.model.rowCount() == 2, timeout=10000)
    qtbot.waitUntil(lambda: shown(window) == first_row(window), timeout=10000)
    assert any(m.entity_id == person.id for m in window.reader.mentions)


def test_switching_corpora_leaves_nothing_of_the_last(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    type_query(qtbot, window, "روسيا")
    qtbot.waitUntil(lambda: window.model.searching and window.reader.hit_count > 0, timeout=10000)
    old_doc = shown(window)
    empty = tmp_path / "new-corpus"
    empty.mkdir()
    window.corpus.open_folder(empty)  # an empty folder: a new, empty corpus, no question asked
    qtbot.waitUntil(lambda: window.workspace is not None and window.corpus_dir == empty, timeout=20000)
    qtbot.waitUntil(lambda: window.count_label.text() == "الوثائق: 0", timeout=10000)
    assert window.reader.document is None
    assert window.reader.hit_label.text() == ""
    assert window.model.rowCount() == 0
    assert window.search_bar.query() == ""
    assert window.hit_label.text() == ""
    assert window.current_id is None
    assert old_doc is not None
    assert window.entities.corpus_pane.model.entity_count() == 0
    assert "فارغة" in window.statusBar().currentMessage()
    assert (empty / "kashshaf.sqlite3").exists()
    # the date boxes do not keep the last corpus' first and last dates (a corpus with none: today's)
    today = QDate.currentDate()
    qtbot.waitUntil(lambda: window.filter_bar.from_edit.date() == today, timeout=10000)
    assert window.filter_bar.to_edit.date() == today


def test_a_folder_of_articles_becomes_a_corpus_and_is_imported(qtbot, window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import SEED_FILES

    folder = tmp_path / "articles"
    folder.mkdir()
    for path in SEED_FILES[:2]:
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    window.corpus.open_folder(folder)
    qtbot.waitUntil(
        lambda: window.import_dialog is not None and window.import_dialog.finished_report is not None, timeout=30000
    )
    report = window.import_dialog.finished_report
    assert len(report.imported) == 2
    assert not report.problems
    qtbot.waitUntil(lambda: window.count_label.text() == "الوثائق: 2", timeout=10000)
    window.import_dialog.close()


def test_the_filter_bar(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    bar = window.filter_bar
    qtbot.waitUntil(lambda: any("سوشال" in a.text() for a in bar.outlet_menu.actions()), timeout=10000)
    # dates: only the two seeds whose text gives a date have one; from 2022 on, one of them
    bar.from_edit.setDate(QDate(2022, 1, 1))
    bar.from_check.setChecked(True)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10000)
    assert window.count_label.text() == "الوثائق: 1 (بعد التصفية)"
    assert window.workspace.document(first_row(window)).date == "2022-11-12"
    assert shown(window) == first_row(window)
    bar.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == 5, timeout=10000)
    # an outlet, from the menu
    action = next(a for a in bar.outlet_menu.actions() if "تركيا بالعربي" in a.text())
    action.trigger()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10000)
    assert "تركيا بالعربي" in bar.outlet_button.text()
    # with words: the filter stays
    type_query(qtbot, window, "روسيا")
    qtbot.waitUntil(lambda: window.model.searching and window.hit_label.text() == "النتائج: 1", timeout=10000)


def test_undo_and_redo(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog
    from tests.ui.test_window import select_in_reader

    ws, reader = window.workspace, window.reader
    select_in_reader(reader, 10, 40)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # changes run on the job lane
    qtbot.waitUntil(lambda: len(ws.excerpts.all()) == 1, timeout=10000)
    (excerpt,) = ws.excerpts.all()
    window.excerpts_controller.edit(excerpt.id, "ملاحظة", ["وسم"], "green")
    qtbot.waitUntil(lambda: ws.excerpts.all()[0].note == "ملاحظة", timeout=10000)
    window.excerpts_controller.delete(excerpt.id)
    qtbot.waitUntil(lambda: ws.excerpts.all() == [], timeout=10000)
    undo = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(window, Qt.Key.Key_Z, undo)  # the deletion
    qtbot.waitUntil(lambda: [e.note for e in ws.excerpts.all()] == ["ملاحظة"], timeout=10000)
    qtbot.keyClick(window, Qt.Key.Key_Z, undo)  # the edit
    qtbot.waitUntil(lambda: [e.note for e in ws.excerpts.all()] == [""], timeout=10000)
    qtbot.keyClick(window, Qt.Key.Key_Z, undo)  # the excerpt itself
    qtbot.waitUntil(lambda: ws.excerpts.all() == [], timeout=10000)
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_Z, redo)
    qtbot.keyClick(window, Qt.Key.Key_Z, redo)  # asked before the first has run: they run in order
    qtbot.waitUntil(
        lambda: [(e.id, e.note, e.colour) for e in ws.excerpts.all()] == [(excerpt.id, "ملاحظة", "green")],
        timeout=10000,
    )
    qtbot.waitUntil(lambda: window.excerpts.model.rowCount() == 1, timeout=10000)
    # curation: a deletion taken back
    moscow = next(e for e in ws.entities.all() if e.name == "موسكو")
    window.curation.curate_from_menu("delete", moscow.id)
    qtbot.waitUntil(lambda: all(e.id != moscow.id for e in ws.entities.all()), timeout=10000)
    qtbot.waitUntil(lambda: ws.search("", entity=moscow.id).total == 0, timeout=10000)  # and re-indexed
    assert window.undo_action.text() == "تراجع عن حذف كيان"
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: ws.search("", entity=moscow.id).total == moscow.documents, timeout=10000)
    assert any(e.id == moscow.id for e in ws.entities.all())
    assert ws.curation.export()["operations"] == []
    # an outlet renamed, then the name taken back
    monkeypatch.setattr(
        "kashshaf.ui.outlets.OutletDialog.exec", lambda self: (self.name_edit.setText("تركيا بالعربية"), True)[1]
    )
    window.outlets.rename_outlet("turkeyarabic")
    qtbot.waitUntil(lambda: {o.name for o, _n in ws.outlets()} == {"تركيا بالعربية", "سوشال"}, timeout=10000)
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: {o.name for o, _n in ws.outlets()} == {"تركيا بالعربي", "سوشال"}, timeout=10000)
    assert QInputDialog is not None


def test_an_excerpt_is_kept_while_an_import_runs_and_before_the_window_closes(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    import threading

    from tests.ui.test_window import select_in_reader

    ws, reader = window.workspace, window.reader
    importing = threading.Event()
    window.runner.submit(lambda ctx: importing.wait(30), lane="job")  # a long import holds the job lane
    qtbot.waitUntil(lambda: window.runner.busy, timeout=5000)
    select_in_reader(reader, 10, 40)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(ws.excerpts.all()) == 1, timeout=10000)  # not behind the import
    qtbot.waitUntil(lambda: window.excerpts.model.rowCount() == 1, timeout=10000)
    assert window.runner.busy
    importing.set()
    # a note saved just before the window closes is written, not dropped with the queue
    (excerpt,) = ws.excerpts.all()
    corpus = ws.corpus_dir
    window.excerpts_controller.edit(excerpt.id, "قبل الإغلاق", [], "yellow")
    window.close()
    with Workspace(corpus, readonly=True) as again:
        assert [e.note for e in again.excerpts.all()] == ["قبل الإغلاق"]


def test_a_note_typed_and_not_saved_is_kept(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    ws, panel = window.workspace, window.excerpts
    doc = window.reader.document
    first, second = (ws.excerpts.add(doc.id, s, s + 20) for s in (0, 40))
    window.excerpts_controller.refresh()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=10000)
    panel.view.setCurrentIndex(panel.model.index(0))
    panel.note.setPlainText("ملاحظة لم تُحفظ")
    panel.tags.setText("مسودة")
    panel.view.setCurrentIndex(panel.model.index(1))  # another excerpt chosen, "Save note" never pressed
    qtbot.waitUntil(lambda: ws.excerpts.get(first.id).note == "ملاحظة لم تُحفظ", timeout=10000)
    assert ws.excerpts.get(first.id).tags == ("مسودة",)
    assert window.undo_action.text() == "تراجع عن تعديل مقتطف"  # kept as an edit, undoable
    qtbot.waitUntil(lambda: panel.current_id() == second.id, timeout=10000)
    panel.note.setPlainText("والثانية عند الإغلاق")
    corpus = ws.corpus_dir
    window.close()  # typed, not saved, and the window closes
    with Workspace(corpus, readonly=True) as again:
        assert again.excerpts.get(second.id).note == "والثانية عند الإغلاق"
        assert again.excerpts.get(first.id).note == "ملاحظة لم تُحفظ"


def test_keyboard_selection_and_an_excerpt_without_a_mouse(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.reader.view
    view.setFocus()
    assert not window.caret_action.isChecked()
    for _ in range(12):
        qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert window.caret_action.isChecked()  # Shift+arrow turned caret browsing on
    offsets = window.reader.selected_offsets()
    assert offsets is not None
    assert offsets[1] - offsets[0] >= 10
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # made on the job lane
    qtbot.waitUntil(lambda: len(window.workspace.excerpts.all()) == 1, timeout=10000)
    (excerpt,) = window.workspace.excerpts.all()
    assert (excerpt.start, excerpt.end) == offsets
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert not window.caret_action.isChecked()
    assert not window.reader.view.caret_browsing


def test_a_search_is_remembered_when_it_settles(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    bar = window.search_bar
    type_query(qtbot, window, "روس")
    bar.settle_now()  # the clock is the boundary: left alone this long, the search is remembered
    assert bar.history[:1] == ["روس"]
    type_query(qtbot, window, "روسيا")  # the same bout of typing, grown: replaces what it remembered
    bar.settle_now()
    assert bar.history[:1] == ["روسيا"]
    assert "روس" not in bar.history
    from kashshaf.ui.app import settings

    assert settings().value("search/history") == ["روسيا"]


def test_qt_strings_are_arabic(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    box = QMessageBox(
        QMessageBox.Icon.Question, "؟", "؟", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    )
    assert {
        box.button(b).text().replace("&", "") for b in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No)
    } == {"نعم", "لا"}
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Ok)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel).text()
    assert cancel != "Cancel"
    assert any("\u0621" <= c <= "\u064a" for c in cancel)
    menu = window.reader.view.createStandardContextMenu()
    texts = [a.text().replace("&", "") for a in menu.actions() if a.text()]
    assert any("نسخ" in t for t in texts)
    assert not any(t.startswith("Copy") for t in texts)
    menu.deleteLater()


def test_help_menu(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kashshaf.ui.help import AboutDialog, GuideDialog, ShortcutsDialog

    seen: list[object] = []
    for cls in (ShortcutsDialog, GuideDialog, AboutDialog):
        monkeypatch.setattr(cls, "exec", lambda self: seen.append(self) or 0)
    window.show_shortcuts()
    shortcuts = seen[-1]
    rows = shortcuts.rows()
    keys = {action: keys for _menu, action, keys in rows}
    assert keys["إضافة مقتطف"] == f"{LRI}Ctrl+E{PDI}"
    assert keys["نسخ مع الإحالة"] == f"{LRI}Ctrl+Shift+C{PDI}"
    assert keys["تراجع"] == f"{LRI}Ctrl+Z{PDI}"
    assert f"{LRI}F7{PDI}" in keys.values()
    window.show_guide()
    guide = seen[-1].view.toPlainText()
    assert "دليل الاستخدام" in guide
    assert "تاريخ الاطّلاع" in guide
    window.show_about()
    about = seen[-1]
    assert "جنو العمومية" in about.notice.text()
    assert "SIL Open Font License" in about.open_component("Noto")
    assert not QApplication.windowIcon().isNull()
    assert QGuiApplication.desktopFileName() == "org.kashshaf.Kashshaf"


def test_the_meta_line_and_status_bar_isolate_their_parts(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    ws = window.workspace
    dated = next(i for i in ws.browse() if ws.document(i).outlet is not None and ws.document(i).date)
    choose_document(window, dated)
    qtbot.waitUntil(lambda: shown(window) == dated, timeout=10000)
    meta = window.reader.view.document().findBlockByNumber(1).text()
    assert meta == f"{FSI}تركيا بالعربي{PDI}  ·  {FSI}12 نوفمبر 2022{PDI}"
    assert window.corpus_label.text().startswith("المدوّنة: " + FSI)


def test_the_english_list_lays_out_arabic_titles_right_to_left(qtbot, qapp, corpus_dir) -> None:  # type: ignore[no-untyped-def]
    from kashshaf.ui.app import install_language, settings
    from kashshaf.ui.doclist_view import BidiDelegate

    settings().setValue("language", "en")
    install_language(qapp, "en")
    try:
        window = open_window(qtbot, corpus_dir)
        view = window.list_view
        from PySide6.QtWidgets import QStyleOptionViewItem

        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.widget = view
        BidiDelegate(view).initStyleOption(option, window.model.index(0, 0))
        assert option.direction == Qt.LayoutDirection.RightToLeft  # an Arabic title, in the English list
        assert option.displayAlignment & Qt.AlignmentFlag.AlignLeft  # on the column's side
        window.close()
    finally:
        install_language(qapp, "ar")


def test_an_arabic_note_starts_on_the_right(window) -> None:  # type: ignore[no-untyped-def]
    note = window.excerpts.note
    assert note.document().defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft
    note.setPlainText("A note in English.")
    assert note.document().defaultTextOption().textDirection() == Qt.LayoutDirection.LeftToRight
    note.setPlainText("ملاحظة")
    assert note.document().defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft


def test_a_dates_set_in_the_filter_stays_when_the_corpus_changes(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    bar = window.filter_bar
    bar.from_edit.setDate(QDate(2022, 1, 1))
    bar.from_check.setChecked(True)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10000)
    window.listing.refresh()  # as after an import: the corpus' span of dates is read again
    wait_settled(qtbot, window)
    assert bar.from_edit.date() == QDate(2022, 1, 1)
    assert window.model.rowCount() == 1


def test_the_next_document_does_not_get_the_last_ones_excerpts(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    ws = window.workspace
    ids = ws.browse("length", True)
    longest, shortest = ids[0], ids[-1]
    long_doc, short_doc = ws.document(longest), ws.document(shortest)
    end = len(long_doc.clean_text)
    assert end - 40 > len(short_doc.clean_text)
    kept = ws.excerpts.add(longest, end - 40, end - 5)  # past the end of the short document
    window.excerpts_controller.open(kept.id)
    qtbot.waitUntil(lambda: shown(window) == longest and bool(window.reader.excerpts), timeout=10000)
    choose_document(window, shortest)  # a Qt warning here (out of range) fails the test
    qtbot.waitUntil(lambda: shown(window) == shortest, timeout=10000)
    assert window.reader.excerpts == []


def test_a_search_that_cannot_be_read_greys_the_last_results(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    type_query(qtbot, window, "روسيا")
    qtbot.waitUntil(lambda: window.model.searching and window.hit_label.text() == "النتائج: 5", timeout=10000)
    type_query(qtbot, window, "روسيا مصدر:الأهرام")
    qtbot.waitUntil(lambda: window.search_bar.message.isVisible(), timeout=10000)
    assert not window.list_view.isEnabled()
    assert window.hit_label.text() == "(نتائج البحث السابق)"
    message = window.search_bar.message.text()
    assert "الأهرام" in message
    assert "تركيا بالعربي" in message
    assert "سوشال" in message
    type_query(qtbot, window, "روسيا مصدر:سوشال")
    qtbot.waitUntil(lambda: window.list_view.isEnabled() and window.hit_label.text() == "النتائج: 1", timeout=10000)


def test_keys_in_menus_and_file_dialogs_read_left_to_right(window, app) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    from kashshaf.ui.app import BidiStyle, menu_text

    assert isinstance(app.style(), BidiStyle)
    assert menu_text("تكبير\tCtrl++") == f"تكبير\t{LRI}Ctrl++{PDI}"
    assert menu_text(f"تكبير\t{LRI}Ctrl++{PDI}") == f"تكبير\t{LRI}Ctrl++{PDI}"
    assert menu_text("بلا مفاتيح") == "بلا مفاتيح"
    dialog = window.file_dialogs.dialog("x", "/tmp")  # names and paths read left to right
    assert dialog.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert isinstance(dialog, QFileDialog)
    dialog.deleteLater()


def test_the_reader_marks_title_hits_and_keeps_its_current_hit(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    type_query(qtbot, window, "روسيا")
    qtbot.waitUntil(lambda: window.model.searching and window.reader.hit_count > 1, timeout=10000)
    reader = window.reader
    doc = reader.document
    if "روسيا" in doc.title:
        assert reader.title_hits
        assert doc.title[reader.title_hits[0][0] : reader.title_hits[0][1]] == "روسيا"
    wait_settled(qtbot, window)  # the first hit is shown once the text is laid out
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert reader.current_hit == 2
    window.listing.refresh()  # the same list again (after an import, a rename): the same hit stays current
    wait_settled(qtbot, window)
    assert reader.document.id == doc.id
    assert reader.current_hit == 2


def test_titles_with_the_searched_word_are_marked(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    ws = window.workspace
    doc_id = next(i for i in ws.browse() if "روسيا" in ws.document(i).title)
    type_query(qtbot, window, "روسيا")
    qtbot.waitUntil(lambda: window.model.searching, timeout=10000)
    choose_document(window, doc_id)
    qtbot.waitUntil(lambda: shown(window) == doc_id and bool(window.reader.title_hits), timeout=10000)
    s, e = window.reader.title_hits[0]
    assert ws.document(doc_id).title[s:e] == "روسيا"


def test_rename_outlets_in_one_dialog(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kashshaf.ui.outlets import OutletDialog

    def fill(dialog: OutletDialog) -> bool:
        assert dialog.choice.count() == 2
        dialog.choice.setCurrentIndex(dialog.choice.findData("turkeyarabic"))
        assert dialog.name_edit.text() == "تركيا بالعربي"
        assert dialog.name_en_edit.text() == "Turkey in Arabic"
        dialog.name_edit.setText("موقع تركيا بالعربي")
        return True

    monkeypatch.setattr(OutletDialog, "exec", fill)
    window.rename_outlets_action.trigger()
    qtbot.waitUntil(
        lambda: {o.name for o, _n in window.workspace.outlets()} == {"موقع تركيا بالعربي", "سوشال"}, timeout=10000
    )
    qtbot.waitUntil(
        lambda: any("موقع تركيا بالعربي" in a.text() for a in window.filter_bar.outlet_menu.actions()), timeout=10000
    )


def test_the_import_dialog_offers_close_only_at_the_end(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import SEED_FILES

    folder = tmp_path / "more"
    folder.mkdir()
    for i in range(30):
        (folder / f"{i}.txt").write_text(
            SEED_FILES[i % 5].read_text(encoding="utf-8") + f"\n\nتحديث {i}.", encoding="utf-8"
        )
    window.jobs.start_import([folder])
    dialog = window.import_dialog
    assert dialog.cancel_button.isVisible()
    assert dialog.hide_button.isVisible()
    assert not dialog.close_button.isVisible()
    qtbot.waitUntil(lambda: dialog.finished_report is not None, timeout=30000)
    assert dialog.close_button.isVisible()
    assert not dialog.cancel_button.isVisible()
    dialog.close()
