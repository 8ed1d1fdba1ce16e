"""The Kashshaf codec, posting pool and fast queries against stock whoosh.

The same documents go, through the same schema (same analyzers, same fused
index path), into two indexes: one written as the app writes it
(:class:`LeanSegmentWriter`, :class:`KashshafCodec`, a pool that spills runs
in one batch), one by whoosh's own ``SegmentWriter`` with its stock
``W3Codec``. Both get the same commits (two segments, deletions). Then every
term of every field must have the same statistics and postings (documents,
weights, values, positions), and every query kind the same hits, ranking,
scores and counts; the Kashshaf query classes (``FastPhrase``,
``FastPrefix``) must also find what whoosh's own ``Phrase``/``Prefix`` find.

Two corpora, neither needing ../shared: the seeds (each whole and each
paragraph as a document) and a generated one (deterministic random
Arabic-like and Latin words, Zipf-distributed, with repeated passages, and
one very long document so that positions need 4 bytes).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import SEED_FILES
from whoosh import index as whoosh_index
from whoosh import query as wq
from whoosh.codec.whoosh3 import W3Codec
from whoosh.index import FileIndex
from whoosh.writing import SegmentWriter

from kashshaf.core.search.codec import KashshafCodec
from kashshaf.core.search.counting import count
from kashshaf.core.search.phrase import FastPhrase, phrase_docnums
from kashshaf.core.search.prefix import FastPrefix
from kashshaf.core.search.query import make_parser, parse_query
from kashshaf.core.search.ranking import ranked
from kashshaf.core.search.schema import build_schema
from kashshaf.core.search.writers import LeanSegmentWriter

Doc = dict[str, Any]

# --- the corpora -------------------------------------------------------------

_LETTERS = "ابتثجحخدذرسشصضطعغفقكلمنهوي"
_PREFIXES = ["", "", "", "ال", "و", "وال", "ب", "بال", "ل"]
_SUFFIXES = ["", "", "", "ات", "ون", "ين", "ها", "ة"]
_STOPS = ["في", "من", "على", "إلى", "عن", "مع"]


def generated_docs(count: int = 2000, seed: int = 20150723) -> list[Doc]:
    rng = random.Random(seed)
    stems = sorted({"".join(rng.choice(_LETTERS) for _ in range(rng.randint(3, 5))) for _ in range(700)})
    latin = sorted({"".join(rng.choice("abcdefghiklmnoprstuz") for _ in range(rng.randint(3, 7))) for _ in range(120)})
    vocab = [rng.choice(_PREFIXES) + s + rng.choice(_SUFFIXES) for s in stems] + latin + _STOPS
    rng.shuffle(vocab)
    weights = [1.0 / (rank + 1) for rank in range(len(vocab))]  # Zipf: a few words in most documents
    passages = [" ".join(rng.choices(vocab, weights, k=rng.randint(3, 8))) for _ in range(40)]
    start = datetime(2015, 7, 1)
    docs = []
    for n in range(count):
        words = rng.choices(vocab, weights, k=rng.randint(5, 160))
        if n % 7 == 0:  # a passage repeated inside the document
            passage = rng.choice(passages)
            for _ in range(rng.randint(2, 4)):
                at = rng.randint(0, len(words))
                words[at:at] = passage.split()
        body = " ".join(words)
        if n % 11 == 0:
            body += " " + rng.choice(passages)
        docs.append(_doc(n, " ".join(rng.choices(vocab, weights, k=rng.randint(2, 9))), body, start, rng))
    long_words = [*rng.choices(vocab, weights, k=66_000), "آخرالكلام", "xlast"]  # positions past 65535
    docs.append(_doc(count, "نص طويل جدا", " ".join(long_words), start, rng))
    return docs


def _doc(n: int, title: str, body: str, start: datetime, rng: random.Random) -> Doc:
    doc: Doc = {"id": f"g{n:05d}", "title": title, "body": body, "body_exact": body}
    doc["outlet"] = f"o{n % 5}"
    doc["date"] = start + timedelta(hours=7 * n)
    if n % 3:
        doc["entity"] = " ".join(sorted({f"e{rng.randint(0, 30)}" for _ in range(rng.randint(1, 3))}))
    return doc


def seed_docs() -> list[Doc]:
    docs: list[Doc] = []
    start = datetime(2025, 5, 1)
    rng = random.Random(5)
    for path in SEED_FILES:
        text = path.read_text(encoding="utf-8")
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        docs.append(_doc(len(docs), lines[0], text, start, rng))
        for line in lines[1:]:
            docs.append(_doc(len(docs), lines[0], line, start, rng))
    return docs


# --- the two indexes ---------------------------------------------------------


def _writer(ix: FileIndex, kashshaf: bool, spill: bool = False) -> Any:
    if not kashshaf:
        return SegmentWriter(ix, codec=W3Codec(), compound=False)
    writer = LeanSegmentWriter(ix, limitmb=128, codec=KashshafCodec(), compound=False)
    if spill:
        writer.pool.maxitems = 3000  # spill sorted runs to disk, merged by whoosh
    return writer


def build(folder: Path, docs: list[Doc], kashshaf: bool) -> FileIndex:
    folder.mkdir(parents=True)
    ix = whoosh_index.create_in(str(folder), build_schema())
    half = len(docs) // 2
    writer = _writer(ix, kashshaf)
    for doc in docs[:half]:
        writer.add_document(**doc)
    writer.commit()
    writer = _writer(ix, kashshaf, spill=True)
    for doc in docs[half:]:
        writer.add_document(**doc)
    writer.commit(merge=False)
    writer = _writer(ix, kashshaf)
    for doc in docs[3::97]:  # deletions in both segments
        writer.delete_by_term("id", doc["id"])
    writer.update_document(**{**docs[1], "title": docs[1]["title"] + " محدث"})  # a replaced document
    writer.commit(merge=False)
    return ix


@dataclass
class Pair:
    name: str
    docs: list[Doc]
    kashshaf: FileIndex
    stock: FileIndex


@pytest.fixture(scope="module", params=["seeds", "generated"])
def pair(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Pair:
    docs = seed_docs() if request.param == "seeds" else generated_docs()
    folder = tmp_path_factory.mktemp(f"codec-{request.param}")
    return Pair(request.param, docs, build(folder / "kashshaf", docs, True), build(folder / "stock", docs, False))


# --- every term --------------------------------------------------------------


def _postings(reader: Any, fieldname: str, btext: bytes) -> list[tuple[Any, ...]]:
    fmt = reader.schema[fieldname].format
    out = []
    m = reader.postings(fieldname, btext)
    while m.is_active():
        # a field without values (id, date, …): whoosh's block matcher says None, the
        # matcher of a posting list inlined in the term table (Kashshaf's codec) says ""
        value = m.value() or None
        row: tuple[Any, ...] = (m.id(), m.weight(), value)
        if value and fmt.supports("positions"):
            row += (m.value_as("positions"),)
        elif value and fmt.supports("frequency"):
            row += (m.value_as("frequency"),)
        out.append(row)
        m.next()
    return out


def _term_stats(reader: Any, fieldname: str, btext: bytes) -> tuple[Any, ...]:
    ti = reader.term_info(fieldname, btext)
    return (
        reader.doc_frequency(fieldname, btext),
        reader.frequency(fieldname, btext),
        ti.weight(),
        ti.doc_frequency(),
        ti.min_length(),
        ti.max_length(),
        ti.max_weight(),
        ti.min_id(),
        ti.max_id(),
    )


def _segment_table(reader: Any) -> Iterator[tuple[Any, Any]]:
    """(what, value) for everything a segment holds, in a fixed order."""
    yield (
        "docs",
        (
            reader.doc_count_all(),
            reader.doc_count(),
            [d for d in range(reader.doc_count_all()) if reader.is_deleted(d)],
        ),
    )
    yield "stored", [reader.stored_fields(d) for d in range(reader.doc_count_all())]
    for fieldname in sorted(reader.schema.scorable_names()):
        yield (
            ("length", fieldname),
            (
                reader.field_length(fieldname),
                reader.min_field_length(fieldname),
                reader.max_field_length(fieldname),
                [reader.doc_field_length(d, fieldname) for d in range(reader.doc_count_all())],
            ),
        )
    for fieldname in sorted(reader.indexed_field_names()):
        yield ("lexicon", fieldname), list(reader.lexicon(fieldname))
        for btext in reader.lexicon(fieldname):
            yield (fieldname, btext), (_term_stats(reader, fieldname, btext), _postings(reader, fieldname, btext))


def test_every_term_has_the_same_statistics_and_postings(pair: Pair) -> None:
    with pair.kashshaf.reader() as kr, pair.stock.reader() as sr:
        kleaves, sleaves = kr.leaf_readers(), sr.leaf_readers()
        assert [offset for _, offset in kleaves] == [offset for _, offset in sleaves]
        assert len(kleaves) >= 2
        assert kr.has_deletions()
        terms = 0
        for (ksub, _), (ssub, _) in zip(kleaves, sleaves, strict=True):
            assert ksub.codec().__class__ is KashshafCodec
            assert ssub.codec().__class__ is W3Codec
            for (kwhat, kvalue), (swhat, svalue) in zip(_segment_table(ksub), _segment_table(ssub), strict=True):
                assert kwhat == swhat
                assert kvalue == svalue, kwhat
                terms += isinstance(kwhat[1], bytes)
    assert terms > (100 if pair.name == "seeds" else 5000)


# --- every query kind --------------------------------------------------------


def _stock(q: Any) -> Any:
    """``q`` with Kashshaf's query classes replaced by whoosh's own."""
    if isinstance(q, FastPhrase):
        return wq.Phrase(q.fieldname, q.words, slop=q.slop, boost=q.boost, char_ranges=q.char_ranges)
    if isinstance(q, FastPrefix):
        return wq.Prefix(q.fieldname, q.text, boost=q.boost)
    return q.apply(_stock) if q.children() else q


def _has_custom(q: Any) -> bool:
    return isinstance(q, (FastPhrase, FastPrefix)) or any(_has_custom(c) for c in q.children())


def _negates(q: Any) -> bool:
    return isinstance(q, (wq.Not, wq.AndNot)) or any(_negates(c) for c in q.children())


def _words(doc: Doc, field: str = "body_exact") -> list[str]:
    return [w for w in str(doc[field]).split() if w.isalpha()]


def query_texts(docs: list[Doc], seed: int = 7) -> dict[str, list[str]]:
    """Query texts of every kind, drawn from the documents (so they match)."""
    rng = random.Random(seed)
    ordinary = [d for d in docs if len(_words(d)) >= 4 and len(_words(d)) < 5000]
    freq: dict[str, int] = {}
    for d in ordinary:
        for w in set(_words(d)):
            freq[w] = freq.get(w, 0) + 1
    by_freq = sorted(freq, key=lambda w: (-freq[w], w))
    common, rare = by_freq[:40], by_freq[len(by_freq) // 2 :]

    def word() -> str:
        return rng.choice(common if rng.random() < 0.5 else by_freq)

    def run(n: int) -> str:
        ws = _words(rng.choice(ordinary))
        at = rng.randrange(len(ws) - n + 1)
        return " ".join(ws[at : at + n])

    return {
        "term": [rng.choice(common) for _ in range(10)] + [rng.choice(rare) for _ in range(10)],
        "implicit AND": [f"{word()} {word()}" for _ in range(10)],
        "AND": [f"{word()} AND {word()}" for _ in range(15)],
        "OR": [f"{word()} OR {word()}" for _ in range(15)],
        "NOT": [f"{word()} NOT {word()}" for _ in range(10)] + [f"{word()} -{word()}" for _ in range(5)],
        "nested": [f"({word()} OR {word()}) AND NOT {word()}" for _ in range(8)],
        "phrase": [f'"{run(rng.choice((2, 2, 3, 4)))}"' for _ in range(30)]
        + [f'"{word()} {word()}"' for _ in range(8)],
        "phrase AND": [f'"{run(2)}" AND {word()}' for _ in range(8)] + [f'"{run(2)}" OR "{run(2)}"' for _ in range(4)],
        "prefix": [f"{w[: rng.choice((2, 3, 3, 4))]}*" for w in (word() for _ in range(20)) if len(w) > 2],
        "prefix AND": [f"{w[:3]}* AND {word()}" for w in (word() for _ in range(8)) if len(w) > 3],
        "wildcard": [f"{w[:2]}?{w[3:]}" for w in (word() for _ in range(8)) if len(w) > 3],
        "field": [f"title:{rng.choice(_words(d, 'title') or ['x'])}" for d in rng.sample(ordinary, 5)]
        + [f'title:"{" ".join(_words(d, "title")[:2])}"' for d in rng.sample(ordinary, 5)]
        + [f"body_exact:{word()[:3]}*" for _ in range(5)]
        + ["source:o1", "source:o3 AND " + word(), "entity:e7", "entity:e3 OR entity:e12"],
    }


def _ranked(searcher: Any, q: Any, limit: int | None) -> list[tuple[int, float]]:
    return [(hit.docnum, hit.score) for hit in searcher.search(q, limit=limit)]


def test_every_query_kind_gives_the_same_hits_ranking_and_counts(pair: Pair) -> None:
    parser = make_parser(pair.kashshaf.schema)
    texts = query_texts(pair.docs)
    compared = 0
    with pair.kashshaf.searcher() as ks, pair.stock.searcher() as ss:
        for kind, queries in texts.items():
            hits = 0
            for text in queries:
                q = parse_query(parser, text)
                label = f"{kind}: {text} → {q!r}"
                full = _ranked(ks, q, None)
                assert full == _ranked(ss, q, None), label  # same documents, order and scores
                assert _ranked(ks, q, 10) == _ranked(ss, q, 10), label  # the first page, as the window asks
                total = count(q, ks)
                assert total == count(q, ss), label  # the total, as the window asks
                if not _negates(q):
                    # whoosh's ranked NOT keeps documents of the negated side when that side is an
                    # ANDMAYBE (as query.py writes a word); the set-algebra total does not
                    assert total == len(full), label
                # whoosh's own classes on whoosh's own codec (its scored path: whoosh's docs()
                # path wrongly keeps some documents of a NOT whose negated side is an ANDMAYBE)
                stock = _ranked(ss, _stock(q), None)
                assert {d for d, _ in full} == {d for d, _ in stock}, label
                if not _has_custom(q):
                    assert full == stock, label
                hits += len(full)
                compared += 1
            assert hits, f"no {kind} query matched anything: nothing was compared"
    assert compared >= 150


def _whoosh_phrase_counts(leaf: Any, field: str, words: list[str]) -> dict[int, int]:
    """whoosh's own phrase matcher on one segment: live docnum → occurrences (its spans)."""
    m = wq.Phrase(field, words).matcher(leaf)
    out = {}
    while m.is_active():
        if not leaf.reader().is_deleted(m.id()):
            out[m.id()] = len(m.spans())
        m.next()
    return out


