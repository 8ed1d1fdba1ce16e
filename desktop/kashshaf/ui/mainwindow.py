"""The Kashshaf main window: document list (right), reader (centre), entity
sidebar (left), search bar on top, status bar below; right to left in Arabic.

Every piece of core work (opening a corpus, searching, snippets, loading a
document with its highlights, importing) runs on the task runner; the UI
thread only shows answers. Reading the columns of a page of list rows is a
keyed SQLite lookup and is done where the view asks for it.
"""

from __future__ import annotations

import functools
import gc
import json
import os
import socket
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QItemSelection, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QScrollArea,
    QToolBar,
)

from kashshaf.core.bidi import isolate, isolate_ltr
from kashshaf.core.corpus.lock import CorpusBusy, CorpusNotWritable
from kashshaf.core.excerpts import ExcerptFilter
from kashshaf.core.export import ExportError, hits_to_csv, hits_to_json, write_atomic
from kashshaf.core.export import export_excerpts as write_excerpts
from kashshaf.core.jobs import import_job, index_job, run_in_process
from kashshaf.core.models import (
    CorpusStats,
    Document,
    DocumentRow,
    Entity,
    ImportReport,
    Mention,
    Outlet,
    SearchResults,
)
from kashshaf.core.search.query import QueryError
from kashshaf.core.workspace import ImportProgress, Workspace
from kashshaf.export_pdf import to_pdf
from kashshaf.paths import default_corpus_dir, user_data_dir
from kashshaf.ui.app import chosen_language, settings
from kashshaf.ui.doclist import PAGE, DocumentListModel
from kashshaf.ui.doclist_view import DocumentListView
from kashshaf.ui.entities import EntityList, EntitySidebar
from kashshaf.ui.excerpts import ExcerptsPanel
from kashshaf.ui.filedialogs import FileDialogs
from kashshaf.ui.help import AboutDialog, GuideDialog, ShortcutsDialog, extra_keys, menu_shortcuts
from kashshaf.ui.importing import ImportDialog
from kashshaf.ui.listpane import ListPane
from kashshaf.ui.messages import core_text, text_of
from kashshaf.ui.outlets import OutletDialog
from kashshaf.ui.reader import Reader
from kashshaf.ui.searchbar import SearchBar
from kashshaf.ui.tasks import TaskContext, TaskRunner, defer
from kashshaf.ui.undo import AddExcerpt, Curate, DeleteExcerpt, EditExcerpt, MoveExcerpt, RenameOutlet

FIRST_PAGE = 50
"""Hits (with snippets) in the first answer to a query: a screenful and more; the rest come as the list scrolls."""


def changes_corpus(method: Any) -> Any:
    """A window action that writes to the corpus: on a read-only corpus it says why, and does nothing."""

    @functools.wraps(method)
    def guarded(self: MainWindow, *args: Any, **kwargs: Any) -> Any:
        ws = self.workspace
        if ws is not None and ws.readonly:
            self.statusBar().showMessage(self.read_only_message(), 8000)
            return None
        return method(self, *args, **kwargs)

    return guarded


@dataclass(frozen=True)
class DocumentView:
    """What the reader needs for one document, computed off the UI thread."""

    doc: Document
    hits: list[tuple[int, int]]
    mentions: list[Mention]
    entities: list[Entity]
    title_hits: list[tuple[int, int]]


