"""Filters in a query: ``date:``, ``published:``, ``source:`` and ``entity:``, in English or Arabic.

Read before whoosh parses the query, because whoosh's own date syntax takes
``date:2015-07-21`` for ``2015`` and two NOT terms, and knows nothing of
outlet names. Each clause is replaced by a placeholder term (``id:kqN``; no
document id looks like it), whoosh parses the rest, and the placeholders are
swapped for the clauses' queries, so ``NOT date:2015-07`` and
``(source:عكاظ OR source:الرياض)`` keep their meaning.

Dates, as people type them (Arabic-Indic digits too):

* a day ``2015-07-21`` (also ``2015/07/21``, ``20150721``, ``21/07/2015``,
  ``"21 يوليو 2015"``), a month ``2015-07`` (``"يوليو 2015"``), a year ``2015``;
* a range ``[2015-08-01 to 2015-08-10]`` (``TO``, ``إلى``, ``الى``, ``حتى``
  too), open ``[2015-08 to]`` or ``[* to 2015-08-10]``, or
  ``2015-08-01..2015-08-10``; ``>2015-08``, ``>=2015-08-01``, ``<``, ``<=``.

Bounds are whole periods: ``[2015-07 to 2015-08]`` runs from the first of July
to the end of the 31st of August.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Protocol

from whoosh import query as wq

from kashshaf.core.corpus.metadata import find_date_ar, month_number
from kashshaf.core.models import SearchFilters

FIELD_NAMES: dict[str, str] = {
    "date": "date",
    "تاريخ": "date",
    "التاريخ": "date",
    "published": "published",
    "نشر": "published",
    "النشر": "published",
    "source": "source",
    "outlet": "source",
    "مصدر": "source",
    "المصدر": "source",
    "entity": "entity",
    "كيان": "entity",
    "الكيان": "entity",
}
"""what a person may type before the colon → the filter it means"""

DATE_FORMS = "2015-07-21, 2015-07, 2015, [2015-08-01 to 2015-08-10], >=2015-08"

_CLAUSE_RE = re.compile(
    r"(?<![\w:])(?P<field>" + "|".join(sorted(map(re.escape, FIELD_NAMES), key=len, reverse=True)) + r")"
    r"\s*:\s*(?P<value>\"[^\"]*\"|\[[^\]]*\]|\{[^}]*\}|[^\s()]+)",
    re.IGNORECASE,
)
_RANGE_SPLIT_RE = re.compile(r"\s+(?:to|إلى|الى|حتى|-|–)\s+|\.\.", re.IGNORECASE)
_COMPARE_RE = re.compile(r"^(?P<op>>=|<=|>|<)\s*(?P<rest>.+)$")
PLACEHOLDER = "kq{n}"


class QueryError(ValueError):
    """A query that cannot be parsed; the message says what is wrong.

    ``kind`` names the problem for interfaces that word it themselves:
    ``empty``, ``quote``, ``parens``, ``syntax``, ``stopwords``, or for a
    filter ``date`` (a value that is not a date), ``outlet`` (no outlet of
    that name) and ``entity`` (no entity of that name); ``value`` is then what
    was typed and ``known`` some names that do exist.
    """

    def __init__(self, message: str, kind: str = "syntax", value: str = "", known: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.kind = kind
        self.value = value
        self.known = known


class FieldResolver(Protocol):
    """Names to ids, from the open corpus."""

    def outlet_ids(self, name: str) -> list[str]:
        """Ids of the outlets ``name`` denotes (empty when none)."""

    def outlet_names(self) -> list[str]:
        """Names of the corpus' outlets, most documents first (for a message)."""

    def entity_ids(self, value: str) -> list[str]:
        """Ids of the entities ``value`` (an id or a name) denotes (empty when none)."""


@dataclass(frozen=True, slots=True)
class Period:
    """A closed span of time; None is open."""

    start: datetime | None
    end: datetime | None


def _period_of(text: str) -> Period | None:
    """The day, month or year ``text`` names (None when it names none)."""
    value = text.strip().strip('"').strip()
    if not value or value == "*":
        return Period(None, None)
    m = re.fullmatch(r"((?:19|20)\d\d)(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?", value)
    if m is None:
        m8 = re.fullmatch(r"((?:19|20)\d\d)(\d\d)(\d\d)", value)
        if m8 is not None:
            m = m8
    try:
        if m is not None:
            year = int(m.group(1))
            if m.group(2) is None:
                return Period(datetime(year, 1, 1), datetime(year + 1, 1, 1) - timedelta(microseconds=1))
            month = int(m.group(2))
            if m.group(3) is None:
                first = date(year, month, 1)
                after = date(year + (month == 12), month % 12 + 1, 1)
                return Period(_start(first), _start(after) - timedelta(microseconds=1))
            return _day(date(year, month, int(m.group(3))))
        dmy = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.]((?:19|20)\d\d)", value)
        if dmy is not None:
            return _day(date(int(dmy.group(3)), int(dmy.group(2)), int(dmy.group(1))))
    except ValueError:
        return None
    found = find_date_ar(value)
    if found is not None:
        return _day(date.fromisoformat(found[0].iso[:10]))
    words = value.split()
    if len(words) == 2 and re.fullmatch(r"(?:19|20)\d\d", words[1]):
        named = month_number(words[0])
        if named is not None:
            return _period_of(f"{words[1]}-{named:02d}")
    return None


