"""Proclitic segmentation backed by the corpus.

Arabic attaches the conjunctions و ف, the prepositions ب ل ك and the article
ال to the word that follows: بذواتهم is ب + ذواتهم, فلنقف is ف + لنقف,
بالإدارة is ب + ال + إدارة. A reader types the word without them. Stripping
the one-letter clitics blindly breaks words that only look cliticised
(بريطانيا, فيصل, بحث, كامل), so a split is made only where the corpus
supports it:

* the word left over occurs in the corpus on its own (its count in the
  corpus vocabulary);
* the whole word never takes the article: البحث, الكامل, الوزير and الفنون
  are written, so بحث, كامل, وزير and فنون are words, not ب + حث, ك + امل,
  و + زير, ف + نون (a clitic is never followed by the article's place in
  front of it: there is no البزفاف);
* and the cliticised form is not much more frequent than the word left
  over: at most ``CLITIC_RATIO`` times (بذواتهم is half ذواتهم; فقط is 37
  times قط), ``WAW_RATIO`` times for و, which goes before almost any word;
* names and words that only look cliticised (``resources/arabic/stem_protected.txt``,
  and the one-word names of the people and places gazetteers: فيصل, فراس,
  بريطانيا, لبنان) are never split, though a clitic before them is (لفيصل).

The article (ال and وال بال كال فال لل and their like) is always split off,
as Lucene's stemmer does, when at least three letters remain.

:func:`clitic_forms` gives every supported form of a normalised word without
its clitics, the shortest last: the index holds them beside the word itself
(its stems in the stemmed field, the forms themselves, with positions, in
the segmented field), so ``ذواتهم`` finds بذواتهم and the phrase
``"الإدارة الذاتية"`` finds ``بالإدارة الذاتية``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from kashshaf.core.arabic.normalize import normalize_ar
from kashshaf.core.arabic.stem import PROTECTED
from kashshaf.paths import resource_path

CLITIC_RATIO = 4.0
WAW_RATIO = 25.0
"""و goes before almost any verb or noun: وتعزيزها is three times تعزيزها, وأورد nine times أورد"""
ARTICLE_EVIDENCE = 2
"""times ال + word must occur for the word to count as one that takes the article"""
MIN_REST = 3
"""letters a word keeps without its clitics"""

# ل + ال: للحكومة is ل + الحكومة (the article's alef is dropped in writing)
LAM_ARTICLE: tuple[str, ...] = ("ولل", "فلل", "لل")
ARTICLE: tuple[str, ...] = ("وبال", "وكال", "فبال", "فكال", "وال", "فال", "بال", "كال", "ال")
# longest first; a pair is tried before its single letters, and each supported split is kept
CLITICS: tuple[str, ...] = ("وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك")

Count = Callable[[str], int]


def _gazetteer_words() -> set[str]:
    """One-word names of people and places that begin with a clitic letter."""
    words: set[str] = set()
    for name in ("per.tsv", "loc.tsv", "loc_cldr.tsv"):
        path = resource_path("entities", name)
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            for cell in line.replace("\t", "|").split("|"):
                for word in cell.split():
                    norm = normalize_ar(word)
                    if len(norm) >= MIN_REST + 1 and norm[0] in "وفبلك" and not norm.startswith("ال"):
                        words.add(norm)
    return words


@lru_cache(maxsize=1)
def protected_words() -> frozenset[str]:
    """Words never split: the stemmer's protected names and the gazetteers' one-word names."""
    return frozenset(PROTECTED | _gazetteer_words())


def _supported(word: str, rest: str, clitic: str, count: Count) -> bool:
    if rest in PROTECTED:
        return True  # a clitic before a name: لقسد, وبريطانيا
    n_rest = count(rest)
    if n_rest <= 0:
        return False
    n_word = count(word)
    with_article = count("ال" + word)
    if with_article >= ARTICLE_EVIDENCE and with_article * 10 >= n_word:
        return False
    return n_word <= (WAW_RATIO if clitic == "و" else CLITIC_RATIO) * n_rest


def clitic_forms(word: str, count: Count | None) -> tuple[str, ...]:
    """The forms of normalised ``word`` without its proclitics that the corpus
    (``count``: a normalised word's count in the corpus; None: no corpus, the
    article alone is split) supports, the shortest last; () when it has none."""
    if len(word) < MIN_REST + 1 or word in protected_words():
        return ()
    out: list[str] = []
    for prefix in LAM_ARTICLE:
        if word.startswith(prefix):
            rest = word[len(prefix) :]
            if len(rest) >= MIN_REST:
                out += ["ال" + rest, rest]
                return tuple(out)
    for prefix in ARTICLE:
        if word.startswith(prefix):
            rest = word[len(prefix) :]
            if len(rest) >= MIN_REST:
                if prefix != "ال":
                    out.append("ال" + rest)  # والوارد: الوارد, وارد
                out.append(rest)
                return tuple(out)
            break
    if count is None:
        return ()
    for clitic in CLITICS:
        if word.startswith(clitic):
            rest = word[len(clitic) :]
            if len(rest) >= MIN_REST and _supported(word, rest, clitic, count):
                # a pair is two splits: وكامل is و + كامل, not و + ك + امل (الكامل is written)
                if len(clitic) == 2 and not _supported(word[1:], rest, clitic[1], count):
                    continue
                out.append(rest)
    # shortest last (a pair's split is shorter than its single letter's)
    return tuple(sorted(dict.fromkeys(out), key=len, reverse=True))


def canonical_form(word: str, count: Count | None) -> str:
    """``word`` without every clitic the corpus supports (the word itself when none)."""
    forms = clitic_forms(word, count)
    return forms[-1] if forms else word


def phrase_form(word: str, count: Count | None) -> str:
    """What a word of a "phrase" is matched as: without the clitics the corpus supports, but with
    its article if it was written with one (``"سعود الفيصل"`` must not match سعود وفيصل; ``"الإدارة
    الذاتية"`` still matches بالإدارة الذاتية, whose clitic-free forms include الإدارة)."""
    if word.startswith("ال"):
        return word
    forms = clitic_forms(word, count)
    with_article = [f for f in forms if f.startswith("ال")]
    if with_article:
        return with_article[0]
    return forms[-1] if forms else word
