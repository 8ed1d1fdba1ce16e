"""Known-item search over a corpus of real news: can a reader who remembers two
distinctive words of an article find it?

For each of N articles drawn with a seed, two words are chosen among the
article's rare words (in at most ``MAX_DF`` documents of the corpus, as
written and as typed) and given as a reader would type them: without harakat or tatweel, with a bare
alef, sometimes ه for ة and ي for ى, and without an attached clitic (و ف ب ل
ك and the article, where the word without it is a word of the corpus). The
article must be among the first ten hits. The same pair as written in the
article is searched too.

Shared by ``bench/bench_known_item.py`` (the whole of SaudiNewsNet) and the
acceptance test (two days of it). Nothing here is fitted to the answers: the
words are drawn from the article's text at run time.
"""

from __future__ import annotations

import random
import re
import statistics
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kashshaf.core.arabic.normalize import normalize_token_ar
from kashshaf.core.arabic.stopwords import stop_words_ar

if TYPE_CHECKING:
    from kashshaf.core.workspace import Workspace

MAX_DF = 20
"""a word in more documents than this is not distinctive"""
MIN_LETTERS = 4
_ARABIC_WORD_RE = re.compile("[\u0621-\u064a\u064b-\u0652\u0640\u0670]+")
"""Arabic letters, marks and tatweel (a word run together with a number is cut: الجبيل2)"""
_MARKS_RE = re.compile("[\u064b-\u0652\u0640\u0670]")
_ALEFS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا"})
_CLITICS = ("وال", "بال", "فال", "كال", "لل", "ال", "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")


@dataclass(frozen=True, slots=True)
class Case:
    doc_id: str
    written: tuple[str, str]
    typed: tuple[str, str]


@dataclass(frozen=True, slots=True)
class Score:
    top10: float
    mrr: float
    misses: list[tuple[Case, str, int | None]]  # (case, the query, its rank or None)


def _words(text: str) -> list[str]:
    return _ARABIC_WORD_RE.findall(text)


def build_cases(ws: Workspace, n: int, seed: int) -> list[Case]:
    """``n`` cases from articles of ``ws`` drawn with ``seed``."""
    db = ws.store._db
    docs = [
        (doc_id, f"{title or ''}\n{text or ''}")
        for doc_id, title, text in db.execute("SELECT id, title, clean_text FROM documents ORDER BY id")
    ]
    df: Counter[str] = Counter()
    for _, text in docs:
        df.update({normalize_token_ar(w) for w in _words(text)})
    stops = stop_words_ar()
    rng = random.Random(seed)
    rng.shuffle(docs)
    cases: list[Case] = []
    for doc_id, text in docs:
        if len(cases) == n:
            break
        rare: dict[str, tuple[str, str]] = {}
        for w in _words(text):
            norm = normalize_token_ar(w)
            if norm in rare or len(norm) < MIN_LETTERS or norm in stops:
                continue
            typed = _as_typed(w, df, rng)
            plain = normalize_token_ar(typed)
            # distinctive as the reader remembers it: ووزير is not, وزير being everywhere
            if df[norm] <= MAX_DF and df[plain] <= MAX_DF and plain not in stops:
                rare[norm] = (w, typed)
        if len({normalize_token_ar(t) for _, t in rare.values()}) < 2:
            continue
        (w1, t1), (w2, t2) = rng.sample(sorted(rare.values()), 2)
        while normalize_token_ar(t1) == normalize_token_ar(t2):
            (w1, t1), (w2, t2) = rng.sample(sorted(rare.values()), 2)
        cases.append(Case(doc_id, (w1, w2), (t1, t2)))
    return cases


def _as_typed(word: str, df: Counter[str], rng: random.Random) -> str:
    """``word`` as a reader types it. A clitic is what leaves a word of the
    corpus and is not part of a word that takes the article (البحث: بحث is a
    word, not ب + حث)."""
    w = _MARKS_RE.sub("", word).translate(_ALEFS)
    takes_article = df[normalize_token_ar("ال" + w)] > 0
    for clitic in _CLITICS:
        rest = w[len(clitic) :]
        if clitic.endswith(("ال", "لل")):
            ok = len(rest) >= 3
        else:
            ok = len(rest) >= 3 and df[normalize_token_ar(rest)] > 0 and not takes_article
        if w.startswith(clitic) and ok:
            if clitic.endswith("ال") and rng.random() < 0.5:
                rest = "ال" + rest  # the reader keeps the article half the time: بالوارد → الوارد
            elif clitic == "لل" and rng.random() < 0.5:
                rest = "ال" + rest
            w = rest
            break
    if w.endswith("ة") and rng.random() < 0.3:
        w = w[:-1] + "ه"
    if w.endswith("ى") and rng.random() < 0.3:
        w = w[:-1] + "ي"
    return w


def score(ws: Workspace, cases: list[Case], typed: bool) -> Score:
    ranks: list[int | None] = []
    misses: list[tuple[Case, str, int | None]] = []
    for case in cases:
        words = case.typed if typed else case.written
        query = " ".join(words)
        ids = [h.id for h in ws.search(query, limit=10, snippets=False).hits]
        rank = ids.index(case.doc_id) + 1 if case.doc_id in ids else None
        ranks.append(rank)
        if rank != 1:
            misses.append((case, query, rank))
    top10 = sum(r is not None for r in ranks) / len(ranks)
    mrr = statistics.fmean(1 / r if r else 0.0 for r in ranks)
    return Score(top10, mrr, misses)
