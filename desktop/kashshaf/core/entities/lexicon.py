"""The word lists behind the default extractor, read from ``resources/entities``.

* ``loc_cldr.tsv`` (generated from CLDR), ``loc.tsv``, ``org.tsv``, ``per.tsv``:
  ``canonical<TAB>alias|alias`` per line, the gazetteers.
* ``lexicon.txt``: sections of words for the context rules (person titles,
  name links, given names, stop words, organisation and place heads).

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


@dataclass(frozen=True)
class GazetteerEntry:
    canonical: str
    type: str


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
        entry = GazetteerEntry(canonical, kind)
        for surface in [canonical, *aliases.split("|")]:
            key = norm_words(surface.strip())
            if key and entry not in into.setdefault(key, []):
                into[key].append(entry)


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
    lexicon.sections.setdefault("stop_words", set()).update((w,) for w in stop_words_ar())
    return lexicon
