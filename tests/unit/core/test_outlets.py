"""Outlets: slugs, domains and names to the name shown and cited; an older corpus brought up to date."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from kashshaf.core.corpus.outlets import OutletTable, bundled_outlets, fold_outlet, host_of, new_outlet
from kashshaf.core.models import Outlet
from kashshaf.core.workspace import Workspace


def test_the_bundled_table_is_well_formed() -> None:
    outlets = bundled_outlets()
    ids = [o.id for o in outlets]
    assert len(ids) == len(set(ids)) > 80
    keys = [k for o in outlets for k in o.keys]
    assert len(keys) == len(set(keys)), "a key names two outlets"
    owners: dict[str, set[str]] = {}
    for o in outlets:
        for n in (o.name, *o.aliases):
            owners.setdefault(fold_outlet(n), set()).add(o.id)
    assert not {n: ids for n, ids in owners.items() if len(ids) > 1}, "a name or alias names two outlets"
    assert all(o.name and not o.name.isascii() for o in outlets), "every outlet has an Arabic name"
    # the fourteen SaudiNewsNet slugs are all known
    table = OutletTable(outlets)
    for slug in (
        "aawsat alriyadh aljazirah alyaum aleqtisadiya okaz alwatan almadina alweeam 3alyoum sabq was "
        "arreyadi arriyadiyah"
    ).split():
        found = table.resolve(slug, None)
        assert found is not None, slug
        assert not found.name.isascii(), slug


def test_resolving() -> None:
    table = OutletTable(bundled_outlets())
    assert host_of("http://WWW.Okaz.com.sa/new/x.htm") == "okaz.com.sa"
    assert host_of("not a url") is None
    resolved = table.resolve(None, "http://www.okaz.com.sa/new/Issues/20150720/Con1.htm")
    assert resolved is not None
    assert resolved.id == "okaz"
    resolved = table.resolve("whatever", "https://gate.ahram.org.eg/News/1.aspx")  # a subdomain
    assert resolved is not None
    assert resolved.id == "ahram"
    resolved = table.resolve("تركيا بالعربي", None)  # a name read from a credit line
    assert resolved is not None
    assert resolved.id == "turkeyarabic"
    resolved = table.resolve("الشرق الاوسط", None)  # spelling variants fold
    assert resolved is not None
    assert resolved.id == "aawsat"
    assert table.resolve("موقع لا يعرفه أحد", None) is None
    assert [o.id for o in table.find("واس")] == ["spa"]
    assert {o.id for o in table.find("الوطن")} == {"alwatan"}  # the exact name before the ones containing it
    assert {"alwatan_qa", "elwatannews"} <= {o.id for o in table.find("وطن")}


def test_a_new_outlet() -> None:
    made = new_outlet(None, "https://www.news.example.net/a", [])
    assert made == Outlet("news-example-net", "news.example.net", "", (), ("news.example.net",))
    made = new_outlet("سوشال", None, [])
    assert made is not None
    assert made.name == "سوشال"
    assert made.keys == ()
    again = new_outlet("سوشال", None, [made.id])
    assert again is not None
    assert again.id != made.id
    assert new_outlet(None, None, []) is None


def test_outlets_of_the_seeds(corpus: Workspace) -> None:
    names = {o.name: n for o, n in corpus.outlets()}
    assert names == {"تركيا بالعربي": 1, "سوشال": 1}
    rows = corpus.rows(corpus.browse())
    assert sum(1 for r in rows.values() if r.outlet is None) == 3


def test_a_rename_survives_a_newer_bundled_table(corpus: Workspace) -> None:
    corpus.rename_outlet("turkeyarabic", "تركيا بالعربي (موقع)")
    corpus.store.outlets.seed()  # as when the bundled table changes
    outlet = corpus.store.outlets.table().get("turkeyarabic")
    assert outlet is not None
    assert outlet.name == "تركيا بالعربي (موقع)"
    assert outlet.edited
    assert "تركيا بالعربي" in outlet.aliases


def test_another_process_sees_a_rename(corpus: Workspace) -> None:
    reader = Workspace(corpus.corpus_dir, readonly=True)
    try:
        assert reader.store.outlets.table().get("turkeyarabic").name == "تركيا بالعربي"  # type: ignore[union-attr]
        corpus.rename_outlet("turkeyarabic", "Turkey Arabic")
        assert reader.store.outlets.table().get("turkeyarabic").name == "Turkey Arabic"  # type: ignore[union-attr]
    finally:
        reader.close()


def _as_version_1(folder: Path) -> None:
    """Make a corpus look as the previous version left it: file and crawl times as dates, slugs as outlets."""
    db = sqlite3.connect(folder / "kashshaf.sqlite3")
    with db:
        db.execute(
            "UPDATE documents SET date = coalesce(date, '2026-11-28T10:00'), date_origin = coalesce(date_origin, 'file') "
            "WHERE path NOT LIKE '%#%'"
        )
        db.execute(
            "UPDATE documents SET date = retrieved, date_origin = retrieved_origin, date_text = retrieved, "
            "retrieved = NULL, retrieved_origin = NULL WHERE path LIKE '%#%'"
        )
        db.execute("UPDATE documents SET outlet = NULL, title = replace(title, '\"', '&quot;')")
        db.execute("UPDATE excerpts SET date = '2026-11-28T10:00', date_kind = NULL, outlet = NULL")
        db.execute("DELETE FROM meta WHERE key = 'metadata_version'")
    db.close()


def test_an_older_corpus_is_brought_up_to_date(corpus: Workspace, tmp_path: Path) -> None:
    records = [
        {
            "source": "okaz",
            "url": "http://www.okaz.com.sa/new/Issues/20150720/Con1.htm",
            "date_extracted": "2015-07-21 02:27:12",
            "title": 'عنوان "مقتبس"',
            "content": "نص الخبر الأول من عكاظ عن الاجتماع.",
        },
        {
            "source": "alriyadh",
            "url": "http://www.alriyadh.com/1066713",
            "date_extracted": "2015-07-21 13:05:37",
            "title": "خبر",
            "content": "نص الخبر الثاني من الرياض.",
        },
    ]
    (tmp_path / "day.json").write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    corpus.import_paths([tmp_path / "day.json"])
    seed = next(i for i in corpus.browse() if corpus.document(i).path.endswith(".txt") and not corpus.document(i).date)  # type: ignore[union-attr]
    corpus.excerpts.add(seed, 0, 20, note="ملاحظة")
    riyadh = next(i for i in corpus.browse() if corpus.document(i).path.endswith("#1"))  # type: ignore[union-attr]
    corpus.excerpts.add(riyadh, 0, 10)
    corpus.close()
    old = tmp_path / "old"
    shutil.copytree(corpus.corpus_dir, old)
    _as_version_1(old)
    with Workspace(old) as ws:
        assert ws.migrated == 6  # seed 001 had its date from its text and no outlet: unchanged
        docs = {d.path.rsplit("/", 1)[-1]: d for d in (ws.document(i) for i in ws.browse()) if d}
        okaz = docs["day.json#0"]
        assert (okaz.date, okaz.date_origin, okaz.retrieved) == ("2015-07-20", "url", "2015-07-21T02:27")
        assert okaz.outlet is not None
        assert okaz.outlet.name == "عكاظ"
        assert okaz.title == 'عنوان "مقتبس"'
        riyadh = docs["day.json#1"]
        assert (riyadh.date, riyadh.retrieved, riyadh.retrieved_origin) == (None, "2015-07-21T13:05", "date_extracted")
        assert all(d.date != "2026-11-28T10:00" for d in docs.values())  # no file time is a date
        seed_excerpt, riyadh_excerpt = ws.excerpts.all()
        assert (seed_excerpt.date, seed_excerpt.date_kind, seed_excerpt.note) == (None, None, "ملاحظة")
        assert (riyadh_excerpt.date, riyadh_excerpt.date_kind) == ("2015-07-21T13:05", "retrieved")
        assert riyadh_excerpt.outlet is not None
        assert riyadh_excerpt.outlet.name == "الرياض"
        # the index is rebuilt with the new fields: the date filter sees the settled dates
        assert {h.id for h in ws.search("date:2015-07-20", limit=None).hits} == {okaz.id}
        assert {h.id for h in ws.search("source:عكاظ", limit=None).hits} == {okaz.id}


@pytest.mark.parametrize("name", ["الرياض", "alriyadh", "www.alriyadh.com", "جريدة الرياض"])
def test_names_that_find_an_outlet(name: str) -> None:
    table = OutletTable(bundled_outlets())
    assert [o.id for o in table.find(name)] == ["alriyadh"]
