"""Text pasted from an order page: what is recognized, what is asked for, adding it."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from app.clock import FrozenClock
from app.domain.errors import Refused
from app.importers.model import Stage
from app.importers.paste import parse_order_text
from app.services.importing import ImportService
from app.services.orders import OrderService
from app.store.store import Store

SHIPPED_PAGE = """
Awaiting delivery
Closes in: 23 d 14:22:10
Order details
Order number: 8123456789012345 Copy
Order time: Feb 21, 2026 10:22
Payment time: Feb 21, 2026 10:25
Payment method: Visa
Store: UGREEN Official Store
USB-C Cable 2m 100W
Color: Black, Length: 2m
US $5.99 x2
Wireless Charger 15W
US $12.50 x1
Subtotal US $24.48
Shipping Free shipping
Total: US $24.48
Tracking number: LP00123456789CN
Carrier: Cainiao
"""

SHIPMENT_PAGE_DE = """
Versand ausstehend
Versand innerhalb 4 T 03:00:00
Bestellnummer: 8123456789012999
Bestellzeit: 24. Mär 2026
Kabel USB-C
€12,99 x2
Gesamt: €25,98
"""


@pytest.fixture
def importer(database: Store, clock: FrozenClock) -> ImportService:
    return ImportService(database, clock)


def test_recognizes_what_the_page_says() -> None:
    parsed = parse_order_text(SHIPPED_PAGE)
    assert parsed.number == "8123456789012345"
    assert parsed.store == "UGREEN Official Store"
    assert [(i.title, i.quantity, i.unit_price, i.options) for i in parsed.items] == [
        ("USB-C Cable 2m 100W", 2, Decimal("5.99"), "Color: Black, Length: 2m"),
        ("Wireless Charger 15W", 1, Decimal("12.50"), ""),
    ]
    assert (parsed.total, parsed.currency) == (Decimal("24.48"), "USD")
    assert parsed.ordered_at is not None and parsed.ordered_at.replace(tzinfo=None) >= datetime(2026, 2, 20)
    assert parsed.stage is Stage.SHIPPED and parsed.status_text == "Awaiting delivery"
    assert (parsed.tracking, parsed.carrier) == ("LP00123456789CN", "Cainiao")
    assert parsed.protection_left == timedelta(days=23, hours=14, minutes=22, seconds=10)
    assert parsed.ship_left is None
    assert parsed.missing() == []


def test_german_page_with_a_shipping_countdown() -> None:
    parsed = parse_order_text(SHIPMENT_PAGE_DE)
    assert parsed.number == "8123456789012999"
    assert parsed.stage is Stage.PAID
    assert parsed.ship_left == timedelta(days=4, hours=3)
    assert (parsed.total, parsed.currency) == (Decimal("25.98"), "EUR")
    assert parsed.ordered_at is not None and parsed.ordered_at.date().month == 3
    assert parsed.missing() == ["store"]


def test_what_is_missing_is_asked_for() -> None:
    parsed = parse_order_text("Order number: 8123456789012345\nsomething else")
    assert parsed.missing() == ["store", "title", "total", "currency", "ordered_at"]
    assert parse_order_text("").missing() == ["number", "store", "title", "total", "currency", "ordered_at"]


def test_add_pasted_order_with_countdowns_from_now(
    importer: ImportService, service: OrderService, clock: FrozenClock
) -> None:
    parsed = importer.parse_order_text(SHIPPED_PAGE)
    parsed = replace(parsed, ordered_at=datetime(2026, 2, 21, 10, 22, tzinfo=UTC))
    result = importer.add_pasted(parsed, SHIPPED_PAGE)
    assert result.added == 1
    order = service.show("8123456789012345")
    assert (order.total, order.currency, order.store, order.status.value) == (
        Decimal("24.48"),
        "USD",
        "UGREEN Official Store",
        "in_transit",
    )
    assert [e.kind for e in order.timeline] == ["ordered", "paid", "shipped"]
    shipped = order.timeline[-1]
    assert shipped.data["tracking"] == "LP00123456789CN"
    ends = clock.now() + timedelta(days=23, hours=14, minutes=22, seconds=10)
    assert shipped.data["protection_ends"] == ends.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert order.tracking == ("LP00123456789CN",)


def test_missing_facts_are_refused_until_filled(importer: ImportService, service: OrderService) -> None:
    parsed = importer.parse_order_text(SHIPMENT_PAGE_DE)
    with pytest.raises(Refused, match="still missing: store"):
        importer.add_pasted(parsed)
    with pytest.raises(Refused, match="in the future"):
        importer.add_pasted(replace(parsed, store="Kabel Store"))  # 24 March is after the frozen now
    filled = replace(parsed, store="Kabel Store", ordered_at=datetime(2026, 3, 1, tzinfo=UTC))
    assert importer.preview_pasted(filled).entries[0].action == "add"
    importer.add_pasted(filled)
    order = service.show("8123456789012999")
    assert order.status.value == "awaiting_shipment"
    assert order.deadlines[0].kind.value == "ship_by"
    assert order.deadlines[0].basis.value == "entered"


def test_times_on_the_pasted_page_are_read_in_the_order_pages_zone(
    database: Store, clock: FrozenClock
) -> None:
    from zoneinfo import ZoneInfo

    pacific = parse_order_text(SHIPPED_PAGE, zone=ZoneInfo("America/Los_Angeles"))
    assert pacific.ordered_at == datetime(2026, 2, 21, 18, 22, tzinfo=UTC)  # 10:22 PST
    service = ImportService(database, clock)
    service.rules.set("order_page_timezone", "America/Los_Angeles")
    assert service.parse_order_text(SHIPPED_PAGE).paid_at == datetime(2026, 2, 21, 18, 25, tzinfo=UTC)
    service.rules.set("order_page_timezone", "Asia/Shanghai")
    assert service.parse_order_text(SHIPPED_PAGE).paid_at == datetime(2026, 2, 21, 2, 25, tzinfo=UTC)


def test_dates_in_an_imported_file_are_read_in_the_order_pages_zone(
    database: Store, clock: FrozenClock, tmp_path
) -> None:
    from tests.two_items import HEADER

    path = tmp_path / "one.csv"
    path.write_text(
        HEADER + "\n" + '"2026-02-20",8100000000000009,"Lamp",1,"US $5.00","S","1","1","","5.00|5|00",USD,'
        'Awaiting delivery,,,,""\n',
        "utf-8",
    )
    service = ImportService(database, clock)
    service.rules.set("order_page_timezone", "America/Los_Angeles")
    service.apply(service.preview(path))
    [order] = [o for o in OrderService(database, clock).list_orders() if o.order == "8100000000000009"]
    detail = OrderService(database, clock).show(order.order)
    assert detail.ordered_at == datetime(2026, 2, 20, 8, 0, tzinfo=UTC)  # midnight in Los Angeles
