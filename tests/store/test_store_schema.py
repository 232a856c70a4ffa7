"""The schema version: HEAD_REVISION matches Alembic, and read_revision is cheap and careful."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from app.store import migrate
from app.store.errors import StoreError
from app.store.schema import HEAD_REVISION, read_revision
from app.store.store import Store

ROOT = Path(__file__).resolve().parents[2]


def test_head_revision_constant_matches_alembic_head() -> None:
    assert migrate.script_head() == HEAD_REVISION, "bump app.store.schema.HEAD_REVISION"


def test_revision_chain_is_linear_and_ends_at_head() -> None:
    revisions = migrate.known_revisions()
    assert revisions[-1] == HEAD_REVISION
    assert len(set(revisions)) == len(revisions)
    assert len(migrate.script_directory().get_heads()) == 1


def test_missing_file_has_no_revision_and_is_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "nothing.sqlite3"
    assert read_revision(missing) is None
    assert not missing.exists()


def test_empty_file_has_no_revision(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    assert read_revision(empty) is None
    assert empty.read_bytes() == b""


def test_new_database_without_tables_has_no_revision(tmp_path: Path) -> None:
    new = tmp_path / "new.sqlite3"
    with closing(sqlite3.connect(new)) as conn:
        conn.execute("PRAGMA user_version=0")
        conn.commit()
    assert read_revision(new) is None


def test_opened_database_is_at_head(db: Store) -> None:
    assert read_revision(db.path) == HEAD_REVISION
    assert read_revision(str(db.path)) == HEAD_REVISION


def test_someone_elses_database_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(other)) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
        conn.commit()
    with pytest.raises(StoreError, match="not a Dispute Desk data file"):
        read_revision(other)


def test_garbage_file_is_refused(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database, just some text\n" * 200)
    with pytest.raises(StoreError, match="not a Dispute Desk data file"):
        read_revision(junk)


def run_python(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True, timeout=120
    )
    return result.stdout.strip()


def test_start_up_path_does_not_import_sqlalchemy(db: Store) -> None:
    """The GUI checks the version before the first paint; SQLAlchemy costs ~0.6 s to import."""
    out = run_python(
        "import sys\n"
        "from app.store.paths import resolve_data_dir, DataDir\n"
        "from app.store.schema import read_revision\n"
        "from app.store.sqlite import connect\n"
        f"layout = DataDir(resolve_data_dir({str(db.data_dir.root)!r}, {{}}))\n"
        "rev = read_revision(layout.database)\n"
        "conn = connect(layout.database); conn.execute('SELECT count(*) FROM orders').fetchone(); conn.close()\n"
        "print(rev, 'sqlalchemy' in sys.modules, 'alembic' in sys.modules)"
    )
    assert out == f"{HEAD_REVISION} False False"


def test_opening_an_up_to_date_database_does_not_import_alembic(db: Store) -> None:
    out = run_python(
        "import sys\n"
        "from app.clock import SystemClock\n"
        "from app.store.store import Store\n"
        f"Store.open({str(db.data_dir.root)!r}, clock=SystemClock()).close()\n"
        "print('alembic' in sys.modules)"
    )
    assert out == "False"
