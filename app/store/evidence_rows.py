"""The rows of the evidence locker (the files themselves live under ``evidence/``, see
:mod:`app.evidence.store`)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from app.store.codec import db_time, from_db_time, optional_db_time, optional_from_db_time
from app.store.records import EvidenceRecord, NewEvidence

_COLUMNS = (
    "e.id, e.order_id, e.sha256, e.ext, e.kind, e.mime, e.original_name, e.size, e.width, e.height, "
    "e.duration_ms, e.captured_at, e.caption, e.dispute_event_id, e.added_at, e.deleted_at"
)
_UNSET: Any = object()


def _record(row: Sequence[Any]) -> EvidenceRecord:
    return EvidenceRecord(
        row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], row[9], row[10],
        optional_from_db_time(row[11]), row[12], row[13], from_db_time(row[14]), optional_from_db_time(row[15]),
    )  # fmt: skip


class EvidenceRows:
    """Mixed into :class:`~app.store.transaction.Transaction`."""

    _conn: sqlite3.Connection

    def evidence_items(self, order_id: int, *, trashed: bool = False) -> list[EvidenceRecord]:
        """The order's live items (or, with ``trashed``, those in the trash), oldest first."""
        deleted = "IS NOT NULL" if trashed else "IS NULL"
        return [
            _record(row)
            for row in self._conn.execute(
                f"SELECT {_COLUMNS} FROM evidence e WHERE e.order_id = ? AND e.deleted_at {deleted} "
                "ORDER BY e.added_at, e.id",
                (order_id,),
            )
        ]

    def evidence_count(self, order_id: int) -> int:
        """How many live items the order has."""
        return int(
            self._conn.execute(
                "SELECT count(*) FROM evidence WHERE order_id = ? AND deleted_at IS NULL", (order_id,)
            ).fetchone()[0]
        )

    def evidence_item(self, evidence_id: int) -> tuple[EvidenceRecord, str] | None:
        """The item and the number of its order."""
        row = self._conn.execute(
            f"SELECT {_COLUMNS}, o.number FROM evidence e JOIN orders o ON o.id = e.order_id WHERE e.id = ?",
            (evidence_id,),
        ).fetchone()
        return None if row is None else (_record(row), str(row[16]))

    def evidence_by_hash(self, order_id: int, sha256: str) -> EvidenceRecord | None:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM evidence e WHERE e.order_id = ? AND e.sha256 = ?", (order_id, sha256)
        ).fetchone()
        return None if row is None else _record(row)

    def insert_evidence(
        self, order_id: int, item: NewEvidence, caption: str, dispute_event_id: int | None, now: datetime
    ) -> int:
        cursor = self._conn.execute(
            "INSERT INTO evidence (order_id, sha256, ext, kind, mime, original_name, size, width, height, "
            "duration_ms, captured_at, caption, dispute_event_id, added_at, deleted_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)",
            (
                order_id, item.sha256, item.ext, item.kind, item.mime, item.original_name, item.size,
                item.width, item.height, item.duration_ms, optional_db_time(item.captured_at), caption,
                dispute_event_id, db_time(now),
            ),
        )  # fmt: skip
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def update_evidence(
        self, evidence_id: int, *, caption: str = _UNSET, deleted_at: datetime | None = _UNSET
    ) -> None:
        """Change an item's caption, or put it in (``deleted_at``) or out of (None) the trash."""
        if caption is not _UNSET:
            self._conn.execute("UPDATE evidence SET caption = ? WHERE id = ?", (caption, evidence_id))
        if deleted_at is not _UNSET:
            self._conn.execute(
                "UPDATE evidence SET deleted_at = ? WHERE id = ?", (optional_db_time(deleted_at), evidence_id)
            )

    def evidence_hash_used(self, sha256: str) -> bool:
        """Whether any item (live or in the trash, of any order) refers to this content."""
        return (
            self._conn.execute("SELECT 1 FROM evidence WHERE sha256 = ? LIMIT 1", (sha256,)).fetchone()
            is not None
        )

    def evidence_file_names(self) -> set[str]:
        """``<sha256>.<ext>`` of every item."""
        return {f"{sha}.{ext}" for sha, ext in self._conn.execute("SELECT sha256, ext FROM evidence")}

    def evidence_files(self) -> list[tuple[str, str, str, str]]:
        """``(sha256, ext, original name, order number)`` of every item, for checking the files."""
        return [
            (str(sha), str(ext), str(name), str(number))
            for sha, ext, name, number in self._conn.execute(
                "SELECT e.sha256, e.ext, e.original_name, o.number FROM evidence e "
                "JOIN orders o ON o.id = e.order_id ORDER BY e.id"
            )
        ]
