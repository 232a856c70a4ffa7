"""Helpers for the packaging tests: the packaging/ scripts and dev.py are loaded by path (they
are scripts, not packages of the app)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load_script(path: Path, name: str) -> ModuleType:
    if str(PACKAGING) not in sys.path:
        sys.path.insert(0, str(PACKAGING))  # the scripts import bundle_info beside them
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def require_tool(name: str) -> str:
    """The tool's path. Outside CI a missing tool skips the test with the package to install; in
    CI on Linux (CI=true) it must be there."""
    found = shutil.which(name)
    if found:
        return found
    if os.environ.get("CI") == "true" and sys.platform.startswith("linux"):
        pytest.fail(f"{name} is missing in CI (.ci/run installs it)")
    package = {"desktop-file-validate": "desktop-file-utils", "appstreamcli": "appstream"}.get(name, name)
    pytest.skip(f"{name} is not installed (Debian/Ubuntu package {package})")
