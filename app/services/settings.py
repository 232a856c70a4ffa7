"""Application settings kept with the data (not per machine): JSON values by key.

Window layout stays in QSettings (it belongs to the machine and the screen); what belongs to
the buyer's data, such as when the app last looked at the deadlines, lives here.
"""

from __future__ import annotations

from typing import Any

from app.store.store import Store

LAST_SEEN = "last_seen_at"  # epoch seconds: when the app last showed the deadlines


class SettingsService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def get(self, key: str, default: Any = None) -> Any:
        with self._store.read() as tx:
            return tx.setting(key, default)

    def set(self, key: str, value: Any) -> None:
        with self._store.write() as tx:
            tx.set_setting(key, value)
