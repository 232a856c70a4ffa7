"""The migration harness: every revision, and every saved database, upgrades with nothing lost.

(a) For every revision in the Alembic chain: build a database at that revision, fill it with
    that revision's seed (tests/store/migration_seeds.py), open it with Store.open, and check
    every row survived, foreign keys are clean and a pre-migration backup exists (for starts
    below head).
(b) Every saved file tests/store/fixtures/schema-<rev>.sqlite3 upgrades the same way.
"""

from __future__ import annotations

import importlib.util
import shutil
import sqlite3
import textwrap
from contextlib import closing
from pathlib import Path

import pytest
from migration_seeds import SEEDS, assert_rows_survived, seed_database, snapshot

from app.clock import FrozenClock
from app.store import migrate
from app.store.errors import StoreError
from app.store.paths import DataDir
from app.store.schema import HEAD_REVISION, read_revision
from app.store.store import Store

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAVED = sorted(FIXTURES.glob("schema-*.sqlite3"))
REVISIONS = migrate.known_revisions()


def revision_of_fixture(path: Path) -> str:
    return path.stem.removeprefix("schema-")


def database_at(revision: str, data_dir: Path) -> DataDir:
    """A data dir whose database is at ``revision`` and holds that revision's seed."""
    layout = DataDir(data_dir).ensure()
    migrate.upgrade(layout.database, revision)
    seed_database(layout.database, revision)
    assert read_revision(layout.database) == revision
    return layout


def assert_upgrades_without_loss(layout: DataDir, clock: FrozenClock) -> None:
    start = read_revision(layout.database)
    before = snapshot(layout.database)
    assert all(before.values()), f"the data at {start} should have rows in every table"

    database = Store.open(layout.root, clock=clock)
    try:
        assert read_revision(layout.database) == HEAD_REVISION
        assert database.check() == []
    finally:
        database.close()
    assert_rows_survived(before, snapshot(layout.database))

    backups = sorted(layout.backups.glob("pre-migration-*.sqlite3")) if layout.backups.exists() else []
    if start == HEAD_REVISION:
        assert backups == []
    else:
        assert [b.name for b in backups] == [f"pre-migration-{start}-20260301T123045Z.sqlite3"]
        assert read_revision(backups[0]) == start
        assert snapshot(backups[0]) == before


def test_every_revision_has_a_seed() -> None:
    missing = [revision for revision in REVISIONS if revision not in SEEDS]
    assert not missing, f"add a seed for {missing} to tests/store/migration_seeds.py"


def test_the_head_revision_has_a_saved_fixture() -> None:
    assert (FIXTURES / f"schema-{HEAD_REVISION}.sqlite3").exists(), (
        "run python tests/store/fixtures/make_fixture.py and commit the file"
    )


@pytest.mark.parametrize("revision", REVISIONS)
def test_upgrade_from_every_revision(revision: str, tmp_path: Path, clock: FrozenClock) -> None:
    assert_upgrades_without_loss(database_at(revision, tmp_path / "data"), clock)


@pytest.mark.parametrize("saved", SAVED, ids=[path.name for path in SAVED])
def test_saved_database_upgrades(saved: Path, tmp_path: Path, clock: FrozenClock) -> None:
    layout = DataDir(tmp_path / "data").ensure()
    shutil.copyfile(saved, layout.database)  # never open the committed file itself
    assert read_revision(layout.database) == revision_of_fixture(saved)
    assert_upgrades_without_loss(layout, clock)


def test_make_fixture_writes_a_seeded_head_database(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("make_fixture", FIXTURES / "make_fixture.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    written = module.write_fixture(tmp_path)
    assert written == tmp_path / f"schema-{HEAD_REVISION}.sqlite3"
    assert sorted(p.name for p in tmp_path.iterdir()) == [written.name]  # no -wal/-shm left over
    assert read_revision(written) == HEAD_REVISION
    assert all(snapshot(written).values())
    with pytest.raises(SystemExit):
        module.write_fixture(tmp_path)  # never overwrites


# -- a failing future migration ---------------------------------------------------------------


def scripts_with_extra_revision(tmp_path: Path, body: str) -> Path:
    """A copy of the shipped migrations plus a revision after head whose upgrade() is ``body``."""
    scripts = tmp_path / "scripts"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    upgrade = textwrap.indent(textwrap.dedent(body).strip(), "    ")
    (scripts / "versions" / "9000_test_only.py").write_text(
        "import sqlalchemy as sa\n"
        "from alembic import op\n\n"
        'revision = "9000"\n'
        f"down_revision = {HEAD_REVISION!r}\n"
        "branch_labels = None\n"
        "depends_on = None\n\n\n"
        f"def upgrade():\n{upgrade}\n\n\n"
        "def downgrade():\n    pass\n"
    )
    return scripts


def test_migration_leaving_dangling_rows_is_rolled_back(
    tmp_path: Path, clock: FrozenClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    layout = database_at(HEAD_REVISION, tmp_path / "data")
    before = snapshot(layout.database)
    scripts = scripts_with_extra_revision(
        tmp_path,
        """
        op.add_column("orders", sa.Column("extra", sa.Text(), nullable=True))
        op.execute("DELETE FROM orders WHERE id = 1")
        """,
    )
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    monkeypatch.setattr("app.store.store.HEAD_REVISION", "9000")

    with pytest.raises(
        StoreError, match=r"rolled back.*events, evidence, order_lines, reminders, tracking_numbers"
    ):
        Store.open(layout.root, clock=clock)

    assert read_revision(layout.database) == HEAD_REVISION  # nothing of 9000 was kept
    assert snapshot(layout.database) == before
    with closing(sqlite3.connect(layout.database)) as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(orders)")]
    assert "extra" not in columns
    backups = list(layout.backups.glob(f"pre-migration-{HEAD_REVISION}-*.sqlite3"))
    assert len(backups) == 1 and snapshot(backups[0]) == before
