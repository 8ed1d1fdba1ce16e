"""camel-tools' BERT NER as an extractor, used only when its data is installed.

camel-tools looks for its data in ``$CAMELTOOLS_DATA`` or ``~/.camel_tools``.
Importing ``camel_tools.ner`` loads the data catalogue and DOWNLOADS it when
the catalogue file is missing, and ``NERecognizer.pretrained()`` downloads a
missing model: both break the offline promise. So this module checks for the
catalogue and the model files first, imports ``camel_tools.ner`` only when
both are there, and builds ``NERecognizer(model_path)`` directly. When they
are not there it says so once (``camel_status()``) and the default extractor
is used alone. The bundle (``make bundle``) leaves camel-tools' NER and torch
out: there the status says the model cannot be used from this install, even
when its data is present, and nothing is imported.

Labels map B-PERS/I-PERS → PER, ORG → ORG, LOC → LOC, MISC → MISC.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from kashshaf.core.arabic.tokenize import tokenize_ar
from kashshaf.core.entities.extract import Span

log = logging.getLogger(__name__)

MODEL_SUBPATH = Path("data") / "ner" / "arabert"
LABEL_TYPES = {"PERS": "PER", "PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
MAX_WORDS = 200
_SENTENCE_END = re.compile(r"[.!?؟\n]")


def camel_data_dir() -> Path:
    """Where camel-tools keeps its data (same rule as camel-tools itself)."""
    env = os.environ.get("CAMELTOOLS_DATA")
    return Path(env).expanduser().absolute() if env else Path.home() / ".camel_tools"


def camel_model_path() -> Path | None:
    """The installed NER model folder, or None when the catalogue or the model is missing."""
    base = camel_data_dir()
    model = base / MODEL_SUBPATH
    if not (base / "catalogue.json").is_file():
        return None
    if not (model / "config.json").is_file() or not any(
        (model / f).is_file() for f in ("pytorch_model.bin", "model.safetensors")
    ):
        return None
    return model


def camel_ner_installed() -> bool:
    """Whether camel-tools' NER code is installed: not in the bundle, which leaves camel-tools out.
    Looked up without importing anything (``find_spec`` of a top-level name imports nothing)."""
    spec = importlib.util.find_spec("camel_tools")
    folders = (spec.submodule_search_locations or []) if spec else []
    return any((Path(folder) / "ner" / "__init__.py").is_file() for folder in folders)


def camel_status() -> str:
    if not camel_ner_installed():
        return (
            "camel-tools' BERT NER is not available in this install (the bundle leaves it and torch out; "
            "a source install with its data has it); using the built-in gazetteers and rules"
        )
    path = camel_model_path()
    if path is None:
        return (
            f"camel-tools' NER model is not installed (looked in {camel_data_dir() / MODEL_SUBPATH}); "
            "using the built-in gazetteers and rules"
        )
    return f"camel-tools' NER model found at {path}"


class CamelExtractor:
    """Spans from camel-tools' NERecognizer over the core's tokens."""

    name = "camel"

    def __init__(self, model_path: Path) -> None:
        from camel_tools.ner import NERecognizer  # only now: the catalogue is there, nothing downloads

        self.recognizer: Any = NERecognizer(str(model_path), use_gpu=False)

    def extract(self, text: str) -> list[Span]:
        tokens = tokenize_ar(text)
        if not tokens:
            return []
        sentences: list[list[int]] = [[]]
        for i, tok in enumerate(tokens):
            sentences[-1].append(i)
            gap = text[tok.end : tokens[i + 1].start] if i + 1 < len(tokens) else ""
            if _SENTENCE_END.search(gap) or len(sentences[-1]) >= MAX_WORDS:
                sentences.append([])
        sentences = [s for s in sentences if s]
        labels = self.recognizer.predict([[tokens[i].text for i in s] for s in sentences])
        spans: list[Span] = []
        for sentence, tags in zip(sentences, labels, strict=False):
            spans.extend(self._spans(text, [tokens[i] for i in sentence], tags))
        return spans

    @staticmethod
    def _spans(text: str, tokens: list[Any], tags: list[str]) -> list[Span]:
        out: list[Span] = []
        start = kind = None
        end = 0
        for tok, tag in zip([*tokens, None], [*tags, "O"], strict=False):
            prefix, _, label = tag.partition("-")
            mapped = LABEL_TYPES.get(label)
            if start is not None and (prefix != "I" or mapped != kind):
                out.append(Span(start, end, kind or "MISC", text[start:end], text[start:end], "model"))
                start = kind = None
            if tok is not None and mapped and (prefix == "B" or (prefix == "I" and start is None)):
                start, kind = tok.start, mapped
            if tok is not None and start is not None:
                end = tok.end
        return out


@lru_cache(maxsize=1)
def camel_extractor() -> CamelExtractor | None:
    """The camel-tools extractor when its model is installed; None (said once in the log) otherwise."""
    path = camel_model_path() if camel_ner_installed() else None
    if path is None:
        log.info(camel_status())
        return None
    try:
        return CamelExtractor(path)
    except Exception as exc:  # a broken install must not stop imports
        log.warning("camel-tools' NER model at %s could not be loaded (%s); using the built-in extractor", path, exc)
        return None
