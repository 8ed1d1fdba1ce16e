"""What the window lists and filters by: sorted ids, list rows, the entity API and citations."""

from __future__ import annotations

import pytest

from kashshaf.core.bidi import strip_isolates
from kashshaf.core.citation import citation, format_date, quoted
from kashshaf.core.entities.store import entity_id_for
from kashshaf.core.workspace import QueryError, Workspace


def test_browse_orders_and_rows(corpus: Workspace) -> None:
    by_date = corpus.browse("date", True)
    rows = corpus.rows(by_date)
    assert len(by_date) == 5 == len(rows)
    dates = [rows[i].date or "" for i in by_date]
    assert dates == sorted(dates, reverse=True)
    by_title = corpus.browse("title", False)
    assert [rows[i].title for i in by_title] == sorted(rows[i].title for i in by_title)
    by_length = corpus.browse("length", True)
    assert [rows[i].length for i in by_length] == sorted((rows[i].length for i in by_length), reverse=True)
    assert rows[by_date[0]].length == len(corpus.document(by_date[0]).clean_text)  # type: ignore[union-attr]
    with pytest.raises(KeyError):
        corpus.browse("nonsense")


def test_matching_ids_sorted_by_a_column(corpus: Workspace) -> None:
    hits = {h.id for h in corpus.search("داعش", limit=None).hits}
    assert set(corpus.matching_ids("داعش")) == hits
    ordered = corpus.browse("date", False, among=corpus.matching_ids("داعش"))
    assert set(ordered) == hits
    assert len(ordered) == len(hits)
    rows = corpus.rows(ordered)
    assert [rows[i].date or "" for i in ordered] == sorted(rows[i].date or "" for i in ordered)


def test_snippets_for_rows_out_of_rank_order(corpus: Workspace) -> None:
    ids = corpus.matching_ids("روسيا")
    snippets = corpus.snippets(ids, "روسيا")
    assert set(snippets) == set(ids)
    for doc_id, snippet in snippets.items():
        text = corpus.document(doc_id).clean_text  # type: ignore[union-attr]
        assert snippet.highlights
        assert all("روسيا" in text[s:e] for s, e in snippet.highlights)


def test_mentions_entities_and_entity_filter(corpus: Workspace) -> None:
    ids = corpus.browse("date", True)
    name = "مجلس القبائل الموحد"  # no such organisation: only the spans recorded here name it
    for doc_id in ids[:3]:
        text = corpus.document(doc_id).clean_text  # type: ignore[union-attr]
        spans = [(i, i + 3, name, "ORG") for i in range(len(text)) if text.startswith("قسد", i)]
        corpus.entities.set_mentions(doc_id, spans)
    org = entity_id_for(name, "ORG")
    assert entity_id_for("مجلس القبائل الموحّد", "ORG") == org  # spelling variants share the id
    (entity,) = [e for e in corpus.entities.all() if e.id == org]
    assert (entity.name, entity.type, entity.aliases, entity.documents) == (name, "ORG", ("قسد",), 3)
    assert entity.mentions == sum(1 for i in ids[:3] for m in corpus.entities.mentions(i) if m.entity_id == org)
    assert org not in {e.id for e in corpus.entities.all(ids[4])}
    assert org not in {e.id for e in corpus.entities.all(kind="PER")}
    mention = next(m for m in corpus.entities.mentions(ids[0]) if m.entity_id == org)
    assert corpus.document(ids[0]).clean_text[mention.start : mention.end] == "قسد"  # type: ignore[union-attr]

    # the index holds the entity ids: entity filters alone and with text
    assert {h.id for h in corpus.search("", entity=org, limit=None).hits} == set(ids[:3])
    both = {h.id for h in corpus.search("روسيا", entity=org, limit=None).hits}
    assert both == set(ids[:3]) & {h.id for h in corpus.search("روسيا", limit=None).hits}
    assert corpus.search("", entity=org).total == 3
    assert {h.id for h in corpus.search(f"entity:{org}", limit=None).hits} == set(ids[:3])
    with pytest.raises(QueryError):
        corpus.search("", entity=None)

    # survives a full rebuild of the index from the store
    corpus.reindex()
    assert corpus.search("", entity=org).total == 3
    # and deleting a document removes its mentions
    corpus.delete([ids[0]])
    assert corpus.entities.get(org).documents == 2  # type: ignore[union-attr]


def test_citation_style(corpus: Workspace) -> None:
    doc = corpus.document(corpus.browse("date", True)[0])
    assert doc is not None
    text = citation(doc)
    plain = strip_isolates(text)
    assert plain.startswith(doc.source or "")
    assert f"«{doc.title}»" in plain
    assert "، " in plain
    assert plain.endswith(doc.url or doc.id)
    assert format_date("2022-11-12") == "12 نوفمبر 2022"
    assert format_date("2022-11-12T08:34:00", "en") == "12 November 2022"
    assert format_date("not a date") == "not a date"
    assert quoted(" نص مقتبس ", text).splitlines() == ["«نص مقتبس»", f"— {text}"]
    assert quoted("quoted", text, "a note", "en").splitlines() == ["\u201cquoted\u201d", f"— {text}", "a note"]
