"""Operations: how the window asks the core for something, after Anki's ``aqt/operations``.

* :class:`CorpusOp` changes the corpus. It runs on one lane of the task
  runner, one at a time and in the order asked (so an undo runs after the
  change it takes back): a person's small changes on the ``edit`` lane, so
  that they never wait behind an import; curation, which re-indexes, on the
  ``job`` lane. When it is done :attr:`Ops.changes_applied` tells every panel
  what changed (:class:`OpChanges`); each panel refreshes what concerns it.
* :class:`QueryOp` reads: on the query lane (or the summary lane for slow
  corpus-wide counts), with a topic, so that only the latest answer to a
  question is shown. :class:`TaskOp` is a long read that reports its
  progress and can be cancelled (a list of queries searched one by one).

Both take ``.success(fn)`` and ``.failure(fn)`` and then ``.run()``. A change
that fails with no handler says why in a message box, a read in the status
bar; an answer or a failure about a corpus no longer open is dropped. The
window's thread only shows answers: nothing here touches SQLite on it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, Protocol, Self, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from kashshaf.ui.messages import text_of

if TYPE_CHECKING:
    from kashshaf.core.workspace import Workspace
    from kashshaf.ui.mainwindow import MainWindow
    from kashshaf.ui.tasks import TaskContext

T = TypeVar("T")


@dataclass(frozen=True)
class OpChanges:
    """What an operation changed, so that each panel refreshes only what concerns it."""

    documents: bool = False
    """documents came or went, or their rows changed (an import, an index, a rescan)"""
    entities: bool = False
    """entities or their mentions changed (curation)"""
    excerpts: bool = False
    outlets: bool = False
    """an outlet's name changed: rows, filters, citations"""
    keep_excerpt: str | None = None
    """the excerpt to keep chosen in the panel"""

    def __or__(self, other: OpChanges) -> OpChanges:
        merged = {f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)}
        return OpChanges(**merged)


class Ops(QObject):
    """The window's operations hub: it runs :class:`CorpusOp` and :class:`QueryOp` on the task
    runner and announces every change made (:attr:`changes_applied`)."""

    changes_applied = Signal(object)
    """an :class:`OpChanges`, after a :class:`CorpusOp` succeeded"""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def corpus_op(
        self, op: Callable[[Workspace], T], changes: OpChanges | Callable[[T], OpChanges], *, lane: str = "edit"
    ) -> CorpusOp[T]:
        return CorpusOp(self, op, changes, lane)

    def query_op(self, read: Callable[[Workspace], T], *, topic: str | None = None, lane: str = "query") -> QueryOp[T]:
        return QueryOp(self, read, topic, lane)

    def task_op(
        self, work: Callable[[Workspace, TaskContext], T], *, topic: str | None = None, lane: str = "summary"
    ) -> TaskOp[T]:
        return TaskOp(self, work, topic, lane)


class _Op(Generic[T]):
    def __init__(self, ops: Ops) -> None:
        self.ops = ops
        self._success: Callable[[T], Any] | None = None
        self._failure: Callable[[BaseException], Any] | None = None

    def success(self, fn: Callable[[T], Any]) -> Self:
        self._success = fn
        return self

    def failure(self, fn: Callable[[BaseException], Any]) -> Self:
        self._failure = fn
        return self

    def _failed(self, exc: BaseException, ws: Workspace) -> None:
        if self.ops.window.workspace is not ws:
            return  # about a corpus no longer open
        if self._failure is not None:
            self._failure(exc)
        else:
            self._unhandled(exc)

    def _unhandled(self, exc: BaseException) -> None:
        self.ops.window.statusBar().showMessage(text_of(exc), 8000)


