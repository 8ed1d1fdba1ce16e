"""The concordance's table: the lines of a concordance in the chosen order, their text asked for a
page at a time as the table shows them; each context loses its far end when it does not fit.

The columns are in reading order (before, keyword, after, outlet, date): in a right-to-left table the
context before the keyword stands on its right. Alignment is toward the keyword (trailing for the
context before, leading for the context after), so the keyword column lines up; every Latin run of
a context is a left-to-right isolate (:func:`~kashshaf.core.analysis.kwic.isolate_latin`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from kashshaf.core.analysis.kwic import PAGE, Concordance, KwicLine, isolate_latin
from kashshaf.core.bidi import isolate
from kashshaf.core.citation import date_phrase, format_date, outlet_name

Index = QModelIndex | QPersistentModelIndex

BEFORE, KEYWORD, AFTER, OUTLET, DATE = range(5)
RETRIEVED_COLOUR = "#6b7480"


class KwicModel(QAbstractTableModel):
    """The lines of a concordance in the chosen order; each page's text is asked for as it is shown."""

    page_wanted = Signal(int)
    """(page) the text of rows ``page * PAGE`` … is wanted"""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.conc: Concordance | None = None
        self.order: list[int] = []
        self.pages: dict[int, list[KwicLine]] = {}
        self._asked: set[int] = set()
        self.generation = 0
        self.lang = "ar"
        self.headers = ["", "", "", "", ""]

    # --- filling -------------------------------------------------------------

    def reset(self, conc: Concordance | None, order: list[int], first: list[KwicLine] | None = None) -> None:
        """Another concordance, or another order of it (``first``: the text of its first rows)."""
        self.beginResetModel()
        self.conc, self.order = conc, order
        self.pages = {0: first} if first else {}
        self._asked = set()
        self.generation += 1
        self.endResetModel()

    def grow(self, order: list[int]) -> None:
        """More lines after those shown (the same order, longer): rows added, the shown ones kept."""
        old = len(self.order)
        if len(order) <= old:
            return
        last = (old - 1) // PAGE if old else -1
        if last in self.pages and len(self.pages[last]) < PAGE:  # a short last page: read again, whole
            del self.pages[last]
            self._asked.discard(last)
        self.beginInsertRows(QModelIndex(), old, len(order) - 1)
        self.order = order
        self.endInsertRows()

    def set_page(self, generation: int, page: int, lines: list[KwicLine]) -> None:
        if generation != self.generation:
            return  # an answer for an order that has changed since
        self.pages[page] = lines
        first = page * PAGE
        last = min(len(self.order), first + len(lines)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))

    def rows_of_page(self, page: int) -> list[int]:
        return self.order[page * PAGE : (page + 1) * PAGE]

    def line(self, row: int) -> KwicLine | None:
        """The line at ``row``, or None while its page is being read (it is asked for)."""
        page, k = divmod(row, PAGE)
        lines = self.pages.get(page)
        if lines is not None and k < len(lines):
            return lines[k]
        if page not in self._asked and 0 <= row < len(self.order):
            self._asked.add(page)
            self.page_wanted.emit(page)
        return None

    # --- Qt ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.order)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 5:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.order):
            return None
        col = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            # toward the keyword: the context before on its trailing side, the context after on its leading
            horizontal = {
                BEFORE: Qt.AlignmentFlag.AlignRight,
                KEYWORD: Qt.AlignmentFlag.AlignHCenter,
                AFTER: Qt.AlignmentFlag.AlignLeft,
            }.get(col, Qt.AlignmentFlag.AlignLeft)
            return horizontal | Qt.AlignmentFlag.AlignVCenter
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole):
            if role == Qt.ItemDataRole.FontRole and col == KEYWORD:
                font = QFont()
                font.setBold(True)
                return font
            return None
        line = self.line(index.row())
        if line is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole and col == KEYWORD else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == KEYWORD:
                return QBrush(QColor("#8a3b00"))
            if col == DATE and line.date_kind == "retrieved":
                return QBrush(QColor(RETRIEVED_COLOUR))
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            when = date_phrase(line.date, line.date_kind, self.lang)  # a retrieval date says so
            meta = " · ".join(isolate(x) for x in (outlet_name(line, self.lang), when) if x)
            return f"{isolate(line.title)}\n{meta}" if meta else isolate(line.title)
        if col == BEFORE:
            return isolate_latin(line.before)
        if col == KEYWORD:
            return isolate_latin(line.keyword)
        if col == AFTER:
            return isolate_latin(line.after)
        if col == OUTLET:
            return isolate(outlet_name(line, self.lang))
        return self.date_text(line)

    def date_text(self, line: KwicLine) -> str:
        """The shown date in the interface language, one isolate (in a right-to-left cell ``21 July 2015``
        stays in its order)."""
        return isolate(format_date(line.date, self.lang))


class KwicDelegate(QStyledItemDelegate):
    """Each context loses its far end when it does not fit: the words next to the keyword stay."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        if index.column() == BEFORE:
            option.textElideMode = Qt.TextElideMode.ElideLeft  # the text's beginning, far from the keyword
        else:
            option.textElideMode = Qt.TextElideMode.ElideRight
