"""The ``dispute-desk`` command: the CLI with a command, the window without one."""

from __future__ import annotations

import os
import sys


def launch(data_dir: str | None, env: dict[str, str]) -> int:
    from ui.shell.application import run_gui  # deferred: a command-line run never imports the GUI

    return run_gui(data_dir, env)


def _gui_only(argv: list[str]) -> tuple[bool, str | None]:
    """Whether ``argv`` just opens the window (nothing, or only ``--data-dir DIR``), and the
    data dir it names. The window then opens without importing the command line's parsers."""
    if not argv:
        return True, None
    if len(argv) == 2 and argv[0] == "--data-dir" and not argv[1].startswith("-"):
        return True, argv[1]
    if len(argv) == 1 and argv[0].startswith("--data-dir=") and len(argv[0]) > len("--data-dir="):
        return True, argv[0].split("=", 1)[1]
    return False, None


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    gui, data_dir = _gui_only(args)
    if gui:
        return launch(data_dir, dict(os.environ))
    from app.cli import run  # deferred: opening the window must not import the command line's parsers

    return run(args, gui=launch)
