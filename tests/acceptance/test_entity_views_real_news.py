"""The entity network and the keywords of a result set, on two days of real news: checked through the
CLI (``network``, ``keywords``, ``--json``) against the store and the search, and in the window."""

from __future__ import annotations

import json
from collections import defaultdict
from itertools import combinations
from pathlib import Path

import networkx as nx
import pytest
from tests.acceptance.conftest import kashshaf, search_json, store_rows

pytestmark = pytest.mark.slow

QUERY = "الحوثيين"
"""the Houthis: a story of many documents and many names in August 2015"""


def network_json(corpus: Path, data: Path, *args: str) -> dict[str, object]:
    out = kashshaf("--corpus", str(corpus), "network", QUERY, "--json", *args, data_dir=data)
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def mentioned_in(corpus: Path, ids: list[str]) -> dict[str, set[str]]:
    """entity -> the documents of ``ids`` that mention it, read from the store's mentions."""
    found: dict[str, set[str]] = defaultdict(set)
    for doc_id, entity_id in store_rows(
        corpus,
        "SELECT doc_id, entity_id FROM mentions WHERE doc_id IN (SELECT value FROM json_each(?))",
        json.dumps(ids),
    ):
        found[str(entity_id)].add(str(doc_id))
    return found


def test_edge_weights_are_the_documents_both_entities_share(real_corpus: tuple[Path, Path]) -> None:
    corpus, data = real_corpus
    network = network_json(corpus, data, "--limit", "40")
    ids = [str(h["id"]) for h in search_json(corpus, data, QUERY)["hits"]]  # type: ignore[attr-defined]
    assert network["documents"] == len(ids) > 50
    mentioned = mentioned_in(corpus, ids)
    nodes = network["nodes"]
    assert isinstance(nodes, list)
    assert len(nodes) == 40
    for node in nodes:
        assert node["documents"] == len(mentioned[node["id"]]), node
    # every pair of kept entities: its edge's weight is the documents both are mentioned in, and a pair
    # that shares none has no edge
    weights = {frozenset((e["source"], e["target"])): e["weight"] for e in network["edges"]}  # type: ignore[attr-defined]
    pairs = 0
    for a, b in combinations([n["id"] for n in nodes], 2):
        shared = len(mentioned[a] & mentioned[b])
        assert weights.get(frozenset((a, b)), 0) == shared, (a, b)
        pairs += shared > 0
    assert pairs == len(weights) > 100
    # the names and types are the entity sidebar's, and the 40 kept are those of the most documents
    sidebar = json.loads(kashshaf("--corpus", str(corpus), "entities", "--json", "--limit", "0", data_dir=data).stdout)
    by_id = {e["id"]: e for e in sidebar}
    for node in nodes:
        assert (node["name"], node["type"]) == (by_id[node["id"]]["name"], by_id[node["id"]]["type"])
    kept = {n["id"] for n in nodes}
    left_out = [
        len(docs) for e, docs in mentioned.items() if e not in kept and by_id[e]["type"] in ("PER", "ORG", "LOC")
    ]
    assert max(left_out) <= min(n["documents"] for n in nodes)
    assert network["entities"] == len(kept) + len(left_out)


def test_the_threshold_and_the_types(real_corpus: tuple[Path, Path]) -> None:
    corpus, data = real_corpus
    full = network_json(corpus, data)
    strong = network_json(corpus, data, "--min-docs", "10")
    places = network_json(corpus, data, "--types", "place")
    assert strong["nodes"] == full["nodes"]  # the same entities, in the same places
    assert strong["edges"] == [e for e in full["edges"] if e["weight"] >= 10]  # type: ignore[attr-defined]
    assert 0 < len(strong["edges"]) < len(full["edges"])  # type: ignore[arg-type]
    assert {n["type"] for n in places["nodes"]} == {"LOC"}  # type: ignore[attr-defined]


def test_gexf_and_graphml_read_back_with_networkx(real_corpus: tuple[Path, Path], tmp_path: Path) -> None:
    corpus, data = real_corpus
    network = network_json(corpus, data, "--min-docs", "3")
    nodes = {n["id"]: n for n in network["nodes"]}  # type: ignore[attr-defined]
    edges = {frozenset((e["source"], e["target"])): e["weight"] for e in network["edges"]}  # type: ignore[attr-defined]
    for suffix in (".gexf", ".graphml"):
        path = tmp_path / f"network{suffix}"
        kashshaf("--corpus", str(corpus), "network", QUERY, "--min-docs", "3", "--out", str(path), data_dir=data)
        graph = nx.read_gexf(path) if suffix == ".gexf" else nx.read_graphml(path)
        assert set(graph.nodes) == set(nodes)
        for node_id, attributes in graph.nodes(data=True):
            assert attributes["label"] == nodes[node_id]["name"]
            assert attributes["type"] == nodes[node_id]["type"]
            assert int(attributes["documents"]) == nodes[node_id]["documents"]
        assert {frozenset((a, b)): int(w) for a, b, w in graph.edges(data="weight")} == edges


