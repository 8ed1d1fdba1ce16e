"""Views of a whole result set as data: timeline, concordance, entity network, facets, keywords.

Each view takes a :class:`Scope` (what the window's list shows: the text query, the chosen
entity, the filters and the exact-match toggle) and returns plain data that the window's
docks draw and the CLI prints (``--json``). Nothing here imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kashshaf.core.models import SearchFilters

if TYPE_CHECKING:
    from kashshaf.core.workspace import Workspace

# The views' options, here so that the CLI's parser reads them without loading the views (numpy)
TIMELINE_BINS = ("day", "week", "month")
"""the periods of a timeline's bars"""
MAX_SERIES = 4
"""result sets on one timeline"""
TOP_ENTITIES = 10
"""entities of each type a facet lists"""
KWIC_WIDTH = 60
"""characters of context on each side of a concordance line (cut back to a word boundary)"""
KWIC_SORTS = ("L1", "L2", "L3", "R1", "R2", "R3")
"""a concordance's orders: the 1st, 2nd, 3rd word before (L) and after (R) the keyword, in reading order"""


@dataclass(frozen=True, slots=True)
class Scope:
    """A result set: the documents the window's list shows for these settings."""

    text: str = ""
    entity: str | None = None
    """an entity id: only documents that mention it"""
    filters: SearchFilters = field(default_factory=SearchFilters)
    exact: bool = False
    """the query's words as written (no stems, no clitics split)"""

    @property
    def everything(self) -> bool:
        """No query, entity or filter: the whole corpus."""
        return not self.text.strip() and self.entity is None and not self.filters

    def query(self, ws: Workspace) -> Any:
        """The whoosh query of this result set (raises :class:`~kashshaf.core.search.query.QueryError`)."""
        return ws.query(self.text, self.entity, self.filters or None, self.exact)
