"""Choosing the extractor and turning its spans into what the store keeps.

The default extractor is always there. camel-tools' NER model is used as
well when its data is installed (see :mod:`kashshaf.core.entities.camel`):
its spans first, the default's where the model found nothing. Entities the
user added (curation) are matched before anything else.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import lru_cache

from kashshaf.core.arabic.normalize import normalize_token_ar
from kashshaf.core.arabic.tokenize import WORD_RE, WordOffsets
from kashshaf.core.entities.extract import DefaultExtractor, Extractor, Span, UserEntries, merge_spans
from kashshaf.core.entities.store import ExtractedSpan

EXTRACTOR_ENV = "KASHSHAF_EXTRACTOR"
"""``default`` (gazetteers and rules only), ``camel`` (the model alone) or unset (both when the model is installed)"""


class MergedExtractor:
    """Spans of the first extractor, then those of the others that do not overlap them."""

    def __init__(self, *extractors: Extractor) -> None:
        self.extractors = extractors
        self.name = "+".join(e.name for e in extractors)

    def extract(self, text: str, found: WordOffsets | None = None) -> list[Span]:
        chosen: list[Span] = []
        for extractor in self.extractors:
            spans = (
                extractor.extract(text, found) if isinstance(extractor, DefaultExtractor) else extractor.extract(text)
            )
            chosen = merge_spans(chosen, spans)
        return chosen


@lru_cache(maxsize=8)
def _make(additions: tuple[tuple[str, str, str], ...], user_only: bool, mode: str) -> Extractor:
    user = UserEntries(additions)
    if user_only:
        return user
    default = DefaultExtractor()
    parts: list[Extractor] = [user] if additions else []
    if mode != "default":
        from kashshaf.core.entities.camel import camel_extractor

        model = camel_extractor()
        if model is not None:
            parts.append(model)
            if mode == "camel":
                return MergedExtractor(*parts)
    parts.append(default)
    return parts[0] if len(parts) == 1 else MergedExtractor(*parts)


EXTRACTOR_RULES = "18"
"""bumped with a change of the rules or resolution that the files of resources/entities do not show"""


@lru_cache(maxsize=1)
def extractor_fingerprint() -> str:
    """What the extractor's findings depend on: its rules' version and the bytes of its word lists and
    model. A corpus extracted under another fingerprint is extracted again when opened."""
    import hashlib
    from pathlib import Path

    from kashshaf.paths import resource_path

    digest = hashlib.sha1(EXTRACTOR_RULES.encode())
    folder = Path(resource_path("entities"))
    for path in sorted(folder.iterdir()):
        if path.is_file() and path.suffix in (".txt", ".tsv", ".model"):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def make_extractor(
    additions: list[tuple[str, str, str]] | tuple[tuple[str, str, str], ...] = (), *, user_only: bool = False
) -> Extractor:
    """The extractor for a corpus: the user's additions, camel-tools' model when installed, the default."""
    frozen = tuple((a[0], a[1], a[2]) for a in additions)
    return _make(frozen, user_only, os.environ.get(EXTRACTOR_ENV, "auto"))


def spans_for(extractor: Extractor, text: str, found: WordOffsets | None = None) -> list[ExtractedSpan]:
    """The extractor's spans over ``text`` as rows for the store (``found``: the text's
    :func:`~kashshaf.core.arabic.tokenize.word_offsets`, when the caller has them).

    Split words (``ق سد``) are joined when the document itself also writes
    them joined: the document's own words are the evidence.
    """
    if isinstance(extractor, DefaultExtractor | MergedExtractor):
        _set_known(extractor, _DocumentWords(text, found[0] if found is not None else None))
        spans = extractor.extract(text, found)
    else:
        spans = extractor.extract(text)
    return [(s.start, s.end, s.text, s.name, s.type, s.source) for s in spans]


class _DocumentWords:
    """``is_known`` over one document's own words, computed on first use (most texts have no split words)."""

    def __init__(self, text: str, surface: list[str] | None = None) -> None:
        self.text = text
        self.surface = surface
        """the text's surface words, when the caller has them"""
        self.words: set[str] | None = None

    def __call__(self, word: str) -> bool:
        if self.words is None:
            surface = self.surface if self.surface is not None else WORD_RE.findall(self.text)
            self.words = {normalize_token_ar(w) for w in surface}
        return word in self.words


def _set_known(extractor: Extractor, known: Callable[[str], bool] | None) -> None:
    if isinstance(extractor, DefaultExtractor):
        extractor.is_known = known
    elif isinstance(extractor, MergedExtractor):
        for part in extractor.extractors:
            _set_known(part, known)
