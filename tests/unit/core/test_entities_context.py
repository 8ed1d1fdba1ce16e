"""Entities in context: words that are names only sometimes, people of one family, institutions named
after people, the model's spans, and decisions scoped to a document or a mention. Sentences written for
the test in the way news writes them; the same cases on real SaudiNewsNet articles are in
tests/acceptance/test_entities_real_news.py."""

from __future__ import annotations

import pytest

from kashshaf.core.entities.curation import ChangeType, Delete, Scope
from kashshaf.core.entities.extract import DefaultExtractor, Span
from kashshaf.core.workspace import Workspace


@pytest.fixture(scope="module")
def extractor() -> DefaultExtractor:
    return DefaultExtractor()


def spans(extractor: DefaultExtractor, text: str) -> list[Span]:
    found = extractor.extract(text)
    for span in found:
        assert text[span.start : span.end] == span.text
    return found


def named(extractor: DefaultExtractor, text: str) -> set[tuple[str, str, str]]:
    return {(s.text, s.type, s.name) for s in spans(extractor, text)}


# --- names that are common words too ------------------------------------------------------------------


def test_a_listed_name_that_is_a_common_word_needs_evidence(extractor: DefaultExtractor) -> None:
    assert named(extractor, "وأكدت الخبر مصادر مطلعة، وتابع رابط الخبر") == set()  # "the news"
    assert ("الخبر", "LOC", "الخبر") in named(extractor, "افتتح المشروع في محافظة الخبر أمس")
    # the city borne out in a document does not make "the news" the city elsewhere in it
    text = "افتتح الأمير مشروعا في محافظة الخبر. وأكدت الخبر مصادر مطلعة"
    assert [s.start for s in spans(extractor, text) if s.name == "الخبر"] == [text.index("الخبر")]
    assert named(extractor, "وقال القائم بأعمال السفارة إن") == set()  # chargé d'affaires, not al-Qaim
    assert named(extractor, "وعثر عليه ميتا في منزله") == set()  # dead, not Meta
    assert all(s.name != "شركة فيات" for s in spans(extractor, "وجهود فئات معينة من المجتمع"))  # categories


def test_a_club_is_a_club_with_a_cue_and_throughout(extractor: DefaultExtractor) -> None:
    text = "أعلن نادي الهلال تعاقده مع المدافع. وقال رئيس الهلال إن الصفقة تمت"
    clubs = [s for s in spans(extractor, text) if s.type == "ORG"]
    assert [s.name for s in clubs] == ["نادي الهلال", "نادي الهلال"]
    assert named(extractor, "ترقب المسلمون رؤية الهلال مساء أمس") == set()
    # a club named after its city, with its nationality after it
    assert ("العين", "ORG", "نادي العين") in named(extractor, "يلاقي الفريق نظيره العين الإماراتي يوم الأحد")


def test_a_newspaper_in_quotes_and_the_region_it_is_named_after(extractor: DefaultExtractor) -> None:
    text = "وقالت مصادر لـ«الشرق الأوسط» إن التوتر يتصاعد في الشرق الأوسط"
    found = [(s.type, s.name) for s in spans(extractor, text)]
    assert found == [("ORG", "صحيفة الشرق الأوسط"), ("LOC", "الشرق الأوسط")]
    # a research centre's quoted name is not the newspaper
    found = named(extractor, "في كلمة ألقاها لمركز أبحاث “الشرق الأوسط” بواشنطن")
    assert ("الشرق الأوسط", "ORG", "الشرق الأوسط") in found


def test_a_feminine_place_name_after_a_definite_noun_is_an_adjective(extractor: DefaultExtractor) -> None:
    assert all(s.type != "LOC" for s in spans(extractor, "وصلت البعثة الدبلوماسية إلى السفارة السعودية"))
    assert ("السعودية", "LOC", "المملكة العربية السعودية") in named(extractor, "وصل الوفد إلى السعودية أمس")


def test_the_preposition_is_not_the_name_ali(extractor: DefaultExtractor) -> None:
    assert named(extractor, "وأكد على أهمية الحوار وعلى ضرورة التهدئة") == set()
    assert ("علي مملوك", "PER", "علي مملوك") in named(extractor, "وعليه التقى علي مملوك، رئيس الجهاز")
    assert named(extractor, "أفاء الله علي بنعم وافرة") == set()  # عليّ: "on me"


