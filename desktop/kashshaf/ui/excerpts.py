"""The Excerpts panel: the passages kept, in the user's order, with their
citation, note, tags and colour; filter by tag, document or entity; edit the
note; delete with undo; reorder by dragging or with the arrows; copy with
citation; export."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kashshaf.core.excerpts import COLOURS, Excerpt
from kashshaf.core.export import excerpt_citation
from kashshaf.ui.clipboard import copy_quote

Index = QModelIndex | QPersistentModelIndex
EXCERPT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLOUR_VALUES = {"yellow": "#fff1a8", "green": "#c8f0c8", "blue": "#cfe3ff", "pink": "#ffd6e8", "orange": "#ffd8a8"}


EXCERPT_MIME = "application/x-kashshaf-excerpt"


class ExcerptListModel(QAbstractListModel):
    """The excerpts shown; dragging one to another place asks for it to be put there
    (``reorder_requested``): the store keeps the order, the list is then read again."""

    reorder_requested = Signal(str, str)
    """(excerpt id, id of the excerpt it goes before, or "" for the end)"""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.excerpts: list[Excerpt] = []
        self.lang = "ar"

    def set_excerpts(self, excerpts: list[Excerpt]) -> None:
        self.beginResetModel()
        self.excerpts = list(excerpts)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.excerpts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.excerpts):
            return None
        e = self.excerpts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = " ".join(e.text.split())
            text = text if len(text) <= 160 else text[:157] + "…"
            flag = {"moved": self.tr(" (re-anchored)"), "lost": self.tr(" (passage lost)")}.get(e.status, "")
            lines = [f"«{text}»", f"— {excerpt_citation(e, self.lang)}{flag}"]
            if e.note:
                lines.append(e.note)
            if e.tags:
                lines.append(" ".join(f"#{t}" for t in e.tags))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(COLOUR_VALUES.get(e.colour, "#ffffff"))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#202124")
        if role == Qt.ItemDataRole.ToolTipRole:
            return e.text
        if role == EXCERPT_ID_ROLE:
            return e.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
            | Qt.ItemFlag.ItemIsDragEnabled
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [EXCERPT_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        rows = [i.row() for i in indexes if i.isValid() and i.row() < len(self.excerpts)]
        mime.setData(EXCERPT_MIME, QByteArray(",".join(self.excerpts[r].id for r in rows).encode("ascii")))
        return mime

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(EXCERPT_MIME):
            return False
        moved = [i for i in bytes(data.data(EXCERPT_MIME).data()).decode("ascii").split(",") if i]
        if row < 0:  # dropped on an item: before it; on the empty space below the list: at the end
            row = parent.row() if parent.isValid() else len(self.excerpts)
        after = [e.id for e in self.excerpts[row:] if e.id not in moved]
        for excerpt_id in moved:
            self.reorder_requested.emit(excerpt_id, after[0] if after else "")
        return False  # nothing to remove here: the window reads the new order from the store


class ExcerptsPanel(QWidget):
    """Signals carry excerpt ids; the window does the work on the core."""

    filter_changed = Signal()
    open_requested = Signal(str)
    note_edited = Signal(str, str, list, str)
    """(id, note, tags, colour)"""
    delete_requested = Signal(str)
    undo_requested = Signal()
    move_requested = Signal(str, int)
    """(id, -1 up / +1 down)"""
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ExcerptListModel(self)
        self.view = QListView(self)
        self.view.setObjectName("excerptList")
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setSpacing(3)
        self.view.setUniformItemSizes(False)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.read_only = False
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDropIndicatorShown(True)
        self.view.doubleClicked.connect(lambda index: self.open_requested.emit(index.data(EXCERPT_ID_ROLE)))
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self._editing: Excerpt | None = None
        """the excerpt whose note, tags and colour the editor holds (as stored)"""
        self.tag_filter = QComboBox(self)
        self.tag_filter.setObjectName("tagFilter")
        self.tag_filter.currentIndexChanged.connect(lambda _i: self.filter_changed.emit())
        self.this_document = QCheckBox(self.tr("This document"), self)
        self.this_document.toggled.connect(lambda _b: self.filter_changed.emit())
        self.this_entity = QCheckBox(self.tr("Chosen entity"), self)
        self.this_entity.toggled.connect(lambda _b: self.filter_changed.emit())
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Filter excerpts…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.filter_changed.emit())
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("excerptNote")
        self.note.setPlaceholderText(self.tr("Your note on this excerpt"))
        # an empty note starts on the interface's side (Qt starts an empty paragraph left to right),
        # then takes the direction of its first letter
        self._note_direction()
        self.note.document().contentsChanged.connect(self._note_direction)
        self.note.setMaximumHeight(80)
        self.note.setMinimumHeight(34)
        self.view.setMinimumHeight(40)
        self.tags = QLineEdit(self)
        self.tags.setPlaceholderText(self.tr("Tags, comma-separated"))
        self.colour = QComboBox(self)
        for name in COLOURS:
            self.colour.addItem(self._colour_label(name), name)
        self.save_button = QPushButton(self.tr("Save note"), self)
        self.save_button.clicked.connect(self._save)
        self.up_button = QPushButton("▲", self)
        self.down_button = QPushButton("▼", self)
        self.up_button.setToolTip(self.tr("Move up"))
        self.down_button.setToolTip(self.tr("Move down"))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_button.clicked.connect(self._delete)
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_requested.emit)
        self.copy_button = QPushButton(self.tr("Copy with citation"), self)
        self.copy_button.clicked.connect(self.copy_current)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.clicked.connect(self.export_requested.emit)
        self.count_label = QLabel(self)
        filters = QHBoxLayout()
        filters.addWidget(self.tag_filter, 1)
        checks = QHBoxLayout()
        checks.addWidget(self.this_document)
        checks.addWidget(self.this_entity)
        checks.addStretch(1)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.tags, 1)
        edit_row.addWidget(self.colour)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        actions = QHBoxLayout()
        for w in (self.up_button, self.down_button, self.delete_button, self.undo_button):
            actions.addWidget(w)
        actions.addStretch(1)
        more = QHBoxLayout()
        more.addWidget(self.copy_button)
        more.addStretch(1)
        more.addWidget(self.export_button)
        self.up_button.setMaximumWidth(36)
        self.down_button.setMaximumWidth(36)
        for combo in (self.tag_filter, self.colour):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addLayout(checks)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.note)
        layout.addLayout(edit_row)
        layout.addLayout(save_row)
        layout.addLayout(actions)
        layout.addLayout(more)
        self.set_tags([])
        self._enable(False)

    def _colour_label(self, name: str) -> str:
        labels = {
            "yellow": self.tr("Yellow"),
            "green": self.tr("Green"),
            "blue": self.tr("Blue"),
            "pink": self.tr("Pink"),
            "orange": self.tr("Orange"),
        }
        return labels[name]

    def set_tags(self, tags: list[str]) -> None:
        current = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"), "")  # not None: PySide 6.12 mis-counts None in item data
        for tag in tags:
            self.tag_filter.addItem(f"#{tag}", tag)
        index = self.tag_filter.findData(current)
        self.tag_filter.setCurrentIndex(max(0, index))
        self.tag_filter.blockSignals(False)

    def set_excerpts(self, excerpts: list[Excerpt], keep: str | None = None) -> None:
        keep = keep or self.current_id()
        self.commit_pending_edit()
        self._editing = None  # the editor is filled again from the list as it is now
        self.model.set_excerpts(excerpts)
        self.count_label.setText(self.tr("Excerpts: {n}").format(n=len(excerpts)))
        ids = [e.id for e in excerpts]
        if keep in ids:
            self.view.setCurrentIndex(self.model.index(ids.index(keep)))
        else:
            self._enable(False)

    def current(self) -> Excerpt | None:
        index = self.view.currentIndex()
        return self.model.excerpts[index.row()] if index.isValid() and index.row() < len(self.model.excerpts) else None

    def _note_direction(self) -> None:
        text = self.note.toPlainText()
        first = next((c for c in text if c.isalpha()), None)
        if first is None:
            wanted = self.layoutDirection()
        else:
            wanted = Qt.LayoutDirection.RightToLeft if "\u0590" <= first <= "\u08ff" else Qt.LayoutDirection.LeftToRight
        option = self.note.document().defaultTextOption()
        if option.textDirection() != wanted:
            option.setTextDirection(wanted)
            self.note.document().setDefaultTextOption(option)

    def current_id(self) -> str | None:
        e = self.current()
        return e.id if e else None

    def set_read_only(self, read_only: bool) -> None:
        """On a read-only corpus excerpts can be read, copied and exported, not changed."""
        self.read_only = read_only
        self.view.setDragDropMode(
            QAbstractItemView.DragDropMode.NoDragDrop if read_only else QAbstractItemView.DragDropMode.InternalMove
        )
        self._enable(self.current() is not None)

    def _enable(self, on: bool) -> None:
        edit = on and not self.read_only
        for w in (self.note, self.tags, self.colour, self.save_button, self.up_button, self.down_button):
            w.setEnabled(edit)
        self.delete_button.setEnabled(edit)
        self.copy_button.setEnabled(on)
        if not on:
            self.note.clear()
            self.tags.clear()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.commit_pending_edit()  # another excerpt chosen: what was typed for this one is kept
        e = self.current()
        self._editing = e
        self._enable(e is not None)
        if e is not None:
            self.note.setPlainText(e.note)
            self.tags.setText("، ".join(e.tags))
            self.colour.setCurrentIndex(max(0, self.colour.findData(e.colour)))

    def _edited(self) -> tuple[str, list[str], str]:
        tags = [t.strip() for t in self.tags.text().replace("،", ",").split(",") if t.strip()]
        return self.note.toPlainText().strip(), tags, str(self.colour.currentData())

    def commit_pending_edit(self) -> None:
        """Save the note, tags and colour typed for the excerpt being edited, if they changed
        (another excerpt chosen, the list refreshed, the window closing): typing is never lost."""
        e = self._editing
        if e is None or self.read_only:
            return
        note, tags, colour = self._edited()
        if (note, tuple(tags), colour) != (e.note, tuple(e.tags), e.colour):
            self._editing = replace(e, note=note, tags=tuple(tags), colour=colour)
            self.note_edited.emit(e.id, note, tags, colour)

    def _save(self) -> None:
        e = self.current()
        if e is not None:
            note, tags, colour = self._edited()
            self._editing = replace(e, note=note, tags=tuple(tags), colour=colour)
            self.note_edited.emit(e.id, note, tags, colour)

    def _delete(self) -> None:
        e = self.current()
        if e is not None:
            self._editing = None  # what was typed for it goes with it (Ctrl+Z brings the excerpt back as it was)
            self.delete_requested.emit(e.id)

    def _move(self, step: int) -> None:
        e = self.current()
        if e is not None:
            self.move_requested.emit(e.id, step)

    def copy_current(self) -> str:
        e = self.current()
        if e is None:
            return ""
        return copy_quote(e.text, excerpt_citation(e, self.model.lang), e.note, self.model.lang)

    def filter_choice(self) -> tuple[str | None, str, bool, bool]:
        """What the panel's filters ask for: (a tag or None, words, this document only, the chosen entity only)."""
        tag = self.tag_filter.currentData() or None
        return tag, self.search.text().strip(), self.this_document.isChecked(), self.this_entity.isChecked()
