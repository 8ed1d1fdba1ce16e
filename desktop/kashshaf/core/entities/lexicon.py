"""The word lists behind the default extractor, read from ``resources/entities``.

* ``loc_cldr.tsv`` (generated from CLDR), ``loc.tsv``, ``org.tsv``, ``per.tsv``:
  ``canonical<TAB>alias|alias`` per line, the gazetteers. A spelling written
  ``?like this`` is also a common word (الخبر "the news", ميتا "dead",
  الهلال "the crescent"): it names the entry only with evidence in the
  text (see :mod:`kashshaf.core.entities.extract`). A person's family name
  alone as an alias (كارتر for جيمي كارتر) names the person only in a
  document that names no one else of that family, and elsewhere stands for
  itself; written ``!أوباما`` it is distinctive enough to name the person
  in any document.
* ``lexicon.txt``: sections of words for the context rules (person titles,
  name links, given names, stop words, organisation and place heads…), and
  ``[ambiguous]``: spellings of any list that are common words too (for
  the generated ``loc_cldr.tsv``, which is not edited by hand).

Everything is normalised with the core's normalisation, so hamza, alef
maksura and teh marbuta variants of a spelling are one entry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kashshaf.core.arabic.normalize import normalize_ar
from kashshaf.core.arabic.stopwords import stop_words_ar
from kashshaf.paths import resource_path

GAZETTEERS = (("loc_cldr.tsv", "LOC"), ("loc.tsv", "LOC"), ("org.tsv", "ORG"), ("per.tsv", "PER"))


def norm_words(phrase: str) -> tuple[str, ...]:
    """A phrase as the tuple of its normalised words (punctuation inside words kept out)."""
    words = (normalize_ar(w) for w in phrase.replace("-", " ").split())  # per word: normalize_ar drops spaces
    return tuple(w for w in words if w)


AMBIGUOUS = "ambiguous"
"""a spelling that is also a common word: it needs evidence (a cue word, the model, a co-referent)"""
SURNAME = "surname"
"""a person's family name alone (كارتر for جيمي كارتر): the person only where the document names
that person in full; otherwise the family name stands for itself"""


@dataclass(frozen=True)
class GazetteerEntry:
    canonical: str
    type: str
    flag: str = ""
    """"" (the spelling names the entry), :data:`AMBIGUOUS` or :data:`SURNAME`"""


@dataclass
class Lexicon:
    entries: dict[tuple[str, ...], list[GazetteerEntry]] = field(default_factory=dict)
    sections: dict[str, set[tuple[str, ...]]] = field(default_factory=dict)

    def words(self, section: str) -> frozenset[str]:
        """The one-word entries of a section."""
        return frozenset(p[0] for p in self.sections.get(section, set()) if len(p) == 1)

    def phrases(self, section: str) -> set[tuple[str, ...]]:
        return self.sections.get(section, set())


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def read_gazetteer(path: Path, kind: str, into: dict[tuple[str, ...], list[GazetteerEntry]]) -> None:
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = _strip_comment(raw)
        if not line.strip():
            continue
        canonical, _, aliases = line.partition("\t")
        canonical = canonical.strip()
        ambiguous_name = canonical.startswith("?")
        canonical = canonical.lstrip("?").strip()
        full = join_abd(norm_words(canonical))
        for n, surface in enumerate([canonical, *aliases.split("|")]):
            surface = surface.strip()
            flag = AMBIGUOUS if (ambiguous_name and n == 0) or surface.startswith("?") else ""
            distinctive = surface.startswith("!")
            key = join_abd(norm_words(surface.lstrip("?!")))
            if not key:
                continue
            if (
                not flag
                and not distinctive
                and kind == "PER"
                and len(key) == 1
                and len(full) > 1
                and key[0] == full[-1]
            ):
                flag = SURNAME
            entry = GazetteerEntry(canonical, kind, flag)
            for variant in {v for k in (key, g_as_j(key)) for v in abd_variants(k)}:
                if entry not in into.setdefault(variant, []):
                    into[variant].append(entry)


def g_as_j(key: tuple[str, ...]) -> tuple[str, ...]:
    """Foreign names with غ as many write them, with ج (نيكاراغوا، نيكاراجوا; هامبورغ، هامبورج):
    words of five letters or more, without the article (المغرب is not المجرب)."""
    return tuple(w.replace("غ", "ج") if len(w) >= 5 and not w.startswith("ال") else w for w in key)


def join_abd(words: tuple[str, ...]) -> tuple[str, ...]:
    """``عبد الله`` written apart as one word, ``عبدالله``, as news mostly writes it."""
    if "عبد" not in words[:-1]:
        return words
    out: list[str] = []
    skip = False
    for k, w in enumerate(words):
        if skip:
            skip = False
            continue
        if w == "عبد" and k + 1 < len(words):
            out.append(w + words[k + 1])
            skip = True
        else:
            out.append(w)
    return tuple(out)


def abd_variants(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The key with its ``عبدX`` words joined (as given) and apart (``عبد X``): texts write both."""
    if not any(w.startswith("عبد") and len(w) > 4 for w in key):
        return [key]
    apart: list[str] = []
    for w in key:
        if w.startswith("عبد") and len(w) > 4:
            apart.extend(("عبد", w[3:]))
        else:
            apart.append(w)
    return [key, tuple(apart)]


def read_sections(path: Path) -> dict[str, set[tuple[str, ...]]]:
    sections: dict[str, set[tuple[str, ...]]] = {}
    current: set[tuple[str, ...]] | None = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = _strip_comment(raw).strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], set())
            continue
        if current is not None:
            key = norm_words(line)
            if key:
                current.add(key)
    return sections


@lru_cache(maxsize=4)
def load_lexicon(folder: str | None = None) -> Lexicon:
    base = Path(folder) if folder else Path(resource_path("entities"))
    lexicon = Lexicon()
    for name, kind in GAZETTEERS:
        path = base / name
        if path.exists():
            read_gazetteer(path, kind, lexicon.entries)
    lexicon.sections = read_sections(base / "lexicon.txt")
    for key in lexicon.sections.get("ambiguous", set()):  # spellings of generated lists (CLDR) that are words too
        for variant in abd_variants(join_abd(key)):
            if variant in lexicon.entries:
                lexicon.entries[variant] = [
                    GazetteerEntry(e.canonical, e.type, AMBIGUOUS) for e in lexicon.entries[variant]
                ]
    stop = lexicon.sections.setdefault("stop_words", set())
    stop.update((w,) for w in stop_words_ar())
    # the preposition على is read as written (ى): علي, the name, is no function word
    stop.discard(("علي",))
    stop.add(("على",))
    return lexicon
