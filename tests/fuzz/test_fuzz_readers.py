"""The fuzz suite: every reader, over the hostile corpus and hypothesis's random files, in a
subprocess under a memory limit (fuzz_worker.py); any exception other than a refusal fails."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import hostile_corpus

HERE = Path(__file__).resolve().parent


def test_every_reader_refuses_hostile_files_within_memory_and_time(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    hostile_corpus.write_corpus(corpus)
    result = subprocess.run(
        [sys.executable, str(HERE / "fuzz_worker.py"), str(corpus), "60"],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr[-6000:]
    assert "checked" in result.stdout
