"""Window fixtures: each test gets its own settings file and its own copy of
an imported seeds corpus, and a window that has finished opening it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from tests.conftest import SEEDS
from tests.ui.windowing import open_window


@pytest.fixture(scope="session")
def seeds_corpus_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kashshaf.core.workspace import Workspace

    folder = tmp_path_factory.mktemp("seeds-template") / "corpus"
    with Workspace(folder) as ws:
        assert len(ws.import_paths([SEEDS]).imported) == 5
    return folder


@pytest.fixture
def corpus_dir(seeds_corpus_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "seeds-corpus"
    shutil.copytree(seeds_corpus_template, target)
    return target


@pytest.fixture(autouse=True)
def _settings(tmp_path: Path, qapp: QApplication) -> None:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    from kashshaf.ui.app import settings

    settings().clear()
    settings().setValue("language", "ar")


@pytest.fixture
def app(qapp: QApplication) -> QApplication:
    from kashshaf.ui.app import make_application

    return make_application(language="ar")


@pytest.fixture
def window(qtbot, app: QApplication, corpus_dir: Path):  # type: ignore[no-untyped-def]
    w = open_window(qtbot, corpus_dir)
    yield w
    w.close()
