"""Batch search: reading a list (text, CSV, encodings, the reasons a file cannot be read) and each
query's documents, occurrences and dates on the seeds, checked against ``Workspace.search``, the
documents' own texts and the store."""

from __future__ import annotations

import codecs
import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

from kashshaf.core.arabic.normalize import normalize_token_ar
from kashshaf.core.arabic.tokenize import WORD_RE
from kashshaf.core.export import batch_to_csv
from kashshaf.core.search.analysis import norm_stems, query_stem
from kashshaf.core.search.batch import (
    BatchInputError,
    as_query,
    batch_query,
    queries_from_bytes,
    read_queries,
)
from kashshaf.core.workspace import Workspace

# --- reading a list ------------------------------------------------------------


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def texts(path: Path) -> list[str]:
    return [q.text for q in read_queries(path)]


def test_a_text_file_is_one_query_a_line(tmp_path: Path) -> None:
    path = write(tmp_path, "names.txt", "# people\nمحمد بن سلمان\n\n   عادل الجبير  \n#ignored\nداعش\r\nsource:عكاظ\n")
    queries = read_queries(path)
    assert [q.text for q in queries] == ["محمد بن سلمان", "عادل الجبير", "داعش", "source:عكاظ"]
    assert [q.line for q in queries] == [2, 4, 6, 7]  # the file's own line numbers, for messages
    assert [q.query for q in queries] == ['"محمد بن سلمان"', '"عادل الجبير"', "داعش", "source:عكاظ"]


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE), ("cp1256", b"")],
)
def test_encodings_and_byte_order_marks(tmp_path: Path, encoding: str, bom: bytes) -> None:
    path = write(tmp_path, "names.txt", bom + "الرياض\nعادل الجبير\n".encode(encoding))
    assert texts(path) == ["الرياض", "عادل الجبير"]


def test_a_csv_file_gives_its_first_column_or_the_named_one(tmp_path: Path) -> None:
    plain = write(tmp_path, "plain.csv", 'الرياض,12\n"عادل الجبير",3\n,\nداعش\n')
    assert texts(plain) == ["الرياض", "عادل الجبير", "داعش"]
    named = write(tmp_path, "named.csv", codecs.BOM_UTF8 + "id,Name,note\n1,الرياض,x\n2,جدة,y\n".encode())
    queries = read_queries(named)
    assert [q.text for q in queries] == ["الرياض", "جدة"]
    assert [q.line for q in queries] == [2, 3]
    arabic = write(tmp_path, "arabic.csv", "رقم;الاستعلام\n1;الرياض\n2;source:عكاظ\n")  # Excel's ; in many locales
    assert texts(arabic) == ["الرياض", "source:عكاظ"]
    quoted = write(tmp_path, "quoted.csv", 'query\n"""محمد بن سلمان"" OR الجبير"\n')
    assert [q.query for q in read_queries(quoted)] == ['"محمد بن سلمان" OR الجبير']


