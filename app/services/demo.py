"""Realistic made-up orders for trying the app and for benchmarks (``dispute-desk demo``).

Every order is built by playing a scenario forward (ordered, paid, shipped, disputed, …) so
its timeline passes the same lifecycle validation as a buyer's own. The same seed and the same
clock give the same data. Demo orders are marked ``source = "demo"`` so the app can remove
them in one step and never mixes them into the buyer's own orders unnoticed.
Rows are written in bulk in one transaction: 50,000 orders take seconds, not minutes.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from app.domain.deadlines import derive
from app.domain.model import DISPUTE_REASONS, RECEIVED_REASONS, Event, EventKind, LineFacts, OrderFacts
from app.domain.parsing import format_utc
from app.domain.validation import validate_timeline
from app.services.gc_pause import collector_paused
from app.store.list_rows import DEMO_SOURCE
from app.store.records import LineRecord, NewOrderRecord, Tracking

if TYPE_CHECKING:
    from app.services.orders import OrderService

K = EventKind

_STORES = [
    "SucceBuy Appliance Overseas Global Store",
    "InnoPioneer 3D Parts Store",
    "Your Taste Store",
    "BlitzWolf Official Store",
    "UGREEN Official Store",
    "Baseus Official Store",
    "Xiaomi Global Store",
    "ORICO Official Store",
    "Magic Fashion Store",
    "Lovely Kids Toys Store",
    "Hoco Official Store",
    "Vention Official Store",
    "KZ Audio Store",
    "DIY Electronics Factory",
    "Outdoor Gear Store",
]
_TITLES = [
    ("USB-C Charging Cable 2m 100W", "en"),
    ("Wireless Earbuds Bluetooth 5.3", "en"),
    ("Filament Storage Dryer Box 3D Printer", "en"),
    ("Ultrasonic Cleaner 6L", "en"),
    ("LED Strip Lights 5m RGB", "en"),
    ("Stainless Steel Kitchen Knife Set", "en"),
    ("Зарядное устройство GaN 65 Вт", "ru"),
    ("Чехол для телефона силиконовый", "ru"),
    ("Беспроводная мышь бесшумная", "ru"),
    ("Ładowarka samochodowa USB-C", "pl"),
    ("Pistacje solone 500g", "pl"),
    ("Fone de ouvido sem fio", "pt"),
    ("Capa de celular magnética", "pt"),
    ("Funda para móvil antigolpes", "es"),
    ("Reloj inteligente deportivo", "es"),
    ("Werkzeugset 46-teilig", "de"),
    ("Fahrradlicht wiederaufladbar", "de"),
    ("机械键盘 87键 蓝牙", "zh"),
    ("多功能螺丝刀套装", "zh"),
    ("Montre connectée étanche", "fr"),
]
_CURRENCIES = [("USD", 60), ("EUR", 14), ("PLN", 6), ("RUB", 8), ("BRL", 6), ("GBP", 4), ("JPY", 2)]
_METHODS = [("card", 55), ("paypal", 15), ("wallet", 15), ("balance", 10), ("other", 5)]
_CARRIERS = ["Cainiao", "AliExpress Standard Shipping", "YunExpress", "4PX", "China Post", "J&T"]


@dataclass
class _Order:
    facts: OrderFacts
    store: str
    title: str
    lines: list[tuple[str, int, Decimal, str]]
    events: list[Event] = field(default_factory=list)
    tracking: list[tuple[str, str]] = field(default_factory=list)


def generate(service: OrderService, *, count: int, seed: int) -> int:
    """Add ``count`` demo orders through the service's store. Returns how many were added."""
    now = service.clock.now()
    profile = service.rules.profile()
    rng = random.Random(seed)
    with collector_paused(), service.store.write() as tx:
        taken = tx.order_numbers()
        records = []
        for _ in range(count):
            order = _make_order(rng, now, taken)
            validate_timeline(order.facts, order.events, profile)
            records.append(
                NewOrderRecord(
                    number=order.facts.number,
                    store=order.store,
                    title=order.title,
                    currency=order.facts.currency,
                    total=order.facts.total,
                    payment_method=order.facts.payment_method,
                    ordered_at=order.facts.ordered_at,
                    lines=[
                        LineRecord(position, title, quantity, price, options)
                        for position, (title, quantity, price, options) in enumerate(order.lines)
                    ],
                    events=order.events,
                    evaluation=derive(order.facts, order.events, profile, now),
                    tracking=[Tracking(number, carrier) for number, carrier in order.tracking],
                    source=DEMO_SOURCE,
                )
            )
        tx.insert_orders(records, now)
    return len(records)


def _weighted(rng: random.Random, choices: list[tuple[str, int]]) -> str:
    return rng.choices([c for c, _ in choices], weights=[w for _, w in choices])[0]


