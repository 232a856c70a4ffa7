"""Qt's ``lupdate`` and ``lrelease``, as PySide6-Essentials installs them beside the venv's
Python (``pyside6-lupdate``, ``pyside6-lrelease``)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path


class ToolError(RuntimeError):
    """A Qt tool is missing or failed; the message says which and why."""


def find(name: str) -> Path:
    """``pyside6-<name>`` of this Python's environment, else the first on PATH."""
    wanted = f"pyside6-{name}"
    found = shutil.which(wanted, path=str(Path(sys.executable).parent)) or shutil.which(wanted)
    if found is None:
        raise ToolError(
            f"{wanted} is not installed (it comes with PySide6-Essentials; run python3 dev.py tr)"
        )
    return Path(found)


def _run(cmd: Sequence[str | Path]) -> str:
    done = subprocess.run(
        [str(part) for part in cmd], capture_output=True, text=True, encoding="utf-8", errors="replace"
    )
    if done.returncode != 0:
        raise ToolError(f"{Path(cmd[0]).name} failed (exit {done.returncode}):\n{done.stdout}{done.stderr}")
    return done.stdout + done.stderr


def lupdate(
    sources: Sequence[Path], targets: Sequence[Path], *, locations: str, source_language: str = "en"
) -> str:
    """Extract the messages of ``sources`` into the ``targets`` (merged with what they hold),
    dropping the messages no longer in the code. Returns what lupdate said (its warnings)."""
    with tempfile.TemporaryDirectory(prefix="dispute-desk-lupdate-") as tmp:
        listing = Path(tmp) / "sources.lst"  # a file list: no command-line length limit on Windows
        listing.write_text("".join(f"{path}\n" for path in sources), encoding="utf-8")
        cmd: list[str | Path] = [find("lupdate"), "-silent", "-no-obsolete", "-locations", locations]
        cmd += ["-source-language", source_language, f"@{listing}", "-ts", *targets]
        return _run(cmd)


def lrelease(ts: Path, qm: Path) -> None:
    """Build the ``.qm`` Qt loads from a ``.ts`` (translations still unfinished are included:
    a draft reads better than English)."""
    qm.parent.mkdir(parents=True, exist_ok=True)
    _run([find("lrelease"), "-silent", ts, "-qm", qm])