def test_phrase_and_prefix_classes_on_every_segment_agree_with_whoosh(pair: Pair) -> None:
    """FastPhrase, phrase_docnums (per segment, with the times a phrase occurs in a
    document, its BM25 frequency) and FastPrefix give whoosh's own answers."""
    rng = random.Random(3)
    docs = [d for d in pair.docs if 4 <= len(_words(d)) < 5000]
    phrases = []
    for _ in range(40):
        ws = _words(rng.choice(docs))
        at = rng.randrange(len(ws) - 1)
        phrases.append(ws[at : at + rng.choice((2, 3))])
    phrases += [["من", "من"], [phrases[0][0], phrases[0][0]], ["xlast", "آخرالكلام"], ["آخرالكلام", "xlast"]]
    from kashshaf.core.search.analysis import analyze_exact

    with pair.kashshaf.searcher() as ks, pair.stock.searcher() as ss:
        for words in phrases:
            words = [analyze_exact(w) for w in words]
            for field in ("body_exact", "title"):
                fast = FastPhrase(field, words)
                assert fast.docs_in(ks) == fast.docs_in(ss) == set(wq.Phrase(field, words).docs(ss)), words
                for (ksub, _), (ssub, _) in zip(ks.leaf_searchers(), ss.leaf_searchers(), strict=True):
                    found = phrase_docnums(ksub.reader(), field, words)
                    assert found == phrase_docnums(ssub.reader(), field, words)
                    assert found == _whoosh_phrase_counts(ssub, field, words), words
        for w in sorted({w[:n] for ws in phrases[::2] for w in ws for n in (2, 3)}):
            for field in ("body", "body_exact", "title"):
                fast = FastPrefix(field, w)
                assert set(fast.docs(ks)) == set(fast.docs(ss)) == set(wq.Prefix(field, w).docs(ss)), (field, w)


