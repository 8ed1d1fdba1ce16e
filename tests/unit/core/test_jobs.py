"""Jobs in a process of their own: the result comes back, progress arrives, a cancel
reaches the job, a job killed from outside is reported, and a job only writes under
the lock of the process that started it."""

from __future__ import annotations

import multiprocessing
import os
import signal
from pathlib import Path

import pytest
from tests.conftest import SEEDS, seed_text

from kashshaf.core.corpus.lock import CorpusBusy
from kashshaf.core.ingest import PARALLEL_READ_MIN_BYTES
from kashshaf.core.jobs import JobDied, import_job, index_job, run_in_process
from kashshaf.core.models import ImportProgress
from kashshaf.core.workspace import Workspace


def many(folder: Path, n: int) -> Path:
    folder.mkdir()
    base = seed_text("001")
    for i in range(n):
        (folder / f"{i:04d}.txt").write_text(f"زيارة رقم {i} إلى حماة\n\n{base}\n\n{base}\n", encoding="utf-8")
    return folder


def test_an_import_job_reports_progress_and_its_result(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    seen: list[ImportProgress] = []
    with Workspace(corpus) as ws:  # the window's workspace: it holds the lock
        report = run_in_process(import_job, corpus, [SEEDS], progress=seen.append)
        assert len(report.imported) == 5
        assert report.problems == []
        assert [p.done for p in seen if p.phase == "reading"] == [1, 2, 3, 4, 5]
        assert ws.store.count() == 5
        assert ws.search("داعش").total == 2


def test_a_cancel_reaches_the_job_and_what_was_read_is_kept(tmp_path: Path) -> None:
    source = many(tmp_path / "src", 60)
    corpus = tmp_path / "corpus"
    seen: list[ImportProgress] = []
    with Workspace(corpus, catch_up=False) as ws:
        report = run_in_process(import_job, corpus, [source], progress=seen.append, cancelled=lambda: len(seen) >= 5)
        assert report.cancelled
        assert 5 <= len(report.imported) < 60
        assert ws.store.count() == len(report.imported)
        assert run_in_process(index_job, corpus, False) == len(report.imported)  # made searchable by a job
        assert ws.search("حماة").total == len(report.imported)


def test_a_job_killed_from_outside_is_reported(tmp_path: Path) -> None:
    source = many(tmp_path / "src", 600)
    assert sum(f.stat().st_size for f in source.iterdir()) > PARALLEL_READ_MIN_BYTES  # the job starts workers
    corpus = tmp_path / "corpus"

    def kill_the_job(p: ImportProgress) -> None:
        if p.done == 3:
            (job,) = [c for c in multiprocessing.active_children() if c.name.startswith("SpawnProcess")]
            os.kill(job.pid, signal.SIGKILL)  # type: ignore[arg-type]

    with Workspace(corpus) as ws:
        with pytest.raises(JobDied, match=r"stopped by SIGKILL .*what it stored so far is kept"):
            run_in_process(import_job, corpus, [source], progress=kill_the_job)
        report = run_in_process(import_job, corpus, [source])  # importing again finishes the job
        assert len(report.imported) + len(report.unchanged) == 600
        assert ws.store.count() == 600


def test_a_job_does_not_write_a_corpus_its_parent_has_not_locked(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    with Workspace(corpus):
        pass  # created, then let go
    with pytest.raises(CorpusBusy, match="not locked by the process that started this job"):
        run_in_process(import_job, corpus, [SEEDS])
