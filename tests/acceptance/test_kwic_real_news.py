"""The concordance on real news: SaudiNewsNet articles of two days (../shared/data, skipped only where
it is absent). Every line's keyword is at the offsets it claims and matches the query; a document's
lines are the reader's highlights; sorting by R1 orders the lines by the first word after; the CLI's
``kwic --json`` gives the same lines."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from io import StringIO
from pathlib import Path

import pytest
from tests.conftest import SHARED_DATA, require_shared_data

from kashshaf.cli import main as cli
from kashshaf.core.analysis import Scope
from kashshaf.core.analysis.kwic import DOC, END, START, Concordance, KwicLine, concordance
from kashshaf.core.arabic.clitics import clitic_forms
from kashshaf.core.arabic.normalize import normalize_token_ar
from kashshaf.core.arabic.tokenize import WORD_RE
from kashshaf.core.search.analysis import query_stem, word_stems
from kashshaf.core.workspace import Workspace

pytestmark = pytest.mark.slow

DAYS = ("2015-07-21", "2015-07-22")
ARTICLES_A_DAY = 700
"""the first articles of each day: a corpus of about 1,400 documents, imported in well under a minute"""
WORDS = ("السعودية", "داعش")
PHRASE = '"وزير الخارجية"'


@pytest.fixture(scope="module")
def news(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    require_shared_data()
    folder = tmp_path_factory.mktemp("kwic-news")
    for day in DAYS:
        with zipfile.ZipFile(SHARED_DATA / "saudinewsnet" / f"{day}.zip") as z:
            records = json.loads(z.read(z.namelist()[0]))
        (folder / f"{day}.json").write_text(json.dumps(records[:ARTICLES_A_DAY], ensure_ascii=False), "utf-8")
    ws = Workspace(tmp_path_factory.mktemp("kwic-corpus") / "corpus")
    ws.import_paths([folder])
    yield ws
    ws.close()


def lines_of(ws: Workspace, conc: Concordance, order: list[int] | None = None) -> list[KwicLine]:
    return conc.lines(ws, range(len(conc)) if order is None else order)


def _norm_words(text: str) -> list[str]:
    return [normalize_token_ar(w) for w in WORD_RE.findall(text)]


@pytest.mark.parametrize("word", WORDS)
def test_every_keyword_is_at_its_offsets_and_matches_the_word(news: Workspace, word: str) -> None:
    conc = concordance(news, Scope(word))
    lines = lines_of(news, conc)
    assert len(lines) > 100
    stem = query_stem(word)
    count = news.index.vocabulary.count
    for line in lines:
        doc = news.document(line.doc_id)
        assert doc is not None
        assert doc.clean_text[line.start : line.end] == line.keyword
        assert stem in word_stems(line.keyword, count), line.keyword
    # the clitic forms count, as the search finds them (بالسعودية for السعودية)
    forms = {normalize_token_ar(line.keyword) for line in lines}
    assert any(f != normalize_token_ar(word) and normalize_token_ar(word) in f for f in forms)


def test_a_phrase_is_one_keyword_of_its_words(news: Workspace) -> None:
    conc = concordance(news, Scope(PHRASE))
    lines = lines_of(news, conc)
    assert len(lines) > 20
    minister, foreign = _norm_words(PHRASE)
    count = news.index.vocabulary.count
    for line in lines:
        doc = news.document(line.doc_id)
        assert doc is not None
        assert doc.clean_text[line.start : line.end] == line.keyword
        first, second = _norm_words(line.keyword)
        assert minister in (first, *clitic_forms(first, count))
        assert foreign in (second, *clitic_forms(second, count))
    assert any(_norm_words(line.keyword)[0] != minister for line in lines)  # لوزير, ووزير


@pytest.mark.parametrize("query", [*WORDS, PHRASE])
def test_lines_are_the_highlights_the_reader_shows(news: Workspace, query: str) -> None:
    conc = concordance(news, Scope(query))
    spans: dict[str, list[tuple[int, int]]] = {}
    for o in conc.occurrences:
        spans.setdefault(conc.doc_ids[o[DOC]], []).append((o[START], o[END]))
    matching = news.matching_ids(query)
    assert set(spans) <= set(matching)
    for doc_id in matching:
        highlights = news.highlights(doc_id, query)
        mine = spans.get(doc_id, [])
        if query.startswith('"'):  # a phrase: its two highlighted words are one line
            assert len(mine) * 2 == len(highlights)
            assert all(any(s <= h[0] and h[1] <= e for s, e in mine) for h in highlights)
        else:
            assert mine == highlights


def test_sorting_by_r1_orders_the_lines_by_the_first_word_after(news: Workspace) -> None:
    conc = concordance(news, Scope("داعش"))
    order = conc.order("R1")
    firsts = []
    for line in lines_of(news, conc, order):
        after = _norm_words(line.after)
        firsts.append(after[0] if after else "\U0010ffff")
    assert firsts == sorted(firsts)
    assert len(set(firsts)) > 30
    # alef and hamza variants sort together: the normalised key, not the letters as written
    assert "ان" in firsts
    assert not any(c in "أإآة" for f in firsts for c in f)


def test_an_entitys_mentions(news: Workspace) -> None:
    entity = max(news.entities.all(), key=lambda e: e.mentions)
    conc = concordance(news, Scope("", entity.id))
    lines = lines_of(news, conc)
    assert len(lines) == entity.mentions
    for line in lines:
        assert news.document(line.doc_id).clean_text[line.start : line.end] == line.keyword  # type: ignore[union-attr]


def test_the_cli_json(news: Workspace) -> None:
    out = StringIO()
    code = cli(
        ["--corpus", str(news.corpus_dir), "kwic", "داعش", "--json", "--sort", "R1", "--width", "40", "--limit", "0"],
        out=out,
    )
    assert code == 0
    data = json.loads(out.getvalue())
    conc = concordance(news, Scope("داعش"), width=40)
    assert data["lines_total"] == len(conc) == len(data["lines"])
    assert data["documents"] == len(news.matching_ids("داعش"))
    expected = lines_of(news, conc, conc.order("R1"))
    assert [(x["doc_id"], x["start"], x["end"]) for x in data["lines"]] == [
        (line.doc_id, line.start, line.end) for line in expected
    ]
    for x in data["lines"][:50]:
        assert set(x) >= {
            "doc_id",
            "start",
            "end",
            "keyword",
            "before",
            "after",
            "title",
            "outlet",
            "date",
            "date_kind",
        }
        assert len(x["before"]) <= 40
        assert len(x["after"]) <= 40
    limited = StringIO()
    assert cli(["--corpus", str(news.corpus_dir), "kwic", "داعش", "--json", "--limit", "7"], out=limited) == 0
    assert len(json.loads(limited.getvalue())["lines"]) == 7
    text = StringIO()
    assert cli(["--corpus", str(news.corpus_dir), "kwic", PHRASE, "--limit", "3"], out=text) == 0
    printed = text.getvalue().splitlines()
    assert printed[0].startswith(f"{len(concordance(news, Scope(PHRASE))):,} lines of")
    assert len(printed) == 4
    assert all("[" in p and "]" in p for p in printed[1:])


def test_the_cli_says_what_is_missing(news: Workspace, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(["--corpus", str(news.corpus_dir), "kwic", "--json"], out=StringIO()) == 2
    assert cli(["--corpus", str(news.corpus_dir), "kwic", "--entity", "لا أحد بهذا الاسم"], out=StringIO()) == 3
    assert cli(["--corpus", str(Path(news.corpus_dir)), "kwic", '"مفتوح'], out=StringIO()) == 2
    assert "invalid query" in capsys.readouterr().err
