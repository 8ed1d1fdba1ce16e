"""Highlighted snippets whose offsets point into the document's clean text.

The document is tokenised exactly as it was indexed (same tokenizer, same
vocabulary), so a hit on ``داعش`` highlights ``داعـ.ـش`` and ``داع ش`` where
they stand in the text.
"""

from __future__ import annotations

from collections.abc import Callable

from kashshaf.core.arabic.tokenize import TokenSpan, WordOffsets, token_offsets
from kashshaf.core.models import Snippet
from kashshaf.core.search.analysis import SqliteVocabulary, analyze_exact, word_forms, word_stems
from kashshaf.core.search.query import QueryTerms

SNIPPET_CHARS = 220
MAX_ANALYSED_CHARS = 400_000


def match_spans(text: str, terms: QueryTerms, is_known: Callable[[str], bool] | None = None) -> list[TokenSpan]:
    """Every token of ``text`` that the query matches (a phrase's words only where the
    whole phrase stands). ``is_known``: the corpus' vocabulary (split words re-joined,
    clitics split as the index did)."""
    if not terms:
        return []
    return SpanMatcher(terms, is_known).spans(text)


class SpanMatcher:
    """The query's matching of tokens, one text after another: what :func:`match_spans` does, with each
    word form's answer remembered (a concordance asks the same forms of thousands of documents)."""

    def __init__(self, terms: QueryTerms, is_known: Callable[[str], bool] | None = None) -> None:
        self.terms = terms
        self.is_known = is_known
        self.count = is_known.count if isinstance(is_known, SqliteVocabulary) else None
        self._prefixes = tuple(terms.prefixes)
        self._stem_prefixes = tuple(terms.stem_prefixes)
        self._stem_parts = tuple(terms.stems | terms.stem_prefixes)
        self._segmented_parts = tuple(_inner(w) for w in terms.segmented)
        self._forms: dict[str, str] = {}
        self._single: dict[str, bool] = {}
        self._phrase: dict[tuple[str, bool], dict[str, bool]] = {}

    def form(self, surface: str) -> str:
        """The exact-field form of a surface word (remembered)."""
        found = self._forms.get(surface)
        if found is None:
            found = self._forms[surface] = analyze_exact(surface)
        return found

    def tokens(self, text: str) -> WordOffsets:
        """The tokens of ``text`` as the index made them (the first :data:`MAX_ANALYSED_CHARS` characters):
        words, starts and ends."""
        return token_offsets(text[:MAX_ANALYSED_CHARS], self.is_known)

    def _matches(self, surface: str, form: str) -> bool:
        found = self._single.get(surface)
        if found is not None:
            return found
        terms = self.terms
        found = False
        # a word's clitic-free forms and stems are parts of it (an article put back before some): a word
        # that holds none of the query's needs no segmenting or stemming (no lookup in the vocabulary)
        if form in terms.exact or (self._prefixes and form.startswith(self._prefixes)):
            found = True
        elif (
            terms.segmented
            and any(part in form for part in self._segmented_parts)
            and (form in terms.segmented or not terms.segmented.isdisjoint(word_forms(form, self.count)))
        ):
            found = True
        elif (terms.stems or self._stem_prefixes) and any(part in form for part in self._stem_parts):
            for stem in word_stems(surface, self.count):
                if stem in terms.stems or (self._stem_prefixes and stem.startswith(self._stem_prefixes)):
                    found = True
                    break
        self._single[surface] = found
        return found

    def _phrase_forms(self, word: str, any_clitics: bool, forms: set[str]) -> set[str]:
        """Which of ``forms`` stand for the phrase word ``word`` (the word itself, or with
        ``any_clitics`` a form of it with clitics)."""
        if not any_clitics:
            return {word} & forms
        known = self._phrase.setdefault((word, any_clitics), {})
        # a word's clitic-free forms are parts of it (an article put back before some): one that
        # does not hold the phrase word need not be segmented
        inner = _inner(word)
        out = set()
        for form in forms:
            found = known.get(form)
            if found is None:
                found = known[form] = inner in form and _phrase_word(form, word, any_clitics, self.count)
            if found:
                out.add(form)
        return out

    def runs(self, words: list[str]) -> list[tuple[int, int]]:
        """The runs ``[i, j)`` of ``words`` (a text's tokens) the query matches, in order: a word on its
        own, or a phrase's words together (overlapping phrases joined; a word inside a phrase is not a
        run of its own)."""
        terms = self.terms
        if not terms:
            return []
        known, form = self._forms, self.form
        forms = [known.get(w) or form(w) for w in words]
        singles: list[int] = []
        if terms.exact or terms.stems or terms.prefixes or terms.stem_prefixes or terms.segmented:
            single, matches = self._single, self._matches
            for i, (w, f) in enumerate(zip(words, forms, strict=True)):
                found = single.get(w)
                if found is None:
                    found = matches(w, f)
                if found:
                    singles.append(i)
        phrases: list[tuple[int, int]] = []
        distinct = set(forms)
        for phrase, any_clitics in terms.phrases:
            n = len(phrase)
            accepted = [self._phrase_forms(word, any_clitics, distinct) for word in phrase]
            if not all(accepted):
                continue
            first = accepted[0]
            for i, f in enumerate(forms[: len(forms) - n + 1]):
                if f in first and all(forms[i + k] in accepted[k] for k in range(1, n)):
                    phrases.append((i, i + n))
        if not phrases:
            return [(i, i + 1) for i in singles]
        runs: list[tuple[int, int]] = []
        for i, j in sorted(phrases + [(i, i + 1) for i in singles]):
            if runs and i < runs[-1][1]:  # overlaps the last run: one run
                runs[-1] = (runs[-1][0], max(j, runs[-1][1]))
            else:
                runs.append((i, j))
        return runs

    def spans(self, text: str) -> list[TokenSpan]:
        """Every token of ``text`` the query matches (as :func:`match_spans`)."""
        words, starts, ends = self.tokens(text)
        return [TokenSpan(words[k], starts[k], ends[k]) for i, j in self.runs(words) for k in range(i, j)]