def test_the_fast_ranking_gives_whoosh_s_scores_order_and_totals(pair: Pair) -> None:
    """``ranked`` (dicts per segment, what the window's search uses) against whoosh's matcher
    tree: every query kind, every hit with whoosh's score and place (ties: lower docnum first),
    the first page, and the total ``count`` gives. The reference is whoosh's exhaustive ranking
    (``limit=None``): with a limit, whoosh skips blocks by their best possible score and its
    ``AND`` can miss documents that score as high as those it keeps (seen on 100k documents)."""
    parser = make_parser(pair.kashshaf.schema)
    texts = query_texts(pair.docs)
    texts["more"] = [
        "xlast OR آخرالكلام OR من",  # three-way unions: whoosh's weighted tree of sums
        f"{texts['term'][0]} AND {texts['term'][1]} AND {texts['term'][2]}",
        f"{texts['term'][0]} AND NOT {texts['term'][1]} AND NOT {texts['term'][3]}",
        f"{texts['term'][0]} ANDMAYBE {texts['term'][4]}",
        f"{texts['term'][0]} REQUIRE {texts['term'][5]}",
        f"title:{texts['term'][0]}^3 OR {texts['term'][6]}",
        f"date:[20150101 TO 20151231] AND {texts['term'][0]}",  # a leaf scored by its own matcher
    ]
    compared = 0
    with pair.kashshaf.searcher() as ks, pair.stock.searcher() as ss:
        for kind, queries in texts.items():
            for text in queries:
                q = parse_query(parser, text)
                label = f"{kind}: {text} → {q!r}"
                for searcher in (ks, ss):
                    reference = _ranked(searcher, q, None)
                    fast = ranked(q, searcher, None)
                    assert fast is not None
                    assert fast == (reference, len(reference)), label
                    assert ranked(q, searcher, 10) == (reference[:10], len(reference)), label
                    assert count(q, searcher) == len(reference), label  # the total the window showed
                compared += 1
    assert compared >= 150


def test_the_fast_ranking_breaks_ties_at_the_page_s_end_by_docnum(tmp_path: Path) -> None:
    """Documents of equal score (copies) across the cut of the first page: the lower docnums, as
    whoosh's TopCollector keeps them; a deleted copy is neither a hit nor counted."""
    rng = random.Random(1)
    start = datetime(2025, 5, 1)
    docs = [_doc(n, f"عنوان {n}", "الوزير يزور المدينة اليوم", start, rng) for n in range(40)]
    docs += [_doc(40 + n, "عنوان", "الوزير يزور المدينة والوزير يعود", start, rng) for n in range(3)]
    ix = build(tmp_path / "ties", docs, True)  # two segments, docs[3::97] deleted, docs[1] replaced
    q = parse_query(make_parser(ix.schema), "الوزير")
    with ix.searcher() as searcher:
        reference = _ranked(searcher, q, None)
        assert len({score for _, score in reference}) < len(reference)  # ties there are
        for limit in (1, 3, 4, 5, 12, 40, 60):
            assert ranked(q, searcher, limit) == (reference[:limit], len(reference)), limit
            assert ranked(q, searcher, limit)[0] == _ranked(searcher, q, limit), limit
        assert len(reference) == count(q, searcher) == len(docs) - 1
