"""The one facade the UI and the CLI talk to: open a corpus, import, search,
read documents, reindex.

A corpus is a folder holding ``kashshaf.sqlite3`` (the store) and ``index/``
(the whoosh index). The store is the truth; the index is derived from it and
rebuilt from it whenever it is missing, unusable or of an older schema.
"""

from __future__ import annotations

import json
import multiprocessing
import os
from collections import Counter
from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any

from whoosh import query as wq

from kashshaf.core.arabic.normalize import normalize_token_ar
from kashshaf.core.arabic.tokenize import WORD_RE
from kashshaf.core.corpus import lock
from kashshaf.core.corpus.cleaning import CLEANING_VERSION, clean_lines, split_lines
from kashshaf.core.corpus.documents import prepare_document
from kashshaf.core.corpus.importers import iter_paths, read_path
from kashshaf.core.corpus.lock import CorpusBusy, CorpusNotWritable
from kashshaf.core.corpus.migrate import METADATA_VERSION, migrate_metadata
from kashshaf.core.corpus.outlets import fold_outlet
from kashshaf.core.corpus.store import CorpusStore
from kashshaf.core.entities.extract import Extractor
from kashshaf.core.entities.pipeline import extractor_fingerprint, make_extractor, spans_for
from kashshaf.core.entities.store import EntityStore, ExtractedSpan
from kashshaf.core.excerpts import Excerpt, ExcerptError, ExcerptFilter
from kashshaf.core.messages import Params, message, params_of
from kashshaf.core.models import (
    CorpusStats,
    Document,
    DocumentRow,
    Entity,
    ImportProblem,
    ImportReport,
    Mention,
    Outlet,
    SearchFilters,
    SearchHit,
    SearchResults,
    Snippet,
)
from kashshaf.core.pool import WorkerDied, ordered_map
from kashshaf.core.search.counting import count, docset
from kashshaf.core.search.filters import filter_queries
from kashshaf.core.search.index import IndexUnusable, SearchIndex, default_procs
from kashshaf.core.search.query import QueryError, QueryTerms, make_parser, parse_query, query_terms
from kashshaf.core.search.snippets import make_snippet, match_spans
from kashshaf.paths import default_corpus_dir, seeds_dir

__all__ = ["CorpusBusy", "CorpusNotWritable", "ImportProgress", "QueryError", "ReadOnlyCorpus", "Workspace"]

STORE_BATCH = 500
MIN_ARTICLE_WORDS = 2
"""a text of fewer words is not an article (a crawler's "Array", a bare "تعليقات ()"); it is refused, by name"""
PARALLEL_INDEX_MIN_DOCS = 2000


@dataclass(frozen=True, slots=True)
class ImportProgress:
    phase: str
    """"reading" or "indexing" """
    done: int
    total: int | None
    problems: int
    current: str | None = None
    documents: int = 0
    """documents read so far (reading phase)"""


ProgressCallback = Callable[[ImportProgress], None]
CancelCheck = Callable[[], bool]


def _clean_again(doc: Document) -> str:
    """The clean text today's rules make of a stored document's raw text."""
    return clean_lines(split_lines(doc.raw_text), title_hint=doc.title).text


def count_vocabulary(texts: Iterable[str]) -> dict[str, int]:
    """Normalised word counts of ``texts`` (the evidence for re-joining split words)."""
    surface: Counter[str] = Counter()
    for text in texts:
        surface.update(WORD_RE.findall(text))
    counts: Counter[str] = Counter()
    for word, n in surface.items():
        norm = normalize_token_ar(word)
        if len(norm) > 1:
            counts[norm] += n
    return dict(counts)


FileResult = tuple[str, list[Document], list[ImportProblem], dict[str, int], list[tuple[str, list[ExtractedSpan]]]]
PARALLEL_READ_MIN_BYTES = 4 * 1024 * 1024
READ_CHUNK_BYTES = 1024 * 1024


