"""Every import format: detected by content, read with ids and amounts exact, bad rows reported
with their line numbers (the readers in app/importers/, no database)."""

from __future__ import annotations

import csv
import shutil
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.errors import Refused
from app.importers.detect import detect, detect_all, read_source
from app.importers.model import Format, ImportedOrder, ParsedSource, Stage

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"


def read(*names: str, currency: str = "USD") -> ParsedSource:
    paths = [FIXTURES / name for name in names]
    return read_source(paths, detect_all(paths), currency)


def by_number(source: ParsedSource) -> dict[str, ImportedOrder]:
    return {order.number: order for order in source.orders}


def lines_of(order: ImportedOrder) -> list[tuple[str, int, Decimal]]:
    return [(ln.title, ln.quantity, ln.unit_price) for ln in order.lines]


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("shopper-sample.csv", Format.SHOPPER_CSV),
        ("shopper-traps.csv", Format.SHOPPER_CSV),
        ("shopper-lines.json", Format.SHOPPER_JSON),
        ("aliexpress_user_data_backup_fixture.xlsx", Format.ALIEXPRESS_XLSX),
        ("order-export-orders.csv", Format.ORDER_EXPORT_CSV),
        ("order-export-lines.csv", Format.ORDER_EXPORT_CSV),
        ("su14iman.csv", Format.SU14IMAN_CSV),
        ("chriskomus.tsv", Format.CHRISKOMUS_TSV),
        ("notifications.mbox", Format.EMAIL),
        ("delivered.eml", Format.EMAIL),
    ],
)
def test_detected_by_content_not_by_name(name: str, fmt: Format, tmp_path: Path) -> None:
    assert detect(FIXTURES / name) is fmt
    disguised = tmp_path / "download.dat"
    shutil.copy(FIXTURES / name, disguised)
    assert detect(disguised) is fmt


def test_unknown_and_unreadable_files_are_refused_with_the_name(tmp_path: Path) -> None:
    other = tmp_path / "notes.csv"
    other.write_text("name,amount\nrent,12\n", "utf-8")
    with pytest.raises(Refused, match=r'notes.csv is not an order file .* "name,amount"'):
        detect(other)
    empty = tmp_path / "empty.csv"
    empty.write_text("", "utf-8")
    with pytest.raises(Refused, match=r"empty\.csv is empty"):
        detect(empty)
    with pytest.raises(Refused, match="no file"):
        detect(tmp_path / "missing.csv")
    with pytest.raises(Refused, match="folder"):
        detect(tmp_path)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(Refused, match=r"broken\.xlsx is not a readable XLSX"):
        detect(broken)
    other_json = tmp_path / "x.json"
    other_json.write_text('[{"name": "x"}]', "utf-8")
    with pytest.raises(Refused, match="not the Shopper Inventory"):
        detect(other_json)


def test_files_of_different_formats_go_one_by_one() -> None:
    with pytest.raises(Refused, match="different formats"):
        detect_all([FIXTURES / "su14iman.csv", FIXTURES / "shopper-sample.csv"])


def test_shopper_sample_exact() -> None:
    source = read("shopper-sample.csv")
    assert source.errors == []
    orders = by_number(source)
    assert list(orders) == [
        "3069099405659913",
        "3065094845459913",
        "3064617543729913",
        "3070000000009913",
        "3070000000019913",
    ]
    pistachios = orders["3065094845459913"]
    assert (pistachios.currency, lines_of(pistachios)) == (
        "PLN",
        [("Your Taste Set-5x Salted Pistachios 500g", 1, Decimal("129.46"))],
    )
    dryer = orders["3064617543729913"]
    assert lines_of(dryer) == [("Filament Storage Dryer Box 3D Printer", 2, Decimal("2.04"))]
    assert dryer.lines[0].product_id == "1005009819050713"
    assert dryer.lines[0].sku_id == "12000050269793404"
    assert dryer.lines[0].options == "Color: Black Rectangle, Size: For 3d Printer"
    assert dryer.ordered_at == datetime(2025, 11, 24, tzinfo=UTC)
    stages = [o.progress.stage for o in orders.values()]
    assert stages == [Stage.RECEIVED, Stage.RECEIVED, Stage.RECEIVED, Stage.PAID, Stage.CANCELLED]
    assert orders["3069099405659913"].parts["rows"][0]["Price Info"] == "US $120.95|120|95"


