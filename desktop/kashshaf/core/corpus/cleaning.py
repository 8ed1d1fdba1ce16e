"""Cleaning scraped news pages into article paragraphs.

General rules (``resources/cleaning/boilerplate.txt`` plus the structural
rules below), never per-file hacks:

* navigation, widgets, image file names, "اقرأ أيضاً" link lines: dropped;
* the footer (back-to-top button, comment form and policy, copyright) and
  everything after it: cut;
* a "related articles" heading: cut, with the run of headline-like link
  lines just before it;
* run-together headline tickers (headlines glued without spaces, detected by
  letters that cannot occur inside a word, such as ة followed by a letter):
  dropped;
* repeated paragraphs: kept once.

The page's metadata lines (date lines, "المصدر:" lines, "X - متابعات"
credit lines) are taken out here and handed to :mod:`metadata`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from kashshaf.core.arabic.normalize import LIGHT_FOLD_TABLE_AR
from kashshaf.core.corpus import metadata
from kashshaf.paths import resource_path

_SPACES_RE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# A letter glued after a word-final-only letter (ة, ى) or a doubled article
# (…اال…): the junction of two headlines that lost their separator.
_GLUE_RE = re.compile("[\u0629\u0649](?=[\u0621-\u064a])|(?<=[\u0621-\u064a])\u0627\u0627\u0644")
_TERMINAL_PUNCT = tuple(".!?؟…:؛\"”»)'")
_IMAGE_NAME_RE = re.compile(r"^\S+\.(?:jpe?g|png|gif|webp|svg|bmp)$", re.IGNORECASE)
TICKER_MIN_CHARS = 200
TICKER_MIN_GLUES = 3
HEADLINE_MAX_WORDS = 18
TITLE_MAX_WORDS = 35


def fold_ar(text: str) -> str:
    """Light folding used to MATCH boilerplate (not for display): harakat,
    tatweel and invisible characters dropped, alef/yeh/teh-marbuta/hamza
    forms folded, spaces folded. One translate table, one regex."""
    return _SPACES_RE.sub(" ", text.translate(LIGHT_FOLD_TABLE_AR)).strip()


@dataclass(frozen=True, slots=True)
class _Rules:
    drop: re.Pattern[str]
    tail: re.Pattern[str]
    related: re.Pattern[str]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    groups: dict[str, list[str]] = {"drop": [], "tail": [], "related": []}
    text = resource_path("cleaning", "boilerplate.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        kind, _, pattern = line.strip().partition(" ")
        pattern = pattern.strip()
        if pattern.startswith("(?i)"):  # every rule is case-insensitive
            pattern = pattern[4:]
        groups[kind].append(f"(?:{fold_ar(pattern)})")
    return _Rules(
        drop=re.compile("^(?:" + "|".join(groups["drop"]) + r")$", re.IGNORECASE),
        tail=re.compile("^(?:" + "|".join(groups["tail"]) + r")$", re.IGNORECASE),
        related=re.compile("^(?:" + "|".join(groups["related"]) + r")$", re.IGNORECASE),
    )


def is_ticker_line(line: str) -> bool:
    """A long line of headlines glued together without spaces or stops."""
    if len(line) < TICKER_MIN_CHARS:
        return False
    return len(_GLUE_RE.findall(line)) >= TICKER_MIN_GLUES


def is_headline_like(line: str) -> bool:
    """Short, and not ending like a sentence: a link, heading or caption."""
    return len(line.split()) <= HEADLINE_MAX_WORDS and not line.rstrip().endswith(_TERMINAL_PUNCT)


@dataclass(slots=True)
class CleanedPage:
    title: str | None
    paragraphs: list[str]
    date: metadata.FoundDate | None = None
    source: str | None = None
    dropped: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


CLEANING_VERSION = "1"
"""Bump when the cleaning rules change what they keep: corpora cleaned by an
older version are cleaned again on open, and their excerpts re-anchored."""


def split_lines(raw: str) -> list[str]:
    """Lines with folded spaces; empty lines kept as ''."""
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    return [_SPACES_RE.sub(" ", line).strip() for line in raw.split("\n")]


def clean_page(raw: str, title_hint: str | None = None) -> CleanedPage:
    """Clean one scraped page (plain text, one block per line).

    ``title_hint``: a title known from elsewhere (HTML <title>, a JSON field);
    lines repeating it are removed from the body.
    """
    return clean_lines(split_lines(raw), title_hint)


def clean_lines(lines: list[str], title_hint: str | None = None, find_dates: bool = True) -> CleanedPage:
    rules = _rules()
    kept: list[str] = []
    dropped: list[str] = []
    found_date: metadata.FoundDate | None = None
    source: str | None = None
    related_cut = False
    after_image = False
    folds: dict[str, str] = {}
    """each kept line's folded form (the repeats and the title are matched on it)"""

    for index, line in enumerate(lines):
        if not line:
            continue
        folded = fold_ar(line)
        if not folded:
            continue
        if after_image:
            after_image = False
            if is_headline_like(line):  # the caption under an image
                dropped.append(line)
                continue
        if kept and rules.tail.match(folded):
            dropped.extend(x for x in lines[index:] if x)
            break
        if rules.related.match(folded):
            related_cut = True
            dropped.extend(x for x in lines[index:] if x)
            break
        if _IMAGE_NAME_RE.match(line):
            after_image = True
            dropped.append(line)
            continue
        if rules.drop.match(folded) or rules.tail.match(folded) or is_ticker_line(line):
            dropped.append(line)
            continue
        if metadata.is_dateline(line):
            dropped.append(line)
            continue
        page_source = metadata.source_from_line(line)
        if page_source is not None:
            source = source or page_source
            dropped.append(line)
            continue
        if (
            find_dates
            and found_date is None
            and index < metadata.HEADER_LINES
            and len(line) <= metadata.DATE_LINE_MAX_CHARS
        ):
            date_line = metadata.date_line(line)
            if date_line is not None:
                found_date = found_date or date_line
                dropped.append(line)
                continue
        kept.append(line)
        folds[line] = folded

    if related_cut:
        while kept and is_headline_like(kept[-1]) and len(kept) > 1:
            dropped.append(kept.pop())

    kept = _drop_caption_pairs(kept, dropped)
    keys = [folds[line] for line in kept]
    kept, keys = _drop_repeats(kept, keys)
    title = title_hint.strip() if title_hint and title_hint.strip() else None
    if title is None:
        for line in kept:
            if len(line.split()) <= TITLE_MAX_WORDS and not line.endswith("."):
                title = line
                break
    if title is not None:
        folded_title = fold_ar(title)
        body = [line for line, key in zip(kept, keys, strict=True) if key != folded_title]
        if body or not kept:
            kept = body
    return CleanedPage(title=title, paragraphs=kept, date=found_date, source=source, dropped=dropped)


def _drop_caption_pairs(lines: list[str], dropped: list[str]) -> list[str]:
    """An image's alt text and caption: the same short line twice in a row."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if i + 1 < len(lines) and lines[i + 1] == line and is_headline_like(line) and i > 0:
            dropped.extend((line, line))
            i += 2
            continue
        out.append(line)
        i += 1
    return out


def _drop_repeats(lines: list[str], folded: list[str]) -> tuple[list[str], list[str]]:
    seen: set[str] = set()
    out: list[str] = []
    keys: list[str] = []
    for line, key in zip(lines, folded, strict=True):
        if key in seen:
            continue
        seen.add(key)
        out.append(line)
        keys.append(key)
    return out, keys
