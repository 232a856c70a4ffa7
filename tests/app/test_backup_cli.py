"""The command line: export, backup, restore, backups (CLI.md contract: exit codes, --json).
``cli`` is the runner of tests/conftest.py."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path
from typing import Any

from backup_fixtures import dump, tree


def seed(cli: Any) -> None:
    cli.ok("add", "--order", "8123456789012345", "--store", "Acme", "--title", "Cable", "--total", "12.34",
           "--currency", "USD", "--paid-at", "2026-03-01T10:00:00Z", "--processing-days", "5")  # fmt: skip
    cli.ok("add", "--order", "0007", "--store", "Shop", "--title", "Box", "--total", "3", "--currency", "EUR",
           "--ordered-at", "2026-03-02T10:00:00Z")  # fmt: skip


def test_export_each_format(cli: Any, tmp_path: Path) -> None:
    seed(cli)
    out = tmp_path / "o.csv"
    assert cli.json("export", "--format", "csv", "--out", str(out)) == {
        "format": "csv",
        "out": str(out),
        "count": 2,
        "what": "orders",
    }
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"), newline="")))
    assert [r["Order ID"] for r in rows] == ["8123456789012345", "0007"]
    assert cli.ok("export", "--format", "json", "--out", str(tmp_path / "o.json")).startswith(
        "wrote 2 orders"
    )
    assert len(json.loads((tmp_path / "o.json").read_text(encoding="utf-8"))["orders"]) == 2
    document = cli.json("export", "--format", "ics", "--out", str(tmp_path / "o.ics"))
    assert document["what"] == "deadlines" and document["count"] >= 2
    assert (tmp_path / "o.ics").read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")


def test_export_refusals(cli: Any, tmp_path: Path) -> None:
    seed(cli)
    assert "does not exist" in cli.refused(
        "export", "--format", "csv", "--out", str(tmp_path / "no" / "x.csv")
    )
    assert "invalid choice" in cli.refused("export", "--format", "xml", "--out", str(tmp_path / "x"))
    assert "required" in cli.refused("export", "--format", "csv")


def test_backup_restore_round_trip(cli: Any, make_cli: Any, tmp_path: Path) -> None:
    seed(cli)
    archive = tmp_path / "b.zip"
    info = cli.json("backup", "--out", str(archive))
    assert info["kind"] == "manual" and info["size"] == archive.stat().st_size
    assert info["created_at"] == "2026-03-10T12:00:00Z"
    assert "already exists" in cli.refused("backup", "--out", str(archive))
    assert cli.json("restore", str(archive), "--check")["ok"] is True

    other = make_cli(tmp_path / "other")
    result = other.json("restore", str(archive))
    assert (result["orders"], result["migrated"], result["safety"]) == (2, False, None)
    assert dump(other.data_dir) == dump(cli.data_dir)
    assert [o["order"] for o in other.json("orders")] == [o["order"] for o in cli.json("orders")]

    # Restoring over existing data keeps a safety copy, listed by `backups`.
    cli.ok("record", "0007", "note", "--note", "after")
    restored = cli.json("restore", str(archive))
    assert restored["safety"]["kind"] == "safety"
    listed = cli.json("backups")
    assert [b["kind"] for b in listed] == ["safety"]
    assert "after" not in json.dumps(cli.json("show", "0007"))


def test_restore_refusals_change_nothing(cli: Any, tmp_path: Path) -> None:
    seed(cli)
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad, "w") as zf:
        zf.writestr("manifest.json", "{}")
        zf.writestr("../escape.txt", "x")
    before = tree(cli.data_dir)
    message = cli.refused("restore", str(bad))
    assert "outside the data folder" in message
    assert "is not a file" in cli.refused("restore", str(tmp_path / "missing.zip"))
    photos = tmp_path / "photos.zip"
    with zipfile.ZipFile(photos, "w") as zf:
        zf.writestr("photo.jpg", b"\xff\xd8")
    assert "has no manifest.json; it is not a Dispute Desk backup" in cli.refused("restore", str(photos))
    assert tree(cli.data_dir) == before


def test_backup_auto_only_when_changed(cli: Any) -> None:
    seed(cli)
    first = cli.json("backup", "--auto")
    assert first["made"] is True and "/backups/auto/auto-" in first["backup"]["path"]
    assert cli.json("backup", "--auto") == {"made": False, "backup": None}
    assert cli.ok("backup", "--auto") == "no change since the last automatic backup\n"
    assert "one of the arguments" in cli.refused("backup")


def test_backup_of_nothing_is_refused(cli: Any, tmp_path: Path) -> None:
    assert "no data to back up" in cli.refused("backup", "--out", str(tmp_path / "b.zip"))
    assert not (tmp_path / "b.zip").exists()
    assert cli.json("backups") == []
