"""The ordered pool: results in order, a dead worker costs only the item that killed
it, a worker killed while it sends its result does not hang the parent, and closing
the generator stops the workers at once."""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from pathlib import Path

import pytest

from kashshaf.core.pool import WorkerDied, ordered_map

CONTEXT = multiprocessing.get_context("forkserver")


def square(x: int) -> int:
    return x * x


def die_on_seven(x: int) -> int:
    if x == 7:
        os.kill(os.getpid(), signal.SIGKILL)
    return x


def die_while_sending(x: int) -> int:
    """Item 3 does what a worker killed in the middle of sending its result leaves:
    the start of a message on its pipe (a header announcing a megabyte, ten bytes of
    it), then the process is gone. ProcessPoolExecutor's parent waits for the rest for
    ever."""
    if x == 3:
        import gc
        import struct
        from multiprocessing.connection import Connection

        (conn,) = [o for o in gc.get_objects() if isinstance(o, Connection) and not o.closed]
        os.write(conn.fileno(), struct.pack("!i", 1024 * 1024) + b"0123456789")
        os.kill(os.getpid(), signal.SIGKILL)
    return x


def slow(marker: str) -> str:
    if marker == "fast":
        return marker
    Path(marker + ".tmp").write_text(str(os.getpid()))
    os.replace(marker + ".tmp", marker)  # whole, so the test never reads it half-written
    time.sleep(60)
    return marker


def raises(x: int) -> int:
    if x == 2:
        raise ValueError("no twos")
    return x


@pytest.mark.parametrize("batch", [1, 3, 50])
def test_results_come_in_order(batch: int) -> None:
    assert list(ordered_map(square, list(range(40)), workers=2, context=CONTEXT, batch=batch)) == [
        x * x for x in range(40)
    ]


def test_an_item_that_kills_its_worker_is_named_and_the_rest_go_on() -> None:
    out = list(ordered_map(die_on_seven, list(range(20)), workers=2, context=CONTEXT, batch=4))
    assert isinstance(out[7], WorkerDied)
    assert [x for i, x in enumerate(out) if i != 7] == [x for x in range(20) if x != 7]


def test_a_worker_killed_while_sending_does_not_hang_the_parent() -> None:
    started = time.perf_counter()
    out = list(ordered_map(die_while_sending, list(range(6)), workers=2, context=CONTEXT, batch=2))
    assert isinstance(out[3], WorkerDied)
    assert [x for i, x in enumerate(out) if i != 3] == [0, 1, 2, 4, 5]
    assert time.perf_counter() - started < 60


def test_closing_stops_the_workers_at_once(tmp_path: Path) -> None:
    marker = tmp_path / "started"
    reading = ordered_map(slow, ["fast", str(marker), str(tmp_path / "later")], workers=2, context=CONTEXT)
    assert next(reading) == "fast"  # meanwhile the other worker took the slow item
    deadline = time.perf_counter() + 30
    while not marker.exists() and time.perf_counter() < deadline:
        time.sleep(0.05)
    pid = int(marker.read_text())
    started = time.perf_counter()
    reading.close()  # as a cancelled import does
    assert time.perf_counter() - started < 15  # not the minute the item would take
    assert not Path(f"/proc/{pid}").exists()  # terminated and reaped


def test_an_exception_in_an_item_is_raised_at_its_turn() -> None:
    reading = ordered_map(raises, list(range(5)), workers=2, context=CONTEXT)
    assert next(reading) == 0
    assert next(reading) == 1
    with pytest.raises(RuntimeError, match="no twos"):
        next(reading)
