"""whoosh analysis for Arabic, in whoosh's own idiom: a Tokenizer that keeps
offsets into the ORIGINAL text, then Filters for normalisation, stop words
and stemming.

whoosh pickles the schema (and so these objects) into the index; their state
is plain data (a vocabulary file path), their classes live at this stable
import path, and an index is always opened with the schema passed in. The
memos of the fused index path (a field's per-word terms, a tokenizer's last
document) live on those objects and are left out of the pickle.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from whoosh import fields
from whoosh.analysis import Filter, Tokenizer
from whoosh.analysis.acore import Token
from whoosh.formats import Positions
from whoosh.system import pack_uint

from kashshaf.core.arabic.clitics import Count, canonical_form, clitic_forms
from kashshaf.core.arabic.normalize import normalize_token_ar
from kashshaf.core.arabic.stem import stem_token_ar, strip_prefix_ar
from kashshaf.core.arabic.stopwords import stop_words_ar
from kashshaf.core.arabic.tokenize import tokenize_ar, words_ar
from kashshaf.core.search.formats import ONE_PREFIX, SHORT_MAX, CompactPositions, pack_short
from kashshaf.core.search.variants import SkeletonIndex

_WILDCARDS_RE = re.compile(r"([*?])")


def _is_pattern(text: str) -> bool:
    return "*" in text or "?" in text


def normalize_pattern_ar(text: str) -> str:
    """Normalise the pieces of a wildcard pattern, keeping ``*`` and ``?``."""
    return "".join(p if p in ("*", "?") else normalize_token_ar(p) for p in _WILDCARDS_RE.split(text))


class SqliteVocabulary:
    """``term in vocabulary`` against a corpus store's ``vocab`` table.

    Pickle-safe: only the path is kept; connections are per thread and
    opened read-only on first use. Lookups are rare (only around lone
    letters) and cached.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self._local = threading.local()
        self._cache: dict[str, bool] = {}
        self._counts: dict[str, int] | None = None
        self._count_cache: dict[str, int] = {}
        self._skeletons: SkeletonIndex | None = None

    def __getstate__(self) -> dict[str, Any]:
        # a copy sent to an indexing process reads every count at once, as this one did
        return {"path": self.path, "bulk": self._counts is not None}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.path = state["path"]
        self._local = threading.local()
        self._cache = {}
        self._counts = None
        self._count_cache = {}
        self._skeletons = None
        if state.get("bulk"):
            self.load_counts()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SqliteVocabulary) and other.path == self.path

    def __hash__(self) -> int:
        return hash(self.path)

    def _connection(self) -> sqlite3.Connection | None:
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None:
            try:
                db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            except sqlite3.Error:
                return None
            self._local.db = db
        return db

    def clear_cache(self) -> None:
        self._cache.clear()
        self._counts = None
        self._count_cache.clear()
        self._skeletons = None

    def words(self) -> list[tuple[str, int]]:
        """Every word of the corpus with its count."""
        db = self._connection()
        try:
            return list(db.execute("SELECT term, count FROM vocab")) if db is not None else []
        except sqlite3.Error:
            return []

    def by_skeletons(self, skeletons: Iterable[str]) -> list[tuple[str, int]]:
        """The words (with their counts) whose skeleton is one of ``skeletons``."""
        db = self._connection()
        wanted = list(skeletons)
        if db is None or not wanted:
            return []
        out: list[tuple[str, int]] = []
        try:
            for i in range(0, len(wanted), 500):
                chunk = wanted[i : i + 500]
                marks = ",".join("?" * len(chunk))
                out += db.execute(f"SELECT term, count FROM vocab WHERE skel IN ({marks})", chunk).fetchall()
        except sqlite3.Error:
            return []
        return out

    def skeletons(self) -> SkeletonIndex:
        """The corpus' words by skeleton (spelling variants)."""
        if self._skeletons is None:
            self._skeletons = SkeletonIndex(self.by_skeletons, self.count)
        return self._skeletons

    def load_counts(self) -> None:
        """Read every word's count at once (indexing asks for most of them)."""
        db = self._connection()
        counts: dict[str, int] = {}
        if db is not None:
            try:
                counts = dict(db.execute("SELECT term, count FROM vocab"))
            except sqlite3.Error:
                counts = {}
        self._counts = counts

    def count(self, term: str) -> int:
        """How often the normalised word ``term`` occurs in the corpus (0: never)."""
        if self._counts is not None:
            return self._counts.get(term, 0)
        cache = self._count_cache
        n = cache.get(term)
        if n is None:
            db = self._connection()
            row = None
            try:
                row = db.execute("SELECT count FROM vocab WHERE term = ?", (term,)).fetchone() if db else None
            except sqlite3.Error:
                row = None
            n = cache[term] = int(row[0]) if row else 0
        return n

    def __call__(self, term: str) -> bool:
        known = self._cache.get(term)
        if known is None:
            db = self._connection()
            try:
                known = (
                    db is not None and db.execute("SELECT 1 FROM vocab WHERE term = ?", (term,)).fetchone() is not None
                )
            except sqlite3.Error:
                known = False
            self._cache[term] = known
        return known


