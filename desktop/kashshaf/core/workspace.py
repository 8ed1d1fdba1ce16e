"""The one facade the UI and the CLI talk to: open a corpus, import, search,
read documents, reindex.

A corpus is a folder holding ``kashshaf.sqlite3`` (the store) and ``index/``
(the whoosh index). The store is the truth; the index is derived from it and
rebuilt from it whenever it is missing, unusable or of an older schema.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from whoosh import query as wq

from kashshaf.core.arabic.normalize import dediac_ar, normalize_nfkc_ar
from kashshaf.core.arabic.tokenize import tokenize_ar
from kashshaf.core.corpus import lock
from kashshaf.core.corpus.cleaning import CLEANING_VERSION, clean_lines, split_lines
from kashshaf.core.corpus.lock import CorpusBusy, CorpusNotWritable
from kashshaf.core.corpus.migrate import METADATA_VERSION, migrate_metadata
from kashshaf.core.corpus.outlets import fold_outlet
from kashshaf.core.corpus.store import CorpusStore
from kashshaf.core.entities.pipeline import extractor_fingerprint, spans_for
from kashshaf.core.ingest import Ingest
from kashshaf.core.messages import Params, message, params_of
from kashshaf.core.models import (
    CancelCheck,
    CorpusStats,
    DateSpan,
    Document,
    DocumentRow,
    ImportProgress,
    ImportReport,
    Outlet,
    ProgressCallback,
    SearchFilters,
    SearchHit,
    SearchResults,
    Snippet,
)
from kashshaf.core.search.analysis import analyze_exact
from kashshaf.core.search.batch import BatchQuery, BatchResult, batch_query
from kashshaf.core.search.counting import count, docset, occurrences
from kashshaf.core.search.filters import filter_queries
from kashshaf.core.search.index import IndexUnusable, SearchIndex, default_procs
from kashshaf.core.search.query import QueryError, QueryTerms, make_parser, parse_query, query_terms
from kashshaf.core.search.ranking import ranked
from kashshaf.core.search.snippets import make_snippet, match_spans
from kashshaf.core.search.variants import Variant, bare_word, suggest_query
from kashshaf.core.services import CurationChange, CurationService, EntityService, ExcerptService
from kashshaf.paths import default_corpus_dir, seeds_dir

__all__ = ["CorpusBusy", "CorpusNotWritable", "CurationChange", "QueryError", "ReadOnlyCorpus", "Workspace"]

STORE_BATCH = 500
MIN_ARTICLE_WORDS = 2
"""a text of fewer words is not an article (a crawler's "Array", a bare "تعليقات ()"); it is refused, by name"""
PARALLEL_INDEX_MIN_DOCS = 2000


def _clean_again(doc: Document) -> str:
    """The clean text today's rules make of a stored document's raw text."""
    return clean_lines(split_lines(doc.raw_text), title_hint=doc.title).text


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
            self.ingest = Ingest(self)
            self.excerpts = ExcerptService(self)
            self.entities = EntityService(self)
            self.curation = CurationService(self)
            self.index = SearchIndex(self.corpus_dir, self.store.path)
            self.index_rebuilt_reason: str | None = None
            self.index_rebuilt_code: tuple[str, Params] | None = None
            """the code and parameters of ``index_rebuilt_reason`` (for the window's words)"""
            self._parser = make_parser(self.index.schema)
            self._exact_parser = make_parser(self.index.schema, exact=True)
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

    def check_writable(self) -> None:
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
            self.reextracted = self.entities.extract(index=False)  # indexed as the corpus opens
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
            extractor = self.entities.extractor()
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
        self.check_writable()
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
        self.check_writable()
        self.index.create()
        self.store.mark_all_unindexed()
        return self.index_pending(progress)

    # --- import (kashshaf.core.ingest) ------------------------------------------

    def import_paths(
        self,
        paths: Iterable[str | os.PathLike[str]],
        progress: ProgressCallback | None = None,
        cancelled: CancelCheck | None = None,
    ) -> ImportReport:
        """Import files and folders (:meth:`Ingest.import_paths`)."""
        return self.ingest.import_paths(paths, progress, cancelled)

    def rescan(self, progress: ProgressCallback | None = None, cancelled: CancelCheck | None = None) -> ImportReport:
        """Bring the corpus up to date with its folders (:meth:`Ingest.rescan`)."""
        return self.ingest.rescan(progress, cancelled)

    def folders(self) -> list[str]:
        """The folders imported into this corpus (what :meth:`rescan` looks at)."""
        return self.ingest.folders()

    def delete(self, ids: Iterable[str]) -> int:
        """Delete documents; their excerpts are kept, flagged lost (never dropped)."""
        self.check_writable()
        ids = list(ids)
        self.index.delete(ids)
        deleted = self.store.delete_documents(ids)
        self.store.excerpts.reanchor(dict.fromkeys(ids))
        return deleted

    # --- reading ---------------------------------------------------------

    def document(self, doc_id: str) -> Document | None:
        """A document by id, or by a unique id prefix (at least 6 characters)."""
        doc = self.store.get(doc_id)
        if doc is None and len(doc_id) >= 6:
            matches = self.store.find_ids(doc_id)
            if len(matches) == 1:
                doc = self.store.get(matches[0])
        return doc

    def _parse(self, text: str, exact: bool = False) -> Any:
        return parse_query(self._exact_parser if exact else self._parser, text, self)

    def query(
        self, text: str, entity: str | None = None, filters: SearchFilters | None = None, exact: bool = False
    ) -> Any:
        """The parsed query for ``text``, restricted to documents that mention ``entity`` and
        to the ``filters`` (dates, outlets); ``exact``: words as written (no stems, no clitics split).

        ``text`` may be blank when ``entity`` or a filter is given. Raises :class:`QueryError`.
        """
        parts: list[Any] = []
        if text.strip() or (entity is None and not filters):
            parts.append(self._parse(text, exact))
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
        exact: bool = False,
    ) -> SearchResults:
        """Ranked hits (BM25F) with the total count; ``limit=None`` returns every hit.

        ``entity`` keeps only documents that mention that entity id; ``filters`` only those
        of a date range and of some outlets; ``exact``: words as written. Raises
        :class:`QueryError` for a query that cannot be parsed. A query with no hits
        carries a suggestion where the corpus spells its words otherwise.
        """
        q = self.query(text, entity, filters, exact)
        with self.index.searcher() as searcher:
            want = None if limit is None else offset + limit
            fast = ranked(q, searcher, want)
            if fast is not None:
                top, total = fast
                scored = [(searcher.stored_fields(docnum)["id"], score) for docnum, score in top[offset:]]
            else:
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
        suggestion = self.suggest(text, exact) if total == 0 and text.strip() else None
        return SearchResults(text, total, tuple(hits), offset, exact, suggestion)

    def matching_ids(
        self, text: str, entity: str | None = None, filters: SearchFilters | None = None, exact: bool = False
    ) -> list[str]:
        """The ids of every document the query matches, unranked (for sorting by a column)."""
        q = self.query(text, entity, filters, exact)
        with self.index.searcher() as searcher:
            return [searcher.stored_fields(n)["id"] for n in sorted(docset(q, searcher))]

    def batch_search(
        self,
        queries: Iterable[str | BatchQuery],
        progress: Callable[[int, int], None] | None = None,
        cancelled: CancelCheck | None = None,
        exact: bool = False,
    ) -> list[BatchResult]:
        """Each query's hits (the occurrences of its words and phrases in its documents:
        :func:`kashshaf.core.search.counting.occurrences`), documents (what :meth:`search` counts as
        its total) and first and last dates (see :mod:`kashshaf.core.search.batch`); a query that
        cannot be read gets its reason and the rest go on. A plain string is a line of a list (a name
        of several words is a phrase); ``exact``: words as written, as :meth:`search` takes it.

        One index snapshot serves the whole list; no snippet and no text is read (the occurrences come
        from the postings). ``progress(done, total)`` follows each query; when ``cancelled()`` turns
        true the queries done so far are returned.
        """
        items = [q if isinstance(q, BatchQuery) else batch_query(q, n) for n, q in enumerate(queries, start=1)]
        results: list[BatchResult] = []
        with self.index.searcher() as searcher:
            ids: dict[int, str] = {}
            for done, item in enumerate(items, start=1):
                if cancelled is not None and cancelled():
                    break
                results.append(self._batch_one(item, searcher, ids, exact))
                if progress is not None:
                    progress(done, len(items))
        return results

    def _batch_one(self, item: BatchQuery, searcher: Any, ids: dict[int, str], exact: bool) -> BatchResult:
        try:
            q = self.query(item.query, exact=exact)
            found = docset(q, searcher)
            hits = occurrences(q, searcher, found)
        except QueryError as exc:
            return BatchResult(
                item, error=str(exc), error_kind=exc.kind, error_value=exc.value, error_known=tuple(exc.known)
            )
        except Exception as exc:  # whatever else stops one query, the list goes on
            return BatchResult(item, error=f"the search failed ({exc})", error_kind="failed")
        for n in found.difference(ids):  # each document's id read once for the whole list
            ids[n] = searcher.stored_fields(n)["id"]
        span = self.store.date_span(ids[n] for n in found) if found else DateSpan()
        return BatchResult(
            item,
            hits=hits,
            documents=span.documents,
            first_date=span.first,
            first_kind=span.first_kind,
            last_date=span.last,
            last_kind=span.last_kind,
            undated=span.undated,
            suggestion=None if found else self.suggest(item.query, exact),
        )

    # --- names in queries (kashshaf.core.search.filters.FieldResolver) -----------

    def outlet_ids(self, name: str) -> list[str]:
        """The outlets called ``name`` that this corpus has documents of."""
        present = self.store.outlet_counts()
        return [o.id for o in self.store.outlets.table().find(name) if present.get(o.id)]

    def outlet_names(self) -> list[str]:
        return [o.name for o, _n in self.outlets()]

    def entity_ids(self, value: str) -> list[str]:
        return self.entities.find_ids(value)

    def word_variants(self, word: str) -> list[Variant]:
        """Spellings of ``word`` in the corpus within a small, transliteration-aware
        edit distance (``word~`` in a query), itself first when the corpus has it."""
        return self.index.vocabulary.skeletons().variants(word)

    def bare_word(self, word: str) -> str:
        """``word`` normalised, without the conjunction or preposition the corpus supports splitting
        off (the article kept): the word to ask the spellings of (``لترامب`` → ``ترامب``)."""
        return bare_word(word, self.index.vocabulary.count)

    def variants(self, word: str, exact: bool = False) -> list[tuple[Variant, int]]:
        """:meth:`word_variants` with the number of documents a search for each finds (``exact``:
        searched as written, as :meth:`search` takes it)."""
        found = self.word_variants(word)
        if not found:
            return []
        with self.index.searcher() as searcher:
            return [(v, count(self._parse(v.word, exact), searcher)) for v in found]

    def suggest(self, text: str, exact: bool = False) -> str | None:
        """``text`` with each word the corpus does not have replaced by the nearest
        word it has, when that query finds something (None: nothing better)."""
        suggestion = suggest_query(text, self.index.vocabulary, lambda q: self._has_hits(q, exact))
        if suggestion is None:
            return None
        # the corpus' own spelling of each word put in (the vocabulary keeps normalised forms: خامنيي)
        given = set(text.split())
        return " ".join(w if w in given else self.surface_form(w) for w in suggestion.split(" "))

    def surface_form(self, word: str) -> str:
        """How the corpus writes the normalised ``word`` (harakat left out), read from a document that has it."""
        try:
            found = self.search(f"={word}", limit=1, snippets=False)
        except QueryError:
            return word
        doc = self.store.get(found.hits[0].id) if found.hits else None
        if doc is None:
            return word
        for span in tokenize_ar(f"{doc.title}\n{doc.clean_text}", self.index.vocabulary):
            if analyze_exact(span.text) == word:
                return dediac_ar(normalize_nfkc_ar(span.text)).replace("\u0640", "")
        return word

    def _has_hits(self, text: str, exact: bool) -> bool:
        try:
            q = self._parse(text, exact)
        except QueryError:
            return False
        with self.index.searcher() as searcher:
            return count(q, searcher) > 0

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
        self.check_writable()
        before = self.store.outlets.table().get(outlet_id)
        if before is None:
            raise KeyError(outlet_id)
        self.store.outlets.edit(outlet_id, name, name_en)
        return before

    def restore_outlet(self, outlet: Outlet) -> None:
        self.check_writable()
        self.store.outlets.restore(outlet)

    def browse(self, order: str = "date", descending: bool = True, among: Iterable[str] | None = None) -> list[str]:
        """Document ids sorted by a list column (``title``, ``source``, ``date``, ``length``, ``imported``)."""
        return self.store.ordered_ids(order, descending, among)

    def rows(self, ids: list[str]) -> dict[str, DocumentRow]:
        """What the document list shows for ``ids``."""
        return self.store.rows(ids)

    def snippets_for(self, results: SearchResults, text: str | None = None) -> SearchResults:
        """``results`` with a highlighted snippet for each hit."""
        terms = query_terms(self._parse(text or results.query, results.exact))
        info = self.store.summaries([hit.id for hit in results.hits])
        hits = []
        for hit in results.hits:
            found = info.get(hit.id)
            clean = found[1] if found else ""
            hits.append(replace(hit, snippet=self._snippet(clean, terms)))
        return replace(results, hits=tuple(hits))

    def snippets(self, ids: list[str], text: str, exact: bool = False) -> dict[str, Snippet]:
        """Highlighted snippets of ``ids`` for query ``text`` (for rows shown out of rank order)."""
        terms = query_terms(self._parse(text, exact))
        return {doc_id: self._snippet(clean, terms) for doc_id, (_row, clean) in self.store.summaries(ids).items()}

    def _snippet(self, clean_text: str, terms: QueryTerms) -> Snippet:
        return make_snippet(clean_text, match_spans(clean_text, terms, self.index.vocabulary))

    def highlights(self, doc_id: str, text: str, exact: bool = False) -> list[tuple[int, int]]:
        """Offsets (into the clean text) of every word of ``doc_id`` that query ``text`` matches."""
        doc = self.store.get(doc_id)
        return self.highlights_in(doc, text, exact)[0] if doc is not None else []

    def highlights_in(
        self, doc: Document, text: str, exact: bool = False
    ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """The words query ``text`` matches in ``doc``: offsets into its clean text, and into its title
        (the query parsed once for both)."""
        terms = query_terms(self._parse(text, exact))
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
