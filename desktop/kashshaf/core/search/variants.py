"""Spelling variants of a word in the corpus: ``ماكنزي~`` and "did you mean".

Transliterated names are spelt many ways (ماكنزي / ماكينزي, بيدرسون /
بيدرسن, ترامب / ترمب, لافرنتييف / لافرينتييف). A variant is a word of the
corpus within a small edit distance of the word, where the edits Arabic
transliteration makes cost little:

* a long vowel written or left out (ا و ي): 0.3; one for another: 0.7 (بوتين is not بيتين); at the end of a word: 0.8 (الرياضي is not الرياض);
* letters that render one foreign sound: ك ج غ ق چ گ (g), ت ط, س ص ث, ز ذ ظ,
  د ض, ه ح (h), ب پ (p), ف ڤ (v): 0.3;
* any other letter added, dropped or changed: 1.

A variant is at most ``MAX_DISTANCE`` away; the same word with a clitic
(لكلينتون) is not a variant: a search for the word finds it already.

A word's *skeleton* drops its long vowels (its first letter kept) and folds
those letter classes; variants are found among the words whose skeleton is
the word's or one edit from it, then measured. The corpus' store keeps
each word's skeleton beside its count (an index on it), so variants are a
few hundred lookups.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

from kashshaf.core.arabic.clitics import ARTICLE, CLITICS, LAM_ARTICLE, Count, clitic_forms, phrase_form
from kashshaf.core.arabic.normalize import normalize_token_ar
from kashshaf.core.arabic.spelling import (
    MAX_DISTANCE,
    SUGGEST_DISTANCE,
    distance,
    skeleton,
    skeleton_alphabet,
    swaps_a_vowel,
)

MIN_VARIANT_LETTERS = 5
"""letters (the article aside) a word needs for variants of every kind; a four-letter word's only
differ by a long vowel (ترمب, ترامب): كيري and جبير have common words all around them (غيري, جري,
الكبير)"""
MIN_SUGGEST_LETTERS = 3
LONG_WORD_LETTERS = 7
SHORT_WORD_DISTANCE = 0.3
"""a word shorter than ``LONG_WORD_LETTERS`` may differ by one cheap edit only (ترامب ترمب)"""
"""shorter words have too many neighbours to be worth expanding"""
MAX_VARIANTS = 30

_WORD_TILDE_RE = re.compile(r'(?<![\w"~])([^\s()"~:=+\-*?][^\s()"~:*?]*)~(?![\w~])')


@dataclass(frozen=True, slots=True)
class Variant:
    word: str
    """the normalised spelling"""
    count: int
    """its occurrences in the corpus"""
    distance: float


def _skeleton_neighbours(sk: str) -> set[str]:
    """``sk`` and every skeleton one edit from it."""
    out = {sk}
    for i in range(len(sk)):
        out.add(sk[:i] + sk[i + 1 :])
        for c in skeleton_alphabet():
            out.add(sk[:i] + c + sk[i + 1 :])
    for i in range(len(sk) + 1):
        for c in skeleton_alphabet():
            out.add(sk[:i] + c + sk[i:])
    return out


class SkeletonIndex:
    """Spelling variants among a corpus' words, found through their skeletons."""

    def __init__(
        self, lookup: Callable[[Iterable[str]], list[tuple[str, int]]], count: Callable[[str], int] | None = None
    ) -> None:
        self._lookup = lookup
        """the corpus' words (with their counts) whose skeleton is one of those given"""
        self._count = count
        """a word's count in the corpus (to tell a word with a clitic: بوطن is ب + وطن)"""

    def _cliticised(self, word: str) -> bool:
        """``word`` carries a proclitic the corpus supports (بوطن is ب + وطن); the article alone is no clitic here."""
        return not word.startswith("ال") and bool(clitic_forms(word, self._count))

    def variants(self, word: str, limit: float = MAX_DISTANCE) -> list[Variant]:
        """Words of the corpus within ``limit`` of ``word`` (itself included when it
        occurs), nearest and most frequent first."""
        norm = normalize_token_ar(word)
        bare = norm[2:] if norm.startswith("ال") else norm
        suggesting = limit > MAX_DISTANCE  # "did you mean": a short word may be misspelt too
        if not norm.isalpha() or len(bare) < (MIN_SUGGEST_LETTERS if suggesting else MIN_VARIANT_LETTERS - 1):
            return []
        if len(bare) < LONG_WORD_LETTERS and not suggesting:
            limit = min(limit, SHORT_WORD_DISTANCE)
        vowels_only = len(bare) < MIN_VARIANT_LETTERS and not suggesting
        found: dict[str, Variant] = {}
        for candidate, n in self._lookup(_skeleton_neighbours(skeleton(norm))):
            if candidate in found or not candidate.isalpha():
                continue
            if vowels_only and _consonants(candidate) != _consonants(norm):
                continue  # a four-letter word: a long vowel more or less, no other letter (ترمب ترامب, not كيري غيري)
            d = distance(norm, candidate, limit)
            if d <= limit and (limit > MAX_DISTANCE or not swaps_a_vowel(norm, candidate)):
                found[candidate] = Variant(candidate, n, round(d, 2))
        spellings = set(found) | {norm}
        kept = [
            v
            for v in found.values()
            if v.word == norm or limit > MAX_DISTANCE or not (_clitic_of(v.word, spellings) or self._cliticised(v.word))
        ]
        ranked = sorted(kept, key=lambda v: (v.word != norm, v.distance, -v.count, v.word))
        return ranked[:MAX_VARIANTS]

    def nearest(self, word: str) -> Variant | None:
        """The corpus word a misspelt ``word`` most likely meant (None: none near)."""
        norm = normalize_token_ar(word)
        candidates = [v for v in self.variants(norm, limit=SUGGEST_DISTANCE) if v.word != norm]
        if not candidates:
            return None
        return min(candidates, key=lambda v: (v.distance, -v.count))


