"""Running the Alembic migrations shipped in ``app/store/migrations``.

Imported only when a migration is needed (Alembic costs ~0.2 s to import). Alembic is
configured in code, with ``script_location`` pointing at this package's directory, so a
non-editable install works without an alembic.ini.

The rule that matters: **foreign keys are off while migrating**. SQLite cannot ALTER most of a
table, so Alembic's batch mode rebuilds it (create a copy, copy the rows, DROP the old table,
rename the copy). With foreign keys on, that DROP deletes every child row through
``ON DELETE CASCADE`` — every event, line and tracking number of every order. SQLite ignores
``PRAGMA foreign_keys`` inside a transaction, so it is set on the dedicated connection before
the transaction begins; ``PRAGMA foreign_key_check`` then runs inside the same transaction so
a migration that leaves dangling references is rolled back as a whole.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection

# The migrations' env.py imports the tables from a file Alembic runs, which a frozen build's
# analysis never reads: importing them here puts them (and their column types) in the bundle.
import app.store.tables  # noqa: F401
from app.i18n import translate
from app.store.engine import make_engine
from app.store.errors import StoreError
from app.store.sqlite import foreign_key_violations

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config without an ini file; ``env.py`` migrates ``connection``."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def script_head() -> str:
    """The head revision of the shipped migrations (there is exactly one)."""
    head = script_directory().get_current_head()
    if head is None:
        raise StoreError(translate("store", "no migrations are shipped with this build"))
    return str(head)


def known_revisions() -> list[str]:
    """Every shipped revision, oldest first."""
    return [script.revision for script in reversed(list(script_directory().walk_revisions()))]


def upgrade(path: Path, target: str = "head") -> None:
    """Upgrade the file at ``path`` to ``target`` in one transaction, foreign keys off.

    Raises :class:`StoreError` (and changes nothing) if the result has rows whose foreign keys
    point nowhere. The caller is responsible for the backup taken before.
    """
    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.connect() as connection:
            driver = connection.connection.driver_connection
            assert driver is not None
            if driver.execute("PRAGMA foreign_keys").fetchone()[0] != 0:
                raise StoreError(
                    translate(
                        "store", "could not turn foreign keys off for the migration; nothing was changed"
                    )
                )
            try:
                with connection.begin():
                    command.upgrade(alembic_config(connection), target)
                    violations = foreign_key_violations(driver)
                    if violations:
                        tables = sorted({table for table, _rowid, _parent in violations})
                        count = len(violations)
                        raise StoreError(
                            translate(
                                "store",
                                "the schema upgrade was rolled back: it left rows pointing at missing records in {names} (%n row(s))",
                                None,
                                count,
                            ).format(names=", ".join(tables))
                        )
            finally:
                driver.execute("PRAGMA foreign_keys=ON")
    finally:
        engine.dispose()
