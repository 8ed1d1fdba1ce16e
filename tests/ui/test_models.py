"""Every model of the window passes Qt's model tester, in each of its modes."""

from __future__ import annotations

import pytest

from kashshaf.core.models import Entity
from kashshaf.core.workspace import Workspace
from kashshaf.ui.doclist import ID_ROLE, SNIPPET_ROLE, DocumentListModel
from kashshaf.ui.entities import EntityFilter, EntityTreeModel

pytestmark = pytest.mark.gui


def test_document_list_model_browse_and_search(qtmodeltester, corpus_dir) -> None:  # type: ignore[no-untyped-def]
    with Workspace(corpus_dir) as ws:
        model = DocumentListModel(ws.rows)
        model.set_browse(ws.browse("date", True))
        qtmodeltester.check(model)
        assert model.rowCount() == 5
        dates = [ws.rows([model.id_at(r)])[model.id_at(r)].date for r in range(5)]  # type: ignore[index]
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

    proxy = EntityFilter()
    proxy.setSourceModel(model)
    proxy.set_text("احمد")  # typed without hamza, finds أحمد
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1
    assert proxy.index(0, 0, proxy.index(0, 0)).data().startswith("أحمد الشرع")
    proxy.set_text("قسد")  # an alias
    assert proxy.rowCount() == 1
    assert proxy.index(0, 0, proxy.index(0, 0)).data().startswith("قوات سوريا الديمقراطية")
