"""The result set and the document shown: the list of the current query, entity and filters
(ranked, browsed or sorted by a column, a page at a time), the corpus' entities and outlets
beside it, and the reader following the chosen row. Every search, sort, snippet and highlight
follows the search bar's exact-match toggle; a search that finds nothing offers the corpus'
spelling of its words ("Did you mean: …?")."""

from __future__ import annotations

import gc
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, QModelIndex, QObject, Qt, Signal

from kashshaf.core.analysis import Scope
from kashshaf.core.bidi import isolate
from kashshaf.core.models import CorpusStats, Document, DocumentRow, Entity, Mention, Outlet, SearchResults
from kashshaf.core.search.query import QueryError
from kashshaf.ui.doclist import PAGE
from kashshaf.ui.entities import EntityList
from kashshaf.ui.messages import text_of
from kashshaf.ui.ops import OpChanges

if TYPE_CHECKING:
    from kashshaf.core.workspace import Workspace
    from kashshaf.ui.mainwindow import MainWindow

FIRST_PAGE = 50
"""Hits (with snippets) in the first answer to a query: a screenful and more; the rest come as the list scrolls."""


@dataclass(frozen=True)
class DocumentView:
    """What the reader needs for one document, computed off the UI thread."""

    doc: Document
    hits: list[tuple[int, int]]
    mentions: list[Mention]
    entities: list[Entity]
    title_hits: list[tuple[int, int]]
    excerpts: list[tuple[int, int, str]]
    """(start, end, colour) of the document's excerpts"""


