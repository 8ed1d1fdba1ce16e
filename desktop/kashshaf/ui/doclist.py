"""The document list: a table model over document ids.

The model holds only ids; the columns of a row are fetched from the store
in pages the first time a row is shown (so 100k documents cost a list of
ids, not 100k rows). In search mode it also holds the hits' rank, score and
snippet; ranked hits arrive page by page (``canFetchMore``/``fetchMore``
ask the window for the next page, which a background task answers).
Snippets missing for a shown row are asked for the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal, qWarning
from PySide6.QtGui import QBrush, QColor, QFont

from kashshaf.core.bidi import isolate_ltr
from kashshaf.core.citation import format_date, outlet_name
from kashshaf.core.models import DocumentRow, SearchResults, Snippet

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2
RANK_ROLE = Qt.ItemDataRole.UserRole + 3

COLUMNS = ("title", "source", "date", "length")
RETRIEVED_COLOUR = "#6b7480"
"""a retrieval date shown where the publication date is unknown: grey, in italics, and said"""
_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.FontRole,
)
PAGE = 200


class DocumentListModel(QAbstractTableModel):
    more_requested = Signal(int)
    """(offset) the next page of ranked hits is wanted"""
    snippets_requested = Signal(list)
    """(ids) snippets are wanted for these rows"""
    sort_requested = Signal(str, bool)
    """(column key, descending) the user asked for another order"""

    def __init__(self, load_rows: Callable[[list[str]], dict[str, DocumentRow]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._load_rows = load_rows
        self._ids: list[str] = []
        self._rows: dict[str, DocumentRow] = {}
        self._snippets: dict[str, Snippet] = {}
        self._asked_snippets: set[str] = set()
        self._scores: dict[str, float] = {}
        self._total = 0
        self._ranked = False
        self._searching = False
        self._fetching = False
        self.lang = "ar"

    # --- filling -------------------------------------------------------------

    def set_browse(self, ids: list[str]) -> None:
        """Every document (or those of an entity), in a column order."""
        self.beginResetModel()
        self._reset(ids, len(ids))
        self._searching = False
        self.endResetModel()

    def set_search(self, results: SearchResults, snippets: bool = True) -> None:
        """The first page of ranked hits; later pages come through :meth:`append_hits`.

        ``snippets=False`` for a list filtered by entity alone (no words to show in context).
        """
        self.beginResetModel()
        self._reset([h.id for h in results.hits], results.total)
        self._searching = snippets
        self._ranked = True
        self._take_hits(results)
        self.endResetModel()

    def set_sorted_search(self, ids: list[str], snippets: bool = True) -> None:
        """Every hit, sorted by a column (snippets are fetched as rows are shown)."""
        self.beginResetModel()
        keep = self._snippets
        self._reset(ids, len(ids))
        self._snippets = {i: keep[i] for i in ids if i in keep}
        self._searching = snippets
        self.endResetModel()

    def append_hits(self, results: SearchResults) -> None:
        self._fetching = False
        if not self._ranked or results.offset != len(self._ids):
            return  # an answer for a list that has changed since
        fresh = [h for h in results.hits if h.id not in self._scores]
        if fresh:
            self.beginInsertRows(QModelIndex(), len(self._ids), len(self._ids) + len(fresh) - 1)
            self._ids.extend(h.id for h in fresh)
            self._take_hits(results)
            self.endInsertRows()
        self._total = len(self._ids) if not results.hits else results.total

    def set_snippets(self, snippets: dict[str, Snippet]) -> None:
        self._snippets.update(snippets)
        positions = {doc_id: row for row, doc_id in enumerate(self._ids) if doc_id in snippets}
        if positions:
            first, last = min(positions.values()), max(positions.values())
            self.dataChanged.emit(self.index(first, 0), self.index(last, 0), [SNIPPET_ROLE])

    def forget_rows(self) -> None:
        """Read the rows' columns again as they are shown (an outlet was renamed)."""
        self._rows = {}
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    def _reset(self, ids: list[str], total: int) -> None:
        self._ids = list(ids)
        self._total = total
        self._rows = {}
        self._snippets = {}
        self._asked_snippets = set()
        self._scores = {}
        self._ranked = False
        self._fetching = False

    def _take_hits(self, results: SearchResults) -> None:
        for hit in results.hits:
            self._scores[hit.id] = hit.score
            if hit.snippet is not None:
                self._snippets[hit.id] = hit.snippet

    # --- reading -------------------------------------------------------------

    @property
    def searching(self) -> bool:
        return self._searching

    @property
    def ranked(self) -> bool:
        return self._ranked

    @property
    def total(self) -> int:
        """Documents listed, or hits found (all of them, loaded or not)."""
        return self._total

    def ids(self) -> list[str]:
        return list(self._ids)

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, doc_id: str) -> int:
        try:
            return self._ids.index(doc_id)
        except ValueError:
            return -1

    def document_row(self, row: int) -> DocumentRow | None:
        doc_id = self.id_at(row)
        if doc_id is None:
            return None
        found = self._rows.get(doc_id)
        if found is None:
            start = (row // PAGE) * PAGE
            page = [i for i in self._ids[start : start + PAGE] if i not in self._rows]
            self._rows.update(self._load_rows(page))
            found = self._rows.get(doc_id)
        return found

    # --- Qt model API ----------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._ranked and not self._fetching and len(self._ids) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetching = True
            self.more_requested.emit(len(self._ids))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        labels = {
            "title": self.tr("Title"),
            "source": self.tr("Outlet"),
            "date": self.tr("Date"),
            "length": self.tr("Length"),
        }
        return labels[COLUMNS[section]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # an exception escaping a Qt virtual crashes PySide: report it as a Qt warning instead
        try:
            return self._data(index, role)
        except Exception as exc:
            qWarning(f"DocumentListModel.data: {type(exc).__name__}: {exc}")
            return None

    def _data(self, index: Index, role: int) -> Any:
        if not index.isValid() or index.row() >= len(self._ids) or index.column() >= len(COLUMNS):
            return None
        doc_id = self._ids[index.row()]
        if role == ID_ROLE:
            return doc_id
        if role == RANK_ROLE:
            return index.row() + 1 if self._ranked else None
        if role == SNIPPET_ROLE:
            if not self._searching:
                return None
            snippet = self._snippets.get(doc_id)
            if snippet is None and doc_id not in self._asked_snippets:
                start = (index.row() // 50) * 50
                wanted = [
                    i
                    for i in self._ids[start : start + 50]
                    if i not in self._snippets and i not in self._asked_snippets
                ]
                self._asked_snippets.update(wanted)
                self.snippets_requested.emit(wanted)
            return snippet
        if role not in _ROLES:
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == "length":
                return int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignTrailing)
            return int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading)
        row = self.document_row(index.row())
        if row is None:
            return None
        retrieved = column == "date" and row.date_kind == "retrieved"
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(RETRIEVED_COLOUR)) if retrieved else None
        if role == Qt.ItemDataRole.FontRole:
            if not retrieved:
                return None
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "date":
                return self.date_tip(row)
            if column == "source" and row.outlet is not None:
                keys = ", ".join(row.outlet.keys)
                return (
                    f"{row.outlet.display(self.lang)}\n{isolate_ltr(keys)}" if keys else row.outlet.display(self.lang)
                )
            return f"{row.title}\n{isolate_ltr(row.path)}"
        if column == "title":
            return row.title or row.path
        if column == "source":
            return outlet_name(row, self.lang)
        if column == "date":
            if not row.date:
                return ""
            day = format_date(row.date, self.lang)
            return self.tr("{date} (retrieved)").format(date=day) if retrieved else day
        return f"{row.length:,}"

    def date_tip(self, row: DocumentRow) -> str:
        """What the date is and where it was read."""
        if not row.date:
            return self.tr("No publication date is known for this article.")
        origins = {
            "text": self.tr("read from the article's text"),
            "byline": self.tr("read from the byline"),
            "url": self.tr("read from the article's web address"),
            "html meta": self.tr("read from the page's metadata"),
            "front matter": self.tr("read from the file's front matter"),
        }
        source = row.date_source or ""
        where = origins.get(source) or self.tr("from the field «{field}»").format(field=isolate_ltr(source))
        if row.date_kind == "retrieved":
            return self.tr(
                "Date of retrieval ({where}): when a crawler fetched the article. Its publication date is not known."
            ).format(where=where)
        return self.tr("Publication date, {where}.").format(where=where)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self.sort_requested.emit(COLUMNS[column], order == Qt.SortOrder.DescendingOrder)