def test_shopper_traps() -> None:
    source = read("shopper-traps.csv")
    orders = by_number(source)
    pc = orders["8123456789012345"]
    assert lines_of(pc) == [
        ("Mini PC N100 16GB", 1, Decimal("1382.11")),
        ("HDMI Cable 2m", 3, Decimal("2.50")),
    ]
    assert pc.source_lines == [2, 3]
    assert pc.progress.stage is Stage.SHIPPED
    assert pc.ordered_at == datetime(2026, 2, 21, tzinfo=UTC)
    expected = {
        "8123456789012346": ("EUR", Decimal("12.99"), datetime(2026, 2, 24, tzinfo=UTC), Stage.RECEIVED),
        "8123456789012347": ("BRL", Decimal("45.90"), datetime(2026, 2, 21, tzinfo=UTC), Stage.PAID),
        "8123456789012348": ("CNY", Decimal("12.30"), datetime(2026, 1, 15, tzinfo=UTC), Stage.RECEIVED),
        "8123456789012349": ("RUB", Decimal("1299.00"), datetime(2026, 1, 15, tzinfo=UTC), Stage.CANCELLED),
        "8123456789012350": ("PLN", Decimal("129.46"), datetime(2026, 2, 21, tzinfo=UTC), Stage.CANCELLED),
    }
    for number, (currency, price, when, stage) in expected.items():
        order = orders[number]
        assert (order.currency, order.lines[0].unit_price, order.ordered_at, order.progress.stage) == (
            currency,
            price,
            when,
            stage,
        ), number
    assert [(e.line, e.message.split(":")[0]) for e in source.errors] == [
        (9, "order date"),
        (10, "price"),
        (11, 'the order id "8.12345678901235E+15" was rounded by a spreadsheet; export ids as text'),
    ]
    assert "Feb 30, 2026" in source.errors[0].message
    assert source.rows == 10


def test_shopper_json() -> None:
    source = read("shopper-lines.json")
    orders = by_number(source)
    watch = orders["8123456789012360"]  # the id is a JSON number: still exact text
    assert lines_of(watch) == [
        ("Smart Watch AMOLED", 1, Decimal("1234.56")),
        ("Silicone Strap", 2, Decimal("9.99")),
    ]
    assert [ln.source_line_id for ln in watch.lines] == ["8123456789012361", "8123456789012362"]
    assert watch.lines[0].options == "Color: Silver, Ships From: Spain"
    assert watch.ordered_at == datetime(2026, 2, 21, tzinfo=UTC)
    assert watch.currency == "EUR"
    pc = orders["8123456789012370"]
    assert pc.ordered_at == datetime(2026, 2, 1, 8, 30, tzinfo=UTC)
    assert lines_of(pc) == [("Mini PC", 1, Decimal("1382.11"))]
    cover = orders["8123456789012375"]
    assert (cover.currency, cover.lines[0].unit_price, cover.ordered_at, cover.progress.stage) == (
        "RUB",
        Decimal("1299.00"),
        datetime(2026, 3, 3, tzinfo=UTC),
        Stage.PAID,
    )
    assert [e.line for e in source.errors] == [63]
    assert "order id is empty" in source.errors[0].message