class ListController(QObject):
    """``window.listing``: what the list shows, and which document the reader shows."""

    scope_changed = Signal(object)
    """a :class:`Scope`: the result set the list now shows (the analysis docks follow it)"""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.order: tuple[str, bool] | None = None
        """the column the list is sorted by (key, descending); None: by relevance (or date when browsing)"""
        self.pending_document: str | None = None
        """a document to show once the list is filled (the last one read)"""
        self.pending_scroll: tuple[str, int] | None = None
        """(document id, clean-text offset) to scroll to once that document is shown (an excerpt's)"""
        self.pending_occurrence: tuple[str, int, int] | None = None
        """(document id, start, end) to go to once that document is shown (a concordance line's)"""
        self.freeze_after_entities = False
        self.generation = 0
        self._new_list = False
        self._choosing_row = False
        w = window
        w.list_view.selectionModel().selectionChanged.connect(self._selection_changed)
        w.list_view.clicked.connect(self._row_clicked)
        w.model.more_requested.connect(self._fetch_more)
        w.model.snippets_requested.connect(self._fetch_snippets)
        w.model.sort_requested.connect(self._sort)
        w.filter_bar.filters_changed.connect(lambda: self.run(w.search_bar.query(), new=True))
        w.search_bar.search_requested.connect(self._query_changed)
        w.search_bar.exact_changed.connect(self._exact_changed)
        w.list_pane.suggestion_chosen.connect(self._suggestion_chosen)
        w.search_bar.entity_cleared.connect(lambda: self.set_entity(None))
        w.entities.entity_activated.connect(self.set_entity)
        w.ops.changes_applied.connect(self._changed)

    def reset(self) -> None:
        """Another corpus: forget the last one's order, pending document and answers on their way."""
        self.order = None
        self.pending_document = None
        self.pending_scroll = None
        self.pending_occurrence = None
        self.generation += 1

    def _changed(self, changes: OpChanges) -> None:
        w = self.window
        if changes.documents or changes.entities:
            self.refresh()
        if changes.outlets:
            w.model.forget_rows()
            self.refresh_outlets()
        if (changes.entities or changes.outlets) and w.current_id is not None:
            self.load_document(w.current_id)

    def load_rows(self, ids: list[str]) -> dict[str, DocumentRow]:
        """List columns for a page of rows; called by the view while painting (a keyed lookup), so it never raises."""
        ws = self.window.workspace
        if ws is None:
            return {}
        try:
            return ws.rows(ids)
        except Exception as exc:  # e.g. the store went away under us: show empty rows, say why
            self.window.statusBar().showMessage(
                self.tr("Cannot read the document list: {reason}").format(reason=exc), 8000
            )
            return {}

    def refresh(self) -> None:
        """Fill the list for the current query, entity and filters, the corpus entities and outlets."""
        self.run(self.window.search_bar.query())
        self.window.ops.query_op(
            lambda ws: EntityList(ws.entities.all(), most_mentioned_first=True), topic="corpus-entities", lane="summary"
        ).success(self._corpus_entities).run()
        self.refresh_outlets()

    def refresh_outlets(self) -> None:
        """The outlets and the span of dates the filter bar offers."""

        def done(found: tuple[list[tuple[Outlet, int]], CorpusStats]) -> None:
            outlets, stats = found
            self.window.filter_bar.set_outlets(outlets)
            self.window.filter_bar.set_span(stats.first_date, stats.last_date)

        self.window.ops.query_op(lambda ws: (ws.outlets(), ws.stats()), topic="outlets", lane="summary").success(
            done
        ).run()

    def _corpus_entities(self, entities: EntityList) -> None:
        self.window.entity_names = entities.names
        if self.freeze_after_entities:
            # What the window holds once a corpus is open (Qt's wrappers, the modules,
            # the corpus' names) stays: the cyclic collector need not walk it again.
            # Walking it took the window's thread 70-90 ms each time a background read
            # made enough garbage to start a full collection (a stall you feel);
            # frozen, a full collection takes 10-20 ms.
            self.freeze_after_entities = False
            gc.freeze()
        self.window.entities.set_corpus_entities(entities)

    def _query_changed(self, text: str) -> None:
        self.order = None
        self.run(text, new=True)

    def _exact_changed(self, _exact: bool) -> None:
        """Exact match turned on or off: the same words, searched again (a list without words stays)."""
        if self.window.search_bar.query():
            self.order = None
            self.run(self.window.search_bar.query(), new=True)

    def _suggestion_chosen(self, suggestion: str) -> None:
        self.window.search_bar.set_query(suggestion)  # run, and kept in the history

    def run(self, text: str, new: bool = False) -> None:
        """List the documents of the query, the entity and the filters. ``new``: a new result set
        (its first document is shown); otherwise the same one again (after an import, a sort), and
        the document being read stays."""
        w = self.window
        if w.workspace is None:
            return
        self.generation += 1
        self._new_list = self._new_list or new
        entity, filters, exact = w.entity_id, w.filter_bar.filters(), w.search_bar.exact()
        self.scope_changed.emit(Scope(text, entity, filters, exact))
        if not text and entity is None:
            order = self.order or ("date", True)
            w.search_bar.clear_error()
            w.list_pane.show_suggestion(None)

            def browse(ws: Workspace) -> list[str]:
                return ws.browse(*order, among=ws.matching_ids("", filters=filters) if filters else None)

            w.ops.query_op(browse, topic="list").success(self._browse_ready).failure(self._list_failed).run()
            return

        def search(ws: Workspace) -> SearchResults:
            return ws.search(text, limit=FIRST_PAGE, entity=entity, filters=filters, exact=exact)

        w.ops.query_op(search, topic="list").success(self._search_ready).failure(self._list_failed).run()

    def _browse_ready(self, ids: list[str]) -> None:
        w = self.window
        w.list_view.setEnabled(True)
        w.model.set_browse(ids)
        w.list_view.refresh_row_height()
        self._show_counts(len(ids), searching=False)
        self._after_list()

    def _search_ready(self, results: SearchResults) -> None:
        w = self.window
        w.search_bar.clear_error()
        w.list_view.setEnabled(True)
        w.model.set_search(results, snippets=bool(results.query.strip()))
        w.list_view.refresh_row_height()
        w.list_view.header().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        self._show_counts(
            results.total, searching=bool(results.query.strip()), exact=results.exact and bool(results.query.strip())
        )
        w.list_pane.show_suggestion(results.suggestion if results.total == 0 else None)
        self._after_list()

    def _show_counts(self, n: int, searching: bool, exact: bool = False) -> None:
        """The count above the list: hits of a search (``exact``: its words as written), or documents
        listed (filtered or all)."""
        w = self.window
        filtered = bool(w.filter_bar.filters()) or w.entity_id is not None
        if searching:
            label = self.tr("Hits: {n} (exact match)") if exact else self.tr("Hits: {n}")
            w.hit_label.setText(label.format(n=f"{n:,}"))
            w.count_label.setText("")
        else:
            w.hit_label.setText("")
            label = self.tr("Documents: {n} (filtered)") if filtered else self.tr("Documents: {n}")
            w.count_label.setText(label.format(n=f"{n:,}"))

    def _list_failed(self, exc: BaseException) -> None:
        w = self.window
        if isinstance(exc, QueryError):
            # the list below is the last search's: greyed, and said to be so
            w.list_pane.show_suggestion(None)
            w.search_bar.show_error(self.query_message(exc))
            w.list_view.setEnabled(False)
            w.hit_label.setText(self.tr("(the last search's results)"))
            w.count_label.setText("")
            return
        w.statusBar().showMessage(self.tr("Search failed: {reason}").format(reason=text_of(exc)), 8000)

    def query_message(self, exc: QueryError) -> str:
        """Why a query cannot be read, in the interface language (the search bar's, and a list's rows')."""
        value = isolate(exc.value)
        messages = {
            "empty": self.tr("Type a word to search for."),
            "quote": self.tr('A phrase is not closed: a " is missing.'),
            "parens": self.tr("The parentheses do not match."),
            "stopwords": self.tr("Nothing to search: only very common words or punctuation."),
            "date": self.tr(
                "«{value}» is not a date: write date:2015-07-21, date:2015-07, date:2015 or "
                "date:[2015-08-01 to 2015-08-10]."
            ).format(value=value),
            "outlet": self.tr("No document here is from an outlet called «{value}». Outlets: {known}").format(
                value=value,
                known=("، " if self.window.lang == "ar" else ", ").join(isolate(k) for k in exc.known[:24])
                + (" …" if len(exc.known) > 24 else ""),
            ),
            "entity": self.tr("No entity called «{value}» in this corpus.").format(value=value),
        }
        return messages.get(exc.kind, self.tr("This search cannot be read; check its operators and quotes."))

    def _after_list(self) -> None:
        """Choose the row the reader shows: a document asked for (the last one read, an excerpt's), the
        first of a new result set, else the one being read when it is still listed. The reader always
        shows the chosen row, and is cleared when the list is empty."""
        w = self.window
        new, self._new_list = self._new_list, False
        wanted = self.pending_document or (None if new else w.current_id)
        row = w.model.row_of(wanted) if wanted else -1
        if row < 0 and self.pending_document is not None:
            self.load_document(self.pending_document)  # not in this list: show it anyway
            self.pending_document = None
            return
        self.pending_document = None
        if row < 0 and w.model.rowCount():
            row = 0
        if row < 0:
            w.current_id = None
            narrowed = bool(w.search_bar.query()) or w.entity_id is not None or bool(w.filter_bar.filters())
            w.reader.clear(self.tr("No document matches this search.") if narrowed else None)
            w.entities.set_document_entities([], document=False)
            w.reader.set_excerpts([])
            return
        self._choose_row(row, reload=True)

    def _choose_row(self, row: int, reload: bool = False) -> None:
        """Select ``row`` and show its document (``reload``: even when it is the one shown, for new highlights)."""
        w = self.window
        index = w.model.index(row, 0)
        self._choosing_row = True
        try:
            w.list_view.setCurrentIndex(index)
        finally:
            self._choosing_row = False
        w.list_view.scrollTo(index)
        doc_id = w.model.id_at(row)
        if doc_id is not None and (reload or doc_id != self._shown_id()):
            self.load_document(doc_id)

    def _shown_id(self) -> str | None:
        doc = self.window.reader.document
        return doc.id if doc is not None else None

    def _fetch_more(self, offset: int) -> None:
        w = self.window
        text, entity, filters, exact = w.search_bar.query(), w.entity_id, w.filter_bar.filters(), w.search_bar.exact()
        w.ops.query_op(
            lambda ws: ws.search(text, limit=PAGE, offset=offset, entity=entity, filters=filters, exact=exact),
            topic="more",
        ).success(w.model.append_hits).run()

    def _fetch_snippets(self, ids: list[str]) -> None:
        w = self.window
        text, exact = w.search_bar.query(), w.search_bar.exact()
        if not text or not ids:
            return
        generation = self.generation

        def done(snippets: Any) -> None:
            if generation == self.generation:
                w.model.set_snippets(snippets)

        w.ops.query_op(lambda ws: ws.snippets(ids, text, exact=exact)).success(done).run()

    def _sort(self, key: str, descending: bool) -> None:
        w = self.window
        text, entity, filters, exact = w.search_bar.query(), w.entity_id, w.filter_bar.filters(), w.search_bar.exact()
        if w.workspace is None:
            return
        self.order = (key, descending)
        self.generation += 1
        if not text and entity is None:
            self.run(text)
            return

        def done(ids: list[str]) -> None:
            w.list_view.setEnabled(True)
            w.model.set_sorted_search(ids, snippets=bool(text))
            w.list_view.refresh_row_height()
            self._after_list()

        w.ops.query_op(
            lambda ws: ws.browse(key, descending, among=ws.matching_ids(text, entity, filters, exact)), topic="list"
        ).success(done).failure(self._list_failed).run()

    def order_by_relevance(self) -> None:
        self.order = None
        self.window.list_view.header().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        self.run(self.window.search_bar.query(), new=True)

    def set_entity(self, entity_id: str | None) -> None:
        """Filter the list to documents that mention ``entity_id`` (None: no filter)."""
        w = self.window
        w.entity_id = entity_id
        name = w.entity_names.get(entity_id, entity_id) if entity_id else None
        w.search_bar.set_entity(name)
        if entity_id is None or w.workspace is None:
            w.entities.set_related(None, [])
        else:
            entity = w.entities.entity(entity_id)
            w.ops.query_op(lambda ws: ws.entities.cooccurring(entity_id, 8), topic="related").success(
                lambda related: w.entities.set_related(entity, related)
            ).run()
        w.entities.select(entity_id)
        w.reader.select_entity(entity_id)
        self.order = None
        self.run(w.search_bar.query(), new=True)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes or self._choosing_row:
            return
        doc_id = self.window.model.id_at(indexes[0].row())
        if doc_id is not None and doc_id != self._shown_id():
            self.load_document(doc_id)

    def _row_clicked(self, index: QModelIndex) -> None:
        """A click on the row already selected shows its document when the reader shows another."""
        doc_id = self.window.model.id_at(index.row())
        if doc_id is not None and doc_id != self._shown_id():
            self.load_document(doc_id)

    def load_document(self, doc_id: str) -> None:
        """Show ``doc_id`` in the reader with the query's highlights, its entities and its excerpts."""
        w = self.window
        text, entity, raw, exact = w.search_bar.query(), w.entity_id, w.reader.raw, w.search_bar.exact()

        def read(ws: Workspace) -> DocumentView | None:
            doc = ws.document(doc_id)
            if doc is None:
                return None
            hits: list[tuple[int, int]] = []
            title_hits: list[tuple[int, int]] = []
            if text:
                try:
                    hits, title_hits = ws.highlights_in(doc, text, exact)
                except QueryError:
                    hits = []
            marks = ws.excerpts.marks(doc.id) if not raw else []
            return DocumentView(doc, hits, ws.entities.mentions(doc.id), ws.entities.all(doc.id), title_hits, marks)

        def done(view: DocumentView | None) -> None:
            if view is None:
                return
            w.current_id = view.doc.id
            types = {e.id: e.type for e in view.entities}
            w.reader.show_document(view.doc, view.hits, view.mentions, types, view.title_hits)
            w.reader.select_entity(entity)
            w.entities.set_document_entities(view.entities)
            w.entities.select(entity)
            w.reader.set_excerpts([] if w.reader.raw else view.excerpts)
            w.excerpts_controller.document_shown()
            if self.pending_scroll is not None and self.pending_scroll[0] == view.doc.id:
                w.reader.scroll_to_offset(self.pending_scroll[1])
                self.pending_scroll = None
            if self.pending_occurrence is not None and self.pending_occurrence[0] == view.doc.id:
                w.reader.show_occurrence(*self.pending_occurrence[1:])
                self.pending_occurrence = None

        w.ops.query_op(read, topic="document").success(done).run()
