"""The store: one SQLite file per data dir and every SQL statement the app runs on it.

:class:`app.store.store.Store` opens the file (creating it, or upgrading it after a backup) and
hands out transactions (:mod:`app.store.transaction`) on plain ``sqlite3``; the row ↔ domain
conversions are in :mod:`app.store.codec` and :mod:`app.store.records`. SQLAlchemy, sqlmodel
and Alembic describe the tables (:mod:`.tables`, :mod:`.types`) and run the migrations
(:mod:`.migrate`, ``migrations/``); they are imported only when a migration runs, so opening an
up-to-date file and reading the order list before the window's first paint cost the standard
library only.
"""
