"""camel-tools' NER adapter: never downloads, loads an installed model, maps its labels.

The model is a tiny BERT token classifier made here (random weights, a
classifier bias that makes one label win), saved where camel-tools looks
for its NER model; each check runs in a fresh interpreter with
CAMELTOOLS_DATA pointing at it and network connections forbidden.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
LABELS = ["O", "B-PERS", "I-PERS", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]

RUNNER = textwrap.dedent(
    """
    import json, socket, sys
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")
    socket.socket.connect = refuse
    socket.create_connection = refuse
    sys.path.insert(0, {desktop!r})
    from kashshaf.core.entities import camel
    extractor = camel.camel_extractor()
    out = {{"status": camel.camel_status(), "loaded": extractor is not None,
           "ner_imported": "camel_tools.ner" in sys.modules, "spans": []}}
    if extractor is not None:
        text = {text!r}
        out["spans"] = [[s.start, s.end, s.type, text[s.start:s.end] == s.text] for s in extractor.extract(text)]
    print(json.dumps(out))
    """
)
TEXT = "التقى بشار الأسد في دمشق.\nوزار وفد روسيا"


def make_model(data: Path, winner: str) -> None:
    import torch
    from transformers import BertConfig, BertForTokenClassification, BertTokenizer

    model_dir = data / "data" / "ner" / "arabert"
    model_dir.mkdir(parents=True)
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *"ابتثجحخدذرزسشصضطظعغفقكلمنهوي", "##ا", "##ل"]
    (model_dir / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    config = BertConfig(
        vocab_size=len(vocab),
        hidden_size=16,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=32,
        max_position_embeddings=512,  # camel-tools pads every sentence to 256 word pieces
        num_labels=len(LABELS),
        id2label=dict(enumerate(LABELS)),
        label2id={label: i for i, label in enumerate(LABELS)},
    )
    model = BertForTokenClassification(config)
    with torch.no_grad():
        model.classifier.weight.zero_()
        model.classifier.bias.fill_(-5.0)
        model.classifier.bias[LABELS.index(winner)] = 5.0
    model.save_pretrained(model_dir)
    BertTokenizer(str(model_dir / "vocab.txt"), do_lower_case=False).save_pretrained(model_dir)
    catalogue = {
        "version": "1.6",
        "packages": {},
        "components": {
            "NamedEntityRecognition": {"default": "arabert", "datasets": {"arabert": {"path": "ner/arabert"}}}
        },
    }
    (data / "catalogue.json").write_text(json.dumps(catalogue), encoding="utf-8")


def run(data: Path) -> dict[str, object]:
    env = dict(os.environ, CAMELTOOLS_DATA=str(data), HOME=str(data.parent))
    code = RUNNER.format(desktop=str(ROOT / "desktop"), text=TEXT)
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_without_the_model_nothing_is_imported_or_downloaded(tmp_path: Path) -> None:
    data = tmp_path / "camel-data"
    data.mkdir()
    out = run(data)
    assert out["loaded"] is False
    assert out["ner_imported"] is False
    assert "not installed" in str(out["status"])
    assert str(data) in str(out["status"])


@pytest.mark.slow
def test_an_installed_model_is_loaded_and_its_labels_mapped(tmp_path: Path) -> None:
    data = tmp_path / "camel-data"
    make_model(data, "B-PERS")
    out = run(data)
    assert out["loaded"] is True
    assert "found" in str(out["status"])
    spans = out["spans"]
    words = TEXT.replace(".", " ").split()
    # every word is its own B-PERS: one PER span per word, offsets on the original text
    assert [s[2] for s in spans] == ["PER"] * len(words)  # type: ignore[index, union-attr]
    assert all(s[3] for s in spans)  # type: ignore[index, union-attr]


@pytest.mark.slow
def test_inside_labels_join_into_one_span_per_sentence(tmp_path: Path) -> None:
    data = tmp_path / "camel-data"
    make_model(data, "I-LOC")
    spans = run(data)["spans"]
    # I- without a B- opens a span; the sentence end (. and the line break) closes it
    assert [(s[2], s[3]) for s in spans] == [("LOC", True), ("LOC", True)]  # type: ignore[index, union-attr]
    first = spans[0]  # type: ignore[index]
    text = TEXT
    assert text[first[0] : first[1]] == "التقى بشار الأسد في دمشق"  # type: ignore[index]
