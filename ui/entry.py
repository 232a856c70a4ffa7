"""The ``dispute-desk`` command: the CLI with a command, the window without one (or with the
order files the desktop's "Open with" passes)."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from ui.shell.launch_args import gui_launch


def launch(data_dir: str | None, env: dict[str, str], files: Sequence[Path] = ()) -> int:
    from ui.shell.application import run_gui  # deferred: a command-line run never imports the GUI

    return run_gui(data_dir, env, files=files)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    gui = gui_launch(args)
    if gui is not None:
        if gui.files:
            return launch(gui.data_dir, dict(os.environ), gui.files)
        return launch(gui.data_dir, dict(os.environ))
    from app.cli import run  # deferred: opening the window must not import the command line's parsers

    return run(args, gui=launch)
