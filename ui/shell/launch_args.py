"""Which launches open the window: none or only ``--data-dir DIR`` (the menu entry), or order
files given by the desktop's "Open with" (``dispute-desk FILE…``, a ``%F`` in the desktop
entry), or ``--autostart`` (the login entry: the window starts in the tray). Anything else is a command for the command line. No Qt, no parsers: this decides
before either is imported."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

# The files the import preview reads (the same suffixes as ui/files/import_actions.py's IMPORT_SUFFIXES;
# test_launch_args checks they agree). A command name has no suffix, so never matches.
ORDER_FILE_SUFFIXES = frozenset({".csv", ".tsv", ".json", ".xlsx", ".eml", ".mbox", ".txt"})


AUTOSTART = "--autostart"


class GuiLaunch(NamedTuple):
    data_dir: str | None
    files: list[Path]
    autostart: bool = False  # started at login: into the tray, or minimised where there is none


def gui_launch(argv: list[str]) -> GuiLaunch | None:
    """The window's launch ``argv`` asks for, or None when it is a command-line call."""
    data_dir: str | None = None
    files: list[Path] = []
    autostart = False
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg == "--data-dir" and rest and not rest[0].startswith("-") and data_dir is None:
            data_dir = rest.pop(0)
        elif arg.startswith("--data-dir=") and len(arg) > len("--data-dir=") and data_dir is None:
            data_dir = arg.split("=", 1)[1]
        elif arg == AUTOSTART and not autostart:
            autostart = True
        elif _is_order_file(arg):
            files.append(Path(arg))
        else:
            return None
    return GuiLaunch(data_dir, files, autostart)


def _is_order_file(arg: str) -> bool:
    if arg.startswith("-"):
        return False
    path = Path(arg)
    return path.suffix.lower() in ORDER_FILE_SUFFIXES and path.is_file()
