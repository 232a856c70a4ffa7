"""Data for the export and backup tests: orders in several states, one in the trash, tracking
numbers, notes, a rule override, a setting and evidence rows with their files on disk."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.clock import FrozenClock
from app.services.orders import OrderService
from app.services.settings import SettingsService
from app.services.views import NewEvent, NewOrder
from app.store.records import NewEvidence
from app.store.store import Store

T0 = datetime(2026, 2, 20, 9, 0, tzinfo=UTC)


def evidence_bytes(seed: int) -> bytes:
    return b"\xff\xd8\xff\xe0" + bytes((seed * 7 + i) % 256 for i in range(3000 + seed))


def populate(service: OrderService, clock: FrozenClock) -> None:
    service.add_order(
        NewOrder(
            "8123456789012345",
            'Acme, "Best" Store',
            "USB-C cable; 2 m",
            Decimal("12.34"),
            "USD",
            ordered_at=T0,
            paid_at=T0 + timedelta(hours=1),
            payment_method="card",
            processing_days=5,
            note="first line\nsecond line",
        )
    )
    service.record_event(
        "8123456789012345",
        NewEvent(
            "shipped",
            at=T0 + timedelta(days=2),
            tracking="LP00123456789CN",
            protection_left=timedelta(days=30),
        ),
    )
    service.add_order(
        NewOrder("0007", "Zł Sklep", "Pistacje 500g", Decimal("129.46"), "PLN", ordered_at=T0, paid_at=T0)
    )
    service.add_order(
        NewOrder("3000000000000001", "Yen Shop", "Figure", Decimal("1299"), "JPY", ordered_at=T0)
    )
    service.add_order(
        NewOrder("4000000000000009", "Gone Store", "Old thing", Decimal("5.00"), "EUR", ordered_at=T0)
    )
    service.trash("4000000000000009")
    service.rules.set("payment_check_hours", 48)
    SettingsService(service.store).set("currency_default", "EUR")
    # A second line on the first order, as an importer would write it.
    with closing(sqlite3.connect(service.store.path)) as conn, conn:
        conn.execute(
            "INSERT INTO order_lines (order_id, position, title, options, quantity, unit_price, product_id, "
            "sku_id) SELECT id, 1, ?, ?, 3, '1.05', ?, ? FROM orders WHERE number = ?",
            (
                '=HYPERLINK("http://x")',
                "Color: Black, Size: L",
                "1005008226693966",
                "12000044304276428",
                "8123456789012345",
            ),
        )
    add_evidence(service, "8123456789012345", 1, caption="torn box")
    add_evidence(service, "0007", 2)


def add_evidence(service: OrderService, number: str, seed: int, caption: str = "") -> str:
    data = evidence_bytes(seed)
    sha = hashlib.sha256(data).hexdigest()
    folder = service.store.data_dir.evidence / sha[:2]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{sha}.jpg").write_bytes(data)
    item = NewEvidence(sha, "jpg", "image", "image/jpeg", f"photo{seed}.jpg", len(data), 640, 480, None, None)
    with service.store.write() as tx:
        order = tx.order(number)
        assert order is not None
        tx.insert_evidence(order.id, item, caption, None, service.clock.now())
    return sha


def make_data(data_dir: Path, clock: FrozenClock) -> None:
    store = Store.open(data_dir, clock=clock)
    try:
        populate(OrderService(store, clock), clock)
    finally:
        store.close()


def dump(data_dir: Path) -> list[str]:
    """Every row of every table, as SQL text."""
    conn = sqlite3.connect(data_dir / "dispute-desk.sqlite3")
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def evidence_tree(data_dir: Path) -> dict[str, bytes]:
    root = data_dir / "evidence"
    return {str(p.relative_to(data_dir)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def tree(root: Path) -> dict[str, Any]:
    """Every file under ``root`` with its bytes (the -shm index excluded: SQLite rewrites it on
    every open without changing data)."""
    if not root.exists():
        return {}
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.name.endswith("-shm")
    }
