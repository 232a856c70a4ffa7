"""The Shopper Inventory CSV export, and its round trip through the importer."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

import pytest
from backup_fixtures import populate

from app.clock import FrozenClock
from app.domain.errors import Refused
from app.domain.model import Status
from app.services.exporting import CSV_HEADER, CSV_STATUS, export_csv, neutralize
from app.services.importing import ImportService
from app.services.orders import OrderService
from app.store.store import Store

FORMATS_MD_HEADER = (
    "Order Date,Order ID,Title,Qty,Price,Store,Product ID,SKU ID,Attributes,Price Info,Currency,"
    "Status,Product Url,Product Image Url,Store Url,Tags"
)


@pytest.fixture
def exported(service: OrderService, clock: FrozenClock, tmp_path: Path) -> Path:
    populate(service, clock)
    out = tmp_path / "orders.csv"
    assert export_csv(service, out) == 3  # the fourth order is in the trash
    return out


def rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8"), newline="")))


def test_header_encoding_and_line_ends(exported: Path) -> None:
    raw = exported.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert raw.split(b"\r\n")[0].decode() == FORMATS_MD_HEADER.replace(",", '","').join('""')
    assert raw.count(b"\r\n") == raw.count(b"\n")  # every line ends in CRLF (the note's \n is quoted)
    assert list(rows(exported)[0]) == CSV_HEADER == FORMATS_MD_HEADER.split(",")
    assert (exported.stat().st_mode & 0o777) == 0o600


def test_one_row_per_line_with_prices_and_statuses(exported: Path) -> None:
    table = rows(exported)
    assert [(r["Order ID"], r["Title"], r["Qty"], r["Price"], r["Currency"]) for r in table] == [
        ("8123456789012345", "USB-C cable; 2 m", "1", "12.34", "USD"),
        ("8123456789012345", '\'=HYPERLINK("http://x")', "3", "1.05", "USD"),
        ("0007", "Pistacje 500g", "1", "129.46", "PLN"),
        ("3000000000000001", "Figure", "1", "1299", "JPY"),
    ]
    first, second, polish, yen = table
    assert first["Store"] == 'Acme, "Best" Store'
    assert first["Order Date"] == "2026-02-20"
    assert first["Price Info"] == "12.34|12|34"
    assert yen["Price Info"] == "1299|1299|"
    assert second["Attributes"] == "Color: Black, Size: L"
    assert (second["Product ID"], second["SKU ID"]) == ("1005008226693966", "12000044304276428")
    assert first["Status"] == second["Status"] == "Awaiting delivery"  # shipped
    assert polish["Status"] == "Awaiting shipment"  # paid
    assert yen["Status"] == "Awaiting payment"


def test_every_status_has_a_word_of_the_extension() -> None:
    assert set(CSV_STATUS) == set(Status)
    assert set(CSV_STATUS.values()) == {
        "Awaiting payment",
        "Awaiting shipment",
        "Awaiting delivery",
        "Completed",
        "Cancelled",
    }


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+49 pack", "'+49 pack"),
        ("-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("plain", "plain"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_formula_cells_are_neutralized(cell: str, expected: str) -> None:
    assert neutralize(cell) == expected


def test_round_trip_through_the_importer(
    service: OrderService, exported: Path, tmp_path: Path, clock: FrozenClock
) -> None:
    """Exported orders import into an empty data dir as the same orders, lines and prices."""
    fresh = Store.open(tmp_path / "fresh", clock=clock)
    try:
        importer = ImportService(fresh, clock)
        plan = importer.preview(exported)
        assert plan.format.value == "shopper-csv"
        assert not plan.errors
        result = importer.apply(plan)
        assert (result.added, result.updated) == (3, 0)
        again = OrderService(fresh, clock)
        for number in ("8123456789012345", "0007", "3000000000000001"):
            original, copy = service.show(number), again.show(number)
            assert (copy.order, copy.store, copy.currency) == (
                original.order,
                original.store,
                original.currency,
            )
            original_lines = [(ln.title, ln.quantity, ln.unit_price, ln.options) for ln in original.lines]
            copied_lines = [(ln.title, ln.quantity, ln.unit_price, ln.options) for ln in copy.lines]
            # The one formula-like title comes back with the apostrophe that neutralized it.
            assert copied_lines == [
                (neutralize(t), q, Decimal(p) if p is not None else None, o) for t, q, p, o in original_lines
            ]
        assert again.show("3000000000000001").lines[0].unit_price == Decimal("1299")
        # Importing the same file again changes nothing.
        assert importer.apply(importer.preview(exported)).added == 0
    finally:
        fresh.close()


def test_export_replaces_an_older_export_atomically(service: OrderService, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "orders.csv"
    out.write_text("old")
    assert export_csv(service, out) == 0
    assert out.read_text(encoding="utf-8").startswith('"Order Date"')
    assert [p.name for p in folder.iterdir()] == ["orders.csv"]


def test_export_into_a_missing_folder_is_refused(service: OrderService, tmp_path: Path) -> None:
    with pytest.raises(Refused, match="does not exist"):
        export_csv(service, tmp_path / "nope" / "orders.csv")
    with pytest.raises(Refused, match="is a folder"):
        export_csv(service, tmp_path)