def test_a_spreadsheet_saved_as_text_gives_its_first_cell(tmp_path: Path) -> None:
    path = write(tmp_path, "names.txt", codecs.BOM_UTF16_LE + "الرياض\t12\nجدة\t3\n".encode("utf-16-le"))
    assert texts(path) == ["الرياض", "جدة"]


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "the file is empty"),
        ("blank.txt", b"\n\n  \n", "the file is empty"),
        ("comments.txt", b"# only a comment\n\n#another\n", "no queries in the file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00" * 20, "binary data"),
        ("latin.txt", "café crème brûlée\n".encode("latin-1"), "not valid UTF-8"),
        ("names.xlsx", b"PK\x03\x04", "save the list as CSV (UTF-8)"),
    ],
)
def test_an_unreadable_list_is_named_with_the_reason(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = write(tmp_path, name, data)
    with pytest.raises(BatchInputError) as caught:
        read_queries(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert reason in str(caught.value)
    assert caught.value.code  # worded again in the window's language from its code


def test_a_missing_file_or_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(BatchInputError, match="no such file"):
        read_queries(tmp_path / "nothing.txt")
    with pytest.raises(BatchInputError, match="a folder, not a list"):
        read_queries(tmp_path)


def test_too_many_queries_are_refused() -> None:
    data = "\n".join(f"كلمة{i}" for i in range(10_001)).encode()
    with pytest.raises(BatchInputError, match="10001 queries"):
        queries_from_bytes(data, "huge.txt")


def test_names_are_phrases_and_queries_stay_as_written() -> None:
    assert as_query("محمد  بن سلمان") == '"محمد بن سلمان"'
    assert as_query("الرياض") == "الرياض"
    for query in (
        '"محمد بن سلمان"',
        "روسيا OR تركيا",
        "روسيا أو تركيا",
        "وزارة -روسيا",
        "source:عكاظ",
        "تاريخ:2015-08",
        "(روسيا قسد)",
        "سعود*",
        "NOT روسيا",
        "ليس روسيا",
    ):
        assert as_query(query) == query, query
    assert as_query("محمد بن سلمان", as_written=True) == "محمد بن سلمان"
    assert batch_query("عبد الله", 3) == batch_query("عبد   الله", 3)


# --- searching a list ------------------------------------------------------------


def store_dates(ws: Workspace, ids: list[str]) -> list[tuple[str | None, bool]]:
    """(shown date, is a publication date) of ``ids``, read from the store's file directly."""
    db = sqlite3.connect(f"file:{ws.store.path}?mode=ro", uri=True)
    try:
        marks = ",".join("?" * len(ids))
        rows = db.execute(
            f"SELECT coalesce(date, retrieved), date IS NOT NULL FROM documents WHERE id IN ({marks})", ids
        )
        return [(r[0], bool(r[1])) for r in rows]
    finally:
        db.close()


def check_against_search(ws: Workspace, result_query: str, hits: int | None, documents: int | None) -> None:
    assert documents == ws.search(result_query).total, result_query
    assert hits is not None
    assert documents is not None
    if result_query.startswith(("source:", "date:")):
        assert hits == 0, result_query  # a filter alone: no words to count
    else:
        assert hits >= documents, result_query  # each document has its words once at least


LIST = [
    "داعش",
    "قسد",
    "الإدارة الذاتية",
    "روسيا OR تركيا",
    "date:2015-13",
    "source:سوشال",
    '"قسد',
    "كلمةلاتوجد",
    "entity:لاأحد",
    "روس*",
    "وزارة -روسيا",
]


def test_each_query_counts_as_the_search_does_and_dates_come_from_the_store(seeds_corpus: Workspace) -> None:
    results = seeds_corpus.batch_search(LIST)
    assert [r.text for r in results] == LIST
    assert [r.item.line for r in results] == list(range(1, len(LIST) + 1))
    for r in results:
        if not r.ok:
            continue
        check_against_search(seeds_corpus, r.query, r.hits, r.documents)
        dates = store_dates(seeds_corpus, seeds_corpus.matching_ids(r.query))
        dated = sorted(d for d in dates if d[0])
        assert r.undated == len(dates) - len(dated), r.query
        assert r.first_date == (dated[0][0] if dated else None), r.query
        assert r.last_date == (dated[-1][0] if dated else None), r.query
        if dated:
            assert r.first_kind == ("published" if dated[0][1] else "retrieved")
    by_text = {r.text: r for r in results}
    assert by_text["داعش"].documents == 2
    assert by_text["داعش"].hits == 11  # two documents, eleven times (داعش, داعـ.ـش, داع ش…)
    assert by_text["الإدارة الذاتية"].query == '"الإدارة الذاتية"'  # a name: a phrase
    assert by_text["كلمةلاتوجد"].hits == 0
    assert by_text["كلمةلاتوجد"].first_date is None
    assert by_text["قسد"].first_date == "2021-02-13T08:34"
    assert by_text["قسد"].last_date == "2022-11-12"
    assert by_text["قسد"].undated == 3  # three seeds have no date at all


def body_words(ws: Workspace, doc_id: str) -> list[str]:
    """The normalised words of a document's title and text (the body fields index both), read from its
    text with a plain word pattern: no index involved."""
    doc = ws.document(doc_id)
    assert doc is not None
    return [normalize_token_ar(w) for w in WORD_RE.findall(f"{doc.title}\n{doc.clean_text}")]


@pytest.mark.parametrize("word", ["روسيا", "الأسد", "المفاوضات", "الإدارة", "الروسي"])
def test_hits_are_the_occurrences_counted_in_the_documents_texts(seeds_corpus: Workspace, word: str) -> None:
    """A word's hits are how many times it occurs in its documents: written as it is (exact), or any word
    with its stem (the stemmed body counts each word once, with its clitic-free forms)."""
    norm, stem = normalize_token_ar(word), query_stem(word)
    count = seeds_corpus.index.vocabulary.count
    (stemmed,) = seeds_corpus.batch_search([word])
    (exact,) = seeds_corpus.batch_search([word], exact=True)
    as_stem = sum(
        stem in norm_stems(w, count) for i in seeds_corpus.matching_ids(word) for w in body_words(seeds_corpus, i)
    )
    as_written = sum(
        w == norm for i in seeds_corpus.matching_ids(word, exact=True) for w in body_words(seeds_corpus, i)
    )
    assert (stemmed.hits, exact.hits) == (as_stem, as_written)
    assert stemmed.hits > stemmed.documents > 0  # a hit is an occurrence, not a document
    assert exact.documents == seeds_corpus.search(word, exact=True).total


def test_occurrences_of_phrases_alternatives_and_negations(seeds_corpus: Workspace) -> None:
    phrase = ["الاداره", "الذاتيه"]
    expected = 0
    for i in seeds_corpus.matching_ids('="الإدارة الذاتية"'):
        words = body_words(seeds_corpus, i)
        expected += sum(words[k : k + 2] == phrase for k in range(len(words) - 1))
    (exact_phrase,) = seeds_corpus.batch_search(['="الإدارة الذاتية"'])
    assert exact_phrase.hits == expected > exact_phrase.documents
    (russia, turkey, either, without) = seeds_corpus.batch_search(
        ["=روسيا", "=تركيا", "=روسيا OR =تركيا", "=روسيا NOT =تركيا"]
    )
    assert either.hits == (russia.hits or 0) + (turkey.hits or 0)  # every document of each is in the union
    only = set(seeds_corpus.matching_ids("=روسيا -=تركيا"))
    assert without.hits == sum(w == "روسيا" for i in only for w in body_words(seeds_corpus, i))
    (twice,) = seeds_corpus.batch_search(["روسيا OR روسيا"])
    assert twice.hits == seeds_corpus.batch_search(["روسيا"])[0].hits  # a word given twice counts once
    (dated,) = seeds_corpus.batch_search(["source:سوشال"])
    assert (dated.hits, dated.documents) == (0, 1)  # a filter alone has no words to count


def test_a_bad_line_is_reported_and_the_list_goes_on(seeds_corpus: Workspace) -> None:
    results = {r.text: r for r in seeds_corpus.batch_search(LIST)}
    assert results["date:2015-13"].error_kind == "date"
    assert "not a date" in (results["date:2015-13"].error or "")
    assert results['"قسد'].error_kind == "quote"
    assert results["entity:لاأحد"].error_kind == "entity"
    for r in results.values():
        assert (r.hits is None) == (not r.ok)
    assert results["روس*"].ok
    assert results["وزارة -روسيا"].ok


def test_progress_and_cancel(seeds_corpus: Workspace) -> None:
    seen: list[tuple[int, int]] = []
    results = seeds_corpus.batch_search(LIST, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(n, len(LIST)) for n in range(1, len(LIST) + 1)]
    assert len(results) == len(LIST)
    stop_after = 3
    partial = seeds_corpus.batch_search(
        LIST, cancelled=lambda: len(seen) >= len(LIST) + stop_after, progress=lambda d, t: seen.append((d, t))
    )
    assert [r.text for r in partial] == LIST[:stop_after]  # what was done before the cancel is kept


def test_publication_and_retrieval_dates_are_told_apart(tmp_path: Path) -> None:
    articles = [
        {"source": "okaz", "url": "https://www.okaz.com.sa/news/2015/07/20/1", "date_extracted": "2015-07-22 10:00:00",
         "title": "الأول", "content": "وزير الخارجية عادل الجبير يلتقي نظيره في الرياض اليوم لبحث العلاقات."},
        {"source": "sabq", "url": "https://sabq.org/x", "date_extracted": "2015-07-19 08:00:00",
         "title": "الثاني", "content": "التقى عادل الجبير وزير الخارجية السفراء في جدة أمس وناقش القضايا."},
        {"source": "sabq", "url": "https://sabq.org/y", "date_extracted": "2015-07-25 09:30:00",
         "title": "الثالث", "content": "قال عادل الجبير إن المملكة ماضية في دعم الاستقرار في المنطقة كلها."},
    ]  # fmt: skip
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "news.json").write_text(json.dumps(articles, ensure_ascii=False), encoding="utf-8")
    with Workspace(tmp_path / "corpus") as ws:
        assert len(ws.import_paths([folder]).imported) == 3
        (r,) = ws.batch_search(["عادل الجبير"])
        rows = ws.rows(ws.matching_ids(r.query))
        shown = sorted((row.date, row.date_kind) for row in rows.values() if row.date)
        assert r.hits == r.documents == 3
        assert (r.first_date, r.first_kind) == shown[0]
        assert (r.last_date, r.last_kind) == shown[-1]
        assert {kind for _d, kind in shown} == {"published", "retrieved"}  # the url's date, and crawl times
        assert r.undated == 0


def test_csv_of_the_results(seeds_corpus: Workspace) -> None:
    results = seeds_corpus.batch_search(["قسد", "date:2015-13", "=1+1"])
    data = batch_to_csv(results)
    assert data.startswith(codecs.BOM_UTF8)
    header, *rows = csv.reader(io.StringIO(data.decode("utf-8-sig")))
    assert header == [
        "line", "text", "query", "hits", "documents", "first_date", "first_date_kind",
        "last_date", "last_date_kind", "undated", "error",
    ]  # fmt: skip
    assert rows[0][:5] == ["1", "قسد", "قسد", "28", "5"]  # قسد: 28 times in 5 documents
    assert rows[0][5:] == ["2021-02-13T08:34", "published", "2022-11-12", "published", "3", ""]
    assert rows[1][:10] == ["2", "date:2015-13", "date:2015-13", "", "", "", "", "", "", ""]
    assert rows[1][10].startswith("«2015-13» is not a date")
    assert rows[2][1:3] == ["'=1+1", "'=1+1"]  # a spreadsheet will not run it


def test_a_query_that_finds_nothing_offers_the_corpus_spelling(seeds_corpus: Workspace) -> None:
    misspelt, found = seeds_corpus.batch_search(["المفاوضاتت", "قسد"])
    assert misspelt.documents == 0
    assert misspelt.suggestion == seeds_corpus.search("المفاوضاتت").suggestion == "المفاوضات"
    assert misspelt.as_dict()["suggestion"] == "المفاوضات"
    assert found.documents
    assert found.suggestion is None
