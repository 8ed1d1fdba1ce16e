"""The task runner: work off the UI thread, stale answers dropped, errors and progress delivered."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThread

from kashshaf.ui.tasks import TaskContext, TaskRunner


def test_work_runs_off_the_ui_thread_and_answers_on_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    ui_thread = QThread.currentThread()
    seen: dict[str, object] = {}

    def work(ctx: TaskContext) -> int:
        seen["worker"] = threading.get_ident()
        ctx.progress(50)
        return 42

    def done(value: int) -> None:
        seen["done_on_ui"] = QThread.currentThread() is ui_thread
        seen["value"] = value

    runner.submit(work, on_done=done, on_progress=lambda p: seen.setdefault("progress", p))
    qtbot.waitUntil(lambda: "value" in seen, timeout=5000)
    assert seen["worker"] != threading.get_ident()
    assert seen == {"worker": seen["worker"], "progress": 50, "done_on_ui": True, "value": 42}
    runner.shutdown()


def test_a_newer_task_on_the_same_topic_makes_the_older_stale(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    answers: list[str] = []
    started: list[str] = []
    release = threading.Event()

    def slow(ctx: TaskContext) -> str:
        started.append("slow")
        release.wait(5)
        return "slow"

    def never(ctx: TaskContext) -> str:  # queued behind "slow", stale before it starts: skipped
        started.append("never")
        return "never"

    runner.submit(slow, on_done=answers.append, topic="search")
    qtbot.waitUntil(lambda: started == ["slow"], timeout=5000)  # running: its answer will be dropped
    runner.submit(never, on_done=answers.append, topic="search")
    runner.submit(lambda ctx: "latest", on_done=answers.append, topic="search")
    release.set()
    qtbot.waitUntil(lambda: answers == ["latest"], timeout=5000)
    runner.wait(5000)
    qtbot.waitUntil(lambda: runner.idle, timeout=5000)  # every answer on its way has been handed over (or dropped)
    assert answers == ["latest"]
    assert started == ["slow"]
    runner.shutdown()


def test_errors_and_cancellation(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    errors: list[str] = []

    def broken(ctx: TaskContext) -> None:
        raise ValueError("bad input")

    runner.submit(broken, on_error=lambda exc, trace: errors.append(f"{exc} {'ValueError' in trace}"))
    qtbot.waitUntil(lambda: errors == ["bad input True"], timeout=5000)

    results: list[int] = []

    turns: list[int] = []

    def loop(ctx: TaskContext) -> int:
        n = 0
        while not ctx.cancelled():
            n += 1
            turns.append(n)
            time.sleep(0.005)
        return n

    busy: list[bool] = []
    runner.busy_changed.connect(busy.append)
    ctx = runner.submit(loop, on_done=results.append, lane="job")
    qtbot.waitUntil(lambda: bool(turns), timeout=5000)  # running
    ctx.cancel()
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results[0] > 0
    assert busy == [True, False]
    runner.shutdown()
    with pytest.raises(RuntimeError):
        runner.submit(loop)
