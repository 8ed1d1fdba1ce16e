"""The timeline and facets docks in the window (the seeds corpus: two dated documents, three undated):
a drag across the timeline sets the filter bar's dates and the list keeps to them, Escape lets them
go, a click on a bar lists its period; a compared query is drawn over the same periods; a click on a
facet filters the list (an outlet, a month, an entity); the exports write a PNG, an SVG and a CSV."""

from __future__ import annotations

import csv
import io
import itertools
import re
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from tests.ui.windowing import wait_settled

from kashshaf.core.workspace import Workspace


def shown_dates(corpus: Path) -> dict[str, str | None]:
    with Workspace(corpus, readonly=True) as ws:
        return {doc_id: row.date for doc_id, row in ws.rows(ws.browse()).items()}


def timeline_dock(qtbot, window):  # type: ignore[no-untyped-def]
    dock = window.analysis.dock("timeline")
    dock.show()
    qtbot.waitUntil(lambda: dock.data is not None, timeout=10000)
    wait_settled(qtbot, window)
    return dock


def test_a_drag_sets_the_dates_and_the_list_keeps_to_them(qtbot, window, corpus_dir) -> None:  # type: ignore[no-untyped-def]
    dates = shown_dates(corpus_dir)
    dated = {i for i, d in dates.items() if d}
    assert 0 < len(dated) < len(dates)  # the seeds have undated documents too
    dock = timeline_dock(qtbot, window)
    data = dock.data
    series = data.series[0]
    assert series.total_documents == len(dates)
    assert series.undated == len(dates) - len(dated)
    assert "3" in dock.footer.text()  # the undated documents are said, not drawn
    chart = dock.chart
    plot = chart.plot_rect(chart.width(), chart.height())
    last = len(data.periods) - 1
    start = chart.slot_rect(0, plot).center().toPoint()
    end = chart.slot_rect(last, plot).center().toPoint()
    # right to left: the first period is drawn on the right
    assert start.x() > end.x()
    qtbot.mousePress(chart, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(chart, QPoint((start.x() + end.x()) // 2, start.y()))
    qtbot.mouseMove(chart, end)
    qtbot.mouseRelease(chart, Qt.MouseButton.LeftButton, pos=end)
    filters = window.filter_bar.filters()
    assert (filters.date_from, filters.date_to) == (data.periods[0].start, data.periods[last].end)
    qtbot.waitUntil(lambda: window.model.rowCount() == len(dated), timeout=10000)
    assert {window.model.id_at(r) for r in range(window.model.rowCount())} == dated
    wait_settled(qtbot, window)
    assert dock.clear_dates.isVisible()
    # Escape lets the dates go
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Escape)
    assert not window.filter_bar.filters()
    qtbot.waitUntil(lambda: window.model.rowCount() == len(dates), timeout=10000)


def test_a_click_on_a_bar_lists_its_period(qtbot, window, corpus_dir) -> None:  # type: ignore[no-untyped-def]
    dates = shown_dates(corpus_dir)
    dock = timeline_dock(qtbot, window)
    data = dock.data
    i = next(n for n, v in enumerate(data.series[0].documents) if v)
    chart = dock.chart
    plot = chart.plot_rect(chart.width(), chart.height())
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.slot_rect(i, plot).center().toPoint())
    period = data.periods[i]
    assert window.filter_bar.filters().date_from == period.start
    assert window.filter_bar.filters().date_to == period.end
    inside = {doc for doc, d in dates.items() if d and period.start <= d[:10] <= period.end}
    qtbot.waitUntil(lambda: window.model.rowCount() == len(inside), timeout=10000)
    assert "\n" in chart.tooltip(i)  # the period, then its counts


def test_a_compared_query_is_drawn_on_the_same_periods(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dock = timeline_dock(qtbot, window)
    window.search_bar.set_query("روسيا")
    qtbot.waitUntil(lambda: dock.data is not None and dock.data.series[0].scope.text == "روسيا", timeout=10000)
    dock.compare_edit.setText('"الإدارة الذاتية"')
    dock.add_button.click()
    qtbot.waitUntil(lambda: dock.data is not None and len(dock.data.series) == 2, timeout=10000)
    main, other = dock.data.series
    assert len(main.documents) == len(other.documents) == len(dock.data.periods)
    assert other.total_hits is not None
    assert other.total_hits > 0
    assert dock.labels() == ["روسيا", '"الإدارة الذاتية"']
    dock.remove_compared('"الإدارة الذاتية"')
    qtbot.waitUntil(lambda: dock.data is not None and len(dock.data.series) == 1, timeout=10000)


def test_chosen_dates_are_shaded_over_the_whole_story(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Dates chosen on the timeline keep the list to them, but the timeline still shows every period, the
    chosen ones shaded (it zoomed into them, and the rest of the story was gone: a new user's finding)."""
    dock = timeline_dock(qtbot, window)
    before = dock.data
    assert len(before.periods) >= 2
    first = before.periods[0]
    dock.choose_range(first.start, first.end)
    qtbot.waitUntil(lambda: dock.chart.chosen == (first.start, first.end), timeout=10000)
    wait_settled(qtbot, window)
    assert dock.data.periods == before.periods
    assert dock.data.series[0].documents == before.series[0].documents
    assert window.model.rowCount() == before.series[0].documents[0]  # the list keeps to the chosen period


def test_exports_write_png_svg_and_csv(qtbot, window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kashshaf.ui.filedialogs import FileDialogs

    dock = timeline_dock(qtbot, window)
    proposed = []
    for ext, label in (("png", "PNG"), ("svg", "SVG"), ("csv", "CSV")):
        target = tmp_path / f"timeline.{ext}"
        monkeypatch.setattr(
            FileDialogs,
            "save",
            lambda _d, _title, name, _f, t=target, lb=label: (
                proposed.append(name) or (str(t), f"{lb} (*.{t.suffix[1:]})")
            ),
        )
        dock.export()
        assert target.exists(), ext
    # the name proposed: what it is, the query as the legend names it, the day
    label = dock.labels()[0]
    assert label
    stem = re.escape(label.replace(" ", "_"))
    assert all(re.fullmatch(rf"الخط-الزمني-{stem}-\d{{4}}-\d\d-\d\d\.png", n) for n in proposed), proposed
    image = QImage(str(tmp_path / "timeline.png"))
    assert image.width() >= 720
    assert "<svg" in (tmp_path / "timeline.svg").read_text(encoding="utf-8")
    raw = (tmp_path / "timeline.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][:2] == ["بداية الفترة", "نهاية الفترة"]  # in the window's language
    assert rows[0][2:4] == [f"{label} وثائق", f"{label} مرات الورود"]
    assert rows[-1][0] == "بلا تاريخ"
    series = dock.data.series[0]
    assert sum(int(r[2]) for r in rows[1:]) == series.total_documents


def test_the_extension_typed_decides_the_format(qtbot, window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A name typed with .svg or .csv writes that format, whatever the dialog's type box says (a new user
    typed timeline.svg and got timeline.svg.png)."""
    from kashshaf.ui.filedialogs import FileDialogs

    dock = timeline_dock(qtbot, window)
    for ext in ("svg", "csv"):
        target = tmp_path / f"typed.{ext}"
        monkeypatch.setattr(FileDialogs, "save", lambda *_a, t=target: (str(t), "PNG (*.png)"))
        dock.export()
        assert target.exists(), ext
        assert not (tmp_path / f"typed.{ext}.png").exists()
    assert "<svg" in (tmp_path / "typed.svg").read_text(encoding="utf-8")
    assert (tmp_path / "typed.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_a_click_on_a_facet_filters_the_list(qtbot, window, corpus_dir) -> None:  # type: ignore[no-untyped-def]
    from kashshaf.core.analysis import Scope
    from kashshaf.core.analysis.facets import facets

    dock = window.analysis.dock("facets")
    dock.show()
    qtbot.waitUntil(lambda: dock.data is not None, timeout=10000)
    wait_settled(qtbot, window)
    total = dock.data.documents
    assert sum(o.documents for o in dock.data.outlets) == total
    assert sum(m.documents for m in dock.data.months) == total

    def click(panel: str, row: int) -> None:
        tree = dock.panels[panel]
        item = tree.topLevelItem(row)
        rect = tree.visualItemRect(item)
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    # an outlet: the filter bar keeps the list to it
    dock_outlets = list(dock.data.outlets)
    outlet = dock.data.outlets[0]
    assert outlet.outlet is not None
    click("outlets", 0)
    assert window.filter_bar.filters().outlets == (outlet.outlet.id,)
    qtbot.waitUntil(lambda: window.model.rowCount() == outlet.documents, timeout=10000)
    wait_settled(qtbot, window)
    # the other outlets stay in their column, to add (the column did not shrink to the one clicked)
    qtbot.waitUntil(lambda: dock.data is not None and bool(dock.data.scope.filters.outlets), timeout=10000)
    assert dock.panels["outlets"].topLevelItemCount() == len(dock_outlets)
    assert dock.panels["outlets"].topLevelItem(0).text(0).startswith("✓ ")
    window.filter_bar.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == total, timeout=10000)
    wait_settled(qtbot, window)
    qtbot.waitUntil(lambda: dock.data is not None and not dock.data.scope.filters, timeout=10000)
    # a month: the filter bar's dates
    month = next(m for m in dock.data.months if m.month)
    click("months", 0)
    assert (window.filter_bar.filters().date_from, window.filter_bar.filters().date_to) == (
        month.first_day,
        month.last_day,
    )
    qtbot.waitUntil(lambda: window.model.rowCount() == month.documents, timeout=10000)
    window.filter_bar.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == total, timeout=10000)
    wait_settled(qtbot, window)
    # an entity: the window's entity, with the query
    window.search_bar.set_query("روسيا")
    qtbot.waitUntil(lambda: dock.data is not None and dock.data.scope.text == "روسيا", timeout=10000)
    wait_settled(qtbot, window)
    person = next(t for t in dock.data.types if t.type == "PER").top[0]
    click("PER", 1)  # the first row says how many mention one
    assert window.entity_id == person.id
    with Workspace(corpus_dir, readonly=True) as ws:
        expected = len(ws.matching_ids("روسيا", entity=person.id))
        assert facets(ws, Scope("روسيا", person.id)).documents == expected
    qtbot.waitUntil(lambda: window.model.rowCount() == expected, timeout=10000)


def test_the_count_axis_goes_in_round_steps() -> None:
    from kashshaf.ui.views.timeline import axis_values, nice_ceiling

    assert axis_values(nice_ceiling(43)) == [0, 10, 20, 30, 40, 50]
    assert axis_values(nice_ceiling(170)) == [0, 50, 100, 150, 200]
    assert axis_values(nice_ceiling(61)) == [0, 20, 40, 60, 80]
    # 207 documents on a day: the axis ends at 250, not 500 (half the chart was empty; a new user's finding)
    assert axis_values(nice_ceiling(207)) == [0, 50, 100, 150, 200, 250]
    for value in range(1, 20001):
        top = nice_ceiling(value)
        assert value <= top <= 1.5 * value or top <= 2 * value <= 20  # never more than half empty above 20
        steps = axis_values(top)
        assert all(v == int(v) for v in steps)
        assert 3 <= len(steps) - 1 <= 5 or top < 3
        assert len({b - a for a, b in itertools.pairwise(steps)}) == 1


def test_a_compared_entity_is_named_as_the_sidebar_names_it(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from kashshaf.core.analysis import Scope

    dock = window.analysis.dock("timeline")
    name = window.workspace.entities.all()[0].name
    assert dock.label(Scope(f'entity:"{name}"')) == name
    assert dock.label(Scope("entity:داعش")) == "داعش"
    assert dock.label(Scope("داعش AND entity:روسيا")) == "داعش AND entity:روسيا"  # a query stays as typed
