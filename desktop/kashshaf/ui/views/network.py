"""The entity network dock: who appears with whom in the current results.

A :class:`NetworkScene` draws a :class:`~kashshaf.core.analysis.network.Network` (nodes sized by
documents and coloured by type, edges as wide as their shared documents, names under the nodes);
the dock adds the type filter (whose coloured boxes are the legend), the threshold on shared
documents, the cap on entities, zoom and pan, and the exports (GEXF and GraphML for Gephi, PNG and
SVG as seen). A click on a node lists that entity's documents; a double-click on an edge lists the
documents the two share (the entity of one, and ``entity:`` the other in the query, so the rest of the
search stays as it was).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QIcon,
    QMouseEvent,
    QPainter,
    QPixmap,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QGraphicsItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSlider,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kashshaf.core.analysis import Scope
from kashshaf.core.analysis.network import DEFAULT_LIMIT, NETWORK_TYPES, Network, entity_network, write_graph
from kashshaf.core.bidi import isolate
from kashshaf.core.export.files import file_stem
from kashshaf.core.models import ENTITY_TYPES
from kashshaf.ui.analysis import AnalysisDock, placeholder
from kashshaf.ui.views.network_scene import (
    EXPORT_LABEL_SIZE,
    HEIGHT,
    LABEL_POINT_SIZE,
    TYPE_COLOURS,
    WIDTH,
    EdgeItem,
    NetworkScene,
    NodeItem,
    save_picture,
)

if TYPE_CHECKING:
    from kashshaf.core.workspace import Workspace
    from kashshaf.ui.mainwindow import MainWindow


class NetworkView(QGraphicsView):
    """Zoom with the wheel, pan by dragging; a click on a node chooses it, a double-click on an edge
    asks for the documents the two share."""

    node_clicked = Signal(str)
    edge_activated = Signal(str, str)

    def __init__(self, scene: NetworkScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.network_scene = scene
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a picture: not mirrored
        self._pressed: QPointF | None = None

    def fit(self) -> None:
        if self.network_scene.nodes:
            self.fitInView(self.network_scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self.network_scene.place_labels(self.transform().m11())

    def zoom(self, factor: float) -> None:
        scale = self.transform().m11() * factor
        if 0.05 <= scale <= 20:
            self.scale(factor, factor)
            self.network_scene.place_labels(self.transform().m11())

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.zoom(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.fit()

    def item_at(self, pos: QPointF) -> QGraphicsItem | None:
        for item in self.items(pos.toPoint()):
            if isinstance(item, NodeItem | EdgeItem):
                return item
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed = event.position()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        pressed, self._pressed = self._pressed, None
        if event.button() != Qt.MouseButton.LeftButton or pressed is None:
            return
        if (event.position() - pressed).manhattanLength() > 4:
            return  # a drag (panning), not a click
        item = self.item_at(event.position())
        if isinstance(item, NodeItem):
            self.node_clicked.emit(item.entity_id)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self.item_at(event.position())
        if isinstance(item, EdgeItem):
            self.edge_activated.emit(item.edge.source, item.edge.target)
            return
        super().mouseDoubleClickEvent(event)


def _swatch(colour: QColor) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(colour)
    return QIcon(pixmap)


class NetworkDock(AnalysisDock):
    """View → Analysis → Entity network."""

    name = "network"

    def __init__(self, window: MainWindow) -> None:
        super().__init__(self.tr("Entity network"), window)
        self.network: Network | None = None
        self.caption = ""
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        bar = QHBoxLayout()
        self.type_boxes: dict[str, QCheckBox] = {}
        for kind in ENTITY_TYPES:
            box = QCheckBox(self.type_name(kind, plural=True), body)
            box.setObjectName(f"networkType{kind}")
            box.setIcon(_swatch(TYPE_COLOURS[kind]))
            box.setChecked(kind in NETWORK_TYPES)
            box.toggled.connect(self.refresh)
            bar.addWidget(box)
            self.type_boxes[kind] = box
        bar.addStretch(1)
        layout.addLayout(bar)
        # the controls on a row of their own: one row of both scrolled sideways in a dock of 800 px
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Shared documents, at least:"), body))
        self.threshold = QSlider(Qt.Orientation.Horizontal, body)
        self.threshold.setObjectName("networkThreshold")
        self.threshold.setRange(1, 1)
        self.threshold.setMaximumWidth(160)
        self.threshold.valueChanged.connect(self._threshold_moved)
        bar.addWidget(self.threshold)
        self.threshold_value = QLabel("1", body)
        self.threshold_value.setMinimumWidth(24)
        bar.addWidget(self.threshold_value)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("Entities:"), body))
        self.limit = QSpinBox(body)
        self.limit.setObjectName("networkLimit")
        self.limit.setRange(5, 300)
        self.limit.setSingleStep(10)
        self.limit.setValue(DEFAULT_LIMIT)
        self.limit.setToolTip(self.tr("How many entities to draw: those of the most documents"))
        self.limit.editingFinished.connect(self.refresh)
        bar.addWidget(self.limit)
        bar.addStretch(1)
        fit = QToolButton(body)
        fit.setText(self.tr("Fit"))
        fit.setToolTip(self.tr("Show the whole network (the wheel zooms, a drag pans)"))
        fit.clicked.connect(self.fit)
        bar.addWidget(fit)
        self.export_button = QToolButton(body)
        self.export_button.setText(self.tr("Export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("GEXF (Gephi)…"), lambda: self.export(".gexf"))
        menu.addAction(self.tr("GraphML…"), lambda: self.export(".graphml"))
        menu.addAction(self.tr("PNG picture…"), lambda: self.export(".png"))
        menu.addAction(self.tr("SVG picture…"), lambda: self.export(".svg"))
        self.export_button.setMenu(menu)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)
        self.summary = QLabel(body)
        self.summary.setObjectName("networkSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.scene = NetworkScene(body)
        self.view = NetworkView(self.scene, body)
        # the graph never a strip: in a 1280×800 window it was 70 px high under its controls (the dock's
        # scroll area takes what does not fit)
        self.view.setMinimumHeight(220)
        self.view.setObjectName("networkView")
        self.view.node_clicked.connect(self.choose_entity)
        self.view.edge_activated.connect(self.list_shared)
        layout.addWidget(self.view, 1)
        self.empty = placeholder(body, "")
        layout.addWidget(self.empty, 1)
        self.empty.hide()
        layout.addWidget(self.status)
        self.setWidget(body)

    def fit(self) -> None:
        self.view.fit()

    # --- words ---------------------------------------------------------------------

    def type_name(self, kind: str, plural: bool = False) -> str:
        if plural:
            names = {
                "PER": self.tr("People"),
                "ORG": self.tr("Organisations"),
                "LOC": self.tr("Places"),
                "MISC": self.tr("Other"),
            }
        else:
            names = {
                "PER": self.tr("Person"),
                "ORG": self.tr("Organisation"),
                "LOC": self.tr("Place"),
                "MISC": self.tr("Other"),
            }
        return names.get(kind, kind)

    def documents_phrase(self, n: int) -> str:
        return self.tr("Documents: {n}").format(n=f"{n:,}")

    # --- computing -----------------------------------------------------------------

    def types(self) -> tuple[str, ...]:
        return tuple(k for k, box in self.type_boxes.items() if box.isChecked())

    def refresh(self) -> None:
        self._options = (self.types(), self.limit.value())
        super().refresh()

    def compute(self, ws: Workspace, scope: Scope) -> Network:
        types, limit = getattr(self, "_options", (NETWORK_TYPES, DEFAULT_LIMIT))
        return entity_network(ws, scope, types, limit)

    def clear(self) -> None:
        self.network = None
        self.scene.show_network(Network(), 1, {})
        self.summary.clear()

    def show_data(self, data: Any) -> None:
        assert isinstance(data, Network)
        self.network = data
        heaviest = max((e.weight for e in data.edges), default=1)
        self.threshold.blockSignals(True)
        self.threshold.setRange(1, max(1, heaviest))
        self.threshold.setValue(min(data.suggested, heaviest))
        self.threshold.blockSignals(False)
        self.threshold_value.setText(str(self.threshold.value()))
        self._draw()

    def _threshold_moved(self, value: int) -> None:
        self.threshold_value.setText(str(value))
        if self.network is not None:
            self._draw()

    def _draw(self) -> None:
        network = self.network
        if network is None:
            return
        names = {k: self.type_name(k) for k in ENTITY_TYPES}
        min_docs = self.threshold.value()
        view = self.view.viewport().size()
        aspect = view.width() / view.height() if view.height() > 50 else WIDTH / HEIGHT
        self.scene.show_network(network, min_docs, names, self.documents_phrase, LABEL_POINT_SIZE, aspect)
        has_nodes = bool(network.nodes)
        self.view.setVisible(has_nodes)
        self.empty.setVisible(not has_nodes)
        if not has_nodes:
            self.empty.setText(self.tr("No entity of these types in these documents."))
            self.summary.clear()
            return
        edges = len(network.edges_from(min_docs))
        if network.capped:
            text = self.tr("{shown} of {total} entities (those in the most documents)").format(
                shown=len(network.nodes), total=f"{network.entities:,}"
            )
        else:
            text = self.tr("Entities: {shown}").format(shown=len(network.nodes))
        text += " · " + self.documents_phrase(network.documents)
        text += " · " + self.tr("Links: {edges} (of at least {n} shared documents)").format(edges=edges, n=min_docs)
        hint = self.tr("Click a name to list its documents; double-click a link to list the documents both share.")
        self.caption = text
        self.summary.setText(f"{text}. {hint}")
        self.view.fit()

    # --- acting on the list ----------------------------------------------------------

    def choose_entity(self, entity_id: str) -> None:
        """The list shows this entity's documents (as a click in the entity sidebar)."""
        self.window.listing.set_entity(entity_id)

    def list_shared(self, a: str, b: str) -> None:
        """The list shows the documents of the current results that mention both ``a`` and ``b``."""
        network = self.network
        if network is None or self.window.workspace is None:
            return
        names = {n.id: n.name for n in network.nodes}
        current = self.window.entity_id
        wanted = [e for e in (a, b) if e != current]
        choose = None if current in (a, b) else wanted.pop(0)

        def clause_values(ws: Workspace) -> list[str]:
            # a name the query can say when it names that entity alone, else the entity's id
            return [names[e] if ws.entity_ids(names[e]) == [e] and '"' not in names[e] else e for e in wanted]

        def apply(values: list[str]) -> None:
            bar = self.window.search_bar
            clauses = " ".join(f'entity:"{v}"' if " " in v else f"entity:{v}" for v in values)
            bar.set_query(f"{bar.query()} {clauses}".strip(), run=choose is None)
            if choose is not None:
                self.window.listing.set_entity(choose)

        self.window.ops.query_op(clause_values, topic="analysis:network-edge").success(apply).run()

    # --- exports ---------------------------------------------------------------------

    def export(self, suffix: str) -> None:
        network = self.network
        if network is None or not network.nodes:
            return
        filters = {
            ".gexf": self.tr("GEXF graph (*.gexf)"),
            ".graphml": self.tr("GraphML graph (*.graphml)"),
            ".png": self.tr("PNG picture (*.png)"),
            ".svg": self.tr("SVG picture (*.svg)"),
        }
        query = self.scope.text if self.scope is not None else ""
        stem = file_stem(self.tr("network"), query, today=time.strftime("%Y-%m-%d"))
        path, _chosen = self.window.file_dialogs.save(
            self.tr("Export the entity network"), stem + suffix, filters[suffix]
        )
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix
        try:
            if suffix in (".gexf", ".graphml"):
                query = self.scope.text.strip() if self.scope is not None else ""
                write_graph(
                    network, path, self.threshold.value(), f"{query} — {self.caption}" if query else self.caption
                )
            else:
                self.save_picture(path)
        except (OSError, ValueError) as exc:
            self.status.setText(self.tr("Could not write {path}: {reason}").format(path=isolate(path), reason=exc))
            return
        self.status.setText(self.tr("Wrote {path}").format(path=isolate(path)))

    def save_picture(self, path: str) -> None:
        network = self.network
        if network is None:
            return
        names = {k: self.type_name(k, plural=True) for k in ENTITY_TYPES}
        scene = NetworkScene()
        scene.show_network(network, self.threshold.value(), names, self.documents_phrase, EXPORT_LABEL_SIZE)
        query = self.scope.text.strip() if self.scope is not None else ""
        scene.add_legend(names, f"{isolate(query)} — {self.caption}" if query else self.caption)
        save_picture(scene, path)
