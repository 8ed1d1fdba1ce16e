"""The entity network and the keywords of a result set, as data (the seeds corpus)."""

from __future__ import annotations

import math

import pytest

from kashshaf.core.analysis import Scope
from kashshaf.core.analysis.keywords import keywords, log_likelihood
from kashshaf.core.analysis.network import Edge, entity_network, parse_types, shared_documents, suggested_min_docs


def test_log_likelihood_is_dunnings_g2() -> None:
    stats = pytest.importorskip("scipy.stats")
    for table in ([[10, 5], [90, 995]], [[3, 0], [7, 100]], [[40, 400], [60, 600]], [[1, 20], [99, 880]]):
        (a, b), (c, d) = table
        expected = stats.chi2_contingency(table, correction=False, lambda_="log-likelihood")[0]
        assert math.isclose(log_likelihood(a, b, c, d), expected, rel_tol=1e-9)
    assert log_likelihood(10, 100, 90, 900) == pytest.approx(0.0, abs=1e-9)  # the same rate: nothing stands out


def test_parse_types() -> None:
    assert parse_types("person,org,place") == ("PER", "ORG", "LOC")
    assert parse_types("LOC, other") == ("LOC", "MISC")
    with pytest.raises(ValueError, match="not an entity type"):
        parse_types("person,animal")


def test_suggested_threshold_keeps_about_two_links_a_node() -> None:
    edges = tuple(Edge(f"a{i}", f"b{i}", w) for i, w in enumerate([9, 8, 8, 5, 5, 5, 3, 2, 2, 2, 1, 1, 1, 1]))
    assert suggested_min_docs(edges, 10) == 1  # 14 edges: within 20
    threshold = suggested_min_docs(edges, 4)  # at most 10
    assert len([e for e in edges if e.weight >= threshold]) <= 10
    assert len([e for e in edges if e.weight >= threshold - 1]) > 10


def test_the_network_is_the_same_every_time(seeds_corpus) -> None:  # type: ignore[no-untyped-def]
    one = entity_network(seeds_corpus, Scope("روسيا"))
    two = entity_network(seeds_corpus, Scope("روسيا"))
    assert one == two
    assert len(one.nodes) > 5
    assert all(-1.0 <= n.x <= 1.0 and -1.0 <= n.y <= 1.0 for n in one.nodes)


def test_shared_documents_are_the_edge_weight(seeds_corpus) -> None:  # type: ignore[no-untyped-def]
    network = entity_network(seeds_corpus, Scope())
    for edge in network.edges[:20]:
        shared = shared_documents(seeds_corpus, Scope(), edge.source, edge.target)
        assert len(shared) == edge.weight
        for doc_id in shared:
            found = {m.entity_id for m in seeds_corpus.entities.mentions(doc_id)}
            assert {edge.source, edge.target} <= found


def test_a_cap_keeps_the_entities_of_the_most_documents(seeds_corpus) -> None:  # type: ignore[no-untyped-def]
    full = entity_network(seeds_corpus, Scope(), limit=1000)
    capped = entity_network(seeds_corpus, Scope(), limit=10)
    assert capped.capped
    assert not full.capped
    assert capped.entities == full.entities == len(full.nodes)
    assert [n.documents for n in capped.nodes] == sorted((n.documents for n in full.nodes), reverse=True)[:10]
    kept = {n.id for n in capped.nodes}
    assert all(e.source in kept and e.target in kept for e in capped.edges)


def test_keywords_leave_out_the_query_and_the_entity(seeds_corpus) -> None:  # type: ignore[no-untyped-def]
    everything = keywords(seeds_corpus, Scope())
    assert everything.words == ()  # the whole corpus: nothing to set it apart from
    assert everything.documents == everything.corpus == 5
    entity = next(e for e in seeds_corpus.entities.all() if e.documents == 2)
    found = keywords(seeds_corpus, Scope(entity=entity.id), limit=50)
    assert found.documents == 2
    assert found.read == 2
    assert not found.sampled
    names = set(entity.name.split())
    for k in found.words:
        assert k.word not in names
        assert k.documents / found.documents > k.corpus_documents / found.corpus
