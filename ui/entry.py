"""The ``dispute-desk`` command: the CLI with a command, the window without one (or with the
order files the desktop's "Open with" passes)."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path


def launch(data_dir: str | None, env: dict[str, str], files: Sequence[Path] = ()) -> int:
    from ui.application import run_gui

    return run_gui(data_dir, env, files=files)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    from ui.shell.launch_args import gui_launch

    gui = gui_launch(args)
    if gui is not None:
        import os

        if gui.files:
            return launch(gui.data_dir, dict(os.environ), gui.files)
        return launch(gui.data_dir, dict(os.environ))
    from app.cli import run

    return run(args, gui=launch)