def test_aliexpress_backup_xlsx_in_cents_with_the_currency_given() -> None:
    source = read("aliexpress_user_data_backup_fixture.xlsx", currency="EUR")
    orders = by_number(source)
    assert list(orders) == ["8123456789012380", "8123456789012390", "8123456789012395"]
    speaker = orders["8123456789012380"]
    assert speaker.currency == "EUR"
    assert lines_of(speaker) == [
        ("Bluetooth Speaker", 2, Decimal("12.99")),
        ("Speaker Stand", 1, Decimal("5.00")),
    ]
    assert [ln.source_line_id for ln in speaker.lines] == ["8123456789012381", "8123456789012382"]
    assert speaker.total == Decimal("30.98")
    assert speaker.progress.stage is Stage.RECEIVED
    assert speaker.progress.paid_at == datetime(2026, 1, 5, 9, 17, 30, tzinfo=UTC)
    assert speaker.progress.completed_at == datetime(2026, 2, 1, 18, 0, tzinfo=UTC)
    mouse = orders["8123456789012390"]
    assert (mouse.total, mouse.progress.stage) == (Decimal("1382.11"), Stage.PAID)
    mat = orders["8123456789012395"]
    assert mat.progress.stage is Stage.CANCELLED and mat.progress.paid_at is None
    assert [(e.line, e.message) for e in source.errors] == [
        (6, 'unit_price "12,5" is not a number of cents'),
        (7, 'the parent_orderid "8.12345678901234E+15" was rounded by a spreadsheet; export ids as text'),
    ]


def test_order_export_each_file_alone_and_both() -> None:
    orders_only = by_number(read("order-export-orders.csv"))
    pc = orders_only["8123456789012400"]
    assert (pc.total, pc.title, pc.lines, pc.lines_known) == (Decimal("1382.11"), "Mini PC N100", [], False)
    assert pc.payment_method == "card"
    assert orders_only["8123456789012401"].payment_method == "paypal"
    assert orders_only["8123456789012401"].total == Decimal("25.98")
    assert orders_only["8123456789012401"].ordered_at == datetime(2026, 2, 10, tzinfo=UTC)

    lines_only = read("order-export-lines.csv")
    pc = by_number(lines_only)["8123456789012400"]
    assert pc.total is None
    assert lines_of(pc) == [("Mini PC N100", 1, Decimal("1374.61")), ("HDMI Cable", 3, Decimal("2.50"))]
    assert [(e.line, e.message) for e in lines_only.errors] == [
        (5, 'the quantity "two" is not a whole number of items')
    ]

    both = read("order-export-orders.csv", "order-export-lines.csv")
    pc = by_number(both)["8123456789012400"]
    assert pc.total == Decimal("1382.11")
    assert [ln.source_line_id for ln in pc.lines] == ["8123456789012410", "8123456789012411"]
    assert set(pc.parts) == {"orders", "lines"}
    assert by_number(both)["8123456789012401"].ordered_at == datetime(2026, 2, 10, tzinfo=UTC)
    assert [e.line for e in both.errors] == [4, 5]
    assert "order-export-orders.csv" in both.errors[0].message


def test_su14iman_with_its_leading_space_and_day_first_dates() -> None:
    source = read("su14iman.csv")
    orders = by_number(source)
    stand = orders["8123456789012500"]
    assert lines_of(stand) == [
        ("Laptop Stand Aluminium", 1, Decimal("1049.00")),
        ("Cable Clips", 10, Decimal("0.99")),
    ]
    assert stand.ordered_at == datetime(2026, 2, 21, tzinfo=UTC)
    assert stand.parts["rows"][0][" InvoiceURL"].endswith("/8123456789012500")
    mug = orders["8123456789012501"]
    assert (mug.currency, mug.lines[0].unit_price, mug.ordered_at) == (
        "PLN",
        Decimal("12.50"),
        datetime(2026, 3, 3, tzinfo=UTC),
    )
    assert [e.line for e in source.errors] == [5]


def test_chriskomus_rows_without_a_header() -> None:
    source = read("chriskomus.tsv")
    orders = by_number(source)
    pc = orders["8123456789012600"]
    assert (pc.total, pc.progress.stage, pc.progress.tracking) == (
        Decimal("1382.11"),
        Stage.SHIPPED,
        "LP00123456789CN",
    )
    assert pc.ordered_at == datetime(2026, 2, 21, tzinfo=UTC)  # "21 févr. 2026"
    cable = orders["8123456789012601"]
    assert cable.total == Decimal("25.98")  # the order's total, repeated on its rows, counted once
    assert [(ln.options, ln.unit_price) for ln in cable.lines] == [
        ("1m", Decimal("12.99")),
        ("2m", Decimal("12.99")),
    ]
    assert cable.currency == "EUR"
    assert [e.line for e in source.errors] == [4]


