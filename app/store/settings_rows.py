"""The buyer's settings and rule-profile overrides, kept with the data as JSON values by key."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from typing import Any

from app.store.codec import db_time


class SettingRows:
    """Mixed into :class:`~app.store.transaction.Transaction`."""

    _conn: sqlite3.Connection

    def setting(self, key: str, default: Any = None) -> Any:
        """The setting's value, or ``default`` when it was never set."""
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def set_setting(self, key: str, value: Any) -> None:
        self._conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value)),
        )

    def rule_overrides(self, profile: str) -> dict[str, Any]:
        """The buyer's values for the rules of ``profile``, by rule key."""
        return {
            key: json.loads(value)
            for key, value in self._conn.execute(
                "SELECT key, value FROM rule_overrides WHERE profile = ? ORDER BY id", (profile,)
            )
        }

    def set_rule_override(self, profile: str, key: str, value: Any, now: datetime) -> None:
        self._conn.execute(
            "INSERT INTO rule_overrides (profile, key, value, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(profile, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            (profile, key, json.dumps(value), db_time(now)),
        )

    def remove_rule_override(self, profile: str, key: str) -> None:
        self._conn.execute("DELETE FROM rule_overrides WHERE profile = ? AND key = ?", (profile, key))