class ArabicTokenizer(Tokenizer):  # type: ignore[misc]  # whoosh has no types: its classes are Any
    """Words with offsets into the original text; obfuscated words de-obfuscated,
    split words re-joined when ``vocabulary`` knows the joined word."""

    def __init__(self, vocabulary: SqliteVocabulary | None = None) -> None:
        self.vocabulary = vocabulary
        self._last_words: tuple[str, list[str]] | None = None
        self._last_groups: tuple[str, dict[str, list[int]]] | None = None
        self.word_forms: dict[str, tuple[str, ...]] = {}
        """the fields' shared memo of :func:`word_forms` (normalised word -> its clitic-free forms), for
        the fused index path; emptied with the fields' own memos (:meth:`ArabicTextField.forget_forms`)"""

    def __getstate__(self) -> dict[str, Any]:
        return {"vocabulary": self.vocabulary}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.vocabulary = state["vocabulary"]
        self._last_words = None
        self._last_groups = None
        self.word_forms = {}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ArabicTokenizer) and other.vocabulary == self.vocabulary

    def document_words(self, text: str) -> list[str]:
        """Surface words of ``text``; the last result is reused, because the same
        string is indexed into ``body`` and ``body_exact`` one after the other
        (the schema's fields share one tokenizer)."""
        last = self._last_words
        if last is not None and last[0] is text:
            return last[1]
        words = words_ar(text, self.vocabulary)
        self._last_words = (text, words)
        return words

    def document_groups(self, text: str) -> dict[str, list[int]]:
        """Each surface word of ``text`` with its positions (ascending), the words in the order they first
        occur; remembered for the last text like :meth:`document_words`: the body fields map each distinct
        word to their terms once a document, not once an occurrence."""
        last = self._last_groups
        if last is not None and last[0] is text:
            return last[1]
        groups: defaultdict[str, list[int]] = defaultdict(list)
        for pos, word in enumerate(self.document_words(text)):
            groups[word].append(pos)
        self._last_groups = (text, groups)
        return groups

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Token]:
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        # whoosh hands a prefix (ارها* → ارها) or a wildcard over untokenised, and without its *
        t.pattern = not tokenize and mode == "query"
        if not tokenize:
            t.original = t.text = value
            t.boost = 1.0
            if positions:
                t.pos = start_pos
            if chars:
                t.startchar = start_char
                t.endchar = start_char + len(value)
            yield t
            return
        for pos, span in enumerate(tokenize_ar(value, self.vocabulary), start=start_pos):
            t.text = span.text
            t.boost = 1.0
            t.stopped = False
            if keeporiginal:
                t.original = span.text
            if positions:
                t.pos = pos
            if chars:
                t.startchar = start_char + span.start
                t.endchar = start_char + span.end
            yield t


