"""Spelling distance for transliterated words: a word's skeleton and a
weighted edit distance (see :mod:`kashshaf.core.search.variants`)."""

from __future__ import annotations

VOWELS = frozenset("اوي")
_CLASSES = {
    "ك": "ك",
    "ج": "ك",
    "غ": "ك",
    "ق": "ك",
    "ت": "ت",
    "ط": "ت",
    "س": "س",
    "ص": "س",
    "ث": "س",
    "ز": "ز",
    "ذ": "ز",
    "ظ": "ز",
    "د": "د",
    "ض": "د",
    "ه": "ه",
    "ح": "ه",
    "ب": "ب",
    "پ": "ب",
    "ف": "ف",
    "ڤ": "ف",
    "چ": "ك",
    "گ": "ك",
}
_SKELETON_TABLE = str.maketrans({**{c: None for c in "اوي"}, **{a: b for a, b in _CLASSES.items() if a != b}})
_ALPHABET = sorted({_CLASSES.get(c, c) for c in "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"} - VOWELS)
VOWEL_COST = 0.3
VOWEL_SWAP_COST = 0.7
FINAL_VOWEL_COST = 0.8
CLASS_COST = 0.3
MAX_DISTANCE = 0.6
"""the farthest a variant may be: two cheap edits (ترامب ترمب: 0.3), never a letter of another sound"""
SUGGEST_DISTANCE = 1.3
"""the farthest a "did you mean" word may be: one letter wrong, and a cheap edit"""


def skeleton(word: str) -> str:
    """``word`` (normalised) without its long vowels (the first letter kept), letter classes folded."""
    if not word:
        return word
    return _CLASSES.get(word[0], word[0]) + word[1:].translate(_SKELETON_TABLE)


def _sub_cost(a: str, b: str) -> float:
    if a == b:
        return 0.0
    if a in _CLASSES and _CLASSES.get(a) == _CLASSES.get(b):
        return CLASS_COST
    if a in VOWELS and b in VOWELS:
        return VOWEL_SWAP_COST
    return 1.0


def _indel_cost(c: str) -> float:
    return VOWEL_COST if c in VOWELS else 1.0


def distance(a: str, b: str, limit: float = MAX_DISTANCE) -> float:
    """Weighted edit distance between two normalised words (anything above ``limit`` is ``limit + 1``).
    A long vowel added or dropped at the end of a word changes the word (الرياض, الرياضي): it costs
    ``FINAL_VOWEL_COST``."""
    if a == b:
        return 0.0
    last_a, last_b = len(a) - 1, len(b) - 1

    def indel(c: str, last: bool) -> float:
        return FINAL_VOWEL_COST if last and c in VOWELS else _indel_cost(c)

    prev = [0.0]
    for j, ch in enumerate(b):
        prev.append(prev[-1] + indel(ch, j == last_b))
    for i, ca in enumerate(a):
        drop_a = indel(ca, i == last_a)
        cur = [prev[0] + drop_a]
        for j, cb in enumerate(b, start=1):
            cur.append(min(prev[j] + drop_a, cur[j - 1] + indel(cb, j - 1 == last_b), prev[j - 1] + _sub_cost(ca, cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def skeleton_alphabet() -> list[str]:
    """The letters a skeleton is made of (for its one-edit neighbours)."""
    return _ALPHABET


def _vowel_gaps(word: str) -> tuple[list[str], list[str]]:
    """The consonants of ``word`` (classes folded) and the long vowels before, between and after them."""
    consonants: list[str] = []
    gaps = [""]
    for c in word:
        if c in VOWELS:
            gaps[-1] += c
        else:
            consonants.append(_CLASSES.get(c, c))
            gaps.append("")
    return consonants, gaps


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(c in it for c in short)


def swaps_a_vowel(a: str, b: str) -> bool:
    """``a`` and ``b`` have the same consonants but one long vowel in place of another
    (بوتين, بيتين): two words, however cheap the edits."""
    ca, ga = _vowel_gaps(a)
    cb, gb = _vowel_gaps(b)
    if ca != cb:
        return False
    return any(x != y and not _subsequence(x, y) and not _subsequence(y, x) for x, y in zip(ga, gb, strict=True))
