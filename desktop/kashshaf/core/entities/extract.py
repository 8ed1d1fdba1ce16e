"""Entity extraction: one protocol, and the default offline extractor.

The default extractor reads the text once, as tokens with offsets into the
original text (the core tokenizer, so ``داعـ.ـش`` and, with a vocabulary,
``ق سد`` are single tokens), normalised with the core's normalisation:

1. **Gazetteers** (``resources/entities``) are compiled into one token trie
   (an automaton over normalised words); at each token the longest entry
   wins. A leading clitic (و ف, ب ل ك, their pairs, and لل for ل+ال) may be
   attached to the first word: ``لقسد``, ``وروسيا``, ``بدمشق``, ``للولايات
   المتحدة``; the mention then starts after the clitic.
2. **Context rules** find names the lists do not hold:
   * an organisation head (وزارة، حزب، اتحاد، مجلس…) with its complement:
     indefinite nouns, then a definite noun or a known name, then nisba
     adjectives (وزارة الخارجية الأمريكية، اتحاد صناعة السيارات، قوات سوريا
     الديمقراطية), or a quoted name (حركة "أحرار الشام");
   * a person title or role (الرئيس، وزير الخارجية، المبعوث الخاص…), its
     descriptors (definite words, places, organisations), then one to three
     name words, optionally ending in a definite family name (وزير الخارجية
     السوري وليد المعلم); a single unknown word is only accepted when it is
     a known given name;
   * a known given name followed by further name words (محمد بن سلمان، أحمد
     الشرع);
   * a place head (مدينة، ريف، قرية، مطار…) before a name: the name is a place.
3. **Aliases in the document**: once a multi-word person is found, its last
   word alone (the family name) is the same person elsewhere in the text.

Overlaps are settled by length, then by source (gazetteer, rules, aliases).
A surface listed with several types takes its type from the word before it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from typing import Protocol

from kashshaf.core.arabic.normalize import normalize_token_ar
from kashshaf.core.arabic.tokenize import WordOffsets, tokenize_ar, unobfuscate_ar, word_offsets
from kashshaf.core.entities.lexicon import (
    AMBIGUOUS,
    SURNAME,
    GazetteerEntry,
    Lexicon,
    join_abd,
    load_lexicon,
    norm_words,
)
from kashshaf.core.entities.model import CrfTagger, read_common_words, shipped_tagger, strip_clitics

ENTITY_TYPES = ("PER", "ORG", "LOC")

_CONJ = ("", "و", "ف")
_PREP = ("", "ب", "ل", "ك")
_NOT_SPLIT = frozenset("0123456789ولدبت")
_GOD = frozenset(("الله", "لله", "ولله", "والله", "بالله", "فالله", "تالله"))

"""lone letters that are no piece of a split word: a digit, the conjunction (و يصل), a preposition set
apart by a tatweel (لـعكاظ), د for doctor, the agency د ب أ; ه and م after a number are date markers
(1436 هـ، 2015 م)"""
_CHAIN_LINKS = frozenset({"بن", "بنت", "ابن"})
"""the words of a name chain (nasab): what follows is a forebear's name"""
_ALIAS_PREFIXES = tuple(c + p for c in _CONJ for p in _PREP)
"""what may stand before a family name alone (وأوباما، لأوباما)"""
_MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"
_QUOTES = "\"'«»“”„‘’"
_MEDIA = frozenset({"صحيفة", "قناة", "وكالة", "مجلة", "موقع", "إذاعة", "شبكة"})
_CLUB = frozenset({"نادي", "النادي"})
_AGENCY = frozenset({"وكالة"})
_ARABIC_WORD = re.compile(r"^[\u0621-\u064a]+$")
_NISBA_ENDS = ("ي", "يه", "يون", "يين", "يان", "يتين")

PRIORITY = {
    "institution": 4,
    "chain": 4,
    "gazetteer": 3,
    "model": 3,
    "org-rule": 2,
    "org-quoted": 4,
    "per-rule": 2,
    "loc-rule": 2,
    "given-name": 1,
    "alias": 0,
}
STRONG = ("institution", "chain", "org-quoted")
MODEL_RETYPES = 0.8
"""the model's type wins over a listed name's when the model is this sure"""
LISTED_VETO = 1.0
"""a listed name is dropped when the model gives each of its words at least this probability of being no name"""
RULE_VETO = 0.9
"""a rule's span is dropped when the model gives each of its words at least this probability of being no name"""
RULE_FILL = (
    "per-quoted",
    "per-rule",
    "given-name",
    "loc-rule",
    "org-rule",
    "org-known",
    "org-def",
    "org-known-nisba",
    "org-def-nisba",
)
"""rules whose spans stand over the lists' and the model's: they see the whole name"""
BLOCK = ""
"""the type of a span that only keeps others out (جائزة الملك فيصل: a prize, not the king); dropped at the end"""


@dataclass(frozen=True, slots=True)
class Span:
    """One mention found in a text: offsets into that text, its type and canonical name."""

    start: int
    end: int
    type: str
    text: str
    name: str
    source: str = "gazetteer"
    note: str = ""
    """while deciding: ``ambiguous`` (a listed spelling that is also a common word, not yet borne out)
    or ``surname`` (a listed family name alone); empty in what :meth:`DefaultExtractor.extract` returns"""
    confidence: float = 1.0
    """the model's, for its spans (the lowest marginal probability of the span's tags)"""


class Extractor(Protocol):
    """What every extractor provides."""

    name: str

    def extract(self, text: str) -> list[Span]: ...


Trie = dict[str, "TrieNode"]
Gaz = dict[int, tuple[int, int, list["GazetteerEntry"]]]
"""token index -> (end token exclusive, clitic letters, entries) of the longest gazetteer entry there"""


@dataclass(slots=True)
class TrieNode:
    children: Trie
    entries: list[GazetteerEntry]


def build_trie(entries: dict[tuple[str, ...], list[GazetteerEntry]]) -> Trie:
    root: Trie = {}
    for words, found in entries.items():
        level = root
        node: TrieNode | None = None
        for word in words:
            node = level.get(word)
            if node is None:
                node = level[word] = TrieNode({}, [])
            level = node.children
        assert node is not None
        node.entries.extend(found)
    return root


@lru_cache(maxsize=300_000)
def clitic_variants(norm: str) -> tuple[tuple[str, int], ...]:
    """``(form, clitic length)`` for a normalised word: itself, then without leading clitics (cached)."""
    return tuple(_clitic_variants(norm))


def _clitic_variants(norm: str) -> Iterator[tuple[str, int]]:
    yield norm, 0
    for conj in _CONJ:
        for prep in _PREP:
            prefix = conj + prep
            if not prefix or not norm.startswith(prefix) or len(norm) - len(prefix) < 3:
                continue
            rest = norm[len(prefix) :]
            yield rest, len(prefix)
            if prep == "ل" and rest.startswith("ل") and len(rest) > 2:
                yield "ا" + rest, len(prefix) + 1  # لل = ل + ال: the mention starts after both


def _surface_offset(surface: str, letters: int) -> int:
    """Characters of ``surface`` that hold its first ``letters`` letters (marks and tatweel skipped)."""
    seen = 0
    for i, ch in enumerate(surface):
        if seen == letters:
            return i
        if "\u0621" <= ch <= "\u064a" and ch != "\u0640":
            seen += 1
    return len(surface)


