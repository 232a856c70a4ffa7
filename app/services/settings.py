"""Application settings kept with the data (not per machine): JSON values by key.

Window layout stays in QSettings (it belongs to the machine and the screen); what belongs to
the buyer's data, such as when the app last looked at the deadlines, lives here.
"""

from __future__ import annotations

import json
from typing import Any

from app.store.database import Database

LAST_SEEN = "last_seen_at"  # epoch seconds: when the app last showed the deadlines


class SettingsService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str, default: Any = None) -> Any:
        with self._db.raw() as conn:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def set(self, key: str, value: Any) -> None:
        with self._db.raw() as conn:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value)),
            )