def read_file(path: Path, additions: tuple[tuple[str, str, str], ...] = ()) -> FileResult:
    """Read, clean, count the words of and extract the entities of one file (runs in a worker process)."""
    docs: list[Document] = []
    problems: list[ImportProblem] = []
    for item in read_path(path):
        if isinstance(item, ImportProblem):
            problems.append(item)
            continue
        try:
            doc = prepare_document(item)
        except Exception as exc:  # a bug in cleaning must not stop an import
            problems.append(ImportProblem.of(item.path, "processing-failed", error=f"{type(exc).__name__}: {exc}"))
            continue
        if len(WORD_RE.findall(doc.clean_text)) < MIN_ARTICLE_WORDS:  # "Array", "تعليقات ()": a crawler's leftovers
            problems.append(ImportProblem.of(item.path, "no-article-text", text=" ".join(doc.clean_text.split())[:60]))
            continue
        docs.append(doc)
    extractor = make_extractor(additions)
    extracted = []
    for doc in docs:
        try:
            extracted.append((doc.id, spans_for(extractor, doc.clean_text)))
        except Exception as exc:  # a bug in extraction must not stop an import
            problems.append(ImportProblem.of(doc.path, "entities-failed", error=f"{type(exc).__name__}: {exc}"))
    return str(path), docs, problems, count_vocabulary(d.clean_text for d in docs), extracted