def _make_order(rng: random.Random, now: datetime, taken: set[str]) -> _Order:
    number = _order_number(rng, taken)
    currency = _weighted(rng, _CURRENCIES)
    method = _weighted(rng, _METHODS)
    lines = []
    for _ in range(rng.choices([1, 2, 3, 4], weights=[70, 18, 8, 4])[0]):
        title, _lang = rng.choice(_TITLES)
        quantity = rng.choices([1, 2, 3, 5], weights=[75, 15, 6, 4])[0]
        lines.append(
            (
                title,
                quantity,
                _price(rng, currency),
                rng.choice(["", "Color: Black", "Size: L", "Ships From: CN"]),
            )
        )
    total = sum((q * p for _, q, p, _ in lines), Decimal(0))
    ordered_at, events, tracking = rng.choice(_SCENARIOS)(rng, now)
    events = [_with_partial_amount(e, total, currency, rng) for e in events]
    items = tuple(
        LineFacts(n, title, price * quantity) for n, (title, quantity, price, _) in enumerate(lines, 1)
    )
    facts = OrderFacts(number, currency, total, ordered_at, method, items)
    order = _Order(facts, rng.choice(_STORES), lines[0][0], lines)
    order.events = [Event(K.ORDERED, ordered_at, ordered_at, {"processing_days": 7}), *events]
    order.tracking = tracking
    return order


def _order_number(rng: random.Random, taken: set[str]) -> str:
    while True:
        number = f"8{rng.randrange(10**14, 10**15)}"
        if number not in taken:
            taken.add(number)
            return number


