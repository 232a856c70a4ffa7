"""Text copied from an AliExpress order page: what it says about the order.

A buyer selects the order page (or part of it) and pastes it. :func:`parse_order_text`
recognizes what is there, in the page's language (the words are in :mod:`page_words`): order
number, store, items with price and quantity, total, order and payment time, payment method,
the seller's processing time, status, tracking number and carrier, and the timers the page
counts down ("Delivery confirmation in 23 d 14:22:10", "Ship within 4 T 03:00:00") — and leaves
the rest ``None`` for the dialog to ask for (:meth:`ParsedOrder.missing`). A line that names a
timer or holds a countdown is never part of an item's title or options.

A countdown is kept as a duration: it becomes a time only when the order is added
(:func:`to_imported`), counted from that moment, and it is then an entered deadline (exact, as
the page said), not an estimate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from decimal import Decimal
from typing import Final

from app.domain.datetext import parse_date_text
from app.domain.errors import ParseError, Refused
from app.domain.order_numbers import valid_order_number
from app.domain.parsing import parse_amount
from app.domain.text import clean_text
from app.i18n import translate
from app.importers.common import field_words
from app.importers.model import ImportedLine, ImportedOrder, Progress, Stage
from app.importers.page_words import (
    COUNTDOWN,
    LABEL_PATTERNS,
    PageTimer,
    TimerKind,
    find_timer,
    names_a_timer,
    payment_method_of,
    processing_days_of,
)
from app.importers.statuses import stage_of

_NUMBER_LINE: Final = re.compile(r"^#?\s*([0-9]{15,20})$", re.M)  # a number alone on its line
_BARE_NUMBER: Final = re.compile(r"(?<![0-9])([0-9]{16})(?![0-9])")
_STORE_LINE: Final = re.compile(r"^(.{2,80}?\b(?:store|shop))$", re.I | re.M)
_STATUS_LINE: Final = re.compile(r"^(?:(?:order\s+)?status\s*[:：]?\s*)?(.+)$", re.I)
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
    payment_method: str | None = None  # card, paypal, wallet, balance or other
    payment_text: str = ""  # as the page names it ("Visa ****1234")
    processing_days: int | None = None
    status_text: str = ""
    stage: Stage | None = None
    tracking: str | None = None
    carrier: str | None = None
    ship_left: timedelta | None = None
    protection_left: timedelta | None = None
    pay_left: timedelta | None = None  # an unpaid order closes by itself when it runs out
    timers: tuple[PageTimer, ...] = ()  # every timer the page showed, as it showed it
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
    text = clean_text(text, multiline=True)  # a pasted page may carry control characters
    lines = _joined_timer_lines([" ".join(line.split()) for line in text.splitlines() if line.strip()])
    joined = "\n".join(lines)
    notes: list[str] = []
    number = (
        _group(LABEL_PATTERNS["number"], joined)
        or _group(_NUMBER_LINE, joined)
        or _group(_BARE_NUMBER, joined)
    )
    ordered_at = _date(_group(LABEL_PATTERNS["ordered_at"], joined), "order time", notes, zone)
    paid_at = _date(_group(LABEL_PATTERNS["paid_at"], joined), "payment time", notes, zone)
    store = _group(LABEL_PATTERNS["store"], joined) or _group(_STORE_LINE, joined)
    payment_text = _group(LABEL_PATTERNS["payment_method"], joined) or ""
    processing = _group(LABEL_PATTERNS["processing"], joined)
    stage, status_text = None, ""
    for line in lines:
        match = _STATUS_LINE.match(line)
        candidate = match.group(1) if match else line
        found = stage_of(candidate)
        if found is not None:
            stage, status_text = found, candidate
            break
    total, currency = None, None
    total_text = _group(LABEL_PATTERNS["total"], joined)
    if total_text:
        try:
            parsed = parse_amount(total_text)
            total, currency = parsed.amount, parsed.currency
        except ParseError as exc:
            notes.append(translate("import", "total: {reason}").format(reason=exc))
    items = _items(lines, notes)
    if currency is None:
        currency = next(
            (c for c in (_currency_of(line) for line in lines if _ITEM_PRICE.match(line)) if c), None
        )
    if total is None and items and all(item.unit_price is not None for item in items):
        total = sum(
            (item.unit_price * item.quantity for item in items if item.unit_price is not None), Decimal(0)
        )
    timers = tuple(timer for timer in map(find_timer, lines) if timer is not None)
    stage = stage or _stage_of_timers(timers)
    ship_left, protection_left, pay_left = _countdowns(timers, stage)
    return ParsedOrder(
        number=number,
        store=store.strip() if store else None,
        title=items[0].title if items else None,
        items=tuple(items),
        total=total,
        currency=currency,
        ordered_at=ordered_at,
        paid_at=paid_at,
        payment_method=payment_method_of(payment_text) if payment_text else None,
        payment_text=payment_text,
        processing_days=processing_days_of(processing) if processing else None,
        status_text=status_text,
        stage=stage,
        tracking=_group(LABEL_PATTERNS["tracking"], joined),
        carrier=_group(LABEL_PATTERNS["carrier"], joined),
        ship_left=ship_left,
        protection_left=protection_left,
        pay_left=pay_left,
        timers=timers,
        notes=tuple(notes),
    )


def _joined_timer_lines(lines: list[str]) -> list[str]:
    """A timer's name on one line and its countdown on the next (how a copied page often splits
    them) become one line."""
    joined: list[str] = []
    for line in lines:
        if (
            joined
            and _is_countdown_alone(line)
            and names_a_timer(joined[-1])
            and find_timer(joined[-1]) is None
        ):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


def _is_countdown_alone(line: str) -> bool:
    match = COUNTDOWN.search(line)
    return match is not None and not line[: match.start()].strip(" :") and not line[match.end() :].strip()


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
        notes.append(translate("import", "{what}: {reason}").format(what=field_words(what), reason=exc))
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
    for line in _joined_quantities(lines):
        match = _ITEM_PRICE.match(line)
        if match is None or _is_labelled(line):
            if _NOISE.match(line) or _is_labelled(line):
                continue
            pending.append(line)
            continue
        try:
            price = parse_amount(match["price"]).amount
        except ParseError as exc:
            notes.append(translate("import", "item price: {reason}").format(reason=exc))
            pending = []
            continue
        quantity = int(match["qty"] or match["qty2"] or 1)
        titles = [p for p in pending if ":" not in p]
        options = [p for p in pending if ":" in p]
        if titles:
            items.append(ParsedItem(titles[-1], quantity, price, ", ".join(options)))
        pending = []
    return items


def _joined_quantities(lines: list[str]) -> list[str]:
    """A price with its quantity on the next line ("US $5.99", "x2") as one price line."""
    joined: list[str] = []
    for line in lines:
        quantity = _QTY_LINE.match(line)
        if quantity and joined and _is_amount(joined[-1]):
            joined[-1] = f"{joined[-1]} x{quantity.group(1)}"
        else:
            joined.append(line)
    return joined


def _is_amount(line: str) -> bool:
    try:
        parse_amount(line)
    except ParseError:
        return False
    return True


def _is_labelled(line: str) -> bool:
    """A line that says something about the order, not about an item: a field with its label, a
    status, a timer (named, or a countdown alone), a subtotal or shipping line."""
    if any(pattern.search(line) for pattern in LABEL_PATTERNS.values()) or stage_of(line) is not None:
        return True
    if names_a_timer(line) or _is_countdown_alone(line):
        return True
    lowered = line.casefold()
    if any(word in lowered for word in ("subtotal", "shipping", "payment", "status")):
        return True
    return _STORE_LINE.match(line) is not None


def _stage_of_timers(timers: tuple[PageTimer, ...]) -> Stage | None:
    """How far the order came, when no status line says it: a protection timer runs only once it
    shipped, a ship-by timer once it was paid, a pay-by timer while it isn't."""
    kinds = {timer.kind for timer in timers}
    for kind, stage in (
        (TimerKind.PROTECTION, Stage.SHIPPED),
        (TimerKind.SHIP, Stage.PAID),
        (TimerKind.PAY, Stage.UNPAID),
    ):
        if kind in kinds:
            return stage
    return None