# --- people ----------------------------------------------------------------------------------------


def test_a_name_chain_is_one_person_named_as_listed(extractor: DefaultExtractor) -> None:
    text = "وفقاً لرؤية خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود - أيده الله"
    people = [s for s in spans(extractor, text) if s.type == "PER"]
    assert [(s.text, s.name) for s in people] == [("سلمان بن عبدالعزيز آل سعود", "سلمان بن عبد العزيز")]
    text = "غادر الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد القاهرة"
    assert ("محمد بن سلمان بن عبدالعزيز", "PER", "محمد بن سلمان") in named(extractor, text)
    text = "أصدر وزير العمل الدكتور مفرج بن سعد الحقباني قراراً. وقال الحقباني إن القرار نافذ"
    assert [(s.text, s.name) for s in spans(extractor, text) if s.type == "PER"] == [
        ("مفرج بن سعد الحقباني", "مفرج بن سعد الحقباني"),
        ("الحقباني", "مفرج بن سعد الحقباني"),
    ]


def test_an_institution_named_after_a_person_is_not_that_person(extractor: DefaultExtractor) -> None:
    for text, kind in (
        ("يرقد المريض في مستشفى الملك فهد التخصصي بالدمام", "ORG"),
        ("تخرج في جامعة الملك سعود عام 2010", "ORG"),
        ("وقعت إدارة مطار الملك فهد الدولي في الدمام العقد", "LOC"),
        ("مدير مؤسسة الملك عبدالعزيز آل سعود للدراسات الإسلامية والعلوم الإنسانية بالدار البيضاء", "ORG"),
    ):
        found = spans(extractor, text)
        assert not [s for s in found if s.type == "PER"], (text, found)
        assert any(s.type == kind and s.source == "institution" for s in found), (text, found)
    assert not [s for s in spans(extractor, "فاز بجائزة الملك فيصل العالمية") if s.type == "PER"]


def test_namesakes_are_not_merged_by_family_name(extractor: DefaultExtractor) -> None:
    # a listed family name after another given name: another person of that family
    assert ("خالد المالكي", "PER", "خالد المالكي") in named(extractor, "وقال الشاعر خالد المالكي إن القصيدة")
    text = "أعلن جيب بوش ترشحه للرئاسة. وقال بوش إن حملته ستركز على الاقتصاد"
    assert {s.name for s in spans(extractor, text) if s.type == "PER"} == {"جيب بوش"}
    # a family name alone that names no one of the document stands for itself
    assert ("كارتر", "PER", "كارتر") in named(extractor, "والتقى وزير الدفاع الأمريكي كارتر في القدس رئيس الوزراء")
    # with two people of the family in the document, it is neither of them
    text = "التقى جورج بوش بأخيه جيب بوش أمس. وقال بوش إن العائلة متحدة"
    assert {s.name for s in spans(extractor, text) if s.type == "PER"} == {"جورج بوش", "جيب بوش"}
    # a distinctive family name, listed as such, is the person anywhere
    assert ("أوباما", "PER", "باراك أوباما") in named(extractor, "وقال أوباما في خطابه إن الاتفاق")


def test_no_glued_aliases_and_the_longer_name_wins(extractor: DefaultExtractor) -> None:
    text = "انتقد الرئيس الأمريكي أوباما بسبب الاتفاق، وقال أوباما بخصوص إيران"
    assert {s.text for s in spans(extractor, text) if s.name == "باراك أوباما"} == {"أوباما"}
    text = "قالت مصادر مقربة من الرئيس السابق علي عبدالله صالح إن عبدالله صالح بعث بوسيط"
    people = [s for s in spans(extractor, text) if s.type == "PER"]
    assert [(s.text, s.name) for s in people] == [
        ("علي عبدالله صالح", "علي عبد الله صالح"),
        ("عبدالله صالح", "علي عبد الله صالح"),
    ]


def test_a_first_name_alone_is_a_person_only_if_it_names_one_in_the_document(extractor: DefaultExtractor) -> None:
    assert not [s for s in spans(extractor, "وقال الأمير فيصل إن المشروع سينجز") if s.type == "PER"]
    text = "افتتح الأمير خالد الفيصل المعرض، وتجول الأمير خالد في أجنحته"
    assert [(s.text, s.name) for s in spans(extractor, text) if s.type == "PER"] == [
        ("خالد الفيصل", "خالد الفيصل"),
        ("خالد", "خالد الفيصل"),
    ]


