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

import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QIcon,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPixmap,
    QWheelEvent,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QCheckBox,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
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
from kashshaf.core.analysis.network import DEFAULT_LIMIT, NETWORK_TYPES, Edge, Network, entity_network, write_graph
from kashshaf.core.analysis.network import TYPE_COLOURS as NODE_COLOURS
from kashshaf.core.bidi import isolate
from kashshaf.core.models import ENTITY_TYPES
from kashshaf.ui.analysis import AnalysisDock, placeholder

if TYPE_CHECKING:
    from kashshaf.core.workspace import Workspace
    from kashshaf.ui.mainwindow import MainWindow

TYPE_COLOURS = {kind: QColor(colour) for kind, colour in NODE_COLOURS.items()}
EDGE_COLOUR = QColor(110, 110, 110, 120)
FOCUS_EDGE_COLOUR = QColor(214, 120, 30, 170)
HOVER_COLOUR = QColor(200, 40, 40, 220)
WIDTH, HEIGHT = 1400.0, 800.0
"""the scene's extent of the layout's [-1, 1] square (wider than high: the dock is)"""
RADIUS_MIN, RADIUS_MAX = 5.0, 24.0
LABEL_POINT_SIZE = 9
EXPORT_LABEL_SIZE = 12


def _shade(colour: QColor, alpha: int) -> QColor:
    out = QColor(colour)
    out.setAlpha(alpha)
    return out


class NodeItem(QGraphicsEllipseItem):
    def __init__(self, entity_id: str, radius: float, colour: QColor) -> None:
        super().__init__(-radius, -radius, 2 * radius, 2 * radius)
        self.entity_id = entity_id
        self.radius = radius
        self.colour = colour
        self.setBrush(QBrush(colour))
        self.setPen(QPen(colour.darker(140), 1.2))
        self.setZValue(2)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def hoverEnterEvent(self, event: Any) -> None:
        scene = self.scene()
        if isinstance(scene, NetworkScene):
            scene.emphasise(self.entity_id)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: Any) -> None:
        scene = self.scene()
        if isinstance(scene, NetworkScene):
            scene.emphasise(None)
        super().hoverLeaveEvent(event)


