"""One writer per corpus. A second process opens it read-only with a clear message
(the CLI refuses commands that would write); a corpus folder that cannot be written
opens read-only too; a killed holder leaves no stale lock."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.conftest import ROOT, SEEDS
from tests.reliability.conftest import as_ordinary_user

from kashshaf.core.corpus.lock import CorpusBusy
from kashshaf.core.workspace import ReadOnlyCorpus, Workspace

HOLDER = """
import sys
from kashshaf.core.workspace import Workspace
ws = Workspace(sys.argv[1])
print("holding", flush=True)
sys.stdin.read()  # until the test closes our stdin (or kills us)
ws.close()
"""


def cli(*args: str, data: Path, prefix: list[str] | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, KASHSHAF_DATA_DIR=str(data), PYTHONPATH=str(ROOT / "desktop"))
    return subprocess.run(
        [*(prefix or []), sys.executable, "-m", "kashshaf", *args], capture_output=True, text=True, env=env, timeout=120
    )


@pytest.fixture
def imported(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    with Workspace(corpus) as ws:
        ws.import_paths([SEEDS])
    return corpus


@pytest.fixture
def holder(imported: Path) -> Iterator[subprocess.Popen[str]]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "desktop"))
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(imported)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "holding"
    yield proc
    if proc.poll() is None:
        proc.kill()
    proc.wait()


LOOKING_HOLDER = """
import sys
from pathlib import Path
from PySide6.QtCore import QMimeDatabase
from kashshaf.core.workspace import Workspace
ws = Workspace(sys.argv[1])
# what Qt's file dialog does to every file of a folder it shows (the corpus folder, for an export):
# opens it, reads its first bytes for its type, closes it
for path in sorted(Path(sys.argv[1]).iterdir()):
    QMimeDatabase().mimeTypeForFile(str(path))
(Path(sys.argv[1]) / "kashshaf.lock").read_bytes()
print("holding", flush=True)
sys.stdin.read()
ws.close()
"""


def test_a_holder_that_opens_and_closes_its_lock_file_keeps_the_lock(imported: Path) -> None:
    """Closing a descriptor of the lock file (Qt's file dialog reads each file of the folder it shows)
    once dropped a classic POSIX lock: a window that exported with its dialog in the corpus folder let
    a command-line import write beside it."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "desktop"), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen(
        [sys.executable, "-c", LOOKING_HOLDER, str(imported)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "holding"
        with pytest.raises(CorpusBusy, match=rf"open in another Kashshaf \(process {proc.pid}, since "):
            Workspace(imported)
    finally:
        proc.kill()
        proc.wait()
    with Workspace(imported) as ws:  # and its end lets go of it
        assert not ws.readonly


def test_a_second_process_gets_the_corpus_read_only(imported: Path, holder: subprocess.Popen[str]) -> None:
    with pytest.raises(CorpusBusy, match=rf"open in another Kashshaf \(process {holder.pid}, since "):
        Workspace(imported)
    with Workspace.open(imported) as ws:
        assert ws.readonly
        assert ws.readonly_reason is not None
        assert str(holder.pid) in ws.readonly_reason
        assert ws.search("داعش").total == 2
        assert len(ws.entities.all()) > 0
        doc_id = ws.browse()[0]
        with pytest.raises(ReadOnlyCorpus, match=r"read-only: the corpus .* is open in another Kashshaf"):
            ws.excerpts.add(doc_id, 0, 10)
        with pytest.raises(ReadOnlyCorpus):
            ws.import_paths([SEEDS])


def test_the_cli_reads_a_held_corpus_and_refuses_to_write_it(
    imported: Path, holder: subprocess.Popen[str], tmp_path: Path
) -> None:
    search = cli("--corpus", str(imported), "search", "داعش", data=tmp_path)
    assert search.returncode == 0
    assert "reading it as it is" in search.stderr
    assert str(holder.pid) in search.stderr
    refused = cli("--corpus", str(imported), "import", str(SEEDS), data=tmp_path)
    assert refused.returncode == 2
    assert f"open in another Kashshaf (process {holder.pid}" in refused.stderr
    assert "`import` changes the corpus" in refused.stderr
    add = cli("--corpus", str(imported), "excerpts", "add", "000", "0", "10", data=tmp_path)
    assert add.returncode == 2
    assert "changes the corpus" in add.stderr


def test_a_killed_holder_leaves_no_stale_lock(imported: Path, holder: subprocess.Popen[str]) -> None:
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    with Workspace(imported) as ws:  # the kernel let go of the lock with the process
        assert not ws.readonly
        assert ws.store.count() == 5


def test_a_read_only_corpus_folder_opens_read_only(imported: Path, tmp_path: Path) -> None:
    """The folder and its files lose write permission. As root, the commands run without
    the capability to override permissions (setpriv), as an ordinary user would."""
    prefix = as_ordinary_user()
    before = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in imported.rglob("*") if p.is_file()}
    paths = [imported, *imported.rglob("*")]
    for p in paths:
        p.chmod(0o555 if p.is_dir() else 0o444)
    try:
        search = cli("--corpus", str(imported), "search", "قسد", "--json", data=tmp_path, prefix=prefix)
        assert search.returncode == 0, search.stderr
        assert f"the corpus folder {imported} cannot be written (Permission denied)" in search.stderr
        assert '"total": 5' in search.stdout
        refused = cli("--corpus", str(imported), "import", str(SEEDS), data=tmp_path, prefix=prefix)
        assert refused.returncode == 2
        assert "cannot be written" in refused.stderr
        assert "Traceback" not in refused.stderr
    finally:
        for p in paths:
            p.chmod(0o755 if p.is_dir() else 0o644)
    after = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in imported.rglob("*") if p.is_file()}
    assert after == before  # nothing was written, nothing lost
