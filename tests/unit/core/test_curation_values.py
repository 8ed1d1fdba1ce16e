"""Curation decisions as values: every decision the log (and a curation file) can hold comes back
exactly as it was through the dataclasses, and a bad one is refused where it is made."""

from __future__ import annotations

from typing import Any

import pytest

from kashshaf.core.entities.curation import Add, ChangeType, Delete, Merge, Rename, Scope, Split, op_of, to_op
from kashshaf.core.entities.store import CurationError, validate_op

LOG: list[dict[str, Any]] = [
    {"op": "rename", "entity": "e1", "name": "قسد (قوات سوريا الديمقراطية)"},
    {"op": "type", "entity": "e1", "type": "ORG"},
    {"op": "type", "entity": "e1", "type": "LOC", "doc": "d1"},
    {"op": "merge", "entity": "e1", "into": "e2"},
    {"op": "merge", "entity": "e1", "into": "e2", "doc": "d1", "start": 4, "end": 9},
    {"op": "split", "entity": "e1", "alias": "ق سد"},
    {"op": "delete", "entity": "e3"},
    {"op": "delete", "entity": "e3", "doc": "d2", "start": 0, "end": 5},
    {"op": "add", "text": "مركز التنسيق الروسي", "type": "ORG"},
    {"op": "add", "text": "وفد", "type": "ORG", "name": "الوفد"},
]


@pytest.mark.parametrize("entry", LOG, ids=lambda e: f"{e['op']}{'-scoped' if 'doc' in e else ''}")
def test_a_log_entry_comes_back_exactly(entry: dict[str, Any]) -> None:
    checked = validate_op(entry)
    assert checked == entry
    assert to_op(op_of(checked)) == checked


def test_keys_a_decision_does_not_have_are_not_kept() -> None:
    # a file written by hand: a name on a split means nothing, and is not carried into the log
    checked = validate_op({"op": "split", "entity": "e1", "alias": "ا", "name": "X", "colour": "red"})
    assert checked == {"op": "split", "entity": "e1", "alias": "ا"}
    assert to_op(op_of(checked)) == checked


def test_the_values_are_what_the_code_writes() -> None:
    assert to_op(Rename("e1", "س")) == {"op": "rename", "entity": "e1", "name": "س"}
    assert to_op(Delete("e1", Scope(doc="d", start=1, end=3))) == {
        "op": "delete",
        "entity": "e1",
        "doc": "d",
        "start": 1,
        "end": 3,
    }
    assert to_op(Merge("e1", "e2", Scope(doc="d"))) == {"op": "merge", "entity": "e1", "into": "e2", "doc": "d"}
    assert to_op(Split("e1", "ا")) == {"op": "split", "entity": "e1", "alias": "ا"}
    assert to_op(Add("و", "ORG")) == {"op": "add", "text": "و", "type": "ORG"}


@pytest.mark.parametrize(
    "bad",
    [
        ChangeType("e1", "ANIMAL"),
        Merge("e1", "e1"),
        Rename("e1", ""),
        Delete("e1", Scope(doc="")),
        Delete("e1", Scope(doc="d", start=5)),
        Delete("e1", Scope(doc="d", start=9, end=3)),
        Add("", "ORG"),
    ],
)
def test_a_bad_decision_is_refused_where_it_is_made(bad: Any) -> None:
    with pytest.raises(CurationError):
        to_op(bad)
