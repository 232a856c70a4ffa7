"""Other writers wait, nothing is lost: an import holds the write lock only for its final write,
every writer waits patiently and says why, and a watcher sees what the others committed.

Each "process" is a Services of its own (its own connections to the file): SQLite's locks are
per connection, so threads here contend exactly as processes do.
"""

from __future__ import annotations

import threading
import time
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from app.clock import FrozenClock
from app.domain.errors import Refused
from app.services import open_services
from app.services.views import NewEvent, NewOrder
from app.store.errors import StoreBusy
from app.store.store import Store

HEADER = (
    "Order Date,Order ID,Title,Qty,Price,Store,Product ID,SKU ID,Attributes,Price Info,Currency,"
    "Status,Product Url,Product Image Url,Store Url,Tags"
)


def _csv(path: Path, rows: int, first: int = 8100000000000000) -> Path:
    lines = [HEADER]
    for index in range(rows):
        number = first + index
        lines.append(
            f'"2026-02-20",{number},"Item {index}",1,"US $1.00","Store {index % 50}",,,,,USD,Completed,,,,'
        )
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def _seed(data: Path, clock: FrozenClock, count: int) -> list[str]:
    services = open_services(data, clock)
    numbers = [f"70000000000000{i:02d}" for i in range(count)]
    try:
        for number in numbers:
            services.orders.add_order(
                NewOrder(
                    number,
                    "Seed",
                    "Seeded",
                    __import__("decimal").Decimal("3"),
                    "USD",
                    ordered_at=clock.now() - timedelta(days=3),
                )
            )
    finally:
        services.close()
    return numbers


def test_a_write_during_an_imports_planning_does_not_wait(tmp_path: Path, clock: FrozenClock) -> None:
    data = tmp_path / "data"
    numbers = _seed(data, clock, 1)
    importer = open_services(data, clock)
    other = open_services(data, clock)
    plan = importer.imports.preview(_csv(tmp_path / "big.csv", 1200))
    waited: list[float] = []

    def progress(done: int, total: int) -> None:
        if waited:
            return
        other._open_store().patience_s = 2.0  # the old import held the lock here: this failed
        start = time.monotonic()
        other.orders.record_event(numbers[0], NewEvent("note", at=clock.now(), note="typed meanwhile"))
        waited.append(time.monotonic() - start)

    try:
        result = importer.imports.apply(plan, progress=progress)
        assert result.added == 1200
        assert waited and waited[0] < 1.0
        notes = [e for e in other.orders.show(numbers[0]).timeline if e.kind == "note"]
        assert [n.data["note"] for n in notes] == ["typed meanwhile"]
    finally:
        importer.close()
        other.close()


def test_an_order_added_during_an_imports_planning_keeps_its_id_and_the_import_follows_it(
    tmp_path: Path, clock: FrozenClock
) -> None:
    data = tmp_path / "data"
    _seed(data, clock, 1)
    importer = open_services(data, clock)
    other = open_services(data, clock)
    plan = importer.imports.preview(_csv(tmp_path / "big.csv", 1200))
    added: list[str] = []

    def progress(done: int, total: int) -> None:
        if not added:  # planning: the rows are being made with the ids that follow the snapshot's
            other.orders.add_order(
                NewOrder("7100000000000001", "Other", "Typed meanwhile", Decimal("5"), "USD")
            )
            added.append("7100000000000001")

    try:
        result = importer.imports.apply(plan, progress=progress)
        assert result.added == 1200 and added
        assert other.listing.count() == 1202
        typed = other.orders.show("7100000000000001")
        assert [ln.title for ln in typed.lines] == ["Typed meanwhile"]
        assert [e.kind for e in typed.timeline] == ["ordered"]
        for index in (0, 499, 500, 1199):  # the first and last order of two of the import's chunks
            order = other.orders.show(str(8100000000000000 + index))
            assert [ln.title for ln in order.lines] == [f"Item {index}"]
            assert [e.kind for e in order.timeline] == ["ordered", "paid", "shipped", "received"]
    finally:
        importer.close()
        other.close()


def test_an_import_replans_when_its_orders_changed_meanwhile(tmp_path: Path, clock: FrozenClock) -> None:
    data = tmp_path / "data"
    _seed(data, clock, 1)
    importer = open_services(data, clock)
    other = open_services(data, clock)
    path = _csv(tmp_path / "two.csv", 2)
    plan = importer.imports.preview(path)
    # Another process imports the same file between the preview and this import's write.
    other.imports.apply(other.imports.preview(path))
    calls: list[int] = []

    def progress(done: int, total: int) -> None:
        calls.append(done)

    try:
        result = importer.imports.apply(plan, progress=progress)
        assert (result.added, result.unchanged) == (0, 2)  # nothing twice
        assert other.listing.count() == 3
    finally:
        importer.close()
        other.close()


