"""How the GUI's modules import each other, checked from their source with ``ast``.

- No import cycle among ui modules. Every import counts: top-level ones, those inside
  ``if TYPE_CHECKING:`` (a cycle hidden from the interpreter is still a cycle in the design) and
  the deferred ones inside functions.
- The folders are layers: ``ui.common`` imports no other part of the GUI, and nothing imports
  ``ui.shell`` (the window that builds every other part) except the entry point.
- A deferred (function-level) import is there for start-up time and says so: it has a comment
  on its line or on the line above its group.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "ui"


@dataclass(frozen=True)
class Import:
    module: str  # the ui module that imports
    target: str  # the ui module imported
    line: int
    deferred: bool  # inside a function


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def ui_modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(UI.rglob("*.py"))}


def imported_names(node: ast.Import | ast.ImportFrom, module: str, is_package: bool) -> list[str]:
    """Every name the statement could bind a module from: ``from a import b`` may import ``a.b``."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    base = node.module or ""
    if node.level:
        package = module.split(".") if is_package else module.split(".")[:-1]
        package = package[: len(package) - (node.level - 1)]
        base = ".".join([*package, base] if base else package)
    return [base, *(f"{base}.{alias.name}" for alias in node.names)]


def imports_of(module: str, path: Path, known: set[str]) -> Iterator[Import]:
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    is_package = path.name == "__init__.py"

    def walk(node: ast.AST, in_function: bool) -> Iterator[Import]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Import | ast.ImportFrom):
                for name in imported_names(child, module, is_package):
                    if name in known and name != module:
                        yield Import(module, name, child.lineno, in_function)
            inner = in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
            yield from walk(child, inner)

    yield from walk(tree, False)


def all_imports() -> list[Import]:
    modules = ui_modules()
    known = set(modules)
    return [edge for module, path in modules.items() for edge in imports_of(module, path, known)]


def cycles(edges: list[Import]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    graph: dict[str, set[str]] = {}
    for edge in edges:
        graph.setdefault(edge.module, set()).add(edge.target)
        graph.setdefault(edge.target, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_import_walk_sees_the_gui() -> None:
    """The checks below mean something only if they see the imports: the window imports the
    order list at the top, the detail panel deferred, and its later parts for type checking."""
    edges = {(e.module, e.target, e.deferred) for e in all_imports()}
    assert ("ui.shell.main_window", "ui.orders.list_panel", False) in edges
    assert ("ui.shell.main_window", "ui.detail.panel", True) in edges
    assert ("ui.shell.main_window", "ui.files.backup_actions", False) in edges  # TYPE_CHECKING


def test_cycles_are_found() -> None:
    edges = [Import("a", "b", 1, False), Import("b", "c", 1, True), Import("c", "a", 1, False)]
    assert cycles([*edges, Import("c", "d", 1, False)]) == [["a", "b", "c"]]
    assert cycles(edges[:2]) == []


def test_no_import_cycle_among_ui_modules() -> None:
    assert cycles(all_imports()) == []


def package(module: str) -> str:
    parts = module.split(".")
    return ".".join(parts[:2]) if len(parts) > 2 else module


def test_the_common_helpers_import_no_other_part_of_the_gui() -> None:
    offenders = [
        f"{e.module} imports {e.target}"
        for e in all_imports()
        if package(e.module) == "ui.common" and package(e.target) != "ui.common"
    ]
    assert offenders == []


def test_only_the_entry_point_imports_the_shell() -> None:
    offenders = [
        f"{e.module} imports {e.target}"
        for e in all_imports()
        if package(e.target) == "ui.shell" and package(e.module) != "ui.shell" and e.module != "ui.entry"
    ]
    assert offenders == []


def has_comment(lines: list[str], line: int) -> bool:
    return "#" in lines[line - 1]


def deferred_groups(path: Path) -> Iterator[tuple[int, list[ast.stmt]]]:
    """Runs of consecutive import statements inside function bodies: (first line, statements)."""
    tree = ast.parse(path.read_text("utf-8"))
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for body in ast.walk(node):
            statements = getattr(body, "body", None)
            if not isinstance(statements, list):
                continue
            group: list[ast.stmt] = []
            for statement in [*statements, None]:
                if isinstance(statement, ast.Import | ast.ImportFrom):
                    group.append(statement)
                    continue
                if group:
                    yield group[0].lineno, group
                group = []


@pytest.mark.parametrize("path", sorted(UI.rglob("*.py")), ids=lambda p: str(p.relative_to(ROOT)))
def test_a_deferred_import_says_why(path: Path) -> None:
    lines = path.read_text("utf-8").splitlines()
    silent = []
    for first, group in deferred_groups(path):
        commented = has_comment(lines, first - 1) or any(
            has_comment(lines, line)
            for statement in group
            for line in range(statement.lineno, (statement.end_lineno or statement.lineno) + 1)
        )
        if not commented:
            silent.append(f"{path.relative_to(ROOT)}:{first}")
    assert silent == []
