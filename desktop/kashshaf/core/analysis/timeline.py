"""The timeline of a result set: its documents and hits by day, week or month.

A document is placed at the date the list shows (its publication date, else the date it was
retrieved; never a file's date): :mod:`kashshaf.core.analysis.columns`. Documents with neither
are counted apart (``undated``). Hits are occurrences, as the batch search counts them
(:func:`kashshaf.core.search.counting.occurrences_by_doc`: the postings of the query's words
and phrases); a result set of an entity without words (the window's entity, ``entity:NAME``)
counts that entity's mentions; one of other filters alone has documents only (``hits`` is None).

Several result sets (up to :data:`MAX_SERIES`) share one set of periods, so they can be drawn
over each other (قسد against "الإدارة الذاتية").
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import numpy as np

from kashshaf.core.analysis import MAX_SERIES, Scope
from kashshaf.core.analysis import TIMELINE_BINS as BINS
from kashshaf.core.analysis.columns import UNDATED, columns, counts, iso_day, result_docs
from kashshaf.core.export.text import safe_cell
from kashshaf.core.search.counting import counts_words, occurrences_by_doc, positive_terms

if TYPE_CHECKING:
    from kashshaf.core.workspace import Workspace

DAY_SPAN_MAX = 92
"""a span of up to about three months is drawn by day"""
WEEK_SPAN_MAX = 2 * 366
"""up to two years by week (Monday to Sunday, ISO 8601), longer by month"""


@dataclass(frozen=True, slots=True)
class Period:
    start: str
    """its first day (ISO)"""
    end: str
    """its last day (ISO)"""


@dataclass(frozen=True, slots=True)
class Series:
    """One result set's counts, a value per period of :attr:`Timeline.periods`."""

    label: str
    scope: Scope
    documents: tuple[int, ...]
    hits: tuple[int, ...] | None
    """occurrences per period; None: a result set without words or entity (filters alone)"""
    total_documents: int
    total_hits: int | None
    undated: int
    """documents with no date at all (neither published nor retrieved)"""
    undated_hits: int | None
    retrieved: int
    """dated documents placed at their retrieval date (their publication date is unknown)"""

    def as_dict(self, periods: Sequence[Period]) -> dict[str, Any]:
        return {
            "label": self.label,
            "query": self.scope.text,
            "entity": self.scope.entity,
            "documents": self.total_documents,
            "hits": self.total_hits,
            "undated": self.undated,
            "undated_hits": self.undated_hits,
            "dated_by_retrieval": self.retrieved,
            "bins": [
                {
                    "start": p.start,
                    "end": p.end,
                    "documents": self.documents[i],
                    "hits": None if self.hits is None else self.hits[i],
                }
                for i, p in enumerate(periods)
            ],
        }


@dataclass(frozen=True, slots=True)
class Timeline:
    by: str
    """``day``, ``week`` or ``month``"""
    auto: bool
    """``by`` was chosen from the span"""
    periods: tuple[Period, ...]
    """every period from the first date of any series to the last, empty ones too"""
    series: tuple[Series, ...]

    def as_dict(self) -> dict[str, Any]:
        return {"by": self.by, "series": [s.as_dict(self.periods) for s in self.series]}


# --- periods ------------------------------------------------------------------------


def choose_bin(first: int, last: int) -> str:
    """``day``, ``week`` or ``month`` for a span of day numbers (about 100 bars at most, by day)."""
    span = last - first + 1
    return "day" if span <= DAY_SPAN_MAX else "week" if span <= WEEK_SPAN_MAX else "month"


def period_start(day: int, by: str) -> int:
    """The day number of the first day of the period holding ``day``."""
    if by == "day":
        return day
    d = date.fromordinal(day)
    if by == "week":
        return day - d.weekday()
    return d.replace(day=1).toordinal()


def _next_start(start: int, by: str) -> int:
    if by == "day":
        return start + 1
    if by == "week":
        return start + 7
    d = date.fromordinal(start)
    return (date(d.year + 1, 1, 1) if d.month == 12 else date(d.year, d.month + 1, 1)).toordinal()


def periods_between(first: int, last: int, by: str) -> list[int]:
    """The first days of the periods from the one holding ``first`` to the one holding ``last``."""
    out = []
    start = period_start(first, by)
    while start <= last:
        out.append(start)
        start = _next_start(start, by)
    return out


# --- counting -------------------------------------------------------------------------


@dataclass(slots=True)
class _Counted:
    scope: Scope
    label: str
    docs: Counter[int]
    """day number -> documents (UNDATED: the undated ones)"""
    hits: Counter[int] | None
    retrieved: int


