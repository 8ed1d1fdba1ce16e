"""Arabic normalisation for matching.

Each rule is a small ``<operation>_ar`` function (camel-tools naming) so the
rules can be tested one by one; :func:`normalize_ar` composes them in the
order that matters (NFKC first, so that presentation-form ligatures such as
``ﻹ`` become ``لإ`` before the alef rule sees them).

NFKC (with camel-tools' two fixes), diacritic removal (U+064B–U+0652 and
U+0670) and the alef, alef-maksura and teh-marbuta rules give what
camel-tools' ``normalize_unicode``, ``dediac_ar`` and ``normalize_*_ar`` give
(``tests/unit/core/test_normalize_camel_equivalence.py`` compares them on
every code point and on real news); they are written out here because
importing ``camel_tools.utils`` scans all of Unicode for its character sets
(0.5–0.9 s at every start). Kashshaf adds what they leave out: U+0653–U+065F
and the Quranic marks, tatweel, hamza carriers (ؤ ئ), Persian-keyboard
letters and Arabic-Indic/Persian digits.

Normalisation is applied per token, never to a whole text before
tokenising: token offsets must point into the original text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

TATWEEL = "\u0640"

# camel-tools' normalize_unicode maps these two ligatures before NFKC: NFKC
# spells ﷼ with a Farsi yeh (ریال) and leaves ﷽ as it is.
_NFKC_FIXES = str.maketrans({"\ufdfc": "ريال", "\ufdfd": "بسم الله الرحمن الرحيم"})
# camel-tools' AR_DIAC_CHARSET: the harakat U+064B–U+0652 and dagger alef U+0670
_HARAKAT_RE = re.compile("[\u064b-\u0652\u0670]")
# camel-tools' alef forms: إ أ ٱ آ
_ALEF_RE = re.compile("[\u0625\u0623\u0671\u0622]")

# Marks camel-tools' dediac_ar leaves: maddah/hamza above/below (U+0653–U+0655),
# the rarer combining marks up to U+065F, and Quranic annotation marks.
_EXTRA_MARKS_RE = re.compile("[\u0653-\u065f\u06d6-\u06ed\u08d3-\u08ff]")
# Invisible characters used inside words (zero-width space/joiners, soft
# hyphen, word joiner, bidi marks): they split or hide nothing a reader sees.
_INVISIBLE_RE = re.compile("[\u00ad\u200b-\u200f\u2060\u202a-\u202e\ufeff]")
_NON_WORD_RE = re.compile(r"[^\w]|_", re.UNICODE)

_HAMZA_CARRIERS = str.maketrans({"\u0624": "\u0648", "\u0626": "\u064a"})
# ی Farsi yeh, ے yeh barree, ک keheh, ڪ swash kaf, ۀ heh with yeh above, ە ae, ہ heh goal
_PERSIAN_FROM = "\u06cc\u06d2\u06a9\u06aa\u06c0\u06d5\u06c1"
_PERSIAN_TO = "\u064a\u064a\u0643\u0643\u0647\u0647\u0647"
_PERSIAN_LETTERS = str.maketrans(_PERSIAN_FROM, _PERSIAN_TO)
_DIGITS = str.maketrans({chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)})


def normalize_nfkc_ar(text: str) -> str:
    """NFKC: presentation forms and ligatures (ﻹ ﻷ ﷲ …) to plain letters; ﷼ and ﷽ spelled out
    (camel-tools' ``normalize_unicode``)."""
    return unicodedata.normalize("NFKC", text.translate(_NFKC_FIXES))


def dediac_ar(text: str) -> str:
    """Remove harakat (U+064B–U+0652), dagger alef U+0670, U+0653–U+065F and Quranic marks."""
    return _EXTRA_MARKS_RE.sub("", _HARAKAT_RE.sub("", text))


def strip_tatweel_ar(text: str) -> str:
    """Remove tatweel (kashida), the stretching character ``ـ``."""
    return text.replace(TATWEEL, "")


def strip_invisible_ar(text: str) -> str:
    """Remove zero-width and bidi control characters."""
    return _INVISIBLE_RE.sub("", text)


def normalize_alef_ar(text: str) -> str:
    """آ أ إ ٱ → ا."""
    return _ALEF_RE.sub("\u0627", text)


def normalize_alef_maksura_ar(text: str) -> str:
    """ى → ي."""
    return text.replace("\u0649", "\u064a")


def normalize_teh_marbuta_ar(text: str) -> str:
    """ة → ه."""
    return text.replace("\u0629", "\u0647")


def normalize_hamza_carriers_ar(text: str) -> str:
    """ؤ → و, ئ → ي."""
    return text.translate(_HAMZA_CARRIERS)


def normalize_persian_ar(text: str) -> str:
    """Persian-keyboard letters to their Arabic forms: ی → ي, ک → ك, ۀ → ه."""
    return text.translate(_PERSIAN_LETTERS)


def normalize_digits_ar(text: str) -> str:
    """Arabic-Indic (٠–٩) and Persian (۰–۹) digits → ASCII."""
    return text.translate(_DIGITS)


def keep_word_chars_ar(text: str) -> str:
    """Drop everything that is not a letter or digit.

    Used last, on a single token: it removes the dots of an obfuscated
    ``داعـ.ـش`` and the space inside a re-joined ``ق سد``.
    """
    return _NON_WORD_RE.sub("", text)


def normalize_steps_ar(text: str) -> str:
    """:func:`normalize_ar` spelled out rule by rule (the reference the fast
    version is tested against)."""
    text = strip_invisible_ar(text)
    text = normalize_nfkc_ar(text)
    text = dediac_ar(text)
    text = strip_tatweel_ar(text)
    text = normalize_alef_ar(text)
    text = normalize_alef_maksura_ar(text)
    text = normalize_teh_marbuta_ar(text)
    text = normalize_hamza_carriers_ar(text)
    text = normalize_persian_ar(text)
    text = normalize_digits_ar(text)
    text = keep_word_chars_ar(text)
    return text.lower()


# normalize_ar in one pass: the rules after NFKC are one-character mappings
# and deletions, so they fold into one translate table.
_LIGHT_FOLDS: dict[str, str | None] = {
    **{chr(c): None for c in range(0x064B, 0x0660)},  # harakat and U+0653–U+065F
    "\u0670": None,  # dagger alef
    "\u0640": None,  # tatweel
    **{c: None for c in "\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\u202a\u202b\u202c\u202d\u202e\ufeff"},
    **{c: "\u0627" for c in "\u0622\u0623\u0625\u0671"},  # آ أ إ ٱ → ا
    "\u0649": "\u064a",  # ى → ي
    "\u0629": "\u0647",  # ة → ه
    "\u0624": "\u0648",  # ؤ → و
    "\u0626": "\u064a",  # ئ → ي
}
LIGHT_FOLD_TABLE_AR = str.maketrans(_LIGHT_FOLDS)
"""Diacritics, tatweel and invisibles dropped, alef/yeh/teh-marbuta/hamza
forms folded: what boilerplate matching in cleaning needs."""

_FAST_TABLE = str.maketrans(
    {
        **_LIGHT_FOLDS,
        **{chr(c): None for c in range(0x06D6, 0x06EE)},  # Quranic marks
        **{chr(c): None for c in range(0x08D3, 0x0900)},
        **{k: v for k, v in zip(_PERSIAN_FROM, _PERSIAN_TO, strict=True)},
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **{chr(0x06F0 + i): str(i) for i in range(10)},
    }
)
# NFKC changes nothing in ASCII and in the basic Arabic block; elsewhere
# (presentation forms, ligatures, compatibility letters) it is applied.
_NEEDS_NFKC_RE = re.compile("[^\x00-\x7f\u0600-\u06ff\u200b-\u200f\u2060\u202a-\u202e\u00ad]")


def normalize_ar(text: str) -> str:
    """Full normalisation of one token for matching (see module docstring)."""
    if _NEEDS_NFKC_RE.search(text):
        text = normalize_nfkc_ar(strip_invisible_ar(text))
    text = text.translate(_FAST_TABLE)
    if not text.isalnum():
        text = keep_word_chars_ar(text)
    return text.lower()


normalize_token_ar = lru_cache(maxsize=500_000)(normalize_ar)
"""Cached :func:`normalize_ar` for tokens: a corpus' vocabulary is small."""