def _read_files(
    files: list[Path], additions: tuple[tuple[str, str, str], ...] = (), *, size: int
) -> Generator[FileResult, None, None]:
    """Results in file order; in worker processes when the files (``size`` bytes in
    all, as the caller measured them) are big enough to share."""
    workers = default_procs()
    if workers < 2 or len(files) < 2 or size < PARALLEL_READ_MIN_BYTES:
        yield from (read_file(f, additions) for f in files)
        return
    # a batch of about a megabyte: small files travel together, and a cancel never
    # waits for a batch of big ones
    batch = max(1, min(64, len(files) // (workers * 8), READ_CHUNK_BYTES * len(files) // max(size, 1)))
    reading = ordered_map(
        partial(read_file, additions=additions),
        files,
        workers=workers,
        context=multiprocessing.get_context("forkserver"),
        batch=batch,
    )
    try:
        for f, result in zip(files, reading, strict=True):
            if isinstance(result, WorkerDied):
                # twice: in its batch and alone; the rest of the import goes on
                problem = ImportProblem.of(str(f), "reader-died")
                yield str(f), [], [problem], {}, []
            else:
                yield result
    finally:
        reading.close()  # a cancel: the workers are stopped now, what they were reading dropped


def _damage(docs: list[Document]) -> list[ImportProblem]:
    """Warnings for documents imported from damaged files."""
    warnings = [ImportProblem.of(d.path, "truncated") for d in docs if d.encoding and "truncated" in d.encoding]
    warnings += [
        ImportProblem.of(d.path, "controls-removed", count=d.controls_removed) for d in docs if d.controls_removed
    ]
    return warnings


@dataclass(frozen=True, slots=True)
class CurationChange:
    """Curation decisions applied together: their places in the log and the documents they touched."""

    seqs: tuple[int, ...]
    documents: tuple[str, ...]
    added: bool
    """a decision added a name to find (undoing it means extracting those documents again)"""


class ReadOnlyCorpus(RuntimeError):
    """A change was asked of a corpus opened read-only; the message says why it is read-only."""


class Workspace:
    """One open corpus.

    Opened for writing, it holds the corpus' lock (:mod:`kashshaf.core.corpus.lock`):
    a second process gets :class:`CorpusBusy`. :meth:`open` falls back to read-only
    instead, with the reason in :attr:`readonly_reason`.
    """

    def __init__(
        self,
        corpus_dir: str | os.PathLike[str],
        *,
        readonly: bool = False,
        catch_up: bool = True,
        agent_of: int | None = None,
    ) -> None:
        """``catch_up``: index on opening what the store has and the index lacks (after a
        crash); the window passes False and does it as a job. ``agent_of``: this process
        works for the process with that id, which holds the corpus' lock (see
        :mod:`kashshaf.core.jobs`)."""
        self.corpus_dir = Path(corpus_dir)
        self.readonly = readonly
        self.readonly_reason: str | None = "opened read-only" if readonly else None
        self.readonly_cause: CorpusBusy | CorpusNotWritable | None = None
        """why :meth:`open` fell back to read-only (the holder is in ``CorpusBusy.holder``)"""
        self._catch_up = catch_up
        self._holds_lock = not readonly and agent_of is None
        if agent_of is not None and not readonly:
            lock.check_held_by(self.corpus_dir, agent_of)
        if self._holds_lock:
            lock.acquire(self.corpus_dir)
        try:
            self.store = CorpusStore(self.corpus_dir, readonly=readonly)
            self.index = SearchIndex(self.corpus_dir, self.store.path)
            self.index_rebuilt_reason: str | None = None
            self.index_rebuilt_code: tuple[str, Params] | None = None
            """the code and parameters of ``index_rebuilt_reason`` (for the window's words)"""
            self._parser = make_parser(self.index.schema)
            self.recleaned = 0
            """documents cleaned again on open because the cleaning rules changed"""
            self.migrated = 0
            """documents whose dates or outlet were settled again on open (a corpus of an older version)"""
            self.reextracted = 0
            """documents whose entities were found again on open because the extractor changed"""
            if not readonly:
                self._check_cleaning()
                self._check_metadata()
                self._check_extractor()
            self._open_index()
        except BaseException:
            if self._holds_lock:
                lock.release(self.corpus_dir)
            raise

    @classmethod
    def open(cls, corpus_dir: str | os.PathLike[str], catch_up: bool = True) -> Workspace:
        """For writing when it can be; read-only, saying why, when another Kashshaf has it
        open or its folder cannot be written."""
        try:
            return cls(corpus_dir, catch_up=catch_up)
        except (CorpusBusy, CorpusNotWritable) as exc:
            cause = exc
        workspace = cls(corpus_dir, readonly=True)
        workspace.readonly_reason = str(cause)
        workspace.readonly_cause = cause
        return workspace

    def _reason(self, code: str, **params: Any) -> str:
        self.index_rebuilt_code = (code, params_of(**params))
        return message(code, **params)

    def _writable(self) -> None:
        if self.readonly:
            raise ReadOnlyCorpus(f"the corpus is open read-only: {self.readonly_reason}")

    def _check_cleaning(self) -> None:
        stored = self.store.meta("cleaning_version")
        if stored is None:
            self.store.set_meta("cleaning_version", CLEANING_VERSION)
        elif stored != CLEANING_VERSION:
            self.recleaned = len(self.reclean())
            self.store.set_meta("cleaning_version", CLEANING_VERSION)

    def _check_metadata(self) -> None:
        if self.store.meta("metadata_version") == METADATA_VERSION:
            return
        if self.store.count():
            self.migrated = migrate_metadata(self.store)
        self.store.set_meta("metadata_version", METADATA_VERSION)

    def _check_extractor(self) -> None:
        """A corpus whose entities another version of the extractor found has them found again (the
        curation decisions apply to the new findings as to the old)."""
        current = extractor_fingerprint()
        stored = self.store.meta("extractor")
        if stored == current:
            return
        if stored is not None or self.store.count():
            self.reextracted = self.extract_entities(index=False)  # indexed as the corpus opens
        self.store.set_meta("extractor", current)

    def reclean(self, cleaner: Callable[[Document], str] | None = None) -> list[str]:
        """Clean every document's raw text again; where the clean text changed, extract its
        entities again and re-anchor its excerpts by their text. Returns the changed ids.

        The index is brought up to date by the caller (``index_pending``; opening does it).
        """
        clean = cleaner or _clean_again
        changed: list[str] = []
        for doc_id in self.browse("imported", False):
            doc = self.store.get(doc_id)
            if doc is None:
                continue
            text = clean(doc)
            if text and text != doc.clean_text:
                self.store.set_clean_text(doc_id, text)
                changed.append(doc_id)
        if changed:
            extractor = self.extractor()
            docs = {i: self.store.get(i) for i in changed}
            self.store.entities.save_extracted(
                [(i, spans_for(extractor, d.clean_text)) for i, d in docs.items() if d is not None]
            )
            self.store.excerpts.reanchor(docs)
        return changed

    @classmethod
    def open_default(cls, catch_up: bool = True) -> Workspace:
        """The default corpus in the user data folder; on first use it imports the bundled seeds."""
        workspace = cls.open(default_corpus_dir(), catch_up)
        if not workspace.readonly and workspace.store.meta("seeded") is None:
            workspace.import_paths([seeds_dir()])
            workspace.store.set_meta("seeded", "1")
        return workspace

    def close(self) -> None:
        self.index.close()
        self.store.close()
        if self._holds_lock:
            lock.release(self.corpus_dir)

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- index upkeep ----------------------------------------------------

    def _open_index(self) -> None:
        if self.readonly:
            self.index.open()
            return
        if not self.index.exists():
            if self.index.dir.exists() and any(self.index.dir.iterdir()):
                self.index_rebuilt_reason = self._reason("index-unreadable", path=self.index.dir)
            self.index.create()
            self.store.mark_all_unindexed()
        elif not self.index.schema_current():
            self.index_rebuilt_reason = self._reason("index-old")
            self.index.create()
            self.store.mark_all_unindexed()
        else:
            try:
                self.index.open()
            except IndexUnusable as exc:
                self.index_rebuilt_reason = self._reason("index-unusable", path=self.index.dir, reason=exc.reason)
                self.index.create()
                self.store.mark_all_unindexed()
        if self._catch_up and self.store.count_unindexed():
            self.index_pending()

    def unindexed(self) -> int:
        """Stored documents the index does not have yet (a crash, a cancelled import)."""
        return self.store.count_unindexed()

    def forget_caches(self) -> None:
        """Another process changed the corpus (an import job): drop what was cached of it."""
        self.index.vocabulary.clear_cache()

    def index_pending(self, progress: ProgressCallback | None = None, cancelled: CancelCheck | None = None) -> int:
        """Index every stored document not yet committed to the index."""
        self._writable()
        total = self.store.count_unindexed()
        if not total:
            return 0
        procs = default_procs() if total >= PARALLEL_INDEX_MIN_DOCS else 1
        # Documents may already be in the index from a run that died before
        # marking them: those few are deleted first, so that all can be added
        # (in parallel) rather than each replaced (one process, a lookup each).
        stale = self.index.present(self.store.unindexed_ids())
        if stale:
            self.index.delete(stale)
        done = 0
        ids: list[str] = []

        def on_batch(batch_ids: list[str]) -> None:
            nonlocal done
            done += len(batch_ids)
            ids.extend(batch_ids)
            if progress is not None:
                progress(ImportProgress("indexing", done, total, 0))

        self.index.add(
            self.store.iter_for_index(only_unindexed=True),
            procs=procs,
            on_batch=on_batch,
            cancelled=cancelled,
        )
        self.store.mark_indexed(ids)
        return len(ids)

    def reindex(self, progress: ProgressCallback | None = None) -> int:
        """Rebuild the index from the store."""
        self._writable()
        self.index.create()
        self.store.mark_all_unindexed()
        return self.index_pending(progress)

    # --- import ----------------------------------------------------------

    def import_paths(
        self,
        paths: Iterable[str | os.PathLike[str]],
        progress: ProgressCallback | None = None,
        cancelled: CancelCheck | None = None,
    ) -> ImportReport:
        """Import files and folders; every unreadable file is reported, the rest goes on.

        A file imported before and unchanged since (same size and modification
        time) is skipped, so an import that was cancelled or killed resumes
        where it stopped. Files are read and cleaned in worker processes when
        there is enough work to share; the store (and so the vocabulary) is
        complete before indexing starts, so split words are re-joined with the
        evidence of the whole import. Folders are remembered for :meth:`rescan`.
        """
        self._writable()
        report = ImportReport()
        given = [Path(p).absolute() for p in paths]
        self._remember_folders([p for p in given if p.is_dir()])
        files: list[Path] = []
        states: dict[str, tuple[int, int]] = {}
        known: set[str] = set()
        """files imported before that changed since"""
        for item in iter_paths(given):
            if isinstance(item, ImportProblem):
                report.problems.append(item)
                continue
            try:
                st = item.stat()
            except OSError:
                files.append(item)  # reading it reports why
                continue
            state = (st.st_size, st.st_mtime_ns)
            before = self.store.file_state(str(item))
            if before == state:
                report.unchanged.append(str(item))
                continue
            if before is not None:
                known.add(str(item))
            states[str(item)] = state
            files.append(item)
        pending: list[Document] = []
        pending_files: dict[str, set[str]] = {}
        """file -> the document paths read from it now"""
        extracted: list[tuple[str, list[ExtractedSpan]]] = []
        vocabulary: Counter[str] = Counter()

        def flush() -> None:
            if pending or pending_files:
                # a file imported before under the same path with other text: an update
                replaced_by = {
                    old: d for d in pending if (old := self.store.id_for_path(d.path)) is not None and old != d.id
                }
                # records a changed collection no longer has
                dropped = [
                    p
                    for f, now in pending_files.items()
                    if f in known
                    for p in self.store.paths_from(f)
                    if p not in now
                ]
                added, duplicates = self.store.add_documents(
                    pending, [(f, *states[f]) for f in pending_files if f in states]
                )
                report.imported.extend(added)
                report.duplicates.extend(duplicates)
                stale = [old for old in replaced_by if not self.store.paths_of(old)]
                for old in stale:  # its excerpts follow the file's new text, or are flagged lost
                    self.store.excerpts.reattach(old, replaced_by[old])
                if stale:
                    report.replaced.extend(stale)
                    self.delete(stale)
                orphans = self.store.remove_paths(dropped)
                if orphans:
                    report.removed.extend(orphans)
                    self.delete(orphans)
                fresh = set(added)
                self.store.entities.save_extracted([(i, spans) for i, spans in extracted if i in fresh])
                pending.clear()
                pending_files.clear()
                extracted.clear()
            if vocabulary:
                self.store.add_vocabulary(vocabulary)
                vocabulary.clear()

        additions = tuple(self.store.entities.curation().additions)
        documents = 0
        reading = _read_files(files, additions, size=sum(size for size, _mtime in states.values()))
        try:
            for done, (path, docs, problems, counts, spans) in enumerate(reading, start=1):
                pending.extend(docs)
                documents += len(docs)
                if docs:
                    pending_files[path] = {d.path for d in docs}
                report.warnings.extend(_damage(docs))
                extracted.extend(spans)
                report.problems.extend(problems)
                vocabulary.update(counts)
                if len(pending) >= STORE_BATCH:
                    flush()
                if progress is not None:
                    progress(ImportProgress("reading", done, len(files), len(report.problems), path, documents))
                if cancelled is not None and cancelled():
                    report.cancelled = True
                    break
        finally:
            reading.close()  # a cancel stops the reading workers now, not at the next file
        flush()
        if not report.cancelled:
            self.index_pending(progress, cancelled)
        return report

    def folders(self) -> list[str]:
        """The folders imported into this corpus (what :meth:`rescan` looks at)."""
        return list(json.loads(self.store.meta("folders") or "[]"))

    def _remember_folders(self, folders: list[Path]) -> None:
        if self.readonly or not folders:
            return
        known = self.folders()
        for folder in map(str, folders):
            if not any(folder == k or folder.startswith(k.rstrip(os.sep) + os.sep) for k in known):
                known = [k for k in known if not k.startswith(folder.rstrip(os.sep) + os.sep)] + [folder]
        self.store.set_meta("folders", json.dumps(sorted(known), ensure_ascii=False))

    def rescan(self, progress: ProgressCallback | None = None, cancelled: CancelCheck | None = None) -> ImportReport:
        """Bring the corpus up to date with its folders: new and changed files are imported,
        documents of deleted files are removed (their excerpts kept, flagged lost); unchanged
        files are not read again. A folder that is gone (an unplugged disk) is reported and
        its documents kept."""
        self._writable()
        report = ImportReport()
        present: list[str] = []
        for folder in self.folders():
            if Path(folder).is_dir():
                present.append(folder)
            else:
                report.problems.append(ImportProblem.of(folder, "folder-gone"))
        roots = tuple(f.rstrip(os.sep) + os.sep for f in present)
        gone = [f for f in self.store.file_paths() if f.startswith(roots) and not os.path.lexists(f)]
        if gone:
            orphans = self.store.remove_paths(p for f in gone for p in self.store.paths_from(f))
            self.store.forget_files(gone)
            report.removed.extend(orphans)
            self.delete(orphans)
        if present:
            report.merge(self.import_paths(present, progress, cancelled))
        return report

    def delete(self, ids: Iterable[str]) -> int:
        """Delete documents; their excerpts are kept, flagged lost (never dropped)."""
        self._writable()
        ids = list(ids)
        self.index.delete(ids)
        deleted = self.store.delete_documents(ids)
        self.store.excerpts.reanchor(dict.fromkeys(ids))
        return deleted

    # --- excerpts ------------------------------------------------------------

    def add_excerpt(
        self, doc_id: str, start: int, end: int, note: str = "", tags: Iterable[str] = (), colour: str = "yellow"
    ) -> Excerpt:
        """Keep the passage ``start``–``end`` of a document's clean text (offsets as ``show`` prints it)."""
        self._writable()
        doc = self.document(doc_id)
        if doc is None:
            raise ExcerptError(f"no document {doc_id}")
        return self.store.excerpts.add(doc, start, end, note, tags, colour)

    def update_excerpt(self, excerpt_id: str, **changes: Any) -> Excerpt:
        """Change an excerpt's note, tags or colour; return it as it was (for undo: :meth:`restore_excerpt`)."""
        self._writable()
        before = self.store.excerpts.get(excerpt_id)
        if before is None:
            raise ExcerptError(f"no excerpt {excerpt_id}")
        self.store.excerpts.update(excerpt_id, **changes)
        return before

    def delete_excerpt(self, excerpt_id: str) -> Excerpt | None:
        """Delete an excerpt; return it (for undo: :meth:`restore_excerpt`)."""
        self._writable()
        return self.store.excerpts.delete(excerpt_id)

    def restore_excerpt(self, excerpt: Excerpt) -> None:
        """Put an excerpt back exactly as it was (its place in the order included)."""
        self._writable()
        self.store.excerpts.restore(excerpt)

    def move_excerpt(self, excerpt_id: str, before_id: str | None) -> dict[str, float]:
        """Put an excerpt before another (None: last); return the order as it was (for :meth:`set_excerpt_order`)."""
        self._writable()
        before = {e.id: e.position for e in self.store.excerpts.select()}
        self.store.excerpts.move(excerpt_id, before_id)
        return before

    def set_excerpt_order(self, positions: dict[str, float]) -> None:
        self._writable()
        self.store.excerpts.set_positions(positions)

    def excerpt_tags(self) -> list[str]:
        return self.store.excerpts.tags()

    def excerpts(self, where: ExcerptFilter | None = None, entity: str | None = None) -> list[Excerpt]:
        """Excerpts in the user's order; ``entity`` keeps those of documents that mention it."""
        if entity is not None:
            where = where or ExcerptFilter()
            where.doc_ids = {h.id for h in self.search("", limit=None, snippets=False, entity=entity).hits}
        return self.store.excerpts.select(where)

    # --- reading ---------------------------------------------------------

    def document(self, doc_id: str) -> Document | None:
        """A document by id, or by a unique id prefix (at least 6 characters)."""
        doc = self.store.get(doc_id)
        if doc is None and len(doc_id) >= 6:
            matches = self.store.find_ids(doc_id)
            if len(matches) == 1:
                doc = self.store.get(matches[0])
        return doc

    def query(self, text: str, entity: str | None = None, filters: SearchFilters | None = None) -> Any:
        """The parsed query for ``text``, restricted to documents that mention ``entity`` and
        to the ``filters`` (dates, outlets).

        ``text`` may be blank when ``entity`` or a filter is given. Raises :class:`QueryError`.
        """
        parts: list[Any] = []
        if text.strip() or (entity is None and not filters):
            parts.append(parse_query(self._parser, text, self))
        if entity is not None:
            parts.append(wq.Term("entity", entity))
        if filters:
            parts.extend(filter_queries(filters))
        return parts[0] if len(parts) == 1 else wq.And(parts)

    def search(
        self,
        text: str,
        limit: int | None = 20,
        offset: int = 0,
        snippets: bool = True,
        entity: str | None = None,
        filters: SearchFilters | None = None,
    ) -> SearchResults:
        """Ranked hits (BM25F) with the total count; ``limit=None`` returns every hit.

        ``entity`` keeps only documents that mention that entity id; ``filters`` only those
        of a date range and of some outlets. Raises :class:`QueryError` for a query that
        cannot be parsed.
        """
        q = self.query(text, entity, filters)
        with self.index.searcher() as searcher:
            want = None if limit is None else offset + limit
            results = searcher.search(q, limit=want)
            total = results.scored_length() if want is None else count(q, searcher)
            page = results[offset:] if limit is None else results[offset : offset + limit]
            scored = [(hit["id"], float(hit.score) if hit.score is not None else 0.0) for hit in page]
        info = self.store.summaries([doc_id for doc_id, _ in scored])
        terms = query_terms(q) if snippets and text.strip() else None
        hits = []
        for doc_id, score in scored:
            found = info.get(doc_id)
            if found is None:  # in the index but deleted from the store meanwhile
                continue
            row, clean = found
            snippet = (
                make_snippet(clean, match_spans(clean, terms, self.index.vocabulary)) if terms is not None else None
            )
            hits.append(
                SearchHit(
                    doc_id,
                    row.path,
                    row.title,
                    row.source,
                    row.date,
                    score,
                    snippet,
                    row.date_kind,
                    row.outlet,
                    row.date_source,
                )
            )
        return SearchResults(text, total, tuple(hits), offset)

    def matching_ids(self, text: str, entity: str | None = None, filters: SearchFilters | None = None) -> list[str]:
        """The ids of every document the query matches, unranked (for sorting by a column)."""
        q = self.query(text, entity, filters)
        with self.index.searcher() as searcher:
            return [searcher.stored_fields(n)["id"] for n in sorted(docset(q, searcher))]

    # --- names in queries (kashshaf.core.search.filters.FieldResolver) -----------

    def outlet_ids(self, name: str) -> list[str]:
        """The outlets called ``name`` that this corpus has documents of."""
        present = self.store.outlet_counts()
        return [o.id for o in self.store.outlets.table().find(name) if present.get(o.id)]

    def outlet_names(self) -> list[str]:
        return [o.name for o, _n in self.outlets()]

    def entity_ids(self, value: str) -> list[str]:
        return self.store.entities.find_ids(value)

    # --- outlets -----------------------------------------------------------------

    def outlets(self) -> list[tuple[Outlet, int]]:
        """The corpus' outlets with their document counts, most documents first."""
        table = self.store.outlets.table()
        counted = self.store.outlet_counts()
        found = [(o, counted[o.id]) for o in table.outlets.values() if counted.get(o.id)]
        return sorted(found, key=lambda x: (-x[1], fold_outlet(x[0].name)))

    def rename_outlet(self, outlet_id: str, name: str, name_en: str | None = None) -> Outlet:
        """Rename an outlet everywhere (list, reader, citations, exports); return it as it was, for undo.
        Its old name stays an alias, so ``source:`` with the old name still finds it."""
        self._writable()
        before = self.store.outlets.table().get(outlet_id)
        if before is None:
            raise KeyError(outlet_id)
        self.store.outlets.edit(outlet_id, name, name_en)
        return before

    def restore_outlet(self, outlet: Outlet) -> None:
        self._writable()
        self.store.outlets.restore(outlet)

    def browse(self, order: str = "date", descending: bool = True, among: Iterable[str] | None = None) -> list[str]:
        """Document ids sorted by a list column (``title``, ``source``, ``date``, ``length``, ``imported``)."""
        return self.store.ordered_ids(order, descending, among)

    def rows(self, ids: list[str]) -> dict[str, DocumentRow]:
        """What the document list shows for ``ids``."""
        return self.store.rows(ids)

    # --- entities ----------------------------------------------------------

    def entities(self, doc_id: str | None = None, kind: str | None = None) -> list[Entity]:
        """Entities of one document or of the corpus, with mention and document counts."""
        return self.store.entities.entities(doc_id, kind)

    def entity(self, entity_id: str) -> Entity | None:
        return self.store.entities.entity(entity_id)

    def mentions(self, doc_id: str) -> list[Mention]:
        """Entity mentions of ``doc_id``, in text order (offsets into its clean text)."""
        return self.store.entities.mentions(doc_id)

    def cooccurring(self, entity_id: str, limit: int = 10) -> list[tuple[Entity, int]]:
        """The entities found most often in the same documents as ``entity_id``, with the count."""
        by_id = {e.id: e for e in self.entities()}
        return [(by_id[i], n) for i, n in self.store.entities.cooccurring(entity_id, limit) if i in by_id]

    def set_mentions(self, doc_id: str, mentions: Iterable[tuple[int, int, str, str]]) -> None:
        """Record ``(start, end, name, type)`` spans as the extraction of ``doc_id`` and re-index it."""
        self._writable()
        doc = self.store.get(doc_id)
        if doc is None:
            raise KeyError(doc_id)
        spans = [(s, e, doc.clean_text[s:e], name, kind, "manual") for s, e, name, kind in mentions]
        self.store.entities.save_extracted([(doc_id, spans)])
        self.index_pending()

    def extract_entities(
        self, doc_ids: Iterable[str] | None = None, progress: ProgressCallback | None = None, index: bool = True
    ) -> int:
        """Run the extractor again over ``doc_ids`` (default: every document) and re-index them (or, with
        ``index=False``, leave them for :meth:`index_pending`)."""
        self._writable()
        extractor = self.extractor()
        ids = list(doc_ids) if doc_ids is not None else self.browse("imported", False)
        batch: list[tuple[str, list[ExtractedSpan]]] = []
        for done, doc_id in enumerate(ids, start=1):
            doc = self.store.get(doc_id)
            if doc is None:
                continue
            batch.append((doc_id, spans_for(extractor, doc.clean_text)))
            if len(batch) >= 500:
                self.store.entities.save_extracted(batch)
                batch.clear()
            if progress is not None and done % 100 == 0:
                progress(ImportProgress("extracting", done, len(ids), 0))
        self.store.entities.save_extracted(batch)
        if index:
            self.index_pending()
        return len(ids)

    def extractor(self) -> Extractor:
        """The extractor imports use, with the user's added entities."""
        return make_extractor(self.store.entities.curation().additions)

    # --- curation ------------------------------------------------------------

    def curate(self, *ops: dict[str, Any]) -> list[str]:
        """Apply curation decisions (see :mod:`kashshaf.core.entities.store`); return the documents affected.

        Every affected document's mentions are derived again and re-indexed.
        """
        return list(self.apply_curation(*ops).documents)

    def apply_curation(self, *ops: dict[str, Any]) -> CurationChange:
        """:meth:`curate`, returning what :meth:`undo_curation` needs to take the decisions back."""
        self._writable()
        checked, seqs = self.store.entities.append_ops_numbered(ops)
        affected: set[str] = set()
        for op in checked:
            if op["op"] == "add":
                affected |= self._apply_addition(op)
            elif op.get("doc"):
                affected.add(op["doc"])  # a decision about one document or one of its mentions
            else:
                ids = [op["entity"]] + ([op["into"]] if op["op"] == "merge" else [])
                affected |= set(self.store.entities.documents_with(ids))
        self.store.entities.derive(affected)
        self.index_pending()
        return CurationChange(tuple(seqs), tuple(sorted(affected)), any(op["op"] == "add" for op in checked))

    def undo_curation(self, change: CurationChange) -> None:
        """Take back the decisions of ``change``: they leave the log, and the documents they touched
        are derived again (extracted again when a decision added a name)."""
        self._writable()
        self.store.entities.remove_ops(change.seqs)
        if change.added:
            self.extract_entities(change.documents)
        else:
            self.store.entities.derive(change.documents)
            self.index_pending()

    def _apply_addition(self, op: dict[str, Any]) -> set[str]:
        """Find a user-added name in every document that has its words, and record the mentions."""
        surface, kind = op["text"], op["type"]
        name = op.get("name") or surface
        extractor = make_extractor([(surface, name, kind)], user_only=True)
        words = " ".join(f'"{w}"' for w in surface.split())
        try:
            candidates = {h.id for h in self.search(words, limit=None, snippets=False).hits}
        except QueryError:
            candidates = set(self.browse())
        affected = set()
        for doc_id in candidates:
            doc = self.store.get(doc_id)
            if doc is None:
                continue
            spans = spans_for(extractor, doc.clean_text)
            if spans:
                self.store.entities.add_extracted(doc_id, spans)
                affected.add(doc_id)
        return affected

    def export_curation(self) -> dict[str, Any]:
        return self.store.entities.export_curation()

    @staticmethod
    def parse_curation(data: Any) -> list[dict[str, Any]]:
        """The decisions of a curation file's contents; raises CurationError for one that is not."""
        return EntityStore.parse_curation(data)

    def import_curation(self, data: Any) -> list[str]:
        """Apply a curation file's decisions (after those already made); return the documents affected."""
        return self.curate(*self.store.entities.parse_curation(data))

    def snippets_for(self, results: SearchResults, text: str | None = None) -> SearchResults:
        """``results`` with a highlighted snippet for each hit."""
        terms = query_terms(parse_query(self._parser, text or results.query, self))
        info = self.store.summaries([hit.id for hit in results.hits])
        hits = []
        for hit in results.hits:
            found = info.get(hit.id)
            clean = found[1] if found else ""
            hits.append(replace(hit, snippet=self._snippet(clean, terms)))
        return replace(results, hits=tuple(hits))

    def snippets(self, ids: list[str], text: str) -> dict[str, Snippet]:
        """Highlighted snippets of ``ids`` for query ``text`` (for rows shown out of rank order)."""
        terms = query_terms(parse_query(self._parser, text, self))
        return {doc_id: self._snippet(clean, terms) for doc_id, (_row, clean) in self.store.summaries(ids).items()}

    def _snippet(self, clean_text: str, terms: QueryTerms) -> Snippet:
        return make_snippet(clean_text, match_spans(clean_text, terms, self.index.vocabulary))

    def highlights(self, doc_id: str, text: str) -> list[tuple[int, int]]:
        """Offsets (into the clean text) of every word of ``doc_id`` that query ``text`` matches."""
        doc = self.store.get(doc_id)
        return self.highlights_in(doc, text)[0] if doc is not None else []

    def highlights_in(self, doc: Document, text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """The words query ``text`` matches in ``doc``: offsets into its clean text, and into its title
        (the query parsed once for both)."""
        terms = query_terms(parse_query(self._parser, text, self))
        vocabulary = self.index.vocabulary
        return (
            [(s.start, s.end) for s in match_spans(doc.clean_text, terms, vocabulary)],
            [(s.start, s.end) for s in match_spans(doc.title, terms, vocabulary)],
        )

    def stats(self) -> CorpusStats:
        rows = self.store.stats_rows()
        documents = self.store.count()
        sources = tuple((str(s), int(n)) for s, n in rows["sources"])
        return CorpusStats(
            documents=documents,
            duplicates=self.store.count_paths() - documents,
            sources=sources,
            first_date=rows["first_date"],
            last_date=rows["last_date"],
            characters=int(rows["characters"]),
            indexed=self.index.doc_count(),
            store_path=str(self.store.path),
            index_path=str(self.index.dir),
        )
