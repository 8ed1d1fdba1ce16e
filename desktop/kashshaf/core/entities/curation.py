"""Curation decisions as values: what a person decided about an entity.

The corpus keeps its curation as a log of JSON objects (``{"op": "merge",
"entity": …, "into": …}``, see :mod:`kashshaf.core.entities.store`), which is
also the curation file's format. Code gives and takes the decisions as these
dataclasses: :func:`to_op` and :func:`op_of` convert, checking a decision as
the log does (:func:`~kashshaf.core.entities.store.validate_op`), so a
misspelt key or a missing field is an error where it is made.

A change of type, a merge and a deletion may be scoped to one document
(``doc``) or to one mention (``doc``, ``start``, ``end``: offsets in the
document's clean text).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from kashshaf.core.entities.store import validate_op


@dataclass(frozen=True, slots=True, kw_only=True)
class Scope:
    """Where a scoped decision holds: one document, or one mention of it (``start``–``end``)."""

    doc: str
    start: int | None = None
    end: int | None = None

    def fields(self) -> dict[str, Any]:
        found: dict[str, Any] = {"doc": self.doc}
        if self.start is not None or self.end is not None:
            found.update(start=self.start, end=self.end)
        return found


@dataclass(frozen=True, slots=True)
class Rename:
    entity: str
    name: str


@dataclass(frozen=True, slots=True)
class ChangeType:
    entity: str
    type: str
    scope: Scope | None = None


@dataclass(frozen=True, slots=True)
class Merge:
    entity: str
    into: str
    scope: Scope | None = None


@dataclass(frozen=True, slots=True)
class Split:
    """Take the mentions spelt ``alias`` off ``entity``: they become an entity of their own."""

    entity: str
    alias: str


@dataclass(frozen=True, slots=True)
class Delete:
    """A false positive: its mentions are dropped (everywhere, or in the scope)."""

    entity: str
    scope: Scope | None = None


@dataclass(frozen=True, slots=True)
class Add:
    """A name the extractor missed: found in every document that has its words."""

    text: str
    type: str
    name: str | None = None
    """the entity's name when it differs from the words found"""


CurationOp = Rename | ChangeType | Merge | Split | Delete | Add

_KINDS: dict[type[Any], str] = {
    Rename: "rename",
    ChangeType: "type",
    Merge: "merge",
    Split: "split",
    Delete: "delete",
    Add: "add",
}


def to_op(decision: CurationOp) -> dict[str, Any]:
    """The log's (and the curation file's) form of a decision; raises CurationError for one that is not valid."""
    op: dict[str, Any] = {"op": _KINDS[type(decision)]}
    for f in fields(decision):
        value = getattr(decision, f.name)
        if f.name == "scope":
            if value is not None:
                op.update(value.fields())
        elif value is not None:
            op[f.name] = value
    return validate_op(op)


def op_of(op: dict[str, Any]) -> CurationOp:
    """The decision a log entry (checked by ``validate_op``) stands for."""
    scope = Scope(doc=op["doc"], start=op.get("start"), end=op.get("end")) if op.get("doc") else None
    kind = op["op"]
    if kind == "rename":
        return Rename(op["entity"], op["name"])
    if kind == "type":
        return ChangeType(op["entity"], op["type"], scope)
    if kind == "merge":
        return Merge(op["entity"], op["into"], scope)
    if kind == "split":
        return Split(op["entity"], op["alias"])
    if kind == "delete":
        return Delete(op["entity"], scope)
    return Add(op["text"], op["type"], op.get("name"))
