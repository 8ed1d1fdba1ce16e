"""Article metadata from page text: publication date and outlet.

Dates: ``2021.02.13 | 08:34``, ``2021-02-13``, ``13/02/2021``,
``12 نوفمبر 2022``, ``12 تشرين الثاني 2022``, ``الأحد 12 نوفمبر/تشرين الثاني 2022``,
in ASCII, Arabic-Indic or Persian digits. Both Arabic month-name series (يناير …
and كانون الثاني …) and the Maghrebi one (جانفي …) are understood.

Outlet: an ``المصدر:`` line, or a credit line ``X - متابعات`` / ``X – خاص``
whose X is not a place (``إسطنبول - متابعات`` is a dateline).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from kashshaf.core.arabic.normalize import LIGHT_FOLD_TABLE_AR, normalize_digits_ar
from kashshaf.paths import resource_path

HEADER_LINES = 12
"""Date lines are looked for among the first lines of a page."""
DATE_LINE_MAX_CHARS = 90
"""A date line is short: a date, a time, perhaps a place or "آخر تحديث"."""

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        "يناير كانون الثاني جانفي",
        "فبراير شباط فيفري",
        "مارس آذار",
        "أبريل ابريل إبريل نيسان أفريل",
        "مايو أيار ماي",
        "يونيو يونيه حزيران جوان",
        "يوليو يوليه تموز جويلية",
        "أغسطس اغسطس آب أوت",
        "سبتمبر أيلول شتنبر",
        "أكتوبر اكتوبر تشرين الأول",
        "نوفمبر تشرين الثاني نونبر",
        "ديسمبر كانون الأول دجنبر",
    ],
    start=1,
):
    # two-word names ("كانون الثاني") are kept whole
    words = _names.split()
    i = 0
    while i < len(words):
        if words[i] in ("كانون", "تشرين") and i + 1 < len(words):
            _MONTHS[words[i] + " " + words[i + 1]] = _number
            i += 2
        else:
            _MONTHS[words[i]] = _number
            i += 1


def _fold(text: str) -> str:
    return normalize_digits_ar(text.translate(LIGHT_FOLD_TABLE_AR))


_FOLDED_MONTHS = {_fold(name): number for name, number in _MONTHS.items()}
_MONTH_ALT = "|".join(sorted((re.escape(m) for m in _FOLDED_MONTHS), key=len, reverse=True))
_DAY_NAMES = "(?:ال)?(?:سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه)"
_TIME = r"(?:\s*[|،,\-–]?\s*(?P<hh>\d{1,2}):(?P<mm>\d{2})(?::\d{2})?(?:\s*(?:ص|م|AM|PM|am|pm))?)?"

_DATE_PATTERNS = [
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})[./\-](?P<m>\d{1,2})[./\-](?P<d>\d{1,2})(?!\d)" + _TIME),
    re.compile(r"(?<!\d)(?P<d>\d{1,2})[./\-](?P<m>\d{1,2})[./\-](?P<y>(?:19|20)\d{2})(?!\d)" + _TIME),
    re.compile(
        rf"(?:{_DAY_NAMES}\s*[،,]?\s*)?(?<!\d)(?P<d>\d{{1,2}})\s*(?P<mon>{_MONTH_ALT})"
        rf"(?:\s*/\s*(?:{_MONTH_ALT}))?\s*[،,]?\s*(?P<y>(?:19|20)\d{{2}})(?!\d)" + _TIME
    ),
]


@dataclass(frozen=True, slots=True)
class FoundDate:
    iso: str
    """``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM``"""
    text: str
    """the text it was read from"""

    def as_datetime(self) -> datetime:
        return datetime.fromisoformat(self.iso)


def find_date_ar(text: str) -> tuple[FoundDate, int, int] | None:
    """The first full date in ``text`` and its span (day, month and year needed)."""
    folded = _fold(text)
    # _fold keeps the length (each rule maps one character to one or none);
    # when it does not, offsets are only approximate, which is fine for a date.
    best: tuple[FoundDate, int, int] | None = None
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(folded):
            parsed = _to_found(m, text)
            if parsed is not None and (best is None or m.start() < best[1]):
                best = (parsed, m.start(), m.end())
                break
    return best


def _to_found(m: re.Match[str], original: str) -> FoundDate | None:
    groups = m.groupdict()
    try:
        year = int(groups["y"])
        month = _FOLDED_MONTHS[groups["mon"]] if groups.get("mon") else int(groups["m"])
        day = int(groups["d"])
        value = date(year, month, day)
    except (KeyError, ValueError):
        return None
    iso = value.isoformat()
    if groups.get("hh") is not None:
        hour, minute = int(groups["hh"]), int(groups["mm"])
        if hour < 24 and minute < 60:
            iso += f"T{hour:02d}:{minute:02d}"
    text = m.group(0).strip()
    return FoundDate(iso=iso, text=text)


_DATE_LINE_EXTRA_WORDS = 4


def date_line(line: str) -> FoundDate | None:
    """The date of a line that is (almost) only a date: ``2021.02.13 | 08:34 دمشق``,
    ``12 نوفمبر 2022آخر تحديث :``."""
    found = find_date_ar(line)
    if found is None:
        return None
    parsed, start, end = found
    rest = _fold(line)
    rest = rest[:start] + " " + rest[end:]
    rest = re.sub(r"(اخر تحديث|تاريخ النشر|نشر في|نشر بتاريخ|منذ|بتوقيت \S+)", " ", rest)
    words = re.findall(r"\w+", rest)
    return parsed if len(words) <= _DATE_LINE_EXTRA_WORDS else None


@lru_cache(maxsize=1)
def _dateline_places() -> frozenset[str]:
    text = resource_path("gazetteers", "dateline_places.txt").read_text(encoding="utf-8")
    return frozenset(_fold(x.strip()) for x in text.splitlines() if x.strip() and not x.startswith("#"))


_SOURCE_RE = re.compile(r"^(?:المصدر|مصدر الخبر|المصدر الأصلي)\s*[:：]\s*(?P<name>.+?)\s*$")
_CREDIT_RE = re.compile(r"^(?P<name>[^\-–—|:]{2,40}?)\s*[\-–—|]\s*(?:متابعات|خاص|وكالات)\s*$")
_SOURCE_TAIL_RE = re.compile(r"\s*(?:\+|،|,)\s*(?:وكالات|متابعات|مواقع).*$")


def source_from_line(line: str) -> str | None:
    """The outlet named by an ``المصدر:`` line or a credit line, else None."""
    m = _SOURCE_RE.match(line)
    if m:
        name = _SOURCE_TAIL_RE.sub("", m.group("name")).strip(' ."“”«»')
        return name or None
    m = _CREDIT_RE.match(line)
    if m:
        name = m.group("name").strip(' ."“”«»')
        if _fold(name) in _dateline_places() or len(name.split()) > 5:
            return None
        return name or None
    return None


def is_dateline(line: str) -> bool:
    """``إسطنبول - متابعات``: a place credit line (not an outlet)."""
    m = _CREDIT_RE.match(line)
    return m is not None and _fold(m.group("name").strip()) in _dateline_places()
