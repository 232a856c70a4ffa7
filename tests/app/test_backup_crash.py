"""Crash safety: a backup or a restore killed (SIGKILL) at any moment loses no committed record
and leaves a data dir that opens, passes integrity_check and holds the old data or the new,
never a mix.

Two ways to pick the moment: a child process runs the service with a ``stage_hook`` that prints
each step and stops at the named one (deterministic); and the real command line is killed
after random delays (whatever moment that hits).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest
from backup_fixtures import dump, make_data

from app.clock import FrozenClock
from app.services.backup import BackupService
from app.services.demo import generate
from app.services.doctor import diagnose
from app.services.orders import OrderService
from app.store.activity import interrupted_work, leftovers
from app.store.paths import DataDir
from app.store.store import Store

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and fork are POSIX")

ROOT = Path(__file__).resolve().parents[2]
CHILD = """
import sys, time
from datetime import datetime, UTC
from pathlib import Path
from app.clock import FrozenClock
from app.services.backup import BackupService

action, data_dir, archive, stop_at = sys.argv[1:5]

def hook(stage):
    print(stage, flush=True)
    if stage == stop_at:
        time.sleep(60)

def progress(done, total):
    hook("progress")

service = BackupService(Path(data_dir), FrozenClock(datetime(2026, 3, 11, tzinfo=UTC)), stage_hook=hook)
if action == "backup":
    service.backup(Path(archive), progress=progress)
else:
    service.restore(Path(archive), progress=progress)
print("done", flush=True)
"""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def run_until(action: str, data_dir: Path, archive: Path, stage: str) -> bool:
    """Run the child until it reports ``stage``, then SIGKILL it. False if it finished first."""
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, action, str(data_dir), str(archive), stage],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    assert proc.stdout is not None
    reached = False
    for line in proc.stdout:
        if line.strip() == stage:
            reached = True
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait(timeout=60)
    if not reached:
        assert proc.returncode == 0, proc.stderr.read() if proc.stderr else ""
    return reached


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(datetime(2026, 3, 10, 12, 0, tzinfo=UTC))


@pytest.fixture
def source(tmp_path: Path, clock: FrozenClock) -> tuple[Path, list[str]]:
    """A backup of the fixture data, and that data's rows."""
    folder = tmp_path / "source"
    make_data(folder, clock)
    archive = tmp_path / "source.zip"
    BackupService(folder, clock).backup(archive)
    return archive, dump(folder)


def make_target(folder: Path, clock: FrozenClock) -> list[str]:
    """Other data (demo orders, different from the backup's), and its rows."""
    database = Store.open(folder, clock=clock)
    try:
        generate(OrderService(database, clock), count=40, seed=3)
    finally:
        database.close()
    return dump(folder)


def assert_whole(data_dir: Path, clock: FrozenClock, *candidates: list[str]) -> list[str]:
    """The data dir opens, passes its checks, has every evidence file its rows name, and holds
    exactly one of ``candidates``. Returns the one it holds."""
    rows = dump(data_dir)
    assert rows in candidates, "the data dir holds neither the old data nor the new"
    database = Store.open(data_dir, clock=clock)
    try:
        assert database.check() == []
        with closing(sqlite3.connect(database.path)) as conn, conn:
            files = conn.execute("SELECT sha256, ext FROM evidence").fetchall()
        for sha, ext in files:
            assert (data_dir / "evidence" / sha[:2] / f"{sha}.{ext}").is_file()
    finally:
        database.close()
    return rows


def leftover_notes(data_dir: Path) -> list[str]:
    return [n for n in diagnose(DataDir(data_dir)).notes if "left by an interrupted run" in n]


RESTORE_STAGES = [
    "progress",
    "verified",
    "snapshot",
    "safety:writing",
    "safety:written",
    "safety-copy",
    "evidence-added",
    "database-replaced",
    "evidence-pruned",
]


@pytest.mark.parametrize("stage", RESTORE_STAGES)
def test_restore_killed_at_each_step(
    stage: str, source: tuple[Path, list[str]], tmp_path: Path, clock: FrozenClock
) -> None:
    archive, new_rows = source
    target = tmp_path / "target"
    old_rows = make_target(target, clock)
    assert run_until("restore", target, archive, stage)
    # doctor (read-only) reports what the killed run left; the next run removes it.
    assert leftover_notes(target), diagnose(DataDir(target)).notes
    held = assert_whole(target, clock, old_rows, new_rows)
    assert leftover_notes(target) == [] and leftovers(DataDir(target)) == []
    assert [work.kind for work in interrupted_work(DataDir(target))] == ["restore"]
    if RESTORE_STAGES.index(stage) >= RESTORE_STAGES.index("database-replaced"):
        assert held == new_rows
    else:
        assert held == old_rows
    # The next restore cleans up after the crash and completes.
    BackupService(target, clock).restore(archive)
    assert dump(target) == new_rows
    assert not [p for p in target.iterdir() if p.name.startswith((".restore-", ".backup-"))]


@pytest.mark.parametrize("stage", ["snapshot", "progress", "manual:writing"])
def test_backup_killed_leaves_the_data_and_no_archive(
    stage: str, source: tuple[Path, list[str]], tmp_path: Path, clock: FrozenClock
) -> None:
    _archive, _rows = source
    data = tmp_path / "source"
    before = dump(data)
    out = tmp_path / "killed.zip"
    assert run_until("backup", data, out, stage)
    assert not out.exists()
    assert leftover_notes(data)
    assert assert_whole(data, clock, before) == before
    assert leftover_notes(data) == []
    # Nothing is left beside the archive either (the half-written .partial was registered).
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".killed")) == []
    # A later backup works and is complete.
    BackupService(data, clock).backup(out)
    assert BackupService(data, clock).verify(out).schema


def test_cli_restore_killed_at_random_moments(
    source: tuple[Path, list[str]], tmp_path: Path, clock: FrozenClock
) -> None:
    archive, new_rows = source

    def start(target: Path) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [sys.executable, "-m", "app", "--data-dir", str(target), "restore", str(archive)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=_env(),
        )

    # How long a whole restore takes here (start-up included), to spread the kills over it.
    make_target(tmp_path / "timing", clock)
    began = time.monotonic()
    assert start(tmp_path / "timing").wait(timeout=60) == 0
    duration = time.monotonic() - began
    rng = random.Random(7)
    outcomes = []
    for attempt in range(8):
        target = tmp_path / f"target{attempt}"
        old_rows = make_target(target, clock)
        proc = start(target)
        time.sleep(rng.uniform(0.2, 1.0) * duration)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        held = assert_whole(target, clock, old_rows, new_rows)
        outcomes.append("new" if held == new_rows else "old")
        assert leftover_notes(target) == []
    print("random kills:", outcomes, f"restore takes {duration:.2f} s")
