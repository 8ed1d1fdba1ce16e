"""Every model of the window passes Qt's model tester, in each of its modes."""

from __future__ import annotations

import pytest

from kashshaf.core.models import Entity
from kashshaf.core.workspace import Workspace
from kashshaf.ui.doclist import ID_ROLE, SNIPPET_ROLE, DocumentListModel
from kashshaf.ui.entities import EntityTreeModel

pytestmark = pytest.mark.gui


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
        assert asked == [1] and not model.canFetchMore()  # one request at a time
        model.append_hits(ws.search("داعش", limit=1, offset=1))
        qtmodeltester.check(model)
        assert model.rowCount() == 2 and not model.canFetchMore()
        snippet = model.index(1, 0).data(SNIPPET_ROLE)
        assert snippet is not None and snippet.highlights

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
    assert model.rowCount(group) == 50 and model.capped()
    assert "3,000" in group.data() and "50" in group.data()
    shown = [model.entity_at(model.index(r, 0, group)) for r in range(50)]
    assert min(e.documents for e in shown) >= max(e.documents for e in people if e not in shown)  # type: ignore[union-attr]
    model.set_needle("رقم 2999")  # one not shown: typing finds it
    assert model.rowCount() == 1 and model.index(0, 0, model.index(0, 0)).data().startswith("شخص رقم 2999")
    assert not model.capped()


def test_the_entity_tree_model_keeps_qobject_parent(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QModelIndex, QObject

    owner = QObject()
    model = EntityTreeModel(owner)
    assert model.parent() is owner  # the model's owner, not an empty index (the index override shadowed it)
    assert model.parent(QModelIndex()) == QModelIndex()
