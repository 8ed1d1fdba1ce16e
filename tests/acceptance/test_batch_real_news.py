"""Batch search on real news: the 200 names the corpus mentions most (as a journalist would paste them),
with outlets, dates, operators and bad lines among them, searched as one list. Each query's documents
are what ``Workspace.search`` counts, its hits (occurrences) what the documents' texts hold, and its
first and last dates, their kinds and its undated documents are read back from the store's file
directly; the CLI's ``batch --json`` gives the same answers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.acceptance.conftest import kashshaf, store_rows

from kashshaf.core.arabic.normalize import normalize_token_ar
from kashshaf.core.arabic.tokenize import words_ar
from kashshaf.core.search.analysis import norm_stems, query_stem
from kashshaf.core.search.batch import BatchResult, read_queries
from kashshaf.core.workspace import Workspace

pytestmark = pytest.mark.slow

EXTRA = [
    "source:عكاظ",
    "مصدر:الرياض date:2015-08-10",
    "وزارة -روسيا",
    "سعود*",
    "الرياض OR جدة",
    '"خادم الحرمين الشريفين"',
    "date:2015-13",
    "source:لاأحد",
    '"قسد',
    "كلمةلاتوجدأبدا",
]


def expected_span(corpus: Path, ids: list[str]) -> tuple[int, str | None, str | None, str | None, str | None, int]:
    """(documents, first, its kind, last, its kind, undated) of ``ids``, from the store's rows themselves."""
    rows: list[tuple[object, ...]] = []
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        marks = ",".join("?" * len(chunk))
        rows += store_rows(
            corpus, f"SELECT coalesce(date, retrieved), date IS NOT NULL FROM documents WHERE id IN ({marks})", *chunk
        )
    dated = [(str(day), bool(published)) for day, published in rows if day is not None]
    if not dated:
        return len(rows), None, None, None, None, len(rows)
    first = min(day for day, _p in dated)
    last = max(day for day, _p in dated)

    def kind(day: str) -> str:
        return "published" if any(p for d, p in dated if d == day) else "retrieved"

    return len(rows), first, kind(first), last, kind(last), len(rows) - len(dated)


@pytest.fixture(scope="module")
def names_file(real_corpus: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    corpus, _data = real_corpus
    with Workspace(corpus, readonly=True) as ws:
        names = [e.name for e in ws.entities.all()[:200]]
    assert len(names) == 200
    path = tmp_path_factory.mktemp("lists") / "names.txt"
    lines = ["# the corpus' most mentioned names, then queries", *names[:100], "", *EXTRA, *names[100:]]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def results(real_corpus: tuple[Path, Path], names_file: Path) -> list[BatchResult]:
    corpus, _data = real_corpus
    with Workspace(corpus, readonly=True) as ws:
        return ws.batch_search(read_queries(names_file))


def test_every_query_counts_as_the_search_and_dates_as_the_store(
    real_corpus: tuple[Path, Path], results: list[BatchResult]
) -> None:
    corpus, _data = real_corpus
    assert len(results) == 210
    with Workspace(corpus, readonly=True) as ws:
        for r in results:
            if not r.ok:
                continue
            ids = ws.matching_ids(r.query)
            documents, first, first_kind, last, last_kind, undated = expected_span(corpus, ids)
            assert r.documents == documents == ws.search(r.query).total, r.query
            assert r.hits is not None
            assert r.hits >= r.documents or r.text.startswith(("source:", "مصدر:")), r.query
            assert (r.first_date, r.first_kind) == (first, first_kind), r.query
            assert (r.last_date, r.last_kind) == (last, last_kind), r.query
            assert r.undated == undated, r.query
    found = [r for r in results if r.documents]
    assert len(found) >= 195  # the corpus' own names: found, but a rare spelling the extractor merged
    kinds = {r.first_kind for r in found} | {r.last_kind for r in found}
    assert kinds == {"published", "retrieved"}  # real news has both, told apart


def test_hits_are_the_occurrences_the_texts_hold(real_corpus: tuple[Path, Path], results: list[BatchResult]) -> None:
    """For the one-word names of the list (those in at most 400 documents): the occurrences the index
    counts are the words of the documents' titles and texts that have the name's stem, and, searched as
    written, the words that are the name."""
    corpus, _data = real_corpus
    words = [r for r in results if r.ok and " " not in r.text and ":" not in r.text and 0 < (r.documents or 0) <= 400]
    assert len(words) >= 20
    with Workspace(corpus, readonly=True) as ws:
        vocabulary = ws.index.vocabulary
        exact = {r.text: r for r in ws.batch_search([r.text for r in words], exact=True)}
        for r in words:
            stem, norm = query_stem(r.text), normalize_token_ar(r.text)
            texts: dict[str, list[str]] = {}
            for doc_id in set(ws.matching_ids(r.text)) | set(ws.matching_ids(r.text, exact=True)):
                doc = ws.document(doc_id)
                assert doc is not None
                texts[doc_id] = [normalize_token_ar(w) for w in words_ar(f"{doc.title}\n{doc.clean_text}", vocabulary)]
            stemmed = sum(stem in norm_stems(w, vocabulary.count) for i in ws.matching_ids(r.text) for w in texts[i])
            as_written = sum(w == norm for i in ws.matching_ids(r.text, exact=True) for w in texts[i])
            assert (r.hits, exact[r.text].hits) == (stemmed, as_written), r.text


def test_bad_lines_say_why_and_the_list_goes_on(results: list[BatchResult]) -> None:
    by_text = {r.text: r for r in results}
    assert by_text["date:2015-13"].error_kind == "date"
    assert by_text["source:لاأحد"].error_kind == "outlet"
    assert by_text['"قسد'].error_kind == "quote"
    assert by_text["كلمةلاتوجدأبدا"].hits == 0
    assert [r for r in results if not r.ok] == [by_text[t] for t in ("date:2015-13", "source:لاأحد", '"قسد')]
    assert results[-1].ok  # the names after the bad lines were searched


def test_names_are_searched_as_phrases(results: list[BatchResult]) -> None:
    names = [r for r in results if r.text not in EXTRA]
    assert len(names) == 200
    for r in names:
        assert r.query == (f'"{r.text}"' if " " in r.text else r.text), r.text
    assert sum(" " in r.text for r in names) > 50


def test_the_cli_gives_the_same_answers(
    real_corpus: tuple[Path, Path], names_file: Path, results: list[BatchResult]
) -> None:
    corpus, data = real_corpus
    rows = json.loads(kashshaf("--corpus", str(corpus), "batch", str(names_file), "--json", data_dir=data).stdout)
    assert rows == [r.as_dict() for r in results]