def _inner(word: str) -> str:
    """What every form with clitics of ``word`` holds: the word, without its article."""
    return word[2:] if word.startswith("ال") else word


def _phrase_word(form: str, word: str, any_clitics: bool, count: Callable[[str], int] | None) -> bool:
    return form == word or (any_clitics and word in word_forms(form, count))


def make_snippet(text: str, matches: list[TokenSpan], width: int = SNIPPET_CHARS) -> Snippet:
    """The passage of about ``width`` characters with the most distinct matches."""
    if not matches:
        end = _word_end(text, min(len(text), width))
        return Snippet(text[:end], 0, end, ())
    best_i, best_score = 0, -1
    j = 0
    for i, first in enumerate(matches):
        while j < len(matches) and matches[j].end - first.start <= width:
            j += 1
        window = matches[i:j]
        score = len({analyze_exact(m.text) for m in window}) * 10 + len(window)
        if score > best_score:
            best_i, best_score = i, score
    window_start = matches[best_i].start
    # centre the matches a little: start up to a third of the width before the first
    start = _word_start(text, max(0, window_start - width // 3))
    start = max(start, _paragraph_start(text, window_start))
    end = _word_end(text, min(len(text), start + width))
    highlights = tuple((m.start, m.end) for m in matches if m.start >= start and m.end <= end)
    return Snippet(text[start:end], start, end, highlights)


def _paragraph_start(text: str, pos: int) -> int:
    cut = text.rfind("\n", 0, pos)
    return 0 if cut < 0 else cut + 1


def _word_start(text: str, pos: int) -> int:
    if pos <= 0:
        return 0
    cut = text.rfind(" ", 0, pos)
    return 0 if cut < 0 else cut + 1


def _word_end(text: str, pos: int) -> int:
    if pos >= len(text):
        return len(text)
    cut = text.find(" ", pos)
    newline = text.find("\n", pos)
    candidates = [c for c in (cut, newline) if c >= 0]
    return min(candidates) if candidates else len(text)
