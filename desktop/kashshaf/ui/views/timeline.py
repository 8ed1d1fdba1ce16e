"""The timeline dock: the result set's documents (or hits) by day, week or month, drawn with Qt's own
painting; drag across it (or click a bar) to keep the list to those dates, Escape to let them go;
compare up to three more queries on the same periods; export as PNG, SVG or CSV.

Time runs the way the interface reads: right to left in Arabic (the earliest period on the right),
left to right in English. Dates keep Western digits, as the list and the reader do; months are
named in the interface language.
"""

from __future__ import annotations

import itertools
import math
import re
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSizePolicy,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from kashshaf.core.analysis import MAX_SERIES, TIMELINE_BINS, Scope
from kashshaf.core.bidi import isolate, isolate_ltr
from kashshaf.core.citation import MONTHS_AR, MONTHS_EN
from kashshaf.core.export.files import file_stem, write_atomic
from kashshaf.core.models import SearchFilters
from kashshaf.ui.analysis import AnalysisDock
from kashshaf.ui.messages import text_of

if TYPE_CHECKING:
    from kashshaf.core.analysis.timeline import Period, Series, Timeline
    from kashshaf.core.workspace import Workspace
    from kashshaf.ui.mainwindow import MainWindow

COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7")
"""one colour a series (Okabe and Ito's, told apart with any colour vision)"""
AXIS_MARGIN = 52
SIDE_MARGIN = 12
TOP_MARGIN = 30
BOTTOM_MARGIN = 48
DRAG_MIN = 4
"""pixels the mouse moves, button down, before a click becomes a drag"""


AXIS_TOPS = {10: 5, 15: 3, 20: 4, 25: 5, 30: 3, 40: 4, 50: 5, 60: 3, 80: 4}
"""the tops of a count axis (× 10ⁿ, over 10) and the parts each is cut into, every part a round step"""


def nice_ceiling(value: int) -> int:
    """A round number at or above ``value`` for the top of the axis (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 ×
    10ⁿ: 207 documents reach 250, not 500, which left half the chart empty)."""
    if value <= 0:
        return 1
    power: int = 10 ** int(math.log10(value))
    for lead in AXIS_TOPS:
        top = lead * power // 10
        if top * 10 == lead * power and top >= value:  # a whole number (1.5 has none below 10)
            return top
    return 10 * power


ENTITY_CLAUSE = re.compile(r'entity:(?:"([^"]+)"|(\S+))')
"""a query that is one ``entity:NAME`` clause"""


def axis_values(top: int) -> list[float]:
    """The numbers of the count axis up to ``top`` (a :func:`nice_ceiling`), in round steps:
    0-50-100-150-200, 0-10-20-30-40-50, 0-50-100-150-200-250 (not 12.5, 25, 37.5)."""
    lead = int(f"{top:d}".ljust(2, "0")[:2]) if top >= 10 else top * 10
    parts = AXIS_TOPS.get(lead, 5)
    if top < parts:  # 1, 2, 3, 4: a step of 1
        parts = max(1, top)
    return [top * k / parts for k in range(parts + 1)]


def month_name(month: int, lang: str, short: bool = False) -> str:
    name = (MONTHS_AR if lang == "ar" else MONTHS_EN)[month - 1]
    return name[:3] if short and lang != "ar" else name


def period_label(p: Period, by: str, lang: str) -> str:
    """``21 يوليو 2015`` / ``21 July 2015``; a week ``20–26 July 2015``; a month ``يوليو 2015`` (Western digits)."""
    start, end = date.fromisoformat(p.start), date.fromisoformat(p.end)
    if by == "month":
        return f"{month_name(start.month, lang)} {start.year}"
    if by == "week":
        if start.month == end.month:
            return f"{start.day}–{end.day} {month_name(start.month, lang)} {start.year}"
        return f"{start.day} {month_name(start.month, lang)} – {end.day} {month_name(end.month, lang)} {end.year}"
    return f"{start.day} {month_name(start.month, lang)} {start.year}"


