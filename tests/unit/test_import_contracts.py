"""The boundaries between Kashshaf's modules, read from the source with ``ast``
(so an import inside a function counts too, and nothing is run):

* nothing outside ``kashshaf.ui`` imports ``kashshaf.ui``, but for the few
  places listed in ``MAY_IMPORT_UI``, and those only inside a function;
* ``kashshaf.core`` imports no Qt (ARCHITECTURE.md, habit 1);
* no two modules import each other at module level, directly or round a
  longer cycle (an import under ``if TYPE_CHECKING:`` or inside a function is
  not run when a module loads, so it is no part of a cycle).

An import of ``a.b.c`` is an edge to ``a.b.c`` alone (Python runs the
packages' ``__init__`` first, but those re-export their modules and would
make every package a cycle); ``from a.b import c`` is an edge to ``a.b.c``
when that is a module, else to ``a.b``.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "desktop" / "kashshaf"
QT = ("PySide6", "shiboken6")

MAY_IMPORT_UI: dict[tuple[str, str], str] = {
    ("kashshaf.cli", "kashshaf.ui.mainwindow"): "the `gui` command (the default) opens the window",
    ("kashshaf.cli", "kashshaf.ui.export_pdf"): (
        "`export --format pdf` gives the core's registry Qt's PdfRenderer, imported only when a PDF is drawn"
    ),
    ("kashshaf.cli", "kashshaf.ui.views.network_scene"): (
        "`network --out FILE.png|.svg` draws the picture as the window's dock does, imported only then"
    ),
}
"""(importer, imported): why; each only inside a function, so no other command loads Qt"""


@dataclass(frozen=True)
class Import:
    importer: str
    target: str
    line: int
    module_level: bool
    """run when the importer is loaded: not inside a function, nor under ``if TYPE_CHECKING:``"""


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _targets(node: ast.Import | ast.ImportFrom, importer: str, is_package: bool) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    base = node.module or ""
    if node.level:  # relative: from the importer's package, up level - 1
        package = importer.split(".") if is_package else importer.split(".")[:-1]
        package = package[: len(package) - (node.level - 1)]
        base = ".".join([*package, *([base] if base else [])])
    return [f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base for a in node.names]


def imports_of(name: str, path: Path) -> Iterator[Import]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    is_package = path.name == "__init__.py"

    def walk(node: ast.AST, module_level: bool) -> Iterator[Import]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Import | ast.ImportFrom):
                for target in _targets(child, name, is_package):
                    yield Import(name, target, child.lineno, module_level)
            elif isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                yield from walk(child, False)
            elif isinstance(child, ast.If) and _type_checking(child.test):
                for stmt in child.body:
                    yield from walk(ast.Module(body=[stmt], type_ignores=[]), False)
                for stmt in child.orelse:
                    yield from walk(ast.Module(body=[stmt], type_ignores=[]), module_level)
            else:
                yield from walk(child, module_level)

    yield from walk(tree, True)


IMPORTS = [i for name, path in MODULES.items() for i in imports_of(name, path)]


def within(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def test_the_modules_are_found() -> None:
    assert {"kashshaf.cli", "kashshaf.core.export.formats", "kashshaf.ui.mainwindow"} <= MODULES.keys()
    assert any(i.importer == "kashshaf.cli" and i.target == "kashshaf.ui.mainwindow" for i in IMPORTS)


def test_nothing_outside_the_ui_imports_it() -> None:
    offenders = [
        f"{i.importer} imports {i.target} (line {i.line})"
        for i in IMPORTS
        if within(i.target, "kashshaf.ui")
        and not within(i.importer, "kashshaf.ui")
        and ((i.importer, i.target) not in MAY_IMPORT_UI or i.module_level)
    ]
    assert offenders == []


def test_the_allowed_ui_imports_are_still_needed() -> None:
    """An exception nobody uses any longer is taken off the list."""
    used = {(i.importer, i.target) for i in IMPORTS}
    assert set(MAY_IMPORT_UI) <= used


def test_the_core_imports_no_qt() -> None:
    offenders = [
        f"{i.importer} imports {i.target} (line {i.line})"
        for i in IMPORTS
        if within(i.importer, "kashshaf.core") and i.target.split(".")[0] in QT
    ]
    assert offenders == []


def strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's strongly connected components of ``graph``, iteratively (no recursion limit)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, successors = work[-1]
            for succ in successors:
                if succ not in index:
                    index[succ] = low[succ] = len(index)
                    stack.append(succ)
                    on_stack.add(succ)
                    work.append((succ, iter(sorted(graph[succ]))))
                    break
                if succ in on_stack:
                    low[node] = min(low[node], index[succ])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    components.append(sorted(component))
    return components


def test_strongly_connected_finds_cycles() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a", "d"}, "e": set()}
    assert sorted(strongly_connected(graph)) == [["a", "b", "c"], ["d"], ["e"]]


def test_no_module_level_import_cycles() -> None:
    graph: dict[str, set[str]] = {name: set() for name in MODULES}
    for i in IMPORTS:
        if i.module_level and i.target in MODULES and i.target != i.importer:
            graph[i.importer].add(i.target)
    cycles = [c for c in strongly_connected(graph) if len(c) > 1]
    assert cycles == []