class Tokens:
    """The tokens of one text: their surface forms, offsets, normalised forms and the gaps between them
    (parallel lists: a document has hundreds of tokens and this is made for each)."""

    def __init__(
        self, text: str, is_known: Callable[[str], bool] | None = None, found: WordOffsets | None = None
    ) -> None:
        """``found``: :func:`word_offsets` of ``text``, when the caller has them already."""
        self.text = text
        texts, starts, ends = found if found is not None else word_offsets(text)
        norms = list(map(normalize_token_ar, texts))
        words = frozenset(norms)
        if (
            is_known is not None
            and 1 in map(len, words)
            and any(len(n) == 1 and n not in _NOT_SPLIT for n in words)
            and any(
                len(n) == 1 and n not in _NOT_SPLIT and not (k and norms[k - 1].isdigit()) for k, n in enumerate(norms)
            )
        ):
            # a lone letter: perhaps a word split by a space (ق سد), joined when the document knows it
            split = tokenize_ar(text, is_known)
            texts = [t.text for t in split]
            norms = list(map(normalize_token_ar, texts))
            words = frozenset(norms)
            self.starts = [t.start for t in split]
            self.ends = [t.end for t in split]
        else:
            self.starts = starts
            self.ends = ends
        self.texts = texts
        if "علي\0" in "\0".join(words) + "\0":  # a word ends in علي (one search in C, not one a word)
            changed = False
            for k, norm in enumerate(norms):
                if norm.endswith("علي") and len(norm) <= 5 and texts[k].rstrip(_MARKS).endswith("ى"):
                    norms[k] = norm[:-1] + "ى"  # the preposition (وعلى), as written: علي (ي) is the name
                    changed = True
            if changed:
                words = frozenset(norms)
        self.norms = norms
        # two words are joined when only spaces (and at most one line break) stand between them
        gaps = self.gaps = list(map(text.__getitem__, map(slice, self.ends, self.starts[1:])))
        gaps.append("")
        joined = self.joined = list(map(" ".__eq__, gaps))  # most gaps are one space
        for k in compress(range(len(gaps)), map(" ".__ne__, gaps)):
            gap = gaps[k]
            joined[k] = not gap or (gap.isspace() and gap.count("\n") < 2)
        joined[-1] = False
        self.n = len(texts)
        self._words = words

    def __len__(self) -> int:
        return self.n

    def has_word(self, norm: str) -> bool:
        """Whether the text has ``norm`` as a word of its own."""
        return norm in self._words

    def gap(self, i: int) -> str:
        """The text between token ``i`` and the next ("" after the last)."""
        return self.gaps[i] if 0 <= i < len(self.gaps) else ""


def match_trie(
    trie: Trie,
    toks: Tokens,
    starts: dict[str, tuple[tuple[TrieNode, int], ...]] | None = None,
    whole: frozenset[str] = frozenset(),
) -> Gaz:
    """token index -> the longest entry of ``trie`` starting there (a clitic may lead its first word).

    ``starts`` caches, per normalised word, the trie nodes its clitic forms begin. A word of ``whole``
    (a given name: فاطمة) is never read as a clitic and a word; nor is ك before a word without the
    article (كلاوس is Klaus, not ك + لاوس).
    """
    found: Gaz = {}
    norms, joined = toks.norms, toks.joined
    cache = starts if starts is not None else {}
    for norm in set(norms).difference(cache):
        cache[norm] = tuple(
            (hit, clitic)
            for form, clitic in clitic_variants(norm)
            if (hit := trie.get(form)) is not None
            and (not clitic or (norm not in whole and ("ك" not in norm[:clitic] or form.startswith("ال"))))
        )
    firsts = list(map(cache.__getitem__, norms))
    for i in compress(range(len(norms)), firsts):  # the tokens that start an entry (or may, behind a clitic)
        first = firsts[i]
        best: tuple[int, int, list[GazetteerEntry]] | None = None
        for start_node, clitic in first:
            node: TrieNode | None = start_node
            j = i
            while node is not None:
                if node.entries and (best is None or j + 1 > best[0]):
                    best = (j + 1, clitic, node.entries)
                if not joined[j] or j + 1 >= len(norms):
                    break
                j += 1
                node = node.children.get(norms[j])
        if best is not None:
            found[i] = best
    return found


MODEL_MIN_CONFIDENCE = 0.5
"""the model's span is taken when each of its tags has at least this marginal probability"""
ALIAS_VETO = 0.97
"""a family name alone is not taken where the model gives its word at least this probability of being no name"""
ALIAS_SEED_CONFIDENCE = 0.8
"""a person of the model's gives its family name alone to the rest of the text when the model is this sure
(or the name starts with a known given name)"""
MODEL_CONTAINS_PLACE = 0.7
"""the model's organisation ending in a listed place (سبارتاك موسكو) is taken when the model is this sure"""
MODEL_SURE_OUTSIDE = 0.9
"""a listed common word the model holds to be no name with this probability is not one, whatever else
in the document bears the entry out"""
MODEL_SINGLE_PERSON = 0.7
"""a one-word person of the model's alone needs more (news is full of one-word non-names it is unsure of)"""


