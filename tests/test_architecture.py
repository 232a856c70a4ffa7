"""House rules of the architecture, checked: the layer table of docs/ARCHITECTURE.md, the
Qt-free core, one wall clock, no module imported by string (a frozen build finds every module
from the entry point), a fast start, and docs that speak of the project only."""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from modulefinder import ModuleFinder
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "app"
UI = ROOT / "ui"


def _module_name(path: Path, root: Path = ROOT) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, root: Path = ROOT) -> set[str]:
    """Every module ``path`` imports, anywhere in it (inside functions and ``TYPE_CHECKING`` too),
    as absolute names; ``from a import b`` also counts as ``a.b`` when ``b`` is a module of ours."""
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    package = _module_name(path, root).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *(node.module.split(".") if node.module else [])])
            names.add(module)
            folder = root.joinpath(*module.split("."))
            names.update(
                f"{module}.{alias.name}"
                for alias in node.names
                if (folder / f"{alias.name}.py").is_file() or (folder / alias.name / "__init__.py").is_file()
            )
    return names


def _within(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


# -- the layer table ------------------------------------------------------------------------------

STDLIB = frozenset(sys.stdlib_module_names)


@dataclass(frozen=True)
class Layer:
    """One row of the table: a folder of the repository and what its modules may import.

    ``only``: besides the standard library, the only modules allowed (by prefix); ``never``:
    modules not allowed. ``pending``: the row is the target the code doesn't meet yet (the
    test is expected to fail, and fails if it starts to pass, so the mark must go then)."""

    where: str
    only: tuple[str, ...] | None = None
    never: tuple[str, ...] = ()
    pending: str = ""

    def offenders(self, root: Path = ROOT) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for path in sorted((root / self.where).rglob("*.py")):
            bad = sorted(name for name in _imports(path, root) if not self.allows(name))
            if bad:
                found[path.relative_to(root).as_posix()] = bad
        return found

    def allows(self, name: str) -> bool:
        if any(_within(name, banned) for banned in self.never):
            return False
        if self.only is None:
            return True
        return name.split(".")[0] in STDLIB or any(_within(name, allowed) for allowed in self.only)


LAYERS = (
    Layer("app/domain", only=("app.domain", "app.rules", "app.i18n")),
    Layer("app/evidence", only=("app.evidence", "PIL", "pillow_heif", "fpdf", "app.domain.errors", "app.store.paths", "app.i18n")),
    Layer("app/importers", never=("app.services", "app.store")),
    Layer("app/store", never=("app.services", "app.importers", "app.cli", "app.evidence")),
    Layer("app/services", never=("app.cli",)),
    Layer("app/cli", never=("app.store",)),
    Layer("ui", never=("app.store",)),
    Layer("app", never=("ui", "PySide6", "shiboken6")),
)  # fmt: skip


@pytest.mark.parametrize(
    "layer",
    [
        pytest.param(layer, id=layer.where, marks=[pytest.mark.xfail(strict=True, reason=layer.pending)])
        if layer.pending
        else pytest.param(layer, id=layer.where)
        for layer in LAYERS
    ],
)
def test_each_layer_imports_only_what_the_table_allows(layer: Layer) -> None:
    assert layer.offenders() == {}


def test_the_layer_check_sees_every_kind_of_import(tmp_path: Path) -> None:
    """The check itself: relative imports, imports inside functions, ``from app import store``."""
    for package in ("app", "app/domain", "app/store"):
        (tmp_path / package).mkdir(exist_ok=True)
        (tmp_path / package / "__init__.py").write_text("", "utf-8")
    (tmp_path / "app" / "store" / "database.py").write_text("", "utf-8")
    (tmp_path / "app" / "domain" / "probe.py").write_text(
        "from datetime import UTC\n"
        "from . import model\n"
        "from ..store import database\n"
        "def f():\n"
        "    from app import store\n"
        "    import sqlalchemy.orm\n",
        "utf-8",
    )
    assert Layer("app/domain", only=("app.domain",)).offenders(tmp_path) == {
        "app/domain/probe.py": ["app", "app.store", "app.store.database", "sqlalchemy.orm"]
    }
    assert Layer("app/domain", never=("app.store",)).offenders(tmp_path) == {
        "app/domain/probe.py": ["app.store", "app.store.database"]
    }


def test_importing_every_app_module_loads_no_qt() -> None:
    """The static check misses dynamic imports; importing everything catches those too."""
    script = (
        "import importlib, json, pkgutil, sys\n"
        "import app\n"
        "for info in pkgutil.walk_packages(app.__path__, 'app.'):\n"
        "    if '.migrations' in info.name: continue\n"
        "    importlib.import_module(info.name)\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'ui'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert json.loads(result.stdout) == []


def test_only_the_clock_module_reads_the_wall_clock() -> None:
    banned = ("datetime.now(", "datetime.utcnow(", "time.time(", "date.today(")
    offenders = [
        f"{path.relative_to(ROOT)}: {needle}"
        for path in APP.rglob("*.py")
        if path.name != "clock.py"
        for needle in banned
        if needle in path.read_text("utf-8")
    ]
    assert offenders == []


def test_the_cli_does_not_import_sqlalchemy_for_help() -> None:
    """`dispute-desk --help` (and the GUI launcher that shares the entry) must start fast."""
    script = (
        "import io, json, sys\n"
        "from app.cli import run\n"
        "run(['--help'], stdout=io.StringIO())\n"
        "print()\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'sqlmodel', 'alembic'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []


def test_the_main_window_module_imports_no_sqlalchemy() -> None:
    """The window is shown before SQLAlchemy is imported (start-up budget): keep it that way."""
    script = (
        "import json, sys\n"
        "import ui.shell.main_window, ui.shell.application\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'sqlmodel', 'alembic'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []


@pytest.mark.parametrize(
    ("argv", "data_dir"),
    [([], None), (["--data-dir", "/tmp/x"], "/tmp/x"), (["--data-dir=/tmp/y"], "/tmp/y")],
)
def test_opening_the_window_skips_the_command_line_parsers(argv: list[str], data_dir: str | None) -> None:
    """`dispute-desk` alone opens the window without importing app.cli and its parsers."""
    script = (
        "import json, sys\n"
        "import ui.entry as entry\n"
        "entry.launch = lambda data_dir, env, files=(): print(json.dumps(data_dir)) or 0\n"
        f"code = entry.main({argv!r})\n"
        "print(json.dumps(['app.cli' in sys.modules, code]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    launched, flags = result.stdout.strip().splitlines()
    assert json.loads(launched) == data_dir
    assert json.loads(flags) == [False, 0]


def test_anything_else_still_goes_through_the_command_line() -> None:
    script = (
        "import io, contextlib, sys\n"
        "import ui.entry as entry\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        "    code = entry.main(['--version'])\n"
        "print(code, 'app.cli' in sys.modules, out.getvalue().strip())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.split()[:3] == ["0", "True", "dispute-desk"]


# -- what a frozen build sees ---------------------------------------------------------------------


def test_no_module_is_imported_by_string() -> None:
    """A frozen build finds modules by reading the import statements; a module named in a
    string (``importlib.import_module``, ``__import__``) is left out of it."""
    banned = {"import_module", "__import__"}
    offenders = []
    for path in sorted([*APP.rglob("*.py"), *UI.rglob("*.py")]):
        for node in ast.walk(ast.parse(path.read_text("utf-8"), filename=str(path))):
            name = (
                node.id
                if isinstance(node, ast.Name)
                else node.attr
                if isinstance(node, ast.Attribute)
                else node.name
                if isinstance(node, ast.alias)
                else None
            )
            if name in banned:
                offenders.append(f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', '?')}: {name}")
    assert offenders == []


def _entry_scripts() -> list[Path]:
    """The files a build starts from: the console scripts of pyproject.toml, ``python -m app``
    and ``python -m ui``."""
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["scripts"]
    modules = [target.split(":")[0] for target in scripts.values()]
    return [
        *(ROOT.joinpath(*module.split(".")).with_suffix(".py") for module in modules),
        APP / "__main__.py",
        UI / "__main__.py",
    ]


def test_a_frozen_build_finds_every_module_from_the_entry_points() -> None:
    """A frozen build (PyInstaller) bundles what the static analysis of the entry points' imports
    finds: imports inside functions count, strings don't. ``modulefinder`` does the same
    analysis; here it follows only our own packages (``path`` is the repository)."""
    finder = ModuleFinder(path=[str(ROOT)])
    scripts = _entry_scripts()
    for script in scripts:
        finder.run_script(str(script))
    ours = {_module_name(path) for folder in (APP, UI) for path in folder.rglob("*.py")}
    started_from = {_module_name(script) for script in scripts}
    # Alembic runs the migrations from their files: a build ships them as data.
    data = {name for name in ours if _within(name, "app.store.migrations")}
    assert sorted(ours - started_from - data - set(finder.modules)) == []


# -- the docs speak of the project ----------------------------------------------------------------

OUTSIDE = re.compile(r"\.\./shared|/work/shared|\bissues? #?\d+|DESIGN\.md", re.IGNORECASE)
MARKDOWN_NAME = re.compile(r"[\w.-]+\.md\b")


def _doc_files() -> list[Path]:
    """Where the project describes itself: the code's docstrings and comments, docs/ and the README."""
    docs = ROOT / "docs"
    return [
        *sorted([*APP.rglob("*.py"), *UI.rglob("*.py"), *docs.rglob("*.md"), *docs.rglob("*.py")]),
        ROOT / "README.md",
    ]


def test_docs_refer_to_no_file_outside_the_repository_and_to_no_issue() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in _doc_files()
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if OUTSIDE.search(line)
    ]
    assert found == []


def test_every_markdown_file_the_docs_name_is_in_the_repository() -> None:
    ours = {
        path.name
        for path in ROOT.rglob("*.md")
        if not any(
            part.startswith(".") or part in ("build", "node_modules") for part in path.relative_to(ROOT).parts
        )
    }
    found = [
        f"{path.relative_to(ROOT)}:{number}: {name}"
        for path in _doc_files()
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        for name in MARKDOWN_NAME.findall(line)
        if name.split("/")[-1] not in ours
    ]
    assert found == []


def test_the_insights_views_load_only_when_first_opened() -> None:
    """Start-up doesn't pay for the statistics and stores views (charts, sums, ledger): their
    modules are imported when their tab is first chosen."""
    script = (
        "import json, sys, tempfile\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QSettings\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from app.clock import SystemClock\n"
        "from app.services import open_services\n"
        "from ui.shell.main_window import MainWindow\n"
        "from ui.insights.tabs import STATISTICS, STORES\n"
        "HEAVY = ('ui.insights.statistics_view', 'ui.insights.charts', 'ui.insights.stores_view',\n"
        "         'ui.insights.chart_export', 'app.services.insights', 'app.services.insight_sums')\n"
        "app = QApplication([])\n"
        "tmp = tempfile.mkdtemp()\n"
        "window = MainWindow(open_services(Path(tmp) / 'data', SystemClock()), SystemClock(), [],\n"
        "                    QSettings(str(Path(tmp) / 'l.ini'), QSettings.Format.IniFormat))\n"
        "window.show()\n"
        "app.processEvents()\n"
        "before = [m for m in HEAVY if m in sys.modules]\n"
        "window.insights.show_tab(STATISTICS)\n"
        "window.insights.show_tab(STORES)\n"
        "after = [m for m in HEAVY if m in sys.modules]\n"
        "window.tasks.wait()\n"
        "print(json.dumps([before, after]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    before, after = json.loads(result.stdout.strip().splitlines()[-1])
    assert before == []
    assert sorted(after) == sorted(
        [
            "ui.insights.statistics_view",
            "ui.insights.charts",
            "ui.insights.stores_view",
            "ui.insights.chart_export",
            "app.services.insights",
            "app.services.insight_sums",
        ]
    )
