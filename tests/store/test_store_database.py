"""Database: opening, pragmas, file modes, sessions, raw reads, checks, backups, refusals."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlmodel import SQLModel, col, select

from app.clock import FrozenClock
from app.store.database import Database, DataDir, StoreError
from app.store.schema import HEAD_REVISION, read_revision
from app.store.tables import EventRow, OrderLineRow, OrderRow, RuleOverrideRow, SettingRow, TrackingNumberRow

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX-only")

PRAGMAS = {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "busy_timeout": 5000}
T0 = datetime(2026, 2, 1, 8, 0, tzinfo=UTC)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_order(number: str = "8100123456789012", total: str = "12.30") -> OrderRow:
    return OrderRow(
        number=number,
        store="Shenzhen Gadget Store",
        title="USB-C кабель",
        currency="USD",
        total=Decimal(total),
        ordered_at=T0,
        created_at=T0,
        updated_at=T0,
    )


def add_full_order(db: Database) -> int:
    """An order with two lines, two events and a tracking number; returns its id."""
    with db.session() as session:
        order = make_order()
        session.add(order)
        session.flush()
        assert order.id is not None
        session.add_all(
            [
                OrderLineRow(
                    order_id=order.id, position=0, title="cable", quantity=2, unit_price=Decimal("6.15")
                ),
                OrderLineRow(
                    order_id=order.id, position=1, title="gift", quantity=1, unit_price=Decimal("0")
                ),
                EventRow(order_id=order.id, kind="paid", at=T0, recorded_at=T0),
                EventRow(
                    order_id=order.id,
                    kind="shipped",
                    at=T0 + timedelta(days=2),
                    recorded_at=T0,
                    data='{"a": 1}',
                ),
                TrackingNumberRow(order_id=order.id, number="LP00123456789CN", added_at=T0),
            ]
        )
        return order.id


def count(db: Database, table: str) -> int:
    with db.raw() as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


# -- opening ----------------------------------------------------------------------------------


def test_fresh_dir_gets_every_table(db: Database) -> None:
    with db.raw() as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables == set(SQLModel.metadata.tables) | {"alembic_version"}
    assert {"orders", "order_lines", "events", "tracking_numbers", "rule_overrides", "settings"} <= tables
    assert read_revision(db.path) == HEAD_REVISION


def test_fresh_dir_needs_no_backup(db: Database) -> None:
    assert not db.data_dir.backups.exists() or not any(db.data_dir.backups.iterdir())


def test_migrated_schema_matches_the_models(db: Database) -> None:
    """The hand-written migrations and tables.py describe the same schema, names included."""
    with db.engine.connect() as conn:
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


def test_reopening_keeps_data(data_dir: Path, clock: FrozenClock) -> None:
    first = Database.open(data_dir, clock=clock)
    add_full_order(first)
    first.close()
    second = Database.open(DataDir(data_dir), clock=clock)
    try:
        assert count(second, "events") == 2
    finally:
        second.close()


# -- pragmas and file modes -------------------------------------------------------------------


def test_pragmas_on_a_session_connection(db: Database) -> None:
    with db.session() as session:
        conn = session.connection()
        found = {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar() for name in PRAGMAS}
    assert found == PRAGMAS


def test_pragmas_on_raw_connection(db: Database) -> None:
    with db.raw() as conn:
        found = {name: conn.execute(f"PRAGMA {name}").fetchone()[0] for name in PRAGMAS}
    assert found == PRAGMAS


@posix_only
def test_files_are_private(db: Database) -> None:
    add_full_order(db)
    with db.raw() as conn:  # keep a connection open so -wal and -shm exist
        conn.execute("SELECT count(*) FROM orders").fetchone()
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
        database = Database.open(tmp_path / "open", clock=clock)
        try:
            add_full_order(database)
            with database.raw():
                for path in (database.path, Path(f"{database.path}-wal"), Path(f"{database.path}-shm")):
                    assert mode(path) == 0o600, path
            assert mode(database.data_dir.root) == 0o700
        finally:
            database.close()
    finally:
        os.umask(previous)


@posix_only
def test_opening_tightens_a_loose_file(data_dir: Path, clock: FrozenClock) -> None:
    Database.open(data_dir, clock=clock).close()
    os.chmod(DataDir(data_dir).database, 0o644)
    Database.open(data_dir, clock=clock).close()
    assert mode(DataDir(data_dir).database) == 0o600


# -- sessions and raw -------------------------------------------------------------------------


def test_session_commits_on_success(db: Database) -> None:
    with db.session() as session:
        session.add(SettingRow(key="theme", value='"dark"'))
    with db.session() as session:
        assert session.exec(select(SettingRow)).one().value == '"dark"'


def test_session_rolls_back_everything_on_error(db: Database) -> None:
    with pytest.raises(RuntimeError), db.session() as session:
        session.add(make_order())
        session.flush()
        session.add(RuleOverrideRow(profile="aliexpress", key="escalation_days", value="7", updated_at=T0))
        session.flush()
        raise RuntimeError("the use case failed half-way")
    assert count(db, "orders") == 0
    assert count(db, "rule_overrides") == 0


def test_uncommitted_work_is_invisible_to_readers(db: Database) -> None:
    with db.session() as session:
        session.add(make_order())
        session.flush()
        assert count(db, "orders") == 0
    assert count(db, "orders") == 1


def test_rows_read_back_with_exact_types(db: Database) -> None:
    order_id = add_full_order(db)
    with db.session() as session:
        order = session.get(OrderRow, order_id)
        assert order is not None
        lines = session.exec(select(OrderLineRow).order_by(col(OrderLineRow.position))).all()
    assert order.total == Decimal("12.30") and str(order.total) == "12.30"
    assert order.ordered_at == T0 and order.ordered_at.tzinfo is UTC
    assert order.marketplace == "aliexpress" and order.deadlines_json == "[]" and order.status == ""
    assert [line.unit_price for line in lines] == [Decimal("6.15"), Decimal("0")]


def test_order_numbers_are_unique(db: Database) -> None:
    add_full_order(db)
    with pytest.raises(Exception, match="UNIQUE"), db.session() as session:
        session.add(make_order())
    assert count(db, "orders") == 1


def test_raw_connection_rolls_back_on_error(db: Database) -> None:
    with pytest.raises(RuntimeError), db.raw() as conn:
        conn.execute("INSERT INTO settings (key, value) VALUES ('a', '1')")
        raise RuntimeError
    assert count(db, "settings") == 0


def test_cascade_delete_removes_children(db: Database) -> None:
    order_id = add_full_order(db)
    with db.session() as session:
        order = session.get(OrderRow, order_id)
        session.delete(order)
    for table in ("orders", "order_lines", "events", "tracking_numbers"):
        assert count(db, table) == 0, table


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"), db.session() as session:
        session.add(EventRow(order_id=999, kind="paid", at=T0, recorded_at=T0))
    with pytest.raises(sqlite3.IntegrityError), db.raw() as conn:
        conn.execute("INSERT INTO events (order_id, kind, at, recorded_at) VALUES (999, 'x', '', '')")


# -- check and backups ------------------------------------------------------------------------


def test_check_is_clean_on_a_healthy_database(db: Database) -> None:
    add_full_order(db)
    assert db.check() == []


def test_check_reports_dangling_rows(db: Database) -> None:
    with closing(sqlite3.connect(db.path)) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("INSERT INTO events (id, order_id, kind, at, recorded_at) VALUES (7, 999, 'x', '', '')")
        conn.commit()
    assert db.check() == ["foreign key: events row 7: refers to a missing row in orders"]


@pytest.fixture
def filled(db: Database) -> Iterator[Database]:
    add_full_order(db)
    yield db


def test_backup_to_writes_a_consistent_private_copy(filled: Database, tmp_path: Path) -> None:
    target = tmp_path / "copy.sqlite3"
    assert filled.backup_to(target) == target
    assert read_revision(target) == HEAD_REVISION
    with closing(sqlite3.connect(target)) as conn:
        assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == 2
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file
    assert not Path(f"{target}.partial").exists()
    if os.name == "posix":
        assert mode(target) == 0o600


def test_backup_to_never_overwrites(filled: Database, tmp_path: Path) -> None:
    target = tmp_path / "copy.sqlite3"
    target.write_bytes(b"precious")
    with pytest.raises(StoreError, match="already exists"):
        filled.backup_to(target)
    assert target.read_bytes() == b"precious"


def test_backup_names_come_from_the_clock(filled: Database) -> None:
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
    database = Database.open(data_dir, clock=clock)
    add_full_order(database)
    database.close()
    layout = DataDir(data_dir)
    set_revision(layout.database, "9999")
    before = digest(layout.database)
    with pytest.raises(StoreError, match=r"newer Dispute Desk \(schema 9999\); update the app"):
        Database.open(data_dir, clock=clock)
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
        Database.open(data_dir, clock=clock)
    assert digest(layout.database) == before


def test_session_after_close_reconnects(db: Database) -> None:
    """close() only drops pooled connections; the app may close and reuse on resume."""
    db.close()
    with db.session() as session:
        assert session.connection().execute(text("SELECT count(*) FROM orders")).scalar() == 0


def _try_to_write(path: Path) -> str:
    """Another process's writer (a cron job): can it take the write lock right now?"""
    with closing(sqlite3.connect(path, timeout=0.05, isolation_level=None)) as other:
        try:
            other.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            return str(exc)
        other.execute("ROLLBACK")
        return "free"


def test_a_reading_session_leaves_the_write_lock_free(db: Database) -> None:
    with db.read() as session:
        session.exec(select(OrderRow)).all()
        assert _try_to_write(db.path) == "free"


def test_a_writing_session_holds_the_write_lock_from_its_start(db: Database) -> None:
    with db.session() as session:
        session.exec(select(OrderRow)).all()  # a read first: the lock is already taken
        assert _try_to_write(db.path) == "database is locked"
