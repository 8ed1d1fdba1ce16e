"""The event loop's stalls: a 10 ms timer on the main thread, and the gaps between its ticks.

A gap much over 10 ms is time the window could not answer (the GIL held by a worker, work on the
UI thread). Shared by the benchmarks that measure the window while something runs beside it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any


class StallProbe:
    """Starts ticking at once (a QCoreApplication must exist); :meth:`reset` forgets the gaps so far."""

    def __init__(self, interval_ms: int = 10) -> None:
        from PySide6.QtCore import QTimer

        self.gaps: list[float] = []
        """seconds between consecutive ticks"""
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.timeout.connect(self._tick)
        self._timer.start(interval_ms)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now

    def reset(self) -> None:
        """From now on: the gaps so far forgotten, the next measured from this moment."""
        self.gaps.clear()
        self._last = time.perf_counter()

    @property
    def worst(self) -> float:
        """The longest gap in seconds (0 before any tick)."""
        return max(self.gaps, default=0.0)

    def stop(self) -> None:
        self._timer.stop()


def run_until(app: Any, condition: Callable[[], bool], timeout: float = 60.0) -> None:
    """Run ``app``'s events (1 ms apart) until ``condition()``; TimeoutError after ``timeout`` seconds."""
    end = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > end:
            raise TimeoutError
        app.processEvents()
        time.sleep(0.001)
