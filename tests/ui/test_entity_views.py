"""The entity network and keywords docks in the window (the seeds corpus): a click on a node filters
the list by that entity, a double-click on an edge lists the documents both share, the exports."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import networkx as nx
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from tests.ui.windowing import wait_settled


def clickable(dock, entity_id: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether the node's centre shows that node (not another one over it)."""
    point = dock.view.mapFromScene(dock.scene.nodes[entity_id].scenePos())
    return dock.view.item_at(QPointF(point)) is dock.scene.nodes[entity_id]  # type: ignore[no-any-return]


def click_node(qtbot, dock, entity_id: str) -> None:  # type: ignore[no-untyped-def]
    """A click on the node's centre, as the user's."""
    point = dock.view.mapFromScene(dock.scene.nodes[entity_id].scenePos())
    qtbot.mouseClick(dock.view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def edge_point(dock, edge) -> QPoint | None:  # type: ignore[no-untyped-def]
    """A point of the edge's line where it is the topmost thing (no node, no other edge), if any."""
    from kashshaf.ui.views.network_scene import EdgeItem

    line = next(item for item in dock.scene.edges if item.edge == edge).line()
    for step in range(5, 96, 5):
        point = dock.view.mapFromScene(QPointF(line.pointAt(step / 100)))
        item = dock.view.item_at(QPointF(point))
        if isinstance(item, EdgeItem) and item.edge == edge:
            return point
    return None


def mentions(corpus: Path) -> dict[str, set[str]]:
    """entity -> the documents that mention it, from the store."""
    db = sqlite3.connect(f"file:{corpus / 'kashshaf.sqlite3'}?mode=ro", uri=True)
    try:
        out: dict[str, set[str]] = {}
        for doc_id, entity_id in db.execute("SELECT doc_id, entity_id FROM mentions"):
            out.setdefault(entity_id, set()).add(doc_id)
        return out
    finally:
        db.close()


def list_ids(window) -> set[str]:  # type: ignore[no-untyped-def]
    return {window.model.id_at(row) for row in range(window.model.rowCount())}


@pytest.fixture
def network_dock(qtbot, window):  # type: ignore[no-untyped-def]
    window.resize(1400, 1000)
    dock = window.analysis.dock("network")
    dock.show()
    qtbot.waitUntil(lambda: dock.network is not None and len(dock.network.nodes) > 10, timeout=20000)
    return dock


def test_the_network_of_the_whole_corpus(network_dock, corpus_dir: Path) -> None:  # type: ignore[no-untyped-def]
    network = network_dock.network
    found = mentions(corpus_dir)
    assert network.documents == 5
    for node in network.nodes:
        assert node.documents == len(found[node.id])
    for edge in network.edges:
        assert edge.weight == len(found[edge.source] & found[edge.target])
    # drawn: a node for each entity, a line for each edge of the threshold, and the summary says so
    assert set(network_dock.scene.nodes) == {n.id for n in network.nodes}
    assert len(network_dock.scene.edges) == len(network.edges_from(network_dock.threshold.value()))


def test_clicking_a_node_filters_the_list_by_that_entity(qtbot, window, network_dock, corpus_dir: Path) -> None:  # type: ignore[no-untyped-def]
    node = next(n for n in network_dock.network.nodes if 1 < n.documents < 5 and clickable(network_dock, n.id))
    click_node(qtbot, network_dock, node.id)
    qtbot.waitUntil(lambda: window.entity_id == node.id, timeout=5000)
    qtbot.waitUntil(lambda: list_ids(window) == mentions(corpus_dir)[node.id], timeout=10000)
    assert window.search_bar.chip.isVisible()
    # the network follows the list: that entity's documents, the entity marked
    qtbot.waitUntil(lambda: network_dock.network.focus == node.id, timeout=20000)
    assert network_dock.network.documents == node.documents


def test_a_drag_pans_and_does_not_choose(qtbot, window, network_dock) -> None:  # type: ignore[no-untyped-def]
    node = network_dock.network.nodes[0]
    point = network_dock.view.mapFromScene(network_dock.scene.nodes[node.id].scenePos())
    viewport = network_dock.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseMove(viewport, point + QPoint(40, 30))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=point + QPoint(40, 30))
    wait_settled(qtbot, window)
    assert window.entity_id is None


