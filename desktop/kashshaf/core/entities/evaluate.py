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
from collections.abc import Callable, Iterator
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


# --- documents judged by a reader -------------------------------------------------------------------


@dataclass(frozen=True)
class JudgedEntity:
    """An entity a reader found in a document: its type, its names (any is right), its mentions."""

    type: str
    names: tuple[str, ...]
    mentions: tuple[tuple[int, int], ...]
    optional: bool = False
    """neither required nor wrong (an adjective, a place inside an organisation's name)"""


@dataclass
class DocumentScores:
    """Precision over the (document, entity) pairs listed, recall over the entities a reader found."""

    right: int = 0
    wrong: list[tuple[str, str, str, str]] = field(default_factory=list)
    """(document, type, name, its first mention as written) of each pair listed that is wrong"""
    found: int = 0
    missed: list[tuple[str, str, str]] = field(default_factory=list)
    """(document, type, name) of each entity the reader found and the extractor did not"""

    @property
    def listed(self) -> int:
        return self.right + len(self.wrong)

    @property
    def precision(self) -> float:
        return self.right / self.listed if self.listed else 0.0

    @property
    def recall(self) -> float:
        required = self.found + len(self.missed)
        return self.found / required if required else 0.0


def _name_words(name: str) -> frozenset[str]:
    from kashshaf.core.arabic.normalize import normalize_ar
    from kashshaf.core.entities.lexicon import join_abd

    words = (normalize_ar(w).replace("غ", "ج") for w in name.replace("عبد ", "عبد").split())  # غ/ج: فيغاس، فيجاس
    return frozenset(join_abd(tuple(words)))


def names_agree(listed: str, judged: tuple[str, ...], kind: str = "PER") -> bool:
    """Whether a listed name is one of the judged names or part of one, or a judged name is part of it;
    for a person, a judged family name alone is not part of another given name's (بوتين and فلاديمير
    بوتين agree; خالد المالكي agrees neither with نوري المالكي nor with المالكي; نادي الهلال and الهلال
    do)."""
    words = _name_words(listed)
    return any(
        words <= other or ((len(other) > 1 or kind != "PER") and other <= words) for other in map(_name_words, judged)
    )


def score_documents(
    documents: list[tuple[str, str, list[JudgedEntity]]], spans_of: Callable[[str], list[tuple[int, int, str, str]]]
) -> DocumentScores:
    """Score an extractor on judged documents, as the sidebar lists entities: per document, one pair
    per (type, name). A pair is right when one of its mentions overlaps a judged entity's mention of the
    same type whose names agree with it. ``documents`` are (id, text, entities); ``spans_of`` gives a
    text's (start, end, name, type)."""
    from kashshaf.core.arabic.normalize import normalize_ar

    scores = DocumentScores()
    for doc_id, text, judged in documents:
        listed: dict[tuple[str, str], list[tuple[int, int, str]]] = {}
        for start, end, name, kind in spans_of(text):
            listed.setdefault((kind, normalize_ar(name)), []).append((start, end, name))
        matched: set[int] = set()
        for (kind, _key), mentions in listed.items():
            name = mentions[0][2]
            hits = [
                k
                for k, entity in enumerate(judged)
                if entity.type == kind
                and any(s < je and js < e for s, e, _n in mentions for js, je in entity.mentions)
                and names_agree(name, entity.names, kind)
            ]
            if hits:
                scores.right += 1
                matched.update(hits)
            else:
                start, end, _n = mentions[0]
                scores.wrong.append((doc_id, kind, name, text[start:end]))
        for k, entity in enumerate(judged):
            if entity.optional:
                continue
            if k in matched:
                scores.found += 1
            else:
                scores.missed.append((doc_id, entity.type, entity.names[0]))
    return scores


def read_judged(fixture: Path, archives: Path, which: str | None = None) -> list[tuple[str, str, list[JudgedEntity]]]:
    """The judged documents of ``fixture`` (ids and offsets, see tests/data/entities), their text read
    from the archives they name in ``archives`` as an import reads it: (url, clean text, entities).
    ``which``: only the documents of that set ("tuning" or "held-out")."""
    import json

    data = json.loads(fixture.read_text(encoding="utf-8"))
    wanted = [d for d in data["documents"] if which is None or d["set"] == which]
    texts = read_texts(archives, {d["url"]: d["zip"] for d in wanted})
    out = []
    for d in wanted:
        entities = [
            JudgedEntity(e["type"], tuple(e["names"]), tuple((m[0], m[1]) for m in e["mentions"]), e["optional"])
            for e in d["entities"]
        ]
        out.append((d["url"], texts[d["url"]], entities))
    return out


def read_texts(archives: Path, where: dict[str, str]) -> dict[str, str]:
    """url → clean text, as an import reads them, of the articles ``where`` names (url → archive in
    ``archives``)."""
    from kashshaf.core.corpus.documents import prepare_document
    from kashshaf.core.corpus.importers import RawArticle, read_path

    texts: dict[str, str] = {}
    for archive in sorted(set(where.values())):
        for item in read_path(archives / archive):
            if isinstance(item, RawArticle) and item.url in where and item.url not in texts:
                clean = prepare_document(item).clean_text
                if clean:  # an archive may hold a url twice, once without its text
                    texts[item.url] = clean
    return texts
