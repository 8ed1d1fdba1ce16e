"""The tokenizer keeps offsets into the ORIGINAL text and undoes obfuscation."""

from __future__ import annotations

import itertools

from tests.conftest import SEED_FILES, seed_text

from kashshaf.core.arabic.tokenize import tokenize_ar, words_ar


def test_offsets_point_into_the_original_text_of_every_seed() -> None:
    for path in SEED_FILES:
        text = path.read_text(encoding="utf-8")
        spans = tokenize_ar(text)
        assert len(spans) > 200
        for span in spans:
            assert text[span.start : span.end] == span.text
        assert all(a.end <= b.start for a, b in itertools.pairwise(spans))


def test_obfuscated_words_are_single_tokens_with_their_full_span() -> None:
    text = seed_text("004")
    spans = {s.text for s in tokenize_ar(text)}
    for word in ("داعـ.ـش", "الأمـ.ـن", "قسـ.ـد", "معت.ـظمهم", "سـ.ـرَّب"):
        assert word in spans


def test_an_ordinary_full_stop_still_ends_a_word() -> None:
    assert [s.text for s in tokenize_ar("في سوريا.وقال المصدر")] == ["في", "سوريا", "وقال", "المصدر"]


def test_presentation_forms_are_letters() -> None:
    text = "رفضت روسيا منح “اﻹدارة الذاتية”"
    spans = tokenize_ar(text)
    assert [s.text for s in spans][-2:] == ["اﻹدارة", "الذاتية"]
    assert text[spans[-2].start : spans[-2].end] == "اﻹدارة"


def test_split_words_join_only_when_the_joined_word_is_known() -> None:
    text = "تستغله “داع ش” أو أي فصائل، بين النظام و”ق سد” في"
    known = {"داعش", "قسد"}
    spans = tokenize_ar(text, known.__contains__)
    by_text = {s.text: s for s in spans}
    assert "داع ش" in by_text
    assert "ق سد" in by_text
    assert text[by_text["ق سد"].start : by_text["ق سد"].end] == "ق سد"
    # without evidence nothing is joined
    assert "ق سد" not in {s.text for s in tokenize_ar(text, set().__contains__)}
    assert "ق" in {s.text for s in tokenize_ar(text)}


def test_a_join_uses_the_word_behind_a_clitic() -> None:
    spans = tokenize_ar("المؤيدين لداع ش في", {"داعش"}.__contains__)
    assert spans[1].text == "لداع ش"


def test_two_full_words_are_never_joined() -> None:
    # "بدرن جيا كورد": no lone letter, so no join even if the joined form were known
    spans = tokenize_ar("بدرن جيا كورد", {"بدرنجيا"}.__contains__)
    assert [s.text for s in spans] == ["بدرن", "جيا", "كورد"]


def test_fast_word_path_matches_the_span_path() -> None:
    known = {"داعش", "قسد"}.__contains__
    for path in SEED_FILES:
        text = path.read_text(encoding="utf-8")
        assert words_ar(text, known) == [s.text for s in tokenize_ar(text, known)]
