"""The translations on their way into the app: dev.py builds a .qm when its .ts is newer, and
the smoke test asks the bundle for Russian only once the Russian catalog holds translations."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.packaging.helpers import PACKAGING, ROOT, load_script
from tools.translations import catalogs, qt_tools

dev = load_script(ROOT / "dev.py", "dev_script")
smoke = load_script(PACKAGING / "smoke.py", "smoke_script")

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>cli</name>
    <message>
        <source>Steps:</source>
        <translation{attributes}>{text}</translation>
    </message>
</context>
</TS>
"""


def build(tmp_path: Path, attributes: str, text: str) -> Path:
    ts = tmp_path / "dispute_desk_ru.ts"
    ts.write_text(TS.format(attributes=attributes, text=text), encoding="utf-8")
    try:
        catalogs.release([ts])
    except qt_tools.ToolError:
        pytest.skip("pyside6-lrelease is not installed")
    return ts.with_suffix(".qm")


def test_dev_py_rebuilds_a_qm_only_when_its_ts_is_newer(tmp_path: Path) -> None:
    ts = tmp_path / "dispute_desk_ru.ts"
    ts.write_text("<TS/>", encoding="utf-8")
    assert dev.stale_catalogs(tmp_path) == [ts]
    qm = ts.with_suffix(".qm")
    qm.write_bytes(b"")
    os.utime(qm, (ts.stat().st_mtime + 5, ts.stat().st_mtime + 5))
    assert dev.stale_catalogs(tmp_path) == []
    os.utime(ts, (qm.stat().st_mtime + 5, qm.stat().st_mtime + 5))
    assert dev.stale_catalogs(tmp_path) == [ts]
    assert dev.stale_catalogs(tmp_path) == catalogs.stale(tmp_path)  # the tool agrees


def test_a_catalog_without_translations_is_told_from_one_with_a_line(tmp_path: Path) -> None:
    assert not smoke.holds_translations(build(tmp_path, ' type="unfinished"', ""))
    assert smoke.holds_translations(build(tmp_path, "", "Шаги:"))


def test_russian_is_recognised_by_its_letters() -> None:
    assert smoke.CYRILLIC.search("Шаги:\n  1. The platform")
    assert not smoke.CYRILLIC.search("Steps:\n  1. Ça va, señor")
