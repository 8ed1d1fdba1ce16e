"""Bad input: every bad file is rejected with a message naming it and the reason, the
rest of the import goes on, and nothing already stored (documents, excerpts, notes,
entity curation) is lost. The cases are built by :mod:`tests.reliability.badfiles`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.reliability.badfiles import make_bad_folder
from tests.reliability.conftest import Ledger, as_ordinary_user

from kashshaf.core.entities.curation import Rename
from kashshaf.core.workspace import Workspace


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str | None]]:
    root = tmp_path_factory.mktemp("bad") / "incoming"
    return root, make_bad_folder(root)


def problems_by_file(root: Path, problems: list) -> dict[str, list[str]]:  # type: ignore[type-arg]
    """Rejections keyed by the case's file name (records ``file.json#2`` count for the file)."""
    out: dict[str, list[str]] = {}
    for p in problems:
        name = os.path.relpath(p.path.split("#", 1)[0], root)
        out.setdefault(name, []).append(p.reason)
    return out


def test_every_bad_file_is_named_with_its_reason_and_nothing_stored_is_lost(
    corpus: Workspace, bad_folder: tuple[Path, dict[str, str | None]], ledger: Ledger
) -> None:
    root, cases = bad_folder
    # what the user made before the bad import
    doc_id = corpus.browse()[0]
    excerpt = corpus.excerpts.add(doc_id, 0, 30, note="ملاحظة قبل الاستيراد", tags=["مهم"])
    entity = corpus.entities.all(kind="LOC")[0]
    corpus.curation.apply(Rename(entity.id, entity.name + " (مدينة)"))
    before_docs = set(corpus.browse())
    before_curation = corpus.curation.export()

    report = corpus.import_paths([root])

    rejected = problems_by_file(root, report.problems)
    rejected.pop("loop/self")  # the loop itself: walked once, then reported
    assert any("symbolic-link loop" in p.reason for p in report.problems)
    imported_paths = {p for i in report.imported for p in corpus.store.paths_of(i)}
    for name, expect in cases.items():
        path = str(root / name)
        if expect is None:
            assert path in imported_paths, f"{name} should have been imported: {rejected.get(name)}"
            assert name not in rejected
        else:
            assert name in rejected, f"{name} should have been rejected"
            assert all(expect in reason for reason in rejected[name]), (name, rejected[name])
    assert set(rejected) == {n for n, e in cases.items() if e is not None}
    assert report.duplicates == []  # every case has its own text
    # damaged but kept: named as a warning, not silently
    assert [os.path.relpath(w.path, root) for w in report.warnings] == ["truncated-utf8.txt"]

    by_name = {os.path.relpath(corpus.store.paths_of(i)[0], root): corpus.document(i) for i in report.imported}
    assert by_name["windows-1256.txt"].encoding == "cp1256"  # type: ignore[union-attr]
    assert "أبها" in by_name["windows-1256.txt"].clean_text  # type: ignore[union-attr]
    assert by_name["truncated-utf8.txt"].raw_text.endswith("بحضور الوفو")  # type: ignore[union-attr]
    page = by_name["scripts.html"]
    assert page is not None
    assert "الخارجية" in page.clean_text
    assert not any(s in page.clean_text for s in ("alert", "سكربت", "example.com", "fetch"))
    assert "الخارجية" in by_name["broken.html"].clean_text  # type: ignore[union-attr]
    odd = "odd\u200f\u202e name\t.txt"
    assert corpus.search("جدة").total >= 1
    assert by_name[odd] is not None

    # nothing already stored is lost
    assert before_docs <= set(corpus.browse())
    (kept,) = corpus.excerpts.all()
    assert (kept.id, kept.text, kept.note, kept.tags, kept.status) == (
        excerpt.id,
        excerpt.text,
        excerpt.note,
        excerpt.tags,
        "ok",
    )
    assert corpus.curation.export() == before_curation
    assert corpus.stats().indexed == corpus.stats().documents == len(before_docs) + len(report.imported)

    ledger.imported += len(report.imported)
    ledger.rejected += [(os.path.relpath(p.path, root), p.reason) for p in report.problems]
    ledger.warned += [(os.path.relpath(w.path, root), w.reason) for w in report.warnings]
    if not before_docs <= set(corpus.browse()):
        ledger.lost.append("documents stored before a bad import")


def test_the_cli_names_every_bad_file(
    bad_folder: tuple[Path, dict[str, str | None]], tmp_path: Path, ledger: Ledger
) -> None:
    """As an ordinary user (root reads any file): the unreadable file is named too."""
    root, cases = bad_folder
    cases = {**cases, "locked.txt": "Permission denied"}
    env = dict(os.environ, KASHSHAF_DATA_DIR=str(tmp_path / "data"))
    out = subprocess.run(
        [*as_ordinary_user(), sys.executable, "-m", "kashshaf", "--corpus", str(tmp_path / "c"), "import", str(root)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr
    imported = sum(1 for e in cases.values() if e is None)
    assert f"imported {imported} documents" in out.stdout
    assert "1 imported with damage" in out.stdout
    lines = out.stderr.splitlines()
    for name, expect in cases.items():
        if expect is not None:
            assert any(f"problem: {root / name}" in line and expect in line for line in lines), name
    assert any(line.startswith(f"  warning: {root / 'truncated-utf8.txt'}") for line in lines)
    if os.geteuid() == 0:  # the first test read it as root; here it was refused
        locked = next(line for line in lines if f"problem: {root / 'locked.txt'}" in line)
        ledger.rejected.append(("locked.txt", locked.split(": ", 2)[-1]))
