"""kill -9 in the middle of an import: while files are read and stored, and while the
index is written and committed. After each kill the corpus opens by itself, its index
holds exactly the stored documents (or was rebuilt from the store), everything the user
made before (excerpts, notes, tags, entity curation) is intact, and importing the same
folder again finishes the job without reading the stored files again."""

from __future__ import annotations

import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from tests.conftest import ROOT, SEEDS, seed_text
from tests.reliability.conftest import Ledger

from kashshaf.core.entities.curation import Add, Rename
from kashshaf.core.workspace import Workspace

FILES = 2400
CITIES = ("حلب", "حمص", "درعا", "إدلب", "الرقة", "دير الزور")


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("many")
    bases = [seed_text(f"00{i}") for i in range(5)]
    for i in range(FILES):
        city = CITIES[i % len(CITIES)]
        text = f"وصل وفد إلى مدينة {city} في الزيارة رقم {i}\n\n{bases[i % 5]}\n"
        (folder / f"{i:05d}.txt").write_text(text, encoding="utf-8")
    return folder


def user_work(ws: Workspace) -> dict[str, object]:
    """What the user made, in a form to compare after a kill."""
    return {
        "excerpts": [(e.id, e.doc_id, e.start, e.end, e.text, e.note, e.tags, e.colour) for e in ws.excerpts.all()],
        "curation": ws.curation.export()["operations"],
        "entity_names": sorted((e.id, e.name, e.type) for e in ws.entities.all()),  # curated names and types included
    }


def prepare(corpus: Path) -> dict[str, object]:
    with Workspace(corpus) as ws:
        ws.import_paths([SEEDS])
        doc_id = ws.browse()[0]
        ws.excerpts.add(doc_id, 0, 40, note="ملاحظة قبل القتل", tags=["مصدر", "مهم"], colour="green")
        ws.excerpts.add(doc_id, 50, 90, note="ثانية")
        place = ws.entities.all(kind="LOC")[0]
        ws.curation.apply(Rename(place.id, place.name + " (المدينة)"))
        ws.curation.apply(Add("وفد", "ORG", "الوفد"))
        return user_work(ws)


def stored_count(corpus: Path) -> int:
    try:
        db = sqlite3.connect(f"file:{corpus / 'kashshaf.sqlite3'}?mode=ro", uri=True, timeout=0.2)
        try:
            return int(db.execute("SELECT count(*) FROM documents").fetchone()[0])
        finally:
            db.close()
    except sqlite3.Error:
        return 0


def start_import(corpus: Path, source: Path, data: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ, KASHSHAF_DATA_DIR=str(data), PYTHONPATH=str(ROOT / "desktop"))
    return subprocess.Popen(
        [sys.executable, "-m", "kashshaf", "--corpus", str(corpus), "import", "-q", str(source)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,  # its worker processes die with it
    )


def wait_for(condition, proc: subprocess.Popen[bytes], timeout: float = 240) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        if proc.poll() is not None:
            return False
        time.sleep(0.02)
    raise AssertionError("the import neither reached the kill point nor ended")


def kill(proc: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait()


def check_consistent(corpus: Path, before: dict[str, object], ledger: Ledger, what: str) -> Workspace:
    ws = Workspace(corpus)
    stored = ws.browse()
    with ws.index.searcher() as searcher:
        indexed = Counter(fields["id"] for fields in searcher.all_stored_fields())
    problems = []
    if indexed != Counter(stored):
        problems.append(f"index ≠ store after a kill {what}: {len(indexed)} indexed, {len(stored)} stored")
    now = user_work(ws)
    if now["excerpts"] != before["excerpts"] or now["curation"] != before["curation"]:
        problems.append(f"excerpts, notes or curation changed by a kill {what}")
    if not set(before["entity_names"]) <= set(now["entity_names"]):  # type: ignore[call-overload]
        problems.append(f"curated entities changed by a kill {what}")  # new documents may bring new ones
    ledger.lost += problems
    assert not problems, problems
    imported = [i for i in stored if not ws.store.paths_of(i)[0].startswith(str(SEEDS))]
    for doc_id in random.Random(what).sample(imported, min(12, len(imported))):  # the index finds what is stored
        doc = ws.document(doc_id)
        assert doc is not None
        (line,) = re.findall("وصل وفد إلى مدينة .+ في الزيارة رقم [0-9]+", doc.title)
        assert ws.matching_ids(f'"{line}"') == [doc_id], (what, line)
    return ws


@pytest.mark.parametrize("phase", ["reading", "indexing"])
def test_kill_9_during_import_loses_nothing(phase: str, source: Path, tmp_path: Path, ledger: Ledger) -> None:
    corpus = tmp_path / "corpus"
    before = prepare(corpus)
    rng = random.Random(f"kill-{phase}")
    kills = 0
    for attempt in range(2):
        proc = start_import(corpus, source, tmp_path / "data")
        if phase == "reading":  # some stored, most still to read
            target = 5 + rng.randint(FILES // 10, FILES // 2)
            reached = wait_for(lambda t=target: stored_count(corpus) >= t, proc)
        else:  # everything stored: the index is being written and committed
            reached = wait_for(lambda: stored_count(corpus) >= 5 + FILES, proc)
            time.sleep(rng.uniform(0.0, 1.5))
            reached = reached and proc.poll() is None
        if not reached:  # finished before the kill point: nothing to learn from this run
            assert proc.wait() == 0, proc.stderr.read().decode() if proc.stderr else ""
            break
        kill(proc)
        kills += 1
        ledger.kills.append(f"{phase}")
        ws = check_consistent(corpus, before, ledger, f"while {phase}")
        stored_before_resume = ws.store.count()
        report = ws.import_paths([source])
        assert not report.problems
        assert not report.duplicates
        assert len(report.unchanged) == stored_before_resume - 5  # stored files were not read again
        assert ws.store.count() == ws.stats().indexed == 5 + FILES
        ws.close()
        check_consistent(corpus, before, ledger, f"while {phase} (after resuming)").close()
        if attempt == 0:  # start over for the second kill, keeping the user's work
            with Workspace(corpus) as w:
                w.delete([i for i in w.browse() if not w.store.paths_of(i)[0].startswith(str(SEEDS))])
                assert w.store.count() == 5
    assert kills >= 1, f"no kill landed while {phase}"
    ledger.imported += FILES * kills
