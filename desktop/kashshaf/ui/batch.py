"""Search a list (File → Search a list…): a file of names or queries, one per line, searched one by one
in the background (as written or not, as the search bar's exact-match toggle says); a table of each
one's occurrences (how many times its words or phrases occur in its documents), documents and first
and last dates, sortable; a row opens its query in the main window, and the table exports to CSV."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    qWarning,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kashshaf.core.bidi import isolate, isolate_ltr
from kashshaf.core.citation import format_date
from kashshaf.core.export import batch_to_csv, write_atomic
from kashshaf.core.search.batch import BatchInputError, BatchQuery, BatchResult, queries_from_text, read_queries
from kashshaf.core.search.query import QueryError
from kashshaf.ui.doclist import RETRIEVED_COLOUR
from kashshaf.ui.doclist_view import BidiDelegate
from kashshaf.ui.messages import text_of

if TYPE_CHECKING:
    from kashshaf.core.workspace import Workspace
    from kashshaf.ui.mainwindow import MainWindow
    from kashshaf.ui.tasks import TaskContext

Index = QModelIndex | QPersistentModelIndex

COLUMNS = ("query", "hits", "documents", "first", "last", "note")
SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
RESULT_ROLE = int(Qt.ItemDataRole.UserRole) + 2
ERROR_COLOUR = "#b3261e"
NOTHING_COLOUR = "#6b7480"


class BatchModel(QAbstractTableModel):
    """One row per query of the list: the query searched, occurrences (``hits``), documents, first and
    last date, a note
    (why it could not be read, or how many of its documents have no date)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.results: list[BatchResult] = []
        self.lang = "ar"
        self.errors: dict[int, str] = {}
        """row → the reason its query cannot be read, in the interface language"""

    def set_results(self, results: list[BatchResult], errors: dict[int, str]) -> None:
        self.beginResetModel()
        self.results = list(results)
        self.errors = errors
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  (Qt's signature)
        return 0 if parent.isValid() else len(self.results)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        labels = {
            "query": self.tr("Query"),
            "hits": self.tr("Occurrences"),
            "documents": self.tr("Documents"),
            "first": self.tr("First date"),
            "last": self.tr("Last date"),
            "note": self.tr("Note"),
        }
        return labels[COLUMNS[section]] if 0 <= section < len(COLUMNS) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # an exception escaping a Qt virtual crashes PySide: report it as a Qt warning instead
        try:
            return self._data(index, role)
        except Exception as exc:
            qWarning(f"BatchModel.data: {type(exc).__name__}: {exc}")
            return None

    def _data(self, index: Index, role: int) -> Any:
        if not index.isValid() or index.row() >= len(self.results) or index.column() >= len(COLUMNS):
            return None
        r = self.results[index.row()]
        column = COLUMNS[index.column()]
        if role == RESULT_ROLE:
            return index.row()
        if role == SORT_ROLE:
            return self._sort_key(r, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, index.row(), column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(r, index.row(), column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignTrailing if column in ("hits", "documents") else Qt.AlignmentFlag.AlignLeading
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if not r.ok and column in ("query", "note"):
                return QBrush(QColor(ERROR_COLOUR))
            if r.ok and r.hits == 0 and column != "note":
                return QBrush(QColor(NOTHING_COLOUR))
            if self._retrieved(r, column):
                return QBrush(QColor(RETRIEVED_COLOUR))
            return None
        if role == Qt.ItemDataRole.FontRole and self._retrieved(r, column):
            font = QFont()
            font.setItalic(True)
            return font
        return None

    @staticmethod
    def _retrieved(r: BatchResult, column: str) -> bool:
        return (column == "first" and r.first_kind == "retrieved") or (column == "last" and r.last_kind == "retrieved")

    def _day(self, iso: str | None, kind: str | None) -> str:
        if not iso:
            return ""
        day = format_date(iso, self.lang)
        return self.tr("{date} (retrieved)").format(date=day) if kind == "retrieved" else day

    def _text(self, r: BatchResult, row: int, column: str) -> str:
        if column == "query":  # its own direction: =داعش and ترامب~ keep their signs on the word's side
            return isolate(r.query)
        if column == "note":
            if not r.ok:
                return self.errors.get(row, r.error or "")
            if r.suggestion:
                return self.tr("Did you mean: {query}?").format(query=isolate(r.suggestion))
            return self.tr("{n} without a date").format(n=f"{r.undated:,}") if r.undated else ""
        if not r.ok:
            return "—" if column == "hits" else ""
        if column == "hits":
            return f"{r.hits or 0:,}"
        if column == "documents":
            return f"{r.documents or 0:,}"
        if column == "first":
            return self._day(r.first_date, r.first_kind)
        return self._day(r.last_date, r.last_kind)

    def _tip(self, r: BatchResult, row: int, column: str) -> str | None:
        if column == "query":
            if r.text != r.query:
                return self.tr("Line {line}: {text} (a name: searched as a phrase)").format(
                    line=r.item.line, text=isolate(r.text)
                )
            return self.tr("Line {line}").format(line=r.item.line) if r.item.line else None
        if column == "note" and not r.ok:
            return self.errors.get(row, r.error or "")
        if self._retrieved(r, column):
            return self.tr("Date of retrieval: the publication date of this document is not known.")
        if column in ("hits", "documents") and r.ok:
            return self.tr(
                "Occurrences: how many times the query's words or phrases occur in its documents (a word with "
                "its forms, as the search matches it). Documents: how many documents it matches."
            )
        return None

    @staticmethod
    def _sort_key(r: BatchResult, column: str) -> Any:
        if column == "query":  # its own direction: =داعش and ترامب~ keep their signs on the word's side
            return isolate(r.query)
        if column == "note":
            return (r.error or "") if not r.ok else f"{r.undated:09d}"
        if column in ("hits", "documents"):
            value = r.hits if column == "hits" else r.documents
            return -1 if value is None else value
        # a query with no date sorts before every date, whichever the order
        return (r.first_date if column == "first" else r.last_date) or ""


class BatchTable(QTableView):
    """The results; Enter on a row (or a double click) opens its query in the main window."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class BatchDialog(QDialog):
    """The list's results, filled in when the search of the whole list is done (with a progress bar and
    Cancel meanwhile). It stays open beside the window: a row opens its query there."""

    def __init__(self, controller: BatchController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("batchDialog")
        self.setWindowTitle(self.tr("Search a list"))
        self.resize(1060, 600)
        self.setSizeGripEnabled(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("batchSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("batchProgress")
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("batchCancel")
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.bar, 1)
        progress_row.addWidget(self.cancel_button)
        self.model = BatchModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortLocaleAware(True)
        self.table = BatchTable(self)
        self.table.setObjectName("batchTable")
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(BidiDelegate(self.table))
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicatorClearable(True)  # a third click: the list's own order
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the list's own order until a header is clicked
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        self.table.activated.connect(self._activated)
        self.open_button = QPushButton(self.tr("Show in the main window"), self)
        self.open_button.setObjectName("batchOpen")
        self.open_button.setToolTip(self.tr("List the chosen query's documents in the main window (Enter)"))
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_button.setObjectName("batchExport")
        self.another_button = QPushButton(self.tr("Another list…"), self)
        self.paste_button = QPushButton(self.tr("Paste a list"), self)
        self.paste_button.setToolTip(self.tr("Search the lines on the clipboard, one query per line"))
        self.close_button = QPushButton(self.tr("Close"), self)
        for button in (self.open_button, self.export_button, self.another_button, self.paste_button, self.close_button):
            button.setAutoDefault(False)  # Enter belongs to the table: it opens the chosen row
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.another_button)
        buttons.addWidget(self.paste_button)
        buttons.addWidget(self.close_button)
        self.note = QLabel(self)
        self.note.setObjectName("batchNote")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.setStyleSheet(f"QLabel#batchNote {{ color: {NOTHING_COLOUR}; }}")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(progress_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.open_button.clicked.connect(self.open_current)
        self.export_button.clicked.connect(controller.export)
        self.another_button.clicked.connect(controller.choose)
        self.paste_button.clicked.connect(controller.paste)
        self.close_button.clicked.connect(self.close)
        self.cancel_button.clicked.connect(controller.cancel)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.source = ""
        self.exact = False
        """whether the list was searched with its words as written"""
        self.source_file = False
        """whether the list came from a file (else from the clipboard)"""
        self.running = False
        self._update_buttons()

    # --- what the dialog shows --------------------------------------------

    def start(self, source: str, total: int, from_file: bool, exact: bool = False) -> None:
        """A list of ``total`` queries, from the file called ``source`` (``from_file``) or the clipboard,
        is being searched (``exact``: its words as written)."""
        self.source, self.source_file, self.exact = source, from_file, exact
        self.note.setText(
            self.tr(
                "A line of plain words is a name, searched as a phrase; a line in the query language is "
                "searched as written. Enter or a double click on a row lists its documents in the window."
            )
        )
        self.setWindowTitle(self.tr("Search a list — {source}").format(source=source))  # no bidi marks in a title bar
        self.running = True
        self.model.set_results([], {})
        self.summary.setText(
            self.tr("Searching {total} queries from {source}…").format(total=f"{total:,}", source=isolate(source))
        )
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(0)
        self.bar.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self._update_buttons()

    def progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.bar.setFormat(self.tr("{done} of {total}").format(done=f"{done:,}", total=f"{total:,}"))

    def show_results(self, results: list[BatchResult], total: int, errors: dict[int, str]) -> None:
        """The list's results (fewer than ``total`` when it was cancelled)."""
        self.running = False
        self.bar.hide()
        self.cancel_button.hide()
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.model.set_results(results, errors)
        self._fit_columns()
        failed = sum(1 for r in results if not r.ok)
        found = sum(1 for r in results if r.documents)
        parts = [
            self.tr("Queries: {n}").format(n=f"{len(results):,}"),
            self.tr("found: {n}").format(n=f"{found:,}"),
            self.tr("nothing found: {n}").format(n=f"{len(results) - found - failed:,}"),
        ]
        if failed:
            parts.append(self.tr("cannot be read: {n}").format(n=f"{failed:,}"))
        if self.exact:
            parts.append(self.tr("words as written (exact match)"))
        if self.source:  # first, in the interface's words: the line reads in the interface's direction
            parts.insert(0, self.tr("List: {source}").format(source=isolate(self.source)))
        line = " · ".join(parts)
        if len(results) < total:
            cancelled = self.tr("Cancelled after {done} of {total} queries.").format(
                done=f"{len(results):,}", total=f"{total:,}"
            )
            line = f"{cancelled}  {line}"
        self.summary.setText(line)
        if results:
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self.table.setFocus()
        self._update_buttons()

    def show_failure(self, text: str) -> None:
        self.running = False
        self.bar.hide()
        self.cancel_button.hide()
        self.summary.setText(text)
        self._update_buttons()

    def _fit_columns(self) -> None:
        """Each column as wide as what it holds (the query at most a third of the table); the note takes
        what is left, and a long reason is cut (its tooltip has it whole), so nothing scrolls sideways."""
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS) - 1):
            self.table.resizeColumnToContents(column)
            header.resizeSection(column, header.sectionSize(column) + (0 if column == 0 else 6))
        widest = max(160, self.table.viewport().width() // 3)
        if header.sectionSize(0) > widest:
            header.resizeSection(0, widest)
        used = sum(header.sectionSize(c) for c in range(len(COLUMNS) - 1))
        header.resizeSection(len(COLUMNS) - 1, max(160, self.table.viewport().width() - used))

    def _update_buttons(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.open_button.setEnabled(has_rows and self.current() is not None)
        self.export_button.setEnabled(has_rows and not self.running)
        self.another_button.setEnabled(not self.running)
        self.paste_button.setEnabled(not self.running)

    # --- acting on a row ----------------------------------------------------

    def current(self) -> BatchResult | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = self.proxy.mapToSource(index).row()
        return self.model.results[row] if 0 <= row < len(self.model.results) else None

    def open_current(self) -> None:
        result = self.current()
        if result is not None:
            self.controller.open_query(result.query, self.exact)

    def _activated(self, _index: QModelIndex) -> None:
        self.open_current()

    def closeEvent(self, event: Any) -> None:
        self.controller.cancel()
        super().closeEvent(event)

    def reject(self) -> None:  # Escape: close, and stop a search under way
        self.controller.cancel()
        super().reject()


class BatchController(QObject):
    """``window.batch``: read a list, search it on the summary lane (a long read, with progress, that
    can be cancelled), show the table, open a row's query, export the table."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: BatchDialog | None = None
        self.running: TaskContext | None = None

    def _dialog(self) -> BatchDialog:
        if self.dialog is None:
            self.dialog = BatchDialog(self, self.window)
            self.dialog.model.lang = self.window.lang
        return self.dialog

    def choose(self) -> None:
        """Choose a list file and search it."""
        if self.running is not None and self.dialog is not None:
            self.dialog.show()  # a list is being searched: show it, one at a time
            return
        if self.window.workspace is None:
            return
        path = self.window.file_dialogs.open_file(
            self.tr("Search a list"),
            self.tr(
                "Lists of queries (*.txt *.csv *.tsv);;Text, one query per line (*.txt);;CSV (*.csv);;All files (*)"
            ),
        )
        if path:
            self.run_file(Path(path))

    def run_file(self, path: Path) -> None:
        """Read the list in ``path`` and search it (a file that cannot be read is named with the reason)."""

        def read(_ws: Workspace) -> list[BatchQuery]:
            return read_queries(path)

        self.window.ops.query_op(read, topic="batch-list", lane="summary").success(
            lambda queries: self.run(queries, path.name)
        ).failure(lambda exc: self._unreadable(exc, path.name)).run()

    def paste(self) -> None:
        """Search the lines on the clipboard."""
        text = QGuiApplication.clipboard().text()
        queries = queries_from_text(text)
        if not queries:
            self.window.statusBar().showMessage(
                self.tr("The clipboard holds no lines to search: copy a list, one query per line."), 6000
            )
            if self.dialog is not None:
                self.dialog.note.setText(
                    self.tr("The clipboard holds no lines to search: copy a list, one query per line.")
                )
            return
        self.run(queries, self.tr("the clipboard"), from_file=False)

    def run(self, queries: list[BatchQuery], source: str, from_file: bool = True) -> None:
        """Search ``queries`` in the background and show the table."""
        if self.window.workspace is None or self.running is not None:
            return
        dialog = self._dialog()
        total = len(queries)
        exact = self.window.search_bar.exact()
        dialog.start(source, total, from_file, exact)
        dialog.show()

        def work(ws: Workspace, ctx: TaskContext) -> list[BatchResult]:
            return ws.batch_search(
                queries, progress=lambda done, n: ctx.progress((done, n)), cancelled=ctx.cancelled, exact=exact
            )

        def done(results: list[BatchResult]) -> None:
            self.running = None
            dialog.show_results(results, total, self._errors(results))

        def failed(exc: BaseException) -> None:
            self.running = None
            dialog.show_failure(self.tr("The list could not be searched: {reason}").format(reason=text_of(exc)))

        def gave_up() -> None:
            self.running = None
            dialog.show_results([], total, {})

        self.running = (
            self.window.ops.task_op(work, topic="batch", lane="summary")
            .success(done)
            .failure(failed)
            .progress(lambda value: dialog.progress(*value))
            .cancelled(gave_up)
            .run()
        )

    def cancel(self) -> None:
        if self.running is not None:
            self.running.cancel()
            if self.dialog is not None:
                self.dialog.cancel_button.setEnabled(False)

    def reset(self) -> None:
        """Another corpus: stop the search under way and close the table (its counts were the last corpus')."""
        self.cancel()
        self.running = None  # its answer, about the last corpus, is dropped
        if self.dialog is not None:
            self.dialog.running = False
            self.dialog.hide()
            self.dialog.model.set_results([], {})

    def _unreadable(self, exc: BaseException, name: str) -> None:
        reason = text_of(exc)
        if isinstance(exc, BatchInputError):
            prefix = f"{exc.path}: "
            reason = reason[len(prefix) :] if reason.startswith(prefix) else reason
        text = self.tr("Cannot read the list {file}: {reason}").format(file=isolate_ltr(name), reason=reason)
        self.window.statusBar().showMessage(text, 10000)
        QMessageBox.warning(self.window, self.tr("Search a list"), text)

    def _errors(self, results: list[BatchResult]) -> dict[int, str]:
        """Why each query that could not run failed, in the interface language."""
        out: dict[int, str] = {}
        for row, r in enumerate(results):
            if r.ok:
                continue
            if r.error_kind == "failed":
                out[row] = self.tr("The search failed: {reason}").format(reason=r.error or "")
            else:
                exc = QueryError(r.error or "", r.error_kind or "syntax", r.error_value, r.error_known)
                out[row] = self.window.listing.query_message(exc)
        return out

    def open_query(self, query: str, exact: bool = False) -> None:
        """List ``query``'s documents in the main window, as the table counted them: without the entity
        or the filters the window had, with its words matched as the list's were (``exact``)."""
        w = self.window
        w.search_bar.set_exact(exact)
        w.search_bar.set_query(query, run=False)
        if w.entity_id is not None:
            w.listing.set_entity(None)
        w.filter_bar.clear()
        w.search_bar.set_query(query)

    def export(self) -> None:
        """The table, in its order, to a CSV file (UTF-8 with a BOM, so a spreadsheet reads the Arabic)."""
        dialog = self.dialog
        if dialog is None or not dialog.model.results:
            return
        rows = [dialog.proxy.mapToSource(dialog.proxy.index(i, 0)).row() for i in range(dialog.proxy.rowCount())]
        results = [dialog.model.results[i] for i in rows]
        errors = [dialog.model.errors.get(i, "") for i in rows]
        name = Path(dialog.source).stem if dialog.source_file else self.tr("list")
        results_word = self.tr("results")
        stem = f"{name}-{results_word}-{time.strftime('%Y-%m-%d')}"
        chosen = self.window.exports.choose_target(self.tr("Export the list's results"), [("csv", "CSV")], stem)
        if chosen is None:
            return
        target, _fmt = chosen
        data = batch_to_csv(results, [e or None for e in errors])
        try:
            write_atomic(target, data, overwrite=True)
        except Exception as exc:  # the folder cannot be written, the disk is full: say so
            QMessageBox.warning(dialog, self.tr("Export"), text_of(exc))
            return
        written = self.tr("Written: {file}").format(file=isolate_ltr(str(target)))
        self.window.statusBar().showMessage(written, 8000)
        dialog.note.setText(written)
