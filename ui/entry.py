"""The ``dispute-desk`` command: the CLI with a command, the window without one."""

from __future__ import annotations

import sys


def launch(data_dir: str | None, env: dict[str, str]) -> int:
    from ui.application import run_gui

    return run_gui(data_dir, env)


def main(argv: list[str] | None = None) -> int:
    from app.cli import run

    return run(sys.argv[1:] if argv is None else argv, gui=launch)
