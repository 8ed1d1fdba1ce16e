"""The entity network of a result set: who appears with whom.

Nodes are the entities (as curated: the names and types the sidebar shows) that the result's
documents mention, each with the number of those documents that mention it; an edge joins two
entities that some of the documents both mention, weighted by how many. The graph is capped to
the entities of the most documents (a picture of 60 names stays readable; the cap is reported), and
laid out once, deterministically (networkx's spring layout with a fixed seed, the edges' weights
pulling), over every edge among the kept entities: a threshold on the edges (``min_docs``) then
hides the weak ones without moving a node.

One statement over the mentions restricted to the result's documents gives each document's
entities; the pairs are counted in Python among the kept entities alone.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kashshaf.core.analysis import Scope

if TYPE_CHECKING:
    import networkx as nx

    from kashshaf.core.workspace import Workspace

NETWORK_TYPES = ("PER", "ORG", "LOC")
"""the types a network shows unless told (people, organisations, places)"""
TYPE_NAMES = {"person": "PER", "people": "PER", "org": "ORG", "organisation": "ORG", "organization": "ORG"}
TYPE_NAMES |= {"place": "LOC", "places": "LOC", "location": "LOC", "other": "MISC", "misc": "MISC"}
DEFAULT_LIMIT = 60
EDGES_PER_NODE = 2.0
LAYOUT_SEED = 20150721
FORMATS = (".gexf", ".graphml")
TYPE_COLOURS = {"PER": "#2f6fb3", "ORG": "#2e8b45", "LOC": "#9b4aa8", "MISC": "#7a7a7a"}
"""each type's colour: the reader's hues (blue people, green organisations, violet places, grey
others), deep enough for a node on white; the window draws with them and the GEXF file carries them"""


@dataclass(frozen=True, slots=True)
class Node:
    id: str
    name: str
    type: str
    documents: int
    """documents of the result that mention it"""
    x: float = 0.0
    y: float = 0.0
    """its place in the layout (both within [-1, 1])"""


@dataclass(frozen=True, slots=True)
class Edge:
    source: str
    target: str
    weight: int
    """documents of the result that mention both"""


@dataclass(frozen=True, slots=True)
class Network:
    nodes: tuple[Node, ...] = ()
    """the kept entities, most documents first"""
    edges: tuple[Edge, ...] = ()
    """every pair of kept entities that share a document, heaviest first"""
    documents: int = 0
    """documents in the result set"""
    entities: int = 0
    """entities of the chosen types the result mentions (``len(nodes)`` unless capped)"""
    types: tuple[str, ...] = NETWORK_TYPES
    limit: int = DEFAULT_LIMIT
    focus: str | None = field(default=None)
    """the entity the result set is restricted to (it is in every document)"""
    suggested: int = 1
    """the threshold (shared documents) the picture starts with: the least that leaves no more than
    :data:`EDGES_PER_NODE` edges a node, so that the strongest ties show (the layout follows them)"""

    @property
    def capped(self) -> bool:
        return self.entities > len(self.nodes)

    def edges_from(self, min_docs: int) -> tuple[Edge, ...]:
        """The edges of at least ``min_docs`` shared documents."""
        return tuple(e for e in self.edges if e.weight >= min_docs)

    def node(self, entity_id: str) -> Node | None:
        return next((n for n in self.nodes if n.id == entity_id), None)

    def to_json(self, min_docs: int = 1) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "entities": self.entities,
            "shown": len(self.nodes),
            "capped": self.capped,
            "types": list(self.types),
            "min_docs": min_docs,
            "nodes": [
                {"id": n.id, "name": n.name, "type": n.type, "documents": n.documents, "x": n.x, "y": n.y}
                for n in self.nodes
            ],
            "edges": [{"source": e.source, "target": e.target, "weight": e.weight} for e in self.edges_from(min_docs)],
        }


def parse_types(text: str) -> tuple[str, ...]:
    """``person,org,place`` (or PER,ORG,LOC,MISC) as entity types; raises ValueError for an unknown one."""
    out: list[str] = []
    for part in text.split(","):
        word = part.strip()
        if not word:
            continue
        kind = word.upper() if word.upper() in ("PER", "ORG", "LOC", "MISC") else TYPE_NAMES.get(word.lower())
        if kind is None:
            raise ValueError(f"«{word}» is not an entity type; use person, org, place, other (or PER, ORG, LOC, MISC)")
        if kind not in out:
            out.append(kind)
    if not out:
        raise ValueError("no entity type given")
    return tuple(out)


def result_ids(ws: Workspace, scope: Scope) -> list[str] | None:
    """The ids of the scope's documents (None: the whole corpus, read without a search)."""
    if scope.everything:
        return None
    return ws.matching_ids(scope.text, scope.entity, scope.filters or None, scope.exact)


