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
VOWEL_SWAP_COST = 0.5
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
    """Weighted edit distance between two normalised words (anything above ``limit`` is ``limit + 1``)."""
    if a == b:
        return 0.0
    prev = [0.0]
    for ch in b:
        prev.append(prev[-1] + _indel_cost(ch))
    for ca in a:
        cur = [prev[0] + _indel_cost(ca)]
        for j, cb in enumerate(b, start=1):
            cur.append(min(prev[j] + _indel_cost(ca), cur[j - 1] + _indel_cost(cb), prev[j - 1] + _sub_cost(ca, cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def skeleton_alphabet() -> list[str]:
    """The letters a skeleton is made of (for its one-edit neighbours)."""
    return _ALPHABET
