"""One task runner for every background job.

Work runs on worker threads, never on the UI thread; results, errors and
progress come back to the UI thread through a queue that a timer on the UI
thread drains every few milliseconds while work is under way.

Why not Qt's own machinery: in PySide 6.12, ``QRunnable`` drops a reference
to ``None`` and ``True`` on every task, a signal emitted from another
thread drops one to ``True``, and ``QTimer.singleShot`` and a cross-thread
``postEvent`` drop one to ``None``. Each is harmless once and fatal after
some thousands (the interpreter aborts when the count reaches zero), so the
runner uses Python threads, a ``queue.SimpleQueue`` and one long-lived
``QTimer``; :func:`defer` replaces ``QTimer.singleShot``. Four lanes:

* ``query``: searches, snippets and other short reads, one at a time. Each
  task has a *topic* (for example ``"search"``); a newer task on the same
  topic makes the older ones stale: a stale task that has not started is
  skipped, and a stale result is dropped, so the window only ever shows the
  answer to the latest question.
* ``summary``: slow corpus-wide reads (the corpus' entity counts), with
  topics like ``query``, on a lane of their own so that the list and the
  reader never wait behind them.
* ``edit``: a person's small changes to a corpus (an excerpt kept, edited,
  deleted or moved, an outlet renamed, and their undo), in the order asked,
  so that they never wait behind an import; the window waits for this lane
  (:meth:`TaskRunner.settle`) before it closes a corpus, so none is lost.
* ``job``: long work (opening a corpus, importing, re-indexing, entity
  curation, which re-indexes), one at a time, with progress and cancellation.
"""

from __future__ import annotations

import heapq
import itertools
import queue
import threading
import time
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as futures_wait
from dataclasses import dataclass, field
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

POLL_MS = 8
LANES = ("query", "summary", "edit", "job")

_T = TypeVar("_T")  # a task's result: what ``fn`` returns, ``on_done`` is given


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
        self._runner._outbox.put(("progress", self.id, value, ""))

    def cancel(self) -> None:
        self._cancel.set()


@dataclass(eq=False)
class _Callbacks:
    """One task's callbacks; each task's result type was matched to its ``on_done`` by :meth:`TaskRunner.submit`"""

    topic: str | None
    generation: int
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException, str], None] | None
    on_progress: Callable[[Any], None] | None
    on_cancelled: Callable[[], None] | None = None


def _run(runner: TaskRunner, ctx: TaskContext, fn: Callable[[TaskContext], object]) -> None:
    """One task, on a worker thread; its outcome goes back to the UI thread as a signal."""
    if runner._is_stale(ctx.id) or ctx.cancelled():
        runner._outbox.put(("failed", ctx.id, TaskCancelled(), ""))
        return
    try:
        result = fn(ctx)
    except BaseException as exc:  # reported to the UI thread, never lost
        runner._outbox.put(("failed", ctx.id, exc, traceback.format_exc()))
    else:
        runner._outbox.put(("done", ctx.id, result, ""))


