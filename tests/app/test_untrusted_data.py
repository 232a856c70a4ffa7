"""A backup, or a data folder opened as it is, is untrusted input: a stored value that becomes a
path is checked where it is read, and no file outside the data folder is ever read or written.

The case: an evidence row whose ``sha256`` is ``../../../../tmp/x/escape`` (a hand-made backup).
"""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from backup_fixtures import make_data

from app.clock import FrozenClock
from app.domain.errors import Refused
from app.services import open_services
from app.services.backup import BackupService
from app.store.content_check import EXPECTED_COLUMNS, content_problems
from app.store.paths import DataDir, UnsafePath, inside


def _escape_target(tmp_path: Path) -> Path:
    """The outside file the row points at, with as many ``..`` as it takes from the evidence
    folder (``evidence/../`` of the data dir, then up to ``tmp_path``)."""
    outside = tmp_path / "x"
    outside.mkdir()
    (outside / "escape.jpg").write_bytes(b"\xff\xd8\xff\xe0 not yours")
    return outside / "escape.jpg"


def _tamper(data_dir: Path, sha: str, ext: str = "jpg") -> None:
    with closing(sqlite3.connect(data_dir / "dispute-desk.sqlite3")) as conn, conn:
        conn.execute("UPDATE evidence SET sha256 = ?, ext = ? WHERE id = 1", (sha, ext))


@pytest.fixture
def tampered(tmp_path: Path, clock: FrozenClock) -> tuple[Path, Path]:
    """A data dir whose first evidence row points out of it, and the outside file."""
    data = tmp_path / "deep" / "a" / "b" / "data"
    make_data(data, clock)
    target = _escape_target(tmp_path)
    relative = "../../../../x/escape"  # the value, under tmp_path instead of /
    # Where the old code went: evidence/<first two characters>/<sha>.<ext>.
    assert (data / "evidence" / relative[:2] / f"{relative}.jpg").resolve() == target.resolve()
    _tamper(data, relative)
    return data, target


def test_the_one_path_function_keeps_inside_the_data_folder(tmp_path: Path) -> None:
    root = tmp_path / "data"
    root.mkdir()
    assert inside(root, "evidence/ab/x.jpg") == (root / "evidence/ab/x.jpg").resolve()
    for bad in ("../x", "/etc/passwd", "evidence/../../x", ".", "a\x00b"):
        with pytest.raises(UnsafePath):
            inside(root, bad)
    (tmp_path / "elsewhere").mkdir()
    (root / "link").symlink_to(tmp_path / "elsewhere")
    with pytest.raises(UnsafePath):
        inside(root, "link/file")
    layout = DataDir(root)
    with pytest.raises(UnsafePath, match="not a SHA-256"):
        layout.evidence_file("../../../../tmp/x/escape", "jpg")
    with pytest.raises(UnsafePath, match="extension"):
        layout.evidence_file("a" * 64, "jpg/../../x")
    assert layout.evidence_file("a" * 64, "jpg").name == "a" * 64 + ".jpg"


def test_restore_check_and_restore_refuse_the_escaping_backup(
    tampered: tuple[Path, Path], tmp_path: Path, clock: FrozenClock
) -> None:
    data, target = tampered
    archive = tmp_path / "evil.zip"
    BackupService(data, clock).backup(archive)
    victim = tmp_path / "victim"
    make_data(victim, clock)
    service = BackupService(victim, clock)
    with pytest.raises(Refused, match="evidence row 1 names its file"):
        service.verify(archive)
    before = (victim / "dispute-desk.sqlite3").read_bytes()
    with pytest.raises(Refused, match="evidence row 1"):
        service.restore(archive)
    assert (victim / "dispute-desk.sqlite3").read_bytes() == before
    assert target.read_bytes() == b"\xff\xd8\xff\xe0 not yours"


def test_restore_check_refuses_through_the_command_line(
    tampered: tuple[Path, Path], tmp_path: Path, make_cli: Any, clock: FrozenClock
) -> None:
    data, _target = tampered
    archive = tmp_path / "evil.zip"
    BackupService(data, clock).backup(archive)
    cli = make_cli(tmp_path / "other")
    message = cli.refused("restore", "--check", str(archive))
    assert "evidence row 1" in message and "undamaged" not in message


def test_a_data_folder_opened_as_it_is_never_reaches_outside(
    tampered: tuple[Path, Path], tmp_path: Path, clock: FrozenClock, make_cli: Any
) -> None:
    data, target = tampered
    services = open_services(data, clock)
    try:
        evidence = services.evidence
        item = next(v for v in evidence.list("8123456789012345") if v.id == 1)
        with pytest.raises(UnsafePath):
            evidence.thumbnail(item)  # the GUI's thumbnail of the selected order
        with pytest.raises(UnsafePath):
            evidence.original_path(item)
        with pytest.raises(Refused):
            evidence.pack("8123456789012345", tmp_path / "pack")
        assert not (tmp_path / "pack").exists()
        problems = services.orders.doctor()
        assert any("evidence row 1" in p for p in problems)
        assert any("not a SHA-256" in p for p in evidence.check())
    finally:
        services.close()
    # Nothing was written next to the outside file (no thumbnail, no copy).
    assert sorted(p.name for p in target.parent.iterdir()) == ["escape.jpg"]
    cli = make_cli(data)
    result = cli("doctor")
    assert result.code == 1 and "evidence row 1" in result.out
    assert sorted(p.name for p in target.parent.iterdir()) == ["escape.jpg"]


def test_content_check_names_rows_not_their_content(tmp_path: Path, clock: FrozenClock) -> None:
    data = tmp_path / "data"
    make_data(data, clock)
    with closing(sqlite3.connect(data / "dispute-desk.sqlite3")) as conn, conn:
        conn.execute("UPDATE events SET kind = 'rm -rf' WHERE id = 2")
        conn.execute("UPDATE orders SET total = 'secret buyer text' WHERE id = 2")
        conn.execute("UPDATE events SET at = 'yesterday' WHERE id = 3")
    with closing(sqlite3.connect(data / "dispute-desk.sqlite3")) as conn:
        problems = content_problems(conn)
    text = "\n".join(problems)
    assert "events row 2 is of a kind" in text
    assert "orders row 2 holds a total" in text
    assert "events row 3 holds a time" in text
    assert "secret buyer text" not in text and "rm -rf" not in text


def test_expected_columns_match_the_tables() -> None:
    from sqlmodel import SQLModel

    import app.store.tables  # noqa: F401 - registers the tables

    tables = SQLModel.metadata.tables
    for name, columns in EXPECTED_COLUMNS.items():
        assert columns <= {c.name for c in tables[name].columns}, name
    assert set(EXPECTED_COLUMNS) <= set(tables)


def test_missing_evidence_folder_links_are_not_followed(tmp_path: Path, clock: FrozenClock) -> None:
    data = tmp_path / "data"
    make_data(data, clock)
    outside = tmp_path / "outside"
    outside.mkdir()
    # The evidence folder replaced by a link to somewhere else.
    shutil.move(str(data / "evidence"), str(tmp_path / "moved"))
    (data / "evidence").symlink_to(outside)
    services = open_services(data, clock)
    try:
        item = services.evidence.list("8123456789012345")[0]
        with pytest.raises(UnsafePath):
            services.evidence.original_path(item)
    finally:
        services.close()
