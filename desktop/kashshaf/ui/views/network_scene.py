"""The picture of an entity network: a :class:`NetworkScene` (nodes sized by documents and coloured by
type, edges as wide as their shared documents, names placed where they cover nothing), drawn in the
network dock's view and saved as PNG or SVG (by the dock, and by the CLI's ``network --out``)."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QWidget,
)

from kashshaf.core.analysis.network import TYPE_COLOURS as NODE_COLOURS
from kashshaf.core.analysis.network import Edge, Network
from kashshaf.core.bidi import isolate
from kashshaf.core.models import ENTITY_TYPES

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
    # every name whole: one at the edge reached past the nodes' rectangle (المملكة العربية السعودية was cut)
    rect = scene.sceneRect().united(scene.itemsBoundingRect()).adjusted(-8, -8, 8, 8)
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