def _count(ws: Workspace, scope: Scope, searcher: Any, label: str) -> _Counted:
    cols = columns(ws, searcher)
    q, found = result_docs(ws, scope, searcher)
    nums = np.fromiter(found, dtype=np.int64, count=len(found))
    days = cols.day[nums]
    docs = Counter(counts(days))
    retrieved = int(np.count_nonzero((days != UNDATED) & ~cols.published[nums]))
    hits: Counter[int] | None = None
    entities = positive_terms(q, "entity") if q is not None else []
    if q is not None and counts_words(q):
        per_doc = occurrences_by_doc(q, searcher, found)
        where = np.fromiter(per_doc.keys(), dtype=np.int64, count=len(per_doc))
        many = np.fromiter(per_doc.values(), dtype=np.int64, count=len(per_doc))
        hits = Counter(counts(cols.day[where], many))
    elif entities:  # an entity without words (the window's, or entity:NAME): its mentions
        hits = Counter()
        for entity in entities:
            for doc_id, k in ws.store.entities.mention_counts(entity).items():
                n = cols.docnum(doc_id)
                if n is not None and n in found:
                    hits[int(cols.day[n])] += k
    return _Counted(scope, label, docs, hits, retrieved)


def timeline(
    ws: Workspace, scopes: Sequence[Scope], by: str | None = None, labels: Sequence[str] | None = None
) -> Timeline:
    """The timeline of each result set of ``scopes`` (the first is the list's; up to
    :data:`MAX_SERIES`), binned by ``by`` (None: chosen from the span of them all). ``labels``
    name the series (default: the query text, else the entity id, else "all documents")."""
    if by is not None and by not in BINS:
        raise ValueError(f"by: one of {', '.join(BINS)}")
    chosen = list(scopes)[:MAX_SERIES]
    names = list(labels) if labels is not None else []
    with ws.index.searcher() as searcher:
        counted = [
            _count(ws, scope, searcher, names[i] if i < len(names) else default_label(scope))
            for i, scope in enumerate(chosen)
        ]
    days = [d for c in counted for d in c.docs if d != UNDATED]
    auto = by is None
    if not days:
        return Timeline(by or "day", auto, (), tuple(_series(c, [], by or "day") for c in counted))
    first, last = min(days), max(days)
    by = by or choose_bin(first, last)
    starts = periods_between(first, last, by)
    periods = tuple(
        Period(iso_day(s), iso_day((starts[i + 1] if i + 1 < len(starts) else _next_start(s, by)) - 1))
        for i, s in enumerate(starts)
    )
    return Timeline(by, auto, periods, tuple(_series(c, starts, by) for c in counted))


def _series(c: _Counted, starts: list[int], by: str) -> Series:
    index = {s: i for i, s in enumerate(starts)}
    documents = [0] * len(starts)
    for d, n in c.docs.items():
        if d != UNDATED:
            documents[index[period_start(d, by)]] += n
    hits: list[int] | None = None
    if c.hits is not None:
        hits = [0] * len(starts)
        for d, n in c.hits.items():
            if d != UNDATED:
                hits[index[period_start(d, by)]] += n
    return Series(
        c.label,
        c.scope,
        tuple(documents),
        None if hits is None else tuple(hits),
        sum(c.docs.values()),
        None if c.hits is None else sum(c.hits.values()),
        c.docs.get(UNDATED, 0),
        None if c.hits is None else c.hits.get(UNDATED, 0),
        c.retrieved,
    )


def default_label(scope: Scope) -> str:
    return scope.text.strip() or (scope.entity or "")


CSV_WORDS = ("period_start", "period_end", "documents", "hits", "undated")
"""the words of a timeline's CSV header and last row (the window gives them in its language)"""


def timeline_csv(found: Timeline, names: Sequence[str] | None = None, words: Sequence[str] = CSV_WORDS) -> bytes:
    """The timeline as CSV, UTF-8 with a BOM (so a spreadsheet reads the Arabic): a row a period (its
    first and last day), a documents and a hits column a series (named by ``names``, else its label),
    and a last row ``undated`` with the documents that have no date (``words``: the header's and that
    row's words, :data:`CSV_WORDS`)."""
    start, end, documents, hits, undated = words
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    labels = list(names) if names is not None else [s.label for s in found.series]
    header = [start, end]
    for label in labels:
        header += [f"{label} {documents}", f"{label} {hits}"]
    writer.writerow(safe_cell(v) for v in header)
    for i, p in enumerate(found.periods):
        row: list[object] = [p.start, p.end]
        for s in found.series:
            row += [s.documents[i], None if s.hits is None else s.hits[i]]
        writer.writerow(safe_cell(v) for v in row)
    row = [undated, None]
    for s in found.series:
        row += [s.undated, s.undated_hits]
    writer.writerow(safe_cell(v) for v in row)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
