"""The evidence commands: ``attach``, ``pack`` and the evidence part of ``doctor`` (exit codes,
one line on stderr for a refusal, nothing written, the JSON shapes of docs/CLI.md)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from pypdf import PdfReader

from tests.app import evidence_media as m
from tests.conftest import Cli

ORDER = "8100000000000042"


def _files(cli: Cli) -> list[Path]:
    root = cli.data_dir / "evidence"
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def _order(cli: Cli) -> None:
    cli.ok(
        "add", "--order", ORDER, "--store", "Store", "--title", "Lamp", "--total", "9.99", "--currency", "USD",
        "--ordered-at", "2026-03-01T10:00Z", "--paid-at", "2026-03-01T10:05Z",
    )  # fmt: skip


def test_attach_json_lists_the_stored_items(cli: Cli, tmp_path: Path) -> None:
    _order(cli)
    data = m.jpeg(64, 48, orientation=6, taken="2026:03:01 10:00:00", offset="+00:00")
    photo = m.write(tmp_path, "p.jpg", data)
    video = m.write(tmp_path, "v.webm", m.webm())
    items = cli.json("attach", ORDER, str(photo), str(video), "--caption", "Cracked base")
    assert items == [
        {
            "id": 1,
            "order": ORDER,
            "sha256": hashlib.sha256(data).hexdigest(),
            "kind": "image",
            "mime": "image/jpeg",
            "ext": "jpg",
            "file": "p.jpg",
            "size": len(data),
            "width": 48,
            "height": 64,
            "duration_ms": None,
            "captured_at": "2026-03-01T10:00:00Z",
            "caption": "Cracked base",
            "added_at": "2026-03-10T12:00:00Z",
            "in_trash": False,
        },
        items[1] | {"kind": "video", "mime": "video/webm", "width": 640, "height": 360, "duration_ms": 5000},
    ]
    assert items[1]["id"] == 2 and items[1]["file"] == "v.webm"
    again = cli.json("attach", ORDER, str(photo))
    assert again == [items[0]]  # attaching again changes nothing
    assert len(_files(cli)) == 2
    out = cli.ok("attach", ORDER, str(photo))
    assert out.endswith(f"{ORDER}: 2 evidence items\n")


def test_attach_refuses_a_batch_with_one_bad_file(cli: Cli, tmp_path: Path) -> None:
    _order(cli)
    good = m.write(tmp_path, "good.png", m.encoded("PNG"))
    bad = m.write(tmp_path, "notes.jpg", b"just text\n")
    message = cli.refused("attach", ORDER, str(good), str(bad))
    assert "notes.jpg" in message and "not a photo or video" in message
    assert _files(cli) == []
    assert "cut.mp4" in cli.refused("attach", ORDER, str(m.write(tmp_path, "cut.mp4", m.mp4()[:-9])))
    assert "empty.png" in cli.refused("attach", ORDER, str(m.write(tmp_path, "empty.png", b"")))
    assert "no order 1" in cli.refused("attach", "1", str(good))
    assert "missing.jpg" in cli.refused("attach", ORDER, str(tmp_path / "missing.jpg"))
    assert _files(cli) == []


def test_attach_needs_a_file(cli: Cli) -> None:
    result = cli("attach", ORDER)
    assert result.code == 2 and result.out == ""


def test_pack_writes_the_pdf_and_photos(cli: Cli, tmp_path: Path) -> None:
    _order(cli)
    cli.ok("attach", ORDER, str(m.write(tmp_path, "a.jpg", m.jpeg(gps=True))), "--caption", "Scratch")
    out = tmp_path / "case"
    document = cli.json("pack", ORDER, "--out", str(out))
    assert document == {
        "order": ORDER,
        "pdf": str(out / "case.pdf"),
        "pages": len(PdfReader(out / "case.pdf").pages),
        "photos": [str(out / "photos" / "01-scratch.jpg")],
    }
    assert "already exists" in cli.refused("pack", ORDER, "--out", str(out))
    human = cli.ok("pack", ORDER, "--out", str(tmp_path / "second"))
    assert human.startswith(f"wrote {tmp_path / 'second' / 'case.pdf'} (")
    assert "no order 9" in cli.refused("pack", "9", "--out", str(tmp_path / "third"))
    assert not (tmp_path / "third").exists()
    assert cli("pack", ORDER).code == 2  # --out is required


def test_doctor_reports_missing_and_damaged_evidence(cli: Cli, tmp_path: Path) -> None:
    _order(cli)
    cli.ok(
        "attach",
        ORDER,
        str(m.write(tmp_path, "a.jpg", m.jpeg())),
        str(m.write(tmp_path, "b.png", m.encoded("PNG"))),
    )
    assert cli.ok("doctor") == "ok\n"
    first, second = _files(cli)
    first.unlink()
    second.write_bytes(b"garbage")
    result = cli("doctor")
    assert result.code == 1
    lines = result.out.splitlines()
    assert len(lines) == 2 and any("missing" in ln for ln in lines) and any("damaged" in ln for ln in lines)
    document = cli("doctor", "--json")
    assert document.code == 1
    parsed = json.loads(document.out)
    assert parsed["ok"] is False and len(parsed["problems"]) == 2


def test_doctor_notes_stray_files_without_failing(cli: Cli) -> None:
    _order(cli)
    stray = cli.data_dir / "evidence" / "ab" / ("ab" * 32 + ".jpg")
    stray.parent.mkdir(parents=True)
    stray.write_bytes(b"x")
    assert cli.ok("doctor") == f"note: evidence file no item refers to (can be deleted): {stray}\nok\n"
    assert cli.json("doctor") == {
        "ok": True,
        "problems": [],
        "notes": [f"evidence file no item refers to (can be deleted): {stray}"],
    }
