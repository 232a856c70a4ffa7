"""The ``dispute-desk`` command: the CLI with a command, the window without one (or with the
order files the desktop's "Open with" passes)."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ui.shell.launch_args import gui_launch


def launch(
    data_dir: str | None, env: dict[str, str], files: Sequence[Path] = (), *, hidden: bool = False
) -> int:
    from ui.shell.application import run_gui  # deferred: a command-line run never imports the GUI

    return run_gui(data_dir, env, files=files, start_hidden=hidden)


def notify_desktop(reminders: list[Any]) -> bool:
    """``dispute-desk remind``'s way to the desktop (see ui/reminders/desktop.py)."""
    from ui.reminders.desktop import notify_from_command_line  # deferred: only when reminders are due

    return notify_from_command_line(reminders, dict(os.environ))


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    gui = gui_launch(args)
    if gui is not None:
        if gui.files:
            return launch(gui.data_dir, dict(os.environ), gui.files)
        if gui.autostart:
            return launch(gui.data_dir, dict(os.environ), hidden=True)
        return launch(gui.data_dir, dict(os.environ))
    from app.cli import run  # deferred: opening the window must not import the command line's parsers

    return run(args, gui=launch, notifier=notify_desktop)
