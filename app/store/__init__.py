"""The store: one SQLite file per data dir, reached through SQLAlchemy/sqlmodel for use cases
and through plain ``sqlite3`` for fast read paths.

Importing this package is deliberately cheap: the start-up path only needs :mod:`.paths`,
:mod:`.schema` and :mod:`.sqlite` (standard library only) to find the file, check its schema
version and read the order list before the first paint. :mod:`.database`, :mod:`.tables` and
:mod:`.types` pull in SQLAlchemy; Alembic is imported only when a migration actually runs.
"""
