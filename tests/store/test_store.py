"""The store: opening, pragmas, file modes, transactions, checks, backups, refusals."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import threading
from collections.abc import Iterator
from contextlib import closing
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect
from sqlmodel import SQLModel

from app.clock import FrozenClock
from app.domain.deadlines import Evaluation
from app.domain.model import Event, EventKind, Status
from app.store.engine import make_engine
from app.store.errors import StoreError
from app.store.paths import DataDir
from app.store.records import LineRecord, NewOrderRecord, Tracking
from app.store.schema import HEAD_REVISION, read_revision
from app.store.store import Store

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX-only")

PRAGMAS = {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "busy_timeout": 5000}
T0 = datetime(2026, 2, 1, 8, 0, tzinfo=UTC)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_order(number: str = "8100123456789012", total: str = "12.30") -> NewOrderRecord:
    """An order with two lines, two events and a tracking number."""
    return NewOrderRecord(
        number=number,
        store="Shenzhen Gadget Store",
        title="USB-C кабель",
        currency="USD",
        total=Decimal(total),
        payment_method=None,
        ordered_at=T0,
        lines=[LineRecord(0, "cable", 2, Decimal("6.15")), LineRecord(1, "gift", 1, Decimal("0"))],
        events=[
            Event(EventKind.PAID, T0, T0, {}),
            Event(EventKind.SHIPPED, T0 + timedelta(days=2), T0, {"a": 1}),
        ],
        evaluation=Evaluation(Status.IN_TRANSIT, (), None, None),
        tracking=[Tracking("LP00123456789CN")],
    )


def add_full_order(db: Store) -> int:
    """Insert :func:`make_order`; returns its id."""
    with db.write() as tx:
        [order_id] = tx.insert_orders([make_order()], T0)
    return order_id


def count(db: Store, table: str) -> int:
    with closing(sqlite3.connect(db.path)) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


# -- opening ----------------------------------------------------------------------------------


def test_fresh_dir_gets_every_table(db: Store) -> None:
    with closing(sqlite3.connect(db.path)) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables == set(SQLModel.metadata.tables) | {"alembic_version"}
    assert {"orders", "order_lines", "events", "tracking_numbers", "rule_overrides", "settings"} <= tables
    assert read_revision(db.path) == HEAD_REVISION


def test_fresh_dir_needs_no_backup(db: Store) -> None:
    assert not db.data_dir.backups.exists() or not any(db.data_dir.backups.iterdir())


def test_migrated_schema_matches_the_models(db: Store) -> None:
    """The hand-written migrations and tables.py describe the same schema, names included."""
    engine = make_engine(db.path)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, SQLModel.metadata) == []
        inspector = inspect(conn)
        for table in SQLModel.metadata.sorted_tables:
            reflected_indexes = {ix["name"] for ix in inspector.get_indexes(table.name)}
            assert reflected_indexes == {ix.name for ix in table.indexes}, table.name
            reflected_uniques = {uq["name"] for uq in inspector.get_unique_constraints(table.name)}
            model_uniques = {c.name for c in table.constraints if c.__class__.__name__ == "UniqueConstraint"}
            assert reflected_uniques == model_uniques, table.name
            reflected_fks = {
                (fk["name"], fk["options"].get("ondelete")) for fk in inspector.get_foreign_keys(table.name)
            }
            assert reflected_fks == {(fk.name, fk.ondelete) for fk in table.foreign_key_constraints}, (
                table.name
            )
            assert inspector.get_pk_constraint(table.name)["name"] == table.primary_key.name, table.name
    engine.dispose()


def test_reopening_keeps_data(data_dir: Path, clock: FrozenClock) -> None:
    first = Store.open(data_dir, clock=clock)
    add_full_order(first)
    first.close()
    second = Store.open(DataDir(data_dir), clock=clock)
    try:
        assert count(second, "events") == 2
    finally:
        second.close()


# -- pragmas and file modes -------------------------------------------------------------------


def test_pragmas_on_a_transaction_connection(db: Store) -> None:
    for begin in (db.read, db.write):
        with begin() as tx:
            found = {name: tx._conn.execute(f"PRAGMA {name}").fetchone()[0] for name in PRAGMAS}
        assert found == PRAGMAS


@posix_only
def test_files_are_private(db: Store) -> None:
    add_full_order(db)
    with db.read() as tx:  # a connection open, so -wal and -shm exist
        tx.count_orders()
        assert mode(db.data_dir.root) == 0o700
        assert mode(db.path) == 0o600
        for suffix in ("-wal", "-shm"):
            side = Path(f"{db.path}{suffix}")
            assert side.exists()
            assert mode(side) == 0o600, suffix


@posix_only
def test_files_are_private_even_with_a_permissive_umask(tmp_path: Path, clock: FrozenClock) -> None:
    previous = os.umask(0)
    try:
        database = Store.open(tmp_path / "open", clock=clock)
        try:
            add_full_order(database)
            with database.read():
                for path in (database.path, Path(f"{database.path}-wal"), Path(f"{database.path}-shm")):
                    assert mode(path) == 0o600, path
            assert mode(database.data_dir.root) == 0o700
        finally:
            database.close()
    finally:
        os.umask(previous)


@posix_only
def test_opening_tightens_a_loose_file(data_dir: Path, clock: FrozenClock) -> None:
    Store.open(data_dir, clock=clock).close()
    os.chmod(DataDir(data_dir).database, 0o644)
    Store.open(data_dir, clock=clock).close()
    assert mode(DataDir(data_dir).database) == 0o600


# -- transactions ---------------------------------------------------------------------------------


def test_a_transaction_commits_on_success(db: Store) -> None:
    with db.write() as tx:
        tx.set_setting("theme", "dark")
    with db.read() as tx:
        assert tx.setting("theme") == "dark"


def test_a_transaction_rolls_back_everything_on_error(db: Store) -> None:
    with pytest.raises(RuntimeError), db.write() as tx:
        tx.insert_orders([make_order()], T0)
        tx.set_rule_override("aliexpress", "escalation_days", 7, T0)
        raise RuntimeError("the use case failed half-way")
    for table in ("orders", "order_lines", "events", "tracking_numbers", "rule_overrides"):
        assert count(db, table) == 0, table


def test_uncommitted_work_is_invisible_to_readers(db: Store) -> None:
    with db.write() as tx:
        tx.insert_orders([make_order()], T0)
        assert count(db, "orders") == 0
        with db.read() as other:
            assert other.count_orders() == 0
    assert count(db, "orders") == 1


def test_rows_read_back_with_exact_types(db: Store) -> None:
    order_id = add_full_order(db)
    with db.read() as tx:
        order = tx.order("8100123456789012")
        lines = tx.lines(order_id)
        events = tx.events(order_id)
        [(_, timeline)] = list(tx.timelines([order_id]))
    assert order is not None and order.id == order_id
    assert order.total == Decimal("12.30") and str(order.total) == "12.30"
    assert order.ordered_at == T0 and order.ordered_at.tzinfo is UTC
    assert order.marketplace == "aliexpress" and order.note == "" and not order.in_trash
    assert [line.unit_price for line in lines] == [Decimal("6.15"), Decimal("0")]
    assert [(e.kind, e.at, dict(e.data)) for e in events] == [
        (EventKind.PAID, T0, {}),
        (EventKind.SHIPPED, T0 + timedelta(days=2), {"a": 1}),
    ]
    assert timeline == events and events[1].at.tzinfo is UTC


def test_events_of_an_order_recorded_now_are_stored_at_the_insert_time(db: Store) -> None:
    later = T0 + timedelta(hours=5)
    with db.write() as tx:
        [kept] = tx.insert_orders([make_order()], later)
        [stamped] = tx.insert_orders([replace(make_order("8100123456789013"), recorded_now=True)], later)
        kept_events, stamped_events = tx.events(kept), tx.events(stamped)
    assert [e.recorded_at for e in kept_events] == [T0, T0]  # as the events say
    assert [e.recorded_at for e in stamped_events] == [later, later]
    assert [(e.kind, e.at, e.data) for e in stamped_events] == [(e.kind, e.at, e.data) for e in kept_events]


def test_times_and_money_are_stored_as_exact_text(db: Store) -> None:
    add_full_order(db)
    with closing(sqlite3.connect(db.path)) as conn:
        assert conn.execute("SELECT total, ordered_at, typeof(total) FROM orders").fetchone() == (
            "12.30",
            "2026-02-01 08:00:00.000000",
            "text",
        )


def test_naive_times_and_float_money_are_refused(db: Store) -> None:
    naive = replace(make_order(), ordered_at=T0.replace(tzinfo=None))
    with pytest.raises(ValueError, match="naive"), db.write() as tx:
        tx.insert_orders([naive], T0)
    with pytest.raises(TypeError, match="Decimal"), db.write() as tx:
        order_id = tx.insert_orders([make_order()], T0)[0]
        tx.update_fields(order_id, {"total": 1.5})
    assert count(db, "orders") == 0


def test_order_numbers_are_unique(db: Store) -> None:
    add_full_order(db)
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"), db.write() as tx:
        tx.insert_orders([make_order()], T0)
    assert count(db, "orders") == 1


def test_removing_an_order_removes_everything_it_holds(db: Store) -> None:
    add_full_order(db)
    with db.write() as tx:
        tx.update_fields(tx.order_ids(["8100123456789012"])["8100123456789012"], {"source": "demo"})
        assert tx.remove_orders_from("demo") == 1
    for table in ("orders", "order_lines", "events", "tracking_numbers"):
        assert count(db, table) == 0, table


def test_foreign_keys_are_enforced(db: Store) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"), db.write() as tx:
        tx.append_events(999, [Event(EventKind.PAID, T0, T0, {})])


def test_the_search_text_follows_what_it_is_made_of(db: Store) -> None:
    order_id = add_full_order(db)
    with db.write() as tx:
        tx.update_fields(order_id, {"title": "Cable set", "store": "Other Store"})
        tx.add_tracking(order_id, "RB1CN", None, T0)
        assert not tx.add_tracking(order_id, "RB1CN", None, T0)  # known already: not added twice
    with closing(sqlite3.connect(db.path)) as conn:
        (text,) = conn.execute("SELECT search_text FROM orders").fetchone()
    assert text == "8100123456789012 other store cable set cable gift lp00123456789cn rb1cn"


def test_connections_are_kept_for_the_next_transaction(db: Store) -> None:
    with db.read() as tx:
        first = tx._conn
    with db.write() as tx:
        assert tx._conn is first


def test_threads_each_get_a_connection_of_their_own(db: Store) -> None:
    add_full_order(db)
    seen: list[int] = []
    errors: list[BaseException] = []
    ready = threading.Barrier(4)

    def work() -> None:
        try:
            with db.read() as tx:
                ready.wait(timeout=5)
                seen.append(id(tx._conn))
                assert tx.count_orders() == 1
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [] and len(set(seen)) == 4


# -- check and backups ------------------------------------------------------------------------


def test_check_is_clean_on_a_healthy_database(db: Store) -> None:
    add_full_order(db)
    assert db.check() == []


def test_check_reports_dangling_rows(db: Store) -> None:
    with closing(sqlite3.connect(db.path)) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("INSERT INTO events (id, order_id, kind, at, recorded_at) VALUES (7, 999, 'x', '', '')")
        conn.commit()
    assert db.check() == ["foreign key: events row 7: refers to a missing row in orders"]


@pytest.fixture
def filled(db: Store) -> Iterator[Store]:
    add_full_order(db)
    yield db


def test_backup_to_writes_a_consistent_private_copy(filled: Store, tmp_path: Path) -> None:
    target = tmp_path / "copy.sqlite3"
    assert filled.backup_to(target) == target
    assert read_revision(target) == HEAD_REVISION
    with closing(sqlite3.connect(target)) as conn:
        assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == 2
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file
    assert not Path(f"{target}.partial").exists()
    if os.name == "posix":
        assert mode(target) == 0o600


def test_backup_to_never_overwrites(filled: Store, tmp_path: Path) -> None:
    target = tmp_path / "copy.sqlite3"
    target.write_bytes(b"precious")
    with pytest.raises(StoreError, match="already exists"):
        filled.backup_to(target)
    assert target.read_bytes() == b"precious"


def test_backup_names_come_from_the_clock(filled: Store) -> None:
    first = filled.backup()
    second = filled.backup()
    assert first.name == "backup-20260301T123045Z.sqlite3"
    assert second.name == "backup-20260301T123045Z-1.sqlite3"
    assert first.parent == filled.data_dir.backups
    if os.name == "posix":
        assert mode(filled.data_dir.backups) == 0o700


# -- refusals ---------------------------------------------------------------------------------


def set_revision(path: Path, revision: str) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        conn.commit()


def test_newer_database_is_refused_untouched(data_dir: Path, clock: FrozenClock) -> None:
    database = Store.open(data_dir, clock=clock)
    add_full_order(database)
    database.close()
    layout = DataDir(data_dir)
    set_revision(layout.database, "9999")
    before = digest(layout.database)
    with pytest.raises(StoreError, match=r"newer Dispute Desk \(schema 9999\); update the app"):
        Store.open(data_dir, clock=clock)
    assert digest(layout.database) == before
    assert read_revision(layout.database) == "9999"
    assert not layout.backups.exists()


def test_foreign_database_is_refused_untouched(data_dir: Path, clock: FrozenClock) -> None:
    layout = DataDir(data_dir).ensure()
    with closing(sqlite3.connect(layout.database)) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
        conn.commit()
    before = digest(layout.database)
    with pytest.raises(StoreError, match="not a Dispute Desk data file"):
        Store.open(data_dir, clock=clock)
    assert digest(layout.database) == before


def test_a_closed_store_refuses_to_be_used(db: Store) -> None:
    """After close (a restore is about to replace the file) nothing may open the file again
    through this store: a stray connection would keep the old file, and make the restore wait."""
    db.close()
    with pytest.raises(StoreError, match="was closed"), db.read():
        pass


def test_closing_leaves_no_connection_open(db: Store) -> None:
    add_full_order(db)
    with db.read() as tx:
        tx.count_orders()
    db.close()
    with closing(sqlite3.connect(db.path, isolation_level=None)) as conn:
        assert conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0] == "delete"  # needs the only one


def _try_to_write(path: Path) -> str:
    """Another process's writer (a cron job): can it take the write lock right now?"""
    with closing(sqlite3.connect(path, timeout=0.05, isolation_level=None)) as other:
        try:
            other.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            return str(exc)
        other.execute("ROLLBACK")
        return "free"


def test_a_reading_transaction_leaves_the_write_lock_free(db: Store) -> None:
    with db.read() as tx:
        tx.list_rows(0)
        assert _try_to_write(db.path) == "free"


def test_a_writing_transaction_holds_the_write_lock_from_its_start(db: Store) -> None:
    with db.write() as tx:
        tx.list_rows(0)  # a read first: the lock is already taken
        assert _try_to_write(db.path) == "database is locked"
