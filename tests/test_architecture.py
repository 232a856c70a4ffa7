"""House rules of the architecture, checked: app/ is the Qt-free core and reads no wall clock."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "app"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_no_module_in_app_imports_qt_or_ui() -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(
            name for name in _imports(path) if name.split(".")[0] in {"PySide6", "shiboken6", "ui"}
        )
        for path in APP.rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


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
        "entry.launch = lambda data_dir, env: print(json.dumps(data_dir)) or 0\n"
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