def entity_network(
    ws: Workspace,
    scope: Scope,
    types: Iterable[str] = NETWORK_TYPES,
    limit: int = DEFAULT_LIMIT,
    layout: bool = True,
) -> Network:
    """The network of the entities of ``types`` in the result set of ``scope``, capped to the ``limit``
    entities of the most documents (ties: by name), laid out when ``layout``."""
    kinds = tuple(types)
    ids = result_ids(ws, scope)
    store = ws.entities.store
    # each document's entities as one string (the garbage collector never walks a string: a dict of
    # thousands of lists would make its full collections, which stop every thread, slow)
    by_doc: dict[str, str] = {}
    counts: Counter[str] = Counter()
    if ids is None:  # the whole corpus: counted by the entity index, and the pairs of the kept alone read
        counts.update(dict(store.document_counts()))
        documents = ws.store.count()
    else:
        for doc_id, entity_id in store.document_entities(ids):
            by_doc[doc_id] = f"{by_doc[doc_id]}\t{entity_id}" if doc_id in by_doc else entity_id
        for found in by_doc.values():
            counts.update(found.split("\t"))
        documents = len(ids)
    shown = store.shown(counts)
    wanted = [i for i in counts if i in shown and shown[i][1] in kinds]
    wanted.sort(key=lambda i: (-counts[i], shown[i][0], i))
    kept = wanted[: max(0, limit)]
    if ids is None:
        for doc_id, entity_id in store.document_entities(None, kept):
            by_doc[doc_id] = f"{by_doc[doc_id]}\t{entity_id}" if doc_id in by_doc else entity_id
    rank = {entity_id: n for n, entity_id in enumerate(kept)}
    size = len(kept)
    pairs: Counter[int] = Counter()  # a pair of ranks as one number: no tuple kept
    for found in by_doc.values():
        mine = sorted(rank[e] for e in found.split("\t") if e in rank)
        if len(mine) > 1:
            pairs.update(a * size + b for a, b in itertools.combinations(mine, 2))
    edges = tuple(
        Edge(kept[key // size], kept[key % size], n) for key, n in sorted(pairs.items(), key=lambda p: (-p[1], p[0]))
    )
    nodes = [Node(i, shown[i][0], shown[i][1], counts[i]) for i in kept]
    threshold = suggested_min_docs(edges, len(nodes))
    if layout and nodes:
        nodes = _laid_out(nodes, edges)
    return Network(tuple(nodes), edges, documents, len(wanted), kinds, limit, scope.entity, threshold)


def suggested_min_docs(edges: tuple[Edge, ...], nodes: int) -> int:
    """The least number of shared documents that keeps at most ``EDGES_PER_NODE * nodes`` edges
    (``edges`` heaviest first)."""
    most = max(10, int(EDGES_PER_NODE * nodes))
    if len(edges) <= most:
        return 1
    # the weight of the edge just past the allowance, plus one, drops it and every lighter one; unless
    # so many edges tie at that weight that hardly any would stay
    over = edges[most].weight
    kept = sum(1 for e in edges if e.weight > over)
    return over + 1 if kept >= nodes / 2 else over


def _laid_out(nodes: list[Node], edges: tuple[Edge, ...]) -> list[Node]:
    """``nodes`` placed by a spring layout (fixed seed: the same input, the same picture), each edge
    pulling in proportion to its weight, so that the strong ties make the clusters and the many weak
    ones do not knot everything together."""
    import networkx as nx  # here: the window's network dock is made at start, networkx loaded when it lays out

    graph = nx.Graph()
    graph.add_nodes_from(n.id for n in nodes)
    heaviest = max((e.weight for e in edges), default=1)
    graph.add_weighted_edges_from((e.source, e.target, e.weight / heaviest) for e in edges)
    k = 1.6 / math.sqrt(max(len(nodes), 1))  # more room than networkx's 1/sqrt(n): the names need it
    places = nx.spring_layout(graph, k=k, seed=LAYOUT_SEED, weight="weight", iterations=100)
    return [Node(n.id, n.name, n.type, n.documents, float(places[n.id][0]), float(places[n.id][1])) for n in nodes]


def shared_documents(ws: Workspace, scope: Scope, a: str, b: str) -> list[str]:
    """The documents of the result set that mention both ``a`` and ``b`` (an edge's documents)."""
    ids = result_ids(ws, scope)
    mentions: dict[str, set[str]] = {}
    for doc_id, entity_id in ws.entities.store.document_entities(ids):
        if entity_id in (a, b):
            mentions.setdefault(doc_id, set()).add(entity_id)
    return sorted(doc_id for doc_id, found in mentions.items() if len(found) == 2)


def to_graph(network: Network, min_docs: int = 1, name: str = "") -> nx.Graph:
    """A networkx graph named ``name`` (what it is a network of: Gephi shows it): nodes with ``label``,
    ``type``, ``documents``; edges with ``weight``."""
    import networkx as nx

    graph = nx.Graph(name=name)
    for n in network.nodes:
        graph.add_node(n.id, label=n.name, type=n.type, documents=n.documents, x=n.x, y=n.y)
    for e in network.edges_from(min_docs):
        graph.add_edge(e.source, e.target, weight=e.weight)
    return graph


def write_graph(network: Network, path: str | Path, min_docs: int = 1, name: str = "") -> None:
    """Write the network for Gephi and other tools: ``.gexf`` or ``.graphml`` (by the file's suffix),
    the graph named ``name`` (the query and what the network shows)."""
    import networkx as nx

    target = Path(path)
    graph = to_graph(network, min_docs, name)
    suffix = target.suffix.lower()
    if suffix == ".gexf":
        most = max((n.documents for n in network.nodes), default=1)
        for n in network.nodes:  # Gephi opens it as the window draws it: placed, sized, coloured
            colour = TYPE_COLOURS.get(n.type, TYPE_COLOURS["MISC"])
            r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
            graph.nodes[n.id]["viz"] = {
                "position": {"x": n.x * 500, "y": -n.y * 500, "z": 0.0},
                "size": 4 + 20 * math.sqrt(n.documents / most),
                "color": {"r": r, "g": g, "b": b, "a": 1.0},
            }
        nx.write_gexf(graph, target)
    elif suffix == ".graphml":
        nx.write_graphml(graph, target)
    else:
        raise ValueError(f"«{target.name}»: write a network as {' or '.join(FORMATS)}")
