"""Translation files for tests: a ``.ts`` built into the ``.qm`` that ``app.i18n`` reads, in a
folder the test owns, so a test speaks a language without the shipped catalogs (which
translators fill in and ``dev.py tr`` builds).

``tests/fixtures/i18n/drafts_ru.ts`` holds the Russian of the drafts to the seller and the
platform, as this project wrote them before the drafts moved into the translation files.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import i18n

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "i18n"
RUSSIAN_DRAFTS = FIXTURES / "drafts_ru.ts"
RUSSIAN_CLI = FIXTURES / "cli_ru.ts"  # a few of the command line's, the advice's and the case pack's


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    if not Path(found).exists():
        pytest.skip("pyside6-lrelease is not installed")
    return found


def build(ts: Path | list[Path], folder: Path, code: str) -> Path:
    """``ts`` (one or several ``.ts`` files) built into ``folder/dispute_desk_<code>.qm``."""
    folder.mkdir(parents=True, exist_ok=True)
    qm = folder / f"{i18n.CATALOG_PREFIX}{code}.qm"
    sources = [str(path) for path in (ts if isinstance(ts, list) else [ts])]
    subprocess.run([lrelease(), *sources, "-qm", str(qm)], check=True, capture_output=True)
    return qm


def install(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """Make ``app.i18n`` read its catalogs from ``folder`` (until the test ends)."""
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    i18n.reset_catalogs()
    monkeypatch.setattr(i18n, "_language", i18n.current_language())  # restored after the test
