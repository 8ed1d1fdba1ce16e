"""Shared fixtures: every test gets its own user-data folder; the seeds corpus
is imported once per session into a temporary folder."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED_DATA = ROOT.parent / "shared" / "data"
TEST_DATA = Path(__file__).resolve().parent / "data"

SEED_FILES = sorted(SEEDS.glob("*.txt"))

QT_FIXTURES = frozenset({"qapp", "qapp_args", "qapp_cls", "qtbot", "qtlog", "qtmodeltester"})
"""pytest-qt's fixtures: a test that uses one, itself or through another fixture, needs Qt."""


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every test that needs Qt ``gui``, from the fixtures it uses (``item.fixturenames`` is the
    whole closure, autouse fixtures and the fixtures of fixtures included), so `-m "not gui"` runs
    the core alone without a module having to remember a ``pytestmark``."""
    for item in items:
        if QT_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _user_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KASHSHAF_DATA_DIR", str(tmp_path_factory.mktemp("userdata")))


def seed_text(prefix: str) -> str:
    """The raw text of the seed whose file name starts with ``prefix`` (e.g. "004")."""
    (path,) = [p for p in SEED_FILES if p.name.startswith(prefix)]
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seeds_corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:  # noqa: F821
    from kashshaf.core.workspace import Workspace

    folder = tmp_path_factory.mktemp("seeds-corpus")
    with Workspace(folder) as workspace:
        report = workspace.import_paths([SEEDS])
        assert len(report.imported) == 5, report
        yield workspace


@pytest.fixture
def corpus(seeds_corpus: Workspace, tmp_path: Path) -> Iterator[Workspace]:  # noqa: F821
    """A private copy of the imported seeds corpus, for tests that change it."""
    from kashshaf.core.workspace import Workspace

    target = tmp_path / "corpus"
    shutil.copytree(seeds_corpus.corpus_dir, target)
    with Workspace(target) as ws:
        yield ws


def require_shared_data() -> Path:
    """``../shared/data``, or a skip where it is absent (a user's checkout has none; CI always has it).
    For fixtures of any scope; tests take the :func:`shared_data` fixture."""
    if not SHARED_DATA.exists():
        pytest.skip(f"{SHARED_DATA} is absent (a user's checkout has no ../shared); this test needs the real data")
    return SHARED_DATA


@pytest.fixture
def shared_data() -> Path:
    return require_shared_data()


def pytest_report_header(config: pytest.Config) -> str:
    return f"kashshaf: shared data {'present' if SHARED_DATA.exists() else 'ABSENT'} at {SHARED_DATA}; QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM')}"
