"""Keywords of a result set: the words that distinguish its documents from the rest of the corpus.

Keyness is Dunning's log-likelihood (G²) on a two-by-two table of documents: those of the result
that have the word and those that lack it, against the same for the rest of the corpus. Only words
over-represented in the result are kept, strongest first.

Words are the index's stemmed terms (the ``body`` field: normalised, stop words out, light-stemmed,
clitics split off where the corpus supports it), so والحوثيين, الحوثيين and للحوثيين are one word,
shown as the corpus most often writes it.

Documents, not occurrences, are counted: a news corpus repeats itself (one long article naming a
place forty times, a wire story carried by five outlets), and a word that a few articles hammer on
should not outrank one that most of the result shares. Document frequencies are also what the
index keeps for every term of the corpus, so the reference side costs one lookup a word.

The result's side is read from its documents' text, analysed as the index analyses it. A result of
more than :data:`SAMPLE` documents is read from an even sample of them (every k-th document in index
order, so the same result gives the same words), and its counts scaled to the whole result; the
answer says how many documents were read.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter
from dataclasses import dataclass
from itertools import repeat
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from kashshaf.core.analysis import Scope
from kashshaf.core.arabic.normalize import dediac_ar, normalize_nfkc_ar, normalize_token_ar
from kashshaf.core.arabic.stopwords import stop_words_ar
from kashshaf.core.arabic.tokenize import words_ar
from kashshaf.core.search.analysis import SqliteVocabulary, norm_stems, query_stem
from kashshaf.core.search.counting import docset

if TYPE_CHECKING:
    from kashshaf.core.workspace import Workspace

SAMPLE = 500
"""documents of a result read at most (an even sample of a larger one): enough for the words that
stand out (a keyword is in a tenth of the results or more, 50 documents of the sample), and half a
second of reading"""
DEFAULT_LIMIT = 30
_DIGITS_RE = re.compile(r"^[0-9]+$")
_STEMS: dict[str, dict[str, str]] = {}
"""vocabulary path -> surface word -> its stemmed-field terms joined by tabs, across calls (the same word,
the same terms). Strings, not tuples: the garbage collector never walks a string, and a full collection
over a hundred thousand new tuples stops every thread for a tenth of a second (the window's too)."""
_STEMS_LIMIT = 1_000_000


@dataclass(frozen=True, slots=True)
class Keyword:
    word: str
    """as the corpus most often writes it in the result"""
    stem: str
    """the index's term"""
    documents: int
    """documents of the result that have it (scaled from the sample when the result was sampled)"""
    corpus_documents: int
    """documents of the whole corpus that have it"""
    score: float
    """log-likelihood (G²): above 3.84, 6.63 and 10.83 the difference is significant at 5 %, 1 % and 0.1 %"""


@dataclass(frozen=True, slots=True)
class Keywords:
    words: tuple[Keyword, ...] = ()
    documents: int = 0
    """documents in the result set"""
    corpus: int = 0
    """documents in the corpus"""
    read: int = 0
    """documents of the result read (``documents`` unless sampled)"""

    @property
    def sampled(self) -> bool:
        return self.read < self.documents

    def to_json(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "corpus": self.corpus,
            "read": self.read,
            "sampled": self.sampled,
            "keywords": [
                {
                    "word": k.word,
                    "stem": k.stem,
                    "documents": k.documents,
                    "corpus_documents": k.corpus_documents,
                    "score": round(k.score, 2),
                }
                for k in self.words
            ],
        }


def log_likelihood(a: float, b: float, c: float, d: float) -> float:
    """Dunning's G² of the table [[a, b], [c, d]] (a: result documents with the word, b: the rest's with
    it, c and d: without it)."""
    n = a + b + c + d
    total = 0.0
    for observed, row, column in ((a, a + b, a + c), (b, a + b, b + d), (c, c + d, a + c), (d, c + d, b + d)):
        if observed > 0:
            total += observed * math.log(observed * n / (row * column))
    return 2.0 * total


def _sample(docnums: list[int], size: int) -> list[int]:
    if len(docnums) <= size:
        return docnums
    step = len(docnums) / size
    return [docnums[int(i * step)] for i in range(size)]


def _memo(vocabulary: SqliteVocabulary | None) -> dict[str, str]:
    """The stemmed-field terms of each surface word met so far in this corpus."""
    key = vocabulary.path if vocabulary is not None else ""
    memo = _STEMS.get(key)
    if memo is None or len(memo) > _STEMS_LIMIT:
        memo = _STEMS[key] = {}
    return memo


def _learn(memo: dict[str, str], vocabulary: SqliteVocabulary | None, words: set[str]) -> None:
    """Put the terms of ``words`` not yet met in ``memo``."""
    count = vocabulary.count if vocabulary is not None else None
    for word in words.difference(memo):
        memo[word] = "\t".join(norm_stems(normalize_token_ar(word), count))


def shown_word(word: str) -> str:
    """A surface word as a list shows it: compatibility forms folded, harakat and tatweel left out."""
    return dediac_ar(normalize_nfkc_ar(word)).replace("\u0640", "")


def keywords(ws: Workspace, scope: Scope, limit: int = DEFAULT_LIMIT, sample: int = SAMPLE) -> Keywords:
    """The ``limit`` words most over-represented in the result set of ``scope`` against the rest of
    the corpus (the query's own words and the chosen entity's name left out: they are why the
    documents are there)."""
    if scope.everything:  # the whole corpus: nothing to set it apart from
        corpus = ws.index.doc_count()
        return Keywords((), corpus, corpus, 0)
    vocabulary = ws.index.vocabulary
    memo = _memo(vocabulary)
    q = scope.query(ws)
    with ws.index.searcher() as searcher:
        found = sorted(docset(q, searcher))
        corpus = searcher.doc_count()
        result = len(found)
        if not result or result >= corpus:
            return Keywords((), result, corpus, 0)
        chosen = _sample(found, sample)
        ids = [searcher.stored_fields(n)["id"] for n in chosen]
        in_sample: Counter[str] = Counter()
        uses: Counter[str] = Counter()
        """documents of the sample that write each surface word"""
        texts: list[set[str]] = []
        for row, clean in ws.store.summaries(ids).values():
            # the words as the index's tokenizer finds them, less its joining of a word a lone letter
            # split (ق سد): here the two pieces are read, a few words in a corpus
            distinct = set(words_ar(f"{row.title}\n{clean}" if row.title else clean))
            uses.update(distinct)
            texts.append(distinct)
        read = len(texts)
        # a sample's counts are estimates: the words of one document of it are not analysed the first
        # time they are met (most of a text's distinct words, and of the time; their stems are counted
        # through the other forms that write them)
        _learn(memo, vocabulary, set(uses) if read == result else {w for w, n in uses.items() if n > 1})
        get = memo.get
        for distinct in texts:  # each document's terms, in C: joined, split, once each
            joined = "\t".join(filter(None, map(get, distinct, repeat(""))))
            if joined:
                in_sample.update(set(joined.split("\t")))
        if not read:
            return Keywords((), result, corpus, 0)
        own = scope.text
        if scope.entity is not None:  # the chosen entity's name is why the documents are there too
            own += " " + " ".join(name for name, _kind in ws.entities.store.shown([scope.entity]).values())
        scored = _score(searcher.reader(), in_sample, result / read, result, corpus, own, limit)
    forms = _surface_forms(memo, uses, {stem for _score, stem, _a, _df in scored})
    stops = stop_words_ar()
    words = tuple(
        Keyword(forms.get(stem, stem), stem, a, df, score)
        for score, stem, a, df in scored
        if normalize_token_ar(forms.get(stem, stem)) not in stops
    )
    return Keywords(words, result, corpus, read)


def _score(
    reader: Any, in_sample: Counter[str], scale: float, result: int, corpus: int, query: str, limit: int
) -> list[tuple[float, str, int, int]]:
    """The ``limit`` best ``(G², stem, result documents, corpus documents)``, best first.

    The words are taken most frequent first, and the search stops once a word's best possible score
    (had the rest of the corpus none of it) falls below the ``limit``-th score found: the corpus'
    count is looked up for the few words that can still make the list."""
    stops = stop_words_ar()
    own = {s for s in (query_stem(w) for w in query.split()) if s}
    least = 3 if result / scale >= 30 else 2  # documents of 3 of the read, or 2 of a handful
    rest = corpus - result
    best: list[tuple[float, str, int, int]] = []  # a heap: the weakest of the best first
    candidates = [item for item in in_sample.items() if item[1] >= least]
    candidates.sort(key=itemgetter(0))
    candidates.sort(key=itemgetter(1), reverse=True)  # most documents first, then by stem (the sort is stable)
    for stem, n in candidates:
        a = n * scale
        if len(best) == limit and log_likelihood(min(a, result), 0.0, result - min(a, result), rest) <= best[0][0]:
            break
        if stem in own or stem in stops or len(stem) < 2 or _DIGITS_RE.match(stem):
            continue
        df = reader.doc_frequency("body", stem)
        a = min(float(df), a)
        b = max(0.0, df - a)
        if a / result <= b / rest:
            continue  # as common elsewhere, or more
        entry = (log_likelihood(a, b, result - a, rest - b), stem, round(a), df)
        if len(best) < limit:
            heapq.heappush(best, entry)
        elif entry > best[0]:
            heapq.heapreplace(best, entry)
    return sorted(best, key=lambda s: (-s[0], s[1]))


def _surface_forms(memo: dict[str, str], uses: Counter[str], stems: set[str]) -> dict[str, str]:
    """The way the read documents most often write each of ``stems``."""
    by_stem: dict[str, Counter[str]] = {}
    for word, n in uses.items():
        for stem in memo.get(word, "").split("\t"):
            if stem in stems:
                by_stem.setdefault(stem, Counter())[shown_word(word)] += n
    return {stem: counted.most_common(1)[0][0] for stem, counted in by_stem.items()}