def test_png_and_svg_pictures(real_corpus: tuple[Path, Path], tmp_path: Path) -> None:
    corpus, data = real_corpus
    png, svg = tmp_path / "network.png", tmp_path / "network.svg"
    for path in (png, svg):
        out = kashshaf("--corpus", str(corpus), "network", QUERY, "--out", str(path), data_dir=data)
        assert f"wrote {path}" in out.stdout
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"<svg" in svg.read_bytes()[:2000]
    bad = kashshaf(
        "--corpus", str(corpus), "network", QUERY, "--out", str(tmp_path / "n.pdf"), data_dir=data, check=False
    )
    assert bad.returncode == 2
    assert ".gexf" in bad.stderr


def test_keywords_are_over_represented_and_no_stop_word(real_corpus: tuple[Path, Path]) -> None:
    from kashshaf.core.arabic.normalize import normalize_token_ar
    from kashshaf.core.arabic.stopwords import stop_words_ar

    corpus, data = real_corpus
    found = json.loads(kashshaf("--corpus", str(corpus), "keywords", QUERY, "--json", data_dir=data).stdout)
    result, total = found["documents"], found["corpus"]
    (stored,) = store_rows(corpus, "SELECT count(*) FROM documents")[0]
    assert result == search_json(corpus, data, QUERY)["total"]
    assert total == stored
    words = found["keywords"]
    assert len(words) == 30
    assert not found["sampled"]
    stops = stop_words_ar()
    for k in words:
        assert k["documents"] / result > k["corpus_documents"] / total, k
        assert normalize_token_ar(k["word"]) not in stops
        assert k["stem"] not in stops
    assert [k["score"] for k in words] == sorted((k["score"] for k in words), reverse=True)
    # the counts are the search's: the query and the word find that many documents (the word searched
    # as the corpus writes it finds its stem); the word alone finds its corpus count
    for k in words[:5]:
        assert search_json(corpus, data, f"{QUERY} {k['word']}")["total"] == k["documents"], k
        assert search_json(corpus, data, k["word"])["total"] == k["corpus_documents"], k
    # a story about the Houthis: Yemen's places and the war's words are what set it apart
    assert {"اليمن", "عدن"} & {k["word"] for k in words[:10]}


def test_keywords_text_output(real_corpus: tuple[Path, Path]) -> None:
    corpus, data = real_corpus
    out = kashshaf("--corpus", str(corpus), "keywords", QUERY, "--limit", "5", data_dir=data).stdout
    lines = out.splitlines()
    assert lines[0].startswith("keywords of the ")
    assert len(lines) == 2 + 5


# --- the window ------------------------------------------------------------------------------------


def test_clicking_a_keyword_adds_it_to_the_query(qtbot, window_on) -> None:  # type: ignore[no-untyped-def]
    window = window_on
    dock = window.analysis.dock("keywords")
    dock.show()
    window.search_bar.set_query(QUERY)
    qtbot.waitUntil(lambda: bool(dock.data and dock.data.words and dock.table.topLevelItemCount()), timeout=60000)
    qtbot.waitUntil(lambda: window.model.total == dock.data.documents, timeout=30000)
    before = window.model.total
    item = dock.table.topLevelItem(0)
    word = dock.data.words[0]
    from PySide6.QtCore import Qt

    rect = dock.table.visualItemRect(item)
    qtbot.mouseClick(dock.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.search_bar.query() == f"{QUERY} {word.word}", timeout=5000)
    qtbot.waitUntil(lambda: window.model.total == word.documents, timeout=30000)
    assert word.documents < before
    # the dock follows: the new result set's keywords, without the word now in the query
    qtbot.waitUntil(lambda: dock.data is not None and dock.data.documents == word.documents, timeout=60000)
    assert word.word not in {k.word for k in dock.data.words}


def test_clicking_a_node_on_real_news_filters_by_that_entity(qtbot, window_on) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.test_entity_views import click_node, clickable

    window = window_on
    dock = window.analysis.dock("network")
    dock.show()
    window.search_bar.set_query(QUERY)
    qtbot.waitUntil(lambda: dock.network is not None and dock.network.documents < 1000, timeout=60000)
    node = next(n for n in dock.network.nodes[3:] if clickable(dock, n.id))
    click_node(qtbot, dock, node.id)
    qtbot.waitUntil(lambda: window.entity_id == node.id, timeout=5000)
    qtbot.waitUntil(lambda: window.model.total == node.documents, timeout=30000)
    # the network follows: that entity's documents, the entity in all of them
    qtbot.waitUntil(lambda: dock.network.focus == node.id, timeout=60000)
    assert dock.network.node(node.id).documents == dock.network.documents == node.documents
