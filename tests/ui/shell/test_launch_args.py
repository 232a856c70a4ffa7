"""Which launches open the window (with the files "Open with" passes) and which are commands."""

from __future__ import annotations

from pathlib import Path

import pytest

from ui.shell.launch_args import ORDER_FILE_SUFFIXES, GuiLaunch, gui_launch


def test_the_suffixes_are_those_the_import_preview_reads() -> None:
    from ui.files.import_actions import IMPORT_SUFFIXES

    assert ORDER_FILE_SUFFIXES == IMPORT_SUFFIXES


def test_order_files_open_the_window_and_anything_else_is_a_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("orders.csv", "Mail.EML", "box.mbox", "orders"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert gui_launch([]) == GuiLaunch(None, [])
    assert gui_launch(["--data-dir", "/d"]) == GuiLaunch("/d", [])
    assert gui_launch(["--data-dir=/d", "orders.csv", "Mail.EML"]) == GuiLaunch(
        "/d", [Path("orders.csv"), Path("Mail.EML")]
    )
    assert gui_launch(["box.mbox", "--data-dir", "/d"]) == GuiLaunch("/d", [Path("box.mbox")])
    # a command wins, even when a file of that name exists; so do options and missing files
    for argv in (["orders"], ["--version"], ["import", "orders.csv"], ["missing.csv"], ["--data-dir"]):
        assert gui_launch(argv) is None, argv
    assert gui_launch(["--data-dir", "/a", "--data-dir", "/b"]) is None
