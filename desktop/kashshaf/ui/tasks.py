"""One task runner for every background job.

Work runs on Qt's thread pools, never on the UI thread; results, errors and
progress come back to the UI thread through queued signals. Two lanes:

* ``query``: searches, snippets and other short reads, one at a time. Each
  task has a *topic* (for example ``"search"``); a newer task on the same
  topic makes the older ones stale: a stale task that has not started is
  skipped, and a stale result is dropped, so the window only ever shows the
  answer to the latest question.
* ``job``: long work (opening a corpus, importing, re-indexing), one at a
  time, with progress and cancellation.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class TaskCancelled(Exception):
    """Raised inside a task that noticed it was cancelled."""


@dataclass(eq=False)
class TaskContext:
    """What a running task can see: whether it was cancelled, and a way to report progress."""

    id: int
    _runner: TaskRunner
    _cancel: threading.Event = field(default_factory=threading.Event)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise TaskCancelled

    def progress(self, value: object) -> None:
        self._runner._bridge.progress.emit(self.id, value)

    def cancel(self) -> None:
        self._cancel.set()


class _Bridge(QObject):
    done = Signal(int, object)
    failed = Signal(int, object, str)
    progress = Signal(int, object)


@dataclass(eq=False)
class _Callbacks:
    topic: str | None
    generation: int
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException, str], None] | None
    on_progress: Callable[[Any], None] | None


class _Runnable(QRunnable):
    def __init__(self, runner: TaskRunner, ctx: TaskContext, fn: Callable[[TaskContext], Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._runner = runner
        self._ctx = ctx
        self._fn = fn

    def run(self) -> None:
        ctx = self._ctx
        if self._runner._is_stale(ctx.id) or ctx.cancelled():
            self._runner._bridge.failed.emit(ctx.id, TaskCancelled(), "")
            return
        try:
            result = self._fn(ctx)
        except BaseException as exc:  # reported to the UI thread, never lost
            self._runner._bridge.failed.emit(ctx.id, exc, traceback.format_exc())
        else:
            self._runner._bridge.done.emit(ctx.id, result)


class TaskRunner(QObject):
    """Runs callables ``fn(ctx)`` off the UI thread; see the module docstring."""

    busy_changed = Signal(bool)
    """True while a job-lane task runs."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bridge = _Bridge(self)
        self._bridge.done.connect(self._on_done)
        self._bridge.failed.connect(self._on_failed)
        self._bridge.progress.connect(self._on_progress)
        self._lanes = {"query": QThreadPool(self), "job": QThreadPool(self)}
        for pool in self._lanes.values():
            pool.setMaxThreadCount(1)
        self._lock = threading.Lock()
        self._next_id = 0
        self._callbacks: dict[int, _Callbacks] = {}
        self._contexts: dict[int, TaskContext] = {}
        self._latest: dict[str, int] = {}
        self._jobs: set[int] = set()
        self._closed = False

    def submit(
        self,
        fn: Callable[[TaskContext], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException, str], None] | None = None,
        on_progress: Callable[[Any], None] | None = None,
        topic: str | None = None,
        lane: str = "query",
    ) -> TaskContext:
        if self._closed:
            raise RuntimeError("the task runner has been shut down")
        with self._lock:
            self._next_id += 1
            task_id = self._next_id
            generation = task_id
            if topic is not None:
                self._latest[topic] = generation
        ctx = TaskContext(task_id, self)
        self._callbacks[task_id] = _Callbacks(topic, generation, on_done, on_error, on_progress)
        self._contexts[task_id] = ctx
        if lane == "job":
            self._jobs.add(task_id)
            if len(self._jobs) == 1:
                self.busy_changed.emit(True)
        self._lanes[lane].start(_Runnable(self, ctx, fn))
        return ctx

    def _is_stale(self, task_id: int) -> bool:
        cb = self._callbacks.get(task_id)
        if cb is None or cb.topic is None:
            return False
        with self._lock:
            return self._latest.get(cb.topic) != cb.generation

    def _finish(self, task_id: int) -> _Callbacks | None:
        cb = self._callbacks.pop(task_id, None)
        self._contexts.pop(task_id, None)
        if task_id in self._jobs:
            self._jobs.discard(task_id)
            if not self._jobs:
                self.busy_changed.emit(False)
        return cb

    def _on_done(self, task_id: int, result: object) -> None:
        stale = self._is_stale(task_id)
        cb = self._finish(task_id)
        if cb is not None and cb.on_done is not None and not stale:
            cb.on_done(result)

    def _on_failed(self, task_id: int, exc: BaseException, trace: str) -> None:
        stale = self._is_stale(task_id)
        cb = self._finish(task_id)
        if cb is None or stale or isinstance(exc, TaskCancelled):
            return
        if cb.on_error is not None:
            cb.on_error(exc, trace)

    def _on_progress(self, task_id: int, value: object) -> None:
        cb = self._callbacks.get(task_id)
        if cb is not None and cb.on_progress is not None and not self._is_stale(task_id):
            cb.on_progress(value)

    def is_busy(self) -> bool:
        return bool(self._jobs) or any(pool.activeThreadCount() for pool in self._lanes.values())

    def cancel_all(self) -> None:
        for ctx in list(self._contexts.values()):
            ctx.cancel()

    def shutdown(self, msecs: int = 30000) -> bool:
        """Cancel everything, wait for running tasks, and drop every answer still on its way."""
        self._closed = True
        self.cancel_all()
        finished = self.wait(msecs)
        self._callbacks.clear()
        self._contexts.clear()
        return finished

    def wait(self, msecs: int = -1) -> bool:
        """Wait for every lane to finish (used on quit and in tests)."""
        return all(pool.waitForDone(msecs) for pool in self._lanes.values())
