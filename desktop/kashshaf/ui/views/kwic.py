"""The concordance dock (key word in context): every occurrence of the query's words, or of the
chosen entity's mentions, in the result set, one line each, aligned on the keyword.

Arabic lines read right to left whatever the interface language: the context before the keyword
stands on its right, the context after on its left (the table is laid out right to left when the
lines are Arabic; lines of a Latin-script corpus are laid out left to right). Each cell is one
right-to-left paragraph in which every Latin run (a name, an acronym, a web address) is a
left-to-right isolate, so a mixed line keeps its parts in order. The keyword column is centred and
of one width; the context before is aligned on the keyword and loses its far end first, as does the
context after.

The lines are read on the ``summary`` worker: a first page from the first documents, then the rest
in short slices (the other analysis views never wait behind a long read), while the table shows
what is known. A line's text is read a page at a time as the table shows it; sorting and the filter
work on the lines' keys, on the worker.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPoint,
    Qt,
    QTimer,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kashshaf.core.analysis import Scope
from kashshaf.core.analysis.kwic import (
    BY_DATE,
    PAGE,
    SLICE_SECONDS,
    ConcordanceReleased,
    KwicBuilder,
    KwicLine,
    first_page,
    to_csv,
)
from kashshaf.core.bidi import isolate_ltr
from kashshaf.core.export.files import file_stem, write_atomic
from kashshaf.ui.analysis import AnalysisDock
from kashshaf.ui.messages import text_of
from kashshaf.ui.reader import is_rtl_text
from kashshaf.ui.undo import AddExcerpt
from kashshaf.ui.views.kwic_model import AFTER, BEFORE, DATE, KEYWORD, OUTLET, KwicDelegate, KwicModel

if TYPE_CHECKING:
    from pathlib import Path

    from kashshaf.core.workspace import Workspace
    from kashshaf.ui.mainwindow import MainWindow

KEEP_ALL_LIMIT = 2000
"""lines "add all to excerpts" keeps at most (filter them first)"""
ARRANGE_WHILE_READING = 20_000
"""a sorted or filtered concordance is arranged again after each slice up to this many lines (else once read)"""


FIRST_LINES = 80
"""lines read before the concordance is first shown: more than the tallest dock shows (the first page's
other lines follow with the next slice); 200 cost 10-17 ms more on 100,000 documents"""


class KwicDock(AnalysisDock):
    """The concordance of the current result set; a click opens the reader at that occurrence."""

    name = "kwic"

    def __init__(self, window: MainWindow) -> None:
        super().__init__(QCoreApplication.translate("KwicDock", "Concordance"), window)
        self.main = window
        self.builder: KwicBuilder | None = None
        self.building = 0
        """the generation of the concordance being read (an answer for an older one is dropped)"""
        self.model = KwicModel(self)
        self.model.lang = window.lang
        self.model.headers = [
            self.tr("Before"),
            self.tr("Keyword"),
            self.tr("After"),
            self.tr("Outlet"),
            self.tr("Date"),
        ]
        self.model.page_wanted.connect(self._read_page)
        body = QWidget(self)
        self.sort_box = QComboBox(body)
        self.sort_box.setObjectName("kwicSort")
        for text, key in (
            (self.tr("As found"), None),
            (self.tr("1st word before"), "L1"),
            (self.tr("2nd word before"), "L2"),
            (self.tr("3rd word before"), "L3"),
            (self.tr("1st word after"), "R1"),
            (self.tr("2nd word after"), "R2"),
            (self.tr("3rd word after"), "R3"),
            (self.tr("Date, newest first"), BY_DATE),
        ):
            self.sort_box.addItem(text, key)
        self.sort_box.currentIndexChanged.connect(lambda _i: self._arrange())
        self.filter_edit = QLineEdit(body)
        self.filter_edit.setObjectName("kwicFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("Only lines whose context has this word…"))
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(300)
        self._filter_timer.timeout.connect(self._arrange)
        self.filter_edit.textChanged.connect(lambda _t: self._filter_timer.start())
        self.filter_edit.returnPressed.connect(self._arrange)
        self.count_label = QLabel(body)
        self.count_label.setObjectName("kwicCount")
        self.keep_button = QPushButton(self.tr("Keep as excerpt"), body)
        self.keep_button.setToolTip(self.tr("Keep the chosen lines as excerpts, with their citation"))
        self.keep_button.clicked.connect(self.keep_selected)
        self.export_button = QPushButton(self.tr("Export CSV…"), body)
        self.export_button.clicked.connect(self.export_csv)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(QLabel(self.tr("Sort:"), body))
        bar.addWidget(self.sort_box)
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.keep_button)
        bar.addWidget(self.export_button)
        self.table = QTableView(body)
        self.table.setObjectName("kwicTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(KwicDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(BEFORE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AFTER, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(KEYWORD, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(OUTLET, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DATE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(OUTLET, self.table.fontMetrics().horizontalAdvance("M") * 9)
        header.resizeSection(DATE, self.table.fontMetrics().horizontalAdvance("0") * 14)
        header.resizeSection(KEYWORD, 110)
        self.table.clicked.connect(self._open)
        self.table.activated.connect(self._open)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self.setWidget(body)
        self.status.hide()

    # --- reading ---------------------------------------------------------------

    def compute(self, ws: Workspace, scope: Scope) -> tuple[KwicBuilder, list[KwicLine]]:
        # the first screen's lines (a page is more than a dock shows): the rest come in slices after
        builder = first_page(ws, scope, lines=FIRST_LINES)
        return builder, builder.conc.lines(ws, range(min(PAGE, len(builder.conc))))

    def show_data(self, data: Any) -> None:
        builder, first = data
        self._abandon()
        self.builder = builder
        self.building += 1
        conc = builder.conc
        if conc.mode == "none":
            self.status.setText(self.tr("Type a query or choose an entity: its occurrences are listed here."))
            self.status.show()
        else:
            self.status.hide()
        rtl = not first or is_rtl_text(" ".join(f"{line.before} {line.keyword}" for line in first[:50]))
        self.table.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        if first:
            metrics = self.table.fontMetrics()
            widest = max(metrics.horizontalAdvance(line.keyword) for line in first)
            self.table.horizontalHeader().resizeSection(KEYWORD, max(80, min(260, int(widest * 1.15) + 24)))
        self.model.reset(conc, list(range(len(conc))), first)
        if self.sort_key() is not None or self.filter_word():
            self._arrange()
        self._show_count()
        if not builder.done:
            self._next_slice()

    def _abandon(self) -> None:
        """Stop reading the last concordance (its index snapshot let go on the worker, after its slice) and
        free its lines there, a block at a time (the window's thread, dropping the last reference, would
        free them all at once: 20-40 ms for 20,000-40,000 lines). On the summary lane, after whatever
        was asked of it before: an export or a keep of its lines runs first."""
        old, self.builder = self.builder, None
        if old is None:
            return

        def release(_ws: Workspace) -> None:
            old.close()
            old.conc.release()

        self.main.ops.query_op(release, lane="summary").run()

    def _next_slice(self) -> None:
        builder, building = self.builder, self.building
        if builder is None:
            return

        def read(_ws: Workspace) -> int:
            builder.step(seconds=SLICE_SECONDS)
            return len(builder.conc)

        def done(n: int) -> None:
            if building != self.building:
                return
            if self.sort_key() is None and not self.filter_word():
                self.model.grow(list(range(n)))
            elif builder.done or n <= ARRANGE_WHILE_READING:
                self._arrange(n)
            self._show_count()
            if not builder.done:
                self._next_slice()

        self.main.ops.query_op(read, topic="analysis:kwic-slice", lane="summary").success(done).failure(
            self._failed
        ).run()

    def _read_page(self, page: int) -> None:
        conc, generation = self.model.conc, self.model.generation
        rows = self.model.rows_of_page(page)
        if conc is None or not rows:
            return
        self.main.ops.query_op(lambda ws: conc.lines(ws, rows)).success(
            lambda lines: self.model.set_page(generation, page, lines)
        ).failure(self._page_failed).run()

    def _page_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, ConcordanceReleased):  # a page of a concordance replaced since: not wanted
            self._failed(exc)

    def _changed_message(self) -> None:
        self.main.statusBar().showMessage(
            self.tr(
                "The concordance changed (a new query) before its lines were read: nothing was written; try again."
            ),
            8000,
        )

    def _write_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ConcordanceReleased):
            self._changed_message()
        else:
            self.main.statusBar().showMessage(text_of(exc), 8000)

    def sort_key(self) -> str | None:
        key = self.sort_box.currentData()
        return str(key) if key else None

    def filter_word(self) -> str:
        return self.filter_edit.text().strip()

    def _arrange(self, n: int | None = None) -> None:
        """Sort and filter the lines read so far (on the worker)."""
        builder = self.builder
        if builder is None:
            return
        conc, building = builder.conc, self.building
        sort, word = self.sort_key(), self.filter_word()
        count = len(conc) if n is None else n

        def done(order: list[int]) -> None:
            if building == self.building and self.model.conc is conc:
                self.model.reset(conc, order)
                self._show_count()

        self.main.ops.query_op(
            lambda ws: conc.arrange(ws, sort, word, count), topic="analysis:kwic-order", lane="summary"
        ).success(done).run()

    def _show_count(self) -> None:
        builder = self.builder
        if builder is None:
            self.count_label.clear()
            return
        conc = builder.conc
        shown, total = len(self.model.order), len(conc)
        if conc.mode == "none":
            text = ""
        elif not conc.complete and not conc.documents:
            text = self.tr("{n} lines so far…").format(n=f"{total:,}")
        elif not conc.complete:
            text = self.tr("{n} lines so far ({read} of {docs} documents read)…").format(
                n=f"{total:,}", read=f"{conc.read:,}", docs=f"{conc.documents:,}"
            )
        else:
            with_lines = len(conc.doc_ids)
            if conc.documents > with_lines:  # the list counts a document whose title alone has the words
                text = self.tr("{n} lines in {docs} of the {all} documents (words of a title are not lines)").format(
                    n=f"{total:,}", docs=f"{with_lines:,}", all=f"{conc.documents:,}"
                )
            else:
                text = self.tr("{n} lines in {docs} documents").format(n=f"{total:,}", docs=f"{with_lines:,}")
            if conc.truncated:
                text += " " + self.tr("(the first {n} only)").format(n=f"{total:,}")
        if self.filter_word() and conc.mode != "none":
            text = self.tr("{shown} of {text}").format(shown=f"{shown:,}", text=text)
        self.count_label.setText(text)

    def clear(self) -> None:
        self._abandon()
        self.building += 1
        self.model.reset(None, [])
        self.count_label.clear()

    # --- acting on lines ---------------------------------------------------------

    def selected_lines(self) -> list[KwicLine]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return [line for line in (self.model.line(r) for r in rows) if line is not None]

    def _open(self, index: QModelIndex) -> None:
        line = self.model.line(index.row())
        if line is not None:
            self.open_line(line)

    def open_line(self, line: KwicLine) -> None:
        """Show the line's document in the reader, at that occurrence (current, selected)."""
        w = self.main
        w.listing.pending_occurrence = (line.doc_id, line.start, line.end)
        row = w.model.row_of(line.doc_id)
        if row >= 0:
            w.list_view.setCurrentIndex(w.model.index(row, 0))
            w.list_view.scrollTo(w.model.index(row, 0))
        else:  # not among the list's rows read so far: no other row may look like the one being read
            w.list_view.selectionModel().clearSelection()
        w.listing.load_document(line.doc_id)

    def keep_selected(self) -> None:
        lines = self.selected_lines()
        if not lines:
            self.main.statusBar().showMessage(self.tr("Choose a line of the concordance first."), 4000)
            return
        self.keep(lines)

    def keep(self, lines: list[KwicLine]) -> None:
        """Keep each line (its context and keyword) as an excerpt: one step to undo."""
        w = self.main
        if w.workspace is None or not lines:
            return
        stack = w.undo_stack
        if len(lines) > 1:
            stack.beginMacro(self.tr("add {n} excerpts").format(n=len(lines)))
        for line in lines:
            command = AddExcerpt(w.ops, line.doc_id, line.context_start, line.context_end, text=self.tr("add excerpt"))
            command.failed = lambda exc: w.statusBar().showMessage(text_of(exc), 6000)
            stack.push(command)
        if len(lines) > 1:
            stack.endMacro()
        w.statusBar().showMessage(self.tr("Kept {n} lines as excerpts.").format(n=len(lines)), 4000)

    def keep_all(self) -> None:
        conc, order = self.model.conc, list(self.model.order)
        if conc is None or not order:
            return
        if len(order) > KEEP_ALL_LIMIT:
            self.main.statusBar().showMessage(
                self.tr("{n} lines are too many to keep one by one; filter them first (at most {limit}).").format(
                    n=f"{len(order):,}", limit=f"{KEEP_ALL_LIMIT:,}"
                ),
                8000,
            )
            return
        # on the summary lane, as the release of this concordance when the next query comes: never after it
        self.main.ops.query_op(lambda ws: conc.lines(ws, order), lane="summary").success(self.keep).failure(
            self._write_failed
        ).run()

    def export_csv(self) -> None:
        conc, order = self.model.conc, list(self.model.order)
        if conc is None or not order:
            self.main.statusBar().showMessage(self.tr("No lines to export."), 4000)
            return
        about = conc.scope.text or self.main.entity_names.get(conc.scope.entity or "", "")
        stem = file_stem(self.tr("concordance"), about, today=time.strftime("%Y-%m-%d"))
        path, _ = self.main.file_dialogs.save(self.tr("Export the concordance"), f"{stem}.csv", "CSV (*.csv)")
        if not path:
            return
        if self.model.conc is not conc:  # a new query came while the dialog was open
            self._changed_message()
            return
        lang = self.main.lang
        header = (  # CSV_COLUMNS, in the window's language
            self.tr("document"),
            self.tr("date"),
            self.tr("date kind"),
            self.tr("outlet"),
            self.tr("title"),
            self.tr("before"),
            self.tr("keyword"),
            self.tr("after"),
            self.tr("start"),
            self.tr("end"),
        )

        def write(ws: Workspace) -> Path:
            from pathlib import Path

            target = Path(path)
            write_atomic(target, to_csv(conc.lines(ws, order), lang, header), overwrite=True)
            return target

        self.main.ops.query_op(write, lane="summary").success(
            lambda target: self.main.statusBar().showMessage(
                self.tr("{n} lines written to {path}").format(n=f"{len(order):,}", path=isolate_ltr(str(target))), 6000
            )
        ).failure(self._write_failed).run()

    def copy_selected(self) -> None:
        lines = self.selected_lines()
        text = "\n".join(f"{line.before} {line.keyword} {line.after}" for line in lines)
        QGuiApplication.clipboard().setText(text)

    def _menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        menu = QMenu(self)
        line = self.model.line(index.row()) if index.isValid() else None
        if line is not None:
            menu.addAction(self.tr("Open in the reader"), lambda: self.open_line(line))
            menu.addAction(self.tr("Keep as excerpt"), self.keep_selected)
            menu.addAction(self.tr("Copy"), self.copy_selected)
            menu.addSeparator()
        menu.addAction(self.tr("Add all lines to excerpts"), self.keep_all)
        menu.addAction(self.tr("Export to CSV…"), self.export_csv)
        menu.popup(self.table.viewport().mapToGlobal(pos))
