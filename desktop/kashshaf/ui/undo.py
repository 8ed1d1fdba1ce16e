"""Undo and redo of what a person changes in a corpus: excerpts (add, edit, delete, reorder),
entity curation and outlet names (Edit → Undo, Ctrl+Z; Redo, Ctrl+Shift+Z).

Each command does its change through a workspace service and keeps what it
needs to take it back; the stack is emptied when another corpus is opened.
Every change and every undo is a :class:`~kashshaf.ui.ops.CorpusOp`: it runs on
one lane of the task runner (``edit``, so it never waits behind an import;
curation, which re-indexes, on ``job``), one after another in the order asked,
so an undo pressed before its change has run finds it done; the panels
refresh from :attr:`~kashshaf.ui.ops.Ops.changes_applied`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from kashshaf.core.entities.curation import CurationOp
from kashshaf.core.excerpts import Excerpt
from kashshaf.core.models import Outlet
from kashshaf.core.services import CurationChange
from kashshaf.core.workspace import Workspace
from kashshaf.ui.ops import OpChanges, Ops


class CorpusCommand(QUndoCommand):
    """An undoable change: :meth:`apply` and :meth:`revert` run on the command's lane, in order."""

    lane = "edit"
    """small changes on the edit lane (never behind an import); curation on the job lane"""

    def __init__(self, ops: Ops, text: str, changes: OpChanges, busy: str | None = None) -> None:
        super().__init__(text)
        self.ops, self.changes, self.busy = ops, changes, busy
        self.failed: Callable[[BaseException], Any] | None = None
        """shows a failure (by default a message box)"""
        self.succeeded: Callable[[], Any] | None = None
        """called once the change is made the first time"""

    def apply(self, ws: Workspace) -> None:
        """Make the change (on the lane); each command class says what it changes."""
        raise NotImplementedError(f"{type(self).__name__} must say what it changes")  # only its subclasses are made

    def revert(self, ws: Workspace) -> None:
        """Take the change back (on the lane, after it)."""
        raise NotImplementedError(
            f"{type(self).__name__} must say how it is taken back"
        )  # only its subclasses are made

    def _run(
        self,
        work: Callable[[Workspace], None],
        changes: OpChanges | Callable[[None], OpChanges],
        then: Callable[[], Any] | None = None,
    ) -> None:
        op = self.ops.corpus_op(work, changes, lane=self.lane)
        if then is not None:
            op.success(lambda _r: then())
        if self.busy:
            op.busy(self.busy)
        if self.failed is not None:
            op.failure(self.failed)
        op.run()

    def redo(self) -> None:
        self._run(self.apply, self.changes, self._first())

    def _first(self) -> Callable[[], Any] | None:
        """What to call when the change is made the first time (not on a redo)."""
        said, self.succeeded = self.succeeded, None
        return said

    def undo(self) -> None:
        self._run(self.revert, self.changes)


class AddExcerpt(CorpusCommand):
    def __init__(self, ops: Ops, doc_id: str, start: int, end: int, text: str) -> None:
        super().__init__(ops, text, OpChanges(excerpts=True))
        self.doc_id, self.start, self.end = doc_id, start, end
        self.excerpt: Excerpt | None = None

    def apply(self, ws: Workspace) -> None:
        if self.excerpt is None:
            self.excerpt = ws.excerpts.add(self.doc_id, self.start, self.end)
        else:
            ws.excerpts.restore(self.excerpt)

    def revert(self, ws: Workspace) -> None:
        if self.excerpt is not None:
            ws.excerpts.delete(self.excerpt.id)

    def redo(self) -> None:
        # the excerpt's id is known once it is made: the panel keeps it chosen
        self._run(
            self.apply,
            lambda _r: OpChanges(excerpts=True, keep_excerpt=self.excerpt.id if self.excerpt else None),
            self._first(),
        )


class DeleteExcerpt(CorpusCommand):
    def __init__(self, ops: Ops, excerpt_id: str, text: str) -> None:
        super().__init__(ops, text, OpChanges(excerpts=True))
        self.excerpt_id = excerpt_id
        self.gone: Excerpt | None = None

    def apply(self, ws: Workspace) -> None:
        self.gone = ws.excerpts.delete(self.excerpt_id)

    def revert(self, ws: Workspace) -> None:
        if self.gone is not None:
            ws.excerpts.restore(self.gone)

    def undo(self) -> None:
        self._run(self.revert, OpChanges(excerpts=True, keep_excerpt=self.excerpt_id))


class EditExcerpt(CorpusCommand):
    """A note, tags or colour saved; the panel keeps whichever excerpt is chosen (a note is also saved
    when the person moves on to another), and an undo chooses the edited one again."""

    def __init__(self, ops: Ops, excerpt_id: str, changes: dict[str, Any], text: str) -> None:
        super().__init__(ops, text, OpChanges(excerpts=True))
        self.excerpt_id, self.edits = excerpt_id, changes
        self.before: Excerpt | None = None

    def undo(self) -> None:
        self._run(self.revert, OpChanges(excerpts=True, keep_excerpt=self.excerpt_id))

    def apply(self, ws: Workspace) -> None:
        self.before = ws.excerpts.update(self.excerpt_id, **self.edits)

    def revert(self, ws: Workspace) -> None:
        if self.before is not None:
            ws.excerpts.restore(self.before)


class MoveExcerpt(CorpusCommand):
    """Put an excerpt before another (None: last), or ``step`` places up (-1) or down (+1); the step is
    taken on the order as it is when the move runs (after the moves asked before it)."""

    def __init__(self, ops: Ops, excerpt_id: str, before_id: str | None, text: str, step: int = 0) -> None:
        super().__init__(ops, text, OpChanges(excerpts=True, keep_excerpt=excerpt_id))
        self.excerpt_id, self.before_id, self.step = excerpt_id, before_id, step
        self.order: dict[str, float] = {}

    def apply(self, ws: Workspace) -> None:
        before = self.before_id
        if self.step:
            order = [e.id for e in ws.excerpts.all()]
            j = order.index(self.excerpt_id) + self.step
            if not 0 <= j < len(order):
                return  # first or last already
            before = order[j] if self.step < 0 else (order[j + 1] if j + 1 < len(order) else None)
        self.order = ws.excerpts.move(self.excerpt_id, before)

    def revert(self, ws: Workspace) -> None:
        ws.excerpts.set_order(self.order)


class RenameOutlet(CorpusCommand):
    def __init__(self, ops: Ops, outlet_id: str, name: str, name_en: str | None, text: str) -> None:
        super().__init__(ops, text, OpChanges(outlets=True))
        self.outlet_id, self.name, self.name_en = outlet_id, name, name_en
        self.before: Outlet | None = None

    def apply(self, ws: Workspace) -> None:
        self.before = ws.rename_outlet(self.outlet_id, self.name, self.name_en)

    def revert(self, ws: Workspace) -> None:
        if self.before is not None:
            ws.restore_outlet(self.before)


class Curate(CorpusCommand):
    """Curation decisions: the documents they touch are derived again and re-indexed."""

    lane = "job"

    def __init__(self, ops: Ops, decisions: tuple[CurationOp, ...], text: str, busy: str) -> None:
        super().__init__(ops, text, OpChanges(entities=True), busy)
        self.decisions = decisions
        self.change: CurationChange | None = None

    def apply(self, ws: Workspace) -> None:
        self.change = ws.curation.apply(*self.decisions)

    def revert(self, ws: Workspace) -> None:
        if self.change is not None:
            ws.curation.undo(self.change)
            self.change = None
