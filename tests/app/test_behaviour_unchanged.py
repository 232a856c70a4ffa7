"""The data written by a fixed story of commands is byte for byte what it was when the fixtures in
``tests/fixtures/behaviour/`` were saved (see ``behaviour_scenario``): the export, every table
(the list cache and the search text included) and every command's output."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from tests.app.behaviour_scenario import normalized, run_scenario

SAVED = Path(__file__).resolve().parents[1] / "fixtures" / "behaviour"


@pytest.fixture(scope="module")
def produced(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return run_scenario(tmp_path_factory.mktemp("story"))


@pytest.mark.parametrize("name", ["export.json", "tables.sql", "transcript.txt"])
def test_the_story_writes_what_it_always_wrote(produced: dict[str, str], name: str) -> None:
    saved = gzip.decompress((SAVED / f"{name}.gz").read_bytes()).decode("utf-8")
    assert normalized(name, produced[name]) == normalized(name, saved)
