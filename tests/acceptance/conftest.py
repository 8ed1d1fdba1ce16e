"""Acceptance on real news: a few thousand SaudiNewsNet articles (../shared/data, skipped only where it
is absent), imported once by the real CLI, and checked with the CLI and with the window."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from tests.conftest import SHARED_DATA, require_shared_data

if TYPE_CHECKING:  # Qt is loaded by the window's tests alone: the CLI's run with -m "not gui" without it
    from PySide6.QtWidgets import QApplication

DAYS = ("2015-08-10", "2015-08-11")
"""two days of SaudiNewsNet: 3,200 articles from 13 outlets"""


def kashshaf(*args: str, data_dir: Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    """The CLI as a user runs it: a process of its own."""
    env = dict(os.environ, KASHSHAF_DATA_DIR=str(data_dir))
    return subprocess.run(
        [sys.executable, "-m", "kashshaf", *args], capture_output=True, text=True, env=env, check=check, timeout=600
    )


def search_json(corpus: Path, data_dir: Path, query: str) -> dict[str, object]:
    out = kashshaf("--corpus", str(corpus), "search", query, "--json", "--limit", "0", data_dir=data_dir)
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def store_rows(corpus: Path, sql: str, *args: object) -> list[tuple[object, ...]]:
    """Ask the corpus' store directly (what the answers are checked against)."""
    db = sqlite3.connect(f"file:{corpus / 'kashshaf.sqlite3'}?mode=ro", uri=True)
    try:
        return list(db.execute(sql, args))
    finally:
        db.close()


@pytest.fixture(scope="session")
def real_corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(corpus folder, user data folder) with two days of SaudiNewsNet imported by the CLI."""
    require_shared_data()
    data = tmp_path_factory.mktemp("acceptance-data")
    corpus = tmp_path_factory.mktemp("acceptance") / "corpus"
    zips = [str(SHARED_DATA / "saudinewsnet" / f"{day}.zip") for day in DAYS]
    out = kashshaf("--corpus", str(corpus), "import", "-q", *zips, data_dir=data)
    assert out.stdout.startswith("imported "), out.stdout + out.stderr
    return corpus, data


@pytest.fixture
def gui_settings(tmp_path: Path, qapp: QApplication) -> None:
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    from kashshaf.ui.app import make_application, settings

    settings().clear()
    settings().setValue("language", "ar")
    make_application(language="ar")


@pytest.fixture
def window_on(qtbot, gui_settings, real_corpus, tmp_path):  # type: ignore[no-untyped-def]
    """The window (Arabic) on a copy of the real-news corpus, 1400×1000 (room for the analysis docks)."""
    import shutil

    from tests.ui.windowing import open_window

    corpus = tmp_path / "corpus"
    shutil.copytree(real_corpus[0], corpus)
    window = open_window(qtbot, corpus)
    window.resize(1400, 1000)
    yield window
    window.close()
