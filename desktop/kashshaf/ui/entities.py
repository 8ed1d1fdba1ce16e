"""The entity sidebar: the current document's entities and the corpus-wide
list, grouped by type with counts, filterable by typing.

Built on the core's entity API (``Workspace.entities``); a corpus without
entities shows an empty state that says why.
"""

from __future__ import annotations

from functools import partial
from typing import Any, overload

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QStackedWidget,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kashshaf.core.arabic.normalize import normalize_ar
from kashshaf.core.bidi import isolate
from kashshaf.core.models import ENTITY_TYPES, Entity

Index = QModelIndex | QPersistentModelIndex
ENTITY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_GROUP = 0xFFFF  # internal id of a group row
CORPUS_LIST_LIMIT = 500
"""entities of each type the corpus list shows before typing narrows it"""


class EntityList:
    """Entities made ready for the sidebar, off the window's thread: with
    ``most_mentioned_first`` in that order, and each one's names normalised for
    filtering. At 100k articles the corpus has some 25,000 names, and sorting and
    normalising them took the window's thread a tenth of a second each time the
    corpus changed."""

    def __init__(self, entities: list[Entity], most_mentioned_first: bool = False) -> None:
        if most_mentioned_first:
            entities = sorted(entities, key=lambda e: (-e.documents, -e.mentions))
        self.entities = entities
        self.keys = [normalize_ar(" ".join((e.name, *e.aliases))) for e in entities]
        self.names = {e.id: e.name for e in entities}

    def __len__(self) -> int:
        return len(self.entities)


