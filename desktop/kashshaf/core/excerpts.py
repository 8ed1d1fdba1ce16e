"""Excerpts: passages the user keeps, with where they came from and a note.

An excerpt holds the exact text, its offsets in the document's clean text,
the document's id, title, outlet, date and url, a note, tags, a colour, the
time it was made and its place in the user's order. It lives in the corpus
store (table ``excerpts``), not in the index, so re-indexing cannot touch
it.

Anchoring: when a document is imported again and its clean text changed
(new cleaning rules), an excerpt whose offsets no longer hold its text is
re-anchored by searching for the text (the nearest occurrence to the old
place wins); when the text is gone from the document, or the document is
gone, the excerpt is kept and flagged ``lost``, never silently dropped.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from kashshaf.core.db import Db
from kashshaf.core.models import Document, Outlet

SCHEMA = """
CREATE TABLE IF NOT EXISTS excerpts(
    id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    title TEXT NOT NULL,
    source TEXT,
    date TEXT,
    url TEXT,
    note TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '[]',
    colour TEXT NOT NULL DEFAULT 'yellow',
    created REAL NOT NULL,
    position REAL NOT NULL,
    status TEXT NOT NULL DEFAULT 'ok',
    date_kind TEXT,
    outlet TEXT
);
CREATE INDEX IF NOT EXISTS excerpts_doc ON excerpts(doc_id);
"""

COLOURS = ("yellow", "green", "blue", "pink", "orange")
STATUSES = ("ok", "moved", "lost")


class ExcerptError(ValueError):
    """An excerpt that cannot be made (bad offsets, unknown document); the message says why."""


@dataclass(frozen=True, slots=True)
class Excerpt:
    id: str
    doc_id: str
    start: int
    end: int
    text: str
    title: str
    source: str | None
    date: str | None
    url: str | None
    note: str = ""
    tags: tuple[str, ...] = ()
    colour: str = "yellow"
    created: float = 0.0
    position: float = 0.0
    status: str = "ok"
    """``ok``; ``moved`` (re-anchored by its text after the document changed); ``lost``"""
    date_kind: str | None = None
    """what ``date`` is: ``published`` or ``retrieved`` (see :data:`kashshaf.core.models.DATE_KINDS`)"""
    outlet: Outlet | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "doc_id": self.doc_id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "title": self.title,
            "source": self.outlet.name if self.outlet else self.source,
            "outlet_id": self.outlet.id if self.outlet else None,
            "date": self.date,
            "date_kind": self.date_kind,
            "url": self.url,
            "note": self.note,
            "tags": list(self.tags),
            "colour": self.colour,
            "created": self.created,
            "status": self.status,
        }


@dataclass
class ExcerptFilter:
    tag: str | None = None
    doc_id: str | None = None
    doc_ids: set[str] | None = None
    """only excerpts of these documents (e.g. those mentioning an entity)"""
    ids: list[str] | None = None
    text: str = ""
    statuses: tuple[str, ...] = field(default_factory=lambda: STATUSES)


_COLUMNS = (
    "id, doc_id, start, end, text, title, source, date, url, note, tags, colour, created, position, status, "
    "date_kind, outlet"
)
_ADDED_COLUMNS = (("date_kind", "TEXT"), ("outlet", "TEXT"))


def _row(r: tuple[Any, ...], outlets: Callable[[str | None], Outlet | None] | None = None) -> Excerpt:
    return Excerpt(
        r[0],
        r[1],
        int(r[2]),
        int(r[3]),
        r[4],
        r[5],
        r[6],
        r[7],
        r[8],
        r[9],
        tuple(json.loads(r[10])),
        r[11],
        float(r[12]),
        float(r[13]),
        r[14],
        r[15],
        outlets(r[16]) if outlets is not None else None,
    )


def anchor(text: str, old_start: int, wanted: str) -> int | None:
    """Where ``wanted`` is in ``text``: at ``old_start`` if it still is, else its nearest occurrence."""
    if text[old_start : old_start + len(wanted)] == wanted:
        return old_start
    best: int | None = None
    i = text.find(wanted)
    while i >= 0:
        if best is None or abs(i - old_start) < abs(best - old_start):
            best = i
        i = text.find(wanted, i + 1)
    return best


class ExcerptStore:
    """The ``excerpts`` table of a corpus store (shares its SQLite connection)."""

    def __init__(
        self,
        db: Db,
        readonly: bool = False,
        outlets: Callable[[], Callable[[str | None], Outlet | None]] | None = None,
    ) -> None:
        """``outlets``: gives the lookup of an outlet by id (the corpus' outlet table, read once a call),
        for the names an excerpt is cited with."""
        self._db = db
        self._outlets = outlets
        if not readonly:
            db.executescript(SCHEMA)
            have = {r[1] for r in db.execute("PRAGMA table_info(excerpts)")}
            for name, kind in _ADDED_COLUMNS:
                if name not in have:
                    db.execute(f"ALTER TABLE excerpts ADD COLUMN {name} {kind}")
            db.commit()

    def add(
        self,
        doc: Document,
        start: int,
        end: int,
        note: str = "",
        tags: Iterable[str] = (),
        colour: str = "yellow",
        now: float | None = None,
    ) -> Excerpt:
        if not 0 <= start < end <= len(doc.clean_text):
            raise ExcerptError(
                f"offsets {start}–{end} are outside document {doc.id} (its text has {len(doc.clean_text)} characters)"
            )
        if colour not in COLOURS:
            raise ExcerptError(f"unknown colour {colour!r} (known: {', '.join(COLOURS)})")
        created = time.time() if now is None else now
        last = self._db.execute("SELECT coalesce(max(position), 0) FROM excerpts").fetchone()[0]
        when, kind = doc.shown_date
        excerpt = Excerpt(
            uuid.uuid4().hex[:12],
            doc.id,
            start,
            end,
            doc.clean_text[start:end],
            doc.title,
            doc.source,
            when,
            doc.url,
            note,
            tuple(dict.fromkeys(t.strip() for t in tags if t.strip())),
            colour,
            created,
            float(last) + 1.0,
            date_kind=kind,
            outlet=doc.outlet,
        )
        self._write(excerpt)
        return excerpt

    def _write(self, e: Excerpt) -> None:
        with self._db:
            self._db.execute(
                f"INSERT OR REPLACE INTO excerpts({_COLUMNS}) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    e.id,
                    e.doc_id,
                    e.start,
                    e.end,
                    e.text,
                    e.title,
                    e.source,
                    e.date,
                    e.url,
                    e.note,
                    json.dumps(list(e.tags), ensure_ascii=False),
                    e.colour,
                    e.created,
                    e.position,
                    e.status,
                    e.date_kind,
                    e.outlet.id if e.outlet else None,
                ),
            )

    def _outlet_lookup(self) -> Callable[[str | None], Outlet | None] | None:
        return self._outlets() if self._outlets is not None else None

    def get(self, excerpt_id: str) -> Excerpt | None:
        row = self._db.execute(f"SELECT {_COLUMNS} FROM excerpts WHERE id = ?", (excerpt_id,)).fetchone()
        return _row(row, self._outlet_lookup()) if row else None

    def select(self, where: ExcerptFilter | None = None) -> list[Excerpt]:
        f = where or ExcerptFilter()
        lookup = self._outlet_lookup()
        rows = [_row(r, lookup) for r in self._db.execute(f"SELECT {_COLUMNS} FROM excerpts ORDER BY position")]
        out = []
        for e in rows:
            if f.tag and f.tag not in e.tags:
                continue
            if f.doc_id and e.doc_id != f.doc_id:
                continue
            if f.doc_ids is not None and e.doc_id not in f.doc_ids:
                continue
            if f.ids is not None and e.id not in f.ids:
                continue
            if f.text and f.text not in e.text and f.text not in e.note:
                continue
            if e.status not in f.statuses:
                continue
            out.append(e)
        return out

    def update(self, excerpt_id: str, **changes: Any) -> Excerpt:
        current = self.get(excerpt_id)
        if current is None:
            raise ExcerptError(f"no excerpt {excerpt_id}")
        if "tags" in changes:
            changes["tags"] = tuple(dict.fromkeys(t.strip() for t in changes["tags"] if t.strip()))
        if "colour" in changes and changes["colour"] not in COLOURS:
            raise ExcerptError(f"unknown colour {changes['colour']!r}")
        allowed = {"note", "tags", "colour", "position"}
        unknown = set(changes) - allowed
        if unknown:
            raise ExcerptError(f"these cannot be changed: {', '.join(sorted(unknown))}")
        updated = replace(current, **changes)
        self._write(updated)
        return updated

    def delete(self, excerpt_id: str) -> Excerpt | None:
        """Delete and return the excerpt (the caller keeps it to undo with :meth:`restore`)."""
        current = self.get(excerpt_id)
        if current is not None:
            with self._db:
                self._db.execute("DELETE FROM excerpts WHERE id = ?", (excerpt_id,))
        return current

    def restore(self, excerpt: Excerpt) -> None:
        self._write(excerpt)

    def move(self, excerpt_id: str, before_id: str | None) -> None:
        """Put an excerpt just before another one (or last, when ``before_id`` is None)."""
        order = [e.id for e in self.select()]
        if excerpt_id not in order:
            raise ExcerptError(f"no excerpt {excerpt_id}")
        order.remove(excerpt_id)
        order.insert(order.index(before_id) if before_id in order else len(order), excerpt_id)
        with self._db:
            self._db.executemany(
                "UPDATE excerpts SET position = ? WHERE id = ?", ((float(i + 1), i_id) for i, i_id in enumerate(order))
            )

    def set_positions(self, positions: dict[str, float]) -> None:
        """Put excerpts back at the places they had (an undo of :meth:`move`)."""
        with self._db:
            self._db.executemany(
                "UPDATE excerpts SET position = ? WHERE id = ?", ((p, i) for i, p in positions.items())
            )

    def tags(self) -> list[str]:
        found: dict[str, None] = {}
        for (raw,) in self._db.execute("SELECT tags FROM excerpts ORDER BY position"):
            for tag in json.loads(raw):
                found.setdefault(tag, None)
        return list(found)

    def reanchor(self, documents: dict[str, Document | None]) -> list[Excerpt]:
        """Check the excerpts of ``documents`` (None: the document is gone) against their text.

        Returns the excerpts whose anchor changed (moved or lost).
        """
        changed = []
        for doc_id, doc in documents.items():
            for e in self.select(ExcerptFilter(doc_id=doc_id)):
                if doc is None:
                    new = replace(e, status="lost")
                else:
                    at = anchor(doc.clean_text, e.start, e.text)
                    if at is None:
                        new = replace(e, status="lost")
                    elif at == e.start:
                        new = e if e.status == "ok" else replace(e, status="ok")
                    else:
                        new = replace(e, start=at, end=at + len(e.text), status="moved")
                if new != e:
                    self._write(new)
                    changed.append(new)
        return changed

    def recite(self, documents: dict[str, Document]) -> int:
        """Take each excerpt's citation (outlet, date and what the date is) from its document again
        (after the store learnt to tell publication from retrieval dates); text and notes stay."""
        changed = 0
        for e in self.select():
            doc = documents.get(e.doc_id)
            if doc is None:
                continue
            when, kind = doc.shown_date
            new = replace(e, source=doc.source, date=when, date_kind=kind, outlet=doc.outlet)
            if new != e:
                self._write(new)
                changed += 1
        return changed

    def reattach(self, old_id: str, doc: Document) -> list[Excerpt]:
        """Excerpts of a replaced document (same file, new text) follow it to its new id when their text is there."""
        moved = []
        for e in self.select(ExcerptFilter(doc_id=old_id)):
            at = anchor(doc.clean_text, e.start, e.text)
            new = (
                replace(e, doc_id=doc.id, start=at, end=at + len(e.text), status="moved", title=doc.title)
                if at is not None
                else replace(e, status="lost")
            )
            self._write(new)
            moved.append(new)
        return moved
