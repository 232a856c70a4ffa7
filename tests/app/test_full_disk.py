"""A full disk: every command says what is full (and how much is needed where it knows), never
"not a Dispute Desk data file", a raw SQLite error, SQL, order data or a URL; ``doctor`` still
answers, read-only; the data is whole once there is room again.

The disk is a small tmpfs mounted for the test (root only; skipped elsewhere).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from evidence_media import noise_jpeg

HEADER = (
    "Order Date,Order ID,Title,Qty,Price,Store,Product ID,SKU ID,Attributes,Price Info,Currency,"
    "Status,Product Url,Product Image Url,Store Url,Tags"
)
SECRET = "Buyer's Secret Title"


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"can't mount a tmpfs here: {done.stderr!r}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(disk: Path) -> None:
    with (disk / "filler").open("wb") as out:
        try:
            while True:
                out.write(b"\0" * 65536)
        except OSError:
            pass


def _clean(text: str) -> None:
    for bad in (
        "not a Dispute Desk data file",
        "OperationalError",
        "Traceback",
        "http",
        "INSERT",
        "SELECT",
        SECRET,
        "unexpected error",
    ):
        assert bad not in text, text


def test_every_command_says_the_disk_is_full(small_disk: Path, make_cli: Any, tmp_path: Path) -> None:
    data = small_disk / "data"
    cli = make_cli(data)
    cli.ok(
        "add",
        "--order",
        "8123456789012345",
        "--store",
        "Shop",
        "--title",
        SECRET,
        "--total",
        "1",
        "--currency",
        "USD",
    )
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(noise_jpeg(300, 300))
    rows = [HEADER] + [
        f'"2026-02-20",{8100000000000000 + n},"{SECRET} {n}",1,"US $1.00","S",,,,,USD,Completed,,,,'
        for n in range(300)
    ]
    source = tmp_path / "orders.csv"
    source.write_text("\n".join(rows) + "\n", "utf-8")
    _fill(small_disk)
    for argv in (
        (
            "add",
            "--order",
            "8123456789012346",
            "--store",
            "S",
            "--title",
            SECRET,
            "--total",
            "1",
            "--currency",
            "USD",
        ),
        ("record", "8123456789012345", "note", "--note", SECRET),
        ("import", str(source)),
        ("attach", "8123456789012345", str(photo)),
        ("backup", "--out", str(small_disk / "b.zip")),
    ):
        result = cli(*argv)
        assert result.code == 2, (argv, result)
        assert "full" in result.err or "free disk space" in result.err, (argv, result.err)
        _clean(result.err)
        assert "photo.jpg can't be read" not in result.err
    backup = cli("backup", "--out", str(small_disk / "b.zip"))
    assert "needs about" in backup.err
    doctor = cli("doctor")
    assert doctor.code == 0, doctor
    assert doctor.out.rstrip().endswith("ok") and "free" in doctor.out
    _clean(doctor.out + doctor.err)
    # Room again: everything works and nothing was half-written.
    (small_disk / "filler").unlink()
    assert cli.json("doctor")["ok"] is True
    cli.ok("record", "8123456789012345", "note", "--note", "after")
    assert [o["order"] for o in cli.json("orders")] == ["8123456789012345"]


def test_an_import_larger_than_the_free_space_is_refused_first(small_disk: Path, make_cli: Any) -> None:
    data = small_disk / "data"
    cli = make_cli(data)
    cli.ok("orders")
    big = small_disk.parent / "big.csv"
    rows = [HEADER] + [
        f'"2026-02-20",{8100000000000000 + n},"Item {n}",1,"US $1.00","S",,,,,USD,Completed,,,,'
        for n in range(30000)
    ]
    big.write_text("\n".join(rows) + "\n", "utf-8")
    result = cli("import", str(big))
    assert result.code == 2 and "is full" in result.err and "free about" in result.err, result.err
    assert cli.json("orders") == []