def test_names_in_apposition_and_in_quotes(extractor: DefaultExtractor) -> None:
    text = "أعلن المبعوث الخاص للرئيس فلاديمير بوتين إلى سوريا، ألكسندر يفيموف، أن روسيا تؤيد الحوار. وقال يفيموف"
    assert [s.name for s in spans(extractor, text) if s.type == "PER"] == [
        "فلاديمير بوتين",
        "ألكسندر يفيموف",
        "ألكسندر يفيموف",
    ]
    text = "وكشف عضو الكنيست الإسرائيلي عن حزب الليكود “عوزي ديان” لتلفزيون “كان 11” أن"
    assert ("عوزي ديان", "PER", "عوزي ديان") in named(extractor, text)


def test_the_model_spans_are_names_not_common_words(extractor: DefaultExtractor) -> None:
    assert named(extractor, "أسجل اعتراضي على هذا التجاهل الإعلامي لفنان عالمي كبير") == set()
    assert named(extractor, "ضرب زلزال نيبال في شهر نيسان/أبريل الماضي") == {("نيبال", "LOC", "نيبال")}
    text = "قال مدرب الفريق جلال قادري إن اللاعبين جاهزون"
    assert ("جلال قادري", "PER", "جلال قادري") in named(extractor, text)


def test_an_obfuscated_name_is_named_clean(extractor: DefaultExtractor) -> None:
    text = "وحذر من عودة تنـ.ـظيم داعـ.ـش في سوريا"
    (isis,) = [s for s in spans(extractor, text) if s.type == "ORG"]
    assert isis.text == "تنـ.ـظيم داعـ.ـش"
    assert isis.name == "تنظيم الدولة الإسلامية"


# --- decisions scoped to a document or a mention ---------------------------------------------------


def _mentions_of(ws: Workspace, name: str) -> dict[str, list[tuple[int, int]]]:
    entity = next(e for e in ws.entities.all() if e.name == name)
    out: dict[str, list[tuple[int, int]]] = {}
    for doc in ws.browse():
        for m in ws.entities.mentions(doc):
            if m.entity_id == entity.id:
                out.setdefault(doc, []).append((m.start, m.end))
    return out


def test_scoped_decisions_apply_where_they_are_made_and_survive_reimport(corpus: Workspace) -> None:
    from tests.conftest import SEEDS

    syria = next(e for e in corpus.entities.all() if e.name == "سوريا")
    before = _mentions_of(corpus, "سوريا")
    docs = sorted(before, key=lambda d: -len(before[d]))
    one, other = docs[0], docs[1]
    first = before[one][0]
    # not an entity here: one mention
    corpus.curation.apply(Delete(syria.id, Scope(doc=one, start=first[0], end=first[1])))
    # not an entity in this document
    corpus.curation.apply(Delete(syria.id, Scope(doc=other)))
    # a type for one document: its mentions become another entity, the others stay
    russia = next(e for e in corpus.entities.all() if e.name == "روسيا")
    russia_docs = _mentions_of(corpus, "روسيا")
    third = next(d for d in russia_docs if d not in (one, other))
    corpus.curation.apply(ChangeType(russia.id, "ORG", Scope(doc=third)))

    def check(ws: Workspace) -> None:
        after = _mentions_of(ws, "سوريا")
        assert after[one] == before[one][1:]
        assert other not in after
        assert {d: m for d, m in after.items() if d not in (one, other)} == {
            d: m for d, m in before.items() if d not in (one, other)
        }
        kinds = {(e.name, e.type) for e in ws.entities.all(third)}
        assert ("روسيا", "ORG") in kinds
        assert ("روسيا", "LOC") not in kinds
        assert any(
            ("روسيا", "LOC") in {(e.name, e.type) for e in ws.entities.all(d)} for d in russia_docs if d != third
        )

    check(corpus)
    corpus.import_paths([SEEDS])  # the same files again: the decisions still hold
    check(corpus)
    corpus.entities.extract()  # extraction from scratch: applied again
    check(corpus)
    ops = corpus.curation.export()["operations"]
    assert ops[0] == {"op": "delete", "entity": syria.id, "doc": one, "start": first[0], "end": first[1]}