def test_double_clicking_an_edge_lists_the_documents_both_share(  # type: ignore[no-untyped-def]
    qtbot, window, network_dock, corpus_dir: Path
) -> None:
    network = network_dock.network
    found = mentions(corpus_dir)
    network_dock.threshold.setValue(1)
    edge, point = next(
        (e, p)
        for e in network.edges_from(1)
        if e.weight < min(len(found[e.source]), len(found[e.target]))  # fewer than either's own documents
        and (p := edge_point(network_dock, e)) is not None
    )
    qtbot.mouseDClick(network_dock.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    shared = found[edge.source] & found[edge.target]
    qtbot.waitUntil(lambda: window.entity_id == edge.source, timeout=5000)
    qtbot.waitUntil(lambda: list_ids(window) == shared, timeout=10000)
    assert "entity:" in window.search_bar.query()


def test_threshold_hides_the_weak_links_without_moving_a_node(qtbot, network_dock) -> None:  # type: ignore[no-untyped-def]
    places = {i: item.pos() for i, item in network_dock.scene.nodes.items()}
    network_dock.threshold.setValue(1)
    many = len(network_dock.scene.edges)
    network_dock.threshold.setValue(3)
    assert len(network_dock.scene.edges) == len(network_dock.network.edges_from(3)) < many
    assert {i: item.pos() for i, item in network_dock.scene.nodes.items()} == places


def test_type_filter(qtbot, network_dock) -> None:  # type: ignore[no-untyped-def]
    network_dock.type_boxes["PER"].setChecked(False)
    network_dock.type_boxes["ORG"].setChecked(False)
    qtbot.waitUntil(lambda: network_dock.network.types == ("LOC",), timeout=20000)
    assert {n.type for n in network_dock.network.nodes} == {"LOC"}


@pytest.mark.parametrize("suffix", [".gexf", ".graphml", ".png", ".svg"])
def test_exports(qtbot, network_dock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str) -> None:  # type: ignore[no-untyped-def]
    from kashshaf.ui.filedialogs import FileDialogs

    target = tmp_path / f"chosen{suffix}"
    monkeypatch.setattr(FileDialogs, "save", lambda *a, **k: (str(target), ""))
    network_dock.export(suffix)
    assert target.exists()
    network = network_dock.network
    min_docs = network_dock.threshold.value()
    if suffix in (".gexf", ".graphml"):
        graph = nx.read_gexf(target) if suffix == ".gexf" else nx.read_graphml(target)
        assert set(graph.nodes) == {n.id for n in network.nodes}
        if suffix == ".gexf":  # named after the query and what it shows (Gephi shows the name)
            query = network_dock.scope.text.strip()
            caption = network_dock.caption
            assert caption
            assert graph.graph["name"] == (f"{query} — {caption}" if query else caption)
        assert {frozenset((a, b)): int(w) for a, b, w in graph.edges(data="weight")} == {
            frozenset((e.source, e.target)): e.weight for e in network.edges_from(min_docs)
        }
    elif suffix == ".png":
        assert target.read_bytes()[:4] == b"\x89PNG"
    else:
        assert b"<svg" in target.read_bytes()[:2000]


def test_clicking_a_keyword_adds_it_to_the_query(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dock = window.analysis.dock("keywords")
    dock.show()
    # the whole corpus: nothing sets it apart, and the dock says so (no error)
    qtbot.waitUntil(lambda: dock.data is not None, timeout=20000)
    assert not dock.data.words
    assert dock.empty.isVisible()
    assert not dock.status.text()
    window.search_bar.set_query("تركيا")
    qtbot.waitUntil(lambda: bool(dock.data and dock.data.words and dock.table.topLevelItemCount()), timeout=20000)
    word = dock.data.words[0]
    rect = dock.table.visualItemRect(dock.table.topLevelItem(0))
    qtbot.mouseClick(dock.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.search_bar.query() == f"تركيا {word.word}", timeout=5000)
    qtbot.waitUntil(lambda: window.model.total == word.documents, timeout=10000)
    # a word already in the query is not added twice
    dock.add_to_query(word.word)
    assert window.search_bar.query() == f"تركيا {word.word}"