class ArabicNormalizeFilter(Filter):  # type: ignore[misc]  # whoosh has no types: its classes are Any
    """Normalise each token (see :func:`kashshaf.core.arabic.normalize.normalize_ar`); drop tokens left empty."""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ArabicNormalizeFilter)

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for t in tokens:
            if t.mode == "query" and _is_pattern(t.text):
                text = normalize_pattern_ar(t.text)
            else:
                text = normalize_token_ar(t.text)
            if text:
                t.text = text
                yield t


class ArabicStopFilter(Filter):  # type: ignore[misc]  # whoosh has no types: its classes are Any
    """Remove the shipped stop words (positions keep their gaps)."""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ArabicStopFilter)

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        stops = stop_words_ar()
        for t in tokens:
            if t.text in stops:
                if not t.removestops:
                    t.stopped = True
                    yield t
            else:
                yield t


class ArabicStemFilter(Filter):  # type: ignore[misc]  # whoosh has no types: its classes are Any
    """Light-stem each normalised token. Indexing, a word also gives the stems
    of its clitic-free forms the corpus supports (same position); a query word
    gives its own stem."""

    def __init__(self, vocabulary: SqliteVocabulary | None = None) -> None:
        self.vocabulary = vocabulary

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ArabicStemFilter) and other.vocabulary == self.vocabulary

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        count = _count_of(self.vocabulary)
        for t in tokens:
            if t.stopped:
                yield t
            elif t.mode == "query":
                # a prefix/wildcard: strip leading clitics only, never suffixes (ارها* is not ار*)
                pattern = _is_pattern(t.text) or getattr(t, "pattern", False)
                t.text = strip_prefix_ar(t.text) if pattern else stem_token_ar(t.text)
                yield t
            else:
                for stem in norm_stems(t.text, count):
                    t.text = stem
                    yield t


class ArabicSegmentFilter(Filter):  # type: ignore[misc]  # whoosh has no types: its classes are Any
    """The segmented field: indexing, each word's clitic-free forms (a word
    with none gives no token; positions keep their gaps); a query word gives
    its shortest clitic-free form (see :mod:`kashshaf.core.arabic.clitics`)."""

    def __init__(self, vocabulary: SqliteVocabulary | None = None) -> None:
        self.vocabulary = vocabulary

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ArabicSegmentFilter) and other.vocabulary == self.vocabulary

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        count = _count_of(self.vocabulary)
        for t in tokens:
            if t.mode == "query":
                t.text = canonical_form(t.text, count)
                yield t
                continue
            for form in word_forms(t.text, count):
                t.text = form
                yield t


def _count_of(vocabulary: SqliteVocabulary | None) -> Count | None:
    return vocabulary.count if vocabulary is not None else None


def exact_analyzer(vocabulary: SqliteVocabulary | None = None, tokenizer: ArabicTokenizer | None = None) -> Any:
    """Normalised, unstemmed, stop words kept: exact phrases and names.
    ``tokenizer`` (else a new one on ``vocabulary``) may be shared with other fields."""
    return (tokenizer or ArabicTokenizer(vocabulary)) | ArabicNormalizeFilter()


def stemmed_analyzer(vocabulary: SqliteVocabulary | None = None, tokenizer: ArabicTokenizer | None = None) -> Any:
    """Normalised, stop words removed, light-stemmed: recall for words.
    ``tokenizer`` (else a new one on ``vocabulary``) may be shared with other fields."""
    tokenizer = tokenizer or ArabicTokenizer(vocabulary)
    return tokenizer | ArabicNormalizeFilter() | ArabicStopFilter() | ArabicStemFilter(tokenizer.vocabulary)


