"""Crafted archives: every one is refused by verify and restore, and the data dir is untouched."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import stat
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from backup_fixtures import make_data, tree

from app.clock import FrozenClock
from app.domain.errors import Refused
from app.services.backup import BackupService, Limits
from app.store.schema import HEAD_REVISION

Members = dict[str, bytes]


@pytest.fixture
def data(tmp_path: Path, clock: FrozenClock) -> Path:
    folder = tmp_path / "data"
    make_data(folder, clock)
    return folder


@pytest.fixture
def good(data: Path, clock: FrozenClock, tmp_path: Path) -> Path:
    out = tmp_path / "good.zip"
    BackupService(data, clock).backup(out)
    return out


def members_of(archive: Path) -> Members:
    with zipfile.ZipFile(archive) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def manifest_for(members: Members, **changes: object) -> bytes:
    document = {
        "format": "dispute-desk-backup",
        "version": 1,
        "app_version": "0.1.0",
        "schema": HEAD_REVISION,
        "created_at": "2026-03-01T00:00:00Z",
        "kind": "manual",
        "reason": "",
        "fingerprint": "",
        "members": [
            {"name": name, "size": len(body), "sha256": hashlib.sha256(body).hexdigest()}
            for name, body in members.items()
            if name != "manifest.json"
        ],
    }
    document.update(changes)
    return json.dumps(document).encode()


def write_zip(path: Path, entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, body in entries:
            zf.writestr(info, body)
    return path


def rebuilt(path: Path, members: Members, *, manifest: bytes | None = None) -> Path:
    body = {k: v for k, v in members.items() if k != "manifest.json"}
    entries: list[tuple[zipfile.ZipInfo | str, bytes]] = list(body.items())
    entries.append(("manifest.json", manifest if manifest is not None else manifest_for(body)))
    return write_zip(path, entries)


def assert_refused(
    data: Path, clock: FrozenClock, archive: Path, match: str, limits: Limits | None = None
) -> None:
    service = BackupService(data, clock, limits=limits)
    before = tree(data)
    with pytest.raises(Refused, match=match):
        service.verify(archive)
    assert tree(data) == before
    with pytest.raises(Refused, match=match):
        service.restore(archive)
    assert tree(data) == before, "a refused restore changed the data dir"


def test_the_untouched_archive_passes(data: Path, clock: FrozenClock, good: Path, tmp_path: Path) -> None:
    """The crafting helpers themselves make a valid archive; the refusals below are the edits."""
    copy = rebuilt(tmp_path / "copy.zip", members_of(good))
    assert BackupService(data, clock).verify(copy).schema == HEAD_REVISION


@pytest.mark.parametrize(
    ("name", "match"),
    [
        ("../evil.txt", "outside the data folder"),
        ("evidence/../../evil", "outside the data folder"),
        ("/etc/passwd", "absolute path"),
        ("C:/Windows/evil.dll", "absolute path"),
        ("evidence\\ab\\x.jpg", "not a plain path"),
        ("evidence//x", "not a plain path"),
        ("notes.txt", "unexpected file"),
        ("evidence/ab/" + "c" * 64 + ".jpg", "unexpected file"),  # folder does not match the hash
    ],
)
def test_bad_member_names(
    data: Path, clock: FrozenClock, good: Path, tmp_path: Path, name: str, match: str
) -> None:
    members = members_of(good)
    members[name] = b"x"
    assert_refused(data, clock, rebuilt(tmp_path / "bad.zip", members), match)
    assert not (tmp_path / "evil.txt").exists() and not (data.parent.parent / "evil").exists()


def test_symlink_member(data: Path, clock: FrozenClock, good: Path, tmp_path: Path) -> None:
    members = members_of(good)
    sha = hashlib.sha256(b"/etc/passwd").hexdigest()
    link = zipfile.ZipInfo(f"evidence/{sha[:2]}/{sha}.jpg")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    body = {k: v for k, v in members.items() if k != "manifest.json"}
    body[link.filename] = b"/etc/passwd"
    entries: list[tuple[zipfile.ZipInfo | str, bytes]] = [
        (k, v) for k, v in body.items() if k != link.filename
    ]
    entries += [(link, b"/etc/passwd"), ("manifest.json", manifest_for(body))]
    assert_refused(data, clock, write_zip(tmp_path / "link.zip", entries), "symbolic link")


def test_duplicate_member(data: Path, clock: FrozenClock, good: Path, tmp_path: Path) -> None:
    members = members_of(good)
    entries: list[tuple[zipfile.ZipInfo | str, bytes]] = list(members.items())
    entries.append(("dispute-desk.sqlite3", b"second copy"))
    with pytest.warns(UserWarning, match="Duplicate name"):
        archive = write_zip(tmp_path / "dup.zip", entries)
    assert_refused(data, clock, archive, "appears twice")


@pytest.mark.parametrize("keep", [0.5, 0.9, 0.99])
def test_truncated_archive(data: Path, clock: FrozenClock, good: Path, tmp_path: Path, keep: float) -> None:
    body = good.read_bytes()
    cut = tmp_path / "cut.zip"
    cut.write_bytes(body[: int(len(body) * keep)])
    assert_refused(data, clock, cut, "not a readable zip archive|damaged")


def test_damaged_member_data(data: Path, clock: FrozenClock, good: Path, tmp_path: Path) -> None:
    """Bytes flipped inside the compressed database: decompression or the hash catches it."""
    body = bytearray(good.read_bytes())
    with zipfile.ZipFile(good) as zf:
        info = zf.getinfo("dispute-desk.sqlite3")
    start = info.header_offset + 30 + len(info.filename) + 200
    for i in range(start, start + 50):
        body[i] ^= 0xFF
    broken = tmp_path / "flipped.zip"
    broken.write_bytes(bytes(body))
    assert_refused(data, clock, broken, "damaged")


def test_zip_bomb(data: Path, clock: FrozenClock, good: Path, tmp_path: Path) -> None:
    members = members_of(good)
    sha_body = bytes(8 << 20)  # 8 MiB of zeros deflate about 1000:1
    sha = hashlib.sha256(sha_body).hexdigest()
    members[f"evidence/{sha[:2]}/{sha}.jpg"] = sha_body
    assert_refused(data, clock, rebuilt(tmp_path / "bomb.zip", members), "expand more than")


def test_total_size_cap(data: Path, clock: FrozenClock, good: Path) -> None:
    assert_refused(data, clock, good, "would unpack to", limits=Limits(max_total=1000))


def test_wrong_hash(data: Path, clock: FrozenClock, good: Path, tmp_path: Path) -> None:
    members = members_of(good)
    manifest = json.loads(members["manifest.json"])
    for member in manifest["members"]:
        if member["name"] == "dispute-desk.sqlite3":
            member["sha256"] = "0" * 64
    archive = rebuilt(tmp_path / "hash.zip", members, manifest=json.dumps(manifest).encode())
    assert_refused(data, clock, archive, "does not match its SHA-256")


def test_evidence_swapped_for_other_bytes(data: Path, clock: FrozenClock, good: Path, tmp_path: Path) -> None:
    members = members_of(good)
    manifest = members["manifest.json"]
    name = next(n for n in members if n.startswith("evidence/"))
    members[name] = bytes(len(members[name]))  # same size, other content
    assert_refused(data, clock, rebuilt(tmp_path / "swap.zip", members, manifest=manifest), "SHA-256")


def test_evidence_under_another_files_name(
    data: Path, clock: FrozenClock, good: Path, tmp_path: Path
) -> None:
    """Content and manifest agree, but the file is named for other content (a forged photo)."""
    members = members_of(good)
    name = next(n for n in members if n.startswith("evidence/"))
    members[name] = b"forged photo"
    assert_refused(data, clock, rebuilt(tmp_path / "forged.zip", members), "other content than its name says")


def test_missing_manifest(data: Path, clock: FrozenClock, good: Path, tmp_path: Path) -> None:
    members = members_of(good)
    del members["manifest.json"]
    archive = write_zip(tmp_path / "nomanifest.zip", list(members.items()))
    assert_refused(data, clock, archive, "has no manifest.json")


@pytest.mark.parametrize(
    ("edit", "match"),
    [
        (lambda m: m.pop("dispute-desk.sqlite3"), "lists no database|does not match its manifest"),
        (lambda m: m.update({"evidence/aa/" + "a" * 64: b"extra"}), "not in the manifest"),
    ],
)
def test_archive_and_manifest_disagree(
    data: Path,
    clock: FrozenClock,
    good: Path,
    tmp_path: Path,
    edit: Callable[[Members], object],
    match: str,
) -> None:
    members = members_of(good)
    manifest = members.pop("manifest.json")
    edit(members)
    assert_refused(data, clock, rebuilt(tmp_path / "disagree.zip", members, manifest=manifest), match)


@pytest.mark.parametrize(
    ("changes", "match"),
    [
        ({"format": "something-else"}, "not a Dispute Desk backup manifest"),
        ({"version": 2}, "newer Dispute Desk"),
        ({"kind": "weird"}, "unknown kind"),
        ({"created_at": "yesterday"}, "not a time"),
    ],
)
def test_bad_manifest_fields(
    data: Path, clock: FrozenClock, good: Path, tmp_path: Path, changes: dict[str, object], match: str
) -> None:
    members = members_of(good)
    body = {k: v for k, v in members.items() if k != "manifest.json"}
    archive = rebuilt(tmp_path / "fields.zip", members, manifest=manifest_for(body, **changes))
    assert_refused(data, clock, archive, match)


def test_manifest_not_json(data: Path, clock: FrozenClock, good: Path, tmp_path: Path) -> None:
    archive = rebuilt(tmp_path / "json.zip", members_of(good), manifest=b"{not json")
    assert_refused(data, clock, archive, "can't be read")


def test_broken_database_file(data: Path, clock: FrozenClock, good: Path, tmp_path: Path) -> None:
    members = members_of(good)
    members["dispute-desk.sqlite3"] = b"SQLite format 3\x00" + bytes(range(256)) * 40
    assert_refused(
        data, clock, rebuilt(tmp_path / "brokendb.zip", members), "damaged|not a Dispute Desk file"
    )


def test_corrupt_database_pages(data: Path, clock: FrozenClock, good: Path, tmp_path: Path) -> None:
    """A real database with a damaged page: integrity_check catches it."""
    members = members_of(good)
    db = tmp_path / "x.sqlite3"
    db.write_bytes(members["dispute-desk.sqlite3"])
    conn = sqlite3.connect(db)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'events'").fetchone()[0]
    conn.close()
    raw = bytearray(db.read_bytes())
    offset = (root - 1) * page_size
    raw[offset + 8 : offset + 40] = b"\xee" * 32  # scribble over the b-tree page's cell pointers
    members["dispute-desk.sqlite3"] = bytes(raw)
    assert_refused(data, clock, rebuilt(tmp_path / "pages.zip", members), "damaged|fails its check")


def test_dangling_foreign_key(data: Path, clock: FrozenClock, good: Path, tmp_path: Path) -> None:
    members = members_of(good)
    db = tmp_path / "x.sqlite3"
    db.write_bytes(members["dispute-desk.sqlite3"])
    conn = sqlite3.connect(db)
    conn.execute(
        "INSERT INTO events (order_id, kind, at, recorded_at, data) VALUES (999, 'note', 'x', 'x', '{}')"
    )
    conn.commit()
    conn.close()
    members["dispute-desk.sqlite3"] = db.read_bytes()
    assert_refused(data, clock, rebuilt(tmp_path / "fk.zip", members), "foreign key")


def test_newer_schema(data: Path, clock: FrozenClock, good: Path, tmp_path: Path) -> None:
    members = members_of(good)
    db = tmp_path / "x.sqlite3"
    db.write_bytes(members["dispute-desk.sqlite3"])
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    members["dispute-desk.sqlite3"] = db.read_bytes()
    assert_refused(data, clock, rebuilt(tmp_path / "newer.zip", members), "newer Dispute Desk")


def test_not_a_zip(data: Path, clock: FrozenClock, tmp_path: Path) -> None:
    path = tmp_path / "x.zip"
    path.write_bytes(b"PK\x03\x04 but nothing else")
    assert_refused(data, clock, path, "not a readable zip archive")
    assert_refused(data, clock, tmp_path / "missing.zip", "is not a file")


def test_refused_restore_into_a_new_data_dir_leaves_nothing(clock: FrozenClock, tmp_path: Path) -> None:
    path = tmp_path / "x.zip"
    path.write_bytes(b"garbage")
    with pytest.raises(Refused):
        BackupService(tmp_path / "new", clock).restore(path)
    assert not (tmp_path / "new").exists()