class EntityTreeModel(QAbstractItemModel):
    """Two levels: a type (with its count), then the entities of that type.

    The model filters itself (:meth:`set_needle`) and, with a ``limit``, shows
    only the first ``limit`` entities of each type (the most mentioned, given an
    :class:`EntityList` in that order): a 100k-article corpus has tens of
    thousands of names, and a tree of them all costs the window most of a second
    to lay out; typing finds any of them.
    """

    def __init__(self, parent: QObject | None = None, limit: int | None = None) -> None:
        super().__init__(parent)
        self.limit = limit
        self.by_documents = limit is not None
        """the corpus list: sorted by, and showing, the number of documents (a document's own list: mentions)"""
        self._list = EntityList([])
        self._needle = ""
        self._groups: list[tuple[str, list[Entity]]] = []
        self._totals: dict[str, int] = {}
        """type -> entities of that type matching the filter (shown or not)"""

    def set_entities(self, entities: list[Entity] | EntityList) -> None:
        """Show ``entities``; a plain list in its own order, or with a limit the most mentioned first."""
        if not isinstance(entities, EntityList):
            entities = EntityList(list(entities), most_mentioned_first=self.limit is not None)
        self._list = entities
        self._apply()

    def all_entities(self) -> list[Entity]:
        """Every entity the model holds, shown or not."""
        return list(self._list.entities)

    def set_needle(self, text: str) -> None:
        """Keep entities whose name or an alias contains ``text`` (normalised: أحمد = احمد)."""
        needle = normalize_ar(text.strip())
        if needle != self._needle:
            self._needle = needle
            self._apply()

    def _apply(self) -> None:
        self.beginResetModel()
        entities, needle = self._list.entities, self._needle
        if needle:
            entities = [e for e, key in zip(entities, self._list.keys, strict=True) if needle in key]
        by_type: dict[str, list[Entity]] = {}
        totals: dict[str, int] = {}
        limit = self.limit
        for e in entities:
            n = totals.get(e.type, 0)
            totals[e.type] = n + 1
            if limit is None or n < limit:
                by_type.setdefault(e.type, []).append(e)
        self._totals = totals
        self._groups = [(t, by_type[t]) for t in ENTITY_TYPES if t in by_type]
        self._groups += [(t, es) for t, es in by_type.items() if t not in ENTITY_TYPES]
        self.endResetModel()

    def capped(self) -> bool:
        """Whether some matching entities are not shown (the limit)."""
        return any(self._totals[t] > len(es) for t, es in self._groups)

    def entity_count(self) -> int:
        return sum(len(es) for _, es in self._groups)

    def entities(self) -> list[Entity]:
        """Every entity shown, group by group."""
        return [e for _kind, group in self._groups for e in group]

    def type_label(self, kind: str) -> str:
        labels = {
            "PER": self.tr("People"),
            "ORG": self.tr("Organisations"),
            "LOC": self.tr("Places"),
            "MISC": self.tr("Other"),
        }
        return labels.get(kind, kind)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, _GROUP) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != _GROUP or parent.row() >= len(self._groups):
            return QModelIndex()
        if row >= len(self._groups[parent.row()][1]):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row())

    @overload
    def parent(self) -> QObject | None: ...
    @overload
    def parent(self, index: Index) -> QModelIndex: ...
    def parent(self, index: Index | None = None) -> QObject | QModelIndex | None:
        if index is None:  # QObject.parent(), the model's owner: not an index's parent
            return super().parent()
        if not index.isValid() or index.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(int(index.internalId()), 0, _GROUP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _GROUP and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    def entity_at(self, index: Index) -> Entity | None:
        if not index.isValid() or index.internalId() == _GROUP:
            return None
        return self._groups[int(index.internalId())][1][index.row()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            kind, entities = self._groups[index.row()]
            total = self._totals.get(kind, len(entities))
            if role == Qt.ItemDataRole.DisplayRole:
                if total > len(entities):
                    return self.tr("{kind} ({shown} of {total})").format(
                        kind=self.type_label(kind), total=f"{total:,}", shown=f"{len(entities):,}"
                    )
                return f"{self.type_label(kind)} ({total:,})"
            if role == Qt.ItemDataRole.ToolTipRole:
                counted = (
                    self.tr("The number after each name is the number of documents that mention it.")
                    if self.by_documents
                    else self.tr("The number after each name is how often this document mentions it.")
                )
                if total > len(entities):
                    counted += "\n" + self.tr(
                        "The {shown} in most documents are listed; type in the filter box to find any of them."
                    ).format(shown=f"{len(entities):,}")
                return counted
            return None
        entity = self.entity_at(index)
        assert entity is not None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{entity.name}  ·  {entity.documents if self.by_documents else entity.mentions:,}"
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [entity.name]
            if entity.aliases:
                lines.append(self.tr("Also written: {names}").format(names="، ".join(entity.aliases)))
            lines.append(
                self.tr("{mentions} mentions in {documents} documents").format(
                    mentions=entity.mentions, documents=entity.documents
                )
            )
            return "\n".join(lines)
        if role == ENTITY_ID_ROLE:
            return entity.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _GROUP:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class EntityPane(QWidget):
    """One list (document or corpus) with its empty state and a curation context menu."""

    entity_activated = Signal(str)
    curation_requested = Signal(str, str)
    """(action, entity id): rename, type:PER…, merge, split:<alias>, delete; ``@doc`` after type, merge
    or delete scopes the decision to the document shown"""

    def __init__(
        self, empty_text: str, parent: QWidget | None = None, limit: int | None = None, document_scope: bool = False
    ) -> None:
        """``document_scope``: the pane lists one document's entities, and its menu offers decisions for
        that document alone."""
        super().__init__(parent)
        self.document_scope = document_scope
        self.model = EntityTreeModel(self, limit)
        self.view = QTreeView(self)
        self.view.setHeaderHidden(True)
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.clicked.connect(self._clicked)
        self.view.activated.connect(self._clicked)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        self.empty = QLabel(empty_text, self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.empty.setObjectName("emptyState")
        self.empty.setMargin(12)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.set_entities([])

    def set_entities(self, entities: list[Entity] | EntityList) -> None:
        self.model.set_entities(entities)
        self.stack.setCurrentWidget(self.view if len(entities) else self.empty)
        self._expand()

    def set_filter(self, text: str) -> None:
        self.model.set_needle(text)
        self._expand()

    def _expand(self) -> None:
        for row in range(self.model.rowCount()):  # the groups (expandAll visits every row)
            self.view.expand(self.model.index(row, 0))

    def _clicked(self, index: QModelIndex) -> None:
        entity_id = index.data(ENTITY_ID_ROLE)
        if entity_id:
            self.entity_activated.emit(str(entity_id))

    def entity_at(self, index: QModelIndex) -> Entity | None:
        return self.model.entity_at(index)

    def menu_for(self, entity: Entity) -> QMenu:
        """The curation menu of one entity (its actions emit ``curation_requested``). In a document's
        pane, a change of type, a merge and a deletion are offered for this document alone as well."""
        emit = self.curation_requested.emit
        menu = QMenu(self)
        menu.addAction(self.tr("Rename…"), lambda: emit("rename", entity.id))
        scopes = [("", self.tr("Change type"))]
        if self.document_scope:
            scopes.append(("@doc", self.tr("Change type in this document only")))
        for suffix, title in scopes:
            types = menu.addMenu(title)
            for kind in ENTITY_TYPES:
                action = types.addAction(self.model.type_label(kind))
                action.setCheckable(True)
                action.setChecked(kind == entity.type)
                action.setEnabled(kind != entity.type)
                action.triggered.connect(lambda _c=False, k=kind, x=suffix: emit(f"type:{k}{x}", entity.id))
        menu.addAction(self.tr("Merge into another entity…"), lambda: emit("merge", entity.id))
        if self.document_scope:
            menu.addAction(
                self.tr("Merge into another entity in this document only…"), lambda: emit("merge@doc", entity.id)
            )
        split = menu.addMenu(self.tr("Split off a spelling"))
        for alias in entity.aliases:
            split.addAction(alias, partial(emit, f"split:{alias}", entity.id))
        split.setEnabled(bool(entity.aliases))
        menu.addSeparator()
        if self.document_scope:
            menu.addAction(self.tr("Not an entity in this document"), lambda: emit("delete@doc", entity.id))
            menu.addAction(self.tr("Not an entity anywhere (delete)"), lambda: emit("delete", entity.id))
        else:
            menu.addAction(self.tr("Not an entity (delete everywhere)"), lambda: emit("delete", entity.id))
        return menu

    def _menu(self, pos: QPoint) -> None:
        entity = self.entity_at(self.view.indexAt(pos))
        if entity is not None:
            self.menu_for(entity).exec(self.view.viewport().mapToGlobal(pos))

    def select(self, entity_id: str | None) -> None:
        """Show ``entity_id`` as the selected row (or clear the selection)."""
        self.view.clearSelection()
        if entity_id is None:
            return
        for g in range(self.model.rowCount()):
            group = self.model.index(g, 0)
            for r in range(self.model.rowCount(group)):
                index = self.model.index(r, 0, group)
                if index.data(ENTITY_ID_ROLE) == entity_id:
                    self.view.setCurrentIndex(index)
                    return


class EntitySidebar(QWidget):
    entity_activated = Signal(str)
    curation_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter entities…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.document_pane = EntityPane(
            self.tr("No people, organisations or places are recorded for this document."), self, document_scope=True
        )
        self.corpus_pane = EntityPane(
            self.tr(
                "No entities in this corpus yet.\n\nPeople, organisations and places mentioned in the "
                "documents are listed here once they have been extracted. Click one to list every "
                "document that mentions it."
            ),
            self,
            limit=CORPUS_LIST_LIMIT,
        )
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.document_pane, self.tr("This document"))
        self.tabs.addTab(self.corpus_pane, self.tr("Corpus"))
        self.related_label = QLabel(self)
        self.related_label.setWordWrap(True)
        self.related = QListWidget(self)
        self.related.setObjectName("relatedEntities")
        self.related.setMaximumHeight(150)
        self.related.itemClicked.connect(lambda item: self.entity_activated.emit(item.data(ENTITY_ID_ROLE)))
        self.related_label.hide()
        self.related.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.related_label)
        layout.addWidget(self.related)
        self.filter_edit.textChanged.connect(self._filter)
        for pane in (self.document_pane, self.corpus_pane):
            pane.entity_activated.connect(self.entity_activated)
            pane.curation_requested.connect(self.curation_requested)
        self.set_document_entities([], document=False)

    def set_related(self, entity: Entity | None, related: list[tuple[Entity, int]]) -> None:
        """The entities found most often in the same documents as ``entity``."""
        self.related.clear()
        if entity is None or not related:
            self.related_label.hide()
            self.related.hide()
            return
        self.related_label.setText(self.tr("Often with {name}:").format(name=isolate(entity.name)))
        for other, shared in related:
            # isolated: in the English window an Arabic name would take the count to its side
            item = QListWidgetItem(self.tr("{name} · {n} documents").format(name=isolate(other.name), n=shared))
            item.setData(ENTITY_ID_ROLE, other.id)
            item.setToolTip(self.corpus_pane.model.type_label(other.type))
            self.related.addItem(item)
        self.related_label.show()
        self.related.show()

    def _filter(self, text: str) -> None:
        self.document_pane.set_filter(text)
        self.corpus_pane.set_filter(text)

    def set_document_entities(self, entities: list[Entity], document: bool = True) -> None:
        """The current document's entities (``document=False``: no document is shown)."""
        self.document_pane.empty.setText(
            self.tr("No people, organisations or places are recorded for this document.")
            if document
            else self.tr("Choose a document to see the people, organisations and places it mentions.")
        )
        self.document_pane.set_entities(entities)

    def set_corpus_entities(self, entities: list[Entity] | EntityList) -> None:
        self.corpus_pane.set_entities(entities)
        if len(entities) and not self.document_pane.model.entity_count():
            self.tabs.setCurrentWidget(self.corpus_pane)

    def select(self, entity_id: str | None) -> None:
        self.document_pane.select(entity_id)
        self.corpus_pane.select(entity_id)

    def entity(self, entity_id: str) -> Entity | None:
        """An entity the sidebar lists (the corpus' or this document's), by id."""
        panes = (self.corpus_pane, self.document_pane)
        return next((e for pane in panes for e in pane.model.entities() if e.id == entity_id), None)

    def corpus_entities(self) -> list[Entity]:
        """The corpus' entities as listed (after the filter)."""
        return self.corpus_pane.model.entities()

    def type_label(self, kind: str) -> str:
        """An entity type's name in the interface's language."""
        return self.corpus_pane.model.type_label(kind)