def test_chriskomus_rows_with_a_header(tmp_path: Path) -> None:
    from app.importers.exporters import CHRISKOMUS_COLUMNS

    path = tmp_path / "rows.tsv"
    path.write_text(
        "\t".join(CHRISKOMUS_COLUMNS) + "\n" + (FIXTURES / "chriskomus.tsv").read_text("utf-8"), "utf-8"
    )
    source = read_source([path], detect(path), "USD")
    assert [o.number for o in source.orders] == ["8123456789012600", "8123456789012601"]
    assert [e.line for e in source.errors] == [5]


def test_emails() -> None:
    source = read("notifications.mbox")
    kinds = [(n.line, n.kind, n.order, n.tracking) for n in source.notices]
    assert kinds == [
        (1, "shipped", "8123456789012347", "LP00987654321CN"),
        (2, "note", "8123456789012347", "LP00987654321CN"),
        (3, "note", None, "LP00987654321CN"),
        (4, "delivered", None, "LP00987654321CN"),
        (6, "shipped", "8123456789099999", "RB123456789CN"),
        (7, "shipped", "8123456789012345", "92612903029511573030094547"),
    ]
    assert source.notices[0].at == datetime(2026, 3, 2, 2, 0, tzinfo=UTC)
    assert [n.note for n in source.notices[1:3]] == ["The parcel is at customs", "Out for delivery"]
    assert [(e.line, "not from AliExpress" in e.message) for e in source.errors] == [(5, True)]
    html = read("delivered.eml")
    assert [(n.kind, n.order) for n in html.notices] == [("delivered", "8123456789012345")]


def _grouped(whole: int, separator: str) -> str:
    return f"{whole:,}".replace(",", separator)


_SHAPES = {
    "USD": lambda w, c: f"US ${_grouped(w, ',')}.{c:02d}",
    "EUR": lambda w, c: f"€{_grouped(w, '.')},{c:02d}",
    "PLN": lambda w, c: f"{_grouped(w, ' ')},{c:02d}zł",
    "BRL": lambda w, c: f"R$ {_grouped(w, '.')},{c:02d}",
    "RUB": lambda w, c: f"₽{_grouped(w, chr(0xA0))},{c:02d}",
}


@given(
    number=st.integers(10**15, 10**16 - 1),
    whole=st.integers(0, 10**7),
    cents=st.integers(0, 99),
    currency=st.sampled_from(sorted(_SHAPES)),
    quantity=st.integers(1, 50),
    with_info=st.booleans(),
)
@settings(max_examples=60, deadline=None)
def test_any_printed_price_and_id_come_through_exact(
    tmp_path_factory: pytest.TempPathFactory,
    number: int,
    whole: int,
    cents: int,
    currency: str,
    quantity: int,
    with_info: bool,
) -> None:
    from app.importers.shopper import CSV_HEADER

    price = _SHAPES[currency](whole, cents)
    info = f"{price}|{whole}|{cents:02d}" if with_info else ""
    path = tmp_path_factory.mktemp("prop") / "orders.csv"
    cells = ["Feb 21, 2026", str(number), "Item", str(quantity), price, "Store", "1", "2", "", info, currency,
             "Completed", "", "", "", ""]  # fmt: skip
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_HEADER)
        writer.writerow(cells)
    source = read_source([path], Format.SHOPPER_CSV, "USD")
    assert source.errors == []
    [order] = source.orders
    assert order.number == str(number)
    assert order.currency == currency
    assert order.lines[0].unit_price == Decimal(whole) + Decimal(cents) / 100
    assert order.lines[0].quantity == quantity


def test_a_csv_saved_again_by_a_spreadsheet_with_semicolons(tmp_path: Path) -> None:
    rows = list(csv.reader((FIXTURES / "shopper-sample.csv").read_text("utf-8").splitlines()))
    path = tmp_path / "orders.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)
    assert detect(path) is Format.SHOPPER_CSV
    source = read_source([path], Format.SHOPPER_CSV, "USD")
    assert [o.number for o in source.orders] == [o.number for o in read("shopper-sample.csv").orders]
    assert source.orders[1].lines[0].unit_price == Decimal("129.46")