class DefaultExtractor:
    """Gazetteers + context rules + aliases + the statistical model; see the module docstring."""

    name = "default"

    def __init__(
        self,
        lexicon: Lexicon | None = None,
        is_known: Callable[[str], bool] | None = None,
        tagger: CrfTagger | bool | None = True,
        common: frozenset[str] | None = None,
    ) -> None:
        """``tagger``: the model (True: the shipped one when installed; None or False: none); ``common``:
        words that are no name's (default: the list shipped with the model)."""
        lex = lexicon or load_lexicon()
        self.is_known = is_known
        self.tagger: CrfTagger | None = shipped_tagger() if tagger is True else (tagger or None)
        self.trie = build_trie(lex.entries)
        self.titles = build_trie({p: [GazetteerEntry("", "TITLE")] for p in lex.phrases("person_titles")})
        self.links = lex.words("name_links")
        self.given = lex.words("given_names")
        self.stop = lex.words("stop_words")
        self.org_heads = lex.words("org_heads")
        self.weak_org_heads = lex.words("org_heads_weak")
        self.definite_complements = False
        """Head + any definite noun (وزارة الخارجية) as an organisation: off, it names kinds of bodies
        far more often than one organisation; the gazetteers hold the ones that matter."""
        self.place_heads = lex.words("place_heads")
        self.title_words = {w for p in lex.phrases("person_titles") for w in p}
        self.not_name = self.stop | self.org_heads | self.weak_org_heads | self.place_heads | self.title_words
        self.institution_org = lex.words("institution_heads_org")
        self.institution_loc = lex.words("institution_heads_loc")
        self.institution_other = lex.words("institution_heads_other")
        self.institution_heads = self.institution_org | self.institution_loc | self.institution_other
        self.honorifics = lex.words("honorifics")
        self.media_heads = lex.words("media_heads")
        self.quoted_heads = self.org_heads | self.weak_org_heads | self.institution_org
        self.club_cues = lex.words("club_cues")
        self.org_cues = self.org_heads | self.weak_org_heads | self.media_heads | self.club_cues
        self.not_entities = lex.words("not_entities")
        self.months = lex.words("months")
        self.nationalities = lex.words("nationalities")
        self.chain_links = self.links | {"ابي", "ال"}
        self.common = read_common_words() if common is None else common
        self.rule_fill: frozenset[str] = frozenset(RULE_FILL)
        self.rule_veto = RULE_VETO
        self.listed_veto = LISTED_VETO
        self.model_retypes = MODEL_RETYPES
        """the rules whose spans are kept where neither the lists nor the model found anything"""
        self.per_names: dict[tuple[str, ...], str] = {
            key: e.canonical
            for key, found in lex.entries.items()
            for e in found
            if e.type == "PER" and not e.flag and len(key) > 1
        }
        self._lineages: dict[str, list[tuple[str, ...]]] = {}
        """a listed person's spellings that name forebears beyond the first (بن … بن …), joined as chains are"""
        for key, canonical in self.per_names.items():
            joined = join_abd(key)
            if sum(w in _CHAIN_LINKS for w in joined) > 1 or (
                len(joined) > 3 and joined[1] in _CHAIN_LINKS and joined[3] in ("ال",)
            ):
                self._lineages.setdefault(canonical, []).append(joined)
        """listed people by their normalised words (a name chain takes the longest listed start)"""
        self._trigger_cache: dict[str, bool] = {}
        self._trie_starts: dict[str, tuple[tuple[TrieNode, int], ...]] = {}
        # a rule can only start at a word one of these (behind a clitic or not): the others are skipped
        self.triggers = (
            self.org_heads
            | self.weak_org_heads
            | set(self.titles)
            | self.given
            | self.place_heads
            | self.institution_heads
            | {"عبد", "ابو"}
        )

    def _triggers(self, norm: str) -> bool:
        found = self._trigger_cache.get(norm)
        if found is None:
            found = self._trigger_cache[norm] = any(form in self.triggers for form, _ in clitic_variants(norm))
        return found

    # --- word classes ------------------------------------------------------

    @staticmethod
    def is_def(norm: str) -> bool:
        """Definite, perhaps behind a clitic: الخارجية, بالقرار, للطاقة, والرئيس."""
        return any(form.startswith("ال") and len(form) > 3 for form, _ in clitic_variants(norm))

    def is_nisba(self, norm: str) -> bool:
        return self.is_def(norm) and norm.endswith(_NISBA_ENDS) and len(norm) > 5

    def is_word(self, norm: str) -> bool:
        return bool(_ARABIC_WORD.match(norm)) and len(norm) > 1 and norm not in self.stop

    def is_name_word(self, norm: str) -> bool:
        """A word that can be part of a name: not a function word, title or head (even behind a clitic), not definite."""
        if not self.is_word(norm) or self.is_def(norm):
            return False
        return not any(form in self.not_name for form, _ in clitic_variants(norm))

    # --- the pieces ---------------------------------------------------------

    def _gazetteer(self, toks: Tokens) -> Gaz:
        return match_trie(self.trie, toks, self._trie_starts, self.given)

    @staticmethod
    def _span(
        toks: Tokens,
        i: int,
        j: int,
        kind: str,
        name: str | None,
        source: str,
        clitic: int = 0,
        confidence: float = 1.0,
    ) -> Span:
        start = toks.starts[i] + (_surface_offset(toks.texts[i], clitic) if clitic else 0)
        end = toks.ends[j - 1]
        text = toks.text[start:end]
        return Span(start, end, kind, text, name or unobfuscate_ar(text), source, "", confidence)

    def _title_end(self, toks: Tokens, i: int) -> int | None:
        """The token after a person title starting at ``i`` (longest title), or None."""
        best = None
        for form, _clitic in clitic_variants(toks.norms[i]):
            node = self.titles.get(form)
            j = i
            while node is not None:
                if node.entries:
                    best = max(best or 0, j + 1)
                if not toks.joined[j] or j + 1 >= toks.n:
                    break
                j += 1
                node = node.children.get(toks.norms[j])
        return best

    def _verb_like(self, norm: str) -> bool:
        """A word a found name does not go on with: an imperfect verb (يقول، سيقاطع) or a word
        ending in teh marbuta (رسالة، حكومة: common nouns; names like that are in the lists)."""
        if norm in self.given:
            return False
        if norm.endswith("ه") and len(norm) >= 3:
            return True
        return (norm[:1] == "ي" and len(norm) >= 4) or (norm[:2] in ("سي", "ست", "سن") and len(norm) >= 5)

    def _name_despite_shape(self, toks: Tokens, j: int, k: int) -> bool:
        """A word shaped like a verb (يفيموف) that is a family name all the same: right after a known given
        name, no common word, and followed by punctuation (ألكسندر يفيموف، أن…)."""
        norm = toks.norms[j]
        return (
            j > k
            and toks.norms[j - 1] in self.given
            and norm not in self.common
            and any(ch in toks.gap(j) for ch in '،,.:؛;"«»“”')
        )

    def _name_after(self, toks: Tokens, k: int, gaz: Gaz, trusted_single: bool = False) -> int | None:
        """End (exclusive) of a person name starting at ``k``, or None.

        At most two name words (a name link such as بن or عبد takes the next
        word along: خالد بن حمد), then perhaps a definite family name (بشار
        الأسد، محمد عبدالله القرقاوي). A word starting with و after the first
        starts a new name (coordination); an imperfect verb ends the name. A
        lone unknown word is not a name unless ``trusted_single`` or it is a
        known given name or person.
        """
        norms, n = toks.norms, toks.n
        j = k
        words = 0
        limit = 2
        while j < n and words < limit:
            norm = norms[j]
            if (j > k and norm.startswith("و") and norm not in self.given) or (
                self._verb_like(norm) and not self._name_despite_shape(toks, j, k)
            ):
                break
            if norm in self.links and j + 1 < n and toks.joined[j]:
                nxt = norms[j + 1]
                if not (self.is_name_word(nxt) or (nxt.startswith("ال") and nxt not in self.stop)):
                    break
                j += 2
                words += 1
                if not toks.joined[j - 1]:
                    break
                continue
            if (self.is_name_word(norm) or (norm in self.given and norm not in self.stop)) and (
                j not in gaz or any(e.type == "PER" for e in gaz[j][2])
            ):
                if j > k and (norm in self.given or norm.startswith("عبد")) and limit == 2:
                    limit = 3  # a father's given name: a third name word may follow (عبدالرحيم محمد حسين)
                j += 1
                words += 1
                if not toks.joined[j - 1]:
                    break
                continue
            break
        if j == k:
            return None
        if (
            (words == 1 or (limit == 3 and words == 2))
            and j < n
            and toks.joined[j - 1]
            and norms[j].startswith("ال")
            and len(norms[j]) > 3
            and norms[j] not in self.stop
            and not self._common_word(norms[j])
            and j not in gaz
        ):
            j += 1  # a definite family name: بشار الأسد، محمد عبدالله القرقاوي (not زويل الآن)
        if j - k == 1 and not trusted_single and norms[k] not in self.given:
            if not (k in gaz and any(e.type == "PER" for e in gaz[k][2])):
                return None
        return j

    def _org_rule(self, toks: Tokens, i: int, gaz: Gaz) -> Span | None:
        """Head + complement: indefinite nouns, then a definite noun (or a
        known organisation), then nisba adjectives."""
        norms, n = toks.norms, toks.n
        for form, clitic in clitic_variants(norms[i]):
            weak = form in self.weak_org_heads
            if form not in self.org_heads and not weak:
                continue
            if i + 1 >= n or not toks.joined[i]:
                return None
            j = i + 1
            indef = 0
            shape = "def"
            while j < n:
                norm = norms[j]
                if j in gaz:
                    kinds = {e.type for e in gaz[j][2]}
                    end = gaz[j][0]
                    if "ORG" in kinds or (
                        "LOC" in kinds and end < n and toks.joined[end - 1] and self.is_nisba(norms[end])
                    ):
                        j = end
                        shape = "known"
                        break
                    return None  # a place after the head: the place is the name (بورصة لندن)
                if weak or not self.definite_complements:
                    return None  # only a known organisation (above) or a quoted name follows the head
                if norm.startswith("ال") and len(norm) > 3 and norm not in self.stop:
                    j += 1
                    break
                if indef < 2 and self.is_word(norm) and not self.is_def(norm) and toks.joined[j]:
                    if norm in self.org_heads or norm in self.title_words:
                        return None
                    indef += 1
                    j += 1
                    continue
                return None
            else:
                return None
            before = j
            while j < n and toks.joined[j - 1] and self.is_nisba(norms[j]) and norms[j] not in self.stop:
                j += 1
            if indef:
                return None  # اتحاد صناعة السيارات: right sometimes, but far more often a common noun phrase
            if j > before:
                shape += "-nisba"
            return self._span(toks, i, j, "ORG", None, "org-" + shape, clitic)
        return None

    def _quoted_org(self, toks: Tokens, i: int, gaz: Gaz) -> Span | None:
        """An organisation head followed by a quoted name: the quoted words are the name (حركة "أحرار
        الشام"; with one word between: مركز أبحاث "الشرق الأوسط", the institute, not the newspaper)."""
        norms, n = toks.norms, toks.n
        if i + 1 >= n or not any(form in self.quoted_heads for form, _ in clitic_variants(norms[i])):
            return None
        first = i + 1
        if toks.gap(i).strip() not in tuple(_QUOTES):
            if not (
                toks.joined[i]
                and i + 2 < n
                and toks.gap(i + 1).strip() in tuple(_QUOTES)
                and self.is_name_word(norms[i + 1])
                and norms[i + 1] not in self.media_heads
            ):
                return None
            first = i + 2
        for j in range(first, min(n, first + 6)):
            after = toks.gap(j).strip()
            if after[:1] in _QUOTES and after:
                return self._span(toks, first, j + 1, "ORG", None, "org-quoted")
            if not toks.joined[j]:
                return None
        return None

    def _quoted_person(self, toks: Tokens, end: int) -> Span | None:
        """A quoted name of one to three name words right after an organisation: its member (عن حزب
        الليكود "عوزي ديان")."""
        n = toks.n
        if end >= n or not any(q in toks.gap(end - 1) for q in _QUOTES):
            return None
        for j in range(end, min(n, end + 3)):
            norm = toks.norms[j]
            if not (self.is_name_word(norm) or norm in self.given) or norm in self.common:
                return None
            if any(q in toks.gap(j) for q in _QUOTES):
                return self._span(toks, end, j + 1, "PER", None, "per-quoted") if j > end else None
            if not toks.joined[j]:
                return None
        return None

    def _person_after_title(self, toks: Tokens, i: int, gaz: Gaz) -> Span | None:
        title_end = self._title_end(toks, i)
        if title_end is None:
            return None
        n = toks.n
        definite_title = toks.norms[i].startswith("ال") or any(
            f.startswith("ال") for f, c in clitic_variants(toks.norms[i]) if c
        )
        k = title_end
        described = 0
        while k < n and described < 4 and toks.joined[k - 1]:
            norm = toks.norms[k]
            if k in gaz and all(e.type != "PER" for e in gaz[k][2]):
                k = gaz[k][0]
            elif self.is_def(norm) and norm not in self.stop:
                k += 1
            elif (
                self.is_word(norm)
                and k + 1 < n
                and toks.joined[k]
                and self.is_def(toks.norms[k + 1])
                and norm not in self.given
                and not self.is_name_word(norm)
            ):
                k += 1
            else:
                break
            described += 1
        if not definite_title and described == 0:
            return None  # رئيس, وزير, مدير without a complement start a noun phrase, not a name
        if k >= n or not toks.joined[k - 1]:
            return None
        end = self._name_after(toks, k, gaz)
        return None if end is None else self._span(toks, k, end, "PER", None, "per-rule")

    def _given_name(self, toks: Tokens, i: int, gaz: Gaz) -> Span | None:
        norms, n = toks.norms, toks.n
        clitic = 0
        norm = norms[i]
        if norm not in self.given and norm not in ("عبد", "ابو"):
            if norm.startswith("و") and norm[1:] in self.given:
                clitic = 1  # وأحمد: a name after a conjunction
            else:
                return None
        if i + 1 >= n:
            return None
        start = i
        if i > 0 and norms[i - 1] in ("ابو", "ام") and toks.joined[i - 1]:
            start = i - 1
        if norm == "علي" and i + 1 < n and not self._after_ali(norms[i + 1]):
            return None  # عليّ "on me": علي بنعم
        if clitic:
            end = self._name_after_clitic(toks, i, gaz)
        else:
            end = self._name_after(toks, i, gaz)
        if end is None or end - i < 2:
            return None
        return self._span(toks, start, end, "PER", None, "given-name", clitic if start == i else 0)

    def _after_ali(self, nxt: str) -> bool:
        """Whether the word after علي may be a name's: a given name, a link, a family name, no word behind
        a preposition (علي بنعم is "on me, with blessings")."""
        return nxt in self.given or nxt in self.links or nxt.startswith("ال") or nxt[:1] not in "بلكفو"

    def _name_after_clitic(self, toks: Tokens, i: int, gaz: Gaz) -> int | None:
        """Like :meth:`_name_after` for a first word behind و (its و does not end the name)."""
        if i + 1 >= toks.n or not toks.joined[i]:
            return None
        end = self._name_after(toks, i + 1, gaz, trusted_single=True)
        return end

    def _place_after_head(self, toks: Tokens, i: int, gaz: Gaz) -> Span | None:
        n = toks.n
        if i + 1 >= n or not toks.joined[i] or (i + 1) in gaz:
            return None
        if not any(f in self.place_heads for f, _ in clitic_variants(toks.norms[i])):
            return None
        norm = toks.norms[i + 1]
        if not self.is_name_word(norm) or norm in self.given or norm.endswith(("يه", "ي")) or norm.startswith("و"):
            return None
        return self._span(toks, i + 1, i + 2, "LOC", None, "loc-rule")

    def _chain(self, toks: Tokens, i: int, gaz: Gaz) -> Span | None:
        """A name chain: a given name, then ``بن`` / ``بنت`` and a name once or more, perhaps ``آل`` and a
        family or a definite family name (سلمان بن عبدالعزيز آل سعود، مفرج بن سعد الحقباني).

        Its name is the longest listed person the chain starts with (محمد بن سلمان for محمد بن سلمان بن
        عبدالعزيز); unlisted, the chain's first three words when it goes on with more forebears or a
        family (فيصل بن بندر for فيصل بن بندر بن عبدالعزيز), or the whole chain with a family name.
        """
        norms, n = toks.norms, toks.n
        g = 0  # the given name's last token: عبد الله بن محمد written apart has two
        if norms[i] == "عبد" or (norms[i].endswith("عبد") and strip_clitics(norms[i]) == "عبد"):
            g = 1
        if i + g + 2 >= n or not toks.joined[i] or not toks.joined[i + g] or (g and not toks.joined[i + g + 1]):
            return None
        link = norms[i + g + 1]
        if link not in _CHAIN_LINKS:
            return None
        first, clitic = norms[i], 0
        if g:
            first = strip_clitics(first) + norms[i + 1]
            clitic = len(norms[i]) - len("عبد")
        elif first not in self.given:
            for form, c in clitic_variants(first)[1:]:
                if form in self.given:
                    first, clitic = form, c
                    break
        if first not in self.given and (link == "ابن" or not self.is_name_word(first)):
            return None
        i += g  # from here on, i is the given name's last token
        j = i + 1
        while j + 1 < n and norms[j] in _CHAIN_LINKS and toks.joined[j]:
            nxt = norms[j + 1]
            if not (self.is_name_word(nxt) or nxt in self.given):
                break
            j += 2
            if nxt in ("عبد", "ابو") and j < n and toks.joined[j - 1]:
                j += 1  # بن عبد العزيز written apart: one name
            if not toks.joined[j - 1]:
                break
        if j == i + 1:
            return None
        forebears = (j - i - 1) // 2
        family = False
        if j < n and toks.joined[j - 1]:
            norm = norms[j]
            if norm == "ال" and j + 1 < n and toks.joined[j] and self.is_name_word(norms[j + 1]):
                j += 2  # آل سعود
                forebears += 1
            elif (
                norm == "ابو"
                and j + 1 < n
                and toks.joined[j]
                and self.is_name_word(norms[j + 1])
                and j not in gaz  # أبو ظبي is a place
                and join_abd((first, *norms[i + 1 : j])) not in self.per_names  # a listed person's kunya
            ):
                j += 2  # محمد بن عبدالله أبو قرنين: a family name with أبو
                family = True
            elif (
                norm.startswith("ال")
                and len(norm) > 3
                and norm not in self.not_name
                and not self._verb_like(norm)
                and (j not in gaz or all(e.type == "PER" for e in gaz[j][2]))
            ):
                j += 1  # a definite family name
                family = True
        words = join_abd((first, *norms[i + 1 : j]))
        i -= g
        name = None
        contradicted = False
        # with a family name of its own, the chain is a listed person only as a whole: عبدالله بن عبدالعزيز
        # الجربوع is not King Abdullah (عبدالله بن عبدالعزيز), though آل سعود or more forebears may follow him
        for k in range(len(words), len(words) - 1 if family else 2, -1):
            name = self.per_names.get(words[:k])
            if name is not None:
                if k + 1 < len(words) and words[k] in _CHAIN_LINKS and not self._lineage_fits(name, words, k):
                    name, contradicted = None, True  # عبدالله بن عبدالعزيز بن مساعد is not King Abdullah
                break
        if name is None and forebears > 1 and not family and not contradicted:
            name = " ".join(toks.texts[i : i + g + 3])
            if clitic:
                name = name[_surface_offset(name, clitic) :]
        return self._span(toks, i, j, "PER", name, "chain", clitic)

    def _lineage_fits(self, name: str, words: tuple[str, ...], k: int) -> bool:
        """Whether a chain that goes on after a listed person's first ``k`` words with more forebears can
        be that person: yes unless the lists give him a longer chain that the forebears contradict."""
        longer = self._lineages.get(name, ())
        return not longer or any(chain[: len(words)] == words[: len(chain)] for chain in longer)

    def _institution(self, toks: Tokens, i: int, gaz: Gaz) -> Span | None:
        """An institution, a place or a prize named after a person or a place: a head (مستشفى، جامعة،
        مطار، جائزة…), perhaps an honorific (الملك، الأمير، الشيخ…) and the name, then its complement
        (الدولي، التخصصي، للعلوم والتقنية). The person inside is not a mention of the person: جامعة الملك
        سعود is an organisation, مطار الملك فهد الدولي a place; a prize (جائزة الملك فيصل) is kept out."""
        norms, n = toks.norms, toks.n
        head, clitic = None, 0
        for form, c in clitic_variants(norms[i]):
            if form in self.institution_heads:
                head, clitic = form, c
                break
        if head is None or i + 2 >= n or not toks.joined[i]:
            return None
        k = i + 1
        if norms[k] in self.place_heads and k + 1 < n and toks.joined[k]:
            k += 1  # أمانة منطقة عسير
        title_end = self._title_end(toks, k) if norms[k] in self.honorifics else None
        if title_end is None and k + 2 < n and norms[k + 1] in ("بن", "بنت") and toks.joined[k]:
            title_end = k  # ملعب ثاني بن جاسم: a name chain needs no honorific
        if title_end is not None and title_end < n and toks.joined[title_end - 1]:
            j = title_end
            found = 0
            while j < n and found < 4:
                norm = norms[j]
                if found and (norm in _CHAIN_LINKS or norm == "ال") and j + 1 < n and toks.joined[j]:
                    j += 1
                    continue
                if (
                    not (self.is_name_word(norm) or norm in self.given)
                    or (found and norm.startswith("و"))
                    or self._verb_like(norm)
                    or (j in gaz and gaz[j][1] > 0)  # بجدة: a place behind a preposition
                ):
                    break
                j += 1
                found += 1
                if not toks.joined[j - 1]:
                    break
            if not found or norms[j - 1] in _CHAIN_LINKS or norms[j - 1] == "ال":
                return None
        elif k in gaz and any(e.type == "LOC" for e in gaz[k][2]) and head in self.institution_org:
            j = gaz[k][0]  # جامعة نجران، مستشفى عسير المركزي
        else:
            return None
        kind = "LOC" if head in self.institution_loc else "ORG" if head in self.institution_org else BLOCK
        complement = 0
        lil = False
        while j < n and toks.joined[j - 1] and complement < 6:
            norm = norms[j]
            if norm.startswith("لل") and len(norm) > 4 and norm not in self.stop:
                lil = True
            elif not ((lil and norm.startswith("وال") and len(norm) > 5) or (self.is_nisba(norm) and norm[:2] == "ال")):
                break
            j += 1
            complement += 1
        if lil and kind == "LOC":
            kind = "ORG"  # مدينة الملك عبدالعزيز للعلوم والتقنية
        same = gaz.get(i)
        name = None
        if same is not None and same[0] == j and any(e.type == kind for e in same[2]):
            name = next(e.canonical for e in same[2] if e.type == kind)
        return self._span(toks, i, j, kind, name, "institution", clitic)

    # --- extraction ------------------------------------------------------------

    def candidates(self, toks: Tokens) -> tuple[Gaz, list[Span], list[Span]]:
        """The gazetteer's matches, its spans and the context rules' spans over ``toks``.

        A listed span's ``note`` says when it still needs evidence (``ambiguous``) or is a family name
        alone (``surname``)."""
        gaz = self._gazetteer(toks)
        listed: list[Span] = []
        chosen: dict[int, tuple[GazetteerEntry, bool]] = {}
        sense: dict[int, GazetteerEntry] = {}  # one sense per document: نادي الخليج once, the club throughout
        for i, (j, _clitic, entries) in gaz.items():
            chosen[i] = self._choose_entry(toks, i, j, entries)
            if chosen[i][1] and len(entries) > 1 and chosen[i][0].canonical.split()[0] in _CLUB:
                # a club is the club throughout (a newspaper cited is not: في الشرق الأوسط is the region)
                sense.setdefault(id(entries), chosen[i][0])
        for i, (j, clitic, entries) in gaz.items():
            if self._agrees_as_adjective(toks, i, j, clitic, entries):
                continue
            entry, evidenced = chosen[i]
            if not evidenced and id(entries) in sense:
                entry = sense[id(entries)]
            note = "" if evidenced else entry.flag
            span = self._span(toks, i, j, entry.type, entry.canonical, "gazetteer", clitic)
            listed.append(self._with_first_name(toks, _noted(span, note)))
        rules: list[Span] = []
        for span in listed:
            if span.type == "ORG" and not span.note:
                last = bisect.bisect_left(toks.starts, span.end)
                quoted = self._quoted_person(toks, last)
                if quoted is not None:
                    rules.append(quoted)
        norms = toks.norms
        n = toks.n
        triggers = self._trigger_cache
        for norm in set(norms).difference(triggers):
            self._triggers(norm)
        methods = (
            self._institution,
            self._quoted_org,
            self._org_rule,
            self._person_after_title,
            self._given_name,
            self._place_after_head,
        )
        # a chain may start one or two words before a link (بن); a rule only at a trigger word
        links = list(compress(range(n), map(_CHAIN_LINKS.__contains__, norms)))
        chains = {j - 1 for j in links if j >= 1} | {j - 2 for j in links if j >= 2}
        starts = set(compress(range(n), map(triggers.__getitem__, norms)))
        for i in sorted(chains | starts):
            if i in chains:
                chain = self._chain(toks, i, gaz)
                if chain is not None:
                    rules.append(chain)
            if i not in starts:
                continue
            for method in methods:
                found = method(toks, i, gaz)
                if found is not None:
                    rules.append(found)
        return gaz, listed, rules

    def extract(self, text: str, found: WordOffsets | None = None) -> list[Span]:
        """The entities of ``text`` (``found``: its :func:`word_offsets`, when known)."""
        toks = Tokens(text, self.is_known, found)
        if not toks.n:
            return []
        _gaz, listed, rules = self.candidates(toks)
        if self.tagger is not None:
            chosen = self._decide(toks, listed, rules, self.model_spans(toks, listed, rules))
        else:
            chosen = self._decide(toks, listed, rules, None)
        return [s for s in self._resolve(toks, chosen) if s.type != BLOCK]

    def _decide(
        self, toks: Tokens, listed: list[Span], rules: list[Span], model: list[tuple[Span, float]] | None
    ) -> list[Span]:
        """The spans to keep, before resolution.

        1. The strong rules (institutions, name chains): they see a whole name the others cut up.
        2. The lists, where they do not overlap those; a spelling that is also a common word only with
           evidence: a cue word before it (مدينة الخبر، نادي الهلال), quotes around a media name, the
           model's span of the same type over it, or another mention of the same entry in the document
           that has such evidence.
        3. The model's spans where nothing was found, and those that extend a listed person with a name
           word (a given name before a listed family name: جيب بوش). Without the model, the context
           rules' spans instead.
        """
        strong = [r for r in rules if r.source in STRONG]
        others = [r for r in rules if r.source not in STRONG]
        confident = [(m, c) for m, c in (model or []) if c >= MODEL_MIN_CONFIDENCE]
        sure = [s for s in listed if s.note != AMBIGUOUS]
        unsure = [s for s in listed if s.note == AMBIGUOUS]
        licensed = [  # the model's span over the same words, and of the same type
            _noted(s, "")
            for s in unsure
            if any(
                m.type == s.type and m.end == s.end and m.start <= s.start < m.end and self._cue_led(toks, m.start, s)
                for m, _c in confident
            )
        ]
        borne_out = {(s.name, s.type) for s in sure if not s.note} | {(s.name, s.type) for s in licensed}
        licensed += [
            _noted(s, "")
            for s in unsure
            if (s.name, s.type) in borne_out
            and not any(x.start == s.start for x in licensed)
            and (model is None or self._model_allows(toks, s))
        ]
        chosen = _resolve_overlaps(strong)
        if model is not None and self.listed_veto < 1:
            sure = [s for s in sure if self._model_open_to(toks, s, self.listed_veto)]
        if confident and self.model_retypes < 1:
            sure = [self._retyped(s, confident) for s in sure]
        if confident:
            sure = [self._trimmed(toks, s, confident) for s in sure]
        chosen = _resolve_overlaps(sure + licensed, chosen)
        if model is None:
            return self._with_rules(chosen, others)
        for span, confidence in sorted(confident, key=lambda mc: (mc[0].start - mc[0].end, mc[0].start)):
            chosen = self._add_model_span(toks, chosen, span, confidence)
        fill = [
            r
            for r in others
            if r.source in self.rule_fill
            and self._model_open_to(toks, r)
            and not self._all_common(words := [toks.norms[t] for t in self._tokens_in(toks, r.start, r.end)])
            and not (r.type == "PER" and self._not_a_first_name_word(words[0]))
            and not (r.type == "PER" and self._after_nasab(toks, r))
        ]
        return _resolve_overlaps(fill, chosen) if fill else chosen

    def _cue_led(self, toks: Tokens, start: int, span: Span) -> bool:
        """Whether the words from ``start`` to the span are cue words only (نادي النصر): a model's name
        that goes further back is another name ending in the same word (منظمة التراث العالمي is not
        النصر's nickname العالمي)."""
        return all(
            any(f in self.org_cues or f in self.place_heads or f in self.title_words for f, _ in clitic_variants(n))
            for n in (toks.norms[t] for t in self._tokens_in(toks, start, span.start))
        )

    def _model_open_to(self, toks: Tokens, span: Span, veto: float | None = None) -> bool:
        """Whether the model leaves room for a span: it is not sure every word of it is no name."""
        assert self.tagger is not None
        limit = self.rule_veto if veto is None else veto
        return any(self.tagger.outside(t) < limit for t in self._tokens_in(toks, span.start, span.end))

    def _retyped(self, span: Span, confident: list[tuple[Span, float]]) -> Span:
        """A listed name of another type in the model's view, over the same words and with confidence
        (برشلونة the club, not the city): the model's type, and the listed name of that type if any."""
        for m, c in confident:
            if m.end == span.end and m.start <= span.start and m.type != span.type and c >= self.model_retypes:
                if span.type == "PER" or m.type == "PER":
                    return span  # a person is not a place: the lists know their people
                return Span(span.start, span.end, m.type, span.text, span.name, span.source, span.note)
        return span

    def _trimmed(self, toks: Tokens, span: Span, confident: list[tuple[Span, float]]) -> Span:
        """A listed name whose first or last words are a head, a title or an adjective the model leaves
        out (شركة مايكروسوفت، الملك عبدالله بن عبدالعزيز، حزب الله اللبناني): the model's words, the
        listed name. The reader marks the name itself."""
        for m, _c in confident:
            if (
                m.type != span.type
                or not (span.start <= m.start and m.end <= span.end)
                or (m.start, m.end)
                == (
                    span.start,
                    span.end,
                )
            ):
                continue
            outside = [t for t in self._tokens_in(toks, span.start, span.end) if not m.start <= toks.starts[t] < m.end]
            if outside and all(self._framing(toks.norms[t]) for t in outside):
                return Span(m.start, m.end, span.type, m.text, span.name, span.source, span.note)
        return span

    def _framing(self, norm: str) -> bool:
        """A word that frames a name rather than being part of it: a head, a title, a nisba adjective."""
        return (
            norm in self.org_cues
            or norm in self.place_heads
            or norm in self.title_words
            or norm in self.institution_heads
            or self.is_nisba(norm)
        )

    def _model_allows(self, toks: Tokens, span: Span) -> bool:
        """Whether the model does not hold the span's first word to be a common word (أكدت الخبر)."""
        assert self.tagger is not None
        first = bisect.bisect_right(toks.starts, span.start) - 1
        return self.tagger.outside(first) < MODEL_SURE_OUTSIDE

    def _with_rules(self, chosen: list[Span], rules: list[Span]) -> list[Span]:
        """Without the model: the context rules' spans where the lists found nothing (a longer rule
        person over a listed one wins: هيلاري كلينتون)."""
        for rule in rules:
            if rule.type != "PER":
                continue
            inside = [c for c in chosen if c.start < rule.end and rule.start < c.end]
            if inside and all(
                c.type == "PER" and c.source == "gazetteer" and rule.start <= c.start and c.end <= rule.end
                for c in inside
            ):
                if rule.end - rule.start > sum(c.end - c.start for c in inside):
                    chosen = [c for c in chosen if c not in inside]
                    chosen.append(Span(rule.start, rule.end, "PER", rule.text, rule.text, rule.source))
        return _resolve_overlaps(rules, chosen)

    def _add_model_span(self, toks: Tokens, chosen: list[Span], span: Span, confidence: float) -> list[Span]:
        start, end = span.start, span.end
        for c in chosen:
            if c.start <= start and end <= c.end:
                return chosen  # inside a name already chosen (most of the model's spans): nothing to add or extend
        span_or_none = self._clean_model_span(toks, span, confidence)
        if span_or_none is None:
            return chosen
        span = span_or_none
        if span.type == "PER" and self._forebears_of_chosen(toks, chosen, span):
            return chosen  # خالد الفيصل | بن عبدالعزيز: his forebears, not another person
        over = [c for c in chosen if c.start < span.end and span.start < c.end]
        if not over:
            return sorted([*chosen, span], key=lambda s: s.start)
        if len(over) != 1:
            return chosen
        inner = over[0]
        if (
            span.type == "ORG"
            and inner.type == "LOC"
            and inner.source == "gazetteer"
            and span.start < inner.start
            and inner.end == span.end
            and confidence >= MODEL_CONTAINS_PLACE
        ):  # سبارتاك موسكو، ستيوا بوخارست: a club named after its city
            merged = Span(span.start, span.end, "ORG", span.text, span.text, "model", confidence=confidence)
            return sorted([c for c in chosen if c is not inner] + [merged], key=lambda s: s.start)
        if (
            span.type == "PER"
            and inner.type in ("LOC", "ORG")
            and inner.source == "gazetteer"
            and span.start < inner.start
            and inner.end == span.end
            and self._nisba_family(toks, span, inner)
        ):  # محمد علي الشدادي: a family name from a place (a nisba) after given names is the person's
            merged = Span(span.start, span.end, "PER", span.text, span.text, "model", confidence=confidence)
            return sorted([c for c in chosen if c is not inner] + [merged], key=lambda s: s.start)
        if span.type != "PER":
            return chosen
        if not (
            inner.type == "PER"
            and inner.source == "gazetteer"
            and span.start <= inner.start
            and inner.end <= span.end
            and span.end - span.start > inner.end - inner.start
        ):
            return chosen
        # the model's name goes further than the listed one: only with name words (not أوباما بسبب)
        outside = [
            t for t in self._tokens_in(toks, span.start, span.end) if not inner.start <= toks.starts[t] < inner.end
        ]
        if not all(self.is_name_word(toks.norms[t]) or toks.norms[t] in self.given for t in outside):
            return chosen
        words = [normalize_token_ar(w) for w in span.text.split()]
        listed_words = join_abd(norm_words(inner.name))
        name = inner.name if tuple(join_abd(tuple(words))) == listed_words[-len(words) :] else span.text
        merged = Span(span.start, span.end, "PER", span.text, name, "model", confidence=confidence)
        return sorted([c for c in chosen if c is not inner] + [merged], key=lambda s: s.start)

    def _tokens_in(self, toks: Tokens, start: int, end: int) -> range:
        i = bisect.bisect_right(toks.starts, start) - 1
        j = bisect.bisect_left(toks.starts, end)
        return range(max(i, 0), j)

    def _clean_model_span(self, toks: Tokens, span: Span, confidence: float) -> Span | None:
        """The model's span without a leading clitic (ومحمد الواكد → محمد الواكد), or None when it is not
        a name to list: a function word, a people (الأكراد), a title, a lone short word, or a lone
        person word the model is not sure of."""
        found = self._tokens_in(toks, span.start, span.end)
        if not len(found):
            return None
        cuts = [t + 1 for t in found[:-1] if "\n" in toks.gaps[t]]
        if cuts:  # no name goes on over a line break (a headline's last word, then a byline): its longest line
            lines = [range(a, b) for a, b in zip([found[0], *cuts], [*cuts, found[-1] + 1], strict=True)]
            found = max(reversed(lines), key=len)
            span = self._span(toks, found[0], found[-1] + 1, span.type, None, "model", 0, confidence)
        first = found[0]
        norm = toks.norms[first]
        clitic = 0
        if norm not in self.given and norm not in self.trie:
            for form, c in clitic_variants(norm)[1:]:
                if "ك" in norm[:c] and not form.startswith("ال"):
                    continue  # كريم is a name, not ك + ريم
                if form in self.given or form in self.trie or toks.has_word(form):
                    clitic = c
                    norm = form
                    break
        last = found[-1]
        if span.type == "PER":  # a person's name does not end in a common word: زويل الآن، والده المسن
            while last > first and self._common_word(toks.norms[last]):
                last -= 1
            if last > first and toks.norms[last] in ("عبد", "ابو") and last + 1 < toks.n and toks.joined[last]:
                last += 1  # a name cut in its middle (حنان عبد | القادر): عبد takes the word after it
            elif strip_clitics(toks.norms[last]) in ("عبد", "ابو") or toks.norms[last] in _CHAIN_LINKS:
                return None  # a name cut in its middle (عبد | الله الجربوع، إياد بن | …): not a name to list
            elif last > first and self._family_after(toks, norm, first, last):
                last += 1  # محمد علي | الشدادي: given names alone are many men; the family name is his
        if clitic or last != found[-1]:
            span = self._span(toks, first, last + 1, span.type, None, "model", clitic, confidence)
        norms = [toks.norms[t] for t in range(first, last + 1)]
        norms[0] = norm
        if span.type == "PER" and self._not_a_first_name_word(norm):
            return None  # بوالده المسن (his father), لفنان عالمي (an artist): no name
        if toks.norms[first] in _GOD:
            return None  # ولله الحمد (thank God), والله العظيم: a formula, no name
        if norm in self.months and ((first and toks.norms[first - 1] == "شهر") or "/" in toks.gap(last)):
            return None  # شهر نيسان/أبريل: a month, not Nissan
        if any(w in self.stop for w in (norms[0], norms[-1])):
            return None
        if len(norms) == 1:
            if len(norm) < 3 or norm in self.not_entities or norm in self.not_name:
                return None
            if span.type == "PER" and confidence < MODEL_SINGLE_PERSON:
                return None
        if all(w in self.title_words or w in self.not_entities for w in norms) or self._all_common(norms):
            return None
        return span

    def _after_nasab(self, toks: Tokens, span: Span) -> bool:
        """Whether the span follows بن: a forebear's name (… الفيصل بن | عبد العزيز), not a person's own."""
        first = self._tokens_in(toks, span.start, span.end)[0]
        return first > 0 and toks.joined[first - 1] and toks.norms[first - 1] in _CHAIN_LINKS

    def _forebears_of_chosen(self, toks: Tokens, chosen: list[Span], span: Span) -> bool:
        """Whether a person's span starts with بن right after a chosen person (… الفيصل بن عبدالعزيز)."""
        first = self._tokens_in(toks, span.start, span.end)[0]
        if toks.norms[first] not in _CHAIN_LINKS or first == 0 or not toks.joined[first - 1]:
            return False
        before = toks.ends[first - 1]
        return any(c.type == "PER" and c.end == before for c in chosen)

    def _nisba_family(self, toks: Tokens, span: Span, inner: Span) -> bool:
        """Whether ``inner``, the last word of the model's person ``span``, is a nisba family name after
        given names (محمد علي الشدادي), though it is listed as a place or an organisation."""
        given = self._tokens_in(toks, span.start, inner.start)
        return toks.norms[given[-1] + 1].endswith("ي") and self._family_after(
            toks, toks.norms[given[0]], given[0], given[-1]
        )

    def _family_after(self, toks: Tokens, norm: str, first: int, last: int) -> bool:
        """Whether a person's span of given names only (محمد علي) is followed by his family name: a
        definite word right after it that is no common word, function word, nationality or verb."""
        nxt = last + 1
        if nxt >= toks.n or not toks.joined[last]:
            return False
        words = join_abd((norm, *toks.norms[first + 1 : last + 1]))
        if not all(w in self.given for w in words):
            return False
        family = toks.norms[nxt]
        return (
            family.startswith("ال")
            and len(family) > 3
            and family not in self.not_name
            and family not in self.nationalities
            and family not in self.title_words
            and not self._common_word(family)
            and not self._verb_like(family)
        )

    def _not_a_first_name_word(self, norm: str) -> bool:
        """A word no person's name starts with: a common word, a title (لفنان عالمي: "to an artist")."""
        return self._common_word(norm) or "ال" + strip_clitics(norm) in self.title_words

    def _common_word(self, norm: str) -> bool:
        """A common word (or one behind a clitic), a function word, a title or a head: no part of a name."""
        stem = strip_clitics(norm)
        return (
            norm in self.common
            or stem in self.common
            or norm in self.not_name
            or (stem in self.not_name and stem != norm)
        ) and norm not in self.given

    def _all_common(self, norms: list[str]) -> bool:
        """Whether every word (with or without its clitics) is a common word: تأييد كامل, مباشر."""
        return all(w in self.common or strip_clitics(w) in self.common for w in norms)

    def candidate_tags(self, toks: Tokens, spans: list[Span]) -> list[str]:
        """``B-``/``I-`` tags of the tokens ``spans`` cover (a model feature)."""
        tags = ["O"] * toks.n
        for span in sorted(spans, key=lambda s: s.start - s.end):  # longer first, shorter ones do not overwrite
            if span.type == BLOCK or span.note == AMBIGUOUS:
                continue
            i = bisect.bisect_right(toks.starts, span.start) - 1
            j = bisect.bisect_left(toks.starts, span.end)
            if i < 0 or any(t != "O" for t in tags[i:j]):
                continue
            tags[i] = "B-" + span.type
            for k in range(i + 1, j):
                tags[k] = "I-" + span.type
        return tags

    def model_spans(self, toks: Tokens, listed: list[Span], rules: list[Span]) -> list[tuple[Span, float]]:
        """The model's spans with their confidence."""
        assert self.tagger is not None
        found = self.tagger.label(
            toks.norms, toks.gaps, self.candidate_tags(toks, listed), self.candidate_tags(toks, rules)
        )
        return [
            (self._span(toks, i, j, kind, None, "model", 0, confidence), confidence) for i, j, kind, confidence in found
        ]

    def _with_first_name(self, toks: Tokens, span: Span) -> Span:
        """A listed one-word person (a family name) takes the given name before it. With the listed
        person's own given name it is that person (جورج بوش); with another, another person of the same
        family (جيب بوش, خالد المالكي), named as written."""
        if span.type != "PER" or span.source != "gazetteer":
            return span
        i = bisect.bisect_right(toks.starts, span.start) - 1
        if i <= 0 or toks.ends[i] != span.end or not toks.joined[i - 1]:
            return span
        before = toks.norms[i - 1]
        clitic = 0
        if before not in self.given:
            if before.startswith("و") and before[1:] in self.given:
                clitic, before = 1, before[1:]
            else:
                return span  # only a known given name: a common word before a name is not part of it
        start = toks.starts[i - 1] + _surface_offset(toks.texts[i - 1], clitic)
        text = toks.text[start : span.end]
        listed = join_abd(norm_words(span.name))
        if len(listed) > 1 and listed[0] == before:
            return Span(start, span.end, "PER", text, span.name, span.source)
        return Span(start, span.end, "PER", text, text, span.source)

    def _agrees_as_adjective(self, toks: Tokens, i: int, j: int, clitic: int, entries: list[GazetteerEntry]) -> bool:
        """A feminine place name right after a definite feminine noun is an adjective agreeing with it:
        السفارة السعودية (the Saudi embassy), السياسة الفارسية القاهرة (oppressive), not a place."""
        if j - i != 1 or clitic or i == 0 or not toks.joined[i - 1] or any(e.type != "LOC" for e in entries):
            return False
        before = toks.norms[i - 1]
        return (
            toks.norms[i].endswith("ه")
            and (before.endswith("ه") or toks.norms[i].endswith("يه"))  # استراتيجية التوظيف السعودية
            and self.is_def(before)
            and before not in self.place_heads
            and not any(f in self.place_heads for f, _c in clitic_variants(before))
        )

    def _choose_entry(self, toks: Tokens, i: int, j: int, entries: list[GazetteerEntry]) -> tuple[GazetteerEntry, bool]:
        """The entry a match names, and whether the text bears out an ambiguous one: the word before is a
        cue of its type (مدينة الخبر، شركة فيات، نادي الهلال، الرئيس…), or a media name stands in quotes
        («الشرق الأوسط»)."""
        cue = self._cue(toks, i, j)
        if cue is not None:
            kind, head = cue
            # an ambiguous organisation needs a cue of its kind: صحيفة الخليج after a media cue, نادي
            # الخليج after a club's (مجلس التعاون is no evidence for the club التعاون)
            fitting = [
                e
                for e in entries
                if e.type == kind and (e.flag != AMBIGUOUS or kind != "ORG" or e.canonical.split()[0] in head)
            ]
            if fitting:
                return next((e for e in fitting if e.canonical.split()[0] in head), fitting[0]), True
        plain = [e for e in entries if e.flag != AMBIGUOUS] or entries
        return plain[0], False

    def _cue(self, toks: Tokens, i: int, j: int) -> tuple[str, frozenset[str]] | None:
        """The type the words around a match point to, if any, with the heads of the names that fit best
        (a media cue: صحيفة, قناة…; a club's: نادي)."""
        if i > 0 and toks.joined[i - 1]:
            for form, _c in clitic_variants(toks.norms[i - 1]):
                if form in self.place_heads:
                    return "LOC", frozenset()
                if form in self.media_heads:
                    return "ORG", _MEDIA
                if form in self.club_cues:
                    return "ORG", _CLUB
                if form in self.org_cues:
                    return "ORG", frozenset()
                if form in self.title_words:
                    return "PER", frozenset()
        if j < toks.n and toks.joined[j - 1]:
            nxt = toks.norms[j]
            if nxt in self.nationalities:
                return "ORG", _CLUB  # العين الإماراتي، برشلونة الإسباني: a club (a city would be الإماراتية)
        before = toks.gap(i - 1) if i > 0 else ""
        after = toks.gap(j - 1)
        if any(q in before for q in _QUOTES) and any(q in after for q in _QUOTES):
            return "ORG", _MEDIA
        if "(" in before and ")" in after:
            return "ORG", _AGENCY  # (واس), (قنا): an agency after a dateline
        return None

    # --- resolution within the document ----------------------------------------------

    def _resolve(self, toks: Tokens, spans: list[Span]) -> list[Span]:
        """People within one document: a family name or a first name alone, or part of a longer name,
        is the one person of the document so named (with two, neither); a listed family name alone that
        names no one of the document stands for itself (كارتر, not جيمي كارتر); a first name that names
        no one is dropped. Then each named person's family name alone, elsewhere in the text, is that
        person too.

        Across documents nothing is merged by family name: names are kept as written, or as listed."""
        people = [s for s in spans if s.type == "PER"]
        if not people:
            return spans
        words_of = {id(s): self._name_words(s.text) for s in people}
        full = [s for s in people if len(words_of[id(s)]) > 1 and s.note != SURNAME]
        out: list[Span] = []
        for s in spans:
            if s.type != "PER":
                out.append(s)
                continue
            words = words_of[id(s)]
            longer = {
                f.name
                for f in full
                if len(words_of[id(f)]) > len(words)
                and (words_of[id(f)][: len(words)] == words or self._same_by_end(words_of[id(f)], words))
            }
            if len(longer) == 1:
                (name,) = longer
                out.append(Span(s.start, s.end, "PER", s.text, name, s.source, "", s.confidence))
                continue
            if longer:
                continue  # two people of the document so named: not one of them for sure
            if s.note == SURNAME:  # a listed family name, and no one of the document so named in full
                out.append(Span(s.start, s.end, "PER", s.text, s.text, s.source, "", s.confidence))
                continue
            if len(words) > 1:
                out.append(_noted(s, ""))
                continue
            if words[0] in self.given or s.source == "given-name":
                continue  # a first name alone that names no one of the document
            out.append(s)
        return self._family_names(toks, out, words_of)

    def _same_by_end(self, long: tuple[str, ...], short: tuple[str, ...]) -> bool:
        """Whether a name that ends another names the same person: a family name (صالح for علي عبد الله
        صالح), the father's and family name as news shortens some (عبدالله صالح), a middle and a family
        name (فالتر شتاينماير); not a father's name after ``بن`` (سلمان بن عبدالعزيز in محمد بن سلمان بن
        عبدالعزيز), nor a listed person of its own (عمر الشريف in طارق عمر الشريف)."""
        if long[-len(short) :] != short or long[-len(short) - 1] in _CHAIN_LINKS:
            return False  # after بن: a forebear (عبدالعزيز in محمد بن نايف بن عبدالعزيز), not a family name
        return len(short) == 1 or short not in self.per_names

    def _name_words(self, text: str) -> tuple[str, ...]:
        return join_abd(tuple(normalize_token_ar(w) for w in text.split()))

    def _family_names(self, toks: Tokens, spans: list[Span], words_of: dict[int, tuple[str, ...]]) -> list[Span]:
        """A named person's family name alone, elsewhere in the text, is that person (one person per
        family name: with two, neither)."""
        families: dict[str, set[str]] = {}
        for s in spans:
            if s.type != "PER":
                continue
            words = words_of.get(id(s)) or self._name_words(s.text)
            last = words[-1] if words else ""
            if len(words) < 2 or len(last) < 3 or last in self.not_name or last in self.given:
                continue
            if len(words) > 2 and (words[-2] in _CHAIN_LINKS or words[-2] in ("ابو", "ال")):
                continue  # محمد بن سلمان: سلمان alone is not him
            # evidence that the span is a name: listed, a rule's chain, a given name first, or the model
            first_given = any(f in self.given for f, _ in clitic_variants(words[0]))
            if not first_given and (s.source == "per-rule" or s.confidence < ALIAS_SEED_CONFIDENCE):
                continue
            families.setdefault(last, set()).add(s.name)
        surnames = {last: next(iter(names)) for last, names in families.items() if len(names) == 1}
        if not surnames:
            return spans
        # a listed place that is the family name (a nisba) of the one person so named: الشدادي is محمد علي
        # الشدادي in his article, not the Syrian town
        relabelled = {}
        for s in spans:
            if s.type == "LOC" and s.source == "gazetteer" and " " not in s.text.strip():
                word = normalize_token_ar(s.text)
                name = next((surnames[f] for f, _c in clitic_variants(word) if f in surnames), None)
                name = name if word.endswith("ي") else None
                if name is not None:
                    relabelled[id(s)] = Span(s.start, s.end, "PER", s.text, name, "alias", "", s.confidence)
        if relabelled:
            spans = [relabelled.get(id(s), s) for s in spans]
        taken = [(s.start, s.end) for s in spans]
        extra: list[Span] = []
        forms = {prefix + last for last in surnames for prefix in _ALIAS_PREFIXES}
        forms.update(c + "ل" + last[1:] for last in surnames if last.startswith("ال") for c in _CONJ)  # للمالكي
        norms = toks.norms
        for i in compress(range(len(norms)), map(forms.__contains__, norms)):
            norm = norms[i]
            if i > 0 and toks.joined[i - 1] and norms[i - 1] in self.chain_links:
                continue  # part of a longer name: بن راشد، آل مكتوم
            for form, clitic in clitic_variants(norm):
                name = surnames.get(form)
                if name is None:
                    continue
                span = self._span(toks, i, i + 1, "PER", name, "alias", clitic)
                if self.tagger is not None and self.tagger.outside(i) >= ALIAS_VETO:
                    break  # the model is sure this word is no name here (صالح عقب: عقب is "after")
                if not any(s < span.end and span.start < e for s, e in taken):
                    extra.append(span)
                    taken.append((span.start, span.end))
                break
        return sorted(spans + extra, key=lambda s: s.start)


