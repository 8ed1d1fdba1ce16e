"""Speed and time left of a long job (an import, a rescan, a re-index), from its progress reports."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kashshaf.core.models import ImportProgress

SETTLE_SECONDS = 1.5
"""no estimate before this much of a phase has run: the first files say little"""


@dataclass(frozen=True, slots=True)
class Pace:
    rate: float | None
    """documents a second (reading: documents read; indexing: documents indexed)"""
    seconds_left: float | None
    """time left in this phase, at the pace so far"""


class ProgressMeter:
    """Feed it every :class:`~kashshaf.core.models.ImportProgress`; it keeps the start of each phase."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._phase: str | None = None
        self._start = 0.0

    def pace(self, phase: str, done: int, total: int | None, documents: int) -> Pace:
        now = self._clock()
        if phase != self._phase:
            self._phase, self._start = phase, now
        elapsed = now - self._start
        if elapsed < SETTLE_SECONDS or done <= 0:
            return Pace(None, None)
        counted = documents if phase == "reading" else done
        left = (total - done) * elapsed / done if total else None
        return Pace(counted / elapsed, max(0.0, left) if left is not None else None)

    def of(self, p: ImportProgress) -> Pace:
        return self.pace(p.phase, p.done, p.total, p.documents)

    def line(self, p: ImportProgress) -> str:
        """A one-line English status for a terminal."""
        pace = self.of(p)
        parts = [f"{p.phase}: {p.done:,}" + (f"/{p.total:,}" if p.total else "")]
        if p.phase == "reading":
            parts[0] += " files"
            parts.append(f"{p.documents:,} documents")
        if pace.rate is not None:
            parts.append(f"{pace.rate:,.0f} documents/s")
        if pace.seconds_left is not None:
            parts.append(f"{duration(pace.seconds_left)} left")
        parts.append(f"problems: {p.problems}")
        return ", ".join(parts)


def duration(seconds: float) -> str:
    """``42 s``, ``3 min 5 s``, ``1 h 12 min``."""
    s = round(seconds)
    if s < 60:
        return f"{s} s"
    if s < 3600:
        return f"{s // 60} min {s % 60} s"
    return f"{s // 3600} h {s % 3600 // 60} min"