def _price(rng: random.Random, currency: str) -> Decimal:
    scale = {"RUB": 90, "JPY": 150, "PLN": 4, "BRL": 5}.get(currency, 1)
    cents = int(rng.lognormvariate(2.3, 0.9) * 100 * scale)
    if currency == "JPY":
        return Decimal(max(cents // 100, 1))
    return (Decimal(max(cents, 50)) / 100).quantize(Decimal("0.01"))


# -- scenarios: each returns (ordered_at, events after "ordered", tracking numbers) ------------

_Scenario = Callable[[random.Random, datetime], tuple[datetime, list[Event], list[tuple[str, str]]]]


def _at(when: datetime, **data: Any) -> Callable[[EventKind], Event]:
    payload = {key: value for key, value in data.items() if value is not None}
    return lambda kind: Event(kind, when, when, payload)


def _days(rng: random.Random, low: float, high: float) -> timedelta:
    return timedelta(seconds=int(rng.uniform(low, high) * 86400))


def _tracking(rng: random.Random) -> tuple[str, str]:
    shape = rng.random()
    if shape < 0.5:
        number = f"LP{rng.randrange(10**13, 10**14)}"
    elif shape < 0.8:
        number = f"RB{rng.randrange(10**8, 10**9)}CN"
    else:
        number = str(rng.randrange(10**21, 10**22))
    return number, rng.choice(_CARRIERS)


def _unpaid(rng: random.Random, now: datetime) -> tuple[datetime, list[Event], list[tuple[str, str]]]:
    return now - _days(rng, 0.1, 30), [], []


def _paid(rng: random.Random, now: datetime, age: tuple[float, float]) -> tuple[datetime, datetime]:
    ordered = now - _days(rng, *age)
    return ordered, ordered + timedelta(minutes=rng.randint(1, 90))


def _awaiting(rng: random.Random, now: datetime) -> tuple[datetime, list[Event], list[tuple[str, str]]]:
    ordered, paid = _paid(rng, now, (0.1, 9))
    return ordered, [_at(paid, processing_days=rng.choice([3, 5, 7, 10]))(K.PAID)], []


def _shipped_events(
    rng: random.Random, now: datetime, age: tuple[float, float]
) -> tuple[datetime, list[Event], list[tuple[str, str]], datetime]:
    ordered, paid = _paid(rng, now, age)
    shipped = paid + _days(rng, 1, 5)
    number, carrier = _tracking(rng)
    entered = rng.random() < 0.6
    data: dict[str, Any] = {"tracking": number, "carrier": carrier}
    if entered:
        data["protection_ends"] = format_utc(shipped + timedelta(days=rng.choice([60, 75, 90])))
    events = [_at(paid, processing_days=7)(K.PAID), _at(shipped, **data)(K.SHIPPED)]
    return ordered, events, [(number, carrier)], shipped


def _in_transit(rng: random.Random, now: datetime) -> tuple[datetime, list[Event], list[tuple[str, str]]]:
    ordered, events, tracking, shipped = _shipped_events(rng, now, (6, 60))
    if rng.random() < 0.3 and shipped + timedelta(days=20) < now:
        events.append(_at(shipped + timedelta(days=20))(K.EXTENSION_REQUESTED))
    return ordered, events, tracking


def _delivered(rng: random.Random, now: datetime) -> tuple[datetime, list[Event], list[tuple[str, str]]]:
    ordered, events, tracking, shipped = _shipped_events(rng, now, (12, 40))
    delivered = min(shipped + _days(rng, 8, 30), now - timedelta(hours=1))
    return ordered, [*events, _at(delivered)(K.DELIVERED)], tracking


def _received(rng: random.Random, now: datetime) -> tuple[datetime, list[Event], list[tuple[str, str]]]:
    ordered, events, tracking, shipped = _shipped_events(rng, now, (15, 400))
    received = min(shipped + _days(rng, 8, 35), now - timedelta(hours=1))
    return ordered, [*events, _at(received)(K.RECEIVED)], tracking


def _cancelled(rng: random.Random, now: datetime) -> tuple[datetime, list[Event], list[tuple[str, str]]]:
    kind = rng.random()
    if kind < 0.25:
        # A request still waiting for the seller: asked after the payment check, < 48 h ago.
        asked = now - timedelta(minutes=rng.randint(10, 47 * 60))
        paid = asked - _days(rng, 1.05, 3)
        ordered = paid - timedelta(minutes=rng.randint(1, 90))
        return (
            ordered,
            [
                _at(paid, processing_days=10)(K.PAID),
                _at(asked, reason=rng.choice(["changed_mind", "found_cheaper", "other"]))(K.CANCEL_REQUESTED),
            ],
            [],
        )
    ordered, paid = _paid(rng, now, (3, 300))
    if kind < 0.45:
        return ordered, [_at(ordered + timedelta(hours=3))(K.CANCELLED)], []
    asked = paid + _days(rng, 1.1, 2)
    events = [_at(paid, processing_days=7)(K.PAID), _at(asked, reason="changed_mind")(K.CANCEL_REQUESTED)]
    if asked + timedelta(hours=30) < now:
        events.append(_at(asked + timedelta(hours=rng.randint(2, 30)))(K.CANCEL_APPROVED))
        refunded = asked + timedelta(days=rng.randint(3, 12))
        if refunded < now:
            events.append(_at(refunded)(K.REFUND_RECEIVED))
    return ordered, events, []


def _disputed(rng: random.Random, now: datetime) -> tuple[datetime, list[Event], list[tuple[str, str]]]:
    ordered, events, tracking, shipped = _shipped_events(rng, now, (20, 200))
    reason = rng.choice(DISPUTE_REASONS)
    opened = shipped + _days(rng, 12, 40)
    if opened >= now:
        return ordered, events, tracking
    events.append(
        # Only goods that arrived can be sent back.
        _at(
            opened,
            reason=reason,
            **({"return": True} if rng.random() < 0.2 and reason in RECEIVED_REASONS else {}),
        )(K.DISPUTE_OPENED)
    )
    stage = rng.random()
    step = opened + _days(rng, 0.5, 4)
    if stage < 0.25:
        # A silent seller: the refund goes through after the seller's days; old cases got it.
        refunded = opened + timedelta(days=5) + _days(rng, 3, 15)
        if refunded < now:
            events.append(_at(refunded)(K.REFUND_RECEIVED))
        return ordered, events, tracking
    if step >= now:
        return ordered, events, tracking
    events.append(_at(step)(K.SELLER_RESPONDED))
    step += _days(rng, 1, 5)
    if stage < 0.45 or step >= now:
        return ordered, events, tracking
    events.append(_at(step)(K.ESCALATED))
    step += _days(rng, 2, 10)
    if stage < 0.6 or step >= now:
        return ordered, events, tracking
    outcome = rng.choice(["full", "partial", "rejected"])
    events.append(_at(step, outcome=outcome)(K.DECIDED))
    decided = step
    step += _days(rng, 1, 12)
    if outcome == "rejected" and stage > 0.8 and step < now:
        # Within the appeal window.
        events.append(_at(min(step, decided + timedelta(days=6)))(K.APPEALED))
    elif outcome != "rejected" and (stage > 0.75 or step + timedelta(days=25) < now) and step < now:
        events.append(_at(step)(K.REFUND_RECEIVED))
    return ordered, events, tracking


def _with_partial_amount(event: Event, total: Decimal, currency: str, rng: random.Random) -> Event:
    """A partial refund is a share of what the order cost."""
    if event.kind is not K.DECIDED or event.data.get("outcome") != "partial":
        return event
    quantum = Decimal(1) if currency == "JPY" else Decimal("0.01")
    share = (total * Decimal(rng.randint(20, 60)) / 100).quantize(quantum)
    return Event(event.kind, event.at, event.recorded_at, {**event.data, "amount": str(max(share, quantum))})


# Weighted by repetition: most orders of a real history are completed or on their way.
_SCENARIOS: list[_Scenario] = [
    _unpaid,
    _awaiting,
    _in_transit,
    _in_transit,
    _in_transit,
    _delivered,
    _received,
    _received,
    _received,
    _received,
    _cancelled,
    _disputed,
    _disputed,
]