def _start(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)


def _day(day: date) -> Period:
    return Period(_start(day), _start(day) + timedelta(days=1) - timedelta(microseconds=1))


def parse_period(value: str) -> Period | None:
    """A ``date:`` value as a span of time, or None when it is not one."""
    value = value.strip()
    if value[:1] in "[{" and value[-1:] in "]}":
        inner = value[1:-1].strip()
        parts = _RANGE_SPLIT_RE.split(inner, maxsplit=1)
        if len(parts) != 2:
            if inner.lower().startswith("to ") or inner.startswith(("إلى ", "الى ", "حتى ")):
                parts = ["", inner.split(None, 1)[1]]
            elif re.search(r"\s(?:to|إلى|الى|حتى)$", inner, re.IGNORECASE):
                parts = [inner.rsplit(None, 1)[0], ""]
            else:
                return None
        return _between(parts[0], parts[1])
    compare = _COMPARE_RE.match(value)
    if compare is not None:
        bound = _period_of(compare.group("rest"))
        if bound is None or bound.start is None or bound.end is None:
            return None
        op = compare.group("op")
        if op == ">=":
            return Period(bound.start, None)
        if op == ">":
            return Period(bound.end + timedelta(microseconds=1), None)
        if op == "<=":
            return Period(None, bound.end)
        return Period(None, bound.start - timedelta(microseconds=1))
    if ".." in value:
        low, high = value.split("..", 1)
        return _between(low, high)
    return _period_of(value)


def _between(low: str, high: str) -> Period | None:
    first, last = _period_of(low), _period_of(high)
    if first is None or last is None:
        return None
    if first.start is not None and last.end is not None and first.start > last.end:
        first, last = last, first  # written the other way round
    return Period(first.start, last.end)


def _date_query(field: str, value: str) -> wq.Query:
    period = parse_period(value)
    if period is None:
        raise QueryError(f"«{value}» is not a date; write for example {DATE_FORMS}", "date", value=value.strip('"'))
    if period.start is None and period.end is None:
        return wq.Every(field)
    return wq.DateRange(field, period.start, period.end)


def _any_of(field: str, ids: list[str]) -> wq.Query:
    terms = [wq.Term(field, i) for i in ids]
    return terms[0] if len(terms) == 1 else wq.Or(terms)


def extract_filters(text: str, resolver: FieldResolver | None) -> tuple[str, dict[str, wq.Query]]:
    """``text`` with each filter clause replaced by a placeholder term, and the placeholders' queries."""
    queries: dict[str, wq.Query] = {}

    def build(m: re.Match[str]) -> str:
        field = FIELD_NAMES[m.group("field").lower()]
        raw = m.group("value")
        value = raw[1:-1].strip() if raw.startswith('"') else raw
        makers: dict[str, Callable[[], wq.Query]] = {
            "date": lambda: _date_query("date", raw),
            "published": lambda: _date_query("published", raw),
            "source": lambda: _outlet_query(value, resolver),
            "entity": lambda: _entity_query(value, resolver),
        }
        key = PLACEHOLDER.format(n=len(queries))
        queries[key] = makers[field]()
        return f"id:{key}"

    return _CLAUSE_RE.sub(build, text), queries


def _outlet_query(name: str, resolver: FieldResolver | None) -> wq.Query:
    if resolver is None:
        return wq.Term("outlet", name)
    ids = resolver.outlet_ids(name)
    if not ids:
        known = tuple(resolver.outlet_names())
        shown = ", ".join(known[:20]) + (f" … and {len(known) - 20} more" if len(known) > 20 else "")
        raise QueryError(
            f"no document of this corpus is from an outlet called «{name}»; its outlets: {shown or 'none'}",
            "outlet",
            value=name,
            known=known,
        )
    return _any_of("outlet", ids)


def _entity_query(value: str, resolver: FieldResolver | None) -> wq.Query:
    if resolver is None:
        return wq.Term("entity", value)
    ids = resolver.entity_ids(value)
    if not ids:
        raise QueryError(f"no entity is called «{value}» in this corpus", "entity", value=value)
    return _any_of("entity", ids)


def filter_queries(filters: SearchFilters) -> list[wq.Query]:
    """The queries of the filter bar's choices (to be ANDed with the search)."""
    out: list[wq.Query] = []
    if filters.date_from or filters.date_to:
        low = _period_of(filters.date_from) if filters.date_from else Period(None, None)
        high = _period_of(filters.date_to) if filters.date_to else Period(None, None)
        if low is None or high is None:
            raise QueryError(f"not a date: {filters.date_from or filters.date_to}", "date")
        out.append(wq.DateRange("date", low.start, high.end))
    if filters.outlets:
        out.append(_any_of("outlet", list(filters.outlets)))
    return out
