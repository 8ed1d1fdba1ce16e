"""Entities on real news (SaudiNewsNet, ../shared/data; skipped only where it is absent).

* Hand-judged documents (tests/data/entities/saudinewsnet_judged.json, ids and offsets only): of the
  (document, entity) pairs the sidebar lists, how many are right; of the people, organisations and
  places a reader tags, how many are found.
* Each error the sidebar showed on the SaudiNewsNet import (issue 13), on the articles it showed them in
  (tests/data/entities/saudinewsnet_errors.json).
* The corpus list of the acceptance import (two days of news): no bare first name, no common word and
  no glued alias among the names a journalist sees first.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from tests.acceptance.conftest import kashshaf
from tests.conftest import SHARED_DATA, TEST_DATA, require_shared_data

from kashshaf.core.arabic.normalize import normalize_ar
from kashshaf.core.entities.evaluate import read_judged, read_texts, score_documents
from kashshaf.core.entities.pipeline import make_extractor, spans_for

JUDGED = TEST_DATA / "entities" / "saudinewsnet_judged.json"
ERRORS = TEST_DATA / "entities" / "saudinewsnet_errors.json"
ARCHIVES = SHARED_DATA / "saudinewsnet"
pytestmark = pytest.mark.slow


def check_of(text: str) -> str:
    return hashlib.sha1(normalize_ar(text).encode("utf-8")).hexdigest()[:8]


@pytest.fixture(scope="module")
def judged() -> list[tuple[str, str, Any, str]]:
    require_shared_data()
    sets = {d["url"]: d["set"] for d in json.loads(JUDGED.read_text(encoding="utf-8"))["documents"]}
    return [(url, text, entities, sets[url]) for url, text, entities in read_judged(JUDGED, ARCHIVES)]


def test_the_judged_offsets_point_at_the_judged_words(judged: list[tuple[str, str, Any, str]]) -> None:
    raw = {d["url"]: d for d in json.loads(JUDGED.read_text(encoding="utf-8"))["documents"]}
    pairs = 0
    for url, text, _entities, _set in judged:
        for entity in raw[url]["entities"]:
            pairs += 1
            for start, end, check in entity["mentions"]:
                assert check_of(text[start:end]) == check, (url, entity["names"], start, end)
    assert len(judged) == 70
    assert pairs >= 400


def test_the_sidebar_lists_right_entities_and_finds_most(judged: list[tuple[str, str, Any, str]]) -> None:
    """The issue's targets: >= 90% of the listed (document, entity) pairs right, >= 80% of the judged
    entities found. Measured over both sets, and over the held-out set alone (read after the extractor
    was built)."""
    extractor = make_extractor()

    def spans_of(text: str) -> list[tuple[int, int, str, str]]:
        return [(s, e, name, kind) for s, e, _t, name, kind, _src in spans_for(extractor, text)]

    every = score_documents([(u, t, e) for u, t, e, _s in judged], spans_of)
    held_out = score_documents([(u, t, e) for u, t, e, s in judged if s == "held-out"], spans_of)
    print(f"all: {every.listed} pairs, precision {every.precision:.3f}, recall {every.recall:.3f}")
    print(f"held-out: {held_out.listed} pairs, precision {held_out.precision:.3f}, recall {held_out.recall:.3f}")
    assert every.listed >= 300
    assert every.precision >= 0.93, every.wrong
    assert every.recall >= 0.80, every.missed
    assert held_out.precision >= 0.92, held_out.wrong
    assert held_out.recall >= 0.78, held_out.missed


@pytest.fixture(scope="module")
def error_cases() -> list[tuple[dict[str, Any], str]]:
    require_shared_data()
    cases = json.loads(ERRORS.read_text(encoding="utf-8"))["cases"]
    texts = read_texts(ARCHIVES, {c["url"]: c["zip"] for c in cases})
    return [(case, texts[case["url"]]) for case in cases]


def test_no_error_the_issue_lists_remains_on_the_articles_it_was_seen_in(
    error_cases: list[tuple[dict[str, Any], str]],
) -> None:
    extractor = make_extractor()
    failures = []
    for case, text in error_cases:
        start, end, check = case["at"]
        assert check_of(text[start:end]) == check, case
        here = [
            (s, e, t, name, kind) for s, e, t, name, kind, _src in spans_for(extractor, text) if s < end and start < e
        ]
        expect = case["expect"]
        ok = True
        if expect.get("none"):
            ok = not here
        if "type" in expect:
            ok = ok and any(kind == expect["type"] for *_x, kind in here)
        if "name" in expect:
            ok = ok and any(name == expect["name"] and kind == expect["type"] for _s, _e, _t, name, kind in here)
        if "not_name" in expect:
            ok = ok and all(name != expect["not_name"] for _s, _e, _t, name, _k in here)
        if "no_type" in expect:
            ok = ok and all(kind != expect["no_type"] for *_x, kind in here)
        if expect.get("whole"):
            ok = ok and any(s <= start and end <= e for s, e, *_x in here)
        if "text" in expect:
            ok = ok and all(t == expect["text"] for _s, _e, t, name, _k in here if name == expect.get("name"))
        if not ok:
            failures.append((case["what"], case["url"], text[start:end], here))
    assert not failures, failures


FIRST_NAMES = {"عبد العزيز", "عبدالعزيز", "عبد الله", "عبدالله", "فيصل", "خالد", "محمد", "سلمان", "فهد", "نايف"}
COMMON_WORDS = {"الخبر", "القائم", "ميتا", "فئات", "الحرام", "لجان"}


def test_the_corpus_list_has_no_bare_first_name_common_word_or_glued_alias(real_corpus: tuple[Path, Path]) -> None:
    corpus, data = real_corpus
    out = kashshaf("--corpus", str(corpus), "entities", "--json", "--limit", "0", data_dir=data)
    entities = json.loads(out.stdout)
    assert len(entities) > 1000
    top = sorted(entities, key=lambda e: -e["documents"])[:300]
    people = [e for e in top if e["type"] == "PER"]
    assert not [e["name"] for e in people if e["name"] in FIRST_NAMES]
    assert not [e for e in entities if "العزيز" in e["aliases"]]  # half of عبد العزيز is no one's name
    assert not [e["name"] for e in top if e["name"] in COMMON_WORDS and e["type"] != "LOC"]
    khobar = [e for e in entities if e["name"] == "الخبر"]
    assert all(e["type"] == "LOC" and e["documents"] < 40 for e in khobar), khobar  # the city only
    glue = {"بسبب", "بخصوص", "حسب", "خلال", "إن", "ان", "أن"}
    for e in people:
        for alias in (e["name"], *e["aliases"]):
            assert not glue & set(alias.split()), (e["name"], alias)