class CorpusOp(_Op[T]):
    """A change to the open corpus, on its lane; :attr:`Ops.changes_applied` follows its success."""

    def __init__(
        self, ops: Ops, op: Callable[[Workspace], T], changes: OpChanges | Callable[[T], OpChanges], lane: str
    ) -> None:
        super().__init__(ops)
        self.op, self.changes, self.lane = op, changes, lane
        self.busy_text: str | None = None

    def _unhandled(self, exc: BaseException) -> None:
        window = self.ops.window
        QMessageBox.warning(window, window.windowTitle(), text_of(exc))

    def busy(self, text: str) -> Self:
        """Say ``text`` in the status bar while the change runs."""
        self.busy_text = text
        return self

    def run(self) -> None:
        window = self.ops.window
        ws = window.workspace
        if ws is None:
            return
        if self.busy_text:
            window.set_job(self.busy_text, busy=True)

        def done(result: T) -> None:
            if self.busy_text:
                window.set_job("", busy=False)
            if self._success is not None:
                self._success(result)
            if window.workspace is ws:
                changes = self.changes(result) if callable(self.changes) else self.changes
                self.ops.changes_applied.emit(changes)

        def failed(exc: BaseException, _trace: str) -> None:
            if self.busy_text:
                window.set_job("", busy=False)
            self._failed(exc, ws)

        def work(_ctx: TaskContext) -> T:
            return self.op(ws)

        window.runner.submit(work, on_done=done, on_error=failed, lane=self.lane)


class QueryOp(_Op[T]):
    """A read of the open corpus; with a ``topic``, a newer read on the same topic makes this one stale."""

    def __init__(self, ops: Ops, read: Callable[[Workspace], T], topic: str | None, lane: str) -> None:
        super().__init__(ops)
        self.read, self.topic, self.lane = read, topic, lane

    def run(self) -> None:
        window = self.ops.window
        ws = window.workspace
        if ws is None:
            return

        def done(result: T) -> None:
            if window.workspace is ws and self._success is not None:
                self._success(result)

        def work(_ctx: TaskContext) -> T:
            return self.read(ws)

        window.runner.submit(
            work, on_done=done, on_error=lambda exc, _trace: self._failed(exc, ws), topic=self.topic, lane=self.lane
        )


class TaskOp(_Op[T]):
    """A long read of the open corpus: ``work(ws, ctx)`` reports through ``ctx.progress(value)`` and stops
    early when ``ctx.cancelled()``; :meth:`run` gives the task's context, whose ``cancel()`` asks it to."""

    def __init__(self, ops: Ops, work: Callable[[Workspace, TaskContext], T], topic: str | None, lane: str) -> None:
        super().__init__(ops)
        self.work, self.topic, self.lane = work, topic, lane
        self._progress: Callable[[Any], Any] | None = None
        self._cancelled: Callable[[], Any] | None = None

    def progress(self, fn: Callable[[Any], Any]) -> Self:
        self._progress = fn
        return self

    def cancelled(self, fn: Callable[[], Any]) -> Self:
        """``fn()`` when the task was cancelled before it began (or gave up with ``TaskCancelled``)."""
        self._cancelled = fn
        return self

    def run(self) -> TaskContext | None:
        window = self.ops.window
        ws = window.workspace
        if ws is None:
            return None

        def done(result: T) -> None:
            if window.workspace is ws and self._success is not None:
                self._success(result)

        def progressed(value: object) -> None:
            if window.workspace is ws and self._progress is not None:
                self._progress(value)

        def gave_up() -> None:
            if window.workspace is ws and self._cancelled is not None:
                self._cancelled()

        return window.runner.submit(
            lambda ctx: self.work(ws, ctx),
            on_done=done,
            on_error=lambda exc, _trace: self._failed(exc, ws),
            on_progress=progressed,
            on_cancelled=gave_up,
            topic=self.topic,
            lane=self.lane,
        )


class HasWindow(Protocol):
    """A controller of one feature of the window."""

    @property
    def window(self) -> MainWindow: ...


C = TypeVar("C", bound=HasWindow)
P = ParamSpec("P")


def changes_corpus(method: Callable[Concatenate[C, P], None]) -> Callable[Concatenate[C, P], None]:
    """A window action that writes to the corpus: on a read-only corpus it says why, and does nothing."""

    @functools.wraps(method)
    def guarded(self: C, /, *args: P.args, **kwargs: P.kwargs) -> None:
        window = self.window
        ws = window.workspace
        if ws is not None and ws.readonly:
            window.statusBar().showMessage(window.corpus.read_only_message(), 8000)
            return
        method(self, *args, **kwargs)

    return guarded