class TimelineChart(QWidget):
    """The bars (the first series) and lines (the others) of a :class:`Timeline`.

    ``range_chosen(first day, last day)`` when a range is dragged across or a bar is clicked;
    ``range_cleared`` on Escape."""

    range_chosen = Signal(str, str)
    range_cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineChart")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.data: Timeline | None = None
        self.labels: list[str] = []
        self.measure = "documents"
        self.lang = "ar"
        self.hover: int | None = None
        self._press: tuple[QPoint, int] | None = None
        self._drag: tuple[int, int] | None = None
        self.chosen: tuple[str | None, str | None] | None = None
        """the filter bar's dates (either end open), shaded over the whole story"""

    def sizeHint(self) -> QSize:
        return QSize(640, 220)

    def set_data(self, data: Timeline | None, labels: list[str], measure: str) -> None:
        self.data, self.labels, self.measure = data, labels, measure
        self.hover = None
        self._drag = None
        self.update()

    # --- geometry -----------------------------------------------------------------

    def rtl(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def plot_rect(self, width: float, height: float) -> QRectF:
        axis_left = not self.rtl()
        left = AXIS_MARGIN if axis_left else SIDE_MARGIN
        right = SIDE_MARGIN if axis_left else AXIS_MARGIN
        bottom = max(BOTTOM_MARGIN, QFontMetricsF(self.font()).height() + 12)
        return QRectF(left, TOP_MARGIN, max(1.0, width - left - right), max(1.0, height - TOP_MARGIN - bottom))

    def slot_rect(self, i: int, plot: QRectF) -> QRectF:
        """The column of period ``i``: from the left in English, from the right in Arabic."""
        n = len(self.data.periods) if self.data else 1
        w = plot.width() / max(1, n)
        x = plot.right() - (i + 1) * w if self.rtl() else plot.left() + i * w
        return QRectF(x, plot.top(), w, plot.height())

    def index_at(self, x: float) -> int | None:
        if not self.data or not self.data.periods:
            return None
        plot = self.plot_rect(self.width(), self.height())
        n = len(self.data.periods)
        offset = (plot.right() - x) if self.rtl() else (x - plot.left())
        i = int(offset // (plot.width() / n))
        return min(max(i, 0), n - 1) if plot.left() - 2 <= x <= plot.right() + 2 else None

    def values(self, s: Series) -> tuple[int, ...]:
        return s.hits if self.measure == "hits" and s.hits is not None else s.documents

    # --- painting -----------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self.render_chart(painter, self.width(), self.height(), interactive=True)
        finally:
            painter.end()

    def render_chart(self, painter: QPainter, width: float, height: float, interactive: bool = False) -> None:
        """Draw the chart on ``painter`` (the widget, a PNG or an SVG)."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font())
        painter.setLayoutDirection(self.layoutDirection())
        painter.fillRect(QRectF(0, 0, width, height), QColor("#ffffff"))
        data = self.data
        if data is None or not data.periods:
            return
        plot = self.plot_rect(width, height)
        series = data.series
        top = nice_ceiling(max((max(self.values(s), default=0) for s in series), default=0))
        metrics = QFontMetricsF(self.font())
        text_pen = QPen(QColor("#444444"))
        # horizontal grid and the axis' numbers (Western digits)
        for k, value in enumerate(axis_values(top)):
            y = plot.bottom() - plot.height() * value / top
            painter.setPen(QPen(QColor("#e4e4e4") if k else QColor("#999999"), 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text_pen)
            label = f"{value:,.0f}" if value == int(value) else f"{value:.1f}"
            box = (
                QRectF(plot.right() + 4, y - 9, AXIS_MARGIN - 6, 18)
                if self.rtl()
                else QRectF(0, y - 9, AXIS_MARGIN - 6, 18)
            )
            align = Qt.AlignmentFlag.AlignVCenter | (
                Qt.AlignmentFlag.AlignLeft if self.rtl() else Qt.AlignmentFlag.AlignRight
            )
            painter.drawText(box, int(align | Qt.TextFlag.TextDontClip), label)
        # the chosen range while dragging, the period under the mouse
        if interactive and self._drag is not None:
            a, b = sorted(self._drag)
            band = self.slot_rect(a, plot).united(self.slot_rect(b, plot))
            painter.fillRect(band, QColor(0, 114, 178, 40))
        elif self.chosen is not None and self.data is not None:
            first_day, last_day = self.chosen
            inside = [
                i
                for i, p in enumerate(self.data.periods)
                if (first_day is None or p.end >= first_day) and (last_day is None or p.start <= last_day)
            ]
            if inside:
                band = self.slot_rect(inside[0], plot).united(self.slot_rect(inside[-1], plot))
                painter.fillRect(band, QColor(0, 114, 178, 28))
        if interactive and self._drag is None and self.hover is not None:
            painter.fillRect(self.slot_rect(self.hover, plot), QColor(0, 0, 0, 14))
        # the first series as bars, the others as lines over them
        first = self.values(series[0])
        colour = QColor(COLOURS[0])
        for i, v in enumerate(first):
            if not v:
                continue
            slot = self.slot_rect(i, plot)
            bar = min(slot.width() * 0.8, 80.0) if slot.width() > 4 else slot.width()
            h = plot.height() * v / top
            painter.fillRect(QRectF(slot.center().x() - bar / 2, plot.bottom() - h, bar, h), colour)
        for n, s in enumerate(series[1:], start=1):
            pen = QPen(QColor(COLOURS[n % len(COLOURS)]), 2)
            painter.setPen(pen)
            points = [
                (self.slot_rect(i, plot).center().x(), plot.bottom() - plot.height() * v / top)
                for i, v in enumerate(self.values(s))
            ]
            for (x1, y1), (x2, y2) in itertools.pairwise(points):
                painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))
            if plot.width() / len(points) >= 6:
                painter.setBrush(QBrush(QColor(COLOURS[n % len(COLOURS)])))
                for x, y in points:
                    painter.drawEllipse(QRectF(x - 2.5, y - 2.5, 5, 5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
        self._draw_axis_labels(painter, plot, metrics, width)
        self._draw_legend(painter, width, metrics)

    def _draw_axis_labels(self, painter: QPainter, plot: QRectF, metrics: QFontMetricsF, width: float) -> None:
        data = self.data
        assert data is not None
        n = len(data.periods)
        slot_width = plot.width() / n
        # a label a few periods: as many as fit; the year with the first label and where it changes
        sample = "28 " + max((month_name(m, self.lang, short=True) for m in range(1, 13)), key=len) + " 2015"
        step = max(1, math.ceil((metrics.horizontalAdvance(sample) + 12) / slot_width))
        painter.setPen(QPen(QColor("#444444")))
        flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextDontClip)
        last_year = None
        for i in range(0, n, step):
            d = date.fromisoformat(data.periods[i].start)
            text = month_name(d.month, self.lang, short=True)
            if data.by != "month":
                text = f"{d.day} {text}"
            if d.year != last_year:
                text = f"{text} {d.year}"
                last_year = d.year
            slot = self.slot_rect(i, plot)
            half = metrics.horizontalAdvance(text) / 2 + 2
            # a label near an edge is moved in rather than cut
            centre = min(max(slot.center().x(), half), width - half)
            tick = slot.center().x()
            painter.drawLine(QPointF(tick, plot.bottom()), QPointF(tick, plot.bottom() + 3))
            painter.drawText(QRectF(centre - 80, plot.bottom() + 3, 160, metrics.height() + 4), flags, text)

    def _draw_legend(self, painter: QPainter, width: float, metrics: QFontMetricsF) -> None:
        data = self.data
        assert data is not None
        what = {
            ("documents", "day"): QCoreApplication.translate("TimelineChart", "Documents by day"),
            ("documents", "week"): QCoreApplication.translate("TimelineChart", "Documents by week"),
            ("documents", "month"): QCoreApplication.translate("TimelineChart", "Documents by month"),
            ("hits", "day"): QCoreApplication.translate("TimelineChart", "Hits by day"),
            ("hits", "week"): QCoreApplication.translate("TimelineChart", "Hits by week"),
            ("hits", "month"): QCoreApplication.translate("TimelineChart", "Hits by month"),
        }[(self.measure if any(s.hits is not None for s in data.series) else "documents", data.by)]
        items: list[tuple[str | None, str]] = [(None, what)]
        items += [(COLOURS[n % len(COLOURS)], isolate(label)) for n, label in enumerate(self.labels)]
        rtl = self.rtl()
        x = width - SIDE_MARGIN if rtl else SIDE_MARGIN
        plain = QFont(self.font())
        bold = QFont(plain)
        bold.setBold(True)
        for colour, text in items:
            text_width = QFontMetricsF(bold if colour is None else plain).horizontalAdvance(text)
            swatch = 12.0 if colour else 0.0
            total = swatch + (6 if colour else 0) + text_width + 18
            start = x - total if rtl else x
            if colour:
                sx = start + total - 18 - swatch if rtl else start
                painter.fillRect(QRectF(sx, 9, swatch, swatch), QColor(colour))
                tx = start if rtl else start + swatch + 6
            else:
                tx = start
            painter.setPen(QPen(QColor("#222222")))
            painter.setFont(bold if colour is None else plain)
            painter.drawText(
                QRectF(tx, 4, text_width + 4, 22), int(Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextDontClip), text
            )
            painter.setFont(plain)
            x = x - total if rtl else x + total

    # --- the mouse and the keyboard -------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            i = self.index_at(event.position().x())
            self._press = (event.position().toPoint(), i) if i is not None else None
            self._drag = None
            self.setFocus()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        i = self.index_at(event.position().x())
        if self._press is not None and i is not None:
            start, first = self._press
            if self._drag is not None or abs(event.position().x() - start.x()) >= DRAG_MIN:
                self._drag = (first, i)
                self.update()
        elif i != self.hover:
            self.hover = i
            self.update()
            if i is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPosition().toPoint(), self.tooltip(i), self)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None and self.data:
            if self._drag is not None:
                a, b = sorted(self._drag)
            else:
                a = b = self._press[1]
            self._press = None
            self._drag = None
            self.update()
            if a == b and not any(self.values(s)[a] for s in self.data.series):
                return  # a click on an empty period lists nothing
            self.range_chosen.emit(self.data.periods[a].start, self.data.periods[b].end)
        super().mouseReleaseEvent(event)

    def leaveEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        if self.hover is not None:
            self.hover = None
            self.update()
        super().leaveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            if self._drag is not None:
                self._press = None
                self._drag = None
                self.update()
            else:
                self.range_cleared.emit()
            return
        super().keyPressEvent(event)

    def tooltip(self, i: int) -> str:
        """The period, and each series' documents and hits in it."""
        data = self.data
        assert data is not None
        lines = [period_label(data.periods[i], data.by, self.lang)]
        for n, s in enumerate(data.series):
            name = isolate(self.labels[n]) if n < len(self.labels) else ""
            if s.hits is None:
                counts = QCoreApplication.translate("TimelineChart", "{documents} documents").format(
                    documents=f"{s.documents[i]:,}"
                )
            else:
                counts = QCoreApplication.translate("TimelineChart", "{documents} documents, {hits} hits").format(
                    documents=f"{s.documents[i]:,}", hits=f"{s.hits[i]:,}"
                )
            lines.append(f"{name}: {counts}" if len(data.series) > 1 else counts)
        return "\n".join(lines)


class TimelineDock(AnalysisDock):
    """The timeline of the list's result set, with up to three more queries over it."""

    name = "timeline"

    def __init__(self, window: MainWindow) -> None:
        super().__init__(QCoreApplication.translate("TimelineDock", "Timeline"), window)
        self.compared: tuple[str, ...] = ()
        """queries drawn over the result set (the filter bar's filters apply to them too)"""
        self.by: str | None = None
        """the period of a bar (None: chosen from the span)"""
        self.data: Timeline | None = None
        body = QWidget(self)
        self.by_box = QComboBox(body)
        self.by_box.setObjectName("timelineBy")
        self.by_box.addItem(self.tr("Automatic"), None)
        for by, label in zip(TIMELINE_BINS, (self.tr("By day"), self.tr("By week"), self.tr("By month")), strict=True):
            self.by_box.addItem(label, by)
        self.by_box.currentIndexChanged.connect(self._by_changed)
        self.measure_box = QComboBox(body)
        self.measure_box.setObjectName("timelineMeasure")
        self.measure_box.addItem(self.tr("Documents"), "documents")
        self.measure_box.addItem(self.tr("Hits"), "hits")
        self.measure_box.currentIndexChanged.connect(lambda _i: self._draw())
        self.compare_edit = QLineEdit(body)
        self.compare_edit.setObjectName("timelineCompare")
        self.compare_edit.setPlaceholderText(self.tr("Compare with: a query, or entity:NAME"))
        self.compare_edit.setClearButtonEnabled(True)
        self.compare_edit.returnPressed.connect(self._add_compared)
        self.add_button = QToolButton(body)
        self.add_button.setText(self.tr("Compare"))
        self.add_button.clicked.connect(self._add_compared)
        self.export_button = QToolButton(body)
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save the timeline as a picture (PNG, SVG) or a table (CSV)"))
        self.export_button.clicked.connect(self.export)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.by_box)
        top.addWidget(self.measure_box)
        top.addWidget(self.compare_edit, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.export_button)
        self.chips = QHBoxLayout()
        self.chips.setContentsMargins(0, 0, 0, 0)
        self.chips.addStretch(1)
        self.chart = TimelineChart(body)
        self.chart.lang = window.lang
        self.chart.range_chosen.connect(self.choose_range)
        self.chart.range_cleared.connect(self.clear_range)
        self.footer = QLabel(body)
        self.footer.setObjectName("timelineFooter")
        self.footer.setWordWrap(True)
        self.footer.setTextFormat(Qt.TextFormat.PlainText)
        self.clear_dates = QToolButton(body)
        self.clear_dates.setText(self.tr("All dates"))
        self.clear_dates.setToolTip(self.tr("Let go of the dates chosen on the timeline (Esc)"))
        self.clear_dates.clicked.connect(self.clear_range)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.footer, 1)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.clear_dates)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addLayout(self.chips)
        layout.addWidget(self.chart, 1)
        layout.addLayout(bottom)
        self.setWidget(body)
        self.status.hide()
        self._update_footer()

    # --- computing -----------------------------------------------------------------

    def scopes(self, scope: Scope) -> list[Scope]:
        """The result set and each compared query (with the same filters and matching), over every date:
        the dates chosen (by a drag, or in the filter bar) keep the list to them, and the timeline shows
        them shaded over the whole story rather than zooming into them."""
        every_date = Scope(scope.text, scope.entity, SearchFilters(outlets=scope.filters.outlets), scope.exact)
        return [every_date] + [Scope(q, None, every_date.filters, scope.exact) for q in self.compared[: MAX_SERIES - 1]]

    def compute(self, ws: Workspace, scope: Scope) -> Timeline:  # on a worker thread: no widget read here
        from kashshaf.core.analysis.timeline import timeline  # numpy: loaded on the worker, after the first paint

        return timeline(ws, self.scopes(scope), by=self.by)

    def _by_changed(self, _index: int) -> None:
        self.by = self.by_box.currentData()
        self.refresh()

    def show_data(self, data: Any) -> None:
        self.data = data
        self.status.hide()  # shown again only to say why a result set cannot be drawn
        self._draw()

    def _failed(self, exc: BaseException) -> None:
        self.status.show()
        super()._failed(exc)

    def clear(self) -> None:
        self.data = None
        self.compared = ()
        self._rebuild_chips()
        self._draw()

    def label(self, scope: Scope) -> str:
        """A series' name: its words, the chosen entity's name, or "all documents"."""
        text = scope.text.strip()
        alone = ENTITY_CLAUSE.fullmatch(text)  # a compared entity is named as the sidebar names it
        parts = [(alone.group(1) or alone.group(2)) if alone else text] if text else []
        if scope.entity is not None:
            parts.append(self.window.entity_names.get(scope.entity, scope.entity))
        return " · ".join(parts) or self.tr("All documents")

    def labels(self) -> list[str]:
        return [self.label(s.scope) for s in self.data.series] if self.data else []

    def _draw(self) -> None:
        filters = self.scope.filters if self.scope else None
        dated = filters is not None and bool(filters.date_from or filters.date_to)
        self.chart.chosen = (filters.date_from, filters.date_to) if dated and filters is not None else None
        self.chart.set_data(self.data, self.labels(), self.measure_box.currentData())
        self._update_footer()

    def _update_footer(self) -> None:
        data = self.data
        filters = self.scope.filters if self.scope else None
        dated = bool(filters and (filters.date_from or filters.date_to))
        self.clear_dates.setVisible(dated)
        if data is None or not data.series:
            self.footer.setText("")
            return
        main = data.series[0]
        if main.total_hits is None:
            text = self.tr("{documents} documents").format(documents=f"{main.total_documents:,}")
        else:
            text = self.tr("{documents} documents, {hits} hits").format(
                documents=f"{main.total_documents:,}", hits=f"{main.total_hits:,}"
            )
        if main.undated:
            text += self.tr("; {n} without a date, not drawn").format(n=f"{main.undated:,}")
        if main.retrieved:
            text += self.tr("; {n} placed at the date they were retrieved (publication date unknown)").format(
                n=f"{main.retrieved:,}"
            )
        if not data.periods:
            text = self.tr("No dated documents.") + " " + text
        if dated and filters is not None:
            text += "\n" + self.tr("Dates {first} to {last}: drag again, or Esc for every date").format(
                first=isolate(filters.date_from or "…"), last=isolate(filters.date_to or "…")
            )
        self.footer.setText(text)

    # --- what the user does ----------------------------------------------------------

    def choose_range(self, first: str, last: str) -> None:
        """Keep the list to the dates from ``first`` to ``last`` (the filter bar's dates)."""
        self.window.filter_bar.set_dates(first, last)

    def clear_range(self) -> None:
        self.window.filter_bar.set_dates(None, None)

    def _add_compared(self) -> None:
        text = self.compare_edit.text().strip()
        if not text or text in self.compared:
            return
        if len(self.compared) >= MAX_SERIES - 1:
            self.status.setText(self.tr("Four series at most: remove one to compare another."))
            return
        self.compared = (*self.compared, text)
        self.compare_edit.clear()
        self._rebuild_chips()
        self.refresh()

    def remove_compared(self, text: str) -> None:
        if text in self.compared:
            self.compared = tuple(t for t in self.compared if t != text)
            self._rebuild_chips()
            self.refresh()

    def _rebuild_chips(self) -> None:
        while self.chips.count() > 1:
            item = self.chips.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for n, text in enumerate(self.compared, start=1):
            chip = QToolButton(self.widget())
            chip.setText(f"■ {isolate(text)}  ×")
            chip.setStyleSheet(f"QToolButton {{ color: {COLOURS[n % len(COLOURS)]}; }}")
            chip.setToolTip(self.tr("Remove this query from the timeline"))
            chip.setAutoRaise(True)
            chip.clicked.connect(lambda _c=False, t=text: self.remove_compared(t))
            self.chips.insertWidget(self.chips.count() - 1, chip)

    def export(self) -> None:
        """The timeline as a PNG or SVG picture, or as a CSV table (UTF-8 with a BOM)."""
        if self.data is None or not self.data.periods:
            return
        stem = file_stem(self.tr("timeline"), " ".join(self.labels()[:MAX_SERIES]), today=time.strftime("%Y-%m-%d"))
        chosen = self.window.exports.choose_target(
            self.tr("Export the timeline"), [("png", "PNG"), ("svg", "SVG"), ("csv", "CSV")], stem
        )
        if chosen is None:
            return
        target, fmt = chosen
        try:
            self.write(target, fmt)
        except Exception as exc:  # the folder cannot be written, the disk is full: say so
            QMessageBox.warning(self, self.tr("Export"), text_of(exc))
            return
        self.window.statusBar().showMessage(self.tr("Written: {file}").format(file=isolate_ltr(str(target))), 8000)

    def write(self, target: Path, fmt: str) -> None:
        assert self.data is not None
        chart = self.chart
        width, height = max(chart.width(), 720), max(chart.height(), 280)
        if fmt == "csv":
            words = (  # CSV_WORDS in the window's language
                self.tr("period start"),
                self.tr("period end"),
                self.tr("documents"),
                self.tr("hits"),
                self.tr("undated"),
            )
            from kashshaf.core.analysis.timeline import timeline_csv

            write_atomic(target, timeline_csv(self.data, self.labels(), words), overwrite=True)
        elif fmt == "svg":
            generator = QSvgGenerator()
            generator.setFileName(str(target))
            generator.setSize(QSize(width, height))
            generator.setViewBox(QRectF(0, 0, width, height))
            generator.setTitle(self.tr("Timeline"))
            painter = QPainter(generator)
            try:
                chart.render_chart(painter, width, height)
            finally:
                painter.end()
        else:
            image = QImage(width * 2, height * 2, QImage.Format.Format_ARGB32)
            image.setDevicePixelRatio(2)
            painter = QPainter(image)
            try:
                chart.render_chart(painter, width, height)
            finally:
                painter.end()
            if not image.save(str(target)):  # the format from the suffix, .png
                raise OSError(f"cannot write {target}")
