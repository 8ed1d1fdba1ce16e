"""The concordance on the seeds corpus: each line's keyword where it says, exactly the reader's
highlights (a phrase one keyword, a word split by a space one keyword), the context cut at word
boundaries, the sort keys, an entity's mentions, the CSV and the bidi isolates of Latin runs."""

from __future__ import annotations

import csv
import io
import itertools

import pytest

from kashshaf.core.analysis import Scope
from kashshaf.core.analysis.kwic import (
    CSV_COLUMNS,
    DOC,
    KEYS,
    START,
    Concordance,
    KwicBuilder,
    concordance,
    first_page,
    isolate_latin,
    to_csv,
)
from kashshaf.core.arabic.normalize import normalize_token_ar
from kashshaf.core.arabic.tokenize import WORD_RE
from kashshaf.core.bidi import LRI, PDI, strip_isolates
from kashshaf.core.workspace import Workspace


def all_lines(ws: Workspace, conc: Concordance, order: list[int] | None = None):  # type: ignore[no-untyped-def]
    return conc.lines(ws, range(len(conc)) if order is None else order)


@pytest.mark.parametrize("query", ["روسيا", "داعش", "الإدارة", '"قوات سوريا الديمقراطية"', "سوري*"])
def test_every_keyword_is_at_its_offsets_and_lines_are_the_readers_highlights(
    seeds_corpus: Workspace, query: str
) -> None:
    ws = seeds_corpus
    conc = concordance(ws, Scope(query))
    assert conc.complete
    assert len(conc) > 0
    lines = all_lines(ws, conc)
    by_doc: dict[str, list[tuple[int, int]]] = {}
    for line in lines:
        doc = ws.document(line.doc_id)
        assert doc is not None
        assert line.keyword == doc.clean_text[line.start : line.end]
        assert strip_isolates(line.keyword) == line.keyword
        by_doc.setdefault(line.doc_id, []).append((line.start, line.end))
    # every document of the result set, and in each, the reader's highlights, each in one line
    assert set(by_doc) == set(ws.matching_ids(query)) - {
        d for d in ws.matching_ids(query) if not ws.highlights(d, query)
    }
    for doc_id, spans in by_doc.items():
        highlights = ws.highlights(doc_id, query)
        covered = [h for h in highlights if any(s <= h[0] and h[1] <= e for s, e in spans)]
        assert covered == highlights
        if not query.startswith('"'):
            assert spans == highlights  # a word is a line of its own
        else:
            assert len(spans) * 3 == len(highlights)  # three words, one keyword


def test_a_phrase_is_one_keyword_and_a_split_word_is_whole(seeds_corpus: Workspace) -> None:
    ws = seeds_corpus
    lines = all_lines(ws, conc := concordance(ws, Scope('"قوات سوريا الديمقراطية"')))
    assert len(conc) == 9
    for line in lines:  # the three words together, the first with or without a clitic (لقوات، وقوات)
        first, *rest = _words(line.keyword)
        assert rest == _words("سوريا الديمقراطية")
        assert first.endswith("قوات")
        assert len(first) <= 5
    assert any(_words(line.keyword)[0] != "قوات" for line in lines)
    daesh = {line.keyword for line in all_lines(ws, concordance(ws, Scope("داعش")))}
    assert "داع ش" in daesh  # the reader highlights it whole, so the concordance keeps it whole
    assert any("ـ.ـ" in k for k in daesh)


def test_context_is_cut_at_word_boundaries_within_the_width(seeds_corpus: Workspace) -> None:
    ws = seeds_corpus
    for width in (20, 60):
        conc = concordance(ws, Scope("روسيا"), width=width)
        for line in all_lines(ws, conc):
            text = ws.document(line.doc_id).clean_text  # type: ignore[union-attr]
            a, b = line.context_start, line.context_end
            assert a <= line.start
            assert line.end <= b
            assert line.start - a <= width
            assert b - line.end <= width
            assert a == 0 or text[a - 1].isspace()  # a word's beginning
            assert b == len(text) or text[b].isspace()  # a word's end
            assert line.before == " ".join(text[a : line.start].split())
            assert line.after == " ".join(text[line.end : b].split())


def _words(text: str) -> list[str]:
    return [normalize_token_ar(w) for w in WORD_RE.findall(text)]


@pytest.mark.parametrize("sort", ["R1", "L1", "R2"])
def test_sorting_orders_lines_by_the_word_at_that_place(seeds_corpus: Workspace, sort: str) -> None:
    ws = seeds_corpus
    conc = concordance(ws, Scope("سوريا"), width=80)
    order = conc.order(sort)
    assert sorted(order) == list(range(len(conc)))
    k = int(sort[1])
    keys = []
    for line in all_lines(ws, conc, order):
        words = _words(line.after) if sort[0] == "R" else _words(line.before)[::-1]
        keys.append(words[k - 1] if len(words) >= k else "\U0010ffff")
    assert keys == sorted(keys)
    assert len(set(keys)) > 3


def test_sort_keys_are_normalised(seeds_corpus: Workspace) -> None:
    ws = seeds_corpus
    conc = concordance(ws, Scope("روسيا"))
    for occ, line in zip(conc.occurrences, all_lines(ws, conc), strict=True):
        after = _words(line.after)
        assert occ[KEYS][3] == (after[0] if after else "")
        assert "أ" not in "".join(occ[KEYS])
        assert "ة" not in "".join(occ[KEYS])


