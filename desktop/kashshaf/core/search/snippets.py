"""Highlighted snippets whose offsets point into the document's clean text.

The document is tokenised exactly as it was indexed (same tokenizer, same
vocabulary), so a hit on ``داعش`` highlights ``داعـ.ـش`` and ``داع ش`` where
they stand in the text.
"""

from __future__ import annotations

from collections.abc import Callable

from kashshaf.core.arabic.tokenize import TokenSpan, tokenize_ar
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
    exact, stems, segmented = terms.exact, terms.stems, terms.segmented
    prefixes = tuple(terms.prefixes)
    stem_prefixes = tuple(terms.stem_prefixes)
    count = is_known.count if isinstance(is_known, SqliteVocabulary) else None
    spans = tokenize_ar(text[:MAX_ANALYSED_CHARS], is_known)
    matched: set[int] = set()
    for i, span in enumerate(spans):
        form = analyze_exact(span.text)
        if form in exact or (prefixes and form.startswith(prefixes)):
            matched.add(i)
            continue
        if segmented and (form in segmented or not segmented.isdisjoint(word_forms(form, count))):
            matched.add(i)
            continue
        if stems or stem_prefixes:
            for stem in word_stems(span.text, count):
                if stem in stems or (stem_prefixes and stem.startswith(stem_prefixes)):
                    matched.add(i)
                    break
    if terms.phrases:
        forms = [analyze_exact(span.text) for span in spans]
        for words, any_clitics in terms.phrases:
            n = len(words)
            for i in range(len(spans) - n + 1):
                if all(_phrase_word(forms[i + k], words[k], any_clitics, count) for k in range(n)):
                    matched.update(range(i, i + n))
    return [spans[i] for i in sorted(matched)]


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
