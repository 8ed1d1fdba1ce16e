"""The reliability suite keeps a ledger of what it tried, printed at the end of the run:
documents imported, files rejected (with the reasons), kills survived, data lost."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field

import pytest


def as_ordinary_user() -> list[str]:
    """A command prefix that runs a process without root's power to read and write any
    file (``setpriv`` drops the two capabilities), so permissions are tested as an
    ordinary user meets them. Empty when not root."""
    if os.geteuid() != 0:
        return []
    assert shutil.which("setpriv"), "setpriv (util-linux) is needed to test permissions as root"
    caps = "-dac_override,-dac_read_search"
    return ["setpriv", "--bounding-set", caps, "--inh-caps", caps]


@dataclass
class Ledger:
    imported: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)
    """(file name, reason)"""
    warned: list[tuple[str, str]] = field(default_factory=list)
    kills: list[str] = field(default_factory=list)
    """what each kill -9 interrupted"""
    lost: list[str] = field(default_factory=list)
    """anything saved before a kill or a bad import that was missing after (must stay empty)"""
    offline_attempts: int | None = None


LEDGER = Ledger()


@pytest.fixture
def ledger() -> Ledger:
    return LEDGER


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    led = LEDGER
    if not (led.imported or led.rejected or led.kills or led.offline_attempts is not None):
        return  # the reliability tests did not run
    write = terminalreporter.write_line
    terminalreporter.section("reliability")
    write(f"documents imported: {led.imported}")
    write(f"files rejected: {len(led.rejected)}")
    for name, reason in led.rejected:
        write(f"    {name}: {reason}")
    if led.warned:
        write(f"files imported with a warning: {len(led.warned)}")
        for name, reason in led.warned:
            write(f"    {name}: {reason}")
    write(f"kill -9 survived: {len(led.kills)}" + (f" ({', '.join(sorted(set(led.kills)))})" if led.kills else ""))
    if led.offline_attempts is not None:
        write(f"network attempts while offline: {led.offline_attempts}")
    write(f"data lost: {len(led.lost)}" + ("" if not led.lost else " — " + "; ".join(led.lost)))
