"""Order pages pasted in every language AliExpress speaks to buyers: their timers, payment method
and processing time are recognized, a timer never ends up in an item, and a recognized countdown
becomes an entered (exact) deadline, not an estimate."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.clock import FrozenClock
from app.domain.errors import ParseError
from app.domain.model import Basis, DeadlineKind
from app.importers.model import Stage
from app.importers.page_words import (
    TimerKind,
    find_timer,
    parse_page_countdown,
    payment_method_of,
    processing_days_of,
)
from app.importers.paste import parse_order_text
from app.services.importing import ImportService
from app.services.orders import OrderService
from app.store.store import Store

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"
LEFT = timedelta(days=23, hours=14, minutes=22, seconds=10)


def page(name: str) -> str:
    return (PAGES / name).read_text("utf-8")


@pytest.mark.parametrize(
    ("name", "number", "total", "currency", "method", "payment_text", "title", "options"),
    [
        ("en-awaiting-delivery.txt", "8123456789012345", "24.48", "USD", "paypal", "PayPal",
         "USB-C Cable 100W 2m Fast Charging", "Color: Black, Length: 2m"),
        ("ru.txt", "8123456789012346", "1299.00", "RUB", "card", "Карта МИР ****5678",
         "Кабель USB-C 100 Вт 2 м", "Цвет: Чёрный"),
        ("es.txt", "8123456789012347", "11.98", "EUR", "paypal", "PayPal", "Cable USB-C 100 W 2 m", "Color: Negro"),
        ("pt.txt", "8123456789012348", "32.90", "BRL", "card", "Cartão Mastercard ****4321",
         "Cabo USB-C 100 W 2 m", "Cor: Preto"),
        ("fr.txt", "8123456789012349", "11.98", "EUR", "card", "Carte Visa ****1111",
         "Câble USB-C 100 W 2 m", "Couleur : Noir"),
        ("pl.txt", "8123456789012350", "24.99", "PLN", "wallet", "BLIK", "Kabel USB-C 100 W 2 m", "Kolor: Czarny"),
        ("de.txt", "8123456789012351", "11.98", "EUR", "paypal", "PayPal", "USB-C-Kabel 100 W 2 m", "Farbe: Schwarz"),
    ],
)  # fmt: skip
def test_a_shipped_order_page_in_each_language(
    name: str,
    number: str,
    total: str,
    currency: str,
    method: str,
    payment_text: str,
    title: str,
    options: str,
) -> None:
    parsed = parse_order_text(page(name))
    assert (parsed.number, parsed.store) == (number, "UGREEN Official Store")
    assert (parsed.total, parsed.currency) == (Decimal(total), currency)
    assert parsed.ordered_at is not None and parsed.ordered_at.date().isoformat() == "2026-02-21"
    assert parsed.paid_at is not None and parsed.paid_at.minute == 25
    assert (parsed.payment_method, parsed.payment_text) == (method, payment_text)
    assert parsed.processing_days == 5
    assert parsed.stage is Stage.SHIPPED
    assert parsed.tracking == "LP00123456789CN" and (parsed.carrier or "").startswith("Cainiao")
    assert (parsed.protection_left, parsed.ship_left) == (LEFT, None)
    assert [t.kind for t in parsed.timers] == [TimerKind.PROTECTION]
    assert (parsed.items[0].title, parsed.items[0].options) == (title, options)
    assert parsed.missing() == []


def test_a_page_waiting_for_shipment_with_the_timer_on_its_own_line() -> None:
    parsed = parse_order_text(page("en-awaiting-shipment.txt"))
    assert parsed.stage is Stage.PAID
    assert (parsed.ship_left, parsed.protection_left) == (timedelta(days=4, hours=3), None)
    assert parsed.timers[0].line == "Ship within 4 d 03:00:00"
    assert (parsed.payment_method, parsed.processing_days) == ("card", 7)
    assert [(i.title, i.options) for i in parsed.items] == [("Desk Lamp LED", "Color: White")]


def test_confirm_receipt_within_is_the_protection_timer() -> None:
    parsed = parse_order_text(page("en-confirm-receipt.txt"))
    assert parsed.protection_left == timedelta(days=9, hours=5, minutes=33, seconds=10)
    assert (parsed.payment_method, parsed.store) == ("balance", "Home Decor Shop")


def test_the_issue_page_keeps_its_countdown_out_of_the_item() -> None:
    text = "\n".join(
        [
            "Awaiting delivery",
            "Delivery confirmation in 23 d 14:22:10",
            "Order number: 8123456789012345",
            "Order time: Feb 21, 2026 10:22",
            "Payment method: PayPal",
            "Processing time: 5 days",
            "Store: UGREEN Official Store",
            "USB-C Cable 2m 100W",
            "Color: Black",
            "US $5.99 x2",
        ]
    )
    parsed = parse_order_text(text)
    item = parsed.items[0]
    assert (item.title, item.options) == ("USB-C Cable 2m 100W", "Color: Black")
    assert parsed.protection_left == LEFT
    assert (parsed.payment_method, parsed.processing_days) == ("paypal", 5)


@pytest.mark.parametrize(
    ("line", "kind", "left"),
    [
        ("Closes in: 23 d 14:22:10", TimerKind.CLOSES, LEFT),
        (
            "Подтвердите получение в течение 9 дн. 05:33:10",
            TimerKind.PROTECTION,
            timedelta(days=9, seconds=19990),
        ),
        ("Versand innerhalb 4 T 03:00:00", TimerKind.SHIP, timedelta(days=4, hours=3)),
        ("Pay within 19 d 23:59:10", TimerKind.PAY, timedelta(days=19, seconds=86350)),
        ("Confirma la recepción en 5 días 3 h", TimerKind.PROTECTION, timedelta(days=5, hours=3)),
        (
            "Le vendeur expédiera sous 2 jours 4 heures 5 minutes",
            TimerKind.SHIP,
            timedelta(days=2, hours=4, minutes=5),
        ),
        ("Potwierdź odbiór w ciągu 12 dni", TimerKind.PROTECTION, timedelta(days=12)),
        (
            "Buyer protection ends in 14:22:10",
            TimerKind.PROTECTION,
            timedelta(hours=14, minutes=22, seconds=10),
        ),
    ],
)
def test_timers_in_many_wordings(line: str, kind: TimerKind, left: timedelta) -> None:
    timer = find_timer(line)
    assert timer is not None and (timer.kind, timer.left) == (kind, left)


def test_a_closes_in_timer_means_what_runs_out_at_the_stage() -> None:
    base = "Order number: 8123456789012345\nCloses in: 3 d 01:00:00\n"
    assert parse_order_text("Awaiting shipment\n" + base).ship_left == timedelta(days=3, hours=1)
    assert parse_order_text("Awaiting delivery\n" + base).protection_left == timedelta(days=3, hours=1)
    assert parse_order_text("Awaiting payment\n" + base).pay_left == timedelta(days=3, hours=1)


@pytest.mark.parametrize(
    ("text", "method"),
    [("PayPal", "paypal"), ("Visa ****1234", "card"), ("Карта МИР", "card"), ("Saldo AliExpress", "balance"),
     ("Apple Pay", "wallet"), ("BLIK", "wallet"), ("Bank transfer", "other"), ("Kreditkarte", "card")],
)  # fmt: skip
def test_payment_methods(text: str, method: str) -> None:
    assert payment_method_of(text) == method


@pytest.mark.parametrize(
    ("text", "days"),
    [("5 days", 5), ("7 дней", 7), ("3-5 Tage", 5), ("10 jours", 10), ("1 día", 1), ("soon", None)],
)
def test_processing_days(text: str, days: int | None) -> None:
    assert processing_days_of(text) == days


# -- properties of the countdown parser -----------------------------------------------------------

DAY_WORDS = ["d", "d.", "days", "дн.", "дней", "días", "dias", "j", "jours", "dni", "T", "T.", "Tage"]
HOUR_WORDS = ["h", "hours", "ч", "horas", "heures", "godz.", "Std."]
MINUTE_WORDS = ["m", "min", "minutes", "мин", "minutos", "minut", "Min."]


@given(
    st.integers(0, 999),
    st.integers(0, 23),
    st.integers(0, 59),
    st.integers(0, 59),
    st.sampled_from(DAY_WORDS),
    st.sampled_from(["", " "]),
)
def test_every_day_and_clock_countdown_reads_back(
    days: int, hours: int, minutes: int, seconds: int, word: str, gap: str
) -> None:
    text = f"{days}{gap}{word} {hours:02d}:{minutes:02d}:{seconds:02d}"
    assert parse_page_countdown(text) == timedelta(days=days, hours=hours, minutes=minutes, seconds=seconds)


@given(
    st.integers(0, 999),
    st.integers(0, 23),
    st.integers(0, 59),
    st.sampled_from(DAY_WORDS),
    st.sampled_from(HOUR_WORDS),
    st.sampled_from(MINUTE_WORDS),
)
def test_every_countdown_in_words_reads_back(
    days: int, hours: int, minutes: int, day: str, hour: str, minute: str
) -> None:
    text = f"{days} {day} {hours} {hour} {minutes} {minute}"
    assert parse_page_countdown(text) == timedelta(days=days, hours=hours, minutes=minutes)


@given(st.text(max_size=40))
def test_the_countdown_parser_reads_or_refuses_and_never_goes_negative(text: str) -> None:
    try:
        left = parse_page_countdown(text)
    except ParseError:
        return
    assert timedelta(0) <= left <= timedelta(days=3650)


@given(
    st.sampled_from(["Delivery confirmation in", "Подтверждение получения через", "Lieferbestätigung in",
                     "Confirmation de livraison dans", "Ship within", "Potwierdzenie dostawy za"]),
    st.integers(1, 90),
    st.integers(0, 23),
    st.integers(0, 4),
    st.booleans(),
)  # fmt: skip
def test_a_timer_anywhere_among_the_items_never_becomes_part_of_one(
    name: str, days: int, hours: int, where: int, split: bool
) -> None:
    timer = [name, f"{days} d {hours:02d}:00:00"] if split else [f"{name} {days} d {hours:02d}:00:00"]
    items = ["Phone Case Silicone", "Color: Blue", "US $2.99 x1", "Screen Protector", "US $1.50 x3"]
    lines = items[:where] + timer + items[where:]
    parsed = parse_order_text("Order number: 8123456789012345\n" + "\n".join(lines))
    for item in parsed.items:
        assert name not in item.title and name not in item.options
        assert f"{days} d" not in item.title and f"{days} d" not in item.options
    assert [t.left for t in parsed.timers] == [timedelta(days=days, hours=hours)]


# -- adding a pasted page: the countdown is an entered deadline --------------------------------------


@pytest.fixture
def importer(database: Store, clock: FrozenClock) -> ImportService:
    return ImportService(database, clock)


@pytest.mark.parametrize("name", ["en-awaiting-delivery.txt", "ru.txt", "de.txt"])
def test_a_pasted_protection_countdown_is_an_entered_deadline(
    name: str, importer: ImportService, service: OrderService, clock: FrozenClock
) -> None:
    text = page(name)
    parsed = importer.parse_order_text(text)
    importer.add_pasted(parsed, text)
    detail = service.show(parsed.number or "")
    protection = [d for d in detail.deadlines if d.kind is DeadlineKind.PROTECTION_ENDS]
    assert [(d.due, d.basis) for d in protection] == [(clock.now() + LEFT, Basis.ENTERED)]
    assert detail.payment_method == parsed.payment_method


def test_a_pasted_processing_time_gives_the_ship_by_estimate(
    importer: ImportService, service: OrderService, clock: FrozenClock
) -> None:
    text = page("en-awaiting-shipment.txt").replace("Ship within\n4 d 03:00:00\n", "")
    text = text.replace("Processing time: 7 days", "Processing time: 15 days")
    parsed = importer.parse_order_text(text)
    assert parsed.ship_left is None and parsed.processing_days == 15
    importer.add_pasted(parsed, text)
    detail = service.show("3051234567890123")
    ship_by = [d for d in detail.deadlines if d.kind is DeadlineKind.SHIP_BY]
    paid = datetime(2026, 3, 1, 9, 16, tzinfo=UTC)
    # Counted from the end of the payment check (a day after paying), when the seller sees the order.
    checked = paid + timedelta(hours=24)
    assert [(d.due, d.basis) for d in ship_by] == [(checked + timedelta(days=15), Basis.ESTIMATED)]
    assert detail.payment_method == "card"


def test_a_pasted_number_goes_by_the_same_rule(importer: ImportService) -> None:
    from dataclasses import replace

    from app.domain.errors import Refused

    parsed = parse_order_text(page("en-awaiting-delivery.txt").replace("8123456789012345", "8" * 56))
    assert parsed.number == "8" * 56  # shown whole, so the dialog can say what is wrong
    with pytest.raises(Refused, match="56 digits"):
        importer.add_pasted(parsed)
    with pytest.raises(Refused, match="space"):
        importer.add_pasted(replace(parsed, number="8123 4567"))
