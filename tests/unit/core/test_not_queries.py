"""A word after a minus (or ANDNOT) excludes every document that has it: ``a -b`` finds exactly
the documents of ``a`` without those of ``b``, in the order ``a`` ranks them, and counted the same.

whoosh's ANDNOT matcher over the parser's ``(title OR body) ANDMAYBE body_exact`` kept documents
that have b (``وزارة -روسيا`` listed an article about Russia); the query is now ``a AND NOT b``."""

from __future__ import annotations

import itertools

import pytest

from kashshaf.core.workspace import Workspace

WORDS = ["وزارة", "الأمريكية", "روسيا", "سوريا", "موسكو", "الرئيس", "قسد", "النظام", "لافرنتييف"]


def hits(ws: Workspace, query: str) -> dict[str, float]:
    return {h.id: h.score for h in ws.search(query, limit=None, snippets=False).hits}


@pytest.mark.parametrize("minus", ["{a} -{b}", "{a} ANDNOT {b}", "{a} NOT {b}", "({a}) -({b})"])
def test_a_minus_excludes_every_document_with_the_word(seeds_corpus: Workspace, minus: str) -> None:
    checked = 0
    for a, b in itertools.permutations(WORDS, 2):
        with_a, with_b = hits(seeds_corpus, a), hits(seeds_corpus, b)
        query = minus.format(a=a, b=b)
        found = seeds_corpus.search(query, limit=None, snippets=False)
        assert {h.id for h in found.hits} == set(with_a) - set(with_b), query
        assert found.total == len(set(with_a) - set(with_b)), query
        assert seeds_corpus.search(query, limit=3).total == found.total, query  # the counted total too
        # ranked as the positive part alone ranks them (whoosh's NOT adds the same 1 to every score)
        assert len({round(h.score - with_a[h.id], 9) for h in found.hits}) <= 1, query
        checked += bool(set(with_a) & set(with_b))
    assert checked >= 20  # pairs where the minus has something to take away


def test_a_phrase_and_a_prefix_after_a_minus(seeds_corpus: Workspace) -> None:
    every = set(seeds_corpus.browse())
    russia = set(hits(seeds_corpus, "روسيا"))
    phrase = set(hits(seeds_corpus, '"وزارة الخارجية"'))
    prefix = set(hits(seeds_corpus, "موسك*"))
    assert phrase
    assert prefix
    assert set(hits(seeds_corpus, 'روسيا -"وزارة الخارجية"')) == russia - phrase
    assert set(hits(seeds_corpus, "روسيا -موسك*")) == russia - prefix
    assert russia - prefix < every
