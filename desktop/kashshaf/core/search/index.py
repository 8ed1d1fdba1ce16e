"""The corpus' whoosh index: create, open, add, update, delete, rebuild.

The index holds no text (the store does); it can always be rebuilt from the
store. whoosh commits by writing new segment files and then a new table of
contents, so a crash during a write leaves the previous commit usable; an
index that cannot be opened is reported as :class:`IndexUnusable` and the
workspace rebuilds it from the store.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.index import FileIndex
from whoosh.searching import Searcher

from kashshaf.core.search.analysis import ArabicTextField, SqliteVocabulary
from kashshaf.core.search.codec import KashshafCodec
from kashshaf.core.search.schema import SCHEMA_VERSION, build_schema
from kashshaf.core.search.writers import LeanMpWriter, LeanSegmentWriter

WRITER_LIMIT_MB = 512
IndexRow = tuple[str, str, str, str | None, str | None, str | None, str | None]
"""``(id, title, clean_text, outlet id, shown date ISO, space-separated entity ids, publication date ISO)``"""


class IndexUnusable(RuntimeError):
    """The index folder cannot be opened; rebuild it from the store. ``reason``: what went wrong."""

    def __init__(self, message: str, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason or message


def default_procs() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def _to_datetime(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _fields(row: IndexRow) -> dict[str, Any]:
    doc_id, title, text, outlet, date, entities, published = row
    # the body fields hold the title too: a word of the title is found with its stems and clitics
    body = f"{title}\n{text}" if title else text
    fields: dict[str, Any] = {"id": doc_id, "title": title, "body": body, "body_exact": body, "body_seg": body}
    if entities:
        fields["entity"] = entities
    if outlet:
        fields["outlet"] = outlet
    when = _to_datetime(date)
    if when is not None:
        fields["date"] = when
    when = _to_datetime(published)
    if when is not None:
        fields["published"] = when
    return fields


WRITE_LOCK_TIMEOUT = 15.0
"""Seconds to wait for another writer (or the exiting children of a killed one) to let go of the lock."""


def _writer_options() -> dict[str, Any]:
    return {
        "limitmb": WRITER_LIMIT_MB,
        "codec": KashshafCodec(),
        "compound": False,
        "timeout": WRITE_LOCK_TIMEOUT,
        "delay": 0.1,
    }


class SearchIndex:
    DIRNAME = "index"

    def __init__(self, corpus_dir: Path, vocabulary_path: Path) -> None:
        self.dir = corpus_dir / self.DIRNAME
        self.vocabulary = SqliteVocabulary(str(vocabulary_path))
        self.schema = build_schema(self.vocabulary)
        self._ix: FileIndex | None = None

    # --- lifecycle -------------------------------------------------------

    def exists(self) -> bool:
        try:
            return bool(whoosh_index.exists_in(str(self.dir)))
        except Exception:  # a damaged TOC makes exists_in itself fail
            return False

    def open(self) -> None:
        try:
            self._ix = whoosh_index.open_dir(str(self.dir), schema=self.schema)
            with self._ix.searcher() as s:
                s.doc_count()
        except Exception as exc:
            self._ix = None
            reason = f"{type(exc).__name__}: {exc}"
            raise IndexUnusable(f"the search index in {self.dir} cannot be opened ({reason})", reason) from exc

    def create(self) -> None:
        """A new, empty index (anything in the folder is removed)."""
        if self.dir.exists():
            shutil.rmtree(self.dir)
        self.dir.mkdir(parents=True)
        self._ix = whoosh_index.create_in(str(self.dir), self.schema)
        self._write_version()

    def _write_version(self) -> None:
        (self.dir / "KASHSHAF_SCHEMA").write_text(SCHEMA_VERSION, encoding="ascii")

    def schema_current(self) -> bool:
        marker = self.dir / "KASHSHAF_SCHEMA"
        return marker.exists() and marker.read_text(encoding="ascii").strip() == SCHEMA_VERSION

    @property
    def ix(self) -> FileIndex:
        if self._ix is None:
            raise IndexUnusable("the search index is not open")
        return self._ix

    def close(self) -> None:
        self._ix = None

    # --- writing ---------------------------------------------------------

    def add(
        self,
        batches: Iterable[list[IndexRow]],
        *,
        update: bool = False,
        procs: int = 1,
        on_batch: Callable[[list[str]], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> int:
        """Index rows; ``update`` replaces documents with the same id.

        ``on_batch`` is called with the ids of each batch after it is handed
        to the writer; ids only count as indexed after the commit (the caller
        marks them then).
        """
        self.vocabulary.clear_cache()
        self.vocabulary.load_counts()  # clitic splits ask for the count of most words
        for name in self.schema.names():
            field = self.schema[name]
            if isinstance(field, ArabicTextField):
                field.forget_forms()
        ix = self.ix
        options = _writer_options()
        if procs > 1 and not update:
            writer = LeanMpWriter(ix, procs=procs, multisegment=True, batchsize=200, **options)
        else:
            writer = LeanSegmentWriter(ix, **options)
        count = 0
        try:
            for batch in batches:
                if cancelled is not None and cancelled():
                    break
                for row in batch:
                    if update:
                        writer.update_document(**_fields(row))
                    else:
                        writer.add_document(**_fields(row))
                count += len(batch)
                if on_batch is not None:
                    on_batch([row[0] for row in batch])
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
        return count

    def delete(self, ids: Iterable[str]) -> int:
        writer = LeanSegmentWriter(self.ix, **_writer_options())
        deleted = 0
        try:
            for doc_id in ids:
                deleted += writer.delete_by_term("id", doc_id) or 0
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
        return deleted

    # --- reading ---------------------------------------------------------

    def searcher(self) -> Searcher:
        return self.ix.searcher()

    def present(self, ids: Iterable[str]) -> list[str]:
        """Those of ``ids`` the index has a document for (perhaps a deleted one)."""
        wanted = set(ids)
        if not wanted:
            return []
        with self.ix.reader() as reader:
            return sorted(wanted.intersection(reader.field_terms("id")))

    def doc_count(self) -> int:
        return int(self.ix.doc_count())

    def segment_count(self) -> int:
        return len(self.ix._segments())
