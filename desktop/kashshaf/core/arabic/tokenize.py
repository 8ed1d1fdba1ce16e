"""Offset-preserving Arabic tokenizer with de-obfuscation.

Every token keeps ``start`` and ``end``: character offsets into the ORIGINAL
text, so highlights land on what the reader sees.

Two kinds of filter-evading spelling found in real news are undone here:

* Inside a word, tatweel and a dot (``داعـ.ـش``, ``قسـ.ـد``, ``الأمـ.ـن``,
  ``معت.ـظمهم``) do not end the word: a dot counts as part of the word only
  when a tatweel touches it and letters follow, so an ordinary full stop
  (``سوريا. وقال``) still ends one. Normalisation later drops the tatweel
  and the dot.
* A word split by a space (``ق سد``, ``داع ش``) is joined back by evidence:
  when one side of a single space is a lone Arabic letter, and the joined
  form is a word the corpus uses elsewhere (``is_known``, usually the corpus
  vocabulary), the pieces become one token spanning both. A lone letter is
  almost never a word of its own in Arabic prose, and requiring the joined
  word to occur elsewhere keeps abbreviations and initials apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from kashshaf.core.arabic.normalize import normalize_token_ar

_AR_LETTERS = (
    "\u0621-\u063a\u0641-\u064a\u066e-\u066f\u0671-\u06d3\u06d5\u06ee-\u06ef\u06fa-\u06fc"
    "\ufb50-\ufd3d\ufd50-\ufdfb\ufe70-\ufefc"
)
_DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"
_LATIN = "A-Za-z\u00c0-\u024f"
_MARKS = "\u064b-\u065f\u0670\u06d6-\u06ed\u08d3-\u08ff\u00ad\u200b-\u200d\u2060"
_TATWEEL = "\u0640"
_DOTS = ".\u00b7\u2022\u2027\u066b\u06d4"

_L = f"[{_AR_LETTERS}{_DIGITS}{_LATIN}]"
_LM = f"[{_AR_LETTERS}{_DIGITS}{_LATIN}{_MARKS}{_TATWEEL}]"
# A connector inside an obfuscated word: a dot with a tatweel on at least one side.
_CONNECTOR = f"(?:{_TATWEEL}+[{_DOTS}]{_TATWEEL}*|[{_DOTS}]{_TATWEEL}+)"
WORD_RE = re.compile(f"{_L}{_LM}*(?:{_CONNECTOR}{_L}{_LM}*)*")
_ARABIC_ONLY_RE = re.compile(f"^[{_AR_LETTERS}]+$")
_CONNECTOR_RE = re.compile(_CONNECTOR)


def unobfuscate_ar(text: str) -> str:
    """``text`` as a reader writes it: without the connectors that break a word against filters
    (داعـ.ـش → داعش), without tatweel, its spaces and line breaks one space each (a name as shown)."""
    return " ".join(_CONNECTOR_RE.sub("", text).replace(_TATWEEL, "").split())


# Leading clitics tried when checking whether a re-joined word is known:
# "وق سد" joins to "وقسد", which the corpus knows as "قسد".
_JOIN_CLITICS = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك")
MAX_JOIN_PIECES = 3


@dataclass(frozen=True, slots=True)
class TokenSpan:
    """One token: the surface text and its offsets in the original text."""

    text: str
    start: int
    end: int


KnownWord = Callable[[str], bool]


def _is_lone_letter(norm: str) -> bool:
    return len(norm) == 1 and not norm.isdigit()


def _known_with_clitics(word: str, is_known: KnownWord) -> bool:
    if is_known(word):
        return True
    for clitic in _JOIN_CLITICS:
        if word.startswith(clitic) and len(word) - len(clitic) >= 2 and is_known(word[len(clitic) :]):
            return True
    return False


def _lone_indices(spans: list[TokenSpan]) -> list[int]:
    return [i for i, span in enumerate(spans) if len(span.text) <= 3 and _is_lone_letter(normalize_token_ar(span.text))]


def tokenize_ar(text: str, is_known: KnownWord | None = None) -> list[TokenSpan]:
    """Tokenise ``text``; with ``is_known``, re-join words split by a space."""
    spans = [TokenSpan(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(text)]
    if is_known is None or len(spans) < 2:
        return spans
    lone = _lone_indices(spans)
    if not lone:
        return spans
    return join_split_words_ar(text, spans, is_known, lone)


def words_ar(text: str, is_known: KnownWord | None = None) -> list[str]:
    """The surface words of ``text`` in order (what :func:`tokenize_ar` yields,
    without offsets): the fast path for indexing."""
    words: list[str] = WORD_RE.findall(text)
    if is_known is None or not any(len(w) <= 3 and _is_lone_letter(normalize_token_ar(w)) for w in words):
        return words
    return [span.text for span in tokenize_ar(text, is_known)]


def join_split_words_ar(
    text: str, spans: list[TokenSpan], is_known: KnownWord, lone: list[int] | None = None
) -> list[TokenSpan]:
    """Join runs such as ``ق سد`` into one token when the joined word is known."""
    if lone is None:
        lone = _lone_indices(spans)
    # a join can only start at a lone letter or just before one
    starts = set(lone) | {i - 1 for i in lone if i > 0}
    out: list[TokenSpan] = []
    i = 0
    n = len(spans)
    while i < n:
        joined = _try_join(text, spans, i, is_known) if i in starts else None
        if joined is None:
            out.append(spans[i])
            i += 1
        else:
            span, used = joined
            out.append(span)
            i += used
    return out


def _joinable_gap(text: str, left: TokenSpan, right: TokenSpan) -> bool:
    return right.start == left.end + 1 and text[left.end] == " "


def _try_join(text: str, spans: list[TokenSpan], i: int, is_known: KnownWord) -> tuple[TokenSpan, int] | None:
    first = spans[i]
    if not _ARABIC_ONLY_RE.match(first.text.replace(_TATWEEL, "")):
        return None
    # Collect the longest run of pieces where every junction touches a lone letter.
    pieces = [first]
    norms = [normalize_token_ar(first.text)]
    j = i + 1
    while j < len(spans) and len(pieces) < MAX_JOIN_PIECES:
        nxt = spans[j]
        if not _joinable_gap(text, pieces[-1], nxt) or not _ARABIC_ONLY_RE.match(nxt.text.replace(_TATWEEL, "")):
            break
        norm = normalize_token_ar(nxt.text)
        if not (_is_lone_letter(norms[-1]) or _is_lone_letter(norm)):
            break
        pieces.append(nxt)
        norms.append(norm)
        j += 1
    # Longest join first; a join must be a known word.
    for count in range(len(pieces), 1, -1):
        word = "".join(norms[:count])
        if _known_with_clitics(word, is_known):
            last = pieces[count - 1]
            return TokenSpan(text[first.start : last.end], first.start, last.end), count
    return None
