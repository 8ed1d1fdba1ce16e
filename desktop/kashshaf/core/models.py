"""Plain data passed between the core, the CLI and the UI."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from kashshaf.core.messages import Params, message, params_of

DATE_KINDS = ("published", "retrieved")
"""What a shown date is: when the article was published, or (no publication date
known) when it was retrieved by a crawler. A file's modification time is neither
and is never shown as a date."""


@dataclass(frozen=True, slots=True)
class Outlet:
    """A news outlet: its display names and what identifies it (slugs, web domains, aliases)."""

    id: str
    name: str
    """display name in Arabic (or as the outlet writes it)"""
    name_en: str = ""
    aliases: tuple[str, ...] = ()
    keys: tuple[str, ...] = ()
    """slugs and web domains (``okaz``, ``okaz.com.sa``)"""
    edited: bool = False
    """renamed or given aliases by the user (a newer bundled table does not overwrite it)"""

    def display(self, lang: str = "ar") -> str:
        return self.name_en if lang == "en" and self.name_en else self.name


@dataclass(frozen=True, slots=True)
class Document:
    """One article as stored. ``clean_text`` is what the reader shows and what
    every character offset (snippets, highlights, mentions) counts in."""

    id: str
    path: str
    title: str
    source: str | None
    date: str | None
    url: str | None
    author: str | None
    clean_text: str
    raw_text: str
    encoding: str | None = None
    title_origin: str = "text"
    source_origin: str | None = None
    date_origin: str | None = None
    date_text: str | None = None
    num: int = 0
    retrieved: str | None = None
    """when a crawler fetched the article (a crawl field), ISO; not a publication date"""
    retrieved_origin: str | None = None
    outlet: Outlet | None = None
    """the outlet ``source`` and ``url`` resolve to (set when read from the store)"""
    controls_removed: int = 0
    """control characters dropped from the text at import (reported as a warning; not stored)"""

    @property
    def length(self) -> int:
        return len(self.clean_text)

    @property
    def shown_date(self) -> tuple[str | None, str | None]:
        """``(ISO date, kind)``: the publication date, else the retrieval date, else ``(None, None)``."""
        return shown_date(self.date, self.retrieved)


def shown_date(published: str | None, retrieved: str | None) -> tuple[str | None, str | None]:
    if published:
        return published, "published"
    if retrieved:
        return retrieved, "retrieved"
    return None, None


@dataclass(frozen=True, slots=True)
class ImportProblem:
    """A file (or record) that could not be imported, and why (``reason`` in English;
    ``code`` and ``params`` name it in :data:`kashshaf.core.messages.MESSAGES`)."""

    path: str
    reason: str
    code: str = ""
    params: Params = ()

    @classmethod
    def of(cls, path: str, code: str, **params: Any) -> ImportProblem:
        return cls(path, message(code, **params), code, params_of(**params))

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(slots=True)
class ImportReport:
    imported: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    """(path, id of the document it duplicates)"""
    problems: list[ImportProblem] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    """ids of documents whose file was imported again with new text (removed)"""
    warnings: list[ImportProblem] = field(default_factory=list)
    """files imported, but damaged (a file cut short): what was kept, and why to check it"""
    unchanged: list[str] = field(default_factory=list)
    """files skipped because they were imported before and have not changed since"""
    removed: list[str] = field(default_factory=list)
    """ids of documents whose file was deleted from a rescanned folder"""
    cancelled: bool = False

    def merge(self, other: ImportReport) -> None:
        self.imported.extend(other.imported)
        self.duplicates.extend(other.duplicates)
        self.problems.extend(other.problems)
        self.replaced.extend(other.replaced)
        self.warnings.extend(other.warnings)
        self.unchanged.extend(other.unchanged)
        self.removed.extend(other.removed)
        self.cancelled = self.cancelled or other.cancelled


@dataclass(frozen=True, slots=True)
class Snippet:
    """A passage of ``clean_text``: ``start``/``end`` and ``highlights`` are
    offsets into the document's clean text (not into the snippet)."""

    text: str
    start: int
    end: int
    highlights: tuple[tuple[int, int], ...]

    def marked(self, open_mark: str = "[", close_mark: str = "]") -> str:
        """The snippet with each highlight wrapped in marks."""
        out: list[str] = []
        pos = self.start
        for s, e in self.highlights:
            out.append(self.text[pos - self.start : s - self.start])
            out.append(open_mark + self.text[s - self.start : e - self.start] + close_mark)
            pos = e
        out.append(self.text[pos - self.start :])
        return "".join(out)


