"""An apply after a preview takes the preview's checks of new orders only while they still hold:
same rules and language, and a clock that has not gone back. What it writes is what an import
checked from scratch at the apply's time writes."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from app import i18n
from app.clock import FrozenClock
from app.importers.model import ImportedOrder
from app.services import import_apply
from app.services.import_outcome import CheckedOrder
from app.services.importing import ImportService
from app.services.orders import OrderService
from app.store.store import Store

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "imports" / "shopper-sample.csv"


def dump(store: Store) -> list[str]:
    conn = sqlite3.connect(store.path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_a_preview_applied_later_writes_what_a_fresh_import_then_writes(
    tmp_path: Path, clock: FrozenClock
) -> None:
    early = Store.open(tmp_path / "early", clock=clock)
    later = Store.open(tmp_path / "later", clock=clock)
    try:
        importer = ImportService(early, clock)
        plan = importer.preview(SAMPLE)
        clock.advance(timedelta(hours=5))
        assert importer.apply(plan).added == 5
        fresh = ImportService(later, clock)
        assert fresh.apply(fresh.preview(SAMPLE)).added == 5
        assert dump(early) == dump(later)
        recorded = {
            entry.recorded_at
            for item in OrderService(early, clock).list_orders()
            for entry in OrderService(early, clock).show(item.order).timeline
        }
        assert recorded == {clock.now()}  # recorded when applied, not when previewed
    finally:
        early.close()
        later.close()


def test_a_clock_turned_back_checks_the_new_orders_again(
    database: Store, clock: FrozenClock, service: OrderService
) -> None:
    importer = ImportService(database, clock)
    plan = importer.preview(SAMPLE)
    assert plan.count("add") == 5
    clock.set(datetime(2026, 2, 25, 12, 0, tzinfo=UTC))  # before the order of 2026-02-26
    result = importer.apply(plan)
    assert result.added == 4
    assert [e.message for e in result.errors] == [
        "order 3070000000019913: the order date 2026-02-26 is in the future"
    ]
    assert "3070000000019913" not in {item.order for item in service.list_orders()}


def test_a_language_changed_after_the_preview_describes_the_new_orders_in_it(
    database: Store, clock: FrozenClock
) -> None:
    importer = ImportService(database, clock)
    plan = importer.preview(SAMPLE)
    assert plan.entries[0].reason == "new order, 1 line, Receipt confirmed"
    i18n.set_language("ru")
    try:
        result = importer.apply(plan)
        assert result.entries[0].reason == i18n.translate(
            "import", "new order, %n line(s), {event}", None, 1
        ).format(event=i18n.translate("detail", "Receipt confirmed"))
        assert result.entries[0].reason.startswith("новый заказ")
    finally:
        i18n.set_language("en")


def test_the_apply_after_a_preview_checks_no_new_order_again(
    database: Store, clock: FrozenClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked: list[str] = []
    check = import_apply._check_new_order

    def counted(order: ImportedOrder, *args: Any) -> CheckedOrder:
        checked.append(order.number)
        return check(order, *args)

    monkeypatch.setattr(import_apply, "_check_new_order", counted)
    importer = ImportService(database, clock)
    plan = importer.preview(SAMPLE)
    assert len(checked) == 5
    clock.advance(timedelta(minutes=1))
    assert importer.apply(plan).added == 5
    assert len(checked) == 5  # the preview's checks, taken as they were
