"""Why migrations run with foreign keys off.

SQLite batch migrations rebuild a table: create a copy, copy the rows, DROP the original,
rename the copy. Dropping "orders" with foreign keys on deletes every event, line and tracking
number through ON DELETE CASCADE. These tests perform such a rebuild (test-only, never shipped
in versions/) both ways, and then through the real start-up path.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.migration import MigrationContext
from alembic.operations import Operations
from migration_seeds import assert_rows_survived, seed_database, snapshot
from test_migrations import database_at, scripts_with_extra_revision

from app.clock import FrozenClock
from app.store import migrate
from app.store.engine import make_engine
from app.store.schema import HEAD_REVISION, read_revision
from app.store.sqlite import connect, foreign_key_problems
from app.store.store import Store

CHILDREN = ("order_lines", "events", "tracking_numbers")


def rebuild_orders(path: Path, *, foreign_keys: bool) -> None:
    """Alembic's batch "move and copy" of the orders table, in one transaction."""
    engine = make_engine(path, foreign_keys=foreign_keys)
    try:
        with engine.connect() as conn, conn.begin():
            enabled = conn.exec_driver_sql("PRAGMA foreign_keys").scalar()
            assert enabled == int(foreign_keys)
            operations = Operations(MigrationContext.configure(conn, opts={"render_as_batch": True}))
            with operations.batch_alter_table("orders", recreate="always") as batch:
                batch.add_column(sa.Column("extra", sa.Text(), nullable=True))
    finally:
        engine.dispose()


def counts(path: Path) -> dict[str, int]:
    conn = connect(path)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("orders", *CHILDREN)}
    finally:
        conn.close()


@pytest.fixture
def seeded(tmp_path: Path) -> Path:
    path = tmp_path / "db.sqlite3"
    migrate.upgrade(path)
    seed_database(path, HEAD_REVISION)
    return path


def test_batch_rebuild_with_foreign_keys_off_keeps_child_rows(seeded: Path) -> None:
    before = snapshot(seeded)
    seeded_counts = counts(seeded)
    assert all(seeded_counts.values())
    rebuild_orders(seeded, foreign_keys=False)
    assert counts(seeded) == seeded_counts
    assert_rows_survived(before, snapshot(seeded))
    conn = connect(seeded)
    try:
        assert foreign_key_problems(conn) == []
    finally:
        conn.close()


def test_batch_rebuild_with_foreign_keys_on_loses_child_rows(seeded: Path) -> None:
    """The reason for the rule: the same rebuild with foreign keys on empties every child table."""
    orders = counts(seeded)["orders"]
    rebuild_orders(seeded, foreign_keys=True)
    assert counts(seeded) == {"orders": orders, "order_lines": 0, "events": 0, "tracking_numbers": 0}


def test_batch_rebuild_through_database_open_keeps_child_rows(
    tmp_path: Path, clock: FrozenClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A future revision that rebuilds "orders", run the way the app runs migrations."""
    layout = database_at(HEAD_REVISION, tmp_path / "data")
    before = snapshot(layout.database)
    seeded_counts = counts(layout.database)
    scripts = scripts_with_extra_revision(
        tmp_path,
        """
        with op.batch_alter_table("orders", recreate="always") as batch:
            batch.add_column(sa.Column("extra", sa.Text(), nullable=True))
        """,
    )
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    monkeypatch.setattr("app.store.store.HEAD_REVISION", "9000")

    database = Store.open(layout.root, clock=clock)
    try:
        assert database.check() == []
        with database.read() as tx:
            assert tx._conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1  # back on for normal work
    finally:
        database.close()
    assert read_revision(layout.database) == "9000"
    assert counts(layout.database) == seeded_counts
    assert_rows_survived(before, snapshot(layout.database))
    assert len(list(layout.backups.glob(f"pre-migration-{HEAD_REVISION}-*.sqlite3"))) == 1
