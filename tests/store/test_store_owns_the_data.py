"""The store is the one owner of the data: nothing else imports SQLAlchemy, neither face (GUI,
command line) imports the store, and the importers only read files."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _offenders(paths: list[Path], banned: tuple[str, ...]) -> dict[str, list[str]]:
    prefixes = tuple(f"{name}." for name in banned)
    found = {
        str(path.relative_to(ROOT)): sorted(
            n for n in _imports(path) if n in banned or n.startswith(prefixes)
        )
        for path in paths
    }
    return {name: imports for name, imports in found.items() if imports}


def test_only_the_store_imports_sqlalchemy_sqlmodel_or_alembic() -> None:
    outside = [
        p for p in [*(ROOT / "app").rglob("*.py"), *(ROOT / "ui").rglob("*.py")] if "store" not in p.parts
    ]
    assert _offenders(outside, ("sqlalchemy", "sqlmodel", "alembic")) == {}


def test_neither_the_gui_nor_the_command_line_imports_the_store() -> None:
    faces = [*(ROOT / "ui").rglob("*.py"), *(ROOT / "app").glob("cli*.py")]
    assert _offenders(faces, ("app.store",)) == {}


def test_the_importers_import_neither_the_services_nor_the_store() -> None:
    importers = list((ROOT / "app" / "importers").rglob("*.py"))
    assert _offenders(importers, ("app.services", "app.store")) == {}