class TaskRunner(QObject):
    """Runs callables ``fn(ctx)`` off the UI thread; see the module docstring."""

    busy_changed = Signal(bool)
    """True while a job-lane task runs."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._outbox: queue.SimpleQueue[tuple[str, int, Any, str]] = queue.SimpleQueue()
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._drain)
        self._lanes = {lane: ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"kashshaf-{lane}") for lane in LANES}
        self._futures: set[Future[None]] = set()
        self._lane_futures: dict[str, set[Future[None]]] = {lane: set() for lane in LANES}
        self._lock = threading.Lock()
        self._next_id = 0
        self._callbacks: dict[int, _Callbacks] = {}
        self._contexts: dict[int, TaskContext] = {}
        self._latest: dict[str, int] = {}
        self._jobs: set[int] = set()
        self._closed = False

    def submit(
        self,
        fn: Callable[[TaskContext], _T],
        *,
        on_done: Callable[[_T], None] | None = None,
        on_error: Callable[[BaseException, str], None] | None = None,
        on_progress: Callable[[Any], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        topic: str | None = None,
        lane: str = "query",
    ) -> TaskContext:
        """Run ``fn(ctx)`` on ``lane``. ``on_cancelled`` is called when the task was
        cancelled before it started or gave up with :class:`TaskCancelled`."""
        if self._closed:
            raise RuntimeError("the task runner has been shut down")
        with self._lock:
            self._next_id += 1
            task_id = self._next_id
            generation = task_id
            if topic is not None:
                self._latest[topic] = generation
        ctx = TaskContext(task_id, self)
        self._callbacks[task_id] = _Callbacks(topic, generation, on_done, on_error, on_progress, on_cancelled)
        self._contexts[task_id] = ctx
        if lane == "job":
            self._jobs.add(task_id)
            if len(self._jobs) == 1:
                self.busy_changed.emit(True)
        if not self._poll.isActive():
            self._poll.start()
        future = self._lanes[lane].submit(_run, self, ctx, fn)
        with self._lock:
            self._futures.add(future)
            self._lane_futures[lane].add(future)
        future.add_done_callback(self._forget)
        return ctx

    def _forget(self, future: Future[None]) -> None:
        with self._lock:
            self._futures.discard(future)
            for futures in self._lane_futures.values():
                futures.discard(future)

    def settle(self, lane: str, msecs: int = 10000) -> bool:
        """Wait for every task submitted to ``lane`` to finish (none is cancelled): the ``edit``
        lane's changes are written before a corpus is closed."""
        with self._lock:
            pending = set(self._lane_futures[lane])
        _done, not_done = futures_wait(pending, timeout=None if msecs < 0 else msecs / 1000)
        return not not_done

    def _drain(self) -> None:
        """On the UI thread: hand every outcome that arrived to its callbacks."""
        while True:
            try:
                kind, task_id, value, trace = self._outbox.get_nowait()
            except queue.Empty:
                break
            if kind == "done":
                self._on_done(task_id, value)
            elif kind == "failed":
                self._on_failed(task_id, value, trace)
            else:
                self._on_progress(task_id, value)
        if not self._callbacks and self._outbox.empty():
            self._poll.stop()

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
        if cb is None or stale:
            return
        if isinstance(exc, TaskCancelled):
            if cb.on_cancelled is not None and not self._closed:
                cb.on_cancelled()
            return
        if cb.on_error is not None:
            cb.on_error(exc, trace)

    def _on_progress(self, task_id: int, value: object) -> None:
        cb = self._callbacks.get(task_id)
        if cb is not None and cb.on_progress is not None and not self._is_stale(task_id):
            cb.on_progress(value)

    @property
    def idle(self) -> bool:
        """Whether every task submitted has finished and its answer has been handed to its callbacks
        (a callback that submits another task makes the runner busy again): what tests wait for
        instead of a fixed time."""
        return not self._callbacks and self._outbox.empty()

    @property
    def busy(self) -> bool:
        """Whether a job-lane task (opening a corpus, an import, re-indexing) runs: what ``busy_changed`` tells."""
        return bool(self._jobs)

    def cancel_all(self) -> None:
        for ctx in list(self._contexts.values()):
            ctx.cancel()

    def shutdown(self, msecs: int = 30000) -> bool:
        """Write the changes asked for (the ``edit`` lane), cancel everything else, wait for running
        tasks, and drop every answer still on its way."""
        self.settle("edit", msecs)
        self._closed = True
        self.cancel_all()
        finished = self.wait(msecs)
        for executor in self._lanes.values():
            executor.shutdown(wait=False)
        self._callbacks.clear()
        self._contexts.clear()
        return finished

    def wait(self, msecs: int = -1) -> bool:
        """Wait for every submitted task to finish (used on quit and in tests)."""
        with self._lock:
            pending = set(self._futures)
        _done, not_done = futures_wait(pending, timeout=None if msecs < 0 else msecs / 1000)
        return not not_done


class _Deferred(QObject):
    """Calls to make later on the UI thread, on one long-lived timer (see the module docstring)."""

    def __init__(self) -> None:
        super().__init__()
        self._heap: list[tuple[float, int, Callable[[], object], QObject | None]] = []
        self._order = itertools.count()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._fire)

    def add(self, fn: Callable[[], object], msec: int, owner: QObject | None) -> None:
        heapq.heappush(self._heap, (time.monotonic() + msec / 1000, next(self._order), fn, owner))
        if not self._timer.isActive():
            self._timer.start()

    def _fire(self) -> None:
        now = time.monotonic()
        while self._heap and self._heap[0][0] <= now:
            _due, _n, fn, owner = heapq.heappop(self._heap)
            if owner is None or shiboken6.isValid(owner):  # like singleShot's context: gone owner, no call
                fn()
        if not self._heap:
            self._timer.stop()


_deferred: _Deferred | None = None


def deferred_pending() -> int:
    """How many calls :func:`defer` holds that have not been made yet."""
    return 0 if _deferred is None else len(_deferred._heap)


def defer(fn: Callable[[], object], msec: int = 0, owner: QObject | None = None) -> None:
    """Call ``fn`` on the UI thread after ``msec`` milliseconds, unless ``owner`` has been
    deleted by then (instead of ``QTimer.singleShot``)."""
    global _deferred
    if _deferred is None:
        _deferred = _Deferred()
    _deferred.add(fn, msec, owner)
