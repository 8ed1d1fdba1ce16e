"""A worker process that dies in the middle of an import (as when the out-of-memory
killer picks it) does not end the import: the rest is read one file at a time, and
every file still imports."""

from __future__ import annotations

import os
import signal
from pathlib import Path

from tests.conftest import seed_text
from tests.reliability.conftest import Ledger

from kashshaf.core.ingest import PARALLEL_READ_MIN_BYTES
from kashshaf.core.models import ImportProgress
from kashshaf.core.search.index import default_procs
from kashshaf.core.workspace import Workspace


def children(pid: int) -> list[int]:
    """Process ids whose parent is ``pid``, read from /proc."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
    return [p for p, parent in parents.items() if parent == pid]


def test_a_killed_worker_does_not_end_the_import(tmp_path: Path, ledger: Ledger) -> None:
    assert default_procs() >= 2, "this machine reads with one process; nothing to kill"
    source = tmp_path / "src"
    source.mkdir()
    base = seed_text("003")
    for i in range(300):
        (source / f"{i:04d}.txt").write_text(
            f"زيارة رقم {i} إلى حماة\n\n{base}\n\n{base}\n\n{base}\n\n{base}\n", encoding="utf-8"
        )
    assert sum(f.stat().st_size for f in source.iterdir()) > PARALLEL_READ_MIN_BYTES  # read in worker processes
    killed: list[int] = []

    def progress(p: ImportProgress) -> None:
        if p.phase == "reading" and p.done >= 40 and not killed:
            (server,) = [pid for pid in children(os.getpid()) if "forkserver" in _cmdline(pid)]
            workers = children(server)  # the pool's workers are forked by the fork server
            assert workers, "no worker processes found"
            os.kill(workers[-1], signal.SIGKILL)
            killed.append(workers[-1])

    with Workspace(tmp_path / "corpus") as ws:
        report = ws.import_paths([source], progress=progress)
        assert killed, "the import ended before a worker could be killed"
        assert report.problems == []
        assert len(report.imported) == 300
        assert ws.stats().indexed == 300
        assert ws.search("حماة").total == 300
    ledger.kills.append("a reading worker")
    ledger.imported += 300


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""
