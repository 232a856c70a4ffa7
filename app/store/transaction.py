"""One transaction on the data file and every read and write the app makes in it.

A :class:`Transaction` comes from :meth:`Store.write <app.store.store.Store.write>` (which takes
the write lock at ``BEGIN IMMEDIATE``) or :meth:`Store.read <app.store.store.Store.read>` (a
deferred ``BEGIN``: one consistent snapshot, no lock taken). Its methods are grouped by what
they touch, one module each: orders, lines and tracking numbers (:mod:`.order_rows`), events
(:mod:`.event_rows`), the list cache (:mod:`.list_rows`), settings and rule overrides
(:mod:`.settings_rows`), evidence (:mod:`.evidence_rows`), exports (:mod:`.export_rows`),
reminders (:mod:`.reminder_rows`), and the statistics, store notes and exchange rates
(:mod:`.insight_rows`).
"""

from __future__ import annotations

import sqlite3

from app.store.event_rows import EventRows
from app.store.evidence_rows import EvidenceRows
from app.store.export_rows import ExportRows
from app.store.insight_rows import InsightRows
from app.store.list_rows import ListRows
from app.store.order_rows import OrderRows
from app.store.reminder_rows import ReminderRows
from app.store.settings_rows import SettingRows


class Transaction(
    OrderRows, EventRows, ListRows, SettingRows, EvidenceRows, ExportRows, ReminderRows, InsightRows
):
    """Valid only inside its ``with`` block; the store commits or rolls back when it ends."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._search_dirty: set[int] = set()

    def finish(self) -> None:
        """Work left for the end of the transaction (the store calls it right before COMMIT)."""
        if self._search_dirty:
            self._refresh_search_texts()