def test_a_scoped_decision_must_name_a_document_and_a_mention_properly(corpus: Workspace) -> None:
    from kashshaf.core.entities.store import CurationError

    syria = next(e for e in corpus.entities.all() if e.name == "سوريا")
    doc = next(iter(corpus.browse()))
    for bad in (
        {"op": "delete", "entity": syria.id, "doc": ""},
        {"op": "delete", "entity": syria.id, "doc": doc, "start": 5},
        {"op": "delete", "entity": syria.id, "doc": doc, "start": 9, "end": 3},
    ):  # as a curation file gives them
        with pytest.raises(CurationError, match="not valid"):
            corpus.curation.load({"format": "kashshaf-curation", "version": 1, "operations": [bad]})
    for scope in (Scope(doc=""), Scope(doc=doc, start=5), Scope(doc=doc, start=9, end=3)):  # as code gives them
        with pytest.raises(CurationError, match="not valid"):
            corpus.curation.apply(Delete(syria.id, scope))
    assert corpus.curation.decisions() == []


def test_a_corpus_extracted_by_another_version_is_extracted_again_on_open(corpus: Workspace) -> None:
    syria = next(e for e in corpus.entities.all() if e.name == "سوريا")
    doc = next(d for d in corpus.browse() if any(m.entity_id == syria.id for m in corpus.entities.mentions(d)))
    corpus.curation.apply(Delete(syria.id, Scope(doc=doc)))
    folder = corpus.corpus_dir
    corpus.store.set_meta("extractor", "an older one")
    corpus.store.entities._db.execute("DELETE FROM mentions WHERE doc_id = ?", (doc,))
    corpus.close()
    with Workspace(folder) as again:
        assert again.reextracted == len(again.browse())
        assert again.unindexed() == 0  # indexed as it opened
        assert all(m.entity_id != syria.id for m in again.entities.mentions(doc))  # the decision still applies
        assert any(m.entity_id != syria.id for m in again.entities.mentions(doc))  # the rest was found again
    with Workspace(folder) as third:
        assert third.reextracted == 0


# --- a father's name is not his son's -------------------------------------------------------------------


def test_the_father_in_a_sons_chain_is_his_own_person(extractor: DefaultExtractor) -> None:
    text = (
        "استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود، بحضور صاحب السمو الملكي الأمير "
        "محمد بن سلمان بن عبدالعزيز ولي ولي العهد، وزير الدفاع الأمريكي. وقال سلمان بن عبدالعزيز إن"
    )
    people = [(s.text, s.name) for s in spans(extractor, text) if s.type == "PER"]
    assert ("محمد بن سلمان بن عبدالعزيز", "محمد بن سلمان") in people
    assert [name for t, name in people if t.startswith("سلمان")] == ["سلمان بن عبد العزيز"] * 2


def test_a_listed_chain_with_another_family_name_is_another_person(extractor: DefaultExtractor) -> None:
    text = "وعين المهندس عبدالله بن عبدالعزيز الجربوع ممثلاً عن وزارة الاقتصاد، بأمر الملك عبدالله بن عبدالعزيز آل سعود"
    people = [(s.text, s.name) for s in spans(extractor, text) if s.type == "PER"]
    assert people == [
        ("عبدالله بن عبدالعزيز الجربوع", "عبدالله بن عبدالعزيز الجربوع"),
        ("عبدالله بن عبدالعزيز آل سعود", "عبد الله بن عبد العزيز"),
    ]


def test_a_given_name_written_in_two_words_starts_a_chain(extractor: DefaultExtractor) -> None:
    text = "والمهندس - عبد الله بن محمد الزامل، والمهندس - عبد الرحمن بن إبراهيم الرويتع ممثلاً"
    assert [s.text for s in spans(extractor, text) if s.type == "PER"] == [
        "عبد الله بن محمد الزامل",
        "عبد الرحمن بن إبراهيم الرويتع",
    ]


def test_a_name_cut_in_its_middle_is_not_listed(extractor: DefaultExtractor) -> None:
    """The model sometimes stops at عبد or بن: عبد alone is nobody, and حنان عبد is حنان عبد القادر."""
    text = "المهندس - عبد الله الجربوع ممثلاً عن وزارة الاقتصاد، والشاعرة حنان عبد القادر تختار كتابًا"
    people = {s.text for s in spans(extractor, text) if s.type == "PER"}
    assert "عبد" not in people
    assert not any(p.endswith((" عبد", " بن")) for p in people)


