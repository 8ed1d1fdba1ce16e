"""Entity extraction, resolution and curation on the seeds and on crafted sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.conftest import SEEDS

from kashshaf.cli import main as cli
from kashshaf.core.entities.curation import Add, ChangeType, Delete, Merge, Rename, Split
from kashshaf.core.entities.evaluate import evaluate, gold_mentions
from kashshaf.core.entities.extract import DefaultExtractor, Span
from kashshaf.core.entities.pipeline import make_extractor, spans_for
from kashshaf.core.entities.store import CurationError, entity_id_for
from kashshaf.core.workspace import Workspace


@pytest.fixture(scope="module")
def extractor() -> DefaultExtractor:
    return DefaultExtractor()


def found(extractor: DefaultExtractor, text: str) -> set[tuple[str, str, str]]:
    return {(s.text, s.type, s.name) for s in extractor.extract(text)}


def test_gazetteer_with_clitics_aliases_and_obfuscation(extractor: DefaultExtractor) -> None:
    text = "وقال إن لقسد علاقات مع وروسيا، وأضاف أن داعـ.ـش هاجم بدمشق وقوات سوريا الديمقراطية ترد للولايات المتحدة"
    spans = found(extractor, text)
    assert ("قسد", "ORG", "قوات سوريا الديمقراطية") in spans  # the ل is not part of the mention
    assert ("روسيا", "LOC", "روسيا") in spans
    assert ("دمشق", "LOC", "دمشق") in spans
    assert ("داعـ.ـش", "ORG", "تنظيم الدولة الإسلامية") in spans
    assert ("قوات سوريا الديمقراطية", "ORG", "قوات سوريا الديمقراطية") in spans  # longest entry wins
    assert ("ولايات المتحدة", "LOC", "الولايات المتحدة") in spans  # لل = ل + ال


def test_every_span_points_at_its_text(extractor: DefaultExtractor) -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for span in extractor.extract(text):
            assert text[span.start : span.end] == span.text
            assert span.type in ("PER", "ORG", "LOC")


def test_context_rules_find_names_the_lists_do_not_hold(extractor: DefaultExtractor) -> None:
    # a title, descriptors, then an unknown two-word name
    assert ("كريم بنعلي", "PER", "كريم بنعلي") in found(extractor, "قال وزير الخارجية المغربي كريم بنعلي إن")
    # a known given name and a family name
    assert ("محمود الفلاحي", "PER", "محمود الفلاحي") in found(extractor, "وصرح محمود الفلاحي للصحفيين")
    # a quoted name after an organisation head
    assert ("أحرار الجبل", "ORG", "أحرار الجبل") in found(extractor, 'وأعلنت حركة "أحرار الجبل" مسؤوليتها')
    # a place head before an unknown place name
    assert ("كفرنبودة", "LOC", "كفرنبودة") in found(extractor, "دارت اشتباكات في بلدة كفرنبودة أمس")
    # no names: a title followed by a verb, a head followed by common nouns
    assert found(extractor, "وقال الرئيس إن الحكومة ستعمل") == set()
    assert found(extractor, "ووجه المستشار رسالة لمسؤولي النظام") == set()


def test_a_family_name_alone_is_the_person_named_before(extractor: DefaultExtractor) -> None:
    text = "التقى الرئيس هيثم العبيدي بالوفد. وقال العبيدي إن المحادثات مثمرة"
    spans = [s for s in extractor.extract(text) if s.type == "PER"]
    assert [(s.text, s.name) for s in spans] == [("هيثم العبيدي", "هيثم العبيدي"), ("العبيدي", "هيثم العبيدي")]


def test_split_words_are_joined_by_the_documents_own_evidence() -> None:
    extractor = make_extractor()
    text = "اجتمع ممثلو قسد في القامشلي. وقال مصدر إن “ق سد” رفضت"
    spans = spans_for(extractor, text)
    names = [(text[s:e], name) for s, e, _t, name, _k, _src in spans if name == "قوات سوريا الديمقراطية"]
    assert names == [("قسد", "قوات سوريا الديمقراطية"), ("ق سد", "قوات سوريا الديمقراطية")]


def test_conll_scoring(tmp_path: Path) -> None:
    assert gold_mentions(["B-PERS", "I-PERS", "O", "B-LOC", "I-ORG"], 10) == {
        (10, 12, "PER"),
        (13, 14, "LOC"),
        (14, 15, "ORG"),
    }
    gold = tmp_path / "gold.txt"
    gold.write_text(
        "التقى O\nبشار B-PERS\nالأسد I-PERS\nفي O\nدمشق B-LOC\nوفد O\nروسيا B-ORG\n. O\n\nزار O\nباريس B-LOC\n",
        encoding="utf-8",
    )
    scores = evaluate(DefaultExtractor(), gold)
    assert (scores.sentences, scores.tokens) == (2, 10)
    # found: بشار الأسد (right), دمشق (right), روسيا as LOC (wrong type), باريس (right)
    assert scores.true_positives == {"PER": 1, "LOC": 2}
    assert scores.prf() == (0.75, 0.75, 0.75)


def by_name(ws: Workspace, name: str) -> object:
    return next(e for e in ws.entities.all() if e.name == name)


def test_import_extracts_and_resolves_entities(corpus: Workspace) -> None:
    sdf = by_name(corpus, "قوات سوريا الديمقراطية")
    assert sdf.type == "ORG"
    assert sdf.documents == 5
    assert {"قسد", "ق سد"} <= set(sdf.aliases)  # type: ignore[attr-defined]
    envoy = by_name(corpus, "ألكسندر لافرنتييف")
    assert envoy.type == "PER"
    assert "لافرنتييف" in envoy.aliases
    isis = by_name(corpus, "تنظيم الدولة الإسلامية")
    # an obfuscated spelling is listed clean; the reader marks it as written
    assert "داعش" in isis.aliases
    assert "داعـ.ـش" not in isis.aliases
    written = {m.text for d in corpus.browse() for m in corpus.entities.mentions(d) if m.entity_id == isis.id}  # type: ignore[attr-defined]
    assert "داعـ.ـش" in written
    # the index holds entity ids: the entity filter finds the documents with mentions
    hits = {h.id for h in corpus.search("", entity=envoy.id, limit=None).hits}  # type: ignore[attr-defined]
    assert hits == {d for d in corpus.browse() if any(m.entity_id == envoy.id for m in corpus.entities.mentions(d))}  # type: ignore[attr-defined]
    # co-occurrence: Russia's envoy appears with Russia and Syria
    ranked = corpus.entities.cooccurring(envoy.id, 50)  # type: ignore[attr-defined]
    counts = [n for _e, n in ranked]
    assert counts == sorted(counts, reverse=True)
    together = {e.name: n for e, n in ranked}
    assert together["روسيا"] == together["سوريا"] == envoy.documents  # type: ignore[attr-defined]


def test_curation_survives_reimport_and_reindex(corpus: Workspace, tmp_path: Path) -> None:
    sdf = by_name(corpus, "قوات سوريا الديمقراطية")
    syria = by_name(corpus, "سوريا")
    russia = by_name(corpus, "روسيا")
    corpus.curation.apply(Rename(sdf.id, "قسد (قوات سوريا الديمقراطية)"))  # type: ignore[attr-defined]
    corpus.curation.apply(Merge(russia.id, syria.id))  # type: ignore[attr-defined]
    corpus.curation.apply(Split(sdf.id, "ق سد"))  # type: ignore[attr-defined]
    moscow = by_name(corpus, "موسكو")
    corpus.curation.apply(ChangeType(moscow.id, "ORG"))  # type: ignore[attr-defined]
    envoy = by_name(corpus, "ألكسندر لافرنتييف")
    corpus.curation.apply(Delete(envoy.id))  # type: ignore[attr-defined]
    corpus.curation.apply(Add("مركز التنسيق الروسي", "ORG"))

    def check(ws: Workspace) -> None:
        names = {e.name: e for e in ws.entities.all()}
        assert "قسد (قوات سوريا الديمقراطية)" in names
        assert "ق سد" in names
        assert "ق سد" not in names["قسد (قوات سوريا الديمقراطية)"].aliases
        assert "روسيا" not in names
        assert "روسيا" in names["سوريا"].aliases
        assert names["موسكو"].type == "ORG"
        assert "ألكسندر لافرنتييف" not in names
        assert ws.search("", entity=envoy.id).total == 0  # type: ignore[attr-defined]
        added = names["مركز التنسيق الروسي"]
        assert added.type == "ORG"
        assert added.mentions >= 1
        assert ws.search("", entity=added.id).total == added.documents

    check(corpus)
    corpus.reindex()
    check(corpus)
    corpus.import_paths([SEEDS])  # the same files again: nothing new, decisions kept
    check(corpus)
    corpus.entities.extract()  # extraction from scratch: decisions applied again
    check(corpus)

    exported = corpus.curation.export()
    assert [op["op"] for op in exported["operations"]] == ["rename", "merge", "split", "type", "delete", "add"]
    fresh_dir = tmp_path / "fresh"
    with Workspace(fresh_dir) as fresh:
        fresh.import_paths([SEEDS])
        fresh.curation.load(json.loads(json.dumps(exported)))
        check(fresh)


def test_bad_curation_is_refused(corpus: Workspace) -> None:
    with pytest.raises(CurationError, match="unknown curation operation"):
        corpus.curation.load(
            {"format": "kashshaf-curation", "version": 1, "operations": [{"op": "explode", "entity": "e1"}]}
        )
    with pytest.raises(CurationError, match="unknown entity type"):
        corpus.curation.apply(Add("س", "ANIMAL"))
    with pytest.raises(CurationError, match="not a Kashshaf curation file"):
        corpus.curation.load({"operations": []})
    assert corpus.curation.export()["operations"] == []


def test_entities_cli_json(corpus: Workspace, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(["--corpus", str(corpus.corpus_dir), "entities", "--json", "--type", "PER", "--limit", "0"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows
    assert all(set(r) == {"id", "name", "type", "aliases", "mentions", "documents"} for r in rows)
    assert all(r["type"] == "PER" for r in rows)
    envoy = next(r for r in rows if r["name"] == "ألكسندر لافرنتييف")
    assert envoy["id"] == entity_id_for("ألكسندر لافرنتييف", "PER")
    assert envoy["documents"] == 2
    doc = corpus.browse()[0]
    assert cli(["--corpus", str(corpus.corpus_dir), "entities", "--doc", doc, "--json"]) == 0
    in_doc = json.loads(capsys.readouterr().out)
    assert {r["id"] for r in in_doc} == {m.entity_id for m in corpus.entities.mentions(doc)}
    assert cli(["--corpus", str(corpus.corpus_dir), "entities", "--doc", "nosuchdoc"]) == 3


def test_curation_cli_round_trip(corpus: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    envoy = by_name(corpus, "ألكسندر لافرنتييف")
    corpus.curation.apply(Rename(envoy.id, "لافرنتييف"))  # type: ignore[attr-defined]
    out = tmp_path / "curation.json"
    assert cli(["--corpus", str(corpus.corpus_dir), "curation", "export", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "kashshaf-curation"
    assert data["operations"][0]["name"] == "لافرنتييف"
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    assert cli(["--corpus", str(corpus.corpus_dir), "curation", "import", str(tmp_path / "bad.json")]) == 2
    assert "bad.json" in capsys.readouterr().err
    nowhere = tmp_path / "no-such-folder" / "curation.json"
    assert cli(["--corpus", str(corpus.corpus_dir), "curation", "export", str(nowhere)]) == 2
    assert "no-such-folder" in capsys.readouterr().err
    assert not nowhere.parent.exists()


@pytest.mark.slow
def test_quality_on_anercorp(shared_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The issue's targets for the default extractor: micro F1 >= 0.60, precision >= 0.75."""
    assert cli(["ner-eval", str(shared_data / "anercorp" / "train.txt"), "--json"]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert scores["micro"]["f1"] >= 0.60, scores["micro"]
    assert scores["micro"]["precision"] >= 0.75, scores["micro"]
    assert scores["micro"]["gold"] == 8102


def test_span_is_plain_data() -> None:
    assert Span(0, 3, "ORG", "قسد", "قوات سوريا الديمقراطية").source == "gazetteer"
