"""Excerpts: offsets, anchoring through re-index and re-import, order, undo; exports read back."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from tests.conftest import SEEDS

from kashshaf.cli import main as cli
from kashshaf.core.bidi import strip_isolates
from kashshaf.core.excerpts import ExcerptError, ExcerptFilter, anchor
from kashshaf.core.export import ExportError, export_excerpts, hits_to_csv, safe_cell, to_csv
from kashshaf.core.workspace import Workspace


def passage(ws: Workspace, words: str) -> tuple[str, int, int]:
    for doc_id in ws.browse():
        text = ws.document(doc_id).clean_text  # type: ignore[union-attr]
        i = text.find(words)
        if i >= 0:
            return doc_id, i, i + len(words)
    raise AssertionError(words)


def test_an_excerpt_keeps_text_offsets_and_source(corpus: Workspace) -> None:
    doc_id, start, end = passage(corpus, "قوات سوريا الديمقراطية")
    e = corpus.excerpts.add(doc_id, start, end - 5, note="ملاحظة", tags=["قسد", "قسد", " "], colour="green")
    doc = corpus.document(doc_id)
    assert doc is not None
    assert e.text == doc.clean_text[start : end - 5]
    assert (e.title, e.source, e.date, e.url, e.tags, e.colour) == (
        doc.title,
        doc.source,
        doc.date,
        doc.url,
        ("قسد",),
        "green",
    )
    with pytest.raises(ExcerptError, match="outside document"):
        corpus.excerpts.add(doc_id, 10, 10**7)
    with pytest.raises(ExcerptError, match="no document"):
        corpus.excerpts.add("nosuchdocument", 0, 5)


def test_offsets_survive_reindex_and_reimport(corpus: Workspace) -> None:
    doc_id, start, end = passage(corpus, "المبعوث الروسي الخاص")
    e = corpus.excerpts.add(doc_id, start, end)
    corpus.reindex()
    corpus.import_paths([SEEDS])
    (again,) = corpus.excerpts.all()
    assert (again.doc_id, again.start, again.end, again.status) == (doc_id, start, end, "ok")
    assert corpus.document(doc_id).clean_text[again.start : again.end] == e.text  # type: ignore[union-attr]


def test_a_changed_file_moves_its_excerpts_and_a_lost_one_is_flagged(corpus: Workspace, tmp_path: Path) -> None:
    source = tmp_path / "article.txt"
    source.write_text(
        "عنوان المقال\n\nقال المتحدث إن الاجتماع المقبل سيعقد في جنيف الأسبوع القادم. وأكد أن الوفد سيضم خبراء.\n",
        encoding="utf-8",
    )
    corpus.import_paths([source])
    doc_id, start, end = passage(corpus, "سيعقد في جنيف")
    kept = corpus.excerpts.add(doc_id, start, end, note="موعد")
    _, gone_start, gone_end = passage(corpus, "الوفد سيضم خبراء")
    other = corpus.excerpts.add(doc_id, gone_start, gone_end)
    # the same file rewritten: the first passage moved, the second is gone
    source.write_text(
        "خبر معدل\n\nفي تحديث لاحق، قال المتحدث إن الاجتماع المقبل سيعقد في جنيف الأسبوع القادم.\n", encoding="utf-8"
    )
    report = corpus.import_paths([source])
    assert report.replaced == [doc_id]
    by_id = {e.id: e for e in corpus.excerpts.all()}
    moved = by_id[kept.id]
    new_doc = corpus.document(moved.doc_id)
    assert moved.status == "moved"
    assert moved.doc_id != doc_id
    assert moved.note == "موعد"
    assert new_doc is not None
    assert new_doc.clean_text[moved.start : moved.end] == "سيعقد في جنيف"
    assert by_id[other.id].status == "lost"  # kept and flagged, not dropped
    assert corpus.excerpts.all(ExcerptFilter(statuses=("lost",)))[0].id == other.id


def test_anchor_prefers_the_nearest_occurrence() -> None:
    text = "أ ب ج أ ب ج أ ب ج"
    assert anchor(text, 6, "أ ب") == 6
    assert anchor(text, 7, "أ ب") == 6
    assert anchor(text, 13, "أ ب") == 12
    assert anchor(text, 0, "د") is None


def test_order_edit_delete_and_undo(corpus: Workspace) -> None:
    ids = []
    for words in ("قوات سوريا الديمقراطية", "المبعوث الروسي الخاص", "الإدارة الذاتية"):
        doc_id, s, e = passage(corpus, words)
        ids.append(corpus.excerpts.add(doc_id, s, e, tags=["t1"] if len(ids) != 1 else ["t2"]).id)
    store = corpus.store.excerpts
    store.move(ids[2], ids[0])
    assert [e.id for e in corpus.excerpts.all()] == [ids[2], ids[0], ids[1]]
    store.update(ids[1], note="مهم", tags=["t2", "t3"])
    assert store.get(ids[1]).note == "مهم"
    assert store.tags() == ["t1", "t2", "t3"]
    assert [e.id for e in corpus.excerpts.all(ExcerptFilter(tag="t1"))] == [ids[2], ids[0]]
    gone = store.delete(ids[0])
    assert gone is not None
    assert [e.id for e in corpus.excerpts.all()] == [ids[2], ids[1]]
    store.restore(gone)
    assert [e.id for e in corpus.excerpts.all()] == [ids[2], ids[0], ids[1]]
    with pytest.raises(ExcerptError):
        store.update(ids[0], text="غير مسموح")
    # by entity: excerpts of documents that mention it
    envoy = next(en for en in corpus.entities.all() if en.name == "ألكسندر لافرنتييف")
    with_envoy = {h.id for h in corpus.search("", entity=envoy.id, limit=None).hits}
    assert {e.doc_id for e in corpus.excerpts.all(entity=envoy.id)} == {
        e.doc_id for e in corpus.excerpts.all()
    } & with_envoy


def test_formula_cells_are_made_safe() -> None:
    assert [safe_cell(v) for v in ("=SUM(A1)", "+1", "-2", "@x", "عادي", None, 5)] == [
        "'=SUM(A1)",
        "'+1",
        "'-2",
        "'@x",
        "عادي",
        "",
        "5",
    ]


def test_every_format_reads_back(corpus: Workspace, tmp_path: Path) -> None:
    doc_id, s, e = passage(corpus, "قوات سوريا الديمقراطية")
    corpus.excerpts.add(doc_id, s, e, note='=HYPERLINK("x")', tags=["قسد"])
    doc_id2, s2, e2 = passage(corpus, "المبعوث الروسي الخاص")
    corpus.excerpts.add(doc_id2, s2, e2, note="ملاحظة ثانية")
    excerpts = corpus.excerpts.all()

    md = tmp_path / "x.md"
    export_excerpts(excerpts, "md", md, "مقتطفات")
    text = md.read_text(encoding="utf-8")
    assert "> قوات سوريا الديمقراطية" in text
    assert "ملاحظة ثانية" in text
    assert "#قسد" in text

    out = tmp_path / "x.csv"
    export_excerpts(excerpts, "csv", out, "مقتطفات")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [r["text"] for r in rows] == [x.text for x in excerpts]
    assert rows[0]["note"] == '\'=HYPERLINK("x")'
    assert rows[0]["outlet"] == (excerpts[0].source or "")
    assert strip_isolates(rows[0]["citation"]).startswith(excerpts[0].source or "")

    js = tmp_path / "x.json"
    export_excerpts(excerpts, "json", js, "مقتطفات")
    data = json.loads(js.read_text(encoding="utf-8"))
    assert [d["text"] for d in data] == [x.text for x in excerpts]
    assert data[1]["note"] == "ملاحظة ثانية"

    docx_path = tmp_path / "x.docx"
    export_excerpts(excerpts, "docx", docx_path, "مقتطفات")
    from docx import Document as Docx
    from docx.oxml.ns import qn

    paragraphs = Docx(str(docx_path)).paragraphs
    texts = [p.text for p in paragraphs]
    assert texts[0] == "مقتطفات"
    assert excerpts[0].text.strip() in texts
    assert any(t.startswith("— ") and excerpts[1].title in t for t in texts)
    body = next(p for p in paragraphs if p.text == excerpts[0].text.strip())
    assert body._p.pPr.find(qn("w:bidi")) is not None  # right to left
    assert body._p.pPr.find(qn("w:jc")) is None  # starts at the right by itself (jc=right would mean the left)
    fonts = body.runs[0]._r.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:cs")) == "Noto Naskh Arabic"

    with pytest.raises(ExportError, match="exists already"):
        export_excerpts(excerpts, "md", md, "مقتطفات")
    export_excerpts(excerpts[:1], "md", md, "مقتطفات", overwrite=True)
    assert "ملاحظة ثانية" not in md.read_text(encoding="utf-8")


def test_search_results_export(corpus: Workspace) -> None:
    results = corpus.search("داعش", limit=None)
    rows = list(csv.DictReader(io.StringIO(hits_to_csv(results.hits).decode("utf-8-sig"))))
    assert [r["id"] for r in rows] == [h.id for h in results.hits]
    assert all("«" in r["snippet"] for r in rows)
    assert to_csv([]).decode("utf-8-sig").startswith("text,note")


def test_cli_excerpts_and_export(corpus: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc_id, s, e = passage(corpus, "قوات سوريا الديمقراطية")
    base = ["--corpus", str(corpus.corpus_dir)]
    assert cli([*base, "excerpts", "add", doc_id, str(s), str(e), "--note", "ن", "--tag", "قسد"]) == 0
    assert cli([*base, "excerpts", "add", "nosuchdoc", "0", "4"]) == 3
    assert cli([*base, "excerpts", "add", doc_id, "5", "2"]) == 2
    capsys.readouterr()
    assert cli([*base, "excerpts", "list", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["text"] == "قوات سوريا الديمقراطية"
    assert row["tags"] == ["قسد"]
    assert row["citation"]
    target = tmp_path / "out.md"
    assert cli([*base, "export", "--format", "md", "--out", str(target), "--tag", "قسد"]) == 0
    assert cli([*base, "export", "--format", "md", "--out", str(target)]) == 2  # never overwrite without --force
    assert "exists already" in capsys.readouterr().err
    assert cli([*base, "export", "--format", "md", "--out", str(target), "--force"]) == 0


def test_excerpts_are_reanchored_when_the_cleaning_changes(corpus: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    import kashshaf.core.workspace as workspace_module

    doc_id, start, end = passage(corpus, "المبعوث الروسي الخاص")
    kept = corpus.excerpts.add(doc_id, start, end, note="قبل")
    envoy = next(e for e in corpus.entities.all() if e.name == "ألكسندر لافرنتييف")
    before = [m.start for m in corpus.entities.mentions(doc_id) if m.entity_id == envoy.id]
    assert before
    # today's rules are the import's rules: opening changes nothing
    corpus.store.set_meta("cleaning_version", "0")
    folder = corpus.corpus_dir
    corpus.close()
    with Workspace(folder) as same:
        assert same.store.meta("cleaning_version") == workspace_module.CLEANING_VERSION
        assert same.store.excerpts.get(kept.id).status == "ok"  # type: ignore[union-attr]
    # new rules that keep a line the old ones dropped: every passage moves
    lead = "سطر أبقته قواعد التنظيف الجديدة\n\n"
    original = workspace_module._clean_again
    monkeypatch.setattr(workspace_module, "_clean_again", lambda d: lead + original(d))
    with Workspace(folder) as ws:
        ws.store.set_meta("cleaning_version", "0")
    with Workspace(folder) as ws:
        assert ws.recleaned == 5
        moved = ws.store.excerpts.get(kept.id)
        assert moved is not None
        assert moved.status == "moved"
        assert moved.start == start + len(lead)
        text = ws.document(doc_id).clean_text  # type: ignore[union-attr]
        assert text[moved.start : moved.end] == kept.text
        after = [m.start for m in ws.entities.mentions(doc_id) if m.entity_id == envoy.id]
        assert after == [s + len(lead) for s in before]  # entities extracted again at the new offsets
        assert ws.store.count_unindexed() == 0  # and indexed again on open
        hit = ws.search("الجديدة", limit=None).hits
        assert doc_id in {h.id for h in hit}
