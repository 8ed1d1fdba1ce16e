"""An ordered process pool that outlives its workers.

``concurrent.futures.ProcessPoolExecutor`` hangs for ever when a worker is killed
while it sends a result (the out-of-memory killer, kill -9): all workers share one
result pipe whose write end the parent holds too, so the parent's reader waits for
the rest of a message that never comes. Here each worker has a pipe of its own and
the parent keeps only its end, so a dead worker always reads as the end of its pipe.

:func:`ordered_map` yields results in the items' order. A worker that dies takes
no item down with it except the one that killed it: the items of its batch are
tried again one at a time in a fresh worker, and an item that kills that one too
comes back as :class:`WorkerDied`. Closing the generator (a cancelled import)
terminates the workers at once: they only compute, so nothing is lost.
"""

from __future__ import annotations

import signal
from collections import deque
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")


class WorkerDied(Exception):
    """The process computing an item died (killed, out of memory, a crash in native code)."""


class _Failed(str):
    """An item's computation raised (the message); raised in the parent at its turn."""


@dataclass
class _Worker(Generic[T]):
    process: Any
    conn: Connection
    task: tuple[int, list[T]] | None = None
    """(index of the first item, the items) being computed"""


@dataclass
class _Tasks(Generic[T]):
    queue: deque[tuple[int, list[T]]] = field(default_factory=deque)
    retried: set[int] = field(default_factory=set)
    """indices of items being tried alone after their batch's worker died"""


def _serve(conn: Connection, fn: Callable[[Any], Any]) -> None:
    """A worker: compute batches until told to stop (``None``) or the parent goes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is for the parent to handle
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        start, items = task
        try:
            reply: tuple[int, list[Any] | None, str | None] = (start, [fn(x) for x in items], None)
        except BaseException as exc:  # sent back and raised in the parent, at the item's turn
            reply = (start, None, f"{type(exc).__name__}: {exc}")
        conn.send(reply)


def ordered_map(
    fn: Callable[[T], R], items: Sequence[T], *, workers: int, context: Any, batch: int = 1
) -> Generator[R | WorkerDied, None, None]:
    """``fn(item)`` for each item, in order, computed by ``workers`` processes of
    ``context`` in batches of ``batch`` items. An item whose computation killed its
    process (twice: once in its batch, once alone) yields a :class:`WorkerDied`."""
    tasks: _Tasks[T] = _Tasks(deque((i, list(items[i : i + batch])) for i in range(0, len(items), batch)))
    pool: list[_Worker[T]] = []
    results: dict[int, R | WorkerDied | _Failed] = {}
    following = 0
    """index of the next item to yield"""
    ahead = max(4, workers * 2) * batch
    """how far beyond ``following`` work is handed out (results wait in memory)"""

    def start() -> _Worker[T]:
        parent, child = context.Pipe()
        process = context.Process(target=_serve, args=(child, fn), daemon=True)
        process.start()
        child.close()  # the parent keeps only its end: the worker's death is the pipe's end
        return _Worker(process, parent)

    def died(worker: _Worker[T]) -> None:
        pool.remove(worker)
        worker.conn.close()
        worker.process.join(timeout=5)
        assert worker.task is not None
        first, batch_items = worker.task
        if len(batch_items) == 1 and first in tasks.retried:
            results[first] = WorkerDied(f"the process computing item {first} died")
            return
        # its batch again, one item at a time, ahead of everything else
        for offset in reversed(range(len(batch_items))):
            tasks.retried.add(first + offset)
            tasks.queue.appendleft((first + offset, [batch_items[offset]]))

    def give(worker: _Worker[T]) -> None:
        worker.task = tasks.queue.popleft()
        try:
            worker.conn.send(worker.task)
        except OSError:  # it died idle
            died(worker)

    finished = False
    try:
        while following < len(items):
            while following in results:
                result = results.pop(following)
                following += 1
                if isinstance(result, _Failed):
                    raise RuntimeError(str(result))
                yield result
            if following >= len(items):
                break
            # hand out work: idle workers first, then new ones up to ``workers``
            for worker in list(pool):
                if worker.task is None and tasks.queue and tasks.queue[0][0] < following + ahead:
                    give(worker)
            while len(pool) < workers and tasks.queue and tasks.queue[0][0] < following + ahead:
                worker = start()
                pool.append(worker)
                give(worker)
            busy = [w for w in pool if w.task is not None]
            if not busy:
                raise RuntimeError("ordered_map: nothing running and nothing to yield")  # a bug, not a hang
            ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy])
            for worker in busy:
                if worker.conn not in ready and worker.process.sentinel not in ready:
                    continue
                try:
                    first, values, error = worker.conn.recv()
                except (EOFError, OSError):
                    died(worker)
                    continue
                if error is not None:  # raised when the batch's turn comes
                    count = len(worker.task[1]) if worker.task is not None else 1
                    values = [_Failed(f"computing item {first + i} failed: {error}") for i in range(count)]
                assert values is not None
                for offset, value in enumerate(values):
                    results[first + offset] = value
                worker.task = None
                if worker.process.sentinel in ready:  # it answered, then died
                    pool.remove(worker)
                    worker.conn.close()
                    worker.process.join(timeout=5)
        finished = True
    finally:
        for worker in pool:
            if finished:
                try:
                    worker.conn.send(None)
                except OSError:
                    pass
            else:  # closed early (a cancel) or failed: what is being computed is dropped
                worker.process.terminate()
        for worker in pool:
            worker.process.join(timeout=10)
            worker.conn.close()
