"""Text copied from an AliExpress order page: what it says about the order.

A buyer selects the order page (or part of it) and pastes it. :func:`parse_order_text`
recognizes what is there — order number, store, items with price and quantity, total, order
and payment time, status, tracking number and carrier, and countdowns such as
"Closes in: 23 d 14:22:10" — and leaves the rest ``None`` for the dialog to ask for
(:meth:`ParsedOrder.missing`). Countdowns are kept as durations: they become times only when
the order is added (:func:`to_imported`), counted from that moment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from decimal import Decimal
from typing import Final

from app.domain.datetext import parse_date_text
from app.domain.errors import ParseError, Refused
from app.domain.parsing import parse_amount, parse_duration
from app.importers.model import ImportedLine, ImportedOrder, Progress, Stage
from app.importers.statuses import stage_of

_SEP = r"\s*[:：]?\s*"
_ORDER_NUMBER: Final = re.compile(
    r"(?:order\s*(?:number|no\.?|id|#)|bestellnummer|номер заказа|numer zamówienia|n[úu]mero del? pedido)"
    + _SEP
    + r"([0-9]{12,20})",
    re.I,
)
_BARE_NUMBER: Final = re.compile(r"(?<![0-9])([0-9]{16})(?![0-9])")
_ORDER_TIME: Final = re.compile(
    r"^(?:order(?:ed)?\s*(?:time|date|placed(?:\s+on)?)|placed on|bestellzeit|bestelldatum|время заказа|"
    r"дата заказа|data zamówienia|fecha del pedido|data do pedido)" + _SEP + r"(.+)$",
    re.I | re.M,
)
_PAY_TIME: Final = re.compile(
    r"^(?:pa(?:id|yment)\s*(?:time|date|on)|zahlungszeit|время оплаты|data płatności|fecha de pago)"
    + _SEP
    + r"(.+)$",
    re.I | re.M,
)
_STORE: Final = re.compile(
    r"^(?:store|seller|shop|verkäufer|магазин|sklep|tienda|loja)\s*(?:name)?\s*[:：]\s*(.+)$", re.I | re.M
)
_STORE_LINE: Final = re.compile(r"^(.{2,80}?\b(?:store|shop))$", re.I | re.M)
_STATUS_LINE: Final = re.compile(r"^(?:(?:order\s+)?status" + _SEP + r")?(.+)$", re.I)
_TRACKING: Final = re.compile(
    r"(?:tracking\s*(?:number|no\.?|#)|sendungsnummer|трек[- ]номер|numer przesyłki)"
    + _SEP
    + r"([A-Z0-9][A-Z0-9-]{7,39})",
    re.I,
)
_CARRIER: Final = re.compile(
    r"^(?:carrier|logistics company|shipping company|versanddienstleister|перевозчик)" + _SEP + r"(.+)$",
    re.I | re.M,
)
_TOTAL: Final = re.compile(
    r"^(?:order\s+)?(?:total|amount paid|gesamtsumme|gesamt|итого|razem|suma|total del pedido)"
    + _SEP
    + r"(.+)$",
    re.I | re.M,
)
_COUNTDOWN: Final = re.compile(
    r"([0-9]+\s*(?:d|days?|дн\.?|д|t|tage?)\.?\s*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?|[0-9]{1,3}:[0-9]{2}:[0-9]{2})",
    re.I,
)
_PROTECTION_WORDS: Final = (
    "closes in",
    "auto-confirm",
    "automatically confirmed",
    "buyer protection",
    "protection ends",
    "schließt in",
    "закроется через",
    "защита покупателя",
)
_SHIP_WORDS: Final = (
    "ship within",
    "ships within",
    "will ship",
    "processing time",
    "versand innerhalb",
    "отправит в течение",
    "отправка в течение",
)
_ITEM_PRICE: Final = re.compile(
    r"^(?P<price>.*[0-9].*?)\s*(?:[x×]\s*(?P<qty>[0-9]{1,4})|\((?:qty|menge|кол-во)\W*(?P<qty2>[0-9]{1,4})\))$",
    re.I,
)
_QTY_LINE: Final = re.compile(r"^(?:[x×]\s*|qty\W*|quantity\W*)([0-9]{1,4})$", re.I)
_NOISE: Final = re.compile(
    r"^(?:copy|view details|contact seller|order details|items?|add to cart|buy again|\W*)$", re.I
)


@dataclass(frozen=True)
class ParsedItem:
    title: str
    quantity: int
    unit_price: Decimal | None
    options: str = ""


@dataclass(frozen=True)
class ParsedOrder:
    """What the pasted text says; ``None`` where it says nothing (the dialog asks)."""

    number: str | None = None
    store: str | None = None
    title: str | None = None  # the first item's title unless the buyer typed one
    items: tuple[ParsedItem, ...] = ()
    total: Decimal | None = None
    currency: str | None = None
    ordered_at: datetime | None = None
    paid_at: datetime | None = None
    status_text: str = ""
    stage: Stage | None = None
    tracking: str | None = None
    carrier: str | None = None
    ship_left: timedelta | None = None
    protection_left: timedelta | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)

    def missing(self) -> list[str]:
        """The facts an order needs that the text did not give: "number", "store", "title",
        "total", "currency", "ordered_at"."""
        needed = {
            "number": self.number,
            "store": self.store,
            "title": self.title,
            "total": self.total,
            "currency": self.currency,
            "ordered_at": self.ordered_at,
        }
        return [name for name, value in needed.items() if value is None]


def parse_order_text(text: str, zone: tzinfo | None = None) -> ParsedOrder:
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    joined = "\n".join(lines)
    notes: list[str] = []
    number = _group(_ORDER_NUMBER, joined) or _group(_BARE_NUMBER, joined)
    ordered_at = _date(_group(_ORDER_TIME, joined), "order time", notes, zone)
    paid_at = _date(_group(_PAY_TIME, joined), "payment time", notes, zone)
    store = _group(_STORE, joined) or _group(_STORE_LINE, joined)
    stage, status_text = None, ""
    for line in lines:
        match = _STATUS_LINE.match(line)
        candidate = match.group(1) if match else line
        found = stage_of(candidate)
        if found is not None:
            stage, status_text = found, candidate
            break
    total, currency = None, None
    total_text = _group(_TOTAL, joined)
    if total_text:
        try:
            parsed = parse_amount(total_text)
            total, currency = parsed.amount, parsed.currency
        except ParseError as exc:
            notes.append(f"total: {exc}")
    items = _items(lines, notes)
    if currency is None:
        currency = next(
            (c for c in (_currency_of(line) for line in lines if _ITEM_PRICE.match(line)) if c), None
        )
    if total is None and items and all(item.unit_price is not None for item in items):
        total = sum(
            (item.unit_price * item.quantity for item in items if item.unit_price is not None), Decimal(0)
        )
    ship_left, protection_left = _countdowns(lines, stage)
    return ParsedOrder(
        number=number,
        store=store.strip() if store else None,
        title=items[0].title if items else None,
        items=tuple(items),
        total=total,
        currency=currency,
        ordered_at=ordered_at,
        paid_at=paid_at,
        status_text=status_text,
        stage=stage,
        tracking=_group(_TRACKING, joined),
        carrier=_group(_CARRIER, joined),
        ship_left=ship_left,
        protection_left=protection_left,
        notes=tuple(notes),
    )


def _group(pattern: re.Pattern[str], text: str) -> str | None:
    match = pattern.search(text)
    return match.group(1).strip() if match else None


def _date(text: str | None, what: str, notes: list[str], zone: tzinfo | None = None) -> datetime | None:
    """A time from the page, read in the order page's zone (``zone``; None: the computer's)."""
    if not text:
        return None
    try:
        return parse_date_text(text, tz=zone)
    except ParseError as exc:
        notes.append(f"{what}: {exc}")
        return None


def _currency_of(line: str) -> str | None:
    match = _ITEM_PRICE.match(line)
    if match is None:
        return None
    try:
        return parse_amount(match["price"]).currency
    except ParseError:
        return None


def _items(lines: list[str], notes: list[str]) -> list[ParsedItem]:
    """Items: a title line, attribute lines ("Color: Black"), then a price line ("US $5.99 x2")."""
    items: list[ParsedItem] = []
    pending: list[str] = []
    for line in lines:
        match = _ITEM_PRICE.match(line)
        if match is None:
            if _NOISE.match(line) or _is_labelled(line):
                if ":" in line and pending and not _is_labelled(line):
                    pending.append(line)
                continue
            pending.append(line)
            continue
        try:
            price = parse_amount(match["price"]).amount
        except ParseError as exc:
            notes.append(f"item price: {exc}")
            pending = []
            continue
        quantity = int(match["qty"] or match["qty2"] or 1)
        titles = [p for p in pending if ":" not in p]
        options = [p for p in pending if ":" in p]
        if titles:
            items.append(ParsedItem(titles[-1], quantity, price, ", ".join(options)))
        pending = []
    return items


_LABELS: Final = (
    _ORDER_NUMBER, _ORDER_TIME, _PAY_TIME, _STORE, _TRACKING, _CARRIER, _TOTAL,
)  # fmt: skip


def _is_labelled(line: str) -> bool:
    lowered = line.casefold()
    if any(pattern.search(line) for pattern in _LABELS) or stage_of(line) is not None:
        return True
    if any(
        word in lowered
        for word in (*_PROTECTION_WORDS, *_SHIP_WORDS, "subtotal", "shipping", "payment", "status")
    ):
        return True
    return _STORE_LINE.match(line) is not None


def _countdowns(lines: list[str], stage: Stage | None) -> tuple[timedelta | None, timedelta | None]:
    ship_left = protection_left = None
    for line in lines:
        lowered = line.casefold()
        match = _COUNTDOWN.search(line)
        if match is None:
            continue
        countdown = re.sub(r"^([0-9]+)\s*[^\W\d_]+\.?\s*", r"\1d ", match.group(1))
        try:
            left = parse_duration(countdown)
        except ParseError:
            continue
        if any(word in lowered for word in _SHIP_WORDS):
            ship_left = ship_left or left
        elif "closes in" in lowered and stage is Stage.PAID:
            ship_left = ship_left or left
        elif any(word in lowered for word in _PROTECTION_WORDS) and stage is not Stage.UNPAID:
            protection_left = protection_left or left
    return ship_left, protection_left


def to_imported(order: ParsedOrder, now: datetime, raw_text: str) -> ImportedOrder:
    """The order to add, once nothing is missing; countdowns count from ``now``."""
    missing = order.missing()
    if missing:
        raise Refused(f"still missing: {', '.join(missing)}")
    assert order.number and order.store and order.currency and order.ordered_at and order.total is not None
    if order.ordered_at > now:
        raise Refused("the order time is in the future")
    stage = order.stage
    if stage is None and order.tracking:
        stage = Stage.SHIPPED
    protection_ends = now + order.protection_left if order.protection_left else None
    ship_by = now + order.ship_left if order.ship_left else None
    lines = [
        ImportedLine(
            item.title,
            item.quantity,
            item.unit_price if item.unit_price is not None else order.total,
            item.options,
        )
        for item in order.items
    ] or [ImportedLine(order.title or order.number, 1, order.total)]
    return ImportedOrder(
        number=order.number,
        store=order.store,
        currency=order.currency,
        ordered_at=order.ordered_at,
        title=order.title or lines[0].title,
        lines=lines,
        lines_known=True,
        total=order.total,
        progress=Progress(
            stage,
            status_text=order.status_text,
            paid_at=order.paid_at,
            tracking=order.tracking,
            carrier=order.carrier,
            protection_ends=protection_ends if stage in (Stage.SHIPPED, Stage.DELIVERED) else None,
            ship_by=ship_by if stage is Stage.PAID else None,
        ),
        source_lines=[1],
        parts={"text": [{"text": raw_text}]},
    )
