"""A non-editable install works: the wheel carries the rule profile, the migrations and the
translations.

Builds the wheel, installs it (without dependencies, which this environment already has) into
a scratch folder, and runs the CLI from there, outside the source tree, on a new data dir.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

from app.i18n import LANGUAGES
from tools.translations import catalogs

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_ships_package_data_and_runs_outside_the_source_tree(tmp_path: Path) -> None:
    catalogs.release(catalogs.stale())  # what dev.py does before test and package: .qm are built
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(wheels)],
        check=True,
        capture_output=True,
        # The build backend is pinned like everything else CI installs.
        env={
            **os.environ,
            "PIP_NO_INPUT": "1",
            "PIP_CONSTRAINT": str(ROOT / "requirements" / "constraints.txt"),
        },
    )
    [wheel] = wheels.glob("dispute_desk-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "app/rules/aliexpress.json",
        "app/store/migrations/env.py",
        "app/store/migrations/script.py.mako",
        "app/store/migrations/versions/0001_initial.py",
        "app/store/migrations/versions/0003_evidence.py",
        "app/evidence/fonts/DejaVuSans.ttf",
        "app/evidence/fonts/DroidSansFallbackFull.ttf",
        "resources/icons/dispute-desk.svg",
        "resources/help/guide.html",
    ):
        assert needed in names
    for code in LANGUAGES:
        if code != "en":
            assert f"resources/translations/dispute_desk_{code}.qm" in names
    assert not any(name.startswith(("tests/", "tools/")) or name.endswith(".ts") for name in names)
    assert not any("_XA" in name or "_XB" in name for name in names)  # pseudo locales stay at home

    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"} | {"PYTHONPATH": str(target)}
    script = (
        "import sys\n"
        "from app.cli import run\n"
        "import app\n"
        "assert app.__file__.startswith(sys.argv[1]), app.__file__\n"
        "sys.exit(run(sys.argv[2:]))\n"
    )
    data = tmp_path / "data"
    common = [sys.executable, "-c", script, str(target), "--data-dir", str(data)]
    add = [
        *common,
        "add",
        "--order",
        "3069099405659913",
        "--store",
        "S",
        "--title",
        "T",
        "--total",
        "1.00",
        "--currency",
        "USD",
        "--ordered-at",
        "2026-01-01T00:00Z",
    ]
    subprocess.run(add, check=True, cwd=tmp_path, env=env, capture_output=True)
    shown = subprocess.run(
        [*common, "show", "3069099405659913", "--json"],
        check=True,
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert json.loads(shown.stdout)["order"] == "3069099405659913"
