"""An import killed half-way leaves all or nothing: a real ``dispute-desk import`` process on
a large file, SIGKILLed once its progress output shows it is writing inside its transaction."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HEADER = (
    "Order Date,Order ID,Title,Qty,Price,Store,Product ID,SKU ID,Attributes,Price Info,Currency,"
    "Status,Product Url,Product Image Url,Store Url,Tags"
)
COUNT = 6000


def big_csv(path: Path) -> None:
    rows = [
        f'"2026-02-{1 + n % 27:02d}",{7100000000000000 + n},"Item {n}",{1 + n % 3},"US $1,{n % 1000:03d}.{n % 100:02d}",'
        f'"Store {n % 40}","{1005000000000000 + n}","{12000000000000000 + n}","Color: Black",'
        f'"x|1|00",USD,{("Completed", "Awaiting delivery", "Awaiting shipment", "Cancelled")[n % 4]},,,,""'
        for n in range(COUNT)
    ]
    path.write_text("\n".join([HEADER, *rows]) + "\n", "utf-8")


def imported(database: Path) -> tuple[int, str]:
    conn = sqlite3.connect(database)
    try:
        count = conn.execute("SELECT count(*) FROM orders WHERE source = 'shopper-csv'").fetchone()[0]
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        return count, check
    finally:
        conn.close()


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_killed_import_leaves_all_or_nothing(tmp_path: Path) -> None:
    source = tmp_path / "orders.csv"
    big_csv(source)
    data = tmp_path / "data"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "app", "--data-dir", str(data), "import", str(source), "--progress"]
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT
    )
    assert process.stderr is not None
    seen = []
    for line in process.stderr:
        seen.append(line)
        if line.startswith("progress "):
            done, total = (int(n) for n in line.split()[1].split("/"))
            if done > total // 2:
                # The planning is over and the first chunks are written in the open
                # transaction (the second half of the progress): kill it now.
                process.send_signal(signal.SIGKILL)
                break
    process.wait(timeout=120)
    assert process.returncode == -signal.SIGKILL, seen
    count, check = imported(data / "dispute-desk.sqlite3")
    assert check == "ok"
    assert count in (0, COUNT)
    assert count == 0, "the kill came after the commit; the test didn't test anything"
    # What the killed run left: its activity lock. doctor (read-only) says so and changes nothing.
    doctor = subprocess.run([*command[:5], "doctor"], capture_output=True, text=True, env=env, cwd=ROOT)
    assert doctor.returncode == 0, doctor.stdout + doctor.stderr
    assert "left by an interrupted run" in doctor.stdout
    assert list((data / ".run").glob("import-*.lock"))
    # The next run cleans it and remembers the interrupted import (for the start-up report).
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    assert imported(data / "dispute-desk.sqlite3") == (COUNT, "ok")
    assert not list((data / ".run").glob("*.lock"))
    doctor = subprocess.run([*command[:5], "doctor"], capture_output=True, text=True, env=env, cwd=ROOT)
    assert "left by an interrupted run" not in doctor.stdout
    assert "import (orders.csv)" in doctor.stdout and "was interrupted" in doctor.stdout
    assert doctor.stdout.rstrip().endswith("ok")
