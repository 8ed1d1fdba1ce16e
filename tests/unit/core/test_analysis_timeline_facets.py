"""The timeline and the facets on the seeds (two dated documents, three undated): the periods, the
columns kept until the corpus changes, an entity's hits as its mentions, and the CSV."""

from __future__ import annotations

import csv
import io
from collections import Counter
from datetime import date

from kashshaf.core.analysis import Scope
from kashshaf.core.analysis.facets import facets
from kashshaf.core.analysis.timeline import choose_bin, period_start, periods_between, timeline, timeline_csv
from kashshaf.core.workspace import Workspace


def shown_days(ws: Workspace) -> Counter[str | None]:
    return Counter(row.date[:10] if row.date else None for row in ws.rows(ws.browse()).values())


def test_periods_are_whole_days_iso_weeks_and_months() -> None:
    d = date(2015, 12, 30).toordinal()  # a Wednesday
    assert date.fromordinal(period_start(d, "week")) == date(2015, 12, 28)
    assert date.fromordinal(period_start(d, "month")) == date(2015, 12, 1)
    months = periods_between(d, date(2016, 2, 3).toordinal(), "month")
    assert [date.fromordinal(m).isoformat() for m in months] == ["2015-12-01", "2016-01-01", "2016-02-01"]
    assert choose_bin(d, d + 30) == "day"
    assert choose_bin(d, d + 400) == "week"
    assert choose_bin(d, d + 4000) == "month"


def test_the_corpus_by_day_is_what_the_store_dates(corpus: Workspace) -> None:
    expected = shown_days(corpus)
    found = timeline(corpus, [Scope()], by="day")
    (s,) = found.series
    assert {p.start: n for p, n in zip(found.periods, s.documents, strict=True) if n} == {
        d: n for d, n in expected.items() if d
    }
    assert s.undated == expected[None] > 0
    assert found.periods[0].start == min(d for d in expected if d)
    assert found.periods[-1].end == max(d for d in expected if d)
    # a document deleted: the columns are read again (the index changed)
    dated = next(i for i, row in corpus.rows(corpus.browse()).items() if row.date)
    corpus.delete([dated])
    again = timeline(corpus, [Scope()], by="day").series[0]
    assert again.total_documents == s.total_documents - 1
    assert sum(again.documents) == sum(s.documents) - 1


def test_an_entitys_hits_are_its_mentions(corpus: Workspace) -> None:
    entity = max(corpus.entities.all(), key=lambda e: e.mentions)
    found = timeline(corpus, [Scope(entity=entity.id)]).series[0]
    assert found.total_documents == entity.documents
    assert found.total_hits == entity.mentions
    # the same entity named in a query (as a compared series is): its mentions too
    typed = timeline(corpus, [Scope(f"entity:{entity.id}")]).series[0]
    assert (typed.total_documents, typed.total_hits) == (entity.documents, entity.mentions)
    # filters alone count documents, no hits
    assert timeline(corpus, [Scope("date:2021")]).series[0].total_hits is None


def test_facets_partition_and_count_types(corpus: Workspace) -> None:
    result = facets(corpus, Scope("روسيا"))
    ids = corpus.matching_ids("روسيا")
    assert result.documents == len(ids) > 0
    assert sum(o.documents for o in result.outlets) == len(ids)
    assert sum(m.documents for m in result.months) == len(ids)
    mentions = {i: {e.type for e in corpus.entities.all(doc_id=i)} for i in ids}
    for t in result.types:
        assert t.documents == sum(t.type in kinds for kinds in mentions.values())
        for e in t.top:
            assert e.documents == sum(any(x.id == e.id for x in corpus.entities.all(doc_id=i)) for i in ids)


def test_the_csv_has_a_row_a_period_and_the_undated_last(corpus: Workspace) -> None:
    found = timeline(corpus, [Scope(), Scope("روسيا")], by="month")
    raw = timeline_csv(found, ["all", "روسيا"])
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == ["period_start", "period_end", "all documents", "all hits", "روسيا documents", "روسيا hits"]
    assert len(rows) == len(found.periods) + 2
    assert rows[-1][0] == "undated"
    assert rows[1][3] == ""  # no words: no hits
    assert sum(int(r[2]) for r in rows[1:]) == found.series[0].total_documents
