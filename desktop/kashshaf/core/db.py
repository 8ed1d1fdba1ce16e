"""What the corpus' tables need of a database connection.

The stores (documents, entities, excerpts, outlets) share one
:class:`~kashshaf.core.corpus.store.PerThreadConnection`, a SQLite connection
per thread used like one. They see it through :class:`Db`, the part of
``sqlite3.Connection`` they use, so that a plain connection (a test, a
one-off script) serves as well as the per-thread one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any, Protocol


class Db(Protocol):
    """``sqlite3.Connection``'s statements and its transaction (``with db:`` commits or rolls back)."""

    def execute(self, sql: str, params: Any = ..., /) -> sqlite3.Cursor: ...

    def executemany(self, sql: str, params: Iterable[Any], /) -> sqlite3.Cursor: ...

    def executescript(self, sql: str, /) -> sqlite3.Cursor: ...

    def commit(self) -> None: ...

    def __enter__(self) -> Any: ...

    def __exit__(self, *exc: Any) -> Any: ...
