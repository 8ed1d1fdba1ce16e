"""The whoosh internals the search code relies on: listed, present, pinned."""

from __future__ import annotations

import ast
import tomllib
from importlib.metadata import version

import pytest
from tests.conftest import ROOT
from whoosh.codec.whoosh3 import W3LeafMatcher, W3PostingsWriter

from kashshaf.core.search import whoosh_compat
from kashshaf.core.search.whoosh_compat import PINNED_VERSION, PRIVATE_NAMES, WhooshIncompatible, check, missing_names

PACKAGE = ROOT / "desktop" / "kashshaf"
INTERNAL_MODULES = ("whoosh.codec", "whoosh.system", "whoosh.multiproc", "whoosh.analysis.", "whoosh.query.")
"""whoosh modules whose names are internals (the public ones: whoosh.fields, .query, .index, …)"""


def test_every_listed_name_is_in_the_installed_whoosh() -> None:
    assert missing_names() == []
    check()  # what importing the package did


def test_a_missing_name_is_named_with_the_pinned_version(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = [*PRIVATE_NAMES[:3], ("whoosh.codec.whoosh3", "W3LeafMatcher._no_such_thing"), ("whoosh.nowhere", "X")]
    assert missing_names(fake) == ["whoosh.codec.whoosh3.W3LeafMatcher._no_such_thing", "whoosh.nowhere.X"]
    with pytest.raises(ImportError) as caught:
        check(fake)
    assert isinstance(caught.value, WhooshIncompatible)
    message = str(caught.value)
    assert "W3LeafMatcher._no_such_thing" in message
    assert "whoosh.nowhere.X" in message
    assert f"whoosh-reloaded=={PINNED_VERSION}" in message
    assert caught.value.missing == ["whoosh.codec.whoosh3.W3LeafMatcher._no_such_thing", "whoosh.nowhere.X"]
    # a whoosh that dropped a method or an attribute its code sets is caught too
    monkeypatch.delattr(W3LeafMatcher, "_read_values")
    assert missing_names() == ["whoosh.codec.whoosh3.W3LeafMatcher._read_values"]
    monkeypatch.setattr(whoosh_compat, "_class_code_names", lambda cls: set())
    assert "whoosh.codec.whoosh3.W3PostingsWriter._maxweight" in missing_names()
    assert hasattr(W3PostingsWriter, "written")  # (a method: found without reading code)


def test_pyproject_pins_the_installed_whoosh() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pins = [d for d in project["project"]["dependencies"] if d.lower().startswith("whoosh")]
    assert pins == [f"whoosh-reloaded=={PINNED_VERSION}"]
    assert version("whoosh-reloaded") == PINNED_VERSION == whoosh_compat.installed_version()


def _own_names(tree: ast.Module) -> set[str]:
    """Names Kashshaf's code defines: its functions and methods, and self attributes set in __init__."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.ClassDef):
            names.add(node.name)
        if isinstance(node, ast.FunctionDef) and node.name in ("__init__", "__setstate__"):
            for sub in ast.walk(node):
                if isinstance(sub, ast.Attribute) and isinstance(sub.value, ast.Name) and sub.value.id == "self":
                    names.add(sub.attr)
    return names


def _imports_whoosh(node: ast.AST) -> bool:
    if isinstance(node, ast.Import):
        return any(a.name.split(".")[0] == "whoosh" for a in node.names)
    return isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "whoosh"


def test_every_whoosh_internal_the_code_uses_is_listed() -> None:
    """A grep of the package: private attributes (``x._name``) not Kashshaf's own, and
    every name imported from an internal whoosh module, must be in PRIVATE_NAMES."""
    listed_last = {path.rsplit(".", 1)[-1] for _, path in PRIVATE_NAMES}
    listed = {(module, path) for module, path in PRIVATE_NAMES}
    unlisted: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if not any(_imports_whoosh(n) for n in ast.walk(tree)):
            continue
        own = _own_names(tree)
        where = path.relative_to(PACKAGE)
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("whoosh"):
                for alias in node.names:
                    internal = alias.name.startswith("_") or node.module.startswith(INTERNAL_MODULES)
                    if internal and (node.module, alias.name) not in listed:
                        unlisted.append(f"{where}: from {node.module} import {alias.name}")
            if (
                isinstance(node, ast.Attribute)
                and node.attr.startswith("_")
                and not node.attr.startswith("__")
                and node.attr not in own
                and node.attr not in listed_last
            ):
                unlisted.append(f"{where}: {ast.unparse(node)}")
    assert unlisted == []
