"""Excerpts in the window: keep the reader's selection, edit, delete, reorder (each undoable),
list them by the panel's filters, and open one where it was kept. Every read and every
change runs on the task runner (:mod:`kashshaf.ui.ops`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from kashshaf.core.excerpts import Excerpt, ExcerptFilter
from kashshaf.ui.messages import text_of
from kashshaf.ui.ops import OpChanges, changes_corpus
from kashshaf.ui.undo import AddExcerpt, DeleteExcerpt, EditExcerpt, MoveExcerpt

if TYPE_CHECKING:
    from kashshaf.core.workspace import Workspace
    from kashshaf.ui.mainwindow import MainWindow


class ExcerptsController(QObject):
    """``window.excerpts_controller``: the excerpts panel's and the reader's excerpt actions."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        panel = window.excerpts
        panel.filter_changed.connect(self.refresh)
        panel.open_requested.connect(self.open)
        panel.note_edited.connect(self.edit)
        panel.delete_requested.connect(self.delete)
        panel.undo_requested.connect(window.undo_stack.undo)
        window.undo_stack.canUndoChanged.connect(panel.undo_button.setEnabled)
        panel.move_requested.connect(self.move)
        panel.model.reorder_requested.connect(self.reorder)
        window.reader.view.add_excerpt_requested.connect(self.add)
        window.ops.changes_applied.connect(self._changed)

    def _changed(self, changes: OpChanges) -> None:
        if changes.excerpts or changes.outlets:
            self.refresh(keep=changes.keep_excerpt)
        if changes.excerpts:
            self._mark_in_reader()

    @changes_corpus
    def add(self) -> None:
        """Keep the reader's selection as an excerpt (Ctrl+E)."""
        w = self.window
        offsets = w.reader.selected_offsets()
        doc = w.reader.document
        if offsets is None or w.workspace is None or doc is None:
            w.statusBar().showMessage(self.tr("Select a passage in the reader first (not in the raw text)."), 4000)
            return
        command = AddExcerpt(w.ops, doc.id, *offsets, text=self.tr("add excerpt"))
        command.failed = lambda exc: w.statusBar().showMessage(text_of(exc), 6000)
        command.succeeded = self._added
        w.undo_stack.push(command)

    def _added(self) -> None:
        w = self.window
        w.statusBar().showMessage(self.tr("Excerpt added."), 3000)
        w.excerpts_dock.show()
        w.excerpts_dock.raise_()

    def refresh(self, keep: str | None = None) -> None:
        """List the excerpts the panel's filters ask for (keeping ``keep`` chosen)."""
        w = self.window
        tag, words, this_document, this_entity = w.excerpts.filter_choice()
        where = ExcerptFilter(tag=tag, text=words)
        if this_document and w.current_id is not None:
            where.doc_id = w.current_id
        entity = w.entity_id if this_entity else None

        def read(ws: Workspace) -> tuple[list[str], list[Excerpt]]:
            return ws.excerpts.tags(), ws.excerpts.all(where, entity=entity)  # with an entity, a search

        def show(found: tuple[list[str], list[Excerpt]]) -> None:
            tags, excerpts = found
            w.excerpts.set_tags(tags)
            w.excerpts.set_excerpts(excerpts, keep=keep if isinstance(keep, str) else None)

        w.ops.query_op(read, topic="excerpts").success(show).run()

    def document_shown(self) -> None:
        """The reader shows another document: the panel follows it when it lists this document's only."""
        if self.window.excerpts.filter_choice()[2]:
            self.refresh()

    def _mark_in_reader(self) -> None:
        """Mark the kept passages of the document shown."""
        w = self.window
        doc = w.reader.document
        if doc is None or w.reader.raw:
            w.reader.set_excerpts([])
            return
        doc_id = doc.id

        def show(spans: list[tuple[int, int, str]]) -> None:
            if w.reader.document is not None and w.reader.document.id == doc_id and not w.reader.raw:
                w.reader.set_excerpts(spans)

        w.ops.query_op(lambda ws: ws.excerpts.marks(doc_id), topic="document-excerpts").success(show).run()

    def open(self, excerpt_id: str) -> None:
        """Show the document of an excerpt, scrolled to it."""
        w = self.window

        def show(e: Excerpt | None) -> None:
            if e is None or e.status == "lost":
                return
            w.listing.pending_scroll = (e.doc_id, e.start)
            row = w.model.row_of(e.doc_id)
            if row >= 0:
                w.list_view.setCurrentIndex(w.model.index(row, 0))
            w.listing.load_document(e.doc_id)

        w.ops.query_op(lambda ws: ws.excerpts.get(excerpt_id), topic="open-excerpt").success(show).run()

    @changes_corpus
    def edit(self, excerpt_id: str, note: str, tags: list[str], colour: str) -> None:
        changes = {"note": note, "tags": tags, "colour": colour}
        self.window.undo_stack.push(EditExcerpt(self.window.ops, excerpt_id, changes, self.tr("edit excerpt")))

    @changes_corpus
    def delete(self, excerpt_id: str) -> None:
        w = self.window
        w.undo_stack.push(DeleteExcerpt(w.ops, excerpt_id, self.tr("delete excerpt")))
        w.statusBar().showMessage(self.tr("Excerpt deleted (Ctrl+Z brings it back)."), 5000)

    @changes_corpus
    def move(self, excerpt_id: str, step: int) -> None:
        """Move an excerpt one place up (-1) or down (+1) in the whole order (the arrows)."""
        w = self.window
        listed = [e.id for e in w.excerpts.model.excerpts]
        if w.excerpts.filter_choice() == (None, "", False, False) and excerpt_id in listed:
            # the panel lists every excerpt: at either end there is nothing to move (and nothing to undo)
            if not 0 <= listed.index(excerpt_id) + step < len(listed):
                return
        w.undo_stack.push(MoveExcerpt(w.ops, excerpt_id, None, self.tr("move excerpt"), step=step))

    @changes_corpus
    def reorder(self, excerpt_id: str, before_id: str) -> None:
        """Put an excerpt before another ("" for last), as dragged or moved with the arrows."""
        w = self.window
        w.undo_stack.push(MoveExcerpt(w.ops, excerpt_id, before_id or None, self.tr("move excerpt")))
