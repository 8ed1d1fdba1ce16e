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
from typing import Protocol

from kashshaf.core.arabic.normalize import normalize_token_ar
from kashshaf.core.arabic.tokenize import TokenSpan, tokenize_ar
from kashshaf.core.entities.lexicon import GazetteerEntry, Lexicon, load_lexicon, norm_words

ENTITY_TYPES = ("PER", "ORG", "LOC")

_CONJ = ("", "و", "ف")
_PREP = ("", "ب", "ل", "ك")
_QUOTES = "\"'«»“”„‘’"
_ARABIC_WORD = re.compile(r"^[\u0621-\u064a]+$")
_NISBA_ENDS = ("ي", "يه", "يون", "يين", "يان", "يتين")

PRIORITY = {"gazetteer": 3, "org-rule": 2, "per-rule": 2, "loc-rule": 2, "given-name": 1, "alias": 0, "model": 3}


@dataclass(frozen=True, slots=True)
class Span:
    """One mention found in a text: offsets into that text, its type and canonical name."""

    start: int
    end: int
    type: str
    text: str
    name: str
    source: str = "gazetteer"


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
    """The tokens of one text with their normalised forms and the gaps between them."""

    def __init__(self, text: str, is_known: Callable[[str], bool] | None = None) -> None:
        self.text = text
        self.spans: list[TokenSpan] = tokenize_ar(text, is_known)
        self.norms = [normalize_token_ar(t.text) for t in self.spans]
        self.starts = [t.start for t in self.spans]
        ends = [t.end for t in self.spans]
        # two words are joined when only spaces (and at most one line break) stand between them
        self.joined = [
            (gap == " " or not gap or (gap.isspace() and gap.count("\n") < 2))
            for gap in (text[e:s] for e, s in zip(ends, self.starts[1:], strict=False))
        ]
        self.joined.append(False)

    def __len__(self) -> int:
        return len(self.spans)

    def gap(self, i: int) -> str:
        """The text between token ``i`` and the next."""
        if i + 1 >= len(self.spans):
            return ""
        return self.text[self.spans[i].end : self.spans[i + 1].start]


def match_trie(trie: Trie, toks: Tokens, starts: dict[str, tuple[tuple[TrieNode, int], ...]] | None = None) -> Gaz:
    """token index -> the longest entry of ``trie`` starting there (a clitic may lead its first word).

    ``starts`` caches, per normalised word, the trie nodes its clitic forms begin.
    """
    found: Gaz = {}
    norms, joined = toks.norms, toks.joined
    cache = starts if starts is not None else {}
    for i in range(len(norms)):
        first = cache.get(norms[i])
        if first is None:
            first = cache[norms[i]] = tuple(
                (hit, clitic) for form, clitic in clitic_variants(norms[i]) if (hit := trie.get(form)) is not None
            )
        if not first:
            continue
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


