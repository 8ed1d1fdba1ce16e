"""The whoosh index and queries, on the seeds corpus."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tests.conftest import SEEDS

from kashshaf.core.search.analysis import ArabicTextField
from kashshaf.core.workspace import QueryError, Workspace


def titles(workspace: Workspace, query: str) -> set[str]:
    return {hit.title for hit in workspace.search(query, limit=None).hits}


def first_words(workspace: Workspace, query: str) -> set[str]:
    return {hit.path.rsplit("/", 1)[-1][:3] for hit in workspace.search(query, limit=None).hits}


def test_obfuscated_and_split_spellings_are_found(seeds_corpus: Workspace) -> None:
    # 004 writes داعـ.ـش and داعش, 002 writes “داع ش”
    assert first_words(seeds_corpus, "داعش") == {"002", "004"}
    # every seed mentions قسد, 002 only as “ق سد” and قسد, 004 also as قسـ.ـد
    assert first_words(seeds_corpus, "قسد") == {"000", "001", "002", "003", "004"}
    assert first_words(seeds_corpus, "الأمن") >= {"004"}


def test_phrase_finds_the_presentation_form_spelling(seeds_corpus: Workspace) -> None:
    assert "000" in first_words(seeds_corpus, '"الإدارة الذاتية"')  # 000 writes اﻹدارة
    assert first_words(seeds_corpus, '"الذاتية الإدارة"') == set()  # order matters in a phrase


def test_highlights_point_at_the_original_spellings(seeds_corpus: Workspace) -> None:
    (hit,) = [h for h in seeds_corpus.search("داعش", limit=None).hits if h.path.endswith("002_0a0dd9e313ef10fc.txt")]
    doc = seeds_corpus.document(hit.id)
    assert doc is not None
    assert hit.snippet is not None
    marked = {doc.clean_text[s:e] for s, e in seeds_corpus.highlights(hit.id, "داعش")}
    assert marked == {"داع ش"}
    for start, end in hit.snippet.highlights:
        assert hit.snippet.text[start - hit.snippet.start : end - hit.snippet.start] == doc.clean_text[start:end]
    doc4 = next(h for h in seeds_corpus.search("داعش").hits if h.path.endswith("004_d9df538d2038d958.txt"))
    spellings = {seeds_corpus.document(doc4.id).clean_text[s:e] for s, e in seeds_corpus.highlights(doc4.id, "داعش")}  # type: ignore[union-attr]
    assert spellings == {"داعـ.ـش", "داعش", "لداعـ.ـش"}


def test_stemmed_and_exact_matching(seeds_corpus: Workspace) -> None:
    # a stem match: المفاوضات finds مفاوضات and مفاوضاتها
    assert len(seeds_corpus.search("مفاوضة").hits) >= 4
    # the article's own spelling ranks first for a name
    assert seeds_corpus.search("لافرنتييف").total == 2


def test_boolean_operators(seeds_corpus: Workspace) -> None:
    both = first_words(seeds_corpus, "لافرنتييف AND بيدرسون")
    assert both == {"004"}
    either = first_words(seeds_corpus, "يفيموف OR بيدرسون")
    assert either == {"001", "004"}
    assert first_words(seeds_corpus, "لافرنتييف NOT بيدرسون") == {"000"}
    assert first_words(seeds_corpus, "لافرنتييف -بيدرسون") == {"000"}


def test_prefix_and_field_queries(seeds_corpus: Workspace) -> None:
    assert first_words(seeds_corpus, "لافرنت*") == {"000", "004"}
    assert first_words(seeds_corpus, "source:سوشال") == {"004"}
    assert first_words(seeds_corpus, 'source:"تركيا بالعربي"') == {"002"}
    assert first_words(seeds_corpus, "date:2021") == {"001"}
    assert first_words(seeds_corpus, "date:[2021-01-01 to 2022-12-31]") == {"001", "002"}
    assert first_words(seeds_corpus, "مفاوضات date:2022") == {"002"}


def test_totals_and_paging(seeds_corpus: Workspace) -> None:
    everything = seeds_corpus.search("سوريا", limit=None)
    assert everything.total == len(everything.hits) == 5
    page = seeds_corpus.search("سوريا", limit=2, offset=2)
    assert page.total == 5
    assert [h.id for h in page.hits] == [h.id for h in everything.hits[2:4]]
    scores = [h.score for h in everything.hits]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize("query", ['"مفتوح', "(قسد", "", "   ", "من"])
def test_invalid_queries_raise_query_error(seeds_corpus: Workspace, query: str) -> None:
    if query == "من":  # a stop word alone still matches the exact field
        assert seeds_corpus.search(query).total == 5
        return
    with pytest.raises(QueryError):
        seeds_corpus.search(query)


def test_update_and_delete_without_rebuild(tmp_path: Path) -> None:
    folder = tmp_path / "src"
    shutil.copytree(SEEDS, folder)
    with Workspace(tmp_path / "corpus") as w:
        w.import_paths([folder])
        segments_before = w.index.segment_count()
        extra = folder / "new.txt"
        extra.write_text("خبر جديد\n\nوصل وفد زنوبيا إلى المدينة اليوم.", encoding="utf-8")
        report = w.import_paths([extra])
        assert len(report.imported) == 1
        assert w.search("زنوبيا").total == 1
        assert w.stats().indexed == 6
        (new_id,) = report.imported
        assert w.delete([new_id]) == 1
        assert w.search("زنوبيا").total == 0
        assert w.stats().documents == 5
        assert w.stats().indexed == 5
        assert w.index.segment_count() <= segments_before + 2
        # importing the folder again: the deleted file comes back; the rest are unchanged, not read again
        again = w.import_paths([folder])
        assert again.imported == [new_id]
        assert again.duplicates == []
        assert len(again.unchanged) == 5
        assert str(extra) not in again.unchanged


def test_a_damaged_index_is_rebuilt_from_the_store(tmp_path: Path) -> None:
    with Workspace(tmp_path) as w:
        w.import_paths([SEEDS])
    for toc in (tmp_path / "index").glob("*.toc"):
        toc.write_bytes(b"garbage")
    with Workspace(tmp_path) as w:
        assert w.index_rebuilt_reason is not None
        assert w.search("قسد").total == 5


def test_unindexed_documents_are_indexed_on_open(tmp_path: Path) -> None:
    # a crash between storing and indexing leaves documents marked unindexed
    with Workspace(tmp_path) as w:
        w.import_paths([SEEDS])
        w.store.mark_all_unindexed()
    with Workspace(tmp_path) as w:
        assert w.store.count_unindexed() == 0
        assert w.search("قسد").total == 5
        assert w.index.doc_count() == 5  # replaced, not added twice


def test_reindex_gives_the_same_results(seeds_corpus: Workspace, tmp_path: Path) -> None:
    with Workspace(tmp_path) as w:
        w.import_paths([SEEDS])
        before = [(h.id, round(h.score, 4)) for h in w.search("روسيا قسد", limit=None).hits]
        assert w.reindex() == 5
        after = [(h.id, round(h.score, 4)) for h in w.search("روسيا قسد", limit=None).hits]
    assert before == after


def test_the_fused_index_path_equals_the_analyzer_path(seeds_corpus: Workspace) -> None:
    """ArabicTextField.index() must give what whoosh's generic path gives."""
    from whoosh.fields import TEXT

    schema = seeds_corpus.index.schema
    for path in sorted(SEEDS.glob("*.txt")):
        text = seeds_corpus.document(seeds_corpus.store.id_for_path(str(path)) or "")
        assert text is not None
        for name in ("body", "body_exact", "body_seg", "title"):
            field = schema[name]
            assert isinstance(field, ArabicTextField)
            value = text.clean_text if name != "title" else text.title
            fused = sorted(field.index(value))
            generic = sorted(TEXT.index(field, value))
            assert fused == generic, name


