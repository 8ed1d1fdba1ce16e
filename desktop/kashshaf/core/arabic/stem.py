"""Light Arabic stemmer: clitic and suffix stripping on NORMALISED tokens.

It applies every rule of Lucene's ArabicStemmer (Larkey, Ballesteros and
Connell's "light8"): strip ONE prefix of ال وال بال كال فال لل (not Lucene's lone و: see below), then each
suffix of ها ان ات ون ين يه ه ي in turn, each only when at least two letters
stay (three for the one-letter و). On top of Lucene it strips the compound
clitics وبال وكال فبال فكال ولل فلل, the pronoun suffixes هما هم كم and the
dual تين/تان, so that الدولتين and دولة meet.

Lucene also strips a lone و from any word of four letters or more, which
takes وزير to زير while الوزير becomes وزير, so that the two never meet, and
وارد to ارد. Here a one-letter clitic (و ف ب ل ك) is split off only where
the corpus supports it, by :mod:`kashshaf.core.arabic.clitics`, and the index
holds both forms.

Names must not collapse into each other or into common words: لبنان is not
لبن, بوتين is not بوت, عثمان is not عثم. Words listed in
``resources/arabic/stem_protected.txt`` (normalised) keep their suffixes;
only their leading clitics are stripped (ولبنان → لبنان), including the
one-letter ب ل ك ف that are otherwise left alone (لقسد → قسد).
"""

from __future__ import annotations

from functools import lru_cache

from kashshaf.core.arabic.normalize import normalize_ar
from kashshaf.paths import resource_path

# Longest first, so that وال wins over و; one prefix only.
PREFIXES: tuple[str, ...] = (
    "وبال",
    "وكال",
    "فبال",
    "فكال",
    "وال",
    "فال",
    "بال",
    "كال",
    "ولل",
    "فلل",
    "لل",
    "ال",
)
# Applied in this order, each at most once (Lucene's loop), longer before shorter.
SUFFIXES: tuple[str, ...] = (
    "هما",
    "ها",
    "هم",
    "كم",
    "تين",
    "تان",
    "ان",
    "ات",
    "ون",
    "ين",
    "يه",
    "ه",
    "ي",
)
# Lucene's own suffixes keep two letters; the ones Kashshaf adds keep three.
_LUCENE_SUFFIXES = frozenset({"ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"})


def _load_protected() -> frozenset[str]:
    path = resource_path("arabic", "stem_protected.txt")
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            word = normalize_ar(line)
            # Stored without the article: الرقة and بالرقة both reach رقه.
            if word.startswith("ال") and len(word) > 4:
                word = word[2:]
            words.add(word)
    return frozenset(words)


PROTECTED: frozenset[str] = _load_protected()


def strip_prefix_ar(word: str) -> str:
    """Strip one leading clitic (Lucene's length checks)."""
    n = len(word)
    for prefix in PREFIXES:
        if word.startswith(prefix):
            if len(prefix) == 1:
                if n < 4:
                    continue
            elif n < len(prefix) + 2:
                continue
            return word[len(prefix) :]
    return word


def strip_suffixes_ar(word: str) -> str:
    """Strip suffixes in Lucene's order, each at most once."""
    for suffix in SUFFIXES:
        keep = 2 if suffix in _LUCENE_SUFFIXES else 3
        if word.endswith(suffix) and len(word) >= len(suffix) + keep:
            word = word[: -len(suffix)]
    return word


# One-letter proclitics (and their pairs) that Lucene leaves alone because
# stripping them blindly breaks words (بريطانيا, فرنسا); they are stripped
# only when what remains is a protected name: لقسد, بدمشق, لداعش, وبروسيا.
NAME_CLITICS: tuple[str, ...] = ("وب", "ول", "وك", "فب", "فل", "ب", "ل", "ك", "ف", "و")


def light_stem_ar(word: str) -> str:
    """Stem one normalised token. Protected names keep their suffixes."""
    if word in PROTECTED:
        return word
    stripped = strip_prefix_ar(word)
    if stripped in PROTECTED:
        return stripped
    for clitic in NAME_CLITICS:
        if word.startswith(clitic) and word[len(clitic) :] in PROTECTED:
            return word[len(clitic) :]
    return strip_suffixes_ar(stripped)


stem_token_ar = lru_cache(maxsize=500_000)(light_stem_ar)
"""Cached :func:`light_stem_ar`."""
