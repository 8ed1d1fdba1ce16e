"""In a PyInstaller bundle (``sys._MEIPASS``) resources and seeds are read from the bundle folder,
and camel-tools' BERT NER, which the bundle leaves out, is reported as unavailable, not a crash."""

from __future__ import annotations

import importlib.util
import logging
import sys
from pathlib import Path

import pytest

from kashshaf import paths
from kashshaf.core.entities import camel


def test_frozen_bundle_is_the_app_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setenv("KASHSHAF_ROOT", "/elsewhere")  # the bundle wins over the override
    assert paths.app_root() == tmp_path
    assert paths.resource_path("fonts", "OFL.txt") == tmp_path / "resources" / "fonts" / "OFL.txt"
    assert paths.seeds_dir() == tmp_path / "seeds"


def test_source_checkout_is_the_app_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    monkeypatch.delenv("KASHSHAF_ROOT", raising=False)
    root = paths.app_root()
    assert (root / "resources" / "entities" / "ner-crf.model").is_file()
    assert sorted(p.name for p in paths.seeds_dir().glob("*.txt"))


def test_camel_ner_is_found_in_a_source_install() -> None:
    imported = "camel_tools" in sys.modules
    assert camel.camel_ner_installed()  # the venv has camel-tools (make setup installs it)
    assert ("camel_tools" in sys.modules) == imported  # looked up, not imported


def test_without_camel_ner_the_status_says_unavailable(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    real_find_spec = importlib.util.find_spec

    def find_spec(name: str, package: str | None = None) -> object:
        return None if name == "camel_tools" else real_find_spec(name, package)

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)
    camel.camel_extractor.cache_clear()
    try:
        assert not camel.camel_ner_installed()
        assert "not available in this install" in camel.camel_status()
        with caplog.at_level(logging.INFO, logger=camel.__name__):
            assert camel.camel_extractor() is None
        assert "not available" in caplog.text
    finally:
        camel.camel_extractor.cache_clear()