def test_fast_prefix_phrase_and_counts_equal_whoosh(tmp_path: Path, shared_data: Path) -> None:
    """FastPrefix, FastPhrase and the set-algebra count give whoosh's own answers
    (over two segments, with a deletion), on real articles."""
    from whoosh import query as wq

    from kashshaf.core.search.counting import count
    from kashshaf.core.search.phrase import FastPhrase
    from kashshaf.core.search.prefix import FastPrefix
    from kashshaf.core.search.query import parse_query

    day = shared_data / "saudinewsnet" / "2015-07-23.zip"
    with Workspace(tmp_path) as w:
        w.import_paths([day])
        w.import_paths([SEEDS])
        some = w.search("السعودية", limit=3).hits
        w.delete([some[0].id])
        with w.index.searcher() as s:
            assert len(s.leaf_searchers()) >= 2
            assert s.reader().has_deletions()
            for field, text in [("body_exact", "السعود"), ("body", "حوث"), ("title", "ال")]:
                assert set(FastPrefix(field, text).docs(s)) == set(wq.Prefix(field, text).docs(s))
            for words in (["وزير", "الخارجيه"], ["خادم", "الحرمين", "الشريفين"], ["الاداره", "الذاتيه"], ["من", "من"]):
                fast = FastPhrase("body_exact", words).docs_in(s)
                assert fast == set(wq.Phrase("body_exact", words).docs(s)), words
            for text in [
                "السعودية",
                "سعود*",
                '"وزير الخارجية"',
                "السعودية AND اليمن",
                "السعودية OR قسد",
                "السعودية NOT اليمن",
                "date:2015",
            ]:
                q = parse_query(w._parser, text)
                reference = parse_query(w._parser, text)
                assert count(q, s) == len(set(reference.docs(s))), text
        # the ranked page agrees with an unlimited search
        for text in ['"وزير الخارجية"', "سعود*"]:
            page = w.search(text, limit=10, snippets=False)
            full = w.search(text, limit=None, snippets=False)
            assert page.total == full.total == len(full.hits)
            assert {h.id for h in page.hits} <= {h.id for h in full.hits}