def segmented_analyzer(vocabulary: SqliteVocabulary | None = None, tokenizer: ArabicTokenizer | None = None) -> Any:
    """Normalised, clitics split off where the corpus supports it, suffixes kept:
    phrases across clitics. ``tokenizer`` (else a new one on ``vocabulary``) may be shared."""
    tokenizer = tokenizer or ArabicTokenizer(vocabulary)
    return tokenizer | ArabicNormalizeFilter() | ArabicSegmentFilter(tokenizer.vocabulary)


@lru_cache(maxsize=200_000)
def analyze_exact(word: str) -> str:
    """The exact-field form of one surface word."""
    return normalize_token_ar(word)


_DIGITS_RE = re.compile(r"[0-9]+")


def word_forms(norm: str, count: Count | None) -> tuple[str, ...]:
    """The segmented field's forms of a normalised word: its clitic-free forms;
    for a word run together with a number (الجبيل2, ال26), its letters and
    theirs."""
    forms = clitic_forms(norm, count)
    if norm.isalpha() or norm.isdigit() or not _DIGITS_RE.search(norm):
        return forms
    out = list(forms)
    for part in _DIGITS_RE.split(norm):
        if len(part) >= 2 and part not in out:
            out.append(part)
            out += [f for f in clitic_forms(part, count) if f not in out]
    return tuple(out)


