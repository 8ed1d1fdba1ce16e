"""Undo and redo of what a person changes in a corpus: excerpts (add, edit, delete, reorder),
entity curation and outlet names (Edit → Undo, Ctrl+Z; Redo, Ctrl+Shift+Z).

Each command does its change through the Workspace and keeps what it needs
to take it back; the stack is emptied when another corpus is opened. Curation
runs on the task runner (it re-derives and re-indexes documents); the rest
is a single SQLite write and runs in place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from kashshaf.core.excerpts import Excerpt
from kashshaf.core.models import Outlet
from kashshaf.core.workspace import CurationChange, Workspace

Refresh = Callable[[str | None], None]
"""shows the change: the id of an excerpt to keep selected, or None"""


class AddExcerpt(QUndoCommand):
    def __init__(self, ws: Workspace, excerpt: Excerpt, refresh: Refresh, text: str) -> None:
        super().__init__(text)
        self.ws, self.excerpt, self.refresh = ws, excerpt, refresh
        self._done = True  # made before the command was pushed

    def redo(self) -> None:
        if not self._done:
            self.ws.restore_excerpt(self.excerpt)
            self.refresh(self.excerpt.id)
        self._done = False

    def undo(self) -> None:
        self.ws.delete_excerpt(self.excerpt.id)
        self.refresh(None)


class DeleteExcerpt(QUndoCommand):
    def __init__(self, ws: Workspace, excerpt_id: str, refresh: Refresh, text: str) -> None:
        super().__init__(text)
        self.ws, self.excerpt_id, self.refresh = ws, excerpt_id, refresh
        self.gone: Excerpt | None = None

    def redo(self) -> None:
        self.gone = self.ws.delete_excerpt(self.excerpt_id)
        self.refresh(None)

    def undo(self) -> None:
        if self.gone is not None:
            self.ws.restore_excerpt(self.gone)
            self.refresh(self.gone.id)


class EditExcerpt(QUndoCommand):
    def __init__(self, ws: Workspace, excerpt_id: str, changes: dict[str, Any], refresh: Refresh, text: str) -> None:
        super().__init__(text)
        self.ws, self.excerpt_id, self.changes, self.refresh = ws, excerpt_id, changes, refresh
        self.before: Excerpt | None = None

    def redo(self) -> None:
        self.before = self.ws.update_excerpt(self.excerpt_id, **self.changes)
        self.refresh(self.excerpt_id)

    def undo(self) -> None:
        if self.before is not None:
            self.ws.restore_excerpt(self.before)
            self.refresh(self.excerpt_id)


class MoveExcerpt(QUndoCommand):
    def __init__(self, ws: Workspace, excerpt_id: str, before_id: str | None, refresh: Refresh, text: str) -> None:
        super().__init__(text)
        self.ws, self.excerpt_id, self.before_id, self.refresh = ws, excerpt_id, before_id, refresh
        self.order: dict[str, float] = {}

    def redo(self) -> None:
        self.order = self.ws.move_excerpt(self.excerpt_id, self.before_id)
        self.refresh(self.excerpt_id)

    def undo(self) -> None:
        self.ws.set_excerpt_order(self.order)
        self.refresh(self.excerpt_id)


class RenameOutlet(QUndoCommand):
    def __init__(
        self, ws: Workspace, outlet_id: str, name: str, name_en: str | None, refresh: Callable[[], None], text: str
    ) -> None:
        super().__init__(text)
        self.ws, self.outlet_id, self.name, self.name_en, self.refresh = ws, outlet_id, name, name_en, refresh
        self.before: Outlet | None = None

    def redo(self) -> None:
        self.before = self.ws.rename_outlet(self.outlet_id, self.name, self.name_en)
        self.refresh()

    def undo(self) -> None:
        if self.before is not None:
            self.ws.restore_outlet(self.before)
            self.refresh()


class Curate(QUndoCommand):
    """Curation decisions; ``run`` runs work in the background and calls back with its result."""

    def __init__(
        self,
        ops: tuple[dict[str, Any], ...],
        run: Callable[[Callable[[Workspace], Any], Callable[[Any], None]], None],
        text: str,
    ) -> None:
        super().__init__(text)
        self.ops, self.run = ops, run
        self.change: CurationChange | None = None

    # The work runs on the runner's job lane, one task after another, so an undo pressed
    # before the decisions were applied runs after them and finds their change.

    def redo(self) -> None:
        def work(ws: Workspace) -> CurationChange:
            self.change = ws.apply_curation(*self.ops)
            return self.change

        self.run(work, lambda _change: None)

    def undo(self) -> None:
        def work(ws: Workspace) -> None:
            if self.change is not None:
                ws.undo_curation(self.change)
                self.change = None

        self.run(work, lambda _r: None)
