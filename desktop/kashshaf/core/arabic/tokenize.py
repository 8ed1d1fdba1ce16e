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


def _lone_indices(words: list[str]) -> list[int]:
    return [i for i, word in enumerate(words) if len(word) <= 3 and _is_lone_letter(normalize_token_ar(word))]


WordOffsets = tuple[list[str], list[int], list[int]]
"""a text's surface words, their start and their end offsets (parallel lists)"""


def word_offsets(text: str) -> WordOffsets:
    """The surface words of ``text`` (``WORD_RE``) with their offsets, in one pass: what
    the import's vocabulary count and the entity extractor's tokens are both made of."""
    words: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for m in WORD_RE.finditer(text):
        words.append(m.group())
        starts.append(m.start())
        ends.append(m.end())
    return words, starts, ends


def tokenize_ar(text: str, is_known: KnownWord | None = None) -> list[TokenSpan]:
    """Tokenise ``text``; with ``is_known``, re-join words split by a space."""
    words, starts, ends = token_offsets(text, is_known)
    return [TokenSpan(w, s, e) for w, s, e in zip(words, starts, ends, strict=True)]


def token_offsets(text: str, is_known: KnownWord | None = None) -> WordOffsets:
    """The tokens of :func:`tokenize_ar` as parallel lists (words, starts, ends), without an
    object for each (a concordance tokenises thousands of documents)."""
    words, starts, ends = word_offsets(text)
    if is_known is not None and len(words) >= 2:
        lone = _lone_indices(words)
        if lone:
            return _joined(text, words, starts, ends, is_known, lone)
    return words, starts, ends


def words_ar(text: str, is_known: KnownWord | None = None) -> list[str]:
    """The surface words of ``text`` in order (what :func:`tokenize_ar` yields,
    without offsets): the fast path for indexing."""
    words: list[str] = WORD_RE.findall(text)
    if is_known is None or len(words) < 2:
        return words
    lone = _lone_indices(words)
    if not lone:
        return words
    # offsets only where a join may be: a lone letter and the words either side
    return joined_words_ar(text, is_known, lone)


def joined_words_ar(text: str, is_known: KnownWord, lone: list[int] | None = None) -> list[str]:
    """:func:`words_ar` of a text with lone letters (``lone``: their indices, when known)."""
    words, starts, ends = word_offsets(text)
    if lone is None:
        lone = _lone_indices(words)
    return _joined(text, words, starts, ends, is_known, lone)[0]


def join_split_words_ar(
    text: str, spans: list[TokenSpan], is_known: KnownWord, lone: list[int] | None = None
) -> list[TokenSpan]:
    """Join runs such as ``ق سد`` into one token when the joined word is known."""
    words = [s.text for s in spans]
    starts = [s.start for s in spans]
    ends = [s.end for s in spans]
    if lone is None:
        lone = _lone_indices(words)
    words, starts, ends = _joined(text, words, starts, ends, is_known, lone)
    return [TokenSpan(w, s, e) for w, s, e in zip(words, starts, ends, strict=True)]


def _joined(
    text: str, words: list[str], starts: list[int], ends: list[int], is_known: KnownWord, lone: list[int]
) -> WordOffsets:
    """The words (and offsets) with runs such as ``ق سد`` joined where the joined word is known;
    the lists given back unchanged when nothing joins (the usual case)."""
    # a join can only start at a lone letter or just before one
    candidates = sorted(set(lone) | {i - 1 for i in lone if i > 0})
    joins: list[tuple[int, int]] = []
    """(first piece, pieces used) of each join, in order"""
    after = 0
    """the first word not inside a join already made"""
    for i in candidates:
        if i < after:
            continue
        used = _try_join(text, words, starts, ends, i, is_known)
        if used:
            joins.append((i, used))
            after = i + used
    if not joins:
        return words, starts, ends
    out_words: list[str] = []
    out_starts: list[int] = []
    out_ends: list[int] = []
    last = 0
    for i, used in joins:
        out_words += words[last:i]
        out_starts += starts[last:i]
        out_ends += ends[last:i]
        end = ends[i + used - 1]
        out_words.append(text[starts[i] : end])
        out_starts.append(starts[i])
        out_ends.append(end)
        last = i + used
    out_words += words[last:]
    out_starts += starts[last:]
    out_ends += ends[last:]
    return out_words, out_starts, out_ends


def _try_join(text: str, words: list[str], starts: list[int], ends: list[int], i: int, is_known: KnownWord) -> int:
    """How many pieces from word ``i`` on join into one known word (0: none)."""
    if not _ARABIC_ONLY_RE.match(words[i].replace(_TATWEEL, "")):
        return 0
    # Collect the longest run of pieces where every junction touches a lone letter.
    norms = [normalize_token_ar(words[i])]
    j = i + 1
    n = len(words)
    while j < n and len(norms) < MAX_JOIN_PIECES:
        # joinable: one space between the pieces
        if starts[j] != ends[j - 1] + 1 or text[ends[j - 1]] != " ":
            break
        nxt = words[j]
        if not _ARABIC_ONLY_RE.match(nxt.replace(_TATWEEL, "")):
            break
        norm = normalize_token_ar(nxt)
        if not (_is_lone_letter(norms[-1]) or _is_lone_letter(norm)):
            break
        norms.append(norm)
        j += 1
    # Longest join first; a join must be a known word.
    for count in range(len(norms), 1, -1):
        if _known_with_clitics("".join(norms[:count]), is_known):
            return count
    return 0
