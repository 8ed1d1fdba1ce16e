"""The corpus store: one SQLite database (WAL) per corpus folder.

Documents keep raw text, clean text and metadata under a stable id (a hash
of the raw text). Every path a document was imported from is kept, so an
exact duplicate is recorded, not stored twice. ``vocab`` holds the corpus
vocabulary (normalised word forms and counts) that the tokenizer uses as
evidence when re-joining split words. ``indexed`` marks documents whose
index entry is committed, so an interrupted indexing run resumes. ``files``
holds the size and modification time of every file whose documents are
stored, written in the same transaction as the documents: an import skips a
file that has not changed (so a cancelled or killed import resumes where it
stopped), and a rescan finds what changed.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypedDict

from kashshaf.core.arabic.spelling import skeleton
from kashshaf.core.corpus.lock import CorpusNotWritable
from kashshaf.core.corpus.outlets import OutletStore, OutletTable, bundled_outlets
from kashshaf.core.entities.store import EntityStore
from kashshaf.core.excerpts import ExcerptStore
from kashshaf.core.messages import CodedMessage
from kashshaf.core.models import DateSpan, Document, DocumentRow, Outlet, shown_date

SCHEMA_VERSION = 2
"""2: publication and retrieval dates apart (``retrieved``), outlets (``outlet``, table ``outlets``)"""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS documents(
    num INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    path TEXT NOT NULL,
    title TEXT NOT NULL,
    source TEXT,
    date TEXT,
    date_text TEXT,
    url TEXT,
    author TEXT,
    title_origin TEXT,
    source_origin TEXT,
    date_origin TEXT,
    encoding TEXT,
    length INTEGER NOT NULL,
    clean_text TEXT NOT NULL,
    raw_text TEXT NOT NULL,
    imported_at REAL NOT NULL,
    indexed INTEGER NOT NULL DEFAULT 0,
    retrieved TEXT,
    retrieved_origin TEXT,
    outlet TEXT
);
CREATE INDEX IF NOT EXISTS documents_unindexed ON documents(indexed) WHERE indexed = 0;
CREATE TABLE IF NOT EXISTS document_paths(
    path TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS document_paths_doc ON document_paths(doc_id);
CREATE TABLE IF NOT EXISTS vocab(term TEXT PRIMARY KEY, count INTEGER NOT NULL, skel TEXT) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS files(
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL
) WITHOUT ROWID;
"""

_ADDED_COLUMNS = (("retrieved", "TEXT"), ("retrieved_origin", "TEXT"), ("outlet", "TEXT"))
"""columns added since schema 1 (an older store gets them on open)"""

SHOWN_DATE = "coalesce(date, retrieved)"
"""the date a list shows: the publication date, else the retrieval date"""

ORDERS = {
    "title": "title",
    "source": "coalesce((SELECT name FROM outlets o WHERE o.id = documents.outlet), source, '')",
    "date": f"coalesce({SHOWN_DATE}, '')",
    "length": "length",
    "imported": "num",
}
"""Orders a document list can be sorted in (column name -> SQL expression)."""

_DOC_COLUMNS = (
    "num, id, path, title, source, date, date_text, url, author, title_origin, source_origin, "
    "date_origin, encoding, clean_text, raw_text, retrieved, retrieved_origin, outlet"
)


_ROW_COLUMNS = "id, path, title, source, date, retrieved, url, length, outlet, date_origin, retrieved_origin"


def _row_to_list_row(r: tuple[Any, ...], outlets: OutletTable) -> DocumentRow:
    when, kind = shown_date(r[4], r[5])
    origin = r[9] if kind == "published" else r[10] if kind == "retrieved" else None
    return DocumentRow(r[0], r[1], r[2], r[3], when, r[6], int(r[7]), kind, outlets.get(r[8]), origin)


class StatsRows(TypedDict):
    """The corpus summary's figures as the store reads them (:meth:`CorpusStore.stats_rows`)."""

    sources: list[tuple[str, int]]
    first_date: str | None
    last_date: str | None
    characters: int