def test_the_filter_keeps_lines_whose_context_has_the_word(seeds_corpus: Workspace) -> None:
    ws = seeds_corpus
    conc = concordance(ws, Scope("روسيا"), width=60)
    kept = conc.arrange(ws, None, "الأسد")
    assert 0 < len(kept) < len(conc)
    for i in range(len(conc)):
        (line,) = conc.lines(ws, [i])
        has = "الاسد" in {w for w in _words(f"{line.before} {line.after}")} | {
            w[1:] for w in _words(f"{line.before} {line.after}") if w.startswith(("و", "ب", "ل"))
        }
        assert (i in kept) == has, line


def test_an_entitys_mentions_without_a_query(seeds_corpus: Workspace) -> None:
    ws = seeds_corpus
    entity = next(e for e in ws.entities.all() if e.name == "قوات سوريا الديمقراطية")
    conc = concordance(ws, Scope("", entity.id))
    assert conc.mode == "entity"
    expected = sorted(
        (m.doc_id, m.start, m.end)
        for d in ws.matching_ids("", entity.id)
        for m in ws.entities.mentions(d)
        if m.entity_id == entity.id
    )
    lines = all_lines(ws, conc)
    assert sorted((line.doc_id, line.start, line.end) for line in lines) == expected
    assert len(lines) == entity.mentions
    for line in lines:
        assert line.keyword == ws.document(line.doc_id).clean_text[line.start : line.end]  # type: ignore[union-attr]


def test_nothing_to_look_for_without_words_or_entity(seeds_corpus: Workspace) -> None:
    conc = concordance(seeds_corpus, Scope(""))
    assert conc.mode == "none"
    assert conc.complete
    assert len(conc) == 0


def test_the_first_page_then_the_rest_read_each_document_once(seeds_corpus: Workspace) -> None:
    ws = seeds_corpus
    whole = concordance(ws, Scope("سوريا"))
    builder = first_page(ws, Scope("سوريا"), lines=5)
    assert 5 <= len(builder.conc) < len(whole)
    assert not builder.done
    while not builder.step(lines=3):
        pass
    assert [o[START:KEYS] for o in builder.conc.occurrences] == [o[START:KEYS] for o in whole.occurrences]
    assert builder.conc.doc_ids == whole.doc_ids
    assert builder.conc.read == whole.documents


def test_a_cancelled_builder_stops(seeds_corpus: Workspace) -> None:
    builder = KwicBuilder(seeds_corpus, Scope("سوريا"))
    assert builder.step(cancelled=lambda: True) is False
    assert len(builder.conc) == 0


def test_csv_has_a_bom_the_columns_and_every_line(seeds_corpus: Workspace) -> None:
    ws = seeds_corpus
    conc = concordance(ws, Scope("روسيا"))
    text = to_csv(all_lines(ws, conc), "en")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text[1:])))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == len(conc) + 1
    first = conc.lines(ws, [0])[0]
    assert rows[1][0] == first.doc_id
    assert rows[1][6] == first.keyword
    assert rows[1][5] == first.before
    assert rows[1][7] == first.after
    assert (int(rows[1][8]), int(rows[1][9])) == (first.start, first.end)


def test_latin_runs_are_left_to_right_isolates() -> None:
    assert isolate_latin("قال Barack Obama إن") == f"قال {LRI}Barack Obama{PDI} إن"
    assert isolate_latin("حسابه @F_mtr ، وأرحب") == f"حسابه {LRI}@F_mtr{PDI} ، وأرحب"
    assert isolate_latin("الموقع https://example.com/a/b.") == f"الموقع {LRI}https://example.com/a/b{PDI}."
    assert isolate_latin("تطبيق Who Unfollowed Me، يقوم") == f"تطبيق {LRI}Who Unfollowed Me{PDI}، يقوم"
    assert isolate_latin("عام 2015 فقط") == "عام 2015 فقط"  # numbers alone need nothing
    assert isolate_latin("شبكة CNN.") == f"شبكة {LRI}CNN{PDI}."


def test_by_date_the_newest_documents_first(seeds_corpus: Workspace) -> None:
    ws = seeds_corpus
    conc = concordance(ws, Scope("سوريا"))
    order = conc.order("date")
    dates = [conc.dates[conc.occurrences[i][DOC]] or "" for i in order]
    assert dates == sorted(dates, reverse=True)
    assert len(set(dates)) > 1
    # a document's lines stay in text order
    for a, b in itertools.pairwise(order):
        if conc.occurrences[a][DOC] == conc.occurrences[b][DOC]:
            assert conc.occurrences[a][START] < conc.occurrences[b][START]


def test_release_frees_every_line_in_blocks() -> None:
    from kashshaf.core.analysis import kwic as kwic_module

    conc = kwic_module.Concordance(Scope("x"))
    conc.occurrences.extend((0, i, i + 1, ("",) * 6, ()) for i in range(3 * kwic_module.RELEASE_BLOCK + 5))
    conc.doc_ids.append("d")
    conc.dates.append(None)
    conc.release()
    assert conc.occurrences == []
    assert conc.doc_ids == []
    assert conc.complete
