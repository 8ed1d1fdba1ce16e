"""A statistical sequence labeller for names no list holds: a linear-chain CRF (CRFsuite).

Trained on ANERcorp's training part (``packaging/train_ner.py`` retrains it;
``resources/entities/ner-crf.model`` and its card ``ner-crf.md``), it labels
each token of a text ``B-``/``I-`` ``PER``/``ORG``/``LOC`` or ``O`` from
features of the word and its neighbours:

* the normalised word, its form without clitics (و ف ب ل ك ال), prefixes
  and suffixes of two and three letters, its shape (Arabic, Latin, digits),
  whether it is definite or a nisba adjective;
* the lexicon's word classes: person titles, given names, name links,
  organisation and place heads, function words;
* the gazetteer match over the token (``B-PER``, ``I-LOC``…), so a listed
  name helps and its context is learnt;
* punctuation and quotes around the word;
* the same, fewer, for the word before and the word after (two words away
  added nothing on held-out sentences and cost a fifth of the time).

Features of a word are built once per word form and kept (news repeats its
vocabulary), as UTF-8 bytes, which CRFsuite takes without encoding them again
for each token; labelling costs a few lookups per token and CRFsuite decodes
in C. The model runs offline; nothing is downloaded.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from pathlib import Path
from typing import Any

from kashshaf.core.entities.lexicon import Lexicon, load_lexicon
from kashshaf.paths import resource_path

MODEL_NAME = "ner-crf.model"
FEATURE_VERSION = "3"
"""Bump with any change to the features below: the model must be retrained (packaging/train_ner.py)."""

TAGS = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC")
_QUOTES = frozenset("\"'«»“”„‘’")
_LATIN = re.compile(r"^[A-Za-z]+$")
_DIGIT = re.compile(r"^[0-9]+$")
_DEFINITE = ("ال", "وال", "بال", "لل", "فال", "كال")
_NISBA = ("ي", "يه", "يون", "يين")
_OWN_FORM_ONLY = ("link", "stop")
"""classes a word has as written only (not behind a clitic)"""
_CLITICS = ("وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك")


def model_path() -> Path:
    return Path(resource_path("entities", MODEL_NAME))


COMMON_WORDS = "common-words.txt"


def common_words_path() -> Path:
    return Path(resource_path("entities", COMMON_WORDS))


def read_common_words(path: Path | None = None) -> frozenset[str]:
    """Words that are no name's in the model's training data (written by packaging/train_ner.py)."""
    where = path or common_words_path()
    if not where.exists():
        return frozenset()
    lines = where.read_text(encoding="utf-8").splitlines()
    return frozenset(w for w in lines if w and not w.startswith("#"))


def model_available() -> bool:
    try:
        import pycrfsuite  # noqa: F401
    except ImportError:
        return False
    return model_path().exists()


@lru_cache(maxsize=300_000)
def strip_clitics(norm: str) -> str:
    """The word without one leading clitic group (``والحكومة`` → ``حكومة``), when enough remains."""
    for c in _CLITICS:
        if norm.startswith(c) and len(norm) - len(c) >= 3:
            return norm[len(c) :]
    return norm


@dataclass(frozen=True, slots=True)
class WordClasses:
    titles: frozenset[str]
    given: frozenset[str]
    links: frozenset[str]
    org_heads: frozenset[str]
    place_heads: frozenset[str]
    stop: frozenset[str]

    @classmethod
    def of(cls, lex: Lexicon) -> WordClasses:
        return cls(
            frozenset(w for p in lex.phrases("person_titles") for w in p),
            lex.words("given_names"),
            lex.words("name_links"),
            lex.words("org_heads") | lex.words("org_heads_weak"),
            lex.words("place_heads"),
            lex.words("stop_words"),
        )


class Featurizer:
    """Token features, built per word form once and kept."""

    def __init__(self, lexicon: Lexicon | None = None, known: frozenset[str] | None = None) -> None:
        """``known``: the attributes a model has weights for; the others are left out of the features
        (they would change nothing, and handing them to CRFsuite costs as much as the rest)."""
        self.classes = WordClasses.of(lexicon or load_lexicon())
        self.known = known
        self._own: dict[str, list[bytes]] = {}
        c = self.classes
        table: dict[str, set[str]] = {}
        for kind, words in (
            ("title", c.titles),
            ("given", c.given),
            ("orghead", c.org_heads),
            ("placehead", c.place_heads),
            ("link", c.links),
            ("stop", c.stop),
        ):
            for w in words:
                table.setdefault(w, set()).add(kind)
        self._class_table = {w: tuple(sorted(kinds)) for w, kinds in table.items()}
        self._near: dict[str, dict[str, list[bytes]]] = {"-1": {"": []}, "+1": {"": []}}
        self._gaps: dict[str, tuple[list[bytes], list[bytes]]] = {}

    def _classes_of(self, norm: str, stem: str) -> list[str]:
        found = self._class_table.get(norm, ())
        if stem is not norm:
            found = tuple(sorted({*found, *(k for k in self._class_table.get(stem, ()) if k not in _OWN_FORM_ONLY)}))
        return list(found)

    def _fill(self, norm: str) -> None:
        """Compute and keep a word's features: at the position labelled, and as a neighbour on either side
        (only those the model has weights for)."""
        stem = strip_clitics(norm)
        classes = ["c=" + k for k in self._classes_of(norm, stem)]
        flags = []
        if _DIGIT.match(norm):
            flags.append("digit")
        elif _LATIN.match(norm):
            flags.append("latin")
        if stem is not norm and norm.startswith(_DEFINITE):
            flags.append("def")
        if len(norm) > 4 and norm.endswith(_NISBA):
            flags.append("nisba")
        near = ["w=" + norm, "s=" + stem, *flags, *classes]
        own = [
            "bias",
            *near[:2],
            "p2=" + norm[:2],
            "p3=" + norm[:3],
            "x2=" + norm[-2:],
            "x3=" + norm[-3:],
            *flags,
            "len=" + str(min(len(norm), 8)),
            *classes,
        ]
        known = self.known
        if known is None:
            self._own[norm] = [f.encode() for f in own]
            self._near["-1"][norm] = [("-1:" + f).encode() for f in near]
            self._near["+1"][norm] = [("+1:" + f).encode() for f in near]
            return
        self._own[norm] = [f.encode() for f in own if f in known]
        self._near["-1"][norm] = [g.encode() for f in near if (g := "-1:" + f) in known]
        self._near["+1"][norm] = [g.encode() for f in near if (g := "+1:" + f) in known]

    def own(self, norm: str) -> list[bytes]:
        """The features of a word at the position labelled (cached)."""
        if norm not in self._own:
            self._fill(norm)
        return self._own[norm]

    def near(self, norm: str, offset: str) -> list[bytes]:
        """What a neighbour contributes: ``offset`` is ``-1`` or ``+1``."""
        if norm not in self._own:
            self._fill(norm)
        return self._near[offset][norm]

    def _gap(self, gap: str) -> tuple[list[bytes], list[bytes]]:
        """Features of a gap for the word after it and for the word before it."""
        found = self._gaps.get(gap)
        if found is None:
            after_gap: list[bytes] = []  # for the next word
            before_gap: list[bytes] = []  # for the word before
            if any(ch in _QUOTES for ch in gap):
                after_gap.append(b"qb")
                before_gap.append(b"qa")
            if "," in gap or "،" in gap:
                after_gap.append(b"cb")
            if "(" in gap:
                after_gap.append(b"pb")
            if "\n" in gap or "." in gap:
                after_gap.append(b"start")
            found = self._gaps[gap] = (after_gap, before_gap)
        return found

    def sequence(
        self, norms: list[str], gaps: list[str], gaz_tags: list[str], rule_tags: list[str]
    ) -> list[list[bytes]]:
        """Features of each token (UTF-8): ``gaps[i]`` is the text between token ``i`` and the next; ``gaz_tags``
        and ``rule_tags`` what the gazetteers and the context rules found there."""
        n = len(norms)
        if not n:
            return []
        own_t = self._own
        for w in set(norms).difference(own_t):  # fill the caches for the words not seen before
            self._fill(w)
        # one new list a token, from the word's own features and its neighbours' (looked up in C)
        out = [
            [*own, *before, *after]
            for own, before, after in zip(
                map(own_t.__getitem__, norms),
                map(self._near["-1"].__getitem__, ["", *norms[:-1]]),
                map(self._near["+1"].__getitem__, [*norms[1:], ""]),
                strict=True,
            )
        ]
        # the rest is sparse: most gaps are a space, most words are in no list and no rule's span
        for i in compress(range(len(gaps)), map(" ".__ne__, gaps)):
            after_gap, before_gap = self._gap(gaps[i])
            out[i] += before_gap
            if i + 1 < n:
                out[i + 1] += after_gap
        out[0].append(b"start")
        tagged = {*compress(range(n), map("O".__ne__, gaz_tags)), *compress(range(n), map("O".__ne__, rule_tags))}
        for i in sorted(tagged):
            gaz, rule = gaz_tags[i], rule_tags[i]
            feats = out[i]
            if gaz != "O":
                feats.append(b"g=" + gaz.encode())
                if i:
                    out[i - 1].append(b"+1:g=" + gaz.encode())
                if i + 1 < n:
                    out[i + 1].append(b"-1:g=" + gaz.encode())
            if rule != "O":
                feats.append(b"r=" + rule.encode())
                if gaz != "O":
                    feats.append(("gr=" + gaz[2:] + rule[2:]).encode())
                if i:
                    out[i - 1].append(b"+1:r=" + rule.encode())
                if i + 1 < n:
                    out[i + 1].append(b"-1:r=" + rule.encode())
        return out


def spans_of(tags: Iterable[str]) -> list[tuple[int, int, str]]:
    """BIO tags → ``(first token, end token, type)``; an ``I-`` without its ``B-`` starts a span."""
    tags = list(tags)
    out: list[tuple[int, int, str]] = []
    start, kind, last = -1, "", -2
    for i in compress(range(len(tags)), map("O".__ne__, tags)):  # only the tagged tokens (a few in a hundred)
        prefix, _, name = tags[i].partition("-")
        if start >= 0 and (i != last + 1 or prefix != "I" or name != kind):
            out.append((start, last + 1, kind))
            start = -1
        if start < 0:
            start, kind = i, name
        last = i
    if start >= 0:
        out.append((start, last + 1, kind))
    return out


class CrfTagger:
    """The shipped model, opened once per process."""

    def __init__(self, path: Path | None = None, featurizer: Featurizer | None = None) -> None:
        import pycrfsuite

        self.tagger: Any = pycrfsuite.Tagger()
        self.tagger.open(str(path or model_path()))
        known = frozenset(attribute for attribute, _label in self.tagger.info().state_features)
        self.featurizer = featurizer or Featurizer(known=known)

    def label(
        self, norms: list[str], gaps: list[str], gaz_tags: list[str], rule_tags: list[str]
    ) -> list[tuple[int, int, str, float]]:
        """Spans ``(first token, end token, type, confidence)``; the confidence is the lowest marginal
        probability of the span's tags."""
        if not norms:
            return []
        tags = self.tagger.tag(self.featurizer.sequence(norms, gaps, gaz_tags, rule_tags))
        self._length = len(norms)
        out = []
        for start, end, kind in spans_of(tags):
            confidence = min(self.tagger.marginal(tags[i], i) for i in range(start, end))
            out.append((start, end, kind, confidence))
        return out

    def outside(self, i: int) -> float:
        """The probability that token ``i`` of the text labelled last is no name's (``O``)."""
        return float(self.tagger.marginal("O", i))


@lru_cache(maxsize=1)
def shipped_tagger() -> CrfTagger | None:
    """The shipped model, or None when it (or CRFsuite) is missing."""
    return CrfTagger() if model_available() else None
