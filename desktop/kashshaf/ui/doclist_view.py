"""The document list view: a sortable table whose title column, in search
mode, shows the hit's snippet under the title with the matched words marked."""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from kashshaf.core.citation import format_date
from kashshaf.core.models import Snippet
from kashshaf.ui.doclist import SNIPPET_ROLE, DocumentListModel

HIT_BACKGROUND = "#ffe08a"
SNIPPET_CHARS = 220


def snippet_html(snippet: Snippet, limit: int = SNIPPET_CHARS) -> str:
    """The snippet as HTML with every highlight in a marked span, cut to about
    ``limit`` characters so that the first highlight is near the start."""
    out: list[str] = []
    pos = snippet.start
    lead = ""
    if snippet.highlights and snippet.highlights[0][0] - snippet.start > limit // 4:
        # start at a word boundary a little before the first highlight
        first = snippet.highlights[0][0]
        cut = snippet.text.rfind(" ", 0, max(0, first - snippet.start - limit // 6))
        if cut > 0:
            pos = snippet.start + cut + 1
            lead = "…"
    end = min(snippet.end, pos + limit)
    for s, e in snippet.highlights:
        if e <= pos:
            continue
        if s >= end:
            break
        out.append(html.escape(snippet.text[pos - snippet.start : s - snippet.start]))
        out.append(
            f'<span style="background-color:{HIT_BACKGROUND}; color:#000">'
            f"{html.escape(snippet.text[s - snippet.start : e - snippet.start])}</span>"
        )
        pos = e
    out.append(html.escape(snippet.text[pos - snippet.start : end - snippet.start]))
    text = "".join(out).replace("\n", " ")
    return lead + text + ("…" if end < snippet.end else "")


def row_height(metrics: QFontMetrics, lines: int) -> int:
    return int(metrics.lineSpacing() * lines * 1.1) + 10


def text_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction of ``text``'s first strong letter (None when it has none)."""
    for ch in text:
        if "\u0590" <= ch <= "\u08ff" or "\ufb1d" <= ch <= "\ufefc":
            return Qt.LayoutDirection.RightToLeft
        if ch.isalpha():
            return Qt.LayoutDirection.LeftToRight
    return None


def _side(view_rtl: bool, trailing: bool) -> Qt.AlignmentFlag:
    right = view_rtl != trailing
    return (Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignAbsolute


class BidiDelegate(QStyledItemDelegate):
    """A cell laid out in the direction of its own text (an Arabic title in the English list, a Latin
    outlet in the Arabic one), and aligned on the column's side: its words stay in order, numbers stay
    where they are written, and a long title is cut at its end, not at its beginning."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        direction = text_direction(option.text)
        view = option.widget
        view_rtl = (view.layoutDirection() if view is not None else option.direction) == Qt.LayoutDirection.RightToLeft
        trailing = bool(option.displayAlignment & Qt.AlignmentFlag.AlignTrailing)
        option.displayAlignment = _side(view_rtl, trailing) | Qt.AlignmentFlag.AlignVCenter
        if direction is not None:
            option.direction = direction


class SnippetDelegate(BidiDelegate):
    """Title, and under it the snippet, for the title column in search mode."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QTextDocument:
        """The title and snippet laid out in the cell, the snippet shortened until it fits."""
        limit = max(40, int(1.8 * option.rect.width() / max(1, QFontMetrics(option.font).averageCharWidth())))
        doc = self._layout(option, index, limit)
        while doc.size().height() > option.rect.height() and limit > 30:
            limit = int(limit * 0.75)
            doc = self._layout(option, index, limit)
        return doc

    def _layout(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex, limit: int
    ) -> QTextDocument:
        width = option.rect.width() - 8
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bold = QFont(option.font)
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        title = metrics.elidedText(title, Qt.TextElideMode.ElideRight, width - 24)
        snippet = index.data(SNIPPET_ROLE)
        body = f"<b>{html.escape(title)}</b>"
        if isinstance(snippet, Snippet):
            body += f'<br/><span style="color:{option.palette.color(QPalette.ColorRole.PlaceholderText).name()}">'
            body += snippet_html(snippet, limit) + "</span>"
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        view = option.widget
        view_rtl = view is not None and view.layoutDirection() == Qt.LayoutDirection.RightToLeft
        direction = text_direction(title) or (
            Qt.LayoutDirection.RightToLeft if view_rtl else Qt.LayoutDirection.LeftToRight
        )
        text_option = QTextOption()
        text_option.setTextDirection(direction)
        text_option.setAlignment(_side(view_rtl, False))
        text_option.setWrapMode(QTextOption.WrapMode.WordWrap)
        doc.setDefaultTextOption(text_option)
        doc.setDocumentMargin(3)
        rtl = "rtl" if direction == Qt.LayoutDirection.RightToLeft else "ltr"
        side = "right" if view_rtl else "left"
        doc.setHtml(f'<div dir="{rtl}" align="{side}">{body}</div>')
        doc.setTextWidth(width + 4)
        return doc

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        model = index.model()
        if not isinstance(model, DocumentListModel) or not model.searching:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        doc = self._document(option, index)
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.HighlightedText))
        else:
            context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.Text))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        model = index.model()
        lines = 3 if isinstance(model, DocumentListModel) and model.searching else 1
        return QSize(size.width(), row_height(option.fontMetrics, lines))


class DocumentListView(QTableView):
    """A table, not a tree: QTreeView lays out every row on each reset (half a
    second at 100k rows), QTableView with fixed row heights does not."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSortingEnabled(True)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setItemDelegate(BidiDelegate(self))
        self.setItemDelegateForColumn(0, SnippetDelegate(self))
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionsMovable(True)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.refresh_row_height()

    def _header_menu(self, pos: QPoint) -> None:
        """Show or hide columns (the title stays)."""
        model = self.model()
        if model is None:
            return
        menu = QMenu(self)
        for column in range(1, model.columnCount()):
            action = menu.addAction(str(model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not self.isColumnHidden(column))
            action.toggled.connect(lambda on, c=column: self.setColumnHidden(c, not on))
        menu.exec(self.horizontalHeader().mapToGlobal(pos))
        menu.deleteLater()

    def header(self) -> QHeaderView:
        return self.horizontalHeader()

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 96)
        header.resizeSection(2, self.date_width())
        header.resizeSection(3, 60)
        self.setColumnHidden(3, True)  # the length: a right click on the header shows it

    def date_width(self) -> int:
        """Wide enough for the longest date the list shows: a retrieval date with its mark."""
        model = self.model()
        sample = "28 September 2015 (retrieved)"
        if isinstance(model, DocumentListModel):
            mark = QCoreApplication.translate("DocumentListModel", "{date} (retrieved)")
            sample = mark.format(date=format_date("2015-09-28", model.lang))
        italic = QFont(self.font())
        italic.setItalic(True)
        return QFontMetrics(italic).horizontalAdvance(sample) + 18

    def refresh_row_height(self) -> None:
        """One line per row when browsing; title and two lines of snippet when searching."""
        model = self.model()
        lines = 3 if isinstance(model, DocumentListModel) and model.searching else 1
        self.verticalHeader().setDefaultSectionSize(row_height(self.fontMetrics(), lines))
