"""Batch search: a list of names or queries, one per line, each counted at once.

A journalist pastes 200 names into a file and wants, for each, how many
documents mention it, how many times, and from when to when.
:func:`read_queries` reads the list (a ``.txt`` file, one query per line, or
a ``.csv`` file: its first column, or the column named ``query``, ``name``
or ``الاستعلام``); :meth:`kashshaf.core.workspace.Workspace.batch_search`
counts each query's documents with the index's set algebra and its
occurrences from the postings' frequencies, and asks the store for the span
of dates of the matching documents, without reading their texts; a line
that cannot be read as a query gets its reason, and the rest of the list
goes on.

A line of plain words is a *name*: ``محمد بن سلمان`` is searched as the
phrase ``"محمد بن سلمان"``, not as three words anywhere in a document. A
line that uses the query language (quotes, parentheses, ``AND``/``OR``/
``NOT`` and their Arabic forms, ``+``/``-``, ``*``, ``field:value``) is
searched as written; so is every line with ``as_written``.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kashshaf.core.corpus.decoding import DecodeError, decode_bytes
from kashshaf.core.messages import CodedMessage

MAX_FILE_MB = 5
MAX_QUERIES = 10_000
QUERY_COLUMNS = frozenset(
    {"query", "queries", "name", "names", "الاستعلام", "استعلام", "الاستعلامات", "الاسم", "اسم", "الأسماء"}
)
"""a CSV header cell (case and spaces aside) that names the column of queries"""
SPREADSHEETS = frozenset({".xlsx", ".xlsm", ".xls", ".ods", ".numbers", ".docx", ".doc", ".odt", ".rtf", ".pdf"})
"""files that hold a list but are not text: the message says how to save them"""

_QUERY_SYNTAX_RE = re.compile(
    r"[\"«»“”()\[\]{}*?:~^]"
    r"|(?:^|\s)[+-]\S"
    r"|(?:^|\s)(?:AND|OR|NOT|ANDNOT|ANDMAYBE|REQUIRE|و|أو|او|ليس)(?=\s|$)"
)
"""what makes a line a query rather than a name (see :func:`as_query`)"""


class BatchInputError(CodedMessage, ValueError):
    """The list cannot be read; the message names the file and says why (``code`` and ``params`` are the
    reason's, in :data:`kashshaf.core.messages.MESSAGES`)."""

    def __init__(self, path: str | Path, code: str, **params: Any) -> None:
        self.path = str(path)
        super().__init__(f"{self.path}: {self._set(code, params)}")


@dataclass(frozen=True, slots=True)
class BatchQuery:
    """One line of a list."""

    text: str
    """the line as written"""
    query: str
    """what is searched: the line, or a name as a "phrase"""
    line: int = 0
    """its line (its row in a CSV file), counted from 1; 0 when it came from no file"""


@dataclass(frozen=True, slots=True)
class BatchResult:
    """What one query of a list finds: hits, documents and the span of their dates, or why it could not run."""

    item: BatchQuery
    hits: int | None = None
    """occurrences: how many times the query's words and phrases occur in its documents, counted from
    the index (:func:`kashshaf.core.search.counting.occurrences`; None: the query could not run)"""
    documents: int | None = None
    """the documents it matches that the store holds: ``Workspace.search(query).total`` (fewer only
    while the index lags behind the store)"""
    first_date: str | None = None
    """the earliest date the list shows (publication, else retrieval) among them, ISO"""
    first_kind: str | None = None
    """``published`` or ``retrieved``"""
    last_date: str | None = None
    last_kind: str | None = None
    undated: int = 0
    """documents with neither a publication nor a retrieval date (left out of the span)"""
    error: str | None = None
    """why the query could not run (English, as :class:`QueryError` words it)"""
    error_kind: str = ""
    """:attr:`QueryError.kind`: ``empty``, ``quote``, ``parens``, ``syntax``, ``stopwords``, ``date``,
    ``outlet``, ``entity``; ``failed`` for any other failure"""
    error_value: str = ""
    error_known: tuple[str, ...] = ()
    suggestion: str | None = None
    """for a query that finds nothing, the same query with the corpus' spellings (did you mean)"""

    @property
    def text(self) -> str:
        return self.item.text

    @property
    def query(self) -> str:
        return self.item.query

    @property
    def ok(self) -> bool:
        return self.error is None

    def as_dict(self) -> dict[str, object]:
        """For JSON: every field, the query's line and text first."""
        return {
            "line": self.item.line,
            "text": self.item.text,
            "query": self.item.query,
            "hits": self.hits,
            "documents": self.documents,
            "first_date": self.first_date,
            "first_date_kind": self.first_kind,
            "last_date": self.last_date,
            "last_date_kind": self.last_kind,
            "undated": self.undated,
            "error": self.error,
            "error_kind": self.error_kind or None,
            "suggestion": self.suggestion,
        }


def is_query_syntax(text: str) -> bool:
    """Whether ``text`` uses the query language (and is not just a name)."""
    return bool(_QUERY_SYNTAX_RE.search(text))


def as_query(text: str, as_written: bool = False) -> str:
    """What a line searches for: a name of several plain words as a "phrase", anything else as written."""
    text = " ".join(text.split())
    if as_written or len(text.split()) < 2 or is_query_syntax(text):
        return text
    return f'"{text}"'


def batch_query(text: str, line: int = 0, as_written: bool = False) -> BatchQuery:
    text = " ".join(text.split())
    return BatchQuery(text, as_query(text, as_written), line)


def queries_from_text(text: str, as_written: bool = False) -> list[BatchQuery]:
    """One query per line; blank lines and lines starting with ``#`` are skipped. A line with tabs
    (a spreadsheet saved as text) gives its first cell."""
    out: list[BatchQuery] = []
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.split("\t", 1)[0].strip().strip("\ufeff")
        if stripped and not stripped.startswith("#"):
            out.append(batch_query(stripped, number, as_written))
    return out


def queries_from_csv(text: str, as_written: bool = False, delimiter: str | None = None) -> list[BatchQuery]:
    """The first column, or the one a header names (:data:`QUERY_COLUMNS`); empty cells are skipped."""
    if delimiter is None:
        try:
            delimiter = csv.Sniffer().sniff(text[:8192], delimiters=",;\t").delimiter
        except csv.Error:  # one column: nothing to tell apart
            delimiter = ","
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    column = 0
    start = 0
    if rows:
        header = [" ".join(cell.strip().strip("\ufeff").lower().split()) for cell in rows[0]]
        named = [i for i, cell in enumerate(header) if cell in QUERY_COLUMNS]
        if named:
            column, start = named[0], 1
    out: list[BatchQuery] = []
    for number, row in enumerate(rows[start:], start=start + 1):
        cell = row[column].strip() if column < len(row) else ""
        if cell:
            out.append(batch_query(cell, number, as_written))
    return out


def queries_from_bytes(data: bytes, name: str, as_written: bool = False) -> list[BatchQuery]:
    """Decode ``data`` (UTF-8 with or without BOM; UTF-16 with a BOM; Windows-1256) and read it as a CSV
    file when ``name`` ends in ``.csv`` or ``.tsv``, else as lines. Raises :class:`BatchInputError`."""
    suffix = Path(name).suffix.lower()
    if suffix in SPREADSHEETS:
        raise BatchInputError(name, "batch-spreadsheet", suffix=suffix)
    if len(data) > MAX_FILE_MB * 1024 * 1024:
        raise BatchInputError(name, "too-large", size=f"{len(data) / 1024 / 1024:.1f}", limit=MAX_FILE_MB)
    try:
        text, _encoding = decode_bytes(data)
    except DecodeError as exc:
        raise BatchInputError(name, exc.code, **dict(exc.params)) from exc
    try:
        if suffix in (".csv", ".tsv"):
            queries = queries_from_csv(text, as_written, "\t" if suffix == ".tsv" else None)
        else:
            queries = queries_from_text(text, as_written)
    except csv.Error as exc:
        raise BatchInputError(name, "batch-csv", reason=exc) from exc
    if not queries:
        raise BatchInputError(name, "batch-no-queries")
    if len(queries) > MAX_QUERIES:
        raise BatchInputError(name, "batch-too-many", count=len(queries), limit=MAX_QUERIES)
    return queries


def read_queries(path: str | Path, as_written: bool = False) -> list[BatchQuery]:
    """The queries of a list file (see :func:`queries_from_bytes`). Raises :class:`BatchInputError`
    naming the file and the reason."""
    path = Path(path)
    if path.suffix.lower() in SPREADSHEETS:
        raise BatchInputError(path, "batch-spreadsheet", suffix=path.suffix.lower())
    if not path.exists():
        raise BatchInputError(path, "no-such-path")
    if path.is_dir():
        raise BatchInputError(path, "batch-folder")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_MB * 1024 * 1024:
            raise BatchInputError(path, "too-large", size=f"{size / 1024 / 1024:.1f}", limit=MAX_FILE_MB)
        data = path.read_bytes()
    except OSError as exc:
        raise BatchInputError(path, "unreadable", reason=exc.strerror or exc) from exc
    return queries_from_bytes(data, str(path), as_written)
