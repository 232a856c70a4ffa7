"""BackupService: backup, verify, restore round trip, automatic backups, listing, thinning."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import zipfile
from contextlib import closing
from datetime import timedelta
from pathlib import Path

import pytest
from backup_fixtures import add_evidence, dump, evidence_tree, make_data, tree

from app.clock import FrozenClock
from app.domain.errors import Refused
from app.services.backup import BackupInfo, BackupService, RetentionPolicy, data_fingerprint
from app.services.orders import OrderService
from app.services.settings import LAST_SEEN, SettingsService
from app.services.views import NewEvent
from app.store.schema import HEAD_REVISION
from app.store.store import Store


@pytest.fixture
def data(tmp_path: Path, clock: FrozenClock) -> Path:
    folder = tmp_path / "data"
    make_data(folder, clock)
    return folder


def open_service(data_dir: Path, clock: FrozenClock) -> tuple[Store, OrderService]:
    database = Store.open(data_dir, clock=clock)
    return database, OrderService(database, clock)


def test_backup_holds_database_evidence_and_a_manifest(
    data: Path, clock: FrozenClock, tmp_path: Path
) -> None:
    out = tmp_path / "b.zip"
    seen: list[tuple[int, int]] = []
    info = BackupService(data, clock).backup(out, progress=lambda done, total: seen.append((done, total)))
    assert info == BackupInfo(out, clock.now(), "manual", out.stat().st_size)
    with zipfile.ZipFile(out) as zf:
        names = sorted(zf.namelist())
        manifest = json.loads(zf.read("manifest.json"))
    evidence = sorted(evidence_tree(data))
    assert names == sorted(["manifest.json", "dispute-desk.sqlite3", *evidence])
    assert manifest["format"] == "dispute-desk-backup" and manifest["version"] == 1
    assert manifest["schema"] == HEAD_REVISION
    assert manifest["created_at"] == "2026-03-10T12:00:00Z"
    assert {m["name"] for m in manifest["members"]} == set(names) - {"manifest.json"}
    assert seen and seen[-1][0] == seen[-1][1] == sum(m["size"] for m in manifest["members"])
    assert (out.stat().st_mode & 0o777) == 0o600
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]
    assert not [p for p in data.iterdir() if p.name.startswith(".backup-")]


def test_backup_refuses_to_overwrite(data: Path, clock: FrozenClock, tmp_path: Path) -> None:
    out = tmp_path / "b.zip"
    out.write_bytes(b"mine")
    with pytest.raises(Refused, match="already exists"):
        BackupService(data, clock).backup(out)
    assert out.read_bytes() == b"mine"


def test_backup_replaces_a_file_only_when_asked_and_never_inside_the_data(
    data: Path, clock: FrozenClock, tmp_path: Path
) -> None:
    service = BackupService(data, clock)
    out = tmp_path / "b.zip"
    out.write_bytes(b"an old backup")
    info = service.backup(out, replace=True)
    assert info.path == out and service.verify(out).schema == HEAD_REVISION
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]
    database = data / "dispute-desk.sqlite3"
    before = database.read_bytes()
    with pytest.raises(Refused, match="part of the data"):
        service.backup(database, replace=True)
    assert database.read_bytes() == before
    with pytest.raises(Refused, match="is a folder"):
        service.backup(tmp_path, replace=True)


def test_backup_of_a_data_dir_without_data_is_refused(tmp_path: Path, clock: FrozenClock) -> None:
    with pytest.raises(Refused, match="no data to back up"):
        BackupService(tmp_path / "empty", clock).backup(tmp_path / "b.zip")
    assert not (tmp_path / "b.zip").exists()


def test_verify_accepts_a_good_backup(data: Path, clock: FrozenClock, tmp_path: Path) -> None:
    service = BackupService(data, clock)
    service.backup(tmp_path / "b.zip")
    before = tree(data)
    manifest = service.verify(tmp_path / "b.zip")
    assert manifest.schema == HEAD_REVISION and len(manifest.evidence) == 2
    assert tree(data) == before


def test_round_trip_into_an_empty_data_dir(data: Path, clock: FrozenClock, tmp_path: Path) -> None:
    BackupService(data, clock).backup(tmp_path / "b.zip")
    target = tmp_path / "fresh"
    result = BackupService(target, clock).restore(tmp_path / "b.zip")
    assert result.safety is None and not result.migrated
    assert (result.orders, result.evidence_files) == (4, 2)
    assert dump(target) == dump(data)
    assert evidence_tree(target) == evidence_tree(data)
    database, service = open_service(target, clock)
    try:
        assert database.check() == []
        assert service.show("8123456789012345").tracking == ("LP00123456789CN",)
        assert [i.order for i in service.list_orders(trash=True)] == ["4000000000000009"]
    finally:
        database.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_restored_files_are_private(data: Path, clock: FrozenClock, tmp_path: Path) -> None:
    BackupService(data, clock).backup(tmp_path / "b.zip")
    target = tmp_path / "fresh"
    BackupService(target, clock).restore(tmp_path / "b.zip")
    assert (target.stat().st_mode & 0o777) == 0o700
    assert (target / "dispute-desk.sqlite3").stat().st_mode & 0o777 == 0o600
    for path in (target / "evidence").rglob("*"):
        assert path.stat().st_mode & 0o777 == (0o700 if path.is_dir() else 0o600), path


def test_restore_replaces_newer_data_and_keeps_a_safety_copy(
    data: Path, clock: FrozenClock, tmp_path: Path
) -> None:
    backups = BackupService(data, clock)
    backups.backup(tmp_path / "b.zip")
    expected_rows, expected_files = dump(data), evidence_tree(data)
    clock.advance(timedelta(hours=1))
    database, service = open_service(data, clock)
    try:
        service.record_event("0007", NewEvent("note", note="after the backup"))
        add_evidence(service, "0007", 9)
    finally:
        database.close()
    changed_rows, changed_files = dump(data), evidence_tree(data)
    assert changed_rows != expected_rows

    result = backups.restore(tmp_path / "b.zip")

    assert dump(data) == expected_rows
    assert evidence_tree(data) == expected_files
    assert result.safety is not None and result.safety.kind == "safety"
    assert result.safety.path.parent == data / "backups"
    assert result.safety.path.name == "before-restore-20260310T130000Z.zip"
    # The safety copy brings the replaced data back.
    elsewhere = tmp_path / "check"
    BackupService(elsewhere, clock).restore(result.safety.path)
    assert dump(elsewhere) == changed_rows
    assert evidence_tree(elsewhere) == changed_files
    assert not [p for p in data.iterdir() if p.name.startswith((".restore-", ".backup-"))]


def test_restore_refuses_while_the_data_is_open(data: Path, clock: FrozenClock, tmp_path: Path) -> None:
    backups = BackupService(data, clock)
    backups.backup(tmp_path / "b.zip")
    database, service = open_service(data, clock)
    try:
        service.show("0007")  # a pooled connection stays open, as in the running GUI
        before = dump(data)
        with pytest.raises(Refused, match="in use"):
            backups.restore(tmp_path / "b.zip")
        assert dump(data) == before
        assert not (data / "backups").exists() or not list((data / "backups").glob("before-restore-*"))
    finally:
        database.close()


def test_restore_of_an_older_schema_upgrades_it(clock: FrozenClock, tmp_path: Path) -> None:
    fixture = Path(__file__).parents[1] / "store" / "fixtures" / "schema-0001.sqlite3"
    old = tmp_path / "old"
    old.mkdir()
    shutil.copyfile(fixture, old / "dispute-desk.sqlite3")
    from app.services.backup_archive import write_archive

    write_archive(
        tmp_path / "old.zip",
        [("dispute-desk.sqlite3", old / "dispute-desk.sqlite3")],
        app_version="0.0.1",
        schema="0001",
        created_at=clock.now(),
        kind="manual",
    )
    result = BackupService(tmp_path / "data", clock).restore(tmp_path / "old.zip")
    assert result.schema == "0001" and result.migrated
    database = Store.open(tmp_path / "data", clock=clock)
    try:
        assert database.check() == []
        with closing(sqlite3.connect(database.path)) as conn, conn:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
            assert conn.execute("SELECT count(*) FROM orders").fetchone()[0] == result.orders > 0
    finally:
        database.close()


def test_restore_into_a_damaged_data_file_keeps_its_bytes(
    data: Path, clock: FrozenClock, tmp_path: Path
) -> None:
    BackupService(data, clock).backup(tmp_path / "b.zip")
    expected = dump(data)
    target = tmp_path / "broken"
    target.mkdir()
    (target / "dispute-desk.sqlite3").write_bytes(b"this is not a database" * 100)
    result = BackupService(target, clock).restore(tmp_path / "b.zip")
    assert result.safety is None
    assert dump(target) == expected
    kept = list((target / "backups").glob("damaged-*/dispute-desk.sqlite3"))
    assert [p.read_bytes() for p in kept] == [b"this is not a database" * 100]


# -- automatic backups ---------------------------------------------------------------------------


def test_auto_backup_only_when_the_data_changed(data: Path, clock: FrozenClock) -> None:
    backups = BackupService(data, clock)
    first = backups.auto_backup("start-up")
    assert first is not None and first.kind == "auto" and first.path.parent == data / "backups" / "auto"
    clock.advance(timedelta(hours=1))
    assert backups.auto_backup("timer") is None
    database, service = open_service(data, clock)
    try:
        # Things that change the file but not the data: the list cache, the last-seen time.
        service.refresh_all()
        SettingsService(database).set(LAST_SEEN, 123)
    finally:
        database.close()
    assert backups.auto_backup("timer") is None
    database, service = open_service(data, clock)
    try:
        SettingsService(database).set("currency_default", "PLN")  # a real change, however small
    finally:
        database.close()
    second = backups.auto_backup("settings")
    assert second is not None and second.path != first.path
    clock.advance(timedelta(hours=1))
    database, service = open_service(data, clock)
    try:
        add_evidence(service, "0007", 5)
    finally:
        database.close()
    assert backups.auto_backup("evidence") is not None


def test_auto_backup_moves_on_when_another_process_took_the_name(
    data: Path, clock: FrozenClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    backups = BackupService(data, clock)
    folder = data / "backups" / "auto"
    folder.mkdir(parents=True)
    taken = folder / "auto-20260310T120000Z.zip"
    original = backups._free_name
    calls = []

    def racing(where: Path, prefix: str) -> Path:
        calls.append(prefix)
        if len(calls) == 1:  # the name was free when chosen, then another process wrote it
            taken.write_bytes(b"theirs")
            return taken
        return original(where, prefix)

    monkeypatch.setattr(backups, "_free_name", racing)
    info = backups.auto_backup("race")
    assert info is not None and info.path == folder / "auto-20260310T120000Z-1.zip"
    assert taken.read_bytes() == b"theirs"


def test_fingerprint_sees_every_table(data: Path, tmp_path: Path) -> None:
    db = data / "dispute-desk.sqlite3"
    base = data_fingerprint(db, [])
    for statement in (
        "UPDATE evidence SET caption = 'x' WHERE id = 1",
        "UPDATE events SET data = '{\"x\": 1}' WHERE id = 2",
        "UPDATE order_lines SET quantity = 9 WHERE id = 1",
        "DELETE FROM tracking_numbers",
        "UPDATE rule_overrides SET value = '49'",
        "UPDATE orders SET note = 'n' WHERE id = 2",
    ):
        copy = tmp_path / "copy.sqlite3"
        shutil.copyfile(db, copy)
        conn = sqlite3.connect(copy)
        conn.execute(statement)
        conn.commit()
        conn.close()
        assert data_fingerprint(copy, []) != base, statement
        copy.unlink()
    assert data_fingerprint(db, ["evidence/ab/x"]) != base


def test_auto_backup_without_data_does_nothing(tmp_path: Path, clock: FrozenClock) -> None:
    assert BackupService(tmp_path / "none", clock).auto_backup("start-up") is None
    assert not (tmp_path / "none").exists()


def test_auto_backups_are_thinned_by_the_stored_policy(data: Path, clock: FrozenClock) -> None:
    backups = BackupService(data, clock)
    backups.set_policy(RetentionPolicy(daily=2, weekly=1, monthly=1))
    assert backups.policy() == RetentionPolicy(2, 1, 1)
    made = []
    for day in range(6):
        database, service = open_service(data, clock)
        try:
            service.record_event("0007", NewEvent("note", note=f"day {day}"))
        finally:
            database.close()
        info = backups.auto_backup("daily")
        assert info is not None
        made.append(info)
        clock.advance(timedelta(days=1))
    autos = [b for b in backups.list_backups() if b.kind == "auto"]
    assert len(autos) <= 4
    assert autos[0].path == made[-1].path
    assert [b.created_at for b in autos] == sorted((b.created_at for b in autos), reverse=True)


def test_list_backups_names_the_kinds_newest_first(data: Path, clock: FrozenClock, tmp_path: Path) -> None:
    backups = BackupService(data, clock)
    (data / "backups").mkdir(exist_ok=True)
    manual = backups.backup(data / "backups" / "mine.zip")
    clock.advance(timedelta(minutes=1))
    auto = backups.auto_backup("start-up")
    clock.advance(timedelta(minutes=1))
    backups.backup(tmp_path / "elsewhere.zip")
    result = backups.restore(tmp_path / "elsewhere.zip")
    (data / "backups" / "junk.zip").write_bytes(b"not a zip")
    listed = backups.list_backups()
    assert [b.kind for b in listed] == ["safety", "auto", "manual"]
    assert [b.path for b in listed] == [
        result.safety.path if result.safety else None,
        auto.path if auto else None,
        manual.path,
    ]


def test_thin_never_touches_manual_or_safety_backups(data: Path, clock: FrozenClock) -> None:
    backups = BackupService(data, clock)
    (data / "backups").mkdir(exist_ok=True)
    manual = backups.backup(data / "backups" / "mine.zip")
    backups.auto_backup("x")
    deleted = backups.thin(RetentionPolicy(daily=1, weekly=0, monthly=0))
    assert deleted == []
    assert manual.path.exists()
