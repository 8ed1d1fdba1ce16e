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
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from whoosh import fields
from whoosh.analysis import Filter, Tokenizer
from whoosh.analysis.acore import Token
from whoosh.formats import Positions
from whoosh.system import pack_uint

from kashshaf.core.arabic.normalize import normalize_token_ar
from kashshaf.core.arabic.stem import stem_token_ar, strip_prefix_ar
from kashshaf.core.arabic.stopwords import stop_words_ar
from kashshaf.core.arabic.tokenize import tokenize_ar, words_ar
from kashshaf.core.search.formats import CompactPositions

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

    def __getstate__(self) -> dict[str, Any]:
        return {"path": self.path}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.path = state["path"]
        self._local = threading.local()
        self._cache = {}

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

    def __getstate__(self) -> dict[str, Any]:
        return {"vocabulary": self.vocabulary}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.vocabulary = state["vocabulary"]
        self._last_words = None

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
    """Light-stem each normalised token."""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ArabicStemFilter)

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for t in tokens:
            if t.stopped:
                pass
            elif t.mode == "query" and _is_pattern(t.text):
                # a prefix/wildcard: strip leading clitics only, never suffixes
                t.text = strip_prefix_ar(t.text)
            else:
                t.text = stem_token_ar(t.text)
            yield t


def exact_analyzer(vocabulary: SqliteVocabulary | None = None, tokenizer: ArabicTokenizer | None = None) -> Any:
    """Normalised, unstemmed, stop words kept: exact phrases and names.
    ``tokenizer`` (else a new one on ``vocabulary``) may be shared with other fields."""
    return (tokenizer or ArabicTokenizer(vocabulary)) | ArabicNormalizeFilter()


def stemmed_analyzer(vocabulary: SqliteVocabulary | None = None, tokenizer: ArabicTokenizer | None = None) -> Any:
    """Normalised, stop words removed, light-stemmed: recall for words.
    ``tokenizer`` (else a new one on ``vocabulary``) may be shared with other fields."""
    return (
        (tokenizer or ArabicTokenizer(vocabulary)) | ArabicNormalizeFilter() | ArabicStopFilter() | ArabicStemFilter()
    )


@lru_cache(maxsize=200_000)
def analyze_exact(word: str) -> str:
    """The exact-field form of one surface word."""
    return normalize_token_ar(word)


@lru_cache(maxsize=200_000)
def analyze_stemmed(word: str) -> str | None:
    """The stemmed-field form of one surface word (None for a stop word)."""
    norm = normalize_token_ar(word)
    if not norm or norm in stop_words_ar():
        return None
    return stem_token_ar(norm)


_FORMS_LIMIT = 2_000_000
"""distinct words a field remembers the term of before it starts afresh"""


def index_forms(word: str) -> tuple[bytes | None, bytes | None]:
    """UTF-8 of a surface word's exact-field and stemmed-field terms (None
    where the field drops the word)."""
    exact = analyze_exact(word)
    stem = analyze_stemmed(word)
    return (exact.encode("utf-8") if exact else None, stem.encode("utf-8") if stem else None)


def document_words(text: str, vocabulary: SqliteVocabulary | None) -> list[str]:
    """Surface words of ``text`` (:meth:`ArabicTokenizer.document_words` remembers the last text's)."""
    return words_ar(text, vocabulary)


_PACKED_FREQS: list[bytes] = [pack_uint(n) for n in range(64)]


def _pack_freq(n: int) -> bytes:
    if n < 64:
        return _PACKED_FREQS[n]
    packed: bytes = pack_uint(n)
    return packed


class ArabicTextField(fields.TEXT):  # type: ignore[misc]  # whoosh has no types: its classes are Any
    """A TEXT field whose ``index()`` runs its analyzer's rules in one fused
    pass (tokenise once for both body fields, cached per-word analysis, no
    Token objects). Queries and highlighting use the analyzer itself; a test
    checks that both paths give the same postings.

    The field remembers the term of each distinct word it has indexed (its
    UTF-8 bytes, shared by every posting of the term; ``b""`` where the
    field drops the word)."""

    def __init__(self, analyzer: Any, stemmed: bool, **kwargs: Any) -> None:
        super().__init__(analyzer=analyzer, **kwargs)
        current: Any = self.format  # type: ignore[has-type]  # set by whoosh's untyped __init__
        if isinstance(current, Positions):
            self.format = CompactPositions(field_boost=current.field_boost)
        self.stemmed = stemmed
        self.vocabulary = analyzer.items[0].vocabulary if hasattr(analyzer, "items") else None
        self._forms: dict[str, bytes] = {}

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state.pop("_forms", None)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._forms = {}

    def _words(self, text: str) -> list[str]:
        tokenizer = getattr(self.analyzer, "items", (None,))[0]
        if isinstance(tokenizer, ArabicTokenizer):
            return tokenizer.document_words(text)
        return document_words(text, self.vocabulary)

    def _form(self, word: str) -> bytes:
        """This field's term for ``word`` (``b""``: none), remembered."""
        forms = self._forms
        if len(forms) > _FORMS_LIMIT:
            forms.clear()
        form = analyze_stemmed(word) if self.stemmed else analyze_exact(word)
        term = forms[word] = form.encode("utf-8") if form else b""
        return term

    def index(self, value: Any, **kwargs: Any) -> Any:
        if not isinstance(value, str):
            return super().index(value, **kwargs)
        words = self._words(value)
        boost = self.format.field_boost
        forms = self._forms.get
        if self.stemmed:
            freqs: dict[bytes, int] = {}
            for word in words:
                stem = forms(word)
                if stem is None:
                    stem = self._form(word)
                if stem:
                    freqs[stem] = freqs.get(stem, 0) + 1
            return [(t, f, f * boost, _pack_freq(f)) for t, f in freqs.items()]
        positions: dict[bytes, list[int]] = {}
        for pos, word in enumerate(words):
            exact = forms(word)
            if exact is None:
                exact = self._form(word)
            if exact:
                if exact in positions:
                    positions[exact].append(pos)
                else:
                    positions[exact] = [pos]
        encode = self.format.encode
        return [(t, len(p), len(p) * boost, encode(p)) for t, p in positions.items()]
