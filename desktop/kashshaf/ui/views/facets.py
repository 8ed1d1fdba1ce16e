"""The facets dock: the result set's documents by outlet, by month and by entity type, each count a
filter to click, combined with the query (as Datashare's filters): an outlet is chosen in the filter
bar's outlets (clicked again, let go), a month becomes the filter bar's dates, an entity becomes the
window's entity."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from kashshaf.core.analysis import Scope
from kashshaf.core.bidi import isolate
from kashshaf.ui.analysis import AnalysisDock
from kashshaf.ui.views.timeline import month_name

if TYPE_CHECKING:
    from kashshaf.core.analysis.facets import Facets
    from kashshaf.core.workspace import Workspace
    from kashshaf.ui.mainwindow import MainWindow

ROLE = Qt.ItemDataRole.UserRole
"""an item's filter: ``("outlet", id)``, ``("month", first day, last day)`` or ``("entity", id)``"""


class FacetsDock(AnalysisDock):
    """Counts of the result set by outlet, month and entity type; a click filters the list."""

    name = "facets"

    def __init__(self, window: MainWindow) -> None:
        super().__init__(QCoreApplication.translate("FacetsDock", "Facets"), window)
        self.data: Facets | None = None
        body = QWidget(self)
        self.titles = {
            "outlets": self.tr("Outlets"),
            "months": self.tr("Months"),
            "PER": self.tr("People"),
            "ORG": self.tr("Organisations"),
            "LOC": self.tr("Places"),
        }
        self.panels: dict[str, QTreeWidget] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for key, title in self.titles.items():
            tree = QTreeWidget(body)
            tree.setObjectName(f"facets_{key}")
            tree.setColumnCount(2)
            tree.setHeaderLabels([title, self.tr("Documents")])
            tree.setRootIsDecorated(False)
            tree.setUniformRowHeights(True)
            header = tree.header()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
            tree.itemClicked.connect(self._clicked)
            self.panels[key] = tree
            row.addWidget(tree, 1)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2)
        layout.addWidget(self.status)
        layout.addLayout(row, 1)
        self.setWidget(body)
        self.status.hide()

    def compute(self, ws: Workspace, scope: Scope) -> tuple[Facets, Any]:
        """The result set's facets, and, while outlets are chosen, the outlets of the same result set over
        every outlet: a chosen outlet keeps the list to it, and the others stay there to add (as Datashare's
        filters do), rather than the column shrinking to the outlet just clicked."""
        from kashshaf.core.analysis.facets import facets  # numpy: loaded on the worker, after the first paint

        found = facets(ws, scope)
        if not scope.filters.outlets:
            return found, None
        every_outlet = Scope(scope.text, scope.entity, replace(scope.filters, outlets=()), scope.exact)
        return found, facets(ws, every_outlet).outlets

    def _failed(self, exc: BaseException) -> None:
        self.status.show()
        super()._failed(exc)

    def clear(self) -> None:
        self.data = None
        for tree in self.panels.values():
            tree.clear()

    def show_data(self, answer: Any) -> None:
        data, outlet_rows = answer
        self.data = data
        self.status.hide()  # shown again only to say why a result set cannot be drawn
        lang = self.window.lang
        filters = self.scope.filters if self.scope else None
        chosen_outlets = set(filters.outlets) if filters else set()
        total = data.documents
        for tree in self.panels.values():
            tree.clear()

        def row(key: str, text: str, n: int, action: tuple[str, ...] | None, tip: str, bold: bool = False) -> None:
            item = QTreeWidgetItem([text, f"{n:,}"])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            share = self.tr("{share}% of the {total} documents").format(
                share=f"{100 * n / total:.0f}" if total else "0", total=f"{total:,}"
            )
            item.setToolTip(0, f"{tip}\n{share}")
            item.setToolTip(1, share)
            if action is None:
                item.setForeground(0, QBrush(QColor("#666666")))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            else:
                item.setData(0, ROLE, action)
            if bold:
                font = QFont(item.font(0))
                font.setBold(True)
                item.setFont(0, font)
                item.setFont(1, font)
            self.panels[key].addTopLevelItem(item)

        for o in outlet_rows if outlet_rows is not None else data.outlets:
            if o.outlet is None:
                row("outlets", self.tr("Unknown outlet"), o.documents, None, self.tr("Documents of no known outlet"))
                continue
            on = o.outlet.id in chosen_outlets
            row(
                "outlets",
                ("✓ " if on else "") + isolate(o.outlet.display(lang)),
                o.documents,
                ("outlet", o.outlet.id),
                self.tr("Click to stop keeping the list to this outlet")
                if on
                else self.tr("Click to keep the list to this outlet"),
            )
        for m in data.months:
            if m.month is None:
                row("months", self.tr("Undated"), m.documents, None, self.tr("Documents with no date at all"))
                continue
            d = date.fromisoformat(f"{m.month}-01")
            row(
                "months",
                f"{month_name(d.month, lang)} {d.year}",
                m.documents,
                ("month", m.first_day or "", m.last_day or ""),
                self.tr("Click to keep the list to this month"),
            )
        for t in data.types:
            row(
                t.type,
                self.tr("Mention at least one"),
                t.documents,
                None,
                self.tr("Documents of the list that mention at least one of them"),
                bold=True,
            )
            for e in t.top:
                row(t.type, isolate(e.name), e.documents, ("entity", e.id), self.tr("Click to list what mentions it"))

    def _clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        action = item.data(0, ROLE)
        if not isinstance(action, tuple | list):
            return
        w = self.window
        if action[0] == "outlet":
            chosen = action[1] in w.filter_bar.filters().outlets
            w.filter_bar.choose_outlet(action[1], not chosen)
        elif action[0] == "month":
            w.filter_bar.set_dates(action[1], action[2])
        elif action[0] == "entity":
            w.listing.set_entity(action[1])