def _countdowns(
    timers: tuple[PageTimer, ...], stage: Stage | None
) -> tuple[timedelta | None, timedelta | None, timedelta | None]:
    """(ship_left, protection_left, pay_left): the first timer of each kind; "Closes in" means
    what runs out at the order's stage."""
    closes = {Stage.UNPAID: TimerKind.PAY, Stage.PAID: TimerKind.SHIP, Stage.SHIPPED: TimerKind.PROTECTION}
    closes[Stage.DELIVERED] = TimerKind.PROTECTION
    left: dict[TimerKind, timedelta] = {}
    for timer in timers:
        kind = closes.get(stage) if stage is not None and timer.kind is TimerKind.CLOSES else timer.kind
        if kind is not None and kind is not TimerKind.CLOSES:
            left.setdefault(kind, timer.left)
    return left.get(TimerKind.SHIP), left.get(TimerKind.PROTECTION), left.get(TimerKind.PAY)


def to_imported(order: ParsedOrder, now: datetime, raw_text: str) -> ImportedOrder:
    """The order to add, once nothing is missing; countdowns count from ``now``."""
    missing = order.missing()
    if missing:
        raise Refused(translate("import", "still missing: {names}").format(names=", ".join(missing)))
    assert order.number and order.store and order.currency and order.ordered_at and order.total is not None
    number = valid_order_number(order.number)  # the one rule, as for every other way in
    if order.ordered_at > now:
        raise Refused(translate("import", "the order time is in the future"))
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
        number=number,
        store=order.store,
        currency=order.currency,
        ordered_at=order.ordered_at,
        title=order.title or lines[0].title,
        lines=lines,
        lines_known=True,
        total=order.total,
        payment_method=order.payment_method,
        progress=Progress(
            stage,
            status_text=order.status_text,
            paid_at=order.paid_at,
            tracking=order.tracking,
            carrier=order.carrier,
            protection_ends=protection_ends if stage in (Stage.SHIPPED, Stage.DELIVERED) else None,
            ship_by=ship_by if stage is Stage.PAID else None,
            processing_days=order.processing_days,
        ),
        source_lines=[1],
        parts={"text": [{"text": raw_text}]},
    )
