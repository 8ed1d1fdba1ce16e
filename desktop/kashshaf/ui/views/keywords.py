"""The keywords dock: the words that set the current results apart from the rest of the corpus
(:mod:`kashshaf.core.analysis.keywords`), strongest first; a click on one adds it to the query."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kashshaf.core.analysis import Scope
from kashshaf.core.analysis.keywords import DEFAULT_LIMIT, Keywords, keywords
from kashshaf.ui.analysis import AnalysisDock, placeholder

if TYPE_CHECKING:
    from kashshaf.core.workspace import Workspace
    from kashshaf.ui.mainwindow import MainWindow

WORD, RESULT, CORPUS, SCORE = range(4)
SHARE = Qt.ItemDataRole.UserRole + 1
"""the score as a share of the strongest (the bar's length)"""
BAR_COLOUR = QColor(47, 111, 179, 60)


class ScoreBarDelegate(QStyledItemDelegate):
    """The score with a bar as long as its share of the strongest, from the reading side."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        share = index.data(SHARE)
        if isinstance(share, float):
            rect = QRectF(option.rect).adjusted(2, 3, -2, -3)
            width = rect.width() * share
            if option.direction == Qt.LayoutDirection.RightToLeft:
                rect.setLeft(rect.right() - width)
            else:
                rect.setWidth(width)
            painter.fillRect(rect, BAR_COLOUR)
        super().paint(painter, option, index)


class KeywordsDock(AnalysisDock):
    """View → Analysis → Keywords."""

    name = "keywords"

    def __init__(self, window: MainWindow) -> None:
        super().__init__(self.tr("Keywords"), window)
        self.data: Keywords | None = None
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.summary = QLabel(body)
        self.summary.setObjectName("keywordsSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTreeWidget(body)
        self.table.setObjectName("keywordsTable")
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels(
            [self.tr("Word"), self.tr("Documents here"), self.tr("In the corpus"), self.tr("Keyness (G²)")]
        )
        header = self.table.headerItem()
        header.setToolTip(RESULT, self.tr("Documents of the results that have the word"))
        header.setToolTip(CORPUS, self.tr("Documents of the whole corpus that have it"))
        header.setToolTip(
            SCORE,
            self.tr("Log-likelihood: how much more often the results have the word than the rest of the corpus"),
        )
        header_view = self.table.header()
        header_view.setStretchLastSection(True)
        for column in (WORD, RESULT, CORPUS):
            header_view.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header_view.setMinimumSectionSize(90)
        self.table.setItemDelegateForColumn(SCORE, ScoreBarDelegate(self.table))
        self.table.itemClicked.connect(self._clicked)
        self.table.itemActivated.connect(self._clicked)
        layout.addWidget(self.table, 1)
        self.empty = placeholder(body, "")
        self.empty.hide()
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.status)
        self.setWidget(body)

    def compute(self, ws: Workspace, scope: Scope) -> Keywords:
        return keywords(ws, scope, DEFAULT_LIMIT)

    def clear(self) -> None:
        self.data = None
        self.table.clear()
        self.summary.clear()

    def show_data(self, data: Any) -> None:
        assert isinstance(data, Keywords)
        self.data = data
        self.table.clear()
        if not data.words:
            self.table.hide()
            self.empty.show()
            self.summary.clear()
            if data.documents >= data.corpus:
                self.empty.setText(
                    self.tr("These are all the corpus' documents: search, or choose an entity or a filter.")
                )
            else:
                self.empty.setText(self.tr("No word stands out in these documents."))
            return
        self.empty.hide()
        self.table.show()
        numbers = Qt.AlignmentFlag.AlignCenter
        strongest = max(k.score for k in data.words)
        for keyword in data.words:
            item = QTreeWidgetItem(
                [keyword.word, f"{keyword.documents:,}", f"{keyword.corpus_documents:,}", f"{keyword.score:,.0f}"]
            )
            for column in (RESULT, CORPUS):
                item.setTextAlignment(column, numbers)
            item.setData(SCORE, SHARE, keyword.score / strongest)
            item.setToolTip(WORD, self.tr("Click to add «{word}» to the search").format(word=keyword.word))
            item.setData(WORD, Qt.ItemDataRole.UserRole, keyword.word)
            self.table.addTopLevelItem(item)
        if data.sampled:
            text = self.tr(
                "Words of these {documents} documents against the rest of the corpus ({corpus}), read from "
                "{read} of them."
            ).format(documents=f"{data.documents:,}", corpus=f"{data.corpus - data.documents:,}", read=f"{data.read:,}")
        else:
            text = self.tr("Words of these {documents} documents against the rest of the corpus ({corpus}).").format(
                documents=f"{data.documents:,}", corpus=f"{data.corpus - data.documents:,}"
            )
        self.summary.setText(text + " " + self.tr("Click a word to add it to the search."))

    def _clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.add_to_query(str(item.data(WORD, Qt.ItemDataRole.UserRole)))

    def add_to_query(self, word: str) -> None:
        """The search narrowed to the documents that also have ``word``."""
        bar = self.window.search_bar
        current = bar.query()
        if word in current.split():
            return
        bar.set_query(f"{current} {word}".strip())
