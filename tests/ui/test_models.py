"""Every model of the window passes Qt's model tester, in each of its modes."""

from __future__ import annotations

from kashshaf.core.models import Entity
from kashshaf.core.workspace import Workspace
from kashshaf.ui.doclist import ID_ROLE, SNIPPET_ROLE, DocumentListModel
from kashshaf.ui.entities import EntityTreeModel


def test_document_list_model_browse_and_search(qtmodeltester, corpus_dir) -> None:  # type: ignore[no-untyped-def]
    with Workspace(corpus_dir) as ws:
        model = DocumentListModel(ws.rows)
        model.set_browse(ws.browse("date", True))
        qtmodeltester.check(model)
        assert model.rowCount() == 5
        dates = [ws.rows([model.id_at(r)])[model.id_at(r)].date or "" for r in range(5)]  # type: ignore[index]
        assert dates == sorted(dates, reverse=True)

        qtmodeltester.check(model)  # the tester stays attached and re-checks on every change below
        model.set_search(ws.search("روسيا", limit=2))
        model.append_hits(ws.search("روسيا", limit=2, offset=2))
        model.set_sorted_search(ws.browse("title", False, among=ws.matching_ids("روسيا")))

        # paging, without a tester that fetches by itself
        model = DocumentListModel(ws.rows)
        results = ws.search("داعش", limit=1)
        model.set_search(results)
        assert (model.rowCount(), model.total) == (1, 2)
        assert model.canFetchMore()
        asked: list[int] = []
        model.more_requested.connect(asked.append)
        model.fetchMore()
        assert asked == [1]
        assert not model.canFetchMore()
        model.append_hits(ws.search("داعش", limit=1, offset=1))
        qtmodeltester.check(model)
        assert model.rowCount() == 2
        assert not model.canFetchMore()
        snippet = model.index(1, 0).data(SNIPPET_ROLE)
        assert snippet is not None
        assert snippet.highlights

        model.set_sorted_search(ws.browse("title", False, among=ws.matching_ids("داعش")))
        qtmodeltester.check(model)
        titles = [model.index(r, 0).data() for r in range(model.rowCount())]
        assert titles == sorted(titles)
        assert {model.index(r, 0).data(ID_ROLE) for r in range(2)} == {h.id for h in ws.search("داعش").hits}


def test_entity_models(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    entities = [
        Entity("e1", "قوات سوريا الديمقراطية", "ORG", ("قسد",), 9, 5),
        Entity("e2", "ألكسندر لافرنتييف", "PER", ("لافرنتييف",), 4, 1),
        Entity("e3", "دمشق", "LOC", (), 3, 2),
        Entity("e4", "أحمد الشرع", "PER", (), 2, 1),
    ]
    model = EntityTreeModel()
    qtmodeltester.check(model)  # empty
    model.set_entities(entities)
    qtmodeltester.check(model)
    groups = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert groups[0].startswith("أشخاص") or groups[0].startswith("People")
    assert model.rowCount(model.index(0, 0)) == 2

    model.set_needle("احمد")  # typed without hamza, finds أحمد
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    assert model.index(0, 0, model.index(0, 0)).data().startswith("أحمد الشرع")
    model.set_needle("قسد")  # an alias
    assert model.rowCount() == 1
    assert model.index(0, 0, model.index(0, 0)).data().startswith("قوات سوريا الديمقراطية")
    model.set_needle("")


def test_a_long_entity_list_shows_the_most_mentioned_and_typing_finds_the_rest(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    people = [Entity(f"p{i}", f"شخص رقم {i}", "PER", (), mentions=i % 97, documents=i % 89) for i in range(3000)]
    model = EntityTreeModel(limit=50)
    model.set_entities([*people, Entity("l1", "دمشق", "LOC", (), 3, 2)])
    qtmodeltester.check(model)
    group = model.index(0, 0)
    assert model.rowCount(group) == 50
    assert model.capped()
    assert "3,000" in group.data()
    assert "50" in group.data()
    shown = [model.entity_at(model.index(r, 0, group)) for r in range(50)]
    assert min(e.documents for e in shown) >= max(e.documents for e in people if e not in shown)  # type: ignore[union-attr]
    model.set_needle("رقم 2999")  # one not shown: typing finds it
    assert model.rowCount() == 1
    assert model.index(0, 0, model.index(0, 0)).data().startswith("شخص رقم 2999")
    assert not model.capped()


def test_excerpt_list_model(qtmodeltester, corpus_dir) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from kashshaf.core.excerpts import COLOURS
    from kashshaf.ui.excerpts import EXCERPT_ID_ROLE, ExcerptListModel

    model = ExcerptListModel()
    qtmodeltester.check(model)  # empty
    with Workspace(corpus_dir) as ws:
        for n, doc_id in enumerate(ws.browse()):
            text = ws.document(doc_id).clean_text  # type: ignore[union-attr]
            ws.excerpts.add(doc_id, 0, min(200, len(text)), note=f"ملاحظة {n}", tags=[f"وسم{n}"], colour=COLOURS[n])
            ws.excerpts.add(doc_id, len(text) // 2, len(text) // 2 + 40)  # no note, no tag
        excerpts = ws.excerpts.all()
    assert len(excerpts) == 10
    model.set_excerpts(excerpts)
    qtmodeltester.check(model)
    assert model.rowCount() == 10
    assert model.index(0, 0).data(EXCERPT_ID_ROLE) == excerpts[0].id
    assert "ملاحظة" in "".join(model.index(r, 0).data() for r in range(10))
    # re-anchored and lost passages say so; the English citation
    model.lang = "en"
    model.set_excerpts([replace(excerpts[0], status="moved"), replace(excerpts[1], status="lost"), *excerpts[2:5]])
    qtmodeltester.check(model)
    assert model.rowCount() == 5
    model.set_excerpts([])
    assert model.rowCount() == 0


def test_the_entity_tree_model_keeps_qobject_parent(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QModelIndex, QObject

    owner = QObject()
    model = EntityTreeModel(owner)
    assert model.parent() is owner  # the model's owner, not an empty index (the index override shadowed it)
    assert model.parent(QModelIndex()) == QModelIndex()
