"""News outlets: the name shown and cited for what an article calls its outlet.

Articles name their outlet in many ways: a crawler's slug (``okaz``,
``3alyoum``), the web address (``www.okaz.com.sa``), a credit line in the
text (``تركيا بالعربي – متابعات``). A corpus keeps a table of outlets (copied
from ``resources/outlets/outlets.tsv`` when the corpus is made, then the
user's to edit): each outlet has an Arabic and an English name, aliases, and
keys (slugs and web domains). Every document points at one outlet by id;
renaming an outlet renames it everywhere at once, and ``source:`` in a query
accepts any of its names, aliases or keys.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache
from urllib.parse import urlsplit

from kashshaf.core.arabic.normalize import normalize_ar
from kashshaf.core.db import Db
from kashshaf.core.models import Outlet
from kashshaf.paths import resource_path

SCHEMA = """
CREATE TABLE IF NOT EXISTS outlets(
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    name_en TEXT NOT NULL DEFAULT '',
    aliases TEXT NOT NULL DEFAULT '[]',
    keys TEXT NOT NULL DEFAULT '[]',
    edited INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
"""


def fold_outlet(text: str) -> str:
    """What outlet names are compared by: Arabic normalised, Latin lower-cased, spaces and punctuation dropped."""
    return "".join(normalize_ar(w) for w in re.split(r"[\s\-_.·|/]+", text.lower()) if w)


def host_of(url: str | None) -> str | None:
    """``www.okaz.com.sa`` → ``okaz.com.sa``; None for a value that is not a web address."""
    if not url or "://" not in url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def _domain_suffixes(host: str) -> list[str]:
    """``news.bbc.co.uk`` → ``news.bbc.co.uk``, ``bbc.co.uk``, ``co.uk`` (the caller keeps what matches)."""
    parts = host.split(".")
    return [".".join(parts[i:]) for i in range(len(parts) - 1)]


class OutletTable:
    """Outlets in memory, looked up by key, domain or name."""

    def __init__(self, outlets: Iterable[Outlet]) -> None:
        self.outlets = {o.id: o for o in outlets}
        self._by_key: dict[str, str] = {}
        self._by_name: dict[str, str] = {}
        for o in self.outlets.values():
            for key in o.keys:
                self._by_key.setdefault(key.lower(), o.id)
            for name in (o.name, o.name_en, *o.aliases, *o.keys):
                if name:
                    self._by_name.setdefault(fold_outlet(name), o.id)

    def get(self, outlet_id: str | None) -> Outlet | None:
        return self.outlets.get(outlet_id) if outlet_id else None

    def resolve(self, source: str | None, url: str | None) -> Outlet | None:
        """The known outlet an article's ``source`` (slug or name) or ``url`` names, else None."""
        host = host_of(url)
        if host is not None:
            for suffix in _domain_suffixes(host):
                if suffix in self._by_key:
                    return self.outlets[self._by_key[suffix]]
        if source:
            key = source.strip().lower()
            found = self._by_key.get(key) or self._by_name.get(fold_outlet(source))
            if found is not None:
                return self.outlets[found]
            source_host = host_of(source) or (key[4:] if key.startswith("www.") else key)
            if "." in source_host:
                for suffix in _domain_suffixes(source_host):
                    if suffix in self._by_key:
                        return self.outlets[self._by_key[suffix]]
        return None

    def find(self, name: str) -> list[Outlet]:
        """Outlets called ``name`` (any name, alias or key); failing that, those whose names contain it."""
        folded = fold_outlet(name)
        if not folded:
            return []
        exact = self.resolve(name, name if "://" in name else None)  # a name, an alias, a slug or a domain
        if exact is not None:
            return [exact]
        found = {
            outlet_id
            for key, outlet_id in self._by_name.items()
            if folded in key and (len(folded) >= 3 or key.startswith(folded))
        }
        return sorted((self.outlets[i] for i in found), key=lambda o: o.name)


def new_outlet(source: str | None, url: str | None, taken: Iterable[str]) -> Outlet | None:
    """An outlet for a name or domain the table does not know (None when the article names neither)."""
    host = host_of(url)
    name = (source or "").strip() or host
    if not name:
        return None
    keys: list[str] = []
    if host:
        keys.append(host)
    if source and source.strip() and re.fullmatch(r"[\w.\-]+", source.strip(), re.ASCII):
        keys.append(source.strip().lower())
    base = re.sub(r"[^\w]+", "-", (keys[0] if keys else name).lower()).strip("-") or "outlet"
    ident, n, used = base, 1, set(taken)
    while ident in used:
        n += 1
        ident = f"{base}-{n}"
    return Outlet(ident, name, "", (), tuple(dict.fromkeys(keys)))


@lru_cache(maxsize=1)
def bundled_outlets() -> tuple[Outlet, ...]:
    """The outlets of ``resources/outlets/outlets.tsv``."""
    out: list[Outlet] = []
    text = resource_path("outlets", "outlets.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = (line.split("\t") + [""] * 5)[:5]
        ident, name, name_en, keys, aliases = (c.strip() for c in cells)
        out.append(
            Outlet(
                ident,
                name,
                name_en,
                tuple(a.strip() for a in aliases.split("|") if a.strip()),
                tuple(k.strip().lower() for k in keys.split(",") if k.strip()),
            )
        )
    return tuple(out)


def _row(r: tuple[object, ...]) -> Outlet:
    return Outlet(
        str(r[0]),
        str(r[1]),
        str(r[2] or ""),
        tuple(json.loads(str(r[3]))),
        tuple(json.loads(str(r[4]))),
        bool(r[5]),
    )


class OutletStore:
    """The ``outlets`` table of a corpus store (shares its SQLite connection)."""

    def __init__(self, db: Db, readonly: bool = False) -> None:
        self._db = db
        self._readonly = readonly
        self._table: OutletTable | None = None
        self._version: str | None = None
        self._guard = threading.Lock()
        if not readonly:
            db.executescript(SCHEMA)
            db.commit()

    def table(self) -> OutletTable:
        """Every outlet of the corpus, cached until the table changes (here or in another
        process: every write counts up ``outlets_version`` in the store's meta table)."""
        version = self._db.execute("SELECT value FROM meta WHERE key = 'outlets_version'").fetchone()
        current = str(version[0]) if version else "0"
        with self._guard:
            if self._table is None or current != self._version:
                try:
                    rows = self._db.execute("SELECT id, name, name_en, aliases, keys, edited FROM outlets").fetchall()
                except sqlite3.OperationalError:  # an old corpus opened read-only: no table yet
                    rows = []
                self._table = OutletTable(_row(r) for r in rows)
                self._version = current
            return self._table

    def _write(self, outlets: Iterable[Outlet]) -> None:
        with self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO outlets(id, name, name_en, aliases, keys, edited) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    (
                        o.id,
                        o.name,
                        o.name_en,
                        json.dumps(list(o.aliases), ensure_ascii=False),
                        json.dumps(list(o.keys), ensure_ascii=False),
                        int(o.edited),
                    )
                    for o in outlets
                ),
            )
            self._db.execute(
                "INSERT INTO meta(key, value) VALUES ('outlets_version', '1') "
                "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
            )

    def seed(self, outlets: Iterable[Outlet] | None = None) -> int:
        """Copy the bundled table in: new outlets are added, those the user has not edited are updated."""
        current = self.table().outlets
        wanted = [
            o
            for o in (bundled_outlets() if outlets is None else outlets)
            if o.id not in current or (not current[o.id].edited and current[o.id] != o)
        ]
        if wanted:
            self._write(wanted)
        return len(wanted)

    def ensure(self, source: str | None, url: str | None) -> str | None:
        """The id of the outlet an article names, adding an outlet for a name or domain not known yet."""
        table = self.table()
        found = table.resolve(source, url)
        if found is not None:
            return found.id
        made = new_outlet(source, url, table.outlets)
        if made is None:
            return None
        self._write([made])
        return made.id

    def edit(
        self, outlet_id: str, name: str, name_en: str | None = None, aliases: Iterable[str] | None = None
    ) -> Outlet:
        """Rename an outlet (the old name is kept as an alias, so ``source:`` still finds it)."""
        outlet = self.table().get(outlet_id)
        if outlet is None:
            raise KeyError(outlet_id)
        name = name.strip()
        if not name:
            raise ValueError("an outlet needs a name")
        kept = [a for a in (aliases if aliases is not None else outlet.aliases) if a.strip()]
        if outlet.name != name and outlet.name not in kept:
            kept.append(outlet.name)
        changed = replace(
            outlet,
            name=name,
            name_en=outlet.name_en if name_en is None else name_en.strip(),
            aliases=tuple(dict.fromkeys(a.strip() for a in kept if a.strip() != name)),
            edited=True,
        )
        self._write([changed])
        return changed

    def restore(self, outlet: Outlet) -> None:
        """Put an outlet back as it was (undo of :meth:`edit`)."""
        self._write([outlet])