class EdgeItem(QGraphicsLineItem):
    """A line easy to point at: its shape is wider than its stroke."""

    def __init__(self, edge: Edge, a: QPointF, b: QPointF, width: float) -> None:
        super().__init__(a.x(), a.y(), b.x(), b.y())
        self.edge = edge
        self.setPen(QPen(EDGE_COLOUR, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        self.colour = EDGE_COLOUR
        self.setZValue(1)
        self.setAcceptHoverEvents(True)

    def set_colour(self, colour: QColor) -> None:
        self.colour = colour
        self.lit(False)

    def lit(self, on: bool) -> None:
        """Drawn strong (pointed at, or an edge of the node pointed at), or as it was."""
        pen = self.pen()
        pen.setColor(HOVER_COLOUR if on else self.colour)
        self.setPen(pen)
        self.setZValue(1.5 if on else 1)

    def hoverEnterEvent(self, event: Any) -> None:
        self.lit(True)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: Any) -> None:
        self.lit(False)
        super().hoverLeaveEvent(event)

    def shape(self) -> QPainterPath:
        path = QPainterPath(self.line().p1())
        path.lineTo(self.line().p2())
        stroker = QPainterPathStroker()
        stroker.setWidth(max(8.0, self.pen().widthF()))
        return stroker.createStroke(path)


Grid = dict[tuple[int, int], list[tuple[QRectF, str]]]
"""rectangles (and whose they are) by the cells of :data:`CELL` pixels they touch"""
CELL = 64


def _cells(rect: QRectF) -> list[tuple[int, int]]:
    xs = range(int(rect.left() // CELL), int(rect.right() // CELL) + 1)
    ys = range(int(rect.top() // CELL), int(rect.bottom() // CELL) + 1)
    return [(cx, cy) for cx in xs for cy in ys]


def _file(grid: Grid, rect: QRectF, owner: str) -> None:
    for cell in _cells(rect):
        grid.setdefault(cell, []).append((rect, owner))


def _hits(grid: Grid, rect: QRectF, counts: Any) -> bool:
    """Whether ``rect`` meets a rectangle of ``grid`` whose owner ``counts``."""
    return any(rect.intersects(other) and counts(owner) for cell in _cells(rect) for other, owner in grid.get(cell, ()))


class LabelItem(QGraphicsSimpleTextItem):
    """A name on a pale ground, legible over the edges it crosses."""

    def paint(self, painter: QPainter, option: Any, widget: QWidget | None = None) -> None:
        painter.fillRect(self.boundingRect().adjusted(-2, 0, 2, 0), QColor(255, 255, 255, 200))
        super().paint(painter, option, widget)  # type: ignore[arg-type]  # Qt passes None at times


ALWAYS_NAMED = 8
"""the entities of the most documents, whose names are shown even over a smaller node"""


class NetworkScene(QGraphicsScene):
    """The picture of a network: edges, nodes, and the names (the biggest first; a name that would
    overlap one already shown waits for the user to zoom in, or to point at its node)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.network: Network | None = None
        self.nodes: dict[str, NodeItem] = {}
        self.labels: dict[str, LabelItem] = {}
        self.edges: list[EdgeItem] = []
        self.setBackgroundBrush(QBrush(QColor("white")))

    def show_network(
        self,
        network: Network,
        min_docs: int,
        type_names: dict[str, str],
        document_words: Any = None,
        label_size: int = LABEL_POINT_SIZE,
        aspect: float = WIDTH / HEIGHT,
    ) -> None:
        """Draw ``network`` with its edges of at least ``min_docs`` shared documents. ``type_names``:
        each type as the tooltips call it; ``document_words(n)``: "n documents" in the window's language;
        ``aspect``: how much wider than high to spread the layout (the view's shape: names are wide)."""
        self.clear()
        self.nodes, self.labels, self.edges = {}, {}, []
        self.network = network
        if not network.nodes:
            return
        words = document_words or (lambda n: f"{n} documents")
        most = max(n.documents for n in network.nodes)
        width = HEIGHT * min(max(aspect, 1.2), 2.8)
        places = {n.id: QPointF(n.x * width / 2, n.y * HEIGHT / 2) for n in network.nodes}
        shown = network.edges_from(min_docs)
        heaviest = max((e.weight for e in shown), default=1)
        names = {n.id: n.name for n in network.nodes}
        linked: set[str] = set()
        for edge in shown:
            width = 0.6 + 7.0 * math.sqrt(edge.weight / heaviest)
            line = EdgeItem(edge, places[edge.source], places[edge.target], width)
            if network.focus in (edge.source, edge.target):
                line.set_colour(FOCUS_EDGE_COLOUR)
            line.setToolTip(f"{isolate(names[edge.source])} — {isolate(names[edge.target])}\n{words(edge.weight)}")
            self.addItem(line)
            self.edges.append(line)
            linked.update((edge.source, edge.target))
        font = QFont(self.font())
        font.setPointSize(label_size)
        for node in network.nodes:
            radius = RADIUS_MIN + (RADIUS_MAX - RADIUS_MIN) * math.sqrt(node.documents / most)
            colour = TYPE_COLOURS.get(node.type, TYPE_COLOURS["MISC"])
            if min_docs > 1 and node.id not in linked and node.id != network.focus:
                colour = _shade(colour, 90)  # no edge at this threshold: faded, still there
            item = NodeItem(node.id, radius, colour)
            item.setPos(places[node.id])
            if node.id == network.focus:
                item.setPen(QPen(FOCUS_EDGE_COLOUR, 3))
            item.setToolTip(f"{isolate(node.name)}\n{type_names.get(node.type, node.type)} · {words(node.documents)}")
            self.addItem(item)
            self.nodes[node.id] = item
            label = LabelItem(node.name)
            label.setFont(font)
            label.setBrush(QBrush(QColor("#202020")))
            label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            label.setZValue(3)
            label.setData(0, radius)
            label.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            self.addItem(label)
            self.labels[node.id] = label
        rect = self.itemsBoundingRect()
        self.setSceneRect(rect.adjusted(-40, -40, 40, 60))

    def emphasise(self, entity_id: str | None) -> None:
        """Light the edges of ``entity_id`` (None: none)."""
        for line in self.edges:
            line.lit(entity_id is not None and entity_id in (line.edge.source, line.edge.target))

    def place_labels(self, scale: float) -> None:
        """Put each name under its node (else above it, or beside it) at zoom ``scale`` (view pixels per
        scene unit), biggest node first, and hide the names that would cover a node or a name already
        placed. The rectangles are kept in a grid of cells, so each name is checked against its
        neighbours alone (the zoom calls this at every step of the wheel)."""
        nodes: Grid = {}
        for node_id, item in self.nodes.items():
            r = item.radius * scale
            _file(nodes, QRectF(item.pos().x() * scale - r, item.pos().y() * scale - r, 2 * r, 2 * r), node_id)
        placed: Grid = {}
        for rank, (node_id, label) in enumerate(self.labels.items()):  # most documents first
            node = self.nodes[node_id]
            mine = node.radius

            def covers(other: str, mine: float = mine, node_id: str = node_id, rank: int = rank) -> bool:
                return other != node_id and (rank >= ALWAYS_NAMED or self.nodes[other].radius >= mine)

            size = label.boundingRect()
            gap = node.radius * scale + 2  # the node's radius on screen, and a little room
            x, y = node.pos().x() * scale, node.pos().y() * scale
            label.setVisible(False)
            spots = (
                (x - size.width() / 2, y + gap),
                (x - size.width() / 2, y - gap - size.height()),
                (x + gap, y - size.height() / 2),
                (x - gap - size.width(), y - size.height() / 2),
            )
            for left, top in spots:
                where = QRectF(left, top, size.width(), size.height())
                if _hits(placed, where, lambda _other: True) or _hits(nodes, where, covers):
                    continue
                # the label ignores the zoom: its size is in view pixels, its position in scene units
                label.setPos(QPointF(where.left() / scale, where.top() / scale))
                label.setVisible(True)
                _file(placed, where.adjusted(-3, -1, 3, 1), node_id)
                break

    def add_legend(self, type_names: dict[str, str], title: str) -> None:
        """A title and a key to the colours above the picture (for a picture saved on its own)."""
        rect = self.sceneRect()
        font = QFont(self.font())
        font.setPointSize(EXPORT_LABEL_SIZE)
        heading = QGraphicsSimpleTextItem(title)
        heading.setFont(font)
        kinds = [k for k in ENTITY_TYPES if self.network and any(n.type == k for n in self.network.nodes)]
        keys = []
        for kind in kinds:
            text = QGraphicsSimpleTextItem(type_names.get(kind, kind))
            text.setFont(font)
            keys.append((kind, text))
        line = heading.boundingRect().height()
        top = rect.top() - 2 * line - 16
        heading.setPos(rect.left() + 10, top)
        self.addItem(heading)
        x = rect.left() + 10
        for kind, text in keys:
            swatch = QGraphicsRectItem(x, top + line + 8 + (line - 12) / 2, 12, 12)
            swatch.setBrush(QBrush(TYPE_COLOURS[kind]))
            swatch.setPen(QPen(Qt.PenStyle.NoPen))
            self.addItem(swatch)
            text.setPos(x + 18, top + line + 8)
            self.addItem(text)
            x += 18 + text.boundingRect().width() + 24
        self.setSceneRect(rect.united(self.itemsBoundingRect()).adjusted(-10, -10, 10, 10))


def save_picture(scene: NetworkScene, path: str | Path, title: str = "") -> None:
    """Write the scene as ``.png`` or ``.svg``, one pixel a scene unit (the names keep their size
    whatever the scale: they ignore it, as on screen)."""
    target = Path(path)
    scene.place_labels(1.0)
    rect = scene.sceneRect()
    if target.suffix.lower() == ".svg":
        generator = QSvgGenerator()
        generator.setFileName(str(target))
        generator.setSize(QSize(int(rect.width()), int(rect.height())))
        generator.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
        generator.setTitle(title or "Kashshaf entity network")
        painter = QPainter(generator)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scene.render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
        painter.end()
        return
    image = QImage(int(rect.width()), int(rect.height()), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, image.width(), image.height()), rect)
    painter.end()
    if not image.save(str(target)):
        raise OSError(f"could not write {target}")


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
        bar.addSpacing(12)
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
        path, _chosen = self.window.file_dialogs.save(
            self.tr("Export the entity network"), f"network{suffix}", filters[suffix]
        )
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix
        try:
            if suffix in (".gexf", ".graphml"):
                write_graph(network, path, self.threshold.value())
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


def draw_network_file(network: Network, path: str | Path, min_docs: int, title: str) -> None:
    """The CLI's PNG or SVG of ``network`` (an offscreen Qt application of its own)."""
    import os

    from PySide6.QtWidgets import QApplication

    from kashshaf.ui.fonts import load_fonts

    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QApplication(["kashshaf-network"])
    load_fonts()
    names = {"PER": "People", "ORG": "Organisations", "LOC": "Places", "MISC": "Other"}
    scene = NetworkScene()
    scene.show_network(network, min_docs, {k: v.rstrip("s") for k, v in names.items()}, None, EXPORT_LABEL_SIZE)
    scene.add_legend(names, title)
    save_picture(scene, path, title)
