"""The import pipeline: files and folders in, documents, vocabulary and entity
spans in the store, then the index brought up to date.

Reading a file (decoding, cleaning, counting its words and extracting its
entities, :func:`read_file`) runs in worker processes when there is enough
work to share; the store is written in batches on the caller's thread, so the
vocabulary is whole before indexing starts (split words are re-joined with the
evidence of the whole import). :class:`Ingest` is the workspace's service for
it (``ws.ingest``); ``Workspace.import_paths`` and ``rescan`` call it.
"""

from __future__ import annotations

import json
import multiprocessing
import os
from collections import Counter
from collections.abc import Generator, Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from kashshaf.core.arabic.normalize import normalize_token_ar
from kashshaf.core.arabic.tokenize import WORD_RE, word_offsets
from kashshaf.core.corpus.documents import prepare_document
from kashshaf.core.corpus.importers import iter_paths, read_path
from kashshaf.core.entities.pipeline import make_extractor, spans_for
from kashshaf.core.entities.store import ExtractedSpan
from kashshaf.core.models import CancelCheck, Document, ImportProblem, ImportProgress, ImportReport, ProgressCallback
from kashshaf.core.pool import WorkerDied, ordered_map
from kashshaf.core.search.index import default_procs

if TYPE_CHECKING:
    from kashshaf.core.workspace import Workspace

STORE_BATCH = 500
MIN_ARTICLE_WORDS = 2
"""a text of fewer words is not an article (a crawler's "Array", a bare "تعليقات ()"); it is refused, by name"""


def normalised_counts(surface: Counter[str]) -> dict[str, int]:
    """Counts of surface words (``WORD_RE``'s) as counts of their normalised forms (longer than a letter)."""
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
    """Read, clean, count the words of and extract the entities of one file (runs in a worker process).

    Each clean text is tokenised once (:func:`word_offsets`): the article check, the vocabulary
    count and the extractor's tokens share the words. A text met again in the same file (a
    collection's duplicate) keeps the spans found the first time: extraction depends on the text
    alone."""
    docs: list[Document] = []
    problems: list[ImportProblem] = []
    surface: Counter[str] = Counter()
    extractor = make_extractor(additions)
    extracted: list[tuple[str, list[ExtractedSpan]]] = []
    seen: dict[str, list[ExtractedSpan]] = {}
    for item in read_path(path):
        if isinstance(item, ImportProblem):
            problems.append(item)
            continue
        try:
            doc = prepare_document(item)
        except Exception as exc:  # a bug in cleaning must not stop an import
            problems.append(ImportProblem.of(item.path, "processing-failed", error=f"{type(exc).__name__}: {exc}"))
            continue
        words = word_offsets(doc.clean_text)
        if len(words[0]) < MIN_ARTICLE_WORDS:  # "Array", "تعليقات ()": a crawler's leftovers
            problems.append(ImportProblem.of(item.path, "no-article-text", text=" ".join(doc.clean_text.split())[:60]))
            continue
        surface.update(words[0])
        if doc.title:  # the title is indexed with the text: its words are evidence too (clitics)
            surface.update(WORD_RE.findall(doc.title))
        docs.append(doc)
        try:
            spans = seen.get(doc.clean_text)
            if spans is None:
                spans = seen[doc.clean_text] = spans_for(extractor, doc.clean_text, words)
            extracted.append((doc.id, spans))
        except Exception as exc:  # a bug in extraction must not stop an import
            problems.append(ImportProblem.of(doc.path, "entities-failed", error=f"{type(exc).__name__}: {exc}"))
    return str(path), docs, problems, normalised_counts(surface), extracted


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


class Ingest:
    """Imports into one workspace's corpus (``ws.ingest``)."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.store = ws.store

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
        self.ws.check_writable()
        report = ImportReport()
        given = [Path(p).absolute() for p in paths]
        self.remember_folders([p for p in given if p.is_dir()])
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
                    self.ws.delete(stale)
                orphans = self.store.remove_paths(dropped)
                if orphans:
                    report.removed.extend(orphans)
                    self.ws.delete(orphans)
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
            self.ws.index_pending(progress, cancelled)
        return report

    def folders(self) -> list[str]:
        """The folders imported into this corpus (what :meth:`rescan` looks at)."""
        return list(json.loads(self.store.meta("folders") or "[]"))

    def remember_folders(self, folders: list[Path]) -> None:
        if self.ws.readonly or not folders:
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
        self.ws.check_writable()
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
            self.ws.delete(orphans)
        if present:
            report.merge(self.import_paths(present, progress, cancelled))
        return report
