"""The Arabic stop-word list shipped in ``resources/arabic/stopwords.txt``."""

from __future__ import annotations

from functools import lru_cache

from kashshaf.core.arabic.normalize import normalize_ar
from kashshaf.paths import resource_path


@lru_cache(maxsize=1)
def stop_words_ar() -> frozenset[str]:
    """Normalised stop words (function words only)."""
    words = set()
    text = resource_path("arabic", "stopwords.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.add(normalize_ar(line))
    return frozenset(words)
