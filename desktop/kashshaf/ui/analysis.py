"""The analysis docks: views of the whole result set (timeline, concordance, entity network,
facets, keywords) that follow the search.

Each view is an :class:`AnalysisDock`. The list controller announces every new result set
(:attr:`ListController.scope_changed`, a :class:`~kashshaf.core.analysis.Scope`); a dock that is
shown computes its data on the task runner's ``summary`` lane (its own topic, so only the answer
to the latest result set is drawn) and a hidden dock waits until it is shown. A dock never reaches
past the Workspace, and it changes the list only through the window's own controls (the filter
bar, the entity, the search bar).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QFrame, QLabel, QMenu, QScrollArea, QWidget

from kashshaf.core.analysis import Scope
from kashshaf.ui.messages import text_of

if TYPE_CHECKING:
    from kashshaf.core.workspace import Workspace
    from kashshaf.ui.mainwindow import MainWindow


class AnalysisDock(QDockWidget):
    """A dock that shows one view of the current result set.

    Subclasses set :attr:`name` (the object name and the task topic), build their widget in
    ``__init__`` and implement :meth:`compute` (on a worker thread: the Workspace and the scope in,
    plain data out) and :meth:`show_data` (on the UI thread)."""

    name = "analysis"
    window: MainWindow  # type: ignore[assignment]  # the main window, over QWidget.window() (the same window)

    def __init__(self, title: str, window: MainWindow) -> None:
        super().__init__(title, window)
        self.window = window
        self.setObjectName(f"{self.name}Dock")
        self.scope: Scope | None = None
        self._dirty = False
        self.status = QLabel(self)
        self.status.setObjectName(f"{self.name}Status")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setWordWrap(True)
        self.visibilityChanged.connect(lambda visible: self.refresh() if visible and self._dirty else None)

    def setWidget(self, widget: QWidget) -> None:  # noqa: N802 - Qt's name
        """The view in a scroll area: a dock's row of controls must not set the width of the window's
        middle column (the docks sit below the reader, between the list and the entities)."""
        scroller = QScrollArea(self)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(widget)
        scroller.setMinimumWidth(240)
        super().setWidget(scroller)

    # --- to implement ---------------------------------------------------------

    # abstract: a QDockWidget cannot also take ABCMeta, so the base says what its subclasses must give
    def compute(self, ws: Workspace, scope: Scope) -> Any:  # pragma: no cover - only its subclasses are made
        raise NotImplementedError(f"{type(self).__name__} must compute its view of a result set")

    def show_data(self, data: Any) -> None:  # pragma: no cover - only its subclasses are made
        raise NotImplementedError(f"{type(self).__name__} must show what it computed")

    def clear(self) -> None:
        """Another corpus, or none: forget what is shown."""

    # --- following the search -------------------------------------------------

    def set_scope(self, scope: Scope) -> None:
        self.scope = scope
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Compute again for the current scope (now, if the dock is shown)."""
        if self.scope is None or self.window.workspace is None:
            return
        self._dirty = False
        scope = self.scope
        op = self.window.ops.query_op(lambda ws: self.compute(ws, scope), topic=f"analysis:{self.name}", lane="summary")
        op.success(self._ready).failure(self._failed).run()

    def _ready(self, data: Any) -> None:
        self.status.clear()
        self.show_data(data)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(text_of(exc))


class AnalysisController(QObject):
    """``window.analysis``: the analysis docks, their menu, and the scope they follow."""

    def __init__(self, window: MainWindow, docks: list[AnalysisDock] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.docks: list[AnalysisDock] = docks or []
        self.scope = Scope()
        # below the reader, tabbed together: the side docks (list, entities) keep the bottom corners,
        # so the analysis docks take the reader's width and the list keeps its height
        window.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        window.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        for i, dock in enumerate(self.docks):
            window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
            if i:
                window.tabifyDockWidget(self.docks[0], dock)
            dock.hide()
        # the side docks' widths again, as the window first set them (placing the docks reflowed them)
        window.resizeDocks([window.documents_dock, window.entities_dock], [560, 280], Qt.Orientation.Horizontal)
        window.listing.scope_changed.connect(self.set_scope)

    def arrange(self) -> None:
        """The docks tabbed together again, where a restored window layout split them: a layout saved
        before these docks existed leaves them side by side, and five docks side by side widen the window
        past the screen. Only while all are hidden (a layout the user made with some shown stays)."""
        if not self.docks or not all(d.isHidden() for d in self.docks):
            return
        first = self.docks[0]
        for dock in self.docks[1:]:
            if dock not in self.window.tabifiedDockWidgets(first):
                self.window.tabifyDockWidget(first, dock)

    def add_menu(self, menu: QMenu) -> None:
        """Each dock's show/hide action in ``menu`` (the View menu's "Analysis")."""
        for dock in self.docks:
            action = dock.toggleViewAction()
            # asked for, it comes to the front of its tabs (not shown behind the one already there)
            action.triggered.connect(lambda checked, d=dock: self._shown(d) if checked else None)
            menu.addAction(action)

    def _shown(self, dock: AnalysisDock) -> None:
        """Chosen from the menu: in front of its tabs, and tall enough to read (two fifths of the window)."""
        dock.raise_()
        if dock.height() < self.window.height() * 2 // 5:
            self.window.resizeDocks([dock], [self.window.height() * 2 // 5], Qt.Orientation.Vertical)

    def set_scope(self, scope: Scope) -> None:
        self.scope = scope
        for dock in self.docks:
            dock.set_scope(scope)

    def clear(self) -> None:
        for dock in self.docks:
            dock.clear()

    def dock(self, name: str) -> AnalysisDock | None:
        return next((d for d in self.docks if d.name == name), None)


def placeholder(parent: QWidget, text: str) -> QLabel:
    """A centred grey line for an empty view ("No dated documents")."""
    label = QLabel(text, parent)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet("QLabel { color: #777; }")
    label.setWordWrap(True)
    return label