class DefaultExtractor:
    """Gazetteers + context rules + aliases; see the module docstring."""

    name = "default"

    def __init__(self, lexicon: Lexicon | None = None, is_known: Callable[[str], bool] | None = None) -> None:
        lex = lexicon or load_lexicon()
        self.is_known = is_known
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
        self._trigger_cache: dict[str, bool] = {}
        self._trie_starts: dict[str, tuple[tuple[TrieNode, int], ...]] = {}
        # a rule can only start at a word one of these (behind a clitic or not): the others are skipped
        self.triggers = (
            self.org_heads | self.weak_org_heads | set(self.titles) | self.given | self.place_heads | {"عبد", "ابو"}
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
        return match_trie(self.trie, toks, self._trie_starts)

    @staticmethod
    def _span(toks: Tokens, i: int, j: int, kind: str, name: str | None, source: str, clitic: int = 0) -> Span:
        first = toks.spans[i]
        start = first.start + _surface_offset(first.text, clitic)
        end = toks.spans[j - 1].end
        text = toks.text[start:end]
        return Span(start, end, kind, text, name or text, source)

    def _title_end(self, toks: Tokens, i: int) -> int | None:
        """The token after a person title starting at ``i`` (longest title), or None."""
        best = None
        for form, _clitic in clitic_variants(toks.norms[i]):
            node = self.titles.get(form)
            j = i
            while node is not None:
                if node.entries:
                    best = max(best or 0, j + 1)
                if not toks.joined[j] or j + 1 >= len(toks):
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

    def _name_after(self, toks: Tokens, k: int, gaz: Gaz, trusted_single: bool = False) -> int | None:
        """End (exclusive) of a person name starting at ``k``, or None.

        At most two name words (a name link such as بن or عبد takes the next
        word along: خالد بن حمد), then perhaps a definite family name (بشار
        الأسد، محمد عبدالله القرقاوي). A word starting with و after the first
        starts a new name (coordination); an imperfect verb ends the name. A
        lone unknown word is not a name unless ``trusted_single`` or it is a
        known given name or person.
        """
        norms, n = toks.norms, len(toks)
        j = k
        words = 0
        limit = 2
        while j < n and words < limit:
            norm = norms[j]
            if (j > k and norm.startswith("و") and norm not in self.given) or self._verb_like(norm):
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
            if self.is_name_word(norm) and (j not in gaz or any(e.type == "PER" for e in gaz[j][2])):
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
            and j not in gaz
        ):
            j += 1  # a definite family name: بشار الأسد، محمد عبدالله القرقاوي
        if j - k == 1 and not trusted_single and norms[k] not in self.given:
            if not (k in gaz and any(e.type == "PER" for e in gaz[k][2])):
                return None
        return j

    def _org_rule(self, toks: Tokens, i: int, gaz: Gaz) -> Span | None:
        """Head + complement: indefinite nouns, then a definite noun (or a
        known organisation), then nisba adjectives."""
        norms, n = toks.norms, len(toks)
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
        """An organisation head followed by a quoted name: the quoted words are the name."""
        norms, n = toks.norms, len(toks)
        heads = self.org_heads | self.weak_org_heads
        if i + 1 >= n or not any(form in heads for form, _ in clitic_variants(norms[i])):
            return None
        if toks.gap(i).strip() not in tuple(_QUOTES):
            return None
        for j in range(i + 1, min(n, i + 7)):
            after = toks.gap(j).strip()
            if after[:1] in _QUOTES and after:
                return self._span(toks, i + 1, j + 1, "ORG", None, "org-rule")
            if not toks.joined[j]:
                return None
        return None

    def _person_after_title(self, toks: Tokens, i: int, gaz: Gaz) -> Span | None:
        title_end = self._title_end(toks, i)
        if title_end is None:
            return None
        n = len(toks)
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
        norms, n = toks.norms, len(toks)
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
        if clitic:
            end = self._name_after_clitic(toks, i, gaz)
        else:
            end = self._name_after(toks, i, gaz)
        if end is None or end - i < 2:
            return None
        return self._span(toks, start, end, "PER", None, "given-name", clitic if start == i else 0)

    def _name_after_clitic(self, toks: Tokens, i: int, gaz: Gaz) -> int | None:
        """Like :meth:`_name_after` for a first word behind و (its و does not end the name)."""
        if i + 1 >= len(toks) or not toks.joined[i]:
            return None
        end = self._name_after(toks, i + 1, gaz, trusted_single=True)
        return end

    def _place_after_head(self, toks: Tokens, i: int, gaz: Gaz) -> Span | None:
        n = len(toks)
        if i + 1 >= n or not toks.joined[i] or (i + 1) in gaz:
            return None
        if not any(f in self.place_heads for f, _ in clitic_variants(toks.norms[i])):
            return None
        norm = toks.norms[i + 1]
        if not self.is_name_word(norm) or norm in self.given or norm.endswith(("يه", "ي")) or norm.startswith("و"):
            return None
        return self._span(toks, i + 1, i + 2, "LOC", None, "loc-rule")

    # --- extraction ------------------------------------------------------------

    def extract(self, text: str) -> list[Span]:
        toks = Tokens(text, self.is_known)
        n = len(toks)
        if not n:
            return []
        gaz = self._gazetteer(toks)
        trusted: list[Span] = []
        for i, (j, clitic, entries) in gaz.items():
            kind = self._choose_type(toks, i, entries)
            canonical = next(e.canonical for e in entries if e.type == kind)
            trusted.append(self._span(toks, i, j, kind, canonical, "gazetteer", clitic))
        rules: list[Span] = []
        for i in range(n):
            if not self._triggers(toks.norms[i]):
                continue
            for method in (self._quoted_org, self._org_rule, self._person_after_title, self._given_name):
                found = method(toks, i, gaz)
                if found is not None:
                    rules.append(found)
            place = self._place_after_head(toks, i, gaz)
            if place is not None:
                rules.append(place)
        trusted = [self._with_first_name(toks, s) for s in trusted]
        chosen = _resolve_overlaps(trusted)
        # a rule's person name that contains a listed one and goes further wins (هيلاري كلينتون)
        for rule in rules:
            if rule.type != "PER":
                continue
            inside = [c for c in chosen if c.start < rule.end and rule.start < c.end]
            if inside and all(c.type == "PER" and rule.start <= c.start and c.end <= rule.end for c in inside):
                if rule.end - rule.start > sum(c.end - c.start for c in inside):
                    chosen = [c for c in chosen if c not in inside]
                    chosen.append(Span(rule.start, rule.end, "PER", rule.text, inside[0].name, rule.source))
        chosen = _resolve_overlaps(rules, chosen)
        return self._aliases(toks, chosen)

    def _with_first_name(self, toks: Tokens, span: Span) -> Span:
        """A listed one-word person (a family name) takes the given name before it: جورج بوش."""
        if span.type != "PER" or span.source != "gazetteer":
            return span
        i = bisect.bisect_right(toks.starts, span.start) - 1
        if i <= 0 or toks.spans[i].end != span.end or not toks.joined[i - 1]:
            return span
        before = toks.norms[i - 1]
        if before not in self.given and not (before.startswith("و") and before[1:] in self.given):
            return span  # only a known given name: a common word before a name is not part of it
        if any(t.start < span.start < t.end for t in toks.spans[i - 1 : i]):
            return span
        clitic = 1 if before.startswith("و") and before[1:] in self.given else 0
        start = toks.spans[i - 1].start + _surface_offset(toks.spans[i - 1].text, clitic)
        return Span(start, span.end, "PER", toks.text[start : span.end], span.name, span.source)

    def _choose_type(self, toks: Tokens, i: int, entries: list[GazetteerEntry]) -> str:
        kinds = [e.type for e in entries]
        if len(set(kinds)) == 1 or i == 0:
            return kinds[0]
        before = toks.norms[i - 1]
        if before in self.title_words and "PER" in kinds:
            return "PER"
        if before in self.place_heads and "LOC" in kinds:
            return "LOC"
        if before in self.org_heads and "ORG" in kinds:
            return "ORG"
        return kinds[0]

    def _aliases(self, toks: Tokens, spans: list[Span]) -> list[Span]:
        """A person's family name alone, elsewhere in the text, is the same person."""
        surnames: dict[str, str] = {}
        for s in spans:
            if s.type != "PER":
                continue
            words = [normalize_token_ar(w) for w in s.text.split()]
            last = words[-1] if words else ""
            if len(words) < 2 or len(last) < 3 or last in self.not_name or last in self.given:
                continue
            # evidence that the span is a name: a listed person, or a known given name first
            # (a name found after a title alone may have run into a common word)
            first_given = any(f in self.given for f, _ in clitic_variants(words[0]))
            if s.source != "gazetteer" and not first_given:
                continue
            surnames.setdefault(last, s.name)
        if not surnames:
            return spans
        taken = [(s.start, s.end) for s in spans]
        extra: list[Span] = []
        for i, norm in enumerate(toks.norms):
            if i > 0 and toks.joined[i - 1] and toks.norms[i - 1] in self.links | {"ابي", "ال"}:
                continue  # part of a longer name: بن راشد، آل مكتوم
            for form, clitic in clitic_variants(norm):
                name = surnames.get(form)
                if name is None:
                    continue
                span = self._span(toks, i, i + 1, "PER", name, "alias", clitic)
                if not any(s < span.end and span.start < e for s, e in taken):
                    extra.append(span)
                    taken.append((span.start, span.end))
                break
        return sorted(spans + extra, key=lambda s: s.start)


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
