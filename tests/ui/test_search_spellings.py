"""The search bar's exact-match toggle, "Did you mean" for a search that finds nothing, and the spellings
chooser of ``word~`` (with the reader's "Search the spellings of this word"), in the window on the seeds."""

from __future__ import annotations

import json

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from tests.ui.test_window import type_query
from tests.ui.windowing import open_window, wait_settled

from kashshaf.core.arabic.normalize import normalize_token_ar
from kashshaf.core.bidi import strip_isolates
from kashshaf.ui.app import settings
from kashshaf.ui.doclist import SNIPPET_ROLE


def listed(window) -> set[str]:  # type: ignore[no-untyped-def]
    return set(window.model.ids())


def test_the_exact_toggle_changes_the_list_the_sort_the_snippets_and_the_highlights(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    ws = window.workspace
    bar = window.search_bar
    type_query(qtbot, window, "بالإدارة")
    qtbot.waitUntil(lambda: window.model.searching and window.model.rowCount() == 5, timeout=10000)
    wait_settled(qtbot, window)
    assert bar.exact_button.text() == "مطابقة تامة"
    assert "كما كُتبت" in bar.exact_button.toolTip()
    assert not bar.exact_button.isChecked()

    qtbot.mouseClick(bar.exact_button, Qt.MouseButton.LeftButton)  # words as written
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10000)
    wait_settled(qtbot, window)
    assert listed(window) == {h.id for h in ws.search("بالإدارة", exact=True, limit=None).hits}
    assert window.hit_label.text() == "النتائج: 1 (مطابقة تامة)"
    assert window.search_bar.exact_action in window.menuBar().actions()[2].menu().actions()  # Search menu
    assert window.search_bar.exact_action.isChecked()
    assert settings().value("search/exact") in (True, "true")  # remembered
    doc = window.reader.document
    marked = {normalize_token_ar(doc.clean_text[a:b]) for a, b in window.reader.hits}
    assert marked == {"بالاداره"}  # the word as written, not الإدارة nor إدارة
    snippet = window.model.index(0, 0).data(SNIPPET_ROLE)
    assert {normalize_token_ar(snippet.text[a - snippet.start : b - snippet.start]) for a, b in snippet.highlights} == {
        "بالاداره"
    }

    # a word the exact mode keeps to its written form: sorting by a column keeps to it too, and the
    # snippets fetched for the sorted rows mark only that form
    type_query(qtbot, window, "الإدارة")
    qtbot.waitUntil(lambda: window.model.searching and window.model.rowCount() == 4, timeout=10000)
    window.list_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    wait_settled(qtbot, window)
    assert window.model.rowCount() == 4
    assert listed(window) == set(ws.matching_ids("الإدارة", exact=True))
    for row in range(4):
        window.model.index(row, 0).data(SNIPPET_ROLE)  # asks for the row's snippet, as painting does
    wait_settled(qtbot, window)
    for row in range(4):
        snippet = window.model.index(row, 0).data(SNIPPET_ROLE)
        assert snippet is not None
        words = {normalize_token_ar(snippet.text[a - snippet.start : b - snippet.start]) for a, b in snippet.highlights}
        assert words <= {"الاداره"}, words

    window.search_bar.exact_action.trigger()  # off again (the menu's action, Ctrl+Shift+X)
    qtbot.waitUntil(lambda: window.model.rowCount() == 5, timeout=10000)
    assert window.hit_label.text() == "النتائج: 5"


def test_the_toggle_is_restored_and_saved_searches_keep_it(qtbot, app, corpus_dir) -> None:  # type: ignore[no-untyped-def]
    # a search saved before the toggle existed has no "exact": it runs as it did, with stems
    settings().setValue("search/saved", json.dumps([{"name": "قديم", "query": "بالإدارة"}], ensure_ascii=False))
    settings().setValue("search/exact", True)
    window = open_window(qtbot, corpus_dir)
    try:
        assert window.search_bar.exact()  # as the last session left it
        window.search_bar.set_query("بالإدارة")
        qtbot.waitUntil(lambda: window.model.searching and window.model.rowCount() == 1, timeout=10000)
        window.saved.save("كما كُتبت")
        items = {i["name"]: i for i in window.saved.items()}
        assert items["كما كُتبت"] == {"name": "كما كُتبت", "query": "بالإدارة", "exact": True}
        assert items["قديم"]["exact"] is False
        titles = [a.text() for a in window.saved_menu.actions()]
        assert titles == ["قديم", "كما كُتبت  (مطابقة تامة)"]
        window.saved_menu.actions()[0].trigger()  # the old one: stems and clitics, as saved
        qtbot.waitUntil(lambda: not window.search_bar.exact() and window.model.rowCount() == 5, timeout=10000)
        window.saved_menu.actions()[1].trigger()
        qtbot.waitUntil(lambda: window.search_bar.exact() and window.model.rowCount() == 1, timeout=10000)
        wait_settled(qtbot, window)
    finally:
        window.close()