def test_a_changed_file_replaces_its_earlier_version(tmp_path: Path) -> None:
    path = tmp_path / "src" / "news.txt"
    path.parent.mkdir()
    path.write_text("خبر أول\n\nوصل وفد زنوبيا إلى المدينة.", encoding="utf-8")
    with Workspace(tmp_path / "c") as w:
        (first,) = w.import_paths([path]).imported
        path.write_text("خبر أول\n\nغادر وفد تدمر المدينة.", encoding="utf-8")
        report = w.import_paths([path])
        assert report.replaced == [first]
        assert len(report.imported) == 1
        assert w.search("زنوبيا").total == 0
        assert w.search("تدمر").total == 1
        assert w.stats().documents == 1 == w.stats().indexed


KILL_AFTER_INDEXED = 600
"""documents handed to the index writers (3 batches of 200 of the 2,500) before the kill"""


def test_a_kill_during_indexing_leaves_a_usable_index(tmp_path: Path) -> None:
    """SIGKILL while the index is being written: the corpus opens, the index
    is consistent, and the documents stored before the kill get indexed."""
    import os
    import signal
    import subprocess
    import sys
    import time

    source = tmp_path / "src"
    source.mkdir()
    base = (SEEDS / "004_d9df538d2038d958.txt").read_text(encoding="utf-8")
    for i in range(2500):
        (source / f"{i:05d}.txt").write_text(f"{base}\n\nنسخة رقم {i}.", encoding="utf-8")
    corpus = tmp_path / "corpus"
    # the import says on stdout how far the indexing has gone (its progress callback, as the window's bar shows it)
    code = (
        "from kashshaf.core.workspace import Workspace\n"
        "def progress(p):\n"
        "    if p.phase == 'indexing':\n"
        "        print('indexed', p.done, p.total, flush=True)\n"
        f"Workspace({str(corpus)!r}).import_paths([{str(source)!r}], progress=progress)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], start_new_session=True, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    deadline = time.monotonic() + 120
    # kill once the writers have several batches in hand (their segments are being written), before the commit
    for line in proc.stdout:
        _word, done, _total = line.split()
        if int(done) >= KILL_AFTER_INDEXED or time.monotonic() > deadline:
            break
    else:
        raise AssertionError("the import ended before the indexing reached the kill point")
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    from whoosh import index as whoosh_index

    from kashshaf.core.search.schema import build_schema

    committed = whoosh_index.open_dir(str(corpus / "index"), schema=build_schema()).doc_count()
    assert committed < 2500, "the kill came after the index commit: nothing was tested"
    with Workspace(corpus) as w:
        stored = w.store.count()
        assert stored > 0
        assert w.store.count_unindexed() == 0
        assert w.index.doc_count() == stored
        assert w.search("لافرنتييف").total == stored


def test_compact_positions_round_trip() -> None:
    from kashshaf.core.search.formats import CompactPositions

    fmt = CompactPositions()
    for positions in ([], [0], [3, 7, 100], [5, 70_000, 70_001], list(range(0, 3000, 3))):
        value = fmt.encode(positions)
        assert fmt.decode_positions(value) == positions
        assert fmt.decode_frequency(value) == len(positions)
    assert fmt.combine([fmt.encode([1, 5]), fmt.encode([3, 5])]) == fmt.encode([1, 3, 5])


def test_an_index_built_through_spilled_runs_equals_one_built_in_memory(
    tmp_path: Path, shared_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The posting pool spills sorted runs to disk past its limit; the
    tuple path of the field writer must write the same index."""
    import kashshaf.core.search.index as index_module

    day = shared_data / "saudinewsnet" / "2015-07-23.zip"
    queries = ["السعودية", '"وزير الخارجية"', "الحوث*", "النفط AND الأسعار"]
    with Workspace(tmp_path / "memory") as w:
        w.import_paths([day])
        expected = [[(h.id, round(h.score, 4)) for h in w.search(q, limit=None, snippets=False).hits] for q in queries]
    from kashshaf.core.search.codec import LeanPostingPool

    spills = []
    original_save = LeanPostingPool.save

    def counting_save(pool: LeanPostingPool) -> None:
        spills.append(pool._count)
        original_save(pool)

    monkeypatch.setattr(LeanPostingPool, "save", counting_save)
    monkeypatch.setattr(index_module, "WRITER_LIMIT_MB", 1)  # spill every ~16k postings
    with Workspace(tmp_path / "spilled") as w:
        w.import_paths([day])
    assert len([n for n in spills if n]) > 10
    with Workspace(tmp_path / "spilled") as w:
        got = [[(h.id, round(h.score, 4)) for h in w.search(q, limit=None, snippets=False).hits] for q in queries]
    assert all(expected)
    assert got == expected