def norm_stems(norm: str, count: Count | None, forms: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """The stemmed-field terms of one normalised word: its stem, then the stems
    of its clitic-free forms (stop words left out). ``forms``: the word's
    :func:`word_forms`, when the caller has them."""
    stops = stop_words_ar()
    if not norm or norm in stops:
        return ()
    stems = [stem_token_ar(norm)]
    for form in word_forms(norm, count) if forms is None else forms:
        if form not in stops:
            stem = stem_token_ar(form)
            if stem not in stems:
                stems.append(stem)
    return tuple(stems)


def word_stems(word: str, count: Count | None) -> tuple[str, ...]:
    """The stemmed-field terms of one surface word (() for a stop word)."""
    return norm_stems(normalize_token_ar(word), count)


def query_stem(word: str) -> str | None:
    """What a query word is looked up as in the stemmed field (None for a stop word)."""
    norm = normalize_token_ar(word)
    if not norm or norm in stop_words_ar():
        return None
    return stem_token_ar(norm)


_FORMS_LIMIT = 2_000_000
"""distinct words a field remembers the terms of before it starts afresh"""


def document_words(text: str, vocabulary: SqliteVocabulary | None) -> list[str]:
    """Surface words of ``text`` (:meth:`ArabicTokenizer.document_words` remembers the last text's)."""
    return words_ar(text, vocabulary)


_PACKED_FREQS: list[bytes] = [pack_uint(n) for n in range(64)]


def _pack_freq(n: int) -> bytes:
    if n < 64:
        return _PACKED_FREQS[n]
    packed: bytes = pack_uint(n)
    return packed


Postings = tuple[list[bytes], list[int], list[bytes]]
"""one document's postings of one field: terms (UTF-8), their frequencies and their encoded values"""


EXACT, STEMMED, SEGMENTED = "exact", "stemmed", "segmented"


class ArabicTextField(fields.TEXT):  # type: ignore[misc]  # whoosh has no types: its classes are Any
    """A TEXT field whose ``index()`` runs its analyzer's rules in one fused
    pass (tokenise once for every body field, cached per-word analysis, no
    Token objects). Queries and highlighting use the analyzer itself; a test
    checks that both paths give the same postings.

    ``kind`` is ``exact`` (normalised words), ``stemmed`` (stems, frequencies
    only) or ``segmented`` (clitic-free forms). The field remembers the terms
    of each distinct word it has indexed (UTF-8 bytes, shared by every posting
    of the term; ``()`` where the field drops the word)."""

    def __init__(self, analyzer: Any, kind: str, scorable: bool = True, **kwargs: Any) -> None:
        super().__init__(analyzer=analyzer, **kwargs)
        self.scorable = scorable  # a field only phrases read needs no lengths
        current: Any = self.format  # type: ignore[has-type]  # set by whoosh's untyped __init__
        if isinstance(current, Positions):
            self.format = CompactPositions(field_boost=current.field_boost)
        self.kind = kind
        self.vocabulary = analyzer.items[0].vocabulary if hasattr(analyzer, "items") else None
        self._forms: dict[str, tuple[bytes, ...]] = {}

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state.pop("_forms", None)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._forms = {}

    def forget_forms(self) -> None:
        """Forget the remembered terms (the corpus' word counts changed)."""
        self._forms = {}
        tokenizer = self._tokenizer()
        if tokenizer is not None:
            tokenizer.word_forms.clear()

    def _tokenizer(self) -> ArabicTokenizer | None:
        tokenizer = getattr(self.analyzer, "items", (None,))[0]
        return tokenizer if isinstance(tokenizer, ArabicTokenizer) else None

    def _groups(self, text: str) -> dict[str, list[int]]:
        tokenizer = self._tokenizer()
        if tokenizer is not None:
            return tokenizer.document_groups(text)
        groups: defaultdict[str, list[int]] = defaultdict(list)
        for pos, word in enumerate(document_words(text, self.vocabulary)):
            groups[word].append(pos)
        return groups

    def _form(self, word: str) -> tuple[bytes, ...]:
        """This field's terms for ``word``, remembered."""
        forms = self._forms
        if len(forms) > _FORMS_LIMIT:
            forms.clear()
        count = _count_of(self.vocabulary)
        if self.kind == EXACT:
            exact = analyze_exact(word)
            texts: tuple[str, ...] = (exact,) if exact else ()
        else:
            norm = normalize_token_ar(word)
            tokenizer = self._tokenizer()
            shared = tokenizer.word_forms if tokenizer is not None else {}
            if len(shared) > _FORMS_LIMIT:
                shared.clear()
            found = shared.get(norm)
            if found is None:
                found = shared[norm] = word_forms(norm, count)
            texts = norm_stems(norm, count, found) if self.kind == STEMMED else found
        terms = forms[word] = tuple(t.encode("utf-8") for t in texts)
        return terms

    def postings(self, value: str) -> Postings:
        """The fused path: this field's terms of the text ``value``, their frequencies and encoded values
        (each distinct word of the document mapped to its terms once; a term several words give has
        their positions merged)."""
        groups = self._groups(value)
        forms = self._forms.get
        if self.kind == STEMMED:
            freqs: dict[bytes, int] = {}
            counted = freqs.get
            for word, where in groups.items():
                stems = forms(word)
                if stems is None:
                    stems = self._form(word)
                n = len(where)
                for stem in stems:
                    freqs[stem] = counted(stem, 0) + n
            packed = _PACKED_FREQS
            return (
                list(freqs),
                list(freqs.values()),
                [packed[f] if f < 64 else pack_uint(f) for f in freqs.values()],
            )
        positions: dict[bytes, list[int]] = {}
        held = positions.get
        merged: list[bytes] = []
        for word, where in groups.items():
            terms = forms(word)
            if terms is None:
                terms = self._form(word)
            for term in terms:
                before = held(term)
                if before is None:
                    positions[term] = where  # the grouping's own list: never changed here
                else:
                    positions[term] = before + where
                    merged.append(term)
        for term in merged:
            positions[term].sort()
        lists = list(positions.values())
        encode = self.format.encode
        if isinstance(self.format, CompactPositions):  # one position (most postings) encoded inline, as encode() does
            values = [ONE_PREFIX + pack_short(p[0]) if len(p) == 1 and p[0] <= SHORT_MAX else encode(p) for p in lists]
        else:
            values = list(map(encode, lists))
        return list(positions), list(map(len, lists)), values

    def index(self, value: Any, **kwargs: Any) -> Any:
        if not isinstance(value, str):
            return super().index(value, **kwargs)
        boost = self.format.field_boost
        terms, freqs, values = self.postings(value)
        return [(t, f, f * boost, v) for t, f, v in zip(terms, freqs, values, strict=True)]