def test_a_search_that_finds_nothing_offers_the_corpus_spelling(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    pane = window.list_pane
    type_query(qtbot, window, "المفاوضاتت")
    qtbot.waitUntil(lambda: window.model.searching and window.hit_label.text() == "النتائج: 0", timeout=10000)
    wait_settled(qtbot, window)
    assert pane.suggestion_label.isVisible()
    text = pane.suggestion_label.text()
    assert strip_isolates(text).startswith("هل تقصد: ")
    assert "\u2068المفاوضات\u2069</b></a>؟" in text  # the query a bidi isolate, a link inside the sentence
    assert window.reader.document is None
    assert window.reader.view.placeholderText() == "لا وثيقة تطابق هذا البحث."
    pane.suggestion_label.linkActivated.emit("suggestion")  # a click on the link
    qtbot.waitUntil(lambda: window.search_bar.query() == "المفاوضات", timeout=10000)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=10000)
    wait_settled(qtbot, window)
    assert window.model.rowCount() == window.workspace.search("المفاوضات").total
    assert not pane.suggestion_label.isVisible()
    assert window.search_bar.history[0] == "المفاوضات"
    type_query(qtbot, window, "زززززز")  # nothing near: nothing offered
    qtbot.waitUntil(lambda: window.hit_label.text() == "النتائج: 0", timeout=10000)
    wait_settled(qtbot, window)
    assert not pane.suggestion_label.isVisible()


