"""Article metadata from page text: publication date and outlet.

Dates: ``2021.02.13 | 08:34``, ``2021-02-13``, ``13/02/2021``,
``12 نوفمبر 2022``, ``12 تشرين الثاني 2022``, ``الأحد 12 نوفمبر/تشرين الثاني 2022``,
in ASCII, Arabic-Indic or Persian digits. Both Arabic month-name series (يناير …
and كانون الثاني …) and the Maghrebi one (جانفي …) are understood.

English month names (``Tuesday, 11 August 2015``, ``August 11, 2015``) are read
too, for bylines. A Hijri date beside the Gregorian one on a dateline
(``26 شوال 1436 هـ الموافق 11 اغسطس 2015 م``) is part of the date, not text.
:func:`date_from_url` reads the publication date a news site writes into its
article addresses (``/2015/07/20/``, ``/20150721/``).

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


_ENGLISH_MONTHS = "january february march april may june july august september october november december".split()
for _number, _name in enumerate(_ENGLISH_MONTHS, start=1):
    _MONTHS[_name] = _number
    if _name != "may":
        _MONTHS[_name[:3]] = _number
_MONTHS["sept"] = 9


def _fold(text: str) -> str:
    # lower() keeps the length for the Latin letters of month names
    return normalize_digits_ar(text.translate(LIGHT_FOLD_TABLE_AR)).lower()


_FOLDED_MONTHS = {_fold(name): number for name, number in _MONTHS.items()}
_MONTH_ALT = "|".join(sorted((re.escape(m) for m in _FOLDED_MONTHS), key=len, reverse=True))
_DAY_NAMES = "(?:(?:ال)?(?:سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
_HIJRI_MONTHS = (
    "محرم|صفر|ربيع الاول|ربيع الاخر|ربيع الثاني|جمادي الاولي|جمادي الاخره|جمادي الثانيه|جمادي الاخر"
    "|رجب|شعبان|رمضان|شوال|ذو القعده|ذي القعده|ذو الحجه|ذي الحجه"
)
_HIJRI_RE = re.compile(rf"(?<!\d)\d{{1,2}}\s*[-/]?\s*(?:{_HIJRI_MONTHS})\s*[-/]?\s*1[34]\d\d\s*(?:ه|هـ)?(?!\w)")
_HIJRI_NUMERIC_RE = re.compile(r"(?<!\d)\d{1,2}[-/]\d{1,2}[-/]1[34]\d\d\s*(?:ه|هـ)?(?!\w)")
_TIME = r"(?:\s*[|،,\-–]?\s*(?P<hh>\d{1,2}):(?P<mm>\d{2})(?::\d{2})?(?:\s*(?:ص|م|AM|PM|am|pm))?)?"

_DATE_PATTERNS = [
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})[./\-](?P<m>\d{1,2})[./\-](?P<d>\d{1,2})(?!\d)" + _TIME),
    re.compile(r"(?<!\d)(?P<d>\d{1,2})[./\-](?P<m>\d{1,2})[./\-](?P<y>(?:19|20)\d{2})(?!\d)" + _TIME),
    re.compile(
        rf"(?:{_DAY_NAMES}\s*[،,]?\s*)?(?<!\d)(?P<d>\d{{1,2}})\s*(?P<mon>{_MONTH_ALT})(?![a-z])"
        rf"(?:\s*/\s*(?:{_MONTH_ALT}))?\s*[،,]?\s*(?P<y>(?:19|20)\d{{2}})(?!\d)" + _TIME
    ),
    re.compile(  # August 11, 2015
        rf"(?:{_DAY_NAMES}\s*,?\s*)?(?<![a-z])(?P<mon>{_MONTH_ALT})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
        rf"\s*,?\s*(?P<y>(?:19|20)\d{{2}})(?!\d)" + _TIME
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


def month_number(name: str) -> int | None:
    """The number of a month named in Arabic (either series, or Maghrebi) or English, else None."""
    return _FOLDED_MONTHS.get(_fold(name.strip()))


def _fold_mapped(text: str) -> tuple[str, list[int]]:
    """``text`` folded, and for each folded character the index of the character it came from."""
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        folded = _fold(ch)
        out.append(folded)
        origin.extend([i] * len(folded))
    origin.append(len(text))
    return "".join(out), origin


_YEAR_HINT = re.compile("[12\u0661\u0662\u06f1\u06f2][09\u0660\u0669\u06f0\u06f9][0-9\u0660-\u0669\u06f0-\u06f9]{2}")
"""a year (19xx or 20xx, in any of the three sets of digits): a text without one has no date"""


def find_date_ar(text: str) -> tuple[FoundDate, int, int] | None:
    """The first full date in ``text`` and its span (day, month and year needed)."""
    if _YEAR_HINT.search(text) is None:
        return None
    folded, origin = _fold_mapped(text)
    best: tuple[FoundDate, int, int] | None = None
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(folded):
            start, end = origin[m.start()], origin[m.end() - 1] + 1
            parsed = _to_found(m, text[start:end])
            if parsed is not None and (best is None or start < best[1]):
                best = (parsed, start, end)
                break
    return best


def _to_found(m: re.Match[str], written: str) -> FoundDate | None:
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
    return FoundDate(iso=iso, text=written.strip())


_DATE_LINE_EXTRA_WORDS = 4


def date_line(line: str) -> FoundDate | None:
    """The date of a line that is (almost) only a date: ``2021.02.13 | 08:34 دمشق``,
    ``12 نوفمبر 2022آخر تحديث :``."""
    found = find_date_ar(line)
    if found is None:
        return None
    parsed, start, end = found
    rest = _fold(line[:start] + " " + line[end:])
    rest = _HIJRI_NUMERIC_RE.sub(" ", _HIJRI_RE.sub(" ", rest))
    rest = re.sub(r"(اخر تحديث|تاريخ النشر|نشر في|نشر بتاريخ|منذ|بتوقيت \S+|الموافق|(?<!\w)م(?!\w))", " ", rest)
    words = re.findall(r"\w+", rest)
    return parsed if len(words) <= _DATE_LINE_EXTRA_WORDS else None


_URL_DATE_RES = (
    # /2015/07/20/ or /2015-07-20/ or /2015_07_20 as path segments
    re.compile(r"/(?P<y>(?:19|20)\d\d)[/\-_](?P<m>0[1-9]|1[0-2])[/\-_](?P<d>0[1-9]|[12]\d|3[01])(?=[/\-_.]|$)"),
    # a whole path segment of eight digits: /20150721/ or /20150721.htm
    re.compile(r"/(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?=[/.]|$)"),
)


def date_from_url(url: str | None) -> FoundDate | None:
    """The date a news site writes into an article's address: ``aleqt.com/2015/07/20/article_1.html``,
    ``al-jazirah.com/2015/20150721/fe1.htm``, ``okaz.com.sa/new/Issues/20150720/Con1.htm``.

    Only whole path segments count: an article number that happens to contain
    eight digits (``Con20150720784687``) is not a date."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]*", "", url.strip(), flags=re.IGNORECASE).split("?", 1)[0].split("#", 1)[0]
    for pattern in _URL_DATE_RES:
        m = pattern.search(path)
        if m is None:
            continue
        try:
            value = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        except ValueError:
            continue
        return FoundDate(iso=value.isoformat(), text=m.group(0).strip("/"))
    return None


def date_from_byline(byline: str | None) -> tuple[FoundDate, str] | None:
    """A byline that carries the publication date (``لندن - الرياضية | Tuesday, 11 August 2015 - 00:23``):
    the date and the byline without it."""
    if not byline or len(byline) > 200:
        return None
    found = find_date_ar(byline)
    if found is None:
        return None
    parsed, start, end = found
    rest = (byline[:start] + byline[end:]).strip(" |-–—،,:\u00a0")
    rest = re.sub(r"\s*[|]\s*$", "", rest).strip()
    return parsed, rest


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
