"""Plain data passed between the core, the CLI and the UI."""

from __future__ import annotations

from dataclasses import dataclass, field


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

    @property
    def length(self) -> int:
        return len(self.clean_text)


@dataclass(frozen=True, slots=True)
class ImportProblem:
    """A file (or record) that could not be imported, and why."""

    path: str
    reason: str

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
    score: float
    snippet: Snippet | None


@dataclass(frozen=True, slots=True)
class SearchResults:
    query: str
    total: int
    hits: tuple[SearchHit, ...]
    offset: int = 0


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
    url: str | None
    length: int


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
