"""What a killed run leaves is removed by the next run, and only what belongs to dead processes:
staging folders, half-written archives and copies, hidden .tmp files beside evidence and cached
pictures. A live process's work in progress is never touched."""

from __future__ import annotations

import json
import os
from pathlib import Path

from app.clock import FrozenClock
from app.services import open_services
from app.services.doctor import diagnose
from app.store.activity import Activity, activities, clean_leftovers, interrupted_work
from app.store.paths import DataDir
from app.store.store import Store

DEAD = 999_999  # no process has this PID here (pid_max is lower on the test machines)


def _dead_mark(layout: DataDir, kind: str, detail: str = "", paths: tuple[Path, ...] = ()) -> Path:
    folder = layout.root / ".run"
    folder.mkdir(exist_ok=True)
    mark = folder / f"{kind}-{DEAD}-0abc.lock"
    lines = [json.dumps({"kind": kind, "pid": DEAD, "detail": detail})]
    lines += [json.dumps({"path": str(p)}) for p in paths]
    mark.write_text("\n".join(lines) + "\n", "utf-8")
    return mark


def test_a_killed_attach_and_backup_leave_nothing_after_the_next_run(
    tmp_path: Path, clock: FrozenClock
) -> None:
    data = tmp_path / "data"
    Store.open(data, clock=clock).close()
    layout = DataDir(data)
    photo_tmp = data / "evidence" / "ab" / f".{'ab' * 32}.jpg.{DEAD}.k2j3.tmp"
    photo_tmp.parent.mkdir(parents=True)
    photo_tmp.write_bytes(b"x" * 1000)
    staging = data / f".backup-{DEAD}-x1y2"
    staging.mkdir()
    (staging / "dispute-desk.sqlite3").write_bytes(b"snapshot")
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    partial = outside / f".mine.zip.{DEAD}.0a1b2c3d.partial"
    partial.write_bytes(b"half an archive")
    auto_partial = data / "backups" / "auto" / f".auto-20260310T120000Z.zip.{DEAD}.0a1b2c3d.partial"
    auto_partial.parent.mkdir(parents=True)
    auto_partial.write_bytes(b"half")
    pre_migration = data / "backups" / "pre-migration-0002-20260310T120000Z.sqlite3.partial"
    pre_migration.write_bytes(b"half")
    _dead_mark(layout, "attach", "2 files")
    _dead_mark(layout, "backup", "mine.zip", (partial,))
    notes = [n for n in diagnose(layout).notes if "left by an interrupted run" in n]
    assert len(notes) >= 5 and photo_tmp.exists()  # doctor only reports
    Store.open(data, clock=clock).close()  # the next run
    for path in (photo_tmp, staging, partial, auto_partial, pre_migration):
        assert not path.exists(), path
    assert [n for n in diagnose(layout).notes if "left by an interrupted run" in n] == []
    assert interrupted_work(layout) == []  # attach and backup write nothing half: not reported


def test_a_live_process_work_is_left_alone(tmp_path: Path, clock: FrozenClock) -> None:
    data = tmp_path / "data"
    Store.open(data, clock=clock).close()
    layout = DataDir(data)
    with Activity(layout, "backup", "running"):
        mine = data / f".backup-{os.getpid()}-live"
        mine.mkdir()
        unknown_owner = data / ".backup-oldstyle"  # written by an older version: no PID
        unknown_owner.mkdir()
        assert [a.live for a in activities(layout)] == [True]
        clean_leftovers(layout, deep=True)
        assert mine.exists()
        assert not unknown_owner.exists()  # no PID (an older version's) and no other process at work
    # This process's own staging folder is never taken from under it (its code removes it).
    clean_leftovers(layout, deep=True)
    assert mine.exists()
    other = data / f".restore-{DEAD}-old"
    other.mkdir()
    clean_leftovers(layout)
    assert not other.exists()


def test_a_thumbnail_half_written_by_a_killed_window_goes_at_the_next_start(
    tmp_path: Path, clock: FrozenClock
) -> None:
    data = tmp_path / "data"
    services = open_services(data, clock)
    try:
        services.listing.count()
        thumb = data / "cache" / "thumbs" / f".{'cd' * 32}-256.jpg.{DEAD}.q9w8.tmp"
        thumb.parent.mkdir(parents=True)
        thumb.write_bytes(b"half a thumbnail")
        assert services.clean_leftovers() == 1  # the window's start-up does this deep look
        assert not thumb.exists()
    finally:
        services.close()