def test_a_busy_write_says_why_and_the_gui_thread_is_not_kept_waiting(
    tmp_path: Path, clock: FrozenClock
) -> None:
    data = tmp_path / "data"
    numbers = _seed(data, clock, 1)
    holder = Store.open(data, clock=clock)
    told: list[str] = []
    services = open_services(data, clock)
    services.set_busy_notice(told.append)
    services.mark_quick_thread()
    try:
        with holder.write():
            from app.store.activity import Activity

            with Activity(holder.data_dir, "import", "orders.csv"):
                start = time.monotonic()
                with pytest.raises(StoreBusy) as refused:
                    services.orders.record_event(numbers[0], NewEvent("note", at=clock.now(), note="mine"))
                assert time.monotonic() - start < 5
        assert "saving a large import" in str(refused.value)
        assert isinstance(refused.value, Refused)  # a dialog shows it and keeps the input
        # The lock is free again: the same note is saved on the next try.
        services.orders.record_event(numbers[0], NewEvent("note", at=clock.now(), note="mine"))
    finally:
        holder.close()
        services.close()
    patient = open_services(data, clock)
    patient.set_busy_notice(told.append)
    holder = Store.open(data, clock=clock)
    release = threading.Event()

    def hold() -> None:
        with holder.write():
            release.wait(10)

    thread = threading.Thread(target=hold)
    thread.start()
    time.sleep(0.2)
    try:
        timer = threading.Timer(6.0, release.set)  # longer than SQLite's own 5 s busy timeout
        timer.start()
        patient.orders.record_event(numbers[0], NewEvent("note", at=clock.now(), note="waited"))
        assert any("trying again" in text for text in told), told
    finally:
        release.set()
        thread.join()
        holder.close()
        patient.close()


def test_three_writers_a_reader_an_import_and_a_watcher_lose_nothing(
    tmp_path: Path, clock: FrozenClock
) -> None:
    data = tmp_path / "data"
    numbers = _seed(data, clock, 3)
    csv_path = _csv(tmp_path / "import.csv", 3000)
    errors: list[BaseException] = []
    written = {name: 0 for name in numbers}
    reads = [0]
    stop = threading.Event()
    seen: set[int] = set()
    everything = [0]

    def writer(number: str) -> None:
        services = open_services(data, clock)
        try:
            for index in range(25):
                services.orders.record_event(number, NewEvent("note", at=clock.now(), note=f"note {index}"))
                written[number] += 1
        except BaseException as exc:
            errors.append(exc)
        finally:
            services.close()

    def reader() -> None:
        services = open_services(data, clock)
        try:
            while not stop.is_set():
                services.listing.rows(int(clock.now().timestamp()))
                reads[0] += 1
        except BaseException as exc:
            errors.append(exc)
        finally:
            services.close()

    def importer() -> None:
        services = open_services(data, clock)
        try:
            services.imports.apply(services.imports.preview(csv_path))
        except BaseException as exc:
            errors.append(exc)
        finally:
            services.close()

    watcher_services = open_services(data, clock)
    watch = watcher_services.change_watch()
    watch.poll()  # where things stand

    def watcher() -> None:
        try:
            while not stop.is_set():
                changes = watch.poll()
                if changes is not None:
                    seen.update(changes.order_ids)
                    everything[0] += changes.everything
                time.sleep(0.05)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in numbers]
    threads += [threading.Thread(target=importer)]
    background = [threading.Thread(target=reader), threading.Thread(target=watcher)]
    for thread in [*background, *threads]:
        thread.start()
    for thread in threads:
        thread.join(120)
    time.sleep(0.3)
    final = watch.poll()
    if final is not None:
        seen.update(final.order_ids)
        everything[0] += final.everything
    stop.set()
    for thread in background:
        thread.join(30)
    try:
        assert errors == []
        assert written == dict.fromkeys(numbers, 25)
        assert reads[0] > 0
        services = watcher_services
        for number in numbers:
            notes = [e for e in services.orders.show(number).timeline if e.kind == "note"]
            assert len(notes) == 25, number
        assert services.listing.count() == 3 + 3000
        ids = {
            row.id
            for row in services.listing.rows(int(clock.now().timestamp())).rows
            if row.number in numbers
        }
        assert ids <= seen  # the watcher saw every writer's order
        assert everything[0] >= 1 or len(seen) >= 3003  # and the import (as a whole-list change)
    finally:
        watcher_services.close()


def test_writers_wait_for_a_restore_and_then_use_the_new_file(tmp_path: Path, clock: FrozenClock) -> None:
    from app.store.activity import RESTORE_LOCK, Activity
    from app.store.paths import DataDir

    data = tmp_path / "data"
    numbers = _seed(data, clock, 1)
    told: list[str] = []
    writer = open_services(data, clock)
    writer.set_busy_notice(told.append)
    writer.orders.show(numbers[0])  # the writer has the file open (idle connections)
    restoring = Activity(DataDir(data), "restore", "backup.zip", lock_name=RESTORE_LOCK)
    done = threading.Event()

    def write() -> None:
        writer.orders.record_event(numbers[0], NewEvent("note", at=clock.now(), note="after the restore"))
        done.set()

    with restoring:
        # What a restore does in the meantime: the database file is replaced by another one.
        replacement = tmp_path / "other"
        _seed(replacement, clock, 2)
        (data / "dispute-desk.sqlite3").unlink()
        for suffix in ("-wal", "-shm"):
            (data / f"dispute-desk.sqlite3{suffix}").unlink(missing_ok=True)
        (replacement / "dispute-desk.sqlite3").rename(data / "dispute-desk.sqlite3")
        thread = threading.Thread(target=write)
        thread.start()
        time.sleep(0.6)
        assert not done.is_set()  # waiting for the restore
    thread.join(10)
    try:
        assert done.is_set()
        assert any("restoring a backup; waiting for it" in text for text in told), told
        # The note went into the file that is there now, not into the one that was replaced.
        assert writer.listing.count() == 2
        notes = [e for e in writer.orders.show(numbers[0]).timeline if e.kind == "note"]
        assert [n.data["note"] for n in notes] == ["after the restore"]
    finally:
        writer.close()
