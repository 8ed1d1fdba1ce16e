"""Speed and time left of an import, on a clock the test moves (the clock is the boundary)."""

from __future__ import annotations

from kashshaf.core.models import ImportProgress
from kashshaf.core.progress import ProgressMeter, duration


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_rate_and_time_left_follow_the_phase() -> None:
    clock = Clock()
    meter = ProgressMeter(clock)
    assert meter.of(ImportProgress("reading", 0, 400, 0, documents=0)).rate is None  # the phase starts
    clock.now += 1.0
    assert meter.of(ImportProgress("reading", 10, 400, 0, documents=30)).rate is None  # too early to tell
    clock.now += 3.0  # 4 s in: 100 files (300 documents) of 400
    pace = meter.of(ImportProgress("reading", 100, 400, 2, documents=300))
    assert pace.rate == 75.0
    assert pace.seconds_left == 12.0
    line = meter.line(ImportProgress("reading", 100, 400, 2, documents=300))
    assert line == "reading: 100/400 files, 300 documents, 75 documents/s, 12 s left, problems: 2"
    meter.of(ImportProgress("indexing", 0, 300, 2))  # a new phase starts its own clock
    clock.now += 2.0
    pace = meter.of(ImportProgress("indexing", 200, 300, 2))
    assert pace.rate == 100.0
    assert pace.seconds_left == 1.0


def test_durations_read_naturally() -> None:
    assert [duration(s) for s in (4.4, 65, 3725)] == ["4 s", "1 min 5 s", "1 h 2 min"]
