"""Entity decisions for one mention or one document, from the reader and the sidebar, and F3 through an
entity's mentions: the window on the seeds corpus, driven as a user would (menus are built and their
actions triggered; only the merge dialog is answered by the test)."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu


def open_document_with(qtbot, window, name: str, at_least: int = 2):  # type: ignore[no-untyped-def]
    """Show a document that mentions entity ``name`` at least ``at_least`` times; return the entity."""
    ws = window.workspace
    entity = next(e for e in ws.entities.all() if e.name == name)
    doc_id = max(ws.browse(), key=lambda d: sum(m.entity_id == entity.id for m in ws.entities.mentions(d)))
    assert sum(m.entity_id == entity.id for m in ws.entities.mentions(doc_id)) >= at_least
    window.list_view.setCurrentIndex(window.model.index(window.model.row_of(doc_id), 0))
    qtbot.waitUntil(lambda: window.reader.document is not None and window.reader.document.id == doc_id, timeout=10000)
    qtbot.waitUntil(lambda: any(m.entity_id == entity.id for m in window.reader.mentions), timeout=10000)
    return entity


def mentions_in_reader(window, entity_id: str) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    return sorted((m.start, m.end) for m in window.reader.mentions if m.entity_id == entity_id)


def test_not_an_entity_here_removes_one_mention_only(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    reader = window.reader
    syria = open_document_with(qtbot, window, "سوريا", at_least=3)
    before = mentions_in_reader(window, syria.id)
    start, end = before[1]
    found = reader.view.mention_at(reader.position_of(start) + 1)  # the pointer on the second mention
    assert found is not None
    assert (found[0].start, found[0].end) == (start, end)
    assert found[2] == "LOC"
    menu = QMenu()
    reader.view.add_mention_menu(menu, None, *found)
    (sub,) = [a.menu() for a in menu.actions() if a.menu() is not None]
    assert sub.title() == "الكيان «\u2068سوريا\u2069»"
    labels = [a.text() for a in sub.actions()]
    assert labels[:2] == ["ليس كيانًا هنا", "ليس كيانًا في هذه الوثيقة"]
    sub.actions()[0].trigger()
    qtbot.waitUntil(
        lambda: mentions_in_reader(window, syria.id) == [m for m in before if m != (start, end)], timeout=10000
    )
    op = window.workspace.curation.export()["operations"][-1]
    assert op == {"op": "delete", "entity": syria.id, "doc": reader.document.id, "start": start, "end": end}
    # Undo puts it back
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: mentions_in_reader(window, syria.id) == before, timeout=10000)


def test_a_document_decision_leaves_the_rest_of_the_corpus(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    ws = window.workspace
    russia = open_document_with(qtbot, window, "روسيا")
    doc_id = window.reader.document.id
    others = {d for d in ws.browse() if d != doc_id and any(m.entity_id == russia.id for m in ws.entities.mentions(d))}
    assert others
    pane = window.entities.document_pane
    qtbot.waitUntil(lambda: any(e.id == russia.id for e in pane.model.entities()), timeout=10000)
    menu = pane.menu_for(next(e for e in pane.model.entities() if e.id == russia.id))
    labels = [a.text() for a in menu.actions()]
    assert "ليس كيانًا في هذه الوثيقة" in labels
    assert "ليس كيانًا في أي مكان (حذف)" in labels
    next(a for a in menu.actions() if a.text() == "ليس كيانًا في هذه الوثيقة").trigger()
    qtbot.waitUntil(lambda: not mentions_in_reader(window, russia.id), timeout=10000)
    qtbot.waitUntil(lambda: all(e.id != russia.id for e in pane.model.entities()), timeout=10000)
    still = {d for d in ws.browse() if any(m.entity_id == russia.id for m in ws.entities.mentions(d))}
    assert still == others  # the other documents keep it
    assert any(e.id == russia.id for e in window.entities.corpus_pane.model.entities())
    # a change of type in this document only: its mentions become the other type here, and only here
    syria = next(e for e in ws.entities.all() if e.name == "سوريا")
    window.curation.curate_from_menu("type:ORG@doc", syria.id)
    qtbot.waitUntil(lambda: ("سوريا", "ORG") in {(e.name, e.type) for e in ws.entities.all(doc_id)}, timeout=10000)
    assert any(("سوريا", "LOC") in {(e.name, e.type) for e in ws.entities.all(d)} for d in ws.browse() if d != doc_id)
    # the corpus pane of a corpus-wide list offers no document scope
    corpus_labels = [a.text() for a in window.entities.corpus_pane.menu_for(syria).actions()]
    assert "ليس كيانًا في هذه الوثيقة" not in corpus_labels


def test_f3_steps_through_the_chosen_entitys_mentions(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    reader = window.reader
    syria = open_document_with(qtbot, window, "سوريا", at_least=3)
    doc_id = reader.document.id
    assert not window.search_bar.query()
    window.listing.set_entity(syria.id)
    qtbot.waitUntil(lambda: reader.document is not None and reader.document.id == doc_id, timeout=10000)
    qtbot.waitUntil(lambda: reader.hit_count == len(mentions_in_reader(window, syria.id)), timeout=10000)
    count = reader.hit_count
    assert reader.stepping_mentions
    assert reader.hit_label.text() == f"مرات الذكر: {count} (F3: التالي)"
    next_hit = next(a for a in window.findChildren(type(window.undo_action)) if a.shortcut().toString() == "F3")
    next_hit.trigger()
    assert reader.current_hit == 1
    assert reader.hit_label.text() == f"الذكر 1 من {count}"
    first = mentions_in_reader(window, syria.id)[0]
    cursor = reader.view.textCursor().position()
    assert reader.offset_at(cursor) == first[1]  # the view is at the first mention
    next_hit.trigger()
    assert reader.current_hit == 2
    reader.previous_hit()
    reader.previous_hit()
    assert reader.current_hit == count  # Shift+F3 from the first wraps to the last


def test_the_related_list_keeps_an_arabic_name_apart_from_its_count(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """In the English window "سوريا · 31 documents" read "31 · سوريا documents": the name is isolated."""
    ws = window.workspace
    syria = next(e for e in ws.entities.all() if e.name == "سوريا")
    others = [e for e in ws.entities.all() if e.id != syria.id][:2]
    window.entities.set_related(syria, [(others[0], 31), (others[1], 2)])
    texts = [window.entities.related.item(i).text() for i in range(window.entities.related.count())]
    assert texts[0].startswith(f"\u2068{others[0].name}\u2069")
    assert "31" in texts[0]
    assert "\u2068سوريا\u2069" in window.entities.related_label.text()