_CLITIC_PREFIXES = LAM_ARTICLE + ARTICLE + CLITICS


def _consonants(word: str) -> str:
    return word[0] + "".join(c for c in word[1:] if c not in "اوي")


def _bare(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def _clitic_of(word: str, spellings: set[str]) -> bool:
    """``word`` is one of ``spellings`` with a proclitic in front (لسعوديه and للسعوديه of السعوديه)."""
    bases = {_bare(s) for s in spellings if s != word}
    return any(word.startswith(p) and _bare(word[len(p) :]) in bases for p in _CLITIC_PREFIXES)


def bare_word(word: str, count: Count | None) -> str:
    """``word`` normalised, without the conjunction or preposition in front of it that the corpus
    supports splitting off, the article kept: لترامب → ترامب, والرياض → الرياض, للحكومة → الحكومه
    (as a phrase's word is matched: :func:`phrase_form`); the word whose spellings a reader asks for."""
    return phrase_form(normalize_token_ar(word), count)


def tilde_words(text: str) -> list[str]:
    """The words of a query written with a trailing ``~`` (outside quotes)."""
    return [m.group(1) for m in _WORD_TILDE_RE.finditer(_outside_quotes(text))]


def expand_tildes(text: str, variants: Callable[[str], list[Variant]]) -> str:
    """``text`` with each ``word~`` replaced by ``(v1 OR v2 …)``, its variants."""
    masked = _outside_quotes(text)
    out: list[str] = []
    last = 0
    for m in _WORD_TILDE_RE.finditer(masked):
        word = m.group(1)
        spellings = [v.word for v in variants(word)] or [normalize_token_ar(word)]
        out.append(text[last : m.start()])
        out.append(spellings[0] if len(spellings) == 1 else "(" + " OR ".join(spellings) + ")")
        last = m.end()
    out.append(text[last:])
    return "".join(out)


def _outside_quotes(text: str) -> str:
    """``text`` with what is inside "…" blanked (same length), so a ~ there is left alone."""
    return re.sub(r'"[^"]*"', lambda m: '"' + " " * (len(m.group(0)) - 2) + '"', text)


_PLAIN_WORD_RE = re.compile(r"(?<![\w:=~\"*?])([^\W\d_][^\W_]*)(?![\w:~*?])")
_OPERATORS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "REQUIRE", "و", "أو", "او", "ليس"})


class KnownWords(Protocol):
    def count(self, term: str) -> int: ...

    def skeletons(self) -> SkeletonIndex: ...


def suggest_query(text: str, vocabulary: KnownWords, has_hits: Callable[[str], bool]) -> str | None:
    """``text`` with each plain word the corpus never has (outside quotes, not a
    field or an operator) replaced by the nearest word it has, if the query then
    finds something; None when no word changes or the new query finds nothing."""
    masked = _outside_quotes(text)
    out: list[str] = []
    last = 0
    changed = False
    for m in _PLAIN_WORD_RE.finditer(masked):
        word = m.group(1)
        if word in _OPERATORS or vocabulary.count(normalize_token_ar(word)) > 0:
            continue
        best = vocabulary.skeletons().nearest(word)
        if best is None:
            continue
        out.append(text[last : m.start()])
        out.append(best.word)
        last = m.end()
        changed = True
    if not changed:
        return None
    out.append(text[last:])
    suggestion = "".join(out)
    return suggestion if has_hits(suggestion) else None