def test_unticking_a_spelling_rewrites_the_query_and_changes_the_results(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    ws = window.workspace
    strip = window.variants.strip
    assert not strip.isVisible()
    type_query(qtbot, window, "ماكنزي~")  # the seeds spell the envoy ماكنزي and ماكينزي
    qtbot.waitUntil(lambda: strip.isVisible() and strip.box("ماكينزي") is not None, timeout=10000)
    wait_settled(qtbot, window)
    spellings = ws.variants("ماكنزي")
    assert [b.property("spelling") for b in strip.boxes[0]] == [v.word for v, _n in spellings]
    for (v, n), box in zip(spellings, strip.boxes[0], strict=True):
        assert strip_isolates(box.text()) == f"{v.word} ({n:,})"
        assert box.isChecked()
    both = ws.search("ماكنزي~").total
    assert window.model.rowCount() == both >= ws.search("ماكنزي").total  # one seed has both spellings

    strip.box("ماكينزي").click()  # untick the other spelling
    qtbot.waitUntil(lambda: window.search_bar.query() == "ماكنزي", timeout=10000)
    qtbot.waitUntil(lambda: window.model.rowCount() == ws.search("ماكنزي").total <= both, timeout=10000)
    wait_settled(qtbot, window)
    assert strip.isVisible()  # still there, to tick it back
    assert not strip.box("ماكينزي").isChecked()
    assert not strip.box("ماكنزي").isEnabled()  # the one left cannot be unticked
    strip.box("ماكينزي").click()
    qtbot.waitUntil(lambda: window.search_bar.query() == "ماكنزي~", timeout=10000)
    qtbot.waitUntil(lambda: window.model.rowCount() == both, timeout=10000)

    # in a query with more words: the spelling left takes the place of word~, the rest stays
    type_query(qtbot, window, "الأمريكية~ روسيا")
    qtbot.waitUntil(lambda: strip.box("الاميركيه") is not None, timeout=10000)
    wait_settled(qtbot, window)
    strip.box("الاميركيه").click()
    qtbot.waitUntil(lambda: window.search_bar.query() == "الامريكيه روسيا", timeout=10000)
    wait_settled(qtbot, window)
    assert listed(window) == set(ws.matching_ids("الامريكيه روسيا"))
    window.search_bar.edit.clear()  # the query gone: the strip goes with it
    qtbot.waitUntil(lambda: not strip.isVisible(), timeout=10000)


def test_the_reader_searches_the_spellings_of_a_word(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    ws = window.workspace
    reader = window.reader
    doc_id = next(i for i in ws.browse() if "وروسيا" in ws.document(i).clean_text)
    window.list_view.setCurrentIndex(window.model.index(window.model.row_of(doc_id), 0))
    qtbot.waitUntil(lambda: reader.document is not None and reader.document.id == doc_id, timeout=10000)
    wait_settled(qtbot, window)
    offset = reader.document.clean_text.index("وروسيا") + 3
    cursor = QTextCursor(reader.view.document())
    cursor.setPosition(reader.position_of(offset))
    reader.view.setTextCursor(cursor)  # no selection: the word under the pointer
    reader.view.ensureCursorVisible()
    point = reader.view.cursorRect(cursor).center()
    menu = reader.view.context_menu(point)  # what a right click there opens
    actions = {a.objectName(): a for a in menu.actions()}
    assert strip_isolates(actions["spellingsAction"].text()) == "ابحث عن تهجئات «وروسيا»"
    assert menu.actions().index(actions["spellingsAction"]) < len(menu.actions()) - 2  # before Qt's Copy
    actions["spellingsAction"].trigger()
    # the conjunction left out, as the corpus allows: the spellings of روسيا
    qtbot.waitUntil(lambda: window.search_bar.query() == "روسيا~", timeout=10000)
    qtbot.waitUntil(lambda: window.variants.strip.box("روسيا") is not None, timeout=10000)
    wait_settled(qtbot, window)
    assert window.model.rowCount() == ws.search("روسيا~").total


def test_the_english_interface(qtbot, qapp, corpus_dir) -> None:  # type: ignore[no-untyped-def]
    from kashshaf.ui.app import make_application

    settings().setValue("language", "en")
    make_application(language="en")
    try:
        window = open_window(qtbot, corpus_dir)
        assert window.search_bar.exact_button.text() == "Exact match"
        assert "as written" in window.search_bar.exact_button.toolTip()
        type_query(qtbot, window, "المفاوضاتت")
        qtbot.waitUntil(lambda: window.list_pane.suggestion_label.isVisible(), timeout=10000)
        assert strip_isolates(window.list_pane.suggestion_label.text()).startswith("Did you mean: ")
        type_query(qtbot, window, "ماكنزي~")
        qtbot.waitUntil(lambda: window.variants.strip.box("ماكينزي") is not None, timeout=10000)
        labels = window.variants.strip.findChildren(type(window.hit_label), "variantsWord")
        assert [strip_isolates(label.text()) for label in labels] == ["Spellings of ماكنزي:"]
        wait_settled(qtbot, window)
        window.close()
    finally:
        settings().setValue("language", "ar")
        make_application(language="ar")
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_many_spellings_wrap_onto_more_lines(qtbot) -> None:  # type: ignore[no-untyped-def]
    from kashshaf.core.search.variants import Variant
    from kashshaf.ui.variants import SpellingChoice, VariantsStrip

    strip = VariantsStrip()
    qtbot.addWidget(strip)
    spellings = [(Variant(f"ترامب{'ا' * i}", 10 - i, 0.3), 5) for i in range(10)]
    strip.set_choices([SpellingChoice("ترامب", spellings)])
    strip.resize(2400, 40)
    strip.show()
    qtbot.waitUntil(lambda: strip.width() == 2400, timeout=5000)
    one_line = strip.height()
    strip.resize(360, one_line)
    qtbot.waitUntil(lambda: strip.height() > 2 * one_line, timeout=5000)  # wrapped, nothing scrolls sideways
    for box in strip.boxes[0]:  # every checkbox within the strip's width
        left = box.mapTo(strip, QPoint(0, 0)).x()
        assert 0 <= left
        assert left + box.width() <= strip.width()
    choice = SpellingChoice("ترامب", spellings)
    choice.tick(spellings[3][0].word, False)
    assert choice.fragment() == "(" + " OR ".join(v.word for i, (v, _n) in enumerate(spellings) if i != 3) + ")"
    for v, _n in spellings[1:]:
        choice.tick(v.word, False)
    assert choice.ticked == [spellings[0][0].word]  # the last one stays
    assert choice.fragment() == spellings[0][0].word