def test_no_name_goes_on_over_a_line_break(extractor: DefaultExtractor) -> None:
    for s in spans(extractor, "قصة غريب\n\n محمد أبو شعر قال إن الأمر"):
        assert "\n" not in s.text


def test_more_forebears_than_a_listed_prince_has_make_another_prince(extractor: DefaultExtractor) -> None:
    text = "وتوفي الأمير عبدالله بن عبدالعزيز بن مساعد آل سعود أمير منطقة الحدود الشمالية"
    assert [s.name for s in spans(extractor, text) if s.type == "PER"] == ["عبدالله بن عبدالعزيز بن مساعد آل سعود"]
    text = "وحضر الأمير محمد بن سلمان بن عبدالعزيز آل سعود"
    assert [s.name for s in spans(extractor, text) if s.type == "PER"] == ["محمد بن سلمان"]


def test_a_forebear_alone_is_not_the_person(extractor: DefaultExtractor) -> None:
    """عبدالعزيز after بن in محمد بن نايف بن عبدالعزيز is his grandfather, not a family name."""
    text = "وقال الأمير محمد بن نايف بن عبدالعزيز إن الملك عبدالعزيز أسس الدولة"
    assert ("عبدالعزيز", "PER", "محمد بن نايف") not in named(extractor, text)


def test_a_nickname_is_not_the_tail_of_another_name(extractor: DefaultExtractor) -> None:
    """العالمي is al-Nassr's nickname, not in منظمة التراث العالمي or بنك الاستثمار العالمي."""
    for text in (
        "وكانت منظمة التراث العالمي «اليونسكو» قد اعتمدت الموقع",
        "قال بنك الاستثمار العالمي «مورغان ستانلي» إن أسعار الذهب",
    ):
        assert not [s for s in spans(extractor, text) if s.name == "نادي النصر"]


def test_a_formula_with_god_is_no_person(extractor: DefaultExtractor) -> None:
    text = "ولكن ولله الحمد سيزيدنا ذلك قوة وثباتا"
    assert not [s for s in spans(extractor, text) if s.type == "PER"]


def test_a_family_name_with_abu_ends_a_chain(extractor: DefaultExtractor) -> None:
    """محمد بن عبدالله أبو قرنين is one man (not محمد بن عبدالله, shared with others, and أبو قرنين);
    أبو ظبي after a chain is the place."""
    assert [s.text for s in spans(extractor, "وأكد الشيخ محمد بن عبدالله أبو قرنين أن") if s.type == "PER"] == [
        "محمد بن عبدالله أبو قرنين"
    ]
    found = named(extractor, "وقال محمد بن عبدالله أبو ظبي")
    assert ("أبو ظبي", "LOC", "أبوظبي") in found


def test_given_names_take_the_family_name_after_them(extractor: DefaultExtractor) -> None:
    """محمد علي alone is many men (الحوثي، المقدشي، الشدادي…): the model's span that stops after the given
    names takes the family name, even one that is also a listed place, and that place word alone in the
    same article is the man."""
    text = (
        "قالت مصادر محلية إن محمد علي الشدادي، نائب رئيس مجلس النواب أصيب في الكمين، "
        "وأشارت المصادر إلى أن الشدادي أصيب في الرأس"
    )
    people = [(s.text, s.name) for s in spans(extractor, text) if s.type == "PER"]
    assert people == [("محمد علي الشدادي", "محمد علي الشدادي"), ("الشدادي", "محمد علي الشدادي")]
    assert "محمد علي" not in {s.name for s in spans(extractor, "وأضاف اللواء الركن محمد علي المقدشي، خلال زيارة")}


def test_forebears_after_a_listed_prince_are_his(extractor: DefaultExtractor) -> None:
    """خالد الفيصل بن عبد العزيز: بن عبد العزيز is his grandfather, no person of its own."""
    text = "وفق توجيهات الأمير خالد الفيصل بن عبد العزيز مستشار خادم الحرمين"
    assert [(s.text, s.name) for s in spans(extractor, text) if s.type == "PER"] == [("خالد الفيصل", "خالد الفيصل")]