class StoreError(CodedMessage, RuntimeError):
    """The store cannot be opened or written; the message names the file."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(self._set(code, params))


class CorpusStore:
    """Documents and vocabulary of one corpus (``<corpus>/kashshaf.sqlite3``)."""

    FILENAME = "kashshaf.sqlite3"

    def __init__(self, corpus_dir: Path, *, readonly: bool = False) -> None:
        self.path = corpus_dir / self.FILENAME
        self.readonly = readonly
        try:
            if readonly:
                first = _connect_readonly(self.path)
            else:
                if self.path.exists() and not os.access(self.path, os.W_OK):
                    raise CorpusNotWritable("store-unwritable", path=self.path)
                corpus_dir.mkdir(parents=True, exist_ok=True)
                first = _connect(self.path)
                first.execute("PRAGMA journal_mode=WAL")
                first.executescript(_SCHEMA)
                _add_columns(first)
                first.execute(
                    "INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
                )
                first.commit()
            self._db = PerThreadConnection(
                first, lambda: _connect_readonly(self.path) if readonly else _connect(self.path)
            )
            self.entities = EntityStore(self._db, readonly)
            self.outlets = OutletStore(self._db, readonly)
            self.excerpts = ExcerptStore(self._db, readonly, lambda: self.outlets.table().get)
            if not readonly and self.meta("outlets_seeded") != _bundled_outlets_key():
                self.outlets.seed()
                self.set_meta("outlets_seeded", _bundled_outlets_key())
        except (sqlite3.Error, OSError) as exc:
            raise StoreError("store-unopenable", path=self.path, reason=exc) from exc

    def close(self) -> None:
        self._db.close()

    # --- writing ---------------------------------------------------------

    def add_documents(
        self, docs: Iterable[Document], files: Iterable[tuple[str, int, int]] = ()
    ) -> tuple[list[str], list[tuple[str, str]]]:
        """Store ``docs`` and the ``(path, size, mtime_ns)`` of the files they came from in one
        transaction; return (new ids, (path, id) of duplicates).

        A document read again from the path it is already stored under is neither.
        """
        added: list[str] = []
        duplicates: list[tuple[str, str]] = []
        now = time.time()
        docs = list(docs)
        outlets = {d.id: self.outlets.ensure(d.source, d.url) for d in docs}
        with self._db:
            cur = self._db.cursor()
            for doc in docs:
                again = cur.execute("SELECT doc_id FROM document_paths WHERE path = ?", (doc.path,)).fetchone()
                cur.execute(
                    "INSERT OR IGNORE INTO documents(id, path, title, source, date, date_text, url, author, "
                    "title_origin, source_origin, date_origin, encoding, length, clean_text, raw_text, imported_at, "
                    "retrieved, retrieved_origin, outlet) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        doc.id,
                        doc.path,
                        doc.title,
                        doc.source,
                        doc.date,
                        doc.date_text,
                        doc.url,
                        doc.author,
                        doc.title_origin,
                        doc.source_origin,
                        doc.date_origin,
                        doc.encoding,
                        len(doc.clean_text),
                        doc.clean_text,
                        doc.raw_text,
                        now,
                        doc.retrieved,
                        doc.retrieved_origin,
                        outlets.get(doc.id),
                    ),
                )
                if cur.rowcount:
                    added.append(doc.id)
                elif again is None or again[0] != doc.id:
                    duplicates.append((doc.path, doc.id))
                cur.execute("INSERT OR REPLACE INTO document_paths(path, doc_id) VALUES (?, ?)", (doc.path, doc.id))
            cur.executemany("INSERT OR REPLACE INTO files(path, size, mtime_ns) VALUES (?, ?, ?)", files)
        return added, duplicates

    def remove_paths(self, paths: Iterable[str]) -> list[str]:
        """Forget that documents were imported from ``paths``; return the ids left with no path."""
        paths = list(paths)
        ids: set[str] = set()
        with self._db:
            for path in paths:
                row = self._db.execute("SELECT doc_id FROM document_paths WHERE path = ?", (path,)).fetchone()
                if row is not None:
                    ids.add(row[0])
                    self._db.execute("DELETE FROM document_paths WHERE path = ?", (path,))
        return sorted(i for i in ids if not self.paths_of(i))

    def forget_files(self, paths: Iterable[str]) -> None:
        with self._db:
            self._db.executemany("DELETE FROM files WHERE path = ?", ((p,) for p in paths))

    def set_clean_text(self, doc_id: str, clean_text: str) -> None:
        """Replace a document's clean text (after the cleaning rules changed); it must be indexed again."""
        with self._db:
            self._db.execute(
                "UPDATE documents SET clean_text = ?, length = ?, indexed = 0 WHERE id = ?",
                (clean_text, len(clean_text), doc_id),
            )

    def set_metadata(self, doc: Document, outlet: str | None) -> None:
        """Store a document's title, dates, byline and outlet again; it must be indexed again."""
        with self._db:
            self._db.execute(
                "UPDATE documents SET title = ?, date = ?, date_origin = ?, date_text = ?, retrieved = ?, "
                "retrieved_origin = ?, author = ?, outlet = ?, indexed = 0 WHERE id = ?",
                (
                    doc.title,
                    doc.date,
                    doc.date_origin,
                    doc.date_text,
                    doc.retrieved,
                    doc.retrieved_origin,
                    doc.author,
                    outlet,
                    doc.id,
                ),
            )

    def delete_documents(self, ids: Iterable[str]) -> int:
        """Delete documents; the files they came from are forgotten, so importing one again reads it."""
        ids = list(ids)
        self.entities.delete_documents(ids)
        files = {f for i in ids for p in self.paths_of(i) for f in _containing_files(p)}
        with self._db:
            self._db.executemany("DELETE FROM files WHERE path = ?", ((f,) for f in files))
            self._db.executemany("DELETE FROM document_paths WHERE doc_id = ?", ((i,) for i in ids))
            cur = self._db.executemany("DELETE FROM documents WHERE id = ?", ((i,) for i in ids))
        return cur.rowcount

    def add_vocabulary(self, counts: dict[str, int]) -> None:
        """Add word counts; each new word gets its skeleton (spelling variants)."""
        with self._db:
            self._db.executemany(
                "INSERT INTO vocab(term, count, skel) VALUES (?, ?, ?) "
                "ON CONFLICT(term) DO UPDATE SET count = count + excluded.count",
                ((term, n, skeleton(term)) for term, n in counts.items()),
            )

    def mark_indexed(self, ids: Iterable[str], value: bool = True) -> None:
        with self._db:
            self._db.executemany("UPDATE documents SET indexed = ? WHERE id = ?", ((int(value), i) for i in ids))

    def mark_all_unindexed(self) -> None:
        with self._db:
            self._db.execute("UPDATE documents SET indexed = 0")

    def set_meta(self, key: str, value: str) -> None:
        with self._db:
            self._db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    # --- reading ---------------------------------------------------------

    def ordered_ids(
        self, order: str = "date", descending: bool = True, among: Iterable[str] | None = None
    ) -> list[str]:
        """Document ids sorted by ``order`` (a key of :data:`ORDERS`), all or only those ``among``."""
        expr = ORDERS[order]
        direction = "DESC" if descending else "ASC"
        sql = f"SELECT id FROM documents ORDER BY {expr} {direction}, num {direction}"
        if among is None:
            return [r[0] for r in self._db.execute(sql)]
        with self._db:
            self._db.execute("CREATE TEMP TABLE IF NOT EXISTS among(id TEXT PRIMARY KEY) WITHOUT ROWID")
            self._db.execute("DELETE FROM among")
            self._db.executemany("INSERT OR IGNORE INTO among(id) VALUES (?)", ((i,) for i in among))
            rows = [  # row by row, not fetchall(), which holds the GIL for the whole list
                r[0]
                for r in self._db.execute(
                    f"SELECT d.id FROM documents d JOIN among a ON a.id = d.id "
                    f"ORDER BY {expr} {direction}, num {direction}"
                )
            ]
            self._db.execute("DELETE FROM among")
        return rows

    def rows(self, ids: list[str]) -> dict[str, DocumentRow]:
        """The list columns of ``ids`` (missing ids are left out)."""
        out: dict[str, DocumentRow] = {}
        outlets = self.outlets.table()
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for r in self._db.execute(f"SELECT {_ROW_COLUMNS} FROM documents WHERE id IN ({marks})", chunk):
                out[r[0]] = _row_to_list_row(r, outlets)
        return out

    def meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM documents").fetchone()[0])

    def count_unindexed(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM documents WHERE indexed = 0").fetchone()[0])

    def unindexed_ids(self) -> list[str]:
        return [r[0] for r in self._db.execute("SELECT id FROM documents WHERE indexed = 0")]

    def count_paths(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM document_paths").fetchone()[0])

    def has(self, doc_id: str) -> bool:
        return self._db.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def get(self, doc_id: str) -> Document | None:
        row = self._db.execute(f"SELECT {_DOC_COLUMNS} FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return _row_to_document(row, self.outlets.table().get(row[17])) if row else None

    def find_ids(self, prefix: str) -> list[str]:
        """Ids starting with ``prefix`` (for short ids typed by a person)."""
        rows = self._db.execute(
            "SELECT id FROM documents WHERE id >= ? AND id < ? LIMIT 5", (prefix, prefix + "\uffff")
        )
        return [r[0] for r in rows]

    def id_for_path(self, path: str) -> str | None:
        row = self._db.execute("SELECT doc_id FROM document_paths WHERE path = ?", (path,)).fetchone()
        return row[0] if row else None

    def file_state(self, path: str) -> tuple[int, int] | None:
        """``(size, mtime_ns)`` of ``path`` when its documents were stored."""
        row = self._db.execute("SELECT size, mtime_ns FROM files WHERE path = ?", (path,)).fetchone()
        return (int(row[0]), int(row[1])) if row else None

    def file_paths(self) -> list[str]:
        return [r[0] for r in self._db.execute("SELECT path FROM files ORDER BY path")]

    def paths_from(self, file: str) -> list[str]:
        """Every document path read from ``file``: itself, its records (``file#n``), its members (``file/m``)."""
        rows = self._db.execute(
            "SELECT path FROM document_paths WHERE path = ? OR (path > ? AND path < ?) OR (path > ? AND path < ?)",
            (file, file + "#", file + "#\uffff", file + "/", file + "/\uffff"),
        )
        return [r[0] for r in rows]

    def paths_of(self, doc_id: str) -> list[str]:
        return [r[0] for r in self._db.execute("SELECT path FROM document_paths WHERE doc_id = ?", (doc_id,))]

    def summaries(self, ids: list[str]) -> dict[str, tuple[DocumentRow, str]]:
        """``id -> (list row, clean_text)`` for a page of hits."""
        out: dict[str, tuple[DocumentRow, str]] = {}
        outlets = self.outlets.table()
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(f"SELECT {_ROW_COLUMNS}, clean_text FROM documents WHERE id IN ({marks})", chunk)
            for r in rows:
                out[r[0]] = (_row_to_list_row(r, outlets), r[-1])
        return out

    def date_span(self, ids: Iterable[str]) -> DateSpan:
        """The first and last dates the list shows of ``ids`` (publication, else retrieval, and which it
        is), how many of them are stored and how many have no date: one statement that looks each id up
        once through the ``id`` index and reads no text (a hit set of any size). Where a publication and
        a retrieval date are the same first (or last) date, it is called a publication date."""
        row = self._db.execute(
            f"""WITH hit AS MATERIALIZED (
                    SELECT {SHOWN_DATE} AS shown, date IS NOT NULL AS published FROM documents
                    WHERE id IN (SELECT value FROM json_each(?)))
                SELECT count(*), coalesce(sum(shown IS NULL), 0), min(shown), max(shown),
                    (SELECT max(published) FROM hit WHERE shown = (SELECT min(shown) FROM hit)),
                    (SELECT max(published) FROM hit WHERE shown = (SELECT max(shown) FROM hit))
                FROM hit""",
            (json.dumps(list(ids)),),
        ).fetchone()
        count, undated, first, last, first_published, last_published = row

        def kind(day: str | None, published: int | None) -> str | None:
            return None if day is None else "published" if published else "retrieved"

        return DateSpan(int(count), first, kind(first, first_published), last, kind(last, last_published), undated)

    def iter_for_index(
        self, only_unindexed: bool, batch: int = 500
    ) -> Iterator[list[tuple[str, str, str, str | None, str | None, str | None, str | None]]]:
        """Batches of ``(id, title, clean_text, outlet id, shown date, entity ids, publication date)``."""
        where = "WHERE indexed = 0" if only_unindexed else ""
        last = 0
        while True:
            rows = self._db.execute(
                f"SELECT num, id, title, clean_text, outlet, {SHOWN_DATE}, "
                "(SELECT group_concat(entity_id, ' ') FROM (SELECT DISTINCT entity_id FROM mentions m "
                f"WHERE m.doc_id = documents.id)), date FROM documents {where} "
                f"{'AND' if where else 'WHERE'} num > ? ORDER BY num LIMIT ?",
                (last, batch),
            ).fetchall()
            if not rows:
                return
            last = rows[-1][0]
            yield [(r[1], r[2], r[3], r[4], r[5], r[6], r[7]) for r in rows]

    def is_known_word(self, term: str) -> bool:
        return self._db.execute("SELECT 1 FROM vocab WHERE term = ?", (term,)).fetchone() is not None

    def outlet_counts(self) -> dict[str, int]:
        """Documents per outlet id."""
        return {
            str(r[0]): int(r[1])
            for r in self._db.execute("SELECT outlet, count(*) FROM documents WHERE outlet IS NOT NULL GROUP BY outlet")
        }

    def shown_dates_and_outlets(self) -> dict[str, tuple[str | None, bool, str | None]]:
        """``id -> (shown date, whether it is a publication date, outlet id)`` of every document, in one
        statement (the result-set views keep it by docnum: ``core/analysis/columns.py``)."""
        return {
            r[0]: (r[1], bool(r[2]), r[3])
            for r in self._db.execute(f"SELECT id, {SHOWN_DATE}, date IS NOT NULL, outlet FROM documents")
        }

    def stats_rows(self) -> StatsRows:
        db = self._db
        outlets = self.outlets.table()
        sources = [
            ((o.name if (o := outlets.get(outlet)) else source) or "", n)
            for outlet, source, n in db.execute(
                "SELECT outlet, min(source), count(*) FROM documents GROUP BY outlet ORDER BY count(*) DESC"
            )
        ]
        dates = db.execute(f"SELECT min({SHOWN_DATE}), max({SHOWN_DATE}) FROM documents").fetchone()
        length = db.execute("SELECT coalesce(sum(length), 0) FROM documents").fetchone()[0]
        return {"sources": sources, "first_date": dates[0], "last_date": dates[1], "characters": length}


class PerThreadConnection:
    """A SQLite connection for each thread, used like one connection.

    One connection shared by threads serialises them on its mutex: the window's
    thread would wait for a background thread's long query (the corpus' entity
    counts take a quarter of a second at 100k documents). With a connection each,
    readers run side by side (WAL) and writers take turns through SQLite's lock.
    """

    def __init__(self, first: sqlite3.Connection, connect: Callable[[], sqlite3.Connection]) -> None:
        self._connect = connect
        self._local = threading.local()
        self._local.db = first
        self._all = [first]
        self._guard = threading.Lock()

    @property
    def db(self) -> sqlite3.Connection:
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None:
            db = self._connect()
            self._local.db = db
            with self._guard:
                self._all.append(db)
        return db

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        return self.db.execute(sql, params)

    def executemany(self, sql: str, params: Iterable[Any]) -> sqlite3.Cursor:
        return self.db.executemany(sql, params)

    def executescript(self, sql: str) -> sqlite3.Cursor:
        return self.db.executescript(sql)

    def cursor(self) -> sqlite3.Cursor:
        return self.db.cursor()

    def commit(self) -> None:
        self.db.commit()

    def __enter__(self) -> sqlite3.Connection:
        return self.db.__enter__()

    def __exit__(self, *exc: Any) -> Any:
        return self.db.__exit__(*exc)

    def close(self) -> None:
        with self._guard:
            connections, self._all = self._all, []
        for db in connections:
            db.close()


def _connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, check_same_thread=False, timeout=30)
    db.execute("PRAGMA synchronous=NORMAL")
    return db


def _connect_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection. In a folder that cannot be written SQLite cannot make the
    WAL's shared-memory file, so the database is read as immutable there."""
    if not path.exists():
        raise sqlite3.OperationalError(f"no corpus store at {path}")
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    try:
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return db
    except sqlite3.OperationalError:
        db.close()
        return sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)


def _containing_files(path: str) -> list[str]:
    """``path`` and every prefix of it ending before a ``#`` or ``/`` (the file a record came from)."""
    return [path] + [path[:i] for i, ch in enumerate(path) if ch in "#/" and i > 0]


def _add_columns(db: sqlite3.Connection) -> None:
    """Columns a store made by an older Kashshaf lacks."""
    have = {r[1] for r in db.execute("PRAGMA table_info(documents)")}
    for name, kind in _ADDED_COLUMNS:
        if name not in have:
            db.execute(f"ALTER TABLE documents ADD COLUMN {name} {kind}")
    if "skel" not in {r[1] for r in db.execute("PRAGMA table_info(vocab)")}:
        db.execute("ALTER TABLE vocab ADD COLUMN skel TEXT")
    if db.execute("SELECT 1 FROM vocab WHERE skel IS NULL LIMIT 1").fetchone() is not None:
        terms = [r[0] for r in db.execute("SELECT term FROM vocab WHERE skel IS NULL")]
        db.executemany("UPDATE vocab SET skel = ? WHERE term = ?", ((skeleton(t), t) for t in terms))
    db.execute("CREATE INDEX IF NOT EXISTS vocab_skel ON vocab(skel)")
    db.commit()


def _bundled_outlets_key() -> str:
    """Changes when the bundled outlet table does (so a corpus takes in new outlets)."""
    return hashlib.sha1(repr(bundled_outlets()).encode("utf-8")).hexdigest()[:12]


def _row_to_document(row: tuple[object, ...], outlet: Outlet | None = None) -> Document:
    (num, doc_id, path, title, source, date, date_text, url, author, t_o, s_o, d_o, enc, clean, raw) = row[:15]
    retrieved, retrieved_origin = row[15], row[16]
    return Document(
        id=str(doc_id),
        path=str(path),
        title=str(title),
        source=source if source is None else str(source),
        date=date if date is None else str(date),
        url=url if url is None else str(url),
        author=author if author is None else str(author),
        clean_text=str(clean),
        raw_text=str(raw),
        encoding=enc if enc is None else str(enc),
        title_origin=str(t_o or "text"),
        source_origin=s_o if s_o is None else str(s_o),
        date_origin=d_o if d_o is None else str(d_o),
        date_text=date_text if date_text is None else str(date_text),
        num=int(num),  # type: ignore[call-overload]  # an INTEGER column; the row is typed tuple[object, ...]
        retrieved=retrieved if retrieved is None else str(retrieved),
        retrieved_origin=retrieved_origin if retrieved_origin is None else str(retrieved_origin),
        outlet=outlet,
    )