def _noted(span: Span, note: str) -> Span:
    return Span(span.start, span.end, span.type, span.text, span.name, span.source, note, span.confidence)


class UserEntries:
    """Names the user added (curation): matched everywhere, before any other extractor."""

    name = "user"

    def __init__(self, additions: tuple[tuple[str, str, str], ...] = ()) -> None:
        entries: dict[tuple[str, ...], list[GazetteerEntry]] = {}
        for surface, canonical, kind in additions:
            key = norm_words(surface)
            if key:
                entries.setdefault(key, []).append(GazetteerEntry(canonical, kind))
        self.trie = build_trie(entries)

    def extract(self, text: str) -> list[Span]:
        if not self.trie:
            return []
        toks = Tokens(text)
        spans = []
        for i, (j, clitic, found) in match_trie(self.trie, toks).items():
            spans.append(DefaultExtractor._span(toks, i, j, found[-1].type, found[-1].canonical, "user", clitic))
        return _resolve_overlaps(spans)


def merge_spans(chosen: list[Span], more: list[Span]) -> list[Span]:
    """``chosen`` plus the spans of ``more`` that overlap none of them."""
    out = list(chosen)
    for span in more:
        if all(span.end <= c.start or c.end <= span.start for c in out):
            out.append(span)
    return sorted(out, key=lambda s: s.start)


def _resolve_overlaps(candidates: list[Span], chosen: list[Span] | None = None) -> list[Span]:
    """Add the longest candidates first (then the most trusted source) to ``chosen``; drop what overlaps."""
    ordered = sorted(candidates, key=lambda s: (-(s.end - s.start), -PRIORITY.get(s.source, 0), s.start))
    chosen = sorted(chosen or [], key=lambda s: s.start)
    starts = [c.start for c in chosen]
    for span in ordered:
        if span.end <= span.start:
            continue
        k = bisect.bisect_left(starts, span.end)  # chosen spans starting before this one ends
        if k and chosen[k - 1].end > span.start:
            continue  # spans are disjoint, so only the last of them can reach into this one
        chosen.insert(k, span)
        starts.insert(k, span.start)
    return chosen