class MainWindow(QMainWindow):
    def __init__(self, corpus_dir: Path | None = None, *, restore: bool = True) -> None:
        super().__init__()
        self.lang = chosen_language()
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("Kashshaf"))
        self.runner = TaskRunner(self)
        self.workspace: Workspace | None = None
        self.corpus_dir: Path | None = None
        self.entity_id: str | None = None
        self.entity_names: dict[str, str] = {}
        self._freeze_after_entities = False
        self.current_id: str | None = None
        self._pending_document: str | None = None
        self._import_ctx: TaskContext | None = None
        self._import_dialog: ImportDialog | None = None
        self._list_generation = 0
        self._pending_scroll: tuple[str, int] | None = None
        """(document id, clean-text offset) to scroll to once that document is shown (an excerpt's)"""
        self._order: tuple[str, bool] | None = None
        self._import_after_open: tuple[Path, list[Path]] | None = None
        self._choosing_row = False
        self._new_list = False
        self._build()
        if restore:
            self._restore_settings()
        self.open_corpus(corpus_dir)

    # ------------------------------------------------------------------
    # building

    def _build(self) -> None:
        self.resize(1280, 800)
        self.reader = Reader(self)
        self.reader.lang = self.lang
        self.setCentralWidget(self.reader)

        self.model = DocumentListModel(self._load_rows, self)
        self.model.lang = self.lang
        self.list_view = DocumentListView(self)
        self.list_view.setObjectName("documentList")
        self.list_view.setModel(self.model)
        self.list_view.header().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        self.list_view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.more_requested.connect(self._fetch_more)
        self.model.snippets_requested.connect(self._fetch_snippets)
        self.model.sort_requested.connect(self._sort)

        self.list_view.clicked.connect(self._row_clicked)
        self.list_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list_view.customContextMenuRequested.connect(self._list_menu)
        self.list_pane = ListPane(self.list_view, self)
        self.count_label = self.list_pane.count_label
        self.hit_label = self.list_pane.hit_label
        self.filter_bar = self.list_pane.filter_bar
        self.filter_bar.lang = self.lang
        self.filter_bar.filters_changed.connect(self._filters_changed)
        self.filter_bar.rename_outlets_requested.connect(self.rename_outlets)
        self.undo_stack = QUndoStack(self)
        self.file_dialogs = FileDialogs(self)
        self.documents_dock = QDockWidget(self.tr("Documents"), self)
        self.documents_dock.setObjectName("documentsDock")
        self.documents_dock.setWidget(self.list_pane)
        self.entities = EntitySidebar(self)
        self.entities.entity_activated.connect(self.set_entity)
        self.entities.curation_requested.connect(self.curate_from_menu)
        self.reader.view.add_entity_requested.connect(self.add_entity_from_selection)
        self.reader.view.mention_curation_requested.connect(self.curate_from_menu)
        self.reader.view.add_excerpt_requested.connect(self.add_excerpt)
        self.excerpts = ExcerptsPanel(self)
        self.excerpts.model.lang = self.lang
        self.excerpts_dock = QDockWidget(self.tr("Excerpts"), self)
        self.excerpts_dock.setObjectName("excerptsDock")
        scroller = QScrollArea(self)  # the panel scrolls rather than forcing a tall window on a small screen
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setWidget(self.excerpts)
        self.excerpts_dock.setWidget(scroller)
        self.excerpts.filter_changed.connect(self.refresh_excerpts)
        self.excerpts.open_requested.connect(self.open_excerpt)
        self.excerpts.note_edited.connect(self.edit_excerpt)
        self.excerpts.delete_requested.connect(self.delete_excerpt)
        self.excerpts.undo_requested.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.excerpts.undo_button.setEnabled)
        self.excerpts.move_requested.connect(self.move_excerpt)
        self.excerpts.model.reorder_requested.connect(self.reorder_excerpt)
        self.excerpts.export_requested.connect(self.export_excerpts)
        self.entities_dock = QDockWidget(self.tr("Entities"), self)
        self.entities_dock.setObjectName("entitiesDock")
        self.entities_dock.setWidget(self.entities)
        # dock areas are not mirrored in a right-to-left layout: the list goes
        # on the reading side (right in Arabic), the entities on the other
        rtl = self.lang == "ar"
        list_area = Qt.DockWidgetArea.RightDockWidgetArea if rtl else Qt.DockWidgetArea.LeftDockWidgetArea
        entity_area = Qt.DockWidgetArea.LeftDockWidgetArea if rtl else Qt.DockWidgetArea.RightDockWidgetArea
        self.addDockWidget(list_area, self.documents_dock)
        self.addDockWidget(entity_area, self.entities_dock)
        self.addDockWidget(entity_area, self.excerpts_dock)
        self.tabifyDockWidget(self.entities_dock, self.excerpts_dock)
        self.entities_dock.raise_()
        self.resizeDocks([self.documents_dock, self.entities_dock], [560, 280], Qt.Orientation.Horizontal)
        self._default_state = self.saveState()

        self.search_bar = SearchBar(self)
        self.search_bar.search_requested.connect(self._query_changed)
        self.search_bar.entity_cleared.connect(lambda: self.set_entity(None))
        self.search_bar.history_changed.connect(lambda: settings().setValue("search/history", self.search_bar.history))
        toolbar = QToolBar(self.tr("Search"), self)
        toolbar.setObjectName("searchToolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(self.search_bar)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

        self.corpus_label = QLabel(self)
        self.job_label = QLabel(self)
        self.job_bar = QProgressBar(self)
        self.job_bar.setMaximumWidth(180)
        self.job_bar.setMaximumHeight(14)
        self.job_bar.hide()
        status = self.statusBar()
        status.addWidget(self.corpus_label)
        self.read_only_label = QLabel(self.tr("Read-only"), self)
        self.read_only_label.setObjectName("readOnlyLabel")
        self.read_only_label.setStyleSheet("QLabel { color: #8a4b00; font-weight: bold; padding: 0 6px; }")
        self.read_only_label.hide()
        status.addPermanentWidget(self.read_only_label)
        status.addPermanentWidget(self.job_label)
        status.addPermanentWidget(self.job_bar)
        self._build_menus()

    def _action(self, text: str, slot: Any, shortcut: Any = None, checkable: bool = False) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            keys: list[QKeySequence] = []
            for key in shortcut if isinstance(shortcut, list) else [shortcut]:
                seq = QKeySequence(key)
                if not seq.isEmpty() and seq not in keys:  # a platform's standard key may repeat ours
                    keys.append(seq)
            action.setShortcuts(keys)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work whatever has focus
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(
            self._action(self.tr("Open corpus folder…"), self.choose_corpus, QKeySequence.StandardKey.Open)
        )
        file_menu.addAction(
            self._action(self.tr("Open default corpus"), lambda: self.open_corpus(default_corpus_dir()))
        )
        file_menu.addSeparator()
        self.import_files_action = self._action(self.tr("Import files…"), self.choose_import_files, "Ctrl+I")
        self.import_folder_action = self._action(self.tr("Import folder…"), self.choose_import_folder, "Ctrl+Shift+I")
        file_menu.addAction(self.import_files_action)
        file_menu.addAction(self.import_folder_action)
        self.rescan_action = self._action(self.tr("Rescan corpus folders"), self.rescan, "F5")
        self.rescan_action.setToolTip(
            self.tr("Import new and changed files from the folders of this corpus; remove documents of deleted files")
        )
        file_menu.addAction(self.rescan_action)
        self.reindex_action = self._action(self.tr("Rebuild search index"), self.reindex)
        file_menu.addAction(self.reindex_action)
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("Export excerpts…"), self.export_excerpts))
        file_menu.addAction(self._action(self.tr("Export search results…"), self.export_results))
        file_menu.addAction(self._action(self.tr("Export entity curation…"), self.export_curation))
        self.import_curation_action = self._action(self.tr("Import entity curation…"), self.import_curation)
        file_menu.addAction(self.import_curation_action)
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("Quit"), self.close, QKeySequence.StandardKey.Quit))

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self._action(
            self.tr("Undo"), self.undo_stack.undo, [QKeySequence(QKeySequence.StandardKey.Undo), QKeySequence("Ctrl+Z")]
        )
        self.redo_action = self._action(
            self.tr("Redo"),
            self.undo_stack.redo,
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")],
        )
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_stack.undoTextChanged.connect(
            lambda text: self.undo_action.setText(self.tr("Undo {what}").format(what=text) if text else self.tr("Undo"))
        )
        self.undo_stack.redoTextChanged.connect(
            lambda text: self.redo_action.setText(self.tr("Redo {what}").format(what=text) if text else self.tr("Redo"))
        )
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self._action(self.tr("Copy with citation"), self.reader.copy_with_citation, "Ctrl+Shift+C"))
        self.add_excerpt_action = self._action(self.tr("Add excerpt"), self.add_excerpt, "Ctrl+E")
        edit_menu.addAction(self.add_excerpt_action)
        edit_menu.addAction(self._action(self.tr("Find in corpus"), self._focus_search, QKeySequence.StandardKey.Find))
        self.add_entity_action = self._action(
            self.tr("Add selection as entity…"), self.add_entity_from_selection, "Ctrl+Shift+N"
        )
        edit_menu.addAction(self.add_entity_action)
        self.rename_outlets_action = self._action(self.tr("Rename outlets…"), self.rename_outlets)
        edit_menu.addAction(self.rename_outlets_action)
        self.write_actions = [
            self.import_files_action,
            self.import_folder_action,
            self.rescan_action,
            self.reindex_action,
            self.import_curation_action,
            self.add_excerpt_action,
            self.add_entity_action,
            self.rename_outlets_action,
        ]

        search_menu = bar.addMenu(self.tr("&Search"))
        search_menu.addAction(self._action(self.tr("Save this search…"), self.save_search, "Ctrl+S"))
        self.saved_menu = search_menu.addMenu(self.tr("Saved searches"))
        self.delete_saved_menu = search_menu.addMenu(self.tr("Delete a saved search"))
        search_menu.addSeparator()
        search_menu.addAction(self._action(self.tr("Order by relevance"), self.order_by_relevance))
        search_menu.addAction(self._action(self.tr("Clear search history"), self.clear_history))
        search_menu.addSeparator()
        search_menu.addAction(self._action(self.tr("Next hit"), self.reader.next_hit, "F3"))
        search_menu.addAction(self._action(self.tr("Previous hit"), self.reader.previous_hit, "Shift+F3"))

        view_menu = bar.addMenu(self.tr("&View"))
        self.raw_action = self._action(self.tr("Show raw text"), self.reader.set_raw, "Ctrl+U", checkable=True)
        self.entities_action = self._action(
            self.tr("Colour entity mentions"), self.reader.set_show_entities, "Ctrl+Shift+E", checkable=True
        )
        self.entities_action.setChecked(True)
        self.caret_action = self._action(
            self.tr("Caret browsing (select with the keyboard)"), self.reader.set_caret_browsing, "F7", checkable=True
        )
        self.reader.caret_browsing_changed.connect(self.caret_action.setChecked)
        view_menu.addAction(self.raw_action)
        view_menu.addAction(self.entities_action)
        view_menu.addAction(self.caret_action)
        view_menu.addSeparator()
        view_menu.addAction(
            self._action(
                self.tr("Zoom in"),
                self.reader.zoom_in,
                [QKeySequence("Ctrl++"), QKeySequence("Ctrl+="), QKeySequence(QKeySequence.StandardKey.ZoomIn)],
            )
        )
        view_menu.addAction(
            self._action(
                self.tr("Zoom out"),
                self.reader.zoom_out,
                [QKeySequence("Ctrl+-"), QKeySequence(QKeySequence.StandardKey.ZoomOut)],
            )
        )
        view_menu.addAction(self._action(self.tr("Normal size"), lambda: self.reader.set_zoom(0), "Ctrl+0"))
        view_menu.addSeparator()
        view_menu.addAction(self.documents_dock.toggleViewAction())
        view_menu.addAction(self.entities_dock.toggleViewAction())
        view_menu.addAction(self.excerpts_dock.toggleViewAction())
        view_menu.addAction(self._action(self.tr("Restore default layout"), self.reset_layout))
        language_menu = view_menu.addMenu(self.tr("Language"))
        group = QActionGroup(self)
        for code, label in (("ar", "العربية"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setChecked(code == self.lang)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            group.addAction(action)
            language_menu.addAction(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("Keyboard shortcuts"), self.show_shortcuts, "Ctrl+/"))
        help_menu.addAction(
            self._action(self.tr("User guide"), self.show_guide, [QKeySequence(QKeySequence.StandardKey.HelpContents)])
        )
        help_menu.addSeparator()
        help_menu.addAction(self._action(self.tr("About Kashshaf"), self.show_about))
        self._rebuild_saved_menu()

    # ------------------------------------------------------------------
    # settings

    def _restore_settings(self) -> None:
        s = settings()
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = s.value(f"window/state_{self.lang}")  # the docks' sides differ by language
        if isinstance(state, QByteArray):
            self.restoreState(state)
        zoom = s.value("reader/zoom", 0)
        self.reader.set_zoom(int(zoom) if zoom is not None else 0)
        raw = s.value("reader/raw", False)
        self.raw_action.setChecked(raw in (True, "true"))
        self.reader.raw = raw in (True, "true")
        show = s.value("reader/entities", True)
        self.entities_action.setChecked(show not in (False, "false"))
        self.reader.show_entities = show not in (False, "false")
        history = s.value("search/history", [])
        self.search_bar.history = [
            str(h) for h in (history if isinstance(history, list) else [history] if history else [])
        ]

    def save_settings(self) -> None:
        s = settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue(f"window/state_{self.lang}", self.saveState())
        s.setValue("reader/zoom", self.reader.zoom)
        s.setValue("reader/raw", self.reader.raw)
        s.setValue("reader/entities", self.reader.show_entities)
        s.setValue("search/history", self.search_bar.history)
        if self.corpus_dir is not None:
            s.setValue("corpus/last", str(self.corpus_dir))
        if self.current_id is not None:
            s.setValue("corpus/last_document", self.current_id)
        s.sync()

    def saved_searches(self) -> list[dict[str, str]]:
        raw = settings().value("search/saved", "[]")
        try:
            items = json.loads(str(raw))
        except ValueError:
            return []
        return [i for i in items if isinstance(i, dict) and "name" in i and "query" in i]

    def _store_saved(self, items: list[dict[str, str]]) -> None:
        settings().setValue("search/saved", json.dumps(items, ensure_ascii=False))
        self._rebuild_saved_menu()

    def _rebuild_saved_menu(self) -> None:
        self.saved_menu.clear()
        self.delete_saved_menu.clear()
        items = self.saved_searches()
        for item in items:
            run = self.saved_menu.addAction(item["name"])
            run.setToolTip(item["query"])
            run.triggered.connect(lambda _c=False, q=item["query"]: self.search_bar.set_query(q))
            drop = self.delete_saved_menu.addAction(item["name"])
            drop.triggered.connect(lambda _c=False, n=item["name"]: self.delete_saved_search(n))
        if not items:
            empty = self.saved_menu.addAction(self.tr("(none yet)"))
            empty.setEnabled(False)
        self.delete_saved_menu.setEnabled(bool(items))

    def save_search(self, name: str | None = None) -> None:
        query = self.search_bar.query()
        if not query:
            self.statusBar().showMessage(self.tr("Type a search first, then save it."), 4000)
            return
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Save search"), self.tr("Name:"), text=query)
            if not ok or not name.strip():
                return
        items = [i for i in self.saved_searches() if i["name"] != name.strip()]
        items.append({"name": name.strip(), "query": query})
        self._store_saved(items)

    def delete_saved_search(self, name: str) -> None:
        self._store_saved([i for i in self.saved_searches() if i["name"] != name])

    def clear_history(self) -> None:
        self.search_bar.history = []
        settings().setValue("search/history", [])

    def set_language(self, code: str) -> None:
        settings().setValue("language", code)
        QMessageBox.information(
            self,
            self.tr("Language"),
            self.tr("The new language is used from the next start of Kashshaf."),
        )

    def reset_layout(self) -> None:
        self.restoreState(self._default_state)
        self.documents_dock.show()
        self.entities_dock.show()

    # ------------------------------------------------------------------
    # corpus

    def open_corpus(self, corpus_dir: Path | None = None) -> None:
        """Open ``corpus_dir`` (or the last corpus, or the default one) in the background."""
        if corpus_dir is None:
            last = settings().value("corpus/last")
            corpus_dir = Path(str(last)) if last and Path(str(last)).exists() else None
        target = corpus_dir or default_corpus_dir()
        default = target == default_corpus_dir()
        self._set_job(self.tr("Opening the corpus…"), busy=True)

        def work(ctx: TaskContext) -> tuple[Workspace, str | None]:
            # what a crash left unindexed is indexed by a job once the window shows the corpus
            ws = Workspace.open_default(catch_up=False) if default else Workspace.open(target, catch_up=False)
            return ws, ws.index_rebuilt_reason

        self.runner.submit(work, on_done=self._corpus_opened, on_error=self._corpus_failed, lane="job")

    def _corpus_opened(self, result: tuple[Workspace, str | None]) -> None:
        ws, _reason = result
        old = self.workspace
        self.workspace = ws
        self.corpus_dir = ws.corpus_dir
        if old is not None and old is not ws:
            old.close()
        if old is not ws:
            self._reset_views()
        self._set_job("", busy=False)
        if ws.index_rebuilt_code is not None:
            code, params = ws.index_rebuilt_code
            self.statusBar().showMessage(core_text(code, params, ws.index_rebuilt_reason or ""), 10000)
        elif ws.migrated:
            self.statusBar().showMessage(
                self.tr(
                    "This corpus was made by an older Kashshaf: the dates and outlets of {n} documents were read "
                    "again (publication and retrieval dates apart; outlets by name)."
                ).format(n=f"{ws.migrated:,}"),
                15000,
            )
        elif ws.reextracted:
            self.statusBar().showMessage(
                self.tr(
                    "The people, organisations and places of {n} documents were found again with this version's "
                    "extractor; your entity decisions still apply."
                ).format(n=f"{ws.reextracted:,}"),
                15000,
            )
        elif ws.recleaned:
            self.statusBar().showMessage(
                self.tr("{n} documents were cleaned again with the new rules; their excerpts were re-anchored.").format(
                    n=ws.recleaned
                ),
                10000,
            )
        self.corpus_label.setText(self.tr("Corpus: {name}").format(name=isolate(self._corpus_name())))
        self.corpus_label.setToolTip(isolate_ltr(str(ws.corpus_dir)))
        self._show_read_only(ws.readonly)
        last_doc = settings().value("corpus/last_document")
        last_corpus = settings().value("corpus/last")
        if last_doc and str(last_corpus) == str(ws.corpus_dir) and old is None:
            self._pending_document = str(last_doc)
        self.refresh()
        self.refresh_excerpts()
        settings().setValue("corpus/last", str(ws.corpus_dir))
        pending, self._import_after_open = self._import_after_open, None
        if pending is not None and pending[0] == ws.corpus_dir:
            self.start_import(pending[1])
        elif not ws.readonly and ws.unindexed():
            self.index_pending()
        self._freeze_after_entities = True

    def _reset_views(self) -> None:
        """Another corpus: nothing of the last one stays on screen (its list, document, entities, filters,
        counts, undo history)."""
        self.undo_stack.clear()
        self.entity_id = None
        self.current_id = None
        self._pending_document = None
        self._pending_scroll = None
        self._order = None
        self._list_generation += 1
        self.search_bar.set_entity(None)
        self.search_bar.set_query("", run=False)
        self.search_bar.clear_error()
        self.filter_bar.clear()
        self.filter_bar.set_outlets([])
        self.model.set_browse([])
        self.count_label.setText("")
        self.hit_label.setText("")
        self.reader.clear()
        self.entities.set_document_entities([], document=False)
        self.entities.set_corpus_entities([])
        self.entities.set_related(None, [])
        self.entity_names = {}

    def read_only_message(self) -> str:
        return self.tr("This corpus is open read-only, so it cannot be changed now: {reason}").format(
            reason=self._read_only_reason()
        )

    def _read_only_reason(self) -> str:
        """Why the corpus is read-only, in the interface's words where the cause is one we know."""
        ws = self.workspace
        cause = ws.readonly_cause if ws is not None else None
        if isinstance(cause, CorpusBusy):
            info = cause.holder
            text = self.tr(
                "another Kashshaf has it open (process {pid}, since {since}). Close that one and open the corpus again."
            ).format(pid=info.get("pid", "?"), since=info.get("since", "?"))
            host = info.get("host")
            return text + (f" ({host})" if host and host != socket.gethostname() else "")
        if isinstance(cause, CorpusNotWritable):
            return self.tr("its folder cannot be written (a read-only folder or disk).")
        return (ws.readonly_reason if ws is not None else None) or ""

    def _show_read_only(self, read_only: bool) -> None:
        """Mark the window read-only (a label in the status bar) and turn off what would write."""
        self.read_only_label.setVisible(read_only)
        if read_only:
            self.read_only_label.setToolTip(self.read_only_message())
            self.statusBar().showMessage(self.read_only_message(), 15000)
        for action in self.write_actions:
            action.setEnabled(not read_only)
        self.excerpts.set_read_only(read_only)

    def _corpus_failed(self, exc: BaseException, trace: str) -> None:
        self._set_job("", busy=False)
        QMessageBox.critical(self, self.tr("The corpus cannot be opened"), text_of(exc))

    def _corpus_name(self) -> str:
        if self.corpus_dir is None:
            return ""
        if self.corpus_dir == default_corpus_dir():
            return self.tr("default (bundled samples)")
        return self.corpus_dir.name

    def choose_corpus(self) -> None:
        folder = self.file_dialogs.directory(self.tr("Open corpus folder"))
        if folder:
            self.open_folder(Path(folder))

    def open_folder(self, folder: Path) -> None:
        """Open a corpus folder; an empty folder becomes a new, empty corpus; a folder of articles
        becomes a new corpus (in the user data folder) with its files imported."""
        if (folder / "kashshaf.sqlite3").exists():
            self.open_corpus(folder)
            return
        if not any(not p.name.startswith(".") for p in folder.iterdir()):
            self.open_corpus(folder)
            self.statusBar().showMessage(
                self.tr(
                    "A new, empty corpus in {folder}: import articles with File → Import files or Import folder."
                ).format(folder=isolate_ltr(str(folder))),
                15000,
            )
            return
        answer = QMessageBox.question(
            self,
            self.tr("Not a corpus yet"),
            self.tr("{folder} is not a Kashshaf corpus. Make a new corpus of the articles in it?").format(
                folder=isolate_ltr(str(folder))
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        target = user_data_dir() / "corpora" / folder.name
        n = 1
        while (target / "kashshaf.sqlite3").exists():
            n += 1
            target = user_data_dir() / "corpora" / f"{folder.name}-{n}"
        self._import_after_open = (target, [folder])  # once the new corpus is open and this window holds it
        self.open_corpus(target)

    # ------------------------------------------------------------------
    # importing

    def choose_import_files(self) -> None:
        files = self.file_dialogs.open_files(
            self.tr("Import files"), self.tr("Articles (*.txt *.html *.htm *.md *.json *.jsonl *.zip);;All files (*)")
        )
        if files:
            self.start_import([Path(f) for f in files])

    def choose_import_folder(self) -> None:
        folder = self.file_dialogs.directory(self.tr("Import folder"))
        if folder:
            self.start_import([Path(folder)])

    @changes_corpus
    def rescan(self) -> None:
        """Bring the corpus up to date with its folders (new, changed and deleted files)."""
        if self.workspace is not None and not self.workspace.folders():
            QMessageBox.information(
                self, self.tr("Rescan"), self.tr("No folder has been imported into this corpus yet.")
            )
            return
        self.start_import(None)

    @changes_corpus
    def start_import(self, paths: list[Path] | None) -> None:
        """Import ``paths`` in the background; ``None`` rescans the corpus folders."""
        if self._import_ctx is not None:
            QMessageBox.information(self, self.tr("Import"), self.tr("An import is already running."))
            return
        if self.corpus_dir is None:
            defer(lambda: self.start_import(paths), 200, owner=self)  # the corpus is still opening
            return
        corpus = self.corpus_dir
        dialog = ImportDialog(self)
        if paths is None:
            dialog.setWindowTitle(self.tr("Rescanning corpus folders"))
        self._import_dialog = dialog

        def work(ctx: TaskContext) -> Any:
            # in a process of its own: the window's event loop and memory stay the window's
            return run_in_process(import_job, corpus, paths, progress=ctx.progress, cancelled=ctx.cancelled)

        self._import_ctx = self.runner.submit(
            work,
            on_done=self._import_done,
            on_error=self._import_failed,
            on_progress=self._import_progress,
            on_cancelled=lambda: self._import_done(ImportReport(cancelled=True)),  # cancelled before it began
            lane="job",
        )
        dialog.cancel_requested.connect(self._import_ctx.cancel)
        self._set_job(self.tr("Importing…"), busy=True)
        dialog.show()

    def _import_progress(self, p: ImportProgress) -> None:
        if self._import_dialog is not None and self._import_dialog.finished_report is None:
            self._import_dialog.update_progress(p)
        if p.total:
            self.job_bar.setRange(0, p.total)
            self.job_bar.setValue(p.done)
        phase = self.tr("Reading") if p.phase == "reading" else self.tr("Indexing")
        self.job_label.setText(f"{phase} {p.done:,}/{p.total or 0:,}")

    def _import_done(self, report: Any) -> None:
        self._import_ctx = None
        self._set_job("", busy=False)
        if self._import_dialog is not None:
            self._import_dialog.show_report(report)
            self._import_dialog.show()
        if self.workspace is not None:
            self.workspace.forget_caches()
        self.refresh()
        if report.cancelled:
            self.index_pending()  # what was read before the cancel is stored: make it searchable too

    @changes_corpus
    def index_pending(self) -> None:
        """Index, in the background, stored documents the index does not have yet."""
        if self.corpus_dir is None or self._import_ctx is not None:
            return
        corpus = self.corpus_dir

        def work(ctx: TaskContext) -> int:
            return int(run_in_process(index_job, corpus, False, progress=ctx.progress, cancelled=ctx.cancelled))

        self._import_ctx = self.runner.submit(
            work,
            on_done=lambda _n: self._import_done_quiet(),
            on_error=self._import_failed,
            on_progress=self._import_progress,
            lane="job",
        )
        self._set_job(self.tr("Indexing the documents already read…"), busy=True)

    def _import_failed(self, exc: BaseException, trace: str) -> None:
        self._import_ctx = None
        self._set_job("", busy=False)
        if self._import_dialog is not None:
            self._import_dialog.show_failure(text_of(exc))
            self._import_dialog.show()
        self.refresh()

    @changes_corpus
    def reindex(self) -> None:
        if self.corpus_dir is None or self._import_ctx is not None:
            return
        corpus = self.corpus_dir

        def work(ctx: TaskContext) -> int:
            return int(run_in_process(index_job, corpus, True, progress=ctx.progress))

        self._import_ctx = self.runner.submit(
            work,
            on_done=lambda _n: self._import_done_quiet(),
            on_error=self._import_failed,
            on_progress=self._import_progress,
            lane="job",
        )
        self._set_job(self.tr("Rebuilding the search index…"), busy=True)

    def _import_done_quiet(self) -> None:
        self._import_ctx = None
        self._set_job("", busy=False)
        self.refresh()

    def _set_job(self, text: str, busy: bool) -> None:
        self.job_label.setText(text)
        self.job_bar.setVisible(busy)
        if busy:
            self.job_bar.setRange(0, 0)

    # ------------------------------------------------------------------
    # the list

    def _load_rows(self, ids: list[str]) -> dict[str, DocumentRow]:
        """List columns for a page of rows; called by the view while painting, so it never raises."""
        if self.workspace is None:
            return {}
        try:
            return self.workspace.rows(ids)
        except Exception as exc:  # e.g. the store went away under us: show empty rows, say why
            self.statusBar().showMessage(self.tr("Cannot read the document list: {reason}").format(reason=exc), 8000)
            return {}

    def refresh(self) -> None:
        """Fill the list for the current query, entity and filters, the corpus entities and outlets."""
        self._run_list(self.search_bar.query())
        ws = self.workspace
        if ws is not None:
            self.runner.submit(
                lambda ctx: EntityList(ws.entities(), most_mentioned_first=True),
                on_done=self._corpus_entities,
                topic="corpus-entities",
                lane="summary",
            )
            self.refresh_outlets()

    def refresh_outlets(self) -> None:
        """The outlets and the span of dates the filter bar offers."""
        ws = self.workspace
        if ws is None:
            return

        def done(found: tuple[list[tuple[Outlet, int]], CorpusStats]) -> None:
            if self.workspace is ws:
                outlets, stats = found
                self.filter_bar.set_outlets(outlets)
                self.filter_bar.set_span(stats.first_date, stats.last_date)

        self.runner.submit(lambda ctx: (ws.outlets(), ws.stats()), on_done=done, topic="outlets", lane="summary")

    # ------------------------------------------------------------------
    # excerpts

    @changes_corpus
    def add_excerpt(self) -> None:
        """Keep the reader's selection as an excerpt (Ctrl+E)."""
        offsets = self.reader.selected_offsets()
        ws, doc = self.workspace, self.reader.document
        if offsets is None or ws is None or doc is None:
            self.statusBar().showMessage(self.tr("Select a passage in the reader first (not in the raw text)."), 4000)
            return
        excerpt = ws.add_excerpt(doc.id, *offsets)
        self.undo_stack.push(AddExcerpt(ws, excerpt, self._excerpts_changed, self.tr("add excerpt")))
        self.statusBar().showMessage(self.tr("Excerpt added."), 3000)
        self.excerpts_dock.show()
        self.excerpts_dock.raise_()
        self.refresh_excerpts(keep=excerpt.id)

    def _excerpts_changed(self, keep: str | None) -> None:
        self.refresh_excerpts(keep=keep)

    def refresh_excerpts(self, keep: str | None = None) -> None:
        ws = self.workspace
        if ws is None:
            return
        panel = self.excerpts
        where = ExcerptFilter(tag=panel.tag_filter.currentData() or None, text=panel.search.text().strip())
        if panel.this_document.isChecked() and self.current_id is not None:
            where.doc_id = self.current_id
        entity = self.entity_id if panel.this_entity.isChecked() else None
        panel.set_tags(ws.excerpt_tags())
        panel.set_excerpts(ws.excerpts(where, entity=entity), keep=keep if isinstance(keep, str) else None)
        self._show_document_excerpts()

    def _show_document_excerpts(self) -> None:
        ws, doc = self.workspace, self.reader.document
        if ws is None or doc is None or self.reader.raw:
            self.reader.set_excerpts([])
            return
        spans = [
            (e.start, e.end, e.colour) for e in ws.excerpts(ExcerptFilter(doc_id=doc.id, statuses=("ok", "moved")))
        ]
        self.reader.set_excerpts(spans)

    def open_excerpt(self, excerpt_id: str) -> None:
        ws = self.workspace
        e = next(iter(ws.excerpts(ExcerptFilter(ids=[excerpt_id]))), None) if ws else None
        if e is None or e.status == "lost":
            return
        self._pending_scroll = (e.doc_id, e.start)
        row = self.model.row_of(e.doc_id)
        if row >= 0:
            self.list_view.setCurrentIndex(self.model.index(row, 0))
        self._load_document(e.doc_id)

    @changes_corpus
    def edit_excerpt(self, excerpt_id: str, note: str, tags: list[str], colour: str) -> None:
        if self.workspace is None:
            return
        changes = {"note": note, "tags": tags, "colour": colour}
        self.undo_stack.push(
            EditExcerpt(self.workspace, excerpt_id, changes, self._excerpts_changed, self.tr("edit excerpt"))
        )

    @changes_corpus
    def delete_excerpt(self, excerpt_id: str) -> None:
        if self.workspace is None:
            return
        self.undo_stack.push(
            DeleteExcerpt(self.workspace, excerpt_id, self._excerpts_changed, self.tr("delete excerpt"))
        )
        self.statusBar().showMessage(self.tr("Excerpt deleted (Ctrl+Z brings it back)."), 5000)

    @changes_corpus
    def move_excerpt(self, excerpt_id: str, step: int) -> None:
        if self.workspace is None:
            return
        order = [e.id for e in self.workspace.excerpts()]
        i = order.index(excerpt_id)
        j = i + step
        if not 0 <= j < len(order):
            return
        before = order[j] if step < 0 else (order[j + 1] if j + 1 < len(order) else "")
        self.reorder_excerpt(excerpt_id, before)

    @changes_corpus
    def reorder_excerpt(self, excerpt_id: str, before_id: str) -> None:
        """Put an excerpt before another ("" for last), as dragged or moved with the arrows."""
        if self.workspace is None:
            return
        self.undo_stack.push(
            MoveExcerpt(self.workspace, excerpt_id, before_id or None, self._excerpts_changed, self.tr("move excerpt"))
        )

    def _export_target(self, title: str, formats: list[tuple[str, str]]) -> tuple[Path, str] | None:
        filters = ";;".join(f"{label} (*.{ext})" for ext, label in formats)
        name = f"{self._export_name()}.{formats[0][0]}"
        path, chosen = self.file_dialogs.save(title, name, filters)
        if not path:
            return None
        ext = next((e for e, label in formats if chosen.startswith(label)), formats[0][0])
        target = Path(path)
        if target.suffix.lstrip(".") != ext:
            target = target.with_name(target.name + f".{ext}")
            if (
                target.exists()
                and QMessageBox.question(
                    self, title, self.tr("{file} exists. Replace it?").format(file=isolate_ltr(str(target)))
                )
                != QMessageBox.StandardButton.Yes
            ):
                return None
        return target, ext

    def _export_name(self) -> str:
        """A file name for an export: what it is, the corpus, today (the clock is the user's)."""
        stem = self.tr("excerpts")
        return f"{stem}-{self._corpus_name().replace('/', '-')}-{time.strftime('%Y-%m-%d')}"

    def export_excerpts(self) -> None:
        ws = self.workspace
        if ws is None:
            return
        excerpts = list(self.excerpts.model.excerpts) or ws.excerpts()
        chosen = self._export_target(
            self.tr("Export excerpts"),
            [("docx", "Word"), ("pdf", "PDF"), ("md", "Markdown"), ("csv", "CSV"), ("json", "JSON")],
        )
        if chosen is None:
            return
        target, fmt = chosen
        heading = self.tr("Excerpts")
        corpus = self._corpus_name()
        lang = self.lang
        if fmt == "pdf":  # Qt's PDF writer belongs on the UI thread; the excerpts are few
            self._write_export(lambda: to_pdf(excerpts, heading, corpus, target, overwrite=True, lang=lang), target)
            return
        self._set_job(self.tr("Exporting…"), busy=True)
        self.runner.submit(
            lambda ctx: write_excerpts(excerpts, fmt, target, heading, overwrite=True, lang=lang),
            on_done=lambda _r: self._exported(target),
            on_error=lambda exc, _t: self._export_failed(exc),
            lane="job",
        )

    def export_results(self) -> None:
        ws, text, entity, filters = self.workspace, self.search_bar.query(), self.entity_id, self.filter_bar.filters()
        if ws is None or (not text and entity is None and not filters):
            self.statusBar().showMessage(self.tr("Search first: the results of a search are exported."), 4000)
            return
        chosen = self._export_target(self.tr("Export search results"), [("csv", "CSV"), ("json", "JSON")])
        if chosen is None:
            return
        target, fmt = chosen
        lang = self.lang

        def work(ctx: TaskContext) -> None:
            results = ws.search(text, limit=None, entity=entity, filters=filters)
            data = (
                hits_to_csv(results.hits, lang)
                if fmt == "csv"
                else hits_to_json(results.hits, text, results.total, lang)
            )
            write_atomic(target, data, overwrite=True)

        self._set_job(self.tr("Exporting…"), busy=True)
        self.runner.submit(
            work,
            on_done=lambda _r: self._exported(target),
            on_error=lambda exc, _t: self._export_failed(exc),
            lane="job",
        )

    def _write_export(self, write: Any, target: Path) -> None:
        try:
            write()
        except OSError as exc:
            self._export_failed(exc)
            return
        self._exported(target)

    def _exported(self, target: Path) -> None:
        self._set_job("", busy=False)
        self.statusBar().showMessage(self.tr("Written: {file}").format(file=isolate_ltr(str(target))), 8000)

    def _export_failed(self, exc: BaseException) -> None:
        self._set_job("", busy=False)
        QMessageBox.warning(self, self.tr("Export"), text_of(exc))

    def _corpus_entities(self, entities: EntityList) -> None:
        self.entity_names = entities.names
        if self._freeze_after_entities:
            # What the window holds once a corpus is open (Qt's wrappers, the modules,
            # the corpus' names) stays: the cyclic collector need not walk it again.
            # Walking it took the window's thread 70-90 ms each time a background read
            # made enough garbage to start a full collection (a stall you feel);
            # frozen, a full collection takes 10-20 ms.
            self._freeze_after_entities = False
            gc.freeze()
        self.entities.set_corpus_entities(entities)

    def _query_changed(self, text: str) -> None:
        self._order = None
        self._run_list(text, new=True)

    def _filters_changed(self) -> None:
        self._run_list(self.search_bar.query(), new=True)

    def _run_list(self, text: str, new: bool = False) -> None:
        """List the documents of the query, the entity and the filters. ``new``: a new result set
        (its first document is shown); otherwise the same one again (after an import, a sort), and
        the document being read stays."""
        ws = self.workspace
        if ws is None:
            return
        self._list_generation += 1
        self._new_list = self._new_list or new
        entity, filters = self.entity_id, self.filter_bar.filters()
        if not text and entity is None:
            order = self._order or ("date", True)
            self.search_bar.clear_error()

            def browse(ctx: TaskContext) -> list[str]:
                return ws.browse(*order, among=ws.matching_ids("", filters=filters) if filters else None)

            self.runner.submit(browse, on_done=self._browse_ready, topic="list", on_error=self._list_failed)
            return

        def work(ctx: TaskContext) -> SearchResults:
            return ws.search(text, limit=FIRST_PAGE, entity=entity, filters=filters)

        self.runner.submit(work, on_done=self._search_ready, on_error=self._list_failed, topic="list")

    def _browse_ready(self, ids: list[str]) -> None:
        self.list_view.setEnabled(True)
        self.model.set_browse(ids)
        self.list_view.refresh_row_height()
        self._show_counts(len(ids), searching=False)
        self._after_list()

    def _search_ready(self, results: SearchResults) -> None:
        self.search_bar.clear_error()
        self.list_view.setEnabled(True)
        self.model.set_search(results, snippets=bool(results.query.strip()))
        self.list_view.refresh_row_height()
        self.list_view.header().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        self._show_counts(results.total, searching=True)
        self._after_list()

    def _show_counts(self, n: int, searching: bool) -> None:
        """The count above the list: hits of a search, or documents listed (filtered or all)."""
        filtered = bool(self.filter_bar.filters()) or self.entity_id is not None
        if searching:
            self.hit_label.setText(self.tr("Hits: {n}").format(n=f"{n:,}"))
            self.count_label.setText("")
        else:
            self.hit_label.setText("")
            label = self.tr("Documents: {n} (filtered)") if filtered else self.tr("Documents: {n}")
            self.count_label.setText(label.format(n=f"{n:,}"))

    def _list_failed(self, exc: BaseException, trace: str) -> None:
        if isinstance(exc, QueryError):
            # the list below is the last search's: greyed, and said to be so
            self.search_bar.show_error(self._query_message(exc))
            self.list_view.setEnabled(False)
            self.hit_label.setText(self.tr("(the last search's results)"))
            self.count_label.setText("")
            return
        self.statusBar().showMessage(self.tr("Search failed: {reason}").format(reason=text_of(exc)), 8000)

    def _query_message(self, exc: QueryError) -> str:
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
                known=("، " if self.lang == "ar" else ", ").join(isolate(k) for k in exc.known[:24])
                + (" …" if len(exc.known) > 24 else ""),
            ),
            "entity": self.tr("No entity called «{value}» in this corpus.").format(value=value),
        }
        return messages.get(exc.kind, self.tr("This search cannot be read; check its operators and quotes."))

    def _after_list(self) -> None:
        """Choose the row the reader shows: a document asked for (the last one read, an excerpt's), the
        first of a new result set, else the one being read when it is still listed. The reader always
        shows the chosen row, and is cleared when the list is empty."""
        new, self._new_list = self._new_list, False
        wanted = self._pending_document or (None if new else self.current_id)
        row = self.model.row_of(wanted) if wanted else -1
        if row < 0 and self._pending_document is not None:
            self._load_document(self._pending_document)  # not in this list: show it anyway
            self._pending_document = None
            return
        self._pending_document = None
        if row < 0 and self.model.rowCount():
            row = 0
        if row < 0:
            self.current_id = None
            self.reader.clear()
            self.entities.set_document_entities([], document=False)
            self._show_document_excerpts()
            return
        self._choose_row(row, reload=True)

    def _choose_row(self, row: int, reload: bool = False) -> None:
        """Select ``row`` and show its document (``reload``: even when it is the one shown, for new highlights)."""
        index = self.model.index(row, 0)
        self._choosing_row = True
        try:
            self.list_view.setCurrentIndex(index)
        finally:
            self._choosing_row = False
        self.list_view.scrollTo(index)
        doc_id = self.model.id_at(row)
        if doc_id is not None and (reload or doc_id != self._shown_id()):
            self._load_document(doc_id)

    def _shown_id(self) -> str | None:
        return self.reader.document.id if self.reader.document is not None else None

    def _fetch_more(self, offset: int) -> None:
        ws, text, entity, filters = self.workspace, self.search_bar.query(), self.entity_id, self.filter_bar.filters()
        if ws is None:
            return
        self.runner.submit(
            lambda ctx: ws.search(text, limit=PAGE, offset=offset, entity=entity, filters=filters),
            on_done=self.model.append_hits,
            topic="more",
        )

    def _fetch_snippets(self, ids: list[str]) -> None:
        ws, text = self.workspace, self.search_bar.query()
        if ws is None or not text or not ids:
            return
        generation = self._list_generation

        def done(snippets: Any) -> None:
            if generation == self._list_generation:
                self.model.set_snippets(snippets)

        self.runner.submit(lambda ctx: ws.snippets(ids, text), on_done=done)

    def _sort(self, key: str, descending: bool) -> None:
        ws, text, entity, filters = self.workspace, self.search_bar.query(), self.entity_id, self.filter_bar.filters()
        if ws is None:
            return
        self._order = (key, descending)
        self._list_generation += 1
        if not text and entity is None:
            self._run_list(text)
            return

        def work(ctx: TaskContext) -> list[str]:
            return ws.browse(key, descending, among=ws.matching_ids(text, entity, filters))

        def done(ids: list[str]) -> None:
            self.list_view.setEnabled(True)
            self.model.set_sorted_search(ids, snippets=bool(text))
            self.list_view.refresh_row_height()
            self._after_list()

        self.runner.submit(work, on_done=done, on_error=self._list_failed, topic="list")

    def order_by_relevance(self) -> None:
        self._order = None
        self.list_view.header().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        self._run_list(self.search_bar.query(), new=True)

    # ------------------------------------------------------------------
    # entities

    def set_entity(self, entity_id: str | None) -> None:
        """Filter the list to documents that mention ``entity_id`` (None: no filter)."""
        self.entity_id = entity_id
        name = self.entity_names.get(entity_id, entity_id) if entity_id else None
        self.search_bar.set_entity(name)
        ws = self.workspace
        if entity_id is None or ws is None:
            self.entities.set_related(None, [])
        else:
            entity = self._entity(entity_id)
            self.runner.submit(
                lambda ctx: ws.cooccurring(entity_id, 8),
                on_done=lambda related: self.entities.set_related(entity, related),
                topic="related",
            )
        self.entities.select(entity_id)
        self.reader.select_entity(entity_id)
        self._order = None
        self._run_list(self.search_bar.query(), new=True)

    # ------------------------------------------------------------------
    # curation

    @changes_corpus
    def curate(self, *ops: dict[str, Any], text: str | None = None) -> None:
        """Apply curation decisions in the background (undoable), then show their effect everywhere."""
        if self.workspace is None:
            return
        self.undo_stack.push(Curate(ops, self._run_curation, text or self.tr("entity change")))

    def _run_curation(self, work: Any, then: Any) -> None:
        """Run a curation change (or its undo) on the job lane, then show its effect everywhere."""
        ws = self.workspace
        if ws is None:
            return

        def done(result: Any) -> None:
            self._set_job("", busy=False)
            then(result)
            if self.workspace is ws:
                self.refresh()
                if self.current_id is not None:
                    self._load_document(self.current_id)

        def failed(exc: BaseException, _trace: str) -> None:
            self._set_job("", busy=False)
            QMessageBox.warning(self, self.tr("Entities"), text_of(exc))

        self._set_job(self.tr("Updating entities…"), busy=True)
        self.runner.submit(lambda ctx: work(ws), on_done=done, on_error=failed, lane="job")

    def _entity(self, entity_id: str) -> Entity | None:
        panes = (self.entities.corpus_pane, self.entities.document_pane)
        return next((e for pane in panes for e in pane.model.entities() if e.id == entity_id), None)

    @changes_corpus
    def curate_from_menu(self, action: str, entity_id: str) -> None:
        """A curation decision asked for by a menu: ``action`` as :class:`EntityPane` emits it, perhaps
        scoped (``…@doc``: the document shown; ``…@mention:START:END``: one of its mentions)."""
        action, _, where = action.partition("@")
        scope: dict[str, Any] = {}
        if where:
            if self.current_id is None:
                return
            scope["doc"] = self.current_id
            if where.startswith("mention:"):
                _m, start, end = where.split(":")
                scope.update(start=int(start), end=int(end))
        entity = self._entity(entity_id)
        if entity is None:
            return
        if scope:
            self._curate_scoped(action, entity, scope)
            return
        if action == "rename":
            name, ok = QInputDialog.getText(self, self.tr("Rename entity"), self.tr("Name:"), text=entity.name)
            if ok and name.strip() and name.strip() != entity.name:
                self.curate({"op": "rename", "entity": entity_id, "name": name.strip()}, text=self.tr("rename entity"))
        elif action.startswith("type:"):
            self.curate({"op": "type", "entity": entity_id, "type": action[5:]}, text=self.tr("change entity type"))
        elif action.startswith("split:"):
            self.curate({"op": "split", "entity": entity_id, "alias": action[6:]}, text=self.tr("split entity"))
        elif action == "delete":
            self.curate({"op": "delete", "entity": entity_id}, text=self.tr("delete entity"))
            if self.entity_id == entity_id:
                self.set_entity(None)
        elif action == "merge":
            into = self._merge_target(entity)
            if into is not None:
                self.curate({"op": "merge", "entity": entity_id, "into": into}, text=self.tr("merge entities"))

    def _merge_target(self, entity: Entity) -> str | None:
        """Ask which entity of the corpus ``entity`` is to be merged into; its id, or None."""
        others = [e for e in self.entities.corpus_pane.model.entities() if e.id != entity.id]
        labels = [f"{e.name} ({self.entities.corpus_pane.model.type_label(e.type)})" for e in others]
        choice, ok = QInputDialog.getItem(
            self, self.tr("Merge entity"), self.tr("Merge {name} into:").format(name=entity.name), labels, 0, False
        )
        return others[labels.index(choice)].id if ok and choice in labels else None

    def _curate_scoped(self, action: str, entity: Entity, scope: dict[str, Any]) -> None:
        """A change of type, a merge or a deletion for one document or one mention."""
        mention = "start" in scope
        if action == "delete":
            text = self.tr("not an entity here") if mention else self.tr("not an entity in this document")
            self.curate({"op": "delete", "entity": entity.id, **scope}, text=text)
        elif action.startswith("type:"):
            self.curate(
                {"op": "type", "entity": entity.id, "type": action[5:], **scope}, text=self.tr("change entity type")
            )
        elif action == "merge":
            into = self._merge_target(entity)
            if into is not None:
                self.curate({"op": "merge", "entity": entity.id, "into": into, **scope}, text=self.tr("merge entities"))

    @changes_corpus
    def add_entity_from_selection(self) -> None:
        text = " ".join(self.reader.selected_text().split())
        if not text or self.reader.document is None:
            self.statusBar().showMessage(self.tr("Select a name in the reader first."), 4000)
            return
        model = self.entities.corpus_pane.model
        labels = [model.type_label(k) for k in ("PER", "ORG", "LOC", "MISC")]
        choice, ok = QInputDialog.getItem(
            self, self.tr("Add entity"), self.tr("{text} is a:").format(text=text), labels, 0, False
        )
        if ok and choice in labels:
            kind = ("PER", "ORG", "LOC", "MISC")[labels.index(choice)]
            self.curate({"op": "add", "text": text, "type": kind}, text=self.tr("add entity"))

    def export_curation(self) -> None:
        ws = self.workspace
        if ws is None:
            return
        path, _ = self.file_dialogs.save(self.tr("Export entity curation"), "kashshaf-curation.json", "JSON (*.json)")
        if not path:
            return
        try:  # the dialog has asked before replacing a file
            write_atomic(Path(path), json.dumps(ws.export_curation(), ensure_ascii=False, indent=1) + "\n", True)
        except ExportError as exc:
            QMessageBox.warning(self, self.tr("Entities"), text_of(exc))

    @changes_corpus
    def import_curation(self) -> None:
        ws = self.workspace
        if ws is None:
            return
        path = self.file_dialogs.open_file(self.tr("Import entity curation"), "JSON (*.json)")
        if not path:
            return
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            ops = ws.parse_curation(data)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Entities"), f"{isolate_ltr(path)}: {text_of(exc)}")
            return
        self.curate(*ops, text=self.tr("import entity curation"))

    # ------------------------------------------------------------------
    # the reader

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes or self._choosing_row:
            return
        doc_id = self.model.id_at(indexes[0].row())
        if doc_id is not None and doc_id != self._shown_id():
            self._load_document(doc_id)

    def _row_clicked(self, index: QModelIndex) -> None:
        """A click on the row already selected shows its document when the reader shows another."""
        doc_id = self.model.id_at(index.row())
        if doc_id is not None and doc_id != self._shown_id():
            self._load_document(doc_id)

    def _load_document(self, doc_id: str) -> None:
        ws, text, entity = self.workspace, self.search_bar.query(), self.entity_id
        if ws is None:
            return

        def work(ctx: TaskContext) -> DocumentView | None:
            doc = ws.document(doc_id)
            if doc is None:
                return None
            hits: list[tuple[int, int]] = []
            title_hits: list[tuple[int, int]] = []
            if text:
                try:
                    hits, title_hits = ws.highlights_in(doc, text)
                except QueryError:
                    hits = []
            return DocumentView(doc, hits, ws.mentions(doc.id), ws.entities(doc.id), title_hits)

        def done(view: DocumentView | None) -> None:
            if view is None:
                return
            self.current_id = view.doc.id
            types = {e.id: e.type for e in view.entities}
            self.reader.show_document(view.doc, view.hits, view.mentions, types, view.title_hits)
            self.reader.select_entity(entity)
            self.entities.set_document_entities(view.entities)
            self.entities.select(entity)
            self._show_document_excerpts()
            if self.excerpts.this_document.isChecked():
                self.refresh_excerpts()
            if self._pending_scroll is not None and self._pending_scroll[0] == view.doc.id:
                self.reader.scroll_to_offset(self._pending_scroll[1])
                self._pending_scroll = None

        self.runner.submit(work, on_done=done, topic="document")

    # ------------------------------------------------------------------
    # outlets

    def _list_menu(self, pos: Any) -> None:
        row = self.model.document_row(self.list_view.indexAt(pos).row())
        if row is None or row.outlet is None:
            return
        menu = QMenu(self)
        name = row.outlet.display(self.lang)
        menu.addAction(
            self.tr("Only {outlet}").format(outlet=isolate(name)),
            lambda: self.filter_bar.choose_outlet(row.outlet.id),  # type: ignore[union-attr]
        )
        rename = menu.addAction(
            self.tr("Rename outlet {outlet}…").format(outlet=isolate(name)),
            lambda: self.rename_outlet(row.outlet.id),  # type: ignore[union-attr]
        )
        rename.setEnabled(self.workspace is not None and not self.workspace.readonly)
        menu.exec(self.list_view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    @changes_corpus
    def rename_outlet(self, outlet_id: str) -> None:
        """Rename one outlet (from the list's context menu)."""
        ws = self.workspace
        found = [(o, n) for o, n in ws.outlets() if o.id == outlet_id] if ws else []
        if found:
            self._rename_in(OutletDialog(found, self))

    @changes_corpus
    def rename_outlets(self) -> None:
        """Choose an outlet of the corpus and rename it, in one dialog."""
        ws = self.workspace
        if ws is None:
            return
        outlets = ws.outlets()
        if not outlets:
            self.statusBar().showMessage(self.tr("No outlet is known in this corpus yet."), 5000)
            return
        self._rename_in(OutletDialog(outlets, self))

    def _rename_in(self, dialog: OutletDialog) -> None:
        ws = self.workspace
        if ws is not None and dialog.exec() and dialog.changed():
            name, name_en = dialog.names()
            self.undo_stack.push(
                RenameOutlet(ws, dialog.outlet.id, name, name_en, self._outlets_renamed, self.tr("rename outlet"))
            )
        dialog.deleteLater()

    def _outlets_renamed(self) -> None:
        self.model.forget_rows()
        self.refresh_outlets()
        if self.current_id is not None:
            self._load_document(self.current_id)
        self.refresh_excerpts()

    # ------------------------------------------------------------------
    # help

    def show_shortcuts(self) -> None:
        ShortcutsDialog(menu_shortcuts(self.menuBar()), extra_keys(), self).exec()

    def show_guide(self) -> None:
        GuideDialog(self.lang, self).exec()

    def show_about(self) -> None:
        AboutDialog(self).exec()

    def _focus_search(self) -> None:
        self.search_bar.edit.setFocus()
        self.search_bar.edit.selectAll()

    # ------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        self.runner.shutdown()
        workspace, self.workspace = self.workspace, None
        if workspace is not None:
            workspace.close()
        super().closeEvent(event)

    @property
    def import_dialog(self) -> ImportDialog | None:
        """The dialog of the last import or rescan started (None before the first); read-only."""
        return self._import_dialog


class _StartupProbe(QObject):
    """``KASHSHAF_STARTUP_PROBE=1``: print the wall-clock time of the window's
    first paint and of the first filled document list, then quit (bench/bench_startup.py)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.painted = False
        window.installEventFilter(self)
        window.model.modelReset.connect(self._listed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.painted and event.type() == QEvent.Type.Paint:
            self.painted = True
            print(f"first-paint {time.time():.6f}", flush=True)
        return False

    def _listed(self) -> None:
        if self.window.model.rowCount():
            print(f"listed {time.time():.6f}", flush=True)
            defer(self.window.close, owner=self.window)


def main(argv: list[str] | None = None, corpus_dir: Path | None = None) -> int:
    from kashshaf.ui.app import make_application

    app = make_application(argv)
    window = MainWindow(corpus_dir)
    if os.environ.get("KASHSHAF_STARTUP_PROBE"):
        _StartupProbe(window)
    window.show()
    code = int(app.exec())
    if app.platformName() == "offscreen":
        app.clipboard().clear()  # the offscreen plugin crashes at exit while holding mime data
    return code
