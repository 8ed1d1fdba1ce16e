"""Facets of a result set: its documents by outlet, by month and by entity type.

The outlets and the months each partition the result set: every document is counted once, under
its outlet or "unknown outlet" (``outlet`` None), under the month of the date the list shows
(publication, else retrieval) or "undated" (``month`` None), so each facet sums to the result's
count. The entity types do not partition it: a type counts the documents that mention at least one
entity of that type, with the entities of that type most documents mention. Each count is what the
window's filters give when chosen with the query (an outlet, a month's dates, an entity), as
Datashare's filters do.
"""

from __future__ import annotations

import calendar
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import numpy as np

from kashshaf.core.analysis import TOP_ENTITIES, Scope
from kashshaf.core.analysis.columns import NO_OUTLET, TYPE_BITS, UNDATED, columns, counts, entity_columns, result_docs
from kashshaf.core.models import Outlet

if TYPE_CHECKING:
    from kashshaf.core.workspace import Workspace

FACET_TYPES = ("PER", "ORG", "LOC")
"""people, organisations, places"""


@dataclass(frozen=True, slots=True)
class OutletCount:
    outlet: Outlet | None
    """None: documents of no known outlet"""
    documents: int


@dataclass(frozen=True, slots=True)
class MonthCount:
    month: str | None
    """``YYYY-MM``; None: undated documents"""
    documents: int

    @property
    def first_day(self) -> str | None:
        return f"{self.month}-01" if self.month else None

    @property
    def last_day(self) -> str | None:
        if not self.month:
            return None
        year, month = int(self.month[:4]), int(self.month[5:7])
        return date(year, month, calendar.monthrange(year, month)[1]).isoformat()


@dataclass(frozen=True, slots=True)
class EntityCount:
    id: str
    name: str
    documents: int


@dataclass(frozen=True, slots=True)
class TypeCount:
    type: str
    """``PER``, ``ORG`` or ``LOC``"""
    documents: int
    """documents of the result set that mention at least one entity of this type"""
    top: tuple[EntityCount, ...]


@dataclass(frozen=True, slots=True)
class Facets:
    scope: Scope
    documents: int
    outlets: tuple[OutletCount, ...]
    """most documents first, "unknown outlet" last"""
    months: tuple[MonthCount, ...]
    """in date order, "undated" last"""
    types: tuple[TypeCount, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "query": self.scope.text,
            "entity": self.scope.entity,
            "documents": self.documents,
            "outlets": [
                {
                    "id": o.outlet.id if o.outlet else None,
                    "name": o.outlet.name if o.outlet else None,
                    "name_en": (o.outlet.name_en or None) if o.outlet else None,
                    "documents": o.documents,
                }
                for o in self.outlets
            ],
            "months": [{"month": m.month, "documents": m.documents} for m in self.months],
            "entity_types": [
                {
                    "type": t.type,
                    "documents": t.documents,
                    "top": [{"id": e.id, "name": e.name, "documents": e.documents} for e in t.top],
                }
                for t in self.types
            ],
        }


def facets(ws: Workspace, scope: Scope, top: int = TOP_ENTITIES) -> Facets:
    """The facets of ``scope``'s result set (``top`` entities of each type)."""
    with ws.index.searcher() as searcher:
        cols = columns(ws, searcher)
        _q, found = result_docs(ws, scope, searcher)
    mask = cols.mask(found)
    nums = np.flatnonzero(mask)
    by_outlet = counts(cols.outlet[nums])
    by_month: Counter[int] = Counter()
    for d, k in counts(cols.day[nums]).items():
        by_month[_month_key(d)] += k
    ent = entity_columns(ws, cols)
    entity_ids = ent.ids
    bits = ent.bits[nums]
    type_docs = {kind: int(np.count_nonzero(bits & TYPE_BITS[kind])) for kind in FACET_TYPES}
    per_entity = ent.documents_per_entity(mask)
    best: dict[str, list[tuple[int, int]]] = {}
    for kind in FACET_TYPES:
        chosen = np.flatnonzero((ent.type_of == kind) & (per_entity > 0))
        order = np.lexsort((ent.rank[chosen], -per_entity[chosen]))[:top]
        best[kind] = [(int(chosen[i]), int(per_entity[chosen[i]])) for i in order]
    names = ws.store.entities.names(entity_ids[e] for top_of in best.values() for e, _k in top_of)
    table = ws.store.outlets.table()
    outlets = [
        OutletCount(table.get(cols.outlets[i]), k)
        for i, k in sorted(by_outlet.items(), key=lambda x: (-x[1], x[0]))
        if i != NO_OUTLET
    ]
    # an outlet id the table no longer knows is an unknown outlet too
    unknown = by_outlet.get(NO_OUTLET, 0) + sum(o.documents for o in outlets if o.outlet is None)
    outlets = [o for o in outlets if o.outlet is not None]
    if unknown:
        outlets.append(OutletCount(None, unknown))
    months = [MonthCount(_month_name(m), k) for m, k in sorted(by_month.items()) if m != UNDATED]
    if by_month.get(UNDATED):
        months.append(MonthCount(None, by_month[UNDATED]))
    return Facets(
        scope,
        len(found),
        tuple(outlets),
        tuple(months),
        tuple(
            TypeCount(
                kind,
                type_docs[kind],
                tuple(
                    EntityCount(entity_ids[e], names.get(entity_ids[e], (entity_ids[e], kind))[0], k)
                    for e, k in best[kind]
                ),
            )
            for kind in FACET_TYPES
        ),
    )


def _month_key(day: int) -> int:
    if day == UNDATED:
        return UNDATED
    d = date.fromordinal(day)
    return d.year * 100 + d.month


def _month_name(key: int) -> str:
    return f"{key // 100:04d}-{key % 100:02d}"
