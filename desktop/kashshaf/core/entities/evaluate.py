"""Precision, recall and F1 of an extractor against a CoNLL gold standard.

The file has one ``token TAG`` per line (IOB2; ``PERS`` or ``PER``, ``ORG``,
``LOC``, ``MISC``) and a blank line between sentences. The sentences are
rebuilt as text (tokens joined by spaces), the extractor runs on the text
of consecutive sentences (so a name mentioned twice is seen in context),
and each predicted span is mapped back to the tokens it covers. A
prediction counts only when its tokens and type equal a gold mention's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kashshaf.core.entities.extract import Extractor

SCORED_TYPES = ("PER", "ORG", "LOC")
TAG_TYPES = {"PERS": "PER", "PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
SENTENCES_PER_TEXT = 40

Mention = tuple[int, int, str]
"""(first token, last token + 1, type) within the whole file"""


@dataclass
class Scores:
    true_positives: Counter[str] = field(default_factory=Counter)
    predicted: Counter[str] = field(default_factory=Counter)
    gold: Counter[str] = field(default_factory=Counter)
    sentences: int = 0
    tokens: int = 0

    def prf(self, kind: str | None = None) -> tuple[float, float, float]:
        kinds = SCORED_TYPES if kind is None else (kind,)
        tp = sum(self.true_positives[k] for k in kinds)
        pred = sum(self.predicted[k] for k in kinds)
        gold = sum(self.gold[k] for k in kinds)
        p = tp / pred if pred else 0.0
        r = tp / gold if gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"sentences": self.sentences, "tokens": self.tokens}
        for kind in (*SCORED_TYPES, None):
            p, r, f = self.prf(kind)
            key = kind or "micro"
            out[key] = {
                "precision": round(p, 4),
                "recall": round(r, 4),
                "f1": round(f, 4),
                "gold": sum(self.gold[k] for k in ((kind,) if kind else SCORED_TYPES)),
                "predicted": sum(self.predicted[k] for k in ((kind,) if kind else SCORED_TYPES)),
            }
        return out


def read_conll(path: Path) -> Iterator[list[tuple[str, str]]]:
    """Sentences as lists of (token, tag)."""
    sentence: list[tuple[str, str]] = []
    with path.open(encoding="utf-8") as f:
        for raw in f:
            parts = raw.split()
            if not parts:
                if sentence:
                    yield sentence
                    sentence = []
                continue
            token, tag = (parts[0], parts[-1]) if len(parts) > 1 else (parts[0], "O")
            sentence.append((token, tag))
    if sentence:
        yield sentence


def gold_mentions(tags: list[str], offset: int) -> set[Mention]:
    mentions: set[Mention] = set()
    start, kind = None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, name = tag.partition("-")
        current = TAG_TYPES.get(name) if name else None
        if start is not None and (prefix != "I" or current != kind):
            mentions.add((offset + start, offset + i, kind or ""))
            start, kind = None, None
        if prefix == "B" or (prefix == "I" and start is None and current):
            start, kind = i, current
    return mentions


def evaluate(extractor: Extractor, path: Path, limit: int | None = None) -> Scores:
    scores = Scores()
    sentences = list(read_conll(path))
    if limit is not None:
        sentences = sentences[:limit]
    token_base = 0
    for first in range(0, len(sentences), SENTENCES_PER_TEXT):
        block = sentences[first : first + SENTENCES_PER_TEXT]
        parts: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        tags: list[str] = []
        gold: set[Mention] = set()
        pos = 0
        for sentence in block:
            gold |= gold_mentions([t for _, t in sentence], token_base + len(tags))
            for token, tag in sentence:
                starts.append(pos)
                parts.append(token)
                pos += len(token)
                ends.append(pos)
                parts.append(" ")
                pos += 1
                tags.append(tag)
            parts[-1] = "\n"
        text = "".join(parts)
        predicted: set[Mention] = set()
        for span in extractor.extract(text):
            if span.type not in SCORED_TYPES:
                continue
            covered = [i for i in range(len(starts)) if starts[i] < span.end and span.start < ends[i]]
            if covered:
                predicted.add((token_base + covered[0], token_base + covered[-1] + 1, span.type))
        scored_gold = {m for m in gold if m[2] in SCORED_TYPES}
        for m in scored_gold:
            scores.gold[m[2]] += 1
        for m in predicted:
            scores.predicted[m[2]] += 1
            if m in scored_gold:
                scores.true_positives[m[2]] += 1
        scores.sentences += len(block)
        scores.tokens += len(tags)
        token_base += len(tags)
    return scores