@dataclass(frozen=True, slots=True)
class SearchHit:
    id: str
    path: str
    title: str
    source: str | None
    date: str | None
    """the shown date (see :data:`DATE_KINDS`)"""
    score: float
    snippet: Snippet | None
    date_kind: str | None = None
    outlet: Outlet | None = None
    date_source: str | None = None
    """where the shown date was read (``text``, ``url``, ``byline``, a field name …)"""


@dataclass(frozen=True, slots=True)
class SearchFilters:
    """What the window's filter bar keeps a list to, besides the query: a span of
    shown dates (ISO days, either end open) and some outlets (ids; none: all)."""

    date_from: str | None = None
    date_to: str | None = None
    outlets: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.date_from or self.date_to or self.outlets)


@dataclass(frozen=True, slots=True)
class SearchResults:
    query: str
    total: int
    hits: tuple[SearchHit, ...]
    offset: int = 0
    exact: bool = False
    """the words were searched as written (no stems, no clitics split)"""
    suggestion: str | None = None
    """for a query with no hits, the same query with its words spelt as the corpus spells them"""


@dataclass(frozen=True, slots=True)
class DateSpan:
    """The dates a list shows (publication, else retrieval) of a set of documents: the first and the
    last with their kinds (``published``/``retrieved``), and how many documents have no date at all."""

    documents: int = 0
    """documents of the set the store holds"""
    first: str | None = None
    first_kind: str | None = None
    last: str | None = None
    last_kind: str | None = None
    undated: int = 0


@dataclass(frozen=True, slots=True)
class CorpusStats:
    documents: int
    duplicates: int
    sources: tuple[tuple[str, int], ...]
    first_date: str | None
    last_date: str | None
    characters: int
    indexed: int
    store_path: str
    index_path: str


@dataclass(frozen=True, slots=True)
class DocumentRow:
    """What a document list shows for one document."""

    id: str
    path: str
    title: str
    source: str | None
    date: str | None
    """the shown date: publication, else retrieval (``date_kind`` says which)"""
    url: str | None
    length: int
    date_kind: str | None = None
    outlet: Outlet | None = None
    date_source: str | None = None
    """where the shown date was read (``text``, ``url``, ``byline``, a field name …)"""


ENTITY_TYPES = ("PER", "ORG", "LOC", "MISC")


@dataclass(frozen=True, slots=True)
class Entity:
    """A canonical entity with its counts (in one document or the whole corpus)."""

    id: str
    name: str
    type: str
    """one of :data:`ENTITY_TYPES`"""
    aliases: tuple[str, ...] = ()
    mentions: int = 0
    documents: int = 0


@dataclass(frozen=True, slots=True)
class Mention:
    """One mention of an entity: ``start``/``end`` count in the document's clean text."""

    doc_id: str
    entity_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class ImportProgress:
    """How far a long job (an import, a rescan, a re-index, a re-extraction) has come."""

    phase: str
    """"reading", "indexing" or "extracting" """
    done: int
    total: int | None
    problems: int
    current: str | None = None
    documents: int = 0
    """documents read so far (reading phase)"""


ProgressCallback = Callable[[ImportProgress], None]
CancelCheck = Callable[[], bool]
