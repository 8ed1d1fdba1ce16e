"""The Kashshaf main window: document list (right), reader (centre), entity
sidebar (left), search bar on top, status bar below; right to left in Arabic.

The window builds the widgets, the docks and the menus, and wires them to the
feature controllers that do the work (``ui/corpus.py``, ``ui/jobs.py``,
``ui/listing.py``, ``ui/excerpts_controller.py``, ``ui/curation.py``,
``ui/exports.py``, ``ui/outlets.py``, ``ui/saved_searches.py``, ``ui/batch.py``,
``ui/variants.py``). The
controllers ask the core through operations (``ui/ops.py``) that run on the
task runner; a change is announced by ``ops.changes_applied`` and each panel
refreshes what it shows. The window's thread only shows answers; reading the
columns of a page of list rows is a keyed SQLite lookup and is done where the
view asks for it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDockWidget, QFrame, QLabel, QMainWindow, QMessageBox, QProgressBar, QScrollArea, QToolBar

from kashshaf.core.workspace import Workspace
from kashshaf.paths import default_corpus_dir
from kashshaf.ui.analysis import AnalysisController
from kashshaf.ui.app import chosen_language, settings
from kashshaf.ui.batch import BatchController
from kashshaf.ui.corpus import CorpusController
from kashshaf.ui.curation import CurationController
from kashshaf.ui.doclist import DocumentListModel
from kashshaf.ui.doclist_view import DocumentListView
from kashshaf.ui.entities import EntitySidebar
from kashshaf.ui.excerpts import ExcerptsPanel
from kashshaf.ui.excerpts_controller import ExcerptsController
from kashshaf.ui.exports import ExportController
from kashshaf.ui.filedialogs import FileDialogs
from kashshaf.ui.help import AboutDialog, GuideDialog, ShortcutsDialog, extra_keys, menu_shortcuts
from kashshaf.ui.importing import ImportDialog
from kashshaf.ui.jobs import JobsController
from kashshaf.ui.listing import ListController
from kashshaf.ui.listpane import ListPane
from kashshaf.ui.ops import Ops
from kashshaf.ui.outlets import OutletsController
from kashshaf.ui.reader import Reader
from kashshaf.ui.saved_searches import SavedSearches
from kashshaf.ui.searchbar import SearchBar
from kashshaf.ui.startup import StartupProbe
from kashshaf.ui.tasks import TaskRunner
from kashshaf.ui.variants import VariantsController
from kashshaf.ui.views.facets import FacetsDock
from kashshaf.ui.views.keywords import KeywordsDock
from kashshaf.ui.views.kwic import KwicDock
from kashshaf.ui.views.network import NetworkDock
from kashshaf.ui.views.timeline import TimelineDock

Keys = QKeySequence | QKeySequence.StandardKey | str
"""a shortcut as an action takes it"""


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
        """the entity the list is filtered by"""
        self.entity_names: dict[str, str] = {}
        self.current_id: str | None = None
        """the document the reader shows"""
        self._build()
        if restore:
            self._restore_settings()
        self.corpus.open(corpus_dir)

    # ------------------------------------------------------------------
    # building

    def _build(self) -> None:
        self.resize(1280, 800)
        self.reader = Reader(self)
        self.reader.lang = self.lang
        self.setCentralWidget(self.reader)

        self.model = DocumentListModel(lambda ids: self.listing.load_rows(ids), self)
        self.model.lang = self.lang
        self.list_view = DocumentListView(self)
        self.list_view.setObjectName("documentList")
        self.list_view.setModel(self.model)
        self.list_view.header().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        self.list_pane = ListPane(self.list_view, self)
        self.count_label = self.list_pane.count_label
        self.hit_label = self.list_pane.hit_label
        self.filter_bar = self.list_pane.filter_bar
        self.filter_bar.lang = self.lang
        self.undo_stack = QUndoStack(self)
        self.file_dialogs = FileDialogs(self)
        self.documents_dock = QDockWidget(self.tr("Documents"), self)
        self.documents_dock.setObjectName("documentsDock")
        self.documents_dock.setWidget(self.list_pane)
        self.entities = EntitySidebar(self)
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

        # the features, each a controller wired to the widgets above (see docs/architecture.md)
        self.ops = Ops(self)
        self.corpus = CorpusController(self)
        self.jobs = JobsController(self)
        self.listing = ListController(self)
        self.variants = VariantsController(self)
        self.analysis = AnalysisController(
            self, [TimelineDock(self), FacetsDock(self), KwicDock(self), NetworkDock(self), KeywordsDock(self)]
        )
        self.excerpts_controller = ExcerptsController(self)
        self.curation = CurationController(self)
        self.exports = ExportController(self)
        self.outlets = OutletsController(self)
        self.batch = BatchController(self)
        self._build_menus()

    def _action(
        self, text: str, slot: Callable[..., object], shortcut: Keys | list[Keys] | None = None, checkable: bool = False
    ) -> QAction:
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
            self._action(self.tr("Open corpus folder…"), self.corpus.choose, QKeySequence.StandardKey.Open)
        )
        file_menu.addAction(
            self._action(self.tr("Open default corpus"), lambda: self.corpus.open(default_corpus_dir()))
        )
        file_menu.addSeparator()
        self.import_files_action = self._action(self.tr("Import files…"), self.jobs.choose_import_files, "Ctrl+I")
        self.import_folder_action = self._action(
            self.tr("Import folder…"), self.jobs.choose_import_folder, "Ctrl+Shift+I"
        )
        file_menu.addAction(self.import_files_action)
        file_menu.addAction(self.import_folder_action)
        self.rescan_action = self._action(self.tr("Rescan corpus folders"), self.jobs.rescan, "F5")
        self.rescan_action.setToolTip(
            self.tr("Import new and changed files from the folders of this corpus; remove documents of deleted files")
        )
        file_menu.addAction(self.rescan_action)
        self.reindex_action = self._action(self.tr("Rebuild search index"), self.jobs.reindex)
        file_menu.addAction(self.reindex_action)
        file_menu.addSeparator()
        self.batch_action = self._action(self.tr("Search a list…"), self.batch.choose, "Ctrl+Shift+L")
        self.batch_action.setToolTip(
            self.tr("Search each name or query of a list (a .txt file, one a line, or a .csv file): hits and dates")
        )
        file_menu.addAction(self.batch_action)
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("Export excerpts…"), self.exports.export_excerpts))
        file_menu.addAction(self._action(self.tr("Export search results…"), self.exports.export_results))
        file_menu.addAction(self._action(self.tr("Export entity curation…"), self.curation.export))
        self.import_curation_action = self._action(self.tr("Import entity curation…"), self.curation.import_file)
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
        self.add_excerpt_action = self._action(self.tr("Add excerpt"), self.excerpts_controller.add, "Ctrl+E")
        edit_menu.addAction(self.add_excerpt_action)
        edit_menu.addAction(self._action(self.tr("Find in corpus"), self._focus_search, QKeySequence.StandardKey.Find))
        self.add_entity_action = self._action(
            self.tr("Add selection as entity…"), self.curation.add_from_selection, "Ctrl+Shift+N"
        )
        edit_menu.addAction(self.add_entity_action)
        self.rename_outlets_action = self._action(self.tr("Rename outlets…"), self.outlets.rename_outlets)
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
        exact = self.search_bar.exact_action  # the same action as the search bar's toggle
        exact.setShortcut(QKeySequence("Ctrl+Shift+X"))
        exact.toggled.connect(lambda on: settings().setValue("search/exact", on))
        self.addAction(exact)
        search_menu.addAction(exact)
        search_menu.addSeparator()
        save_action = self._action(self.tr("Save this search…"), lambda: self.saved.save(), "Ctrl+S")
        search_menu.addAction(save_action)
        self.saved_menu = search_menu.addMenu(self.tr("Saved searches"))
        self.delete_saved_menu = search_menu.addMenu(self.tr("Delete a saved search"))
        search_menu.addSeparator()
        search_menu.addAction(self._action(self.tr("Order by relevance"), self.listing.order_by_relevance))
        search_menu.addAction(self._action(self.tr("Clear search history"), lambda: self.saved.clear_history()))
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
        self.analysis.add_menu(view_menu.addMenu(self.tr("Analysis")))
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
        self.saved = SavedSearches(self, self.saved_menu, self.delete_saved_menu)

    # ------------------------------------------------------------------
    # settings and layout

    def _restore_settings(self) -> None:
        s = settings()
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = s.value(f"window/state_{self.lang}")  # the docks' sides differ by language
        if isinstance(state, QByteArray):
            self.restoreState(state)
            self.analysis.arrange()  # a layout saved before the analysis docks existed
        zoom = s.value("reader/zoom", 0)
        self.reader.set_zoom(int(zoom) if isinstance(zoom, int | str) else 0)
        raw = s.value("reader/raw", False)
        self.raw_action.setChecked(raw in (True, "true"))
        self.reader.raw = raw in (True, "true")
        show = s.value("reader/entities", True)
        self.entities_action.setChecked(show not in (False, "false"))
        self.reader.show_entities = show not in (False, "false")
        self.search_bar.set_exact(s.value("search/exact", False) in (True, "true"))
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
        s.setValue("search/exact", self.search_bar.exact())
        if self.corpus_dir is not None:
            s.setValue("corpus/last", str(self.corpus_dir))
        if self.current_id is not None:
            s.setValue("corpus/last_document", self.current_id)
        s.sync()

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

    def reset_views(self) -> None:
        """Another corpus: nothing of the last one stays on screen (its list, document, entities, filters,
        counts, undo history)."""
        self.undo_stack.clear()
        self.batch.reset()
        self.entity_id = None
        self.current_id = None
        self.listing.reset()
        self.analysis.clear()
        self.search_bar.set_entity(None)
        self.search_bar.set_query("", run=False)
        self.search_bar.clear_error()
        self.list_pane.show_suggestion(None)
        self.variants.reset()
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

    def set_job(self, text: str, busy: bool) -> None:
        """Say what the corpus is busy with in the status bar (a moving bar while ``busy``)."""
        self.job_label.setText(text)
        self.job_bar.setVisible(busy)
        if busy:
            self.job_bar.setRange(0, 0)

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
        self.excerpts.commit_pending_edit()  # a note typed and not saved is kept
        self.runner.shutdown()  # writes the changes asked for first
        workspace, self.workspace = self.workspace, None
        if workspace is not None:
            workspace.close()
        super().closeEvent(event)

    @property
    def import_dialog(self) -> ImportDialog | None:
        """The last import's dialog (its progress, then its report)."""
        return self.jobs.dialog


def main(argv: list[str] | None = None, corpus_dir: Path | None = None) -> int:
    from kashshaf.ui.app import make_application

    app = make_application(argv)
    window = MainWindow(corpus_dir)
    if os.environ.get("KASHSHAF_STARTUP_PROBE"):
        StartupProbe(window)
    window.show()
    code = int(app.exec())
    if app.platformName() == "offscreen":
        app.clipboard().clear()  # the offscreen plugin crashes at exit while holding mime data
    return code
