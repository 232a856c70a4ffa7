"""ImportService: preview and apply, idempotency, updates, events the domain accepts, one
transaction per import."""

from __future__ import annotations

import json
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from app.clock import FrozenClock
from app.domain.errors import Refused
from app.services.importing import ImportService
from app.services.orders import OrderService
from app.services.views import NewEvent
from app.store.store import Store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"
SAMPLE = FIXTURES / "shopper-sample.csv"


@pytest.fixture
def importer(database: Store, clock: FrozenClock) -> ImportService:
    return ImportService(database, clock)


def dump(database: Store) -> list[str]:
    conn = sqlite3.connect(database.path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def kinds(service: OrderService, number: str) -> list[str]:
    return [entry.kind for entry in service.show(number).timeline]


def test_sample_imports_with_status_events_and_raw_rows(
    importer: ImportService, service: OrderService, database: Store
) -> None:
    plan = importer.preview(SAMPLE)
    assert plan.format.value == "shopper-csv"
    assert [(e.order, e.action) for e in plan.entries] == [
        ("3069099405659913", "add"),
        ("3065094845459913", "add"),
        ("3064617543729913", "add"),
        ("3070000000009913", "add"),
        ("3070000000019913", "add"),
    ]
    result = importer.apply(plan)
    assert (result.added, result.updated, result.unchanged, result.errors) == (5, 0, 0, ())
    dryer = service.show("3064617543729913")
    assert (dryer.total, dryer.currency, dryer.status.value) == (Decimal("4.08"), "USD", "completed")
    assert [(ln.title, ln.quantity, ln.unit_price) for ln in dryer.lines] == [
        ("Filament Storage Dryer Box 3D Printer", 2, Decimal("2.04"))
    ]
    assert kinds(service, "3064617543729913") == ["ordered", "paid", "shipped", "received"]
    assert kinds(service, "3070000000009913") == ["ordered", "paid"]
    assert service.show("3070000000009913").status.value == "awaiting_shipment"
    assert kinds(service, "3070000000019913") == ["ordered", "cancelled"]
    assert service.show("3070000000019913").status.value == "cancelled"
    conn = sqlite3.connect(database.path)
    source, raw, number_type = conn.execute(
        "SELECT source, source_raw, typeof(number) FROM orders WHERE number = '3065094845459913'"
    ).fetchone()
    conn.close()
    assert (source, number_type) == ("shopper-csv", "text")
    assert json.loads(raw)["rows"][0]["Price"] == "129,46zł"


def test_second_import_changes_nothing(importer: ImportService, database: Store) -> None:
    importer.apply(importer.preview(SAMPLE))
    before = dump(database)
    plan = importer.preview(SAMPLE)
    assert {e.action for e in plan.entries} == {"unchanged"}
    result = importer.apply(plan)
    assert (result.added, result.updated, result.unchanged) == (0, 0, 5)
    assert dump(database) == before


@pytest.mark.parametrize(
    ("files", "currency", "added"),
    [
        (["shopper-traps.csv"], None, 6),
        (["shopper-lines.json"], None, 3),
        (["aliexpress_user_data_backup_fixture.xlsx"], "EUR", 3),
        (["order-export-orders.csv", "order-export-lines.csv"], None, 2),
        (["su14iman.csv"], None, 2),
        (["chriskomus.tsv"], None, 2),
    ],
)
def test_every_format_twice_changes_nothing(
    importer: ImportService, database: Store, files: list[str], currency: str | None, added: int
) -> None:
    paths = [FIXTURES / name for name in files]
    first = importer.apply(importer.preview(paths, currency=currency))
    assert first.added == added
    assert first.errors  # every fixture has a bad row, reported with its line
    before = dump(database)
    again = importer.apply(importer.preview(paths, currency=currency))
    assert (again.added, again.updated, again.unchanged) == (0, 0, added)
    assert dump(database) == before


def test_amounts_and_ids_exact_in_the_database(importer: ImportService, service: OrderService) -> None:
    importer.apply(importer.preview(FIXTURES / "shopper-traps.csv"))
    pc = service.show("8123456789012345")
    assert (pc.total, pc.currency, pc.status.value) == (Decimal("1389.61"), "USD", "in_transit")
    assert [(ln.title, ln.quantity, ln.unit_price) for ln in pc.lines] == [
        ("Mini PC N100 16GB", 1, Decimal("1382.11")),
        ("HDMI Cable 2m", 3, Decimal("2.50")),
    ]
    assert service.show("8123456789012349").total == Decimal("1299.00")
    assert service.show("8123456789012346").currency == "EUR"
    listed = {item.order for item in service.list_orders()}
    assert listed == {f"81234567890123{n}" for n in (45, 46, 47, 48, 49, 50)}


def test_a_reimport_with_changed_data_reports_updated(
    importer: ImportService, service: OrderService, tmp_path: Path
) -> None:
    importer.apply(importer.preview(SAMPLE))
    changed = tmp_path / "later.csv"
    text = SAMPLE.read_text("utf-8")
    text = text.replace('"US $2.04","InnoPioneer', '"US $2.14","InnoPioneer').replace(
        "US $2.04|2|04", "US $2.14|2|14"
    )
    text = text.replace("USD,Awaiting shipment,", "USD,Completed,")
    changed.write_text(text, "utf-8")
    plan = importer.preview(changed)
    actions = {e.order: (e.action, e.reason) for e in plan.entries}
    assert actions["3064617543729913"][0] == "update"
    assert "total 4.08 → 4.28" in actions["3064617543729913"][1]
    assert actions["3070000000009913"] == ("update", "adds Shipped, Receipt confirmed")
    result = importer.apply(plan)
    assert (result.added, result.updated, result.unchanged) == (0, 2, 3)
    dryer = service.show("3064617543729913")
    assert dryer.total == Decimal("4.28")
    assert dryer.lines[0].unit_price == Decimal("2.14")
    edited = [e for e in dryer.timeline if e.kind == "edited"]
    assert edited[0].data["changes"]["total"] == ["4.08", "4.28"]
    assert kinds(service, "3070000000009913") == ["ordered", "paid", "shipped", "received"]
    assert service.show("3070000000009913").status.value == "completed"
    again = importer.apply(importer.preview(changed))
    assert (again.added, again.updated) == (0, 0)


def test_status_the_domain_refuses_is_not_recorded(
    importer: ImportService, service: OrderService, tmp_path: Path
) -> None:
    importer.apply(importer.preview(FIXTURES / "shopper-traps.csv"))
    service.record_event("8123456789012345", NewEvent("dispute-opened", reason="tracking_stalled"))
    later = tmp_path / "later.csv"
    later.write_text(
        (FIXTURES / "shopper-traps.csv")
        .read_text("utf-8")
        .replace("USD,Awaiting delivery,", "USD,Completed,"),
        "utf-8",
    )
    plan = importer.preview(later)
    entry = next(e for e in plan.entries if e.order == "8123456789012345")
    assert entry.action == "update"  # its source rows changed; the status is not recorded
    assert "not recorded" in entry.reason and "dispute is open" in entry.reason
    importer.apply(plan)
    assert service.show("8123456789012345").status.value == "dispute_open"


def test_future_and_bad_rows_are_errors_the_rest_goes_in(
    importer: ImportService, service: OrderService, tmp_path: Path
) -> None:
    path = tmp_path / "orders.csv"
    lines = SAMPLE.read_text("utf-8").splitlines()
    lines[2] = lines[2].replace('"2025-11-29"', '"2026-04-01"')  # after the frozen now
    path.write_text("\n".join(lines) + "\n", "utf-8")
    result = importer.apply(importer.preview(path))
    assert result.added == 4
    assert [(e.line, e.message) for e in result.errors] == [
        (3, "order 3065094845459913: the order date 2026-04-01 is in the future")
    ]
    assert {item.order for item in service.list_orders()} == {
        "3069099405659913",
        "3064617543729913",
        "3070000000009913",
        "3070000000019913",
    }


def test_order_export_orders_then_lines_then_both(importer: ImportService, service: OrderService) -> None:
    orders, lines = FIXTURES / "order-export-orders.csv", FIXTURES / "order-export-lines.csv"
    assert importer.apply(importer.preview(orders)).added == 2
    pc = service.show("8123456789012400")
    assert (pc.total, len(pc.lines), pc.payment_method) == (Decimal("1382.11"), 1, "card")
    result = importer.apply(importer.preview(lines))
    assert (result.added, result.updated) == (0, 2)  # both get their real lines
    pc = service.show("8123456789012400")
    assert pc.total == Decimal("1382.11")
    assert [(ln.title, ln.quantity, ln.unit_price) for ln in pc.lines] == [
        ("Mini PC N100", 1, Decimal("1374.61")),
        ("HDMI Cable", 3, Decimal("2.50")),
    ]
    both = importer.apply(importer.preview([orders, lines]))
    assert (both.added, both.updated) == (0, 0)


def test_xlsx_times_feed_the_timeline(importer: ImportService, service: OrderService) -> None:
    importer.apply(importer.preview(FIXTURES / "aliexpress_user_data_backup_fixture.xlsx", currency="EUR"))
    speaker = service.show("8123456789012380")
    assert speaker.total == Decimal("30.98")
    at = {e.kind: e.at.strftime("%Y-%m-%d %H:%M:%S") for e in speaker.timeline}
    assert at["paid"] == "2026-01-05 09:17:30"
    assert at["received"] == "2026-02-01 18:00:00"
    assert service.show("8123456789012395").status.value == "cancelled"


def test_default_currency_setting_for_the_xlsx(importer: ImportService, service: OrderService) -> None:
    from app.services.settings import SettingsService

    SettingsService(service.store).set("default_currency", "PLN")
    importer.apply(importer.preview(FIXTURES / "aliexpress_user_data_backup_fixture.xlsx"))
    assert service.show("8123456789012390").currency == "PLN"


def test_emails_update_known_orders(importer: ImportService, service: OrderService, database: Store) -> None:
    mbox = FIXTURES / "notifications.mbox"
    alone = importer.preview(mbox)
    assert {e.action for e in alone.entries} == {"skip"}
    importer.apply(importer.preview(FIXTURES / "shopper-traps.csv"))
    result = importer.apply(importer.preview(mbox))
    assert (result.added, result.updated) == (0, 5)
    assert sorted(e.line for e in result.errors) == [5, 6]
    brl = service.show("8123456789012347")
    assert kinds(service, "8123456789012347") == ["ordered", "paid", "shipped", "note", "note", "delivered"]
    assert brl.tracking == ("LP00987654321CN",)
    assert brl.status.value == "delivered"
    assert "92612903029511573030094547" in service.show("8123456789012345").tracking
    before = dump(database)
    again = importer.apply(importer.preview(mbox))
    assert (again.added, again.updated) == (0, 0)
    assert dump(database) == before
    delivered = importer.apply(importer.preview(FIXTURES / "delivered.eml"))
    assert delivered.updated == 1
    assert kinds(service, "8123456789012345")[-1] == "delivered"


def test_trashed_orders_are_skipped(importer: ImportService, service: OrderService) -> None:
    importer.apply(importer.preview(SAMPLE))
    service.trash("3069099405659913")
    plan = importer.preview(SAMPLE)
    entry = next(e for e in plan.entries if e.order == "3069099405659913")
    assert (entry.action, "trash" in entry.reason) == ("skip", True)


def test_preview_writes_nothing(importer: ImportService, database: Store) -> None:
    before = dump(database)
    importer.preview(FIXTURES / "shopper-traps.csv")
    assert dump(database) == before


def test_unreadable_files_are_refused(importer: ImportService, database: Store, tmp_path: Path) -> None:
    before = dump(database)
    junk = tmp_path / "junk.csv"
    junk.write_text("hello\nworld\n", "utf-8")
    with pytest.raises(Refused, match=r"junk\.csv is not an order file"):
        importer.preview(junk)
    bad = tmp_path / "bad.csv"
    bad.write_text(SAMPLE.read_text("utf-8").splitlines()[0] + "\n" + ",,x,,,,,,,,,,,,,\n", "utf-8")
    with pytest.raises(
        Refused, match=r"none of the 1 row of bad\.csv could be read as shopper-csv \(line 2: "
    ):
        importer.preview(bad)
    with pytest.raises(Refused, match="unknown format"):
        importer.preview(SAMPLE, format="excel")
    with pytest.raises(Refused, match="unknown currency"):
        importer.preview(SAMPLE, currency="XYZ")
    assert dump(database) == before


def test_one_transaction_a_failure_midway_writes_nothing(
    importer: ImportService, database: Store, tmp_path: Path
) -> None:
    header = SAMPLE.read_text("utf-8").splitlines()[0]
    rows = [
        f'"2026-02-01",{8000000000000000 + n},"Item {n}",1,"US $1.00","Store","1","2","","US $1.00|1|00",USD,Completed,,,,""'
        for n in range(1200)
    ]
    path = tmp_path / "big.csv"
    path.write_text("\n".join([header, *rows]) + "\n", "utf-8")
    plan = importer.preview(path)
    before = dump(database)
    calls: list[int] = []

    def crash(done: int, total: int) -> None:
        calls.append(done)
        if len(calls) == 2:
            raise RuntimeError("the machine fell over")

    with pytest.raises(RuntimeError):
        importer.apply(plan, progress=crash)
    assert calls == [500, 1000]  # two chunks were written inside the transaction
    assert dump(database) == before
    assert importer.apply(plan).added == 1200


def test_the_default_currency_is_remembered_and_used(importer: ImportService, tmp_path: Path) -> None:
    assert importer.default_currency() == "USD"
    with pytest.raises(Refused):
        importer.set_default_currency("XYZ")
    assert importer.default_currency() == "USD"
    assert importer.set_default_currency(" pln ") == "PLN"
    assert importer.default_currency() == "PLN"
    cents = tmp_path / "su.csv"
    cents.write_text(
        "orderId,itemId,Product,Date,Unit Price,Quantity,Price,Store Name,SKU, InvoiceURL,ImageUrl\n"
        "8123456789099999,1,Kabel,21.02.2026,12.30,1,12.30,Some Store,,,\n",
        encoding="utf-8",
    )
    plan = importer.preview(cents)
    assert [(e.order, e.total, e.currency) for e in plan.entries] == [
        ("8123456789099999", Decimal("12.30"), "PLN")
    ]
