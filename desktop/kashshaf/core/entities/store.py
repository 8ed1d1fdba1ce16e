"""Entities in the corpus store: what the extractor found, what the user
decided, and the mentions that follow from both.

Three layers, all in the corpus' SQLite file:

* ``extracted``: the extractor's spans per document, as found (re-import
  and re-extraction replace them);
* ``curation``: the user's decisions, an ordered log of operations that
  refer to entities by id (a hash of type and normalised name, so the ids
  are the same after a re-import): rename, change type, merge, split off an
  alias, delete a false positive, add an entity (a name to find everywhere).
  A change of type, a merge and a deletion may be scoped: to one document
  (``doc``) or to one mention (``doc``, ``start``, ``end``: offsets in the
  document's clean text, which a re-import of the same text keeps); the
  most specific decision wins (الخبر "the news" deleted in one document
  leaves the city of al-Khobar everywhere else);
* ``mentions`` and ``entities``: derived from the two above, what the
  window, the CLI and the index see. They can always be derived again.

So curation survives re-import and re-index, and exporting it is exporting
the log.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from kashshaf.core.arabic.normalize import normalize_ar
from kashshaf.core.arabic.tokenize import unobfuscate_ar
from kashshaf.core.db import Db
from kashshaf.core.messages import CodedMessage
from kashshaf.core.models import ENTITY_TYPES, Entity, Mention

SCHEMA = """
CREATE TABLE IF NOT EXISTS extracted(
    doc_id TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    source TEXT NOT NULL,
    natural_id TEXT NOT NULL,
    PRIMARY KEY(doc_id, start, end)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS extracted_natural ON extracted(natural_id);
CREATE TABLE IF NOT EXISTS entities(
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS entity_aliases(
    entity_id TEXT NOT NULL,
    alias TEXT NOT NULL,
    PRIMARY KEY(entity_id, alias)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS mentions(
    doc_id TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    entity_id TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY(doc_id, start, end)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_id);
CREATE TABLE IF NOT EXISTS curation(
    seq INTEGER PRIMARY KEY,
    op TEXT NOT NULL,
    created REAL NOT NULL
);
"""

CURATION_FORMAT = "kashshaf-curation"
CURATION_VERSION = 1
OPS = ("rename", "type", "merge", "split", "delete", "add")
SCOPED_OPS = ("type", "merge", "delete")
"""the decisions that may be scoped to a document or to one mention"""

ExtractedSpan = tuple[int, int, str, str, str, str]
"""(start, end, text, name, type, source)"""


def entity_id_for(name: str, kind: str) -> str:
    """A stable id for the entity of ``name`` and type ``kind`` (spelling variants of the name share it)."""
    key = f"{kind}:{normalize_ar(name)}"
    return "e" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:11]


def fold(text: str) -> str:
    """Normalised word by word (normalize_ar alone would also drop the spaces: ق سد ≠ قسد here)."""
    return " ".join(normalize_ar(w) for w in text.split())


def _alias_key(text: str) -> str:
    """Spellings that differ only in normalisation or the article are one alias."""
    folded = fold(text)
    return folded[2:] if folded.startswith("ال") and len(folded) > 4 else folded


class CurationError(CodedMessage, ValueError):
    """A curation operation or file that cannot be applied; the message says why."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(self._set(code, params))


ScopeKey = tuple[str, ...]
"""(entity, document) or (entity, document, start, end) of a scoped decision"""


def scope_key(op: dict[str, Any]) -> ScopeKey | None:
    """The scope of a decision: None for everywhere."""
    doc = op.get("doc")
    if not doc:
        return None
    if op.get("start") is not None:
        return (op["entity"], doc, str(op["start"]), str(op["end"]))
    return (op["entity"], doc)


@dataclass
class Curation:
    """The curation log folded into lookups, in log order (a later decision wins)."""

    renames: dict[str, str] = field(default_factory=dict)
    types: dict[str, str] = field(default_factory=dict)
    merges: dict[str, str] = field(default_factory=dict)
    splits: dict[str, set[str]] = field(default_factory=dict)
    deleted: set[str] = field(default_factory=set)
    additions: list[tuple[str, str, str]] = field(default_factory=list)
    """(surface, name, type) the user added"""
    scoped: dict[ScopeKey, tuple[str, str]] = field(default_factory=dict)
    """a document's or a mention's own decision: ("delete", ""), ("type", type) or ("merge", into)"""

    @classmethod
    def fold(cls, ops: Iterable[dict[str, Any]]) -> Curation:
        c = cls()
        for op in ops:
            kind = op["op"]
            key = scope_key(op) if kind in SCOPED_OPS else None
            if key is not None:
                c.scoped[key] = (kind, op.get("type") or op.get("into") or "")
                continue
            if kind == "rename":
                c.renames[op["entity"]] = op["name"]
            elif kind == "type":
                c.types[op["entity"]] = op["type"]
            elif kind == "merge":
                c.merges[op["entity"]] = op["into"]
                c.deleted.discard(op["entity"])
            elif kind == "split":
                c.splits.setdefault(op["entity"], set()).add(fold(op["alias"]))
            elif kind == "delete":
                c.deleted.add(op["entity"])
            elif kind == "add":
                c.additions.append((op["text"], op.get("name") or op["text"], op["type"]))
        return c

    def resolve(
        self,
        natural_id: str,
        text: str,
        name: str,
        kind: str,
        doc: str | None = None,
        start: int | None = None,
        end: int | None = None,
    ) -> tuple[str, str, str] | None:
        """``(entity id, name, type)`` a mention ends up with, or None when it was deleted.

        ``doc``, ``start`` and ``end`` say where the mention is, for the decisions scoped to it or to its
        document."""
        entity, shown = natural_id, name
        split_from = self.splits.get(entity)
        if split_from and fold(text) in split_from:
            entity, shown = entity_id_for(text, kind), text
        if self.scoped and doc is not None:
            mention = (entity, doc, str(start), str(end))
            decided = self.scoped.get(mention) or self.scoped.get((entity, doc))
            if decided is not None:
                what, value = decided
                if what == "delete":
                    return None
                if what == "type":
                    kind = value
                    entity = entity_id_for(shown, kind)  # this mention's entity: the same name, the other type
                elif what == "merge":
                    entity = value
        seen = set()
        while entity in self.merges and entity not in seen:
            seen.add(entity)
            entity = self.merges[entity]
        if entity in self.deleted:
            return None
        return entity, shown, kind


def validate_op(op: dict[str, Any]) -> dict[str, Any]:
    kind = op.get("op")
    required = {
        "rename": ("entity", "name"),
        "type": ("entity", "type"),
        "merge": ("entity", "into"),
        "split": ("entity", "alias"),
        "delete": ("entity",),
        "add": ("text", "type"),
    }
    if kind not in required:
        raise CurationError("curation-op-unknown", op=repr(kind), known=", ".join(OPS))
    missing = [k for k in required[kind] if not isinstance(op.get(k), str) or not op.get(k)]
    if missing:
        raise CurationError("curation-op-incomplete", op=repr(kind), missing=", ".join(missing))
    if kind in ("type", "add") and op["type"] not in ENTITY_TYPES:
        raise CurationError("curation-type-unknown", type=repr(op["type"]), known=", ".join(ENTITY_TYPES))
    if kind == "merge" and op["entity"] == op["into"]:
        raise CurationError("curation-merge-self")
    scope: tuple[str, ...] = ()
    if kind in SCOPED_OPS and op.get("doc") is not None:
        if not isinstance(op["doc"], str) or not op["doc"]:
            raise CurationError("curation-scope-invalid", op=repr(kind))
        scope = ("doc",)
        if op.get("start") is not None or op.get("end") is not None:
            start, end = op.get("start"), op.get("end")
            if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
                raise CurationError("curation-scope-invalid", op=repr(kind))
            scope = ("doc", "start", "end")
    optional = ("name",) if kind == "add" else ()  # the name an added entity is shown by
    return {k: v for k, v in op.items() if k in ("op", *required[kind], *optional, *scope)}


class EntityStore:
    """Entity tables of one corpus store (shares its SQLite connection)."""

    def __init__(self, db: Db, readonly: bool = False) -> None:
        self._db = db
        if not readonly:
            db.executescript(SCHEMA)
            db.commit()
        self._curation: Curation | None = None

    # --- the curation log ------------------------------------------------------

    def curation_ops(self) -> list[dict[str, Any]]:
        try:
            rows = self._db.execute("SELECT op FROM curation ORDER BY seq").fetchall()
        except sqlite3.OperationalError:
            return []
        return [json.loads(r[0]) for r in rows]

    def curation(self) -> Curation:
        if self._curation is None:
            self._curation = Curation.fold(self.curation_ops())
        return self._curation

    def append_ops(self, ops: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
        return self.append_ops_numbered(ops)[0]

    def append_ops_numbered(self, ops: Iterable[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[int]]:
        """:meth:`append_ops`, with the log's sequence numbers of the new decisions."""
        checked = [validate_op(op) for op in ops]
        seqs = []
        with self._db:
            for op in checked:
                cur = self._db.execute(
                    "INSERT INTO curation(op, created) VALUES (?, ?)", (json.dumps(op, ensure_ascii=False), time.time())
                )
                seqs.append(int(cur.lastrowid or 0))
        self._curation = None
        return checked, seqs

    def remove_ops(self, seqs: Iterable[int]) -> None:
        """Take decisions out of the log (an undo)."""
        with self._db:
            self._db.executemany("DELETE FROM curation WHERE seq = ?", ((s,) for s in seqs))
        self._curation = None

    def export_curation(self) -> dict[str, Any]:
        return {"format": CURATION_FORMAT, "version": CURATION_VERSION, "operations": self.curation_ops()}

    @staticmethod
    def parse_curation(data: Any) -> list[dict[str, Any]]:
        if not isinstance(data, dict) or data.get("format") != CURATION_FORMAT:
            raise CurationError("curation-not-file", format=CURATION_FORMAT)
        ops = data.get("operations")
        if not isinstance(ops, list):
            raise CurationError("curation-no-ops")
        return [validate_op(op) if isinstance(op, dict) else validate_op({}) for op in ops]

    # --- extraction results and derived mentions --------------------------------

    def save_extracted(self, results: Iterable[tuple[str, list[ExtractedSpan]]]) -> None:
        """Replace the extracted spans of documents and derive their mentions, in one transaction."""
        curation = self.curation()
        with self._db:
            for doc_id, spans in results:
                self._db.execute("DELETE FROM extracted WHERE doc_id = ?", (doc_id,))
                self._db.executemany(
                    "INSERT OR REPLACE INTO extracted VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    ((doc_id, s, e, t, n, k, src, entity_id_for(n, k)) for s, e, t, n, k, src in spans),
                )
                self._derive(doc_id, curation)

    def add_extracted(self, doc_id: str, spans: list[ExtractedSpan]) -> None:
        """Add spans to a document's extraction (a user's addition), keeping the others that do not overlap."""
        with self._db:
            for s, e, t, n, k, src in spans:
                self._db.execute("DELETE FROM extracted WHERE doc_id = ? AND start < ? AND end > ?", (doc_id, e, s))
                self._db.execute(
                    "INSERT OR REPLACE INTO extracted VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (doc_id, s, e, t, n, k, src, entity_id_for(n, k)),
                )
            self._derive(doc_id, self.curation())

    def derive(self, doc_ids: Iterable[str]) -> None:
        """Derive the mentions of ``doc_ids`` again (after a curation decision)."""
        curation = self.curation()
        with self._db:
            for doc_id in doc_ids:
                self._derive(doc_id, curation)

    def _derive(self, doc_id: str, curation: Curation) -> None:
        db = self._db
        db.execute("DELETE FROM mentions WHERE doc_id = ?", (doc_id,))
        rows = db.execute(
            "SELECT start, end, text, name, type, natural_id FROM extracted WHERE doc_id = ?", (doc_id,)
        ).fetchall()
        entities: list[tuple[str, str, str]] = []
        mentions: list[tuple[str, int, int, str, str]] = []
        for start, end, text, name, kind, natural in rows:
            resolved = curation.resolve(natural, text, name, kind, doc_id, start, end)
            if resolved is None:
                continue
            entity, shown, kind = resolved
            entities.append((entity, shown, kind))
            mentions.append((doc_id, start, end, entity, text))
        if entities:  # in the order found: the first name of a new entity is the one kept
            db.executemany("INSERT OR IGNORE INTO entities(id, name, type) VALUES (?, ?, ?)", entities)
            db.executemany(
                "INSERT OR REPLACE INTO mentions(doc_id, start, end, entity_id, text) VALUES (?, ?, ?, ?, ?)", mentions
            )
        db.execute("UPDATE documents SET indexed = 0 WHERE id = ?", (doc_id,))

    def documents_with(self, entity_ids: Iterable[str]) -> list[str]:
        """Documents whose extraction or mentions involve any of ``entity_ids``."""
        ids = list(entity_ids)
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = self._db.execute(
            f"SELECT doc_id FROM extracted WHERE natural_id IN ({marks}) "
            f"UNION SELECT doc_id FROM mentions WHERE entity_id IN ({marks})",
            ids + ids,
        )
        return [r[0] for r in rows]

    def document_entities(
        self, doc_ids: Iterable[str] | None = None, entity_ids: Iterable[str] | None = None
    ) -> Iterator[tuple[str, str]]:
        """``(document, entity)`` once for each entity each of ``doc_ids`` mentions (None: every document),
        or only those of ``entity_ids``; row by row (millions on a large corpus: a list of them would
        hold the interpreter while it is freed).

        One statement that looks each document (or entity) up through an index; read row by row (a C
        loop over many rows would hold the GIL, and the window's thread would wait)."""
        where, args = [], []
        if doc_ids is not None:
            where.append("doc_id IN (SELECT value FROM json_each(?))")
            args.append(json.dumps(list(doc_ids)))
        if entity_ids is not None:
            where.append("entity_id IN (SELECT value FROM json_each(?))")
            args.append(json.dumps(list(entity_ids)))
        sql = "SELECT DISTINCT doc_id, entity_id FROM mentions"
        yield from self._db.execute(f"{sql} WHERE {' AND '.join(where)}" if where else sql, args)

    def document_counts(self) -> Iterator[tuple[str, int]]:
        """``(entity, documents that mention it)`` for every entity (through the entity index alone)."""
        yield from self._db.execute("SELECT entity_id, count(DISTINCT doc_id) FROM mentions GROUP BY entity_id")

    def shown(self, ids: Iterable[str]) -> dict[str, tuple[str, str]]:
        """``id -> (name, type)`` as the sidebar shows them (renames and changes of type applied)."""
        curation = self.curation()
        rows = self._db.execute(
            "SELECT id, name, type FROM entities WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(list(ids)),),
        )
        return {i: (curation.renames.get(i, name), curation.types.get(i, kind)) for i, name, kind in rows}

    def delete_documents(self, ids: Iterable[str]) -> None:
        with self._db:
            for doc_id in ids:
                self._db.execute("DELETE FROM mentions WHERE doc_id = ?", (doc_id,))
                self._db.execute("DELETE FROM extracted WHERE doc_id = ?", (doc_id,))

    # --- reading -----------------------------------------------------------------

    def entities(self, doc_id: str | None = None, kind: str | None = None) -> list[Entity]:
        """Entities with mention and document counts, most mentioned first (curation applied)."""
        curation = self.curation()
        args: list[str] = []
        where = ""
        if doc_id is not None:
            where = "WHERE m.doc_id = ?"
            args.append(doc_id)
        # row by row, not fetchall(): a C loop over 25,000 rows holds the GIL for a
        # fifth of a second, and the window's thread would wait that long
        rows = [
            row
            for row in self._db.execute(
                "SELECT e.id, e.name, e.type, count(*), count(DISTINCT m.doc_id) FROM mentions m "
                f"JOIN entities e ON e.id = m.entity_id {where} GROUP BY e.id",
                args,
            )
        ]
        ids = [r[0] for r in rows]
        aliases = self._aliases(ids)
        out = []
        for entity_id, name, natural_kind, mentions, documents in rows:
            shown = curation.renames.get(entity_id, name)
            shown_kind = curation.types.get(entity_id, natural_kind)
            if kind is not None and shown_kind != kind:
                continue
            folded = _alias_key(shown)
            names = tuple(a for a in aliases.get(entity_id, []) if _alias_key(a) != folded)
            out.append(Entity(entity_id, shown, shown_kind, names, int(mentions), int(documents)))
        out.sort(key=lambda e: (-e.mentions, e.name))
        return out

    def _aliases(self, ids: list[str]) -> dict[str, list[str]]:
        """Distinct spellings of each entity's mentions (one per normalised form)."""
        out: dict[str, list[str]] = {}
        seen: set[str] = set()  # "id\0key": strings, which the cyclic collector never walks
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for entity_id, text in self._db.execute(
                f"SELECT entity_id, text FROM mentions WHERE entity_id IN ({marks}) "
                "GROUP BY entity_id, text ORDER BY count(*) DESC",
                chunk,
            ):
                shown = unobfuscate_ar(text)  # داعـ.ـش is listed as داعش; the reader marks it as written
                key = f"{entity_id}\0{_alias_key(shown)}"
                if key not in seen:
                    seen.add(key)
                    out.setdefault(entity_id, []).append(shown)
        return out

    def find_ids(self, value: str) -> list[str]:
        """Ids of the entities ``value`` denotes: an id, a name (as renamed) or the text of a mention."""
        value = " ".join(value.split())
        if not value:
            return []
        db = self._db
        if db.execute("SELECT 1 FROM entities WHERE id = ?", (value,)).fetchone():
            return [value]
        curation = self.curation()
        folded = fold(value)
        found: set[str] = {i for i, name in curation.renames.items() if fold(name) == folded}
        for kind in ENTITY_TYPES:
            natural = entity_id_for(value, kind)
            if natural in curation.renames and natural not in found:
                continue  # renamed away from this name
            entity = curation.resolve(natural, value, value, kind)
            if entity is not None and db.execute("SELECT 1 FROM entities WHERE id = ?", (entity[0],)).fetchone():
                found.add(entity[0])
        if not found:  # a spelling the mentions use (an alias)
            found = {r[0] for r in db.execute("SELECT DISTINCT entity_id FROM mentions WHERE text = ?", (value,))}
        live = [i for i in sorted(found) if db.execute("SELECT 1 FROM mentions WHERE entity_id = ?", (i,)).fetchone()]
        return live

    def entity(self, entity_id: str) -> Entity | None:
        found = [e for e in self.entities() if e.id == entity_id]
        return found[0] if found else None

    def mentions(self, doc_id: str) -> list[Mention]:
        return [
            Mention(doc_id, r[0], int(r[1]), int(r[2]), r[3])
            for r in self._db.execute(
                "SELECT entity_id, start, end, text FROM mentions WHERE doc_id = ? ORDER BY start", (doc_id,)
            )
        ]

    def cooccurring(self, entity_id: str, limit: int = 10) -> list[tuple[str, int]]:
        """``(entity id, shared documents)`` of the entities found most often in the same documents."""
        rows = self._db.execute(
            "SELECT m2.entity_id, count(DISTINCT m2.doc_id) AS n FROM "
            "(SELECT DISTINCT doc_id FROM mentions WHERE entity_id = ?) d "
            "JOIN mentions m2 ON m2.doc_id = d.doc_id WHERE m2.entity_id != ? "
            "GROUP BY m2.entity_id ORDER BY n DESC, m2.entity_id LIMIT ?",
            (entity_id, entity_id, limit),
        ).fetchall()
        return [(r[0], int(r[1])) for r in rows]

    def entity_types(self) -> list[tuple[str, str]]:
        """``(entity id, type)`` of every entity, in one statement (for the result-set views)."""
        return [(r[0], r[1]) for r in self._db.execute("SELECT id, type FROM entities")]

    def names(self, entity_ids: Iterable[str]) -> dict[str, tuple[str, str]]:
        """``entity id -> (name, type)`` of ``entity_ids`` (the ids unknown are left out)."""
        ids = list(entity_ids)
        out: dict[str, tuple[str, str]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for r in self._db.execute(f"SELECT id, name, type FROM entities WHERE id IN ({marks})", chunk):
                out[r[0]] = (r[1], r[2])
        return out

    def mention_counts(self, entity_id: str) -> dict[str, int]:
        """``document id -> mentions`` of one entity (through the ``entity_id`` index)."""
        return {
            r[0]: int(r[1])
            for r in self._db.execute(
                "SELECT doc_id, count(*) FROM mentions WHERE entity_id = ? GROUP BY doc_id", (entity_id,)
            )
        }
