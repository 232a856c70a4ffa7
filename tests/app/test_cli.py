"""The ``dispute-desk`` command line against its contract (docs/CLI.md, "Orders and events").

Every test runs ``app.cli.run`` in-process on a fresh data dir with a frozen clock (see
``tests/conftest.py``) and checks exact values: statuses, due times to the second, amounts as
strings, and, for refusals, exit 2 with one line on stderr and not one byte written.
"""

from __future__ import annotations

import io
import json
import re
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from app import __version__
from app.cli import run
from app.clock import FrozenClock
from app.domain.actions import action_for
from app.domain.model import DeadlineKind, Status
from app.domain.timeutil import add_business_days
from app.services.orders import OrderService

if TYPE_CHECKING:
    from tests.conftest import Cli

NOW = datetime(2026, 3, 10, 12, 0, 0, tzinfo=UTC)  # the frozen clock of ``cli`` (a Tuesday)
ORDERED = "2026-03-01T10:00:00Z"
PAID = "2026-03-01T10:05:00Z"
SHIPPED = "2026-03-03T10:00:00Z"
NUMBER = "8100000000000001"
TIME_SHAPE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
AMOUNT_SHAPE = re.compile(r"^\d+(\.\d+)?$")


def t(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def z(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def left(due: str, now: datetime = NOW) -> int:
    return int((t(due) - now).total_seconds())


def add(cli: Cli, number: str = NUMBER, *extra: str, total: str = "100.00", currency: str = "USD") -> None:
    cli.ok(
        "add",
        "--order",
        number,
        "--store",
        "Gadget Store",
        "--title",
        "USB-C cable",
        "--total",
        total,
        "--currency",
        currency,
        "--ordered-at",
        ORDERED,
        *extra,
    )


def add_paid(cli: Cli, number: str = NUMBER, *extra: str, method: str = "card", **kw: Any) -> None:
    add(cli, number, "--paid-at", PAID, "--payment-method", method, "--processing-days", "7", *extra, **kw)


def add_shipped(cli: Cli, number: str = NUMBER, *ship_options: str, **kw: Any) -> None:
    add_paid(cli, number, **kw)
    cli.ok("record", number, "shipped", "--at", SHIPPED, *ship_options)


def add_in_dispute(cli: Cli, number: str = NUMBER, *dispute_options: str) -> None:
    add_shipped(cli, number, "--tracking", "LP00012345678CN")
    cli.ok(
        "record",
        number,
        "dispute-opened",
        "--at",
        "2026-03-08T08:00:00Z",
        "--reason",
        "damaged",
        *dispute_options,
    )


def show(cli: Cli, number: str = NUMBER, *extra: str) -> dict[str, Any]:
    document = cli.json("show", number, *extra)
    assert isinstance(document, dict)
    return document


def deadlines_of(document: dict[str, Any]) -> list[tuple[str, str, str]]:
    return [(d["kind"], d["due"], d["basis"]) for d in document["deadlines"]]


def last_event(document: dict[str, Any]) -> dict[str, Any]:
    entry = document["timeline"][-1]
    assert isinstance(entry, dict)
    return entry


def deadline_json(
    number: str, kind: str, due: str, basis: str, status: str, now: datetime = NOW
) -> dict[str, Any]:
    """What CLI.md promises for one deadline, computed here from first principles."""
    seconds = left(due, now)
    if seconds < 0:
        urgency = "overdue"
    elif seconds <= 48 * 3600:
        urgency = "critical"
    elif seconds <= 7 * 86400:
        urgency = "soon"
    elif seconds <= 14 * 86400:
        urgency = "watch"
    else:
        urgency = "later"
    return {
        "order": number,
        "kind": kind,
        "due": due,
        "left_seconds": seconds,
        "urgency": urgency,
        "basis": basis,
        "action": action_for(DeadlineKind(kind), Status(status)),
    }


def walk(document: Any) -> Iterator[tuple[str, Any]]:
    if isinstance(document, dict):
        for key, value in document.items():
            yield key, value
            yield from walk(value)
    elif isinstance(document, list):
        for item in document:
            yield from walk(item)


# -- add ---------------------------------------------------------------------------------------


def test_add_with_every_option_prints_the_whole_order(cli: Cli) -> None:
    document = cli.json(
        "add",
        "--order",
        "0012345678901234",
        "--store",
        "SucceBuy Appliance Store",
        "--title",
        "Ultrasonic Cleaner 6L",
        "--total",
        "US $1,382.11",
        "--ordered-at",
        "2026-03-09T10:00:00Z",
        "--paid-at",
        "2026-03-09T15:05:00+02:00",
        "--payment-method",
        "paypal",
        "--processing-days",
        "7",
        "--note",
        "gift for Ann",
    )
    assert document == {
        "order": "0012345678901234",
        "store": "SucceBuy Appliance Store",
        "title": "Ultrasonic Cleaner 6L",
        "total": "1382.11",
        "currency": "USD",
        "payment_method": "paypal",
        "ordered_at": "2026-03-09T10:00:00Z",
        "note": "gift for Ann",
        "status": "payment_check",
        "in_trash": False,
        "lines": [
            {
                "line": 1,
                "title": "Ultrasonic Cleaner 6L",
                "quantity": 1,
                "options": "",
                "unit_price": "1382.11",
                "refunded": "0.00",
                "dispute": None,
            }
        ],
        "refunded": "0.00",
        "tracking": [],
        "timeline": [
            {
                "kind": "ordered",
                "at": "2026-03-09T10:00:00Z",
                "recorded_at": "2026-03-10T12:00:00Z",
                "processing_days": 7,
            },
            {"kind": "paid", "at": "2026-03-09T13:05:00Z", "recorded_at": "2026-03-10T12:00:00Z"},
        ],
        "deadlines": [
            {
                "order": "0012345678901234",
                "kind": "payment_check_ends",
                "due": "2026-03-10T13:05:00Z",
                "left_seconds": 3900,
                "urgency": "critical",
                "basis": "estimated",
                "action": action_for(DeadlineKind.PAYMENT_CHECK_ENDS, Status.PAYMENT_CHECK),
            },
            {
                "order": "0012345678901234",
                "kind": "ship_by",
                # 7 processing days from the end of the day-long payment check
                "due": "2026-03-17T13:05:00Z",
                "left_seconds": 7 * 86400 + 3900,
                "urgency": "watch",
                "basis": "estimated",
                "action": action_for(DeadlineKind.SHIP_BY, Status.PAYMENT_CHECK),
            },
        ],
    }


def test_add_prints_one_human_line(cli: Cli) -> None:
    out = cli.ok("add", "--order", "77", "--store", "S", "--title", "T", "--total", "5", "--currency", "USD")
    assert out == "added order 77 (awaiting_payment)\n"


@pytest.mark.parametrize(
    ("total", "currency", "amount", "code"),
    [
        ("US $1,382.11", None, "1382.11", "USD"),
        ("12,34", "EUR", "12.34", "EUR"),
        ("12,34", "eur", "12.34", "EUR"),
        ("€12,34", None, "12.34", "EUR"),
        ("129,46zł", None, "129.46", "PLN"),
        ("1 299,00 ₽", None, "1299.00", "RUB"),
        ("R$ 10", None, "10.00", "BRL"),
        ("1,382", "USD", "1382.00", "USD"),
        ("0.5", "USD", "0.50", "USD"),
        ("500", "JPY", "500", "JPY"),
        ("12.345", "KWD", "12.345", "KWD"),
        ("US $12.34", "USD", "12.34", "USD"),
    ],
)
def test_add_reads_amounts_and_takes_the_currency_from_the_option_or_the_symbol(
    cli: Cli, total: str, currency: str | None, amount: str, code: str
) -> None:
    argv = ["add", "--order", "1", "--store", "S", "--title", "T", "--total", total]
    if currency is not None:
        argv += ["--currency", currency]
    document = cli.json(*argv)
    assert (document["total"], document["currency"]) == (amount, code)
    listed = cli.json("orders")
    assert [(o["total"], o["currency"]) for o in listed] == [(amount, code)]


def test_sixteen_digit_order_numbers_stay_text(cli: Cli) -> None:
    numbers = ["0000000000000001", "8123456789012345678", "9007199254740993"]  # 2**53 + 1 too
    for number in numbers:
        add(cli, number)
    raw = cli.json("orders")
    assert [o["order"] for o in raw] == numbers
    assert all(isinstance(o["order"], str) for o in raw)
    assert show(cli, "0000000000000001")["order"] == "0000000000000001"
    cli.ok("record", "0000000000000001", "note", "--note", "ok")
    assert "0000000000000001" in cli.ok("orders")
    # "1" is not "0000000000000001"
    assert cli.refused("show", "1") == "no order 1"


def test_add_with_ship_by_gives_an_entered_deadline(cli: Cli) -> None:
    add(cli, NUMBER, "--paid-at", PAID, "--ship-by", "2026-03-12T15:30:00Z")
    document = show(cli)
    assert document["status"] == "awaiting_shipment"
    assert deadlines_of(document) == [("ship_by", "2026-03-12T15:30:00Z", "entered")]
    assert document["timeline"][0]["ship_by"] == "2026-03-12T15:30:00Z"


def test_add_unpaid_counts_down_to_the_autoclose(cli: Cli) -> None:
    add(cli)
    document = show(cli)
    assert document["status"] == "awaiting_payment"
    assert document["payment_method"] is None
    assert document["deadlines"] == [
        deadline_json(NUMBER, "unpaid_autoclose", "2026-03-21T10:00:00Z", "estimated", "awaiting_payment")
    ]


def test_add_with_only_the_payment_time_takes_it_as_the_order_time(cli: Cli) -> None:
    cli.ok("add", "--order", "5", "--store", "S", "--title", "T", "--total", "5", "--currency", "USD",
           "--paid-at", "2026-03-10T08:00:00Z")  # fmt: skip
    document = show(cli, "5")
    assert document["ordered_at"] == "2026-03-10T08:00:00Z"
    assert [(e["kind"], e["at"]) for e in document["timeline"]] == [
        ("ordered", "2026-03-10T08:00:00Z"),
        ("paid", "2026-03-10T08:00:00Z"),
    ]
    assert document["status"] == "payment_check"


def test_add_without_ordered_at_is_ordered_now(cli: Cli) -> None:
    cli.ok("add", "--order", "5", "--store", "S", "--title", "T", "--total", "5", "--currency", "USD")
    assert show(cli, "5")["ordered_at"] == z(NOW)


# -- record: every event kind with its options -------------------------------------------------


def test_paid_with_processing_days(cli: Cli) -> None:
    add(cli)
    document = cli.json("record", NUMBER, "paid", "--at", "2026-03-09T13:00:00Z", "--processing-days", "10")
    assert document["status"] == "payment_check"
    assert last_event(document) == {
        "kind": "paid",
        "at": "2026-03-09T13:00:00Z",
        "recorded_at": z(NOW),
        "processing_days": 10,
    }
    assert document["deadlines"] == [
        deadline_json(NUMBER, "payment_check_ends", "2026-03-10T13:00:00Z", "estimated", "payment_check"),
        # 10 processing days from the end of the payment check
        deadline_json(NUMBER, "ship_by", "2026-03-20T13:00:00Z", "estimated", "payment_check"),
    ]
    assert document["deadlines"][0]["left_seconds"] == 3600
    assert document["deadlines"][0]["urgency"] == "critical"


def test_paid_with_ship_by(cli: Cli) -> None:
    add(cli)
    document = cli.json(
        "record", NUMBER, "paid", "--at", "2026-03-08T09:00:00Z", "--ship-by", "2026-03-20T00:00:00Z"
    )
    assert document["status"] == "awaiting_shipment"
    assert last_event(document)["ship_by"] == "2026-03-20T00:00:00Z"
    assert deadlines_of(document) == [("ship_by", "2026-03-20T00:00:00Z", "entered")]


def test_paid_without_options_keeps_the_processing_days_of_the_order(cli: Cli) -> None:
    add(cli, NUMBER, "--processing-days", "5")
    document = cli.json("record", NUMBER, "paid", "--at", "2026-03-08T09:00:00Z")
    assert deadlines_of(document) == [("ship_by", "2026-03-14T09:00:00Z", "estimated")]


def test_shipped_with_tracking_carrier_and_protection_end(cli: Cli) -> None:
    add_paid(cli)
    document = cli.json(
        "record", NUMBER, "shipped", "--at", SHIPPED, "--tracking", "LP00012345678CN", "--carrier", "Cainiao",
        "--protection-ends", "2026-05-02T10:00:00Z", "--note", "finally",
    )  # fmt: skip
    assert document["status"] == "in_transit"
    assert document["tracking"] == ["LP00012345678CN"]
    assert last_event(document) == {
        "kind": "shipped",
        "at": SHIPPED,
        "recorded_at": z(NOW),
        "tracking": "LP00012345678CN",
        "carrier": "Cainiao",
        "protection_ends": "2026-05-02T10:00:00Z",
        "note": "finally",
    }
    assert document["deadlines"] == [
        deadline_json(
            NUMBER, "not_received_dispute_opens", "2026-03-14T10:00:00Z", "estimated", "in_transit"
        ),
        deadline_json(NUMBER, "request_extension_by", "2026-04-25T10:00:00Z", "estimated", "in_transit"),
        deadline_json(NUMBER, "protection_ends", "2026-05-02T10:00:00Z", "entered", "in_transit"),
    ]
    assert [d["left_seconds"] for d in document["deadlines"]] == [338400, 3967200, 4572000]


def test_shipped_protection_left_counts_from_at(cli: Cli) -> None:
    add_paid(cli)
    document = cli.json("record", NUMBER, "shipped", "--at", SHIPPED, "--protection-left", "20d 01:02:03")
    assert last_event(document)["protection_ends"] == "2026-03-23T11:02:03Z"
    assert ("protection_ends", "2026-03-23T11:02:03Z", "entered") in deadlines_of(document)


def test_shipped_protection_left_without_at_counts_from_now(cli: Cli) -> None:
    add_paid(cli)
    document = cli.json("record", NUMBER, "shipped", "--protection-left", "12 days 5 hours")
    assert last_event(document)["at"] == z(NOW)
    assert last_event(document)["protection_ends"] == z(NOW + timedelta(days=12, hours=5))


@pytest.mark.parametrize(
    ("countdown", "seconds"),
    [("12d 05:33:10", 12 * 86400 + 5 * 3600 + 33 * 60 + 10), ("5h", 5 * 3600), ("90m", 5400),
     ("12 дн. 05:33:10", 12 * 86400 + 5 * 3600 + 33 * 60 + 10), ("12d", 12 * 86400)],
)  # fmt: skip
def test_protection_countdowns_in_every_documented_form(cli: Cli, countdown: str, seconds: int) -> None:
    add_paid(cli)
    document = cli.json("record", NUMBER, "shipped", "--at", SHIPPED, "--protection-left", countdown)
    assert last_event(document)["protection_ends"] == z(t(SHIPPED) + timedelta(seconds=seconds))


def test_shipped_without_protection_estimates_it_from_the_rules(cli: Cli) -> None:
    add_paid(cli)
    document = cli.json("record", NUMBER, "shipped", "--at", SHIPPED)
    assert ("protection_ends", "2026-05-02T10:00:00Z", "estimated") in deadlines_of(document)


def test_tracking_update_adds_a_tracking_number(cli: Cli) -> None:
    add_shipped(cli, NUMBER, "--tracking", "LP1", "--carrier", "Cainiao")
    document = cli.json(
        "record", NUMBER, "tracking-update", "--at", "2026-03-06T09:00:00Z", "--tracking", " RB123456789CN ",
        "--carrier", "China Post", "--note", "handed over",
    )  # fmt: skip
    assert document["status"] == "in_transit"
    assert document["tracking"] == ["LP1", "RB123456789CN"]
    assert last_event(document) == {
        "kind": "tracking-update",
        "at": "2026-03-06T09:00:00Z",
        "recorded_at": z(NOW),
        "tracking": "RB123456789CN",
        "carrier": "China Post",
        "note": "handed over",
    }


def test_delivered_cuts_protection_to_five_days(cli: Cli) -> None:
    add_shipped(cli, NUMBER, "--protection-ends", "2026-05-02T10:00:00Z")
    document = cli.json("record", NUMBER, "delivered", "--at", "2026-03-09T15:00:00Z")
    assert document["status"] == "delivered"
    assert document["deadlines"] == [
        deadline_json(NUMBER, "protection_ends", "2026-03-14T15:00:00Z", "estimated", "delivered")
    ]


def test_received_completes_and_opens_the_dispute_window(cli: Cli) -> None:
    add_shipped(cli)
    document = cli.json("record", NUMBER, "received", "--at", "2026-03-09T15:00:00Z")
    assert document["status"] == "completed"
    assert document["deadlines"] == [
        deadline_json(NUMBER, "dispute_window_ends", "2026-03-24T15:00:00Z", "estimated", "completed")
    ]


def test_cancel_requested_then_approved(cli: Cli) -> None:
    add(cli, NUMBER, "--paid-at", PAID, "--payment-method", "card", "--ship-by", "2026-03-20T10:00:00Z")
    document = cli.json(
        "record", NUMBER, "cancel-requested", "--at", "2026-03-09T10:00:00Z", "--reason", "found_cheaper"
    )
    assert document["status"] == "cancel_requested"
    assert last_event(document)["reason"] == "found_cheaper"
    assert document["deadlines"] == [
        deadline_json(NUMBER, "cancel_auto_approve", "2026-03-11T10:00:00Z", "estimated", "cancel_requested"),
        deadline_json(NUMBER, "ship_by", "2026-03-20T10:00:00Z", "entered", "cancel_requested"),
    ]
    document = cli.json("record", NUMBER, "cancel-approved", "--at", "2026-03-10T09:00:00Z")
    assert document["status"] == "refund_pending"
    due = z(add_business_days(t("2026-03-10T09:00:00Z"), 20))  # card: up to 20 business days
    assert due == "2026-04-07T09:00:00Z"
    assert document["deadlines"] == [
        deadline_json(NUMBER, "refund_expected_by", due, "estimated", "refund_pending")
    ]


def test_cancel_rejected_goes_back_to_awaiting_shipment(cli: Cli) -> None:
    add(cli, NUMBER, "--paid-at", PAID, "--ship-by", "2026-03-20T10:00:00Z")
    cli.ok("record", NUMBER, "cancel-requested", "--at", "2026-03-09T10:00:00Z", "--reason", "changed_mind")
    document = cli.json("record", NUMBER, "cancel-rejected", "--at", "2026-03-10T10:00:00Z")
    assert document["status"] == "awaiting_shipment"
    assert deadlines_of(document) == [("ship_by", "2026-03-20T10:00:00Z", "entered")]


def test_cancelled_unpaid_order(cli: Cli) -> None:
    add(cli)
    document = cli.json(
        "record", NUMBER, "cancelled", "--at", "2026-03-02T10:00:00Z", "--reason", "changed_mind"
    )
    assert document["status"] == "cancelled"
    assert document["deadlines"] == []
    assert last_event(document)["reason"] == "changed_mind"


def test_extension_requested_then_protection_extended_by_days(cli: Cli) -> None:
    add_shipped(cli, NUMBER, "--protection-ends", "2026-03-15T10:00:00Z")
    document = show(cli)
    assert ("request_extension_by", "2026-03-08T10:00:00Z", "estimated") not in deadlines_of(document)
    document = cli.json(
        "record", NUMBER, "extension-requested", "--at", "2026-03-09T10:00:00Z", "--days", "15"
    )
    assert document["status"] == "in_transit"
    assert last_event(document)["days"] == 15
    assert "request_extension_by" not in [d["kind"] for d in document["deadlines"]]
    document = cli.json(
        "record", NUMBER, "protection-extended", "--at", "2026-03-10T10:00:00Z", "--days", "15"
    )
    assert ("protection_ends", "2026-03-30T10:00:00Z", "entered") in deadlines_of(document)


def test_protection_extended_to_an_entered_end(cli: Cli) -> None:
    add_shipped(cli)
    document = cli.json(
        "record",
        NUMBER,
        "protection-extended",
        "--at",
        "2026-03-10T10:00:00Z",
        "--protection-ends",
        "2026-06-01T00:00:00Z",
    )
    assert last_event(document)["protection_ends"] == "2026-06-01T00:00:00Z"
    assert ("protection_ends", "2026-06-01T00:00:00Z", "entered") in deadlines_of(document)
    assert ("request_extension_by", "2026-05-25T00:00:00Z", "estimated") in deadlines_of(document)


def test_dispute_opened_with_reason_refund_and_return(cli: Cli) -> None:
    add_shipped(cli)
    document = cli.json(
        "record", NUMBER, "dispute-opened", "--at", "2026-03-08T08:00:00Z", "--reason", "damaged",
        "--refund", "25", "--return",
    )  # fmt: skip
    assert document["status"] == "dispute_open"
    assert last_event(document) == {
        "kind": "dispute-opened",
        "at": "2026-03-08T08:00:00Z",
        "recorded_at": z(NOW),
        "reason": "damaged",
        "refund": "25.00",
        "return": True,
    }
    assert document["deadlines"] == [
        deadline_json(NUMBER, "seller_response_due", "2026-03-13T08:00:00Z", "estimated", "dispute_open"),
        deadline_json(NUMBER, "escalation", "2026-03-24T08:00:00Z", "estimated", "dispute_open"),
    ]


def test_a_silent_seller_lets_the_requested_refund_through(cli: Cli) -> None:
    add_shipped(cli)
    cli.ok("record", NUMBER, "dispute-opened", "--at", "2026-03-05T08:00:00Z", "--reason", "damaged")
    document = show(cli)  # the seller's 5 days ended 03-10 08:00, four hours ago
    assert document["status"] == "refund_pending"
    assert deadlines_of(document) == [
        ("refund_expected_by", z(add_business_days(t("2026-03-10T08:00:00Z"), 20)), "estimated")
    ]
    assert show(cli, NUMBER, "--at", "2026-03-10T07:59:59Z")["status"] == "dispute_open"


def test_dispute_with_a_silent_seller_and_with_an_answer(cli: Cli) -> None:
    add_shipped(cli)
    cli.ok("record", NUMBER, "dispute-opened", "--at", "2026-03-07T08:00:00Z", "--reason", "tracking_stalled")
    document = show(cli)
    assert document["status"] == "dispute_open"
    assert document["deadlines"] == [
        deadline_json(NUMBER, "seller_response_due", "2026-03-12T08:00:00Z", "estimated", "dispute_open"),
        deadline_json(NUMBER, "escalation", "2026-03-23T08:00:00Z", "estimated", "dispute_open"),
    ]
    document = cli.json(
        "record", NUMBER, "seller-responded", "--at", "2026-03-09T08:00:00Z", "--offer", "US $10"
    )
    assert document["status"] == "dispute_open"
    assert last_event(document)["offer"] == "10.00"
    assert document["deadlines"] == [
        deadline_json(NUMBER, "escalation", "2026-03-23T08:00:00Z", "estimated", "dispute_open")
    ]


def test_escalated_decided_appealed_refunded(cli: Cli) -> None:
    add_in_dispute(cli)
    document = cli.json("record", NUMBER, "escalated", "--at", "2026-03-09T08:00:00Z")
    # The platform's decision is expected within platform_decision_days.
    assert document["status"] == "dispute_escalated"
    assert deadlines_of(document) == [("decision_expected_by", "2026-03-19T08:00:00Z", "estimated")]
    document = cli.json("record", NUMBER, "decided", "--at", "2026-03-09T09:00:00Z", "--outcome", "rejected")
    assert document["status"] == "dispute_decided"
    assert last_event(document)["outcome"] == "rejected"
    # One appeal within appeal_days; a rejected card order still has the bank: 120 days from the
    # expected delivery (protection end).
    assert deadlines_of(document) == [
        ("appeal_window_ends", "2026-03-16T09:00:00Z", "estimated"),
        ("chargeback_window_ends", "2026-08-30T10:00:00Z", "estimated"),
    ]
    document = cli.json("record", NUMBER, "appealed", "--at", "2026-03-09T10:00:00Z")
    assert document["status"] == "dispute_escalated"
    assert deadlines_of(document) == [("decision_expected_by", "2026-03-19T10:00:00Z", "estimated")]
    document = cli.json("record", NUMBER, "refund-issued", "--at", "2026-03-09T11:00:00Z", "--amount", "40")
    assert document["status"] == "refund_pending"
    assert last_event(document)["amount"] == "40.00"
    assert document["deadlines"] == [
        deadline_json(NUMBER, "refund_expected_by", "2026-04-06T11:00:00Z", "estimated", "refund_pending")
    ]
    document = cli.json(
        "record", NUMBER, "refund-received", "--at", "2026-03-10T08:00:00Z", "--amount", "40,00"
    )
    # 40 of 100 came back: the dispute is settled, the order (decided, the seller paid the rest)
    # is completed, not "refunded".
    assert (document["status"], document["deadlines"], document["refunded"]) == ("completed", [], "40.00")
    assert last_event(document)["amount"] == "40.00"


def test_decided_full_and_partial(cli: Cli) -> None:
    add_in_dispute(cli, "1")
    document = cli.json("record", "1", "decided", "--at", "2026-03-09T08:00:00Z", "--outcome", "full")
    assert document["status"] == "refund_pending"
    assert deadlines_of(document) == [("refund_expected_by", "2026-04-06T08:00:00Z", "estimated")]
    add_in_dispute(cli, "2")
    document = cli.json(
        "record",
        "2",
        "decided",
        "--at",
        "2026-03-09T08:00:00Z",
        "--outcome",
        "partial",
        "--amount",
        "US $30.50",
    )
    assert document["status"] == "refund_pending"
    assert (last_event(document)["outcome"], last_event(document)["amount"]) == ("partial", "30.50")


def test_decided_with_a_return_waits_for_the_return_shipment(cli: Cli) -> None:
    add_in_dispute(cli, NUMBER, "--return")
    document = cli.json("record", NUMBER, "decided", "--at", "2026-03-09T08:00:00Z", "--outcome", "full")
    assert document["status"] == "dispute_decided"
    assert deadlines_of(document) == [("return_ship_by", "2026-03-19T08:00:00Z", "estimated")]


def test_note_changes_nothing_but_the_timeline(cli: Cli) -> None:
    add_shipped(cli)
    before = show(cli)
    document = cli.json("record", NUMBER, "note", "--note", "  asked the seller about customs  ")
    assert last_event(document) == {
        "kind": "note",
        "at": z(NOW),
        "recorded_at": z(NOW),
        "note": "asked the seller about customs",
    }
    assert (document["status"], document["deadlines"]) == (before["status"], before["deadlines"])


def test_record_prints_one_human_line(cli: Cli) -> None:
    add_paid(cli)
    assert (
        cli.ok("record", NUMBER, "shipped", "--at", SHIPPED)
        == f"recorded shipped on {NUMBER}: now in_transit\n"
    )


# -- orders, show, deadlines -------------------------------------------------------------------


def test_orders_json_lists_every_order_with_its_next_deadline(cli: Cli) -> None:
    add(cli, "1")
    add_shipped(cli, "2", "--protection-ends", "2026-05-02T10:00:00Z", total="€7,50", currency="EUR")
    add(cli, "3", "--paid-at", PAID)
    cli.ok("record", "3", "cancelled", "--at", "2026-03-02T00:00:00Z")
    assert cli.json("orders") == [
        {
            "order": "1",
            "store": "Gadget Store",
            "title": "USB-C cable",
            "total": "100.00",
            "currency": "USD",
            "status": "awaiting_payment",
            "next_deadline": deadline_json(
                "1", "unpaid_autoclose", "2026-03-21T10:00:00Z", "estimated", "awaiting_payment"
            ),
        },
        {
            "order": "2",
            "store": "Gadget Store",
            "title": "USB-C cable",
            "total": "7.50",
            "currency": "EUR",
            "status": "in_transit",
            "next_deadline": deadline_json(
                "2", "not_received_dispute_opens", "2026-03-14T10:00:00Z", "estimated", "in_transit"
            ),
        },
        {
            "order": "3",
            "store": "Gadget Store",
            "title": "USB-C cable",
            "total": "100.00",
            "currency": "USD",
            "status": "refund_pending",
            "next_deadline": deadline_json(
                "3",
                "refund_expected_by",
                z(add_business_days(t("2026-03-02T00:00:00Z"), 20)),
                "estimated",
                "refund_pending",
            ),
        },
    ]
    assert [o["order"] for o in cli.json("orders", "--status", "in_transit")] == ["2"]
    assert cli.json("orders", "--status", "dispute_open") == []


def test_orders_at_answers_as_of_that_time(cli: Cli) -> None:
    cli.ok("add", "--order", "1", "--store", "S", "--title", "T", "--total", "5", "--currency", "USD",
           "--paid-at", "2026-03-10T11:00:00Z", "--processing-days", "3")  # fmt: skip
    assert [o["status"] for o in cli.json("orders")] == ["payment_check"]
    assert [o["status"] for o in cli.json("orders", "--at", "2026-03-11T10:59:59Z")] == ["payment_check"]
    assert [o["status"] for o in cli.json("orders", "--at", "2026-03-11T11:00:00Z")] == ["awaiting_shipment"]
    assert [o["status"] for o in cli.json("orders", "--at", "2026-03-11T12:00:00Z")] == ["awaiting_shipment"]
    # The seller did not ship within 3 days of the payment check: the order closes, money comes back.
    assert [o["status"] for o in cli.json("orders", "--at", "2026-03-14T10:59:59Z")] == ["awaiting_shipment"]
    assert [o["status"] for o in cli.json("orders", "--at", "2026-03-14T11:00:00Z")] == ["refund_pending"]
    later = cli.json("orders", "--at", "2026-03-11T12:00:00Z")[0]["next_deadline"]
    assert later == deadline_json(
        "1",
        "ship_by",
        "2026-03-14T11:00:00Z",
        "estimated",
        "awaiting_shipment",
        now=t("2026-03-11T12:00:00Z"),
    )
    assert (
        cli.json("orders", "--status", "awaiting_shipment", "--at", "2026-03-11T12:00:00Z")[0]["order"] == "1"
    )
    assert cli.json("orders", "--status", "awaiting_shipment") == []
    # Asking about another time does not change the answer for now.
    assert [o["status"] for o in cli.json("orders")] == ["payment_check"]


def test_as_of_a_time_before_an_order_was_placed_it_is_not_listed(cli: Cli) -> None:
    add(cli, "early")  # ordered 03-01 10:00
    cli.ok("add", "--order", "late", "--store", "S", "--title", "T", "--total", "5", "--currency", "USD",
           "--ordered-at", "2026-03-08T00:00:00Z")  # fmt: skip
    assert [o["order"] for o in cli.json("orders")] == ["early", "late"]
    assert [o["order"] for o in cli.json("orders", "--at", "2026-03-07T23:59:59Z")] == ["early"]
    assert [d["order"] for d in cli.json("deadlines", "--at", "2026-03-07T23:59:59Z")] == ["early"]
    assert [o["order"] for o in cli.json("orders", "--at", "2026-03-08T00:00:00Z")] == ["early", "late"]
    assert cli.json("orders", "--at", "2026-02-01T00:00:00Z") == []
    assert cli.json("deadlines", "--at", "2026-02-01T00:00:00Z") == []


def test_show_timeline_is_oldest_first_with_both_times(cli: Cli) -> None:
    add_paid(cli)
    cli.clock.advance(timedelta(minutes=1))
    cli.ok("record", NUMBER, "shipped", "--at", SHIPPED, "--tracking", "LP1")
    cli.clock.advance(timedelta(minutes=1))
    cli.ok("record", NUMBER, "note", "--at", "2026-03-02T09:00:00Z", "--note", "seller wrote")
    document = show(cli)
    assert [(e["kind"], e["at"], e["recorded_at"]) for e in document["timeline"]] == [
        ("ordered", ORDERED, "2026-03-10T12:00:00Z"),
        ("paid", PAID, "2026-03-10T12:00:00Z"),
        ("note", "2026-03-02T09:00:00Z", "2026-03-10T12:02:00Z"),
        ("shipped", SHIPPED, "2026-03-10T12:01:00Z"),
    ]
    assert document["deadlines"] == [
        deadline_json(NUMBER, d["kind"], d["due"], d["basis"], "in_transit", now=t("2026-03-10T12:02:00Z"))
        for d in document["deadlines"]
    ]
    # As of an earlier time: only what had happened by then, and the deadlines of then.
    earlier = show(cli, NUMBER, "--at", "2026-03-02T12:00:00Z")
    assert [e["kind"] for e in earlier["timeline"]] == ["ordered", "paid", "note"]
    assert earlier["status"] == "awaiting_shipment"
    assert earlier["deadlines"] == [
        deadline_json(
            NUMBER,
            "ship_by",
            "2026-03-09T10:05:00Z",
            "estimated",
            "awaiting_shipment",
            now=t("2026-03-02T12:00:00Z"),
        )
    ]


def test_show_human_output(cli: Cli) -> None:
    add_shipped(cli, NUMBER, "--tracking", "LP1")
    out = cli.ok("show", NUMBER)
    assert out.startswith(
        f"Order {NUMBER}  Gadget Store\n  USB-C cable\n  total 100.00 USD   status in_transit\n"
    )
    assert "  tracking LP1\n" in out
    assert "Deadlines:\n" in out and "Timeline:\n" in out


def test_deadlines_in_words_say_waiting_where_the_buyer_has_nothing_to_do(cli: Cli) -> None:
    add(cli, "C", "--paid-at", "2026-03-10T06:00:00Z", "--ship-by", "2026-03-12T00:00:00Z")
    add_shipped(cli, "B", "--protection-ends", "2026-03-11T00:00:00Z")
    lines = {line.split()[-2]: line for line in cli.ok("deadlines").splitlines()}
    assert " waiting " in lines["payment_check_ends"] and "critical" not in lines["payment_check_ends"]
    assert " waiting " in lines["ship_by"]
    assert " critical " in lines["protection_ends"]  # the buyer's own deadline
    # The JSON keeps the contract's time-based urgency.
    assert {d["kind"]: d["urgency"] for d in cli.json("deadlines")}["payment_check_ends"] == "critical"


def test_deadlines_soonest_first_across_orders_with_within(cli: Cli) -> None:
    add(cli, "A")  # unpaid_autoclose 03-21 10:00
    add_shipped(cli, "B", "--protection-ends", "2026-04-01T00:00:00Z")  # 03-14, 03-25, 04-01
    add(
        cli, "C", "--paid-at", "2026-03-10T06:00:00Z", "--ship-by", "2026-03-12T00:00:00Z"
    )  # 03-11 06:00, 03-12
    everything = cli.json("deadlines")
    assert everything == [
        deadline_json("C", "payment_check_ends", "2026-03-11T06:00:00Z", "estimated", "payment_check"),
        deadline_json("C", "ship_by", "2026-03-12T00:00:00Z", "entered", "payment_check"),
        deadline_json("B", "not_received_dispute_opens", "2026-03-14T10:00:00Z", "estimated", "in_transit"),
        deadline_json("A", "unpaid_autoclose", "2026-03-21T10:00:00Z", "estimated", "awaiting_payment"),
        deadline_json("B", "request_extension_by", "2026-03-25T00:00:00Z", "estimated", "in_transit"),
        deadline_json("B", "protection_ends", "2026-04-01T00:00:00Z", "entered", "in_transit"),
    ]
    assert [d["urgency"] for d in everything] == ["critical", "critical", "soon", "watch", "later", "later"]
    assert cli.json("deadlines", "--within", "48h") == everything[:2]
    assert cli.json("deadlines", "--within", "3d 22:00:00") == everything[:3]  # exactly due: included
    assert cli.json("deadlines", "--within", "3d 21:59:59") == everything[:2]
    assert cli.json("deadlines", "--within", "11 days") == everything[:4]
    # As of a later time: the payment check is over, A's countdown moved on.
    at = t("2026-03-20T10:00:00Z")
    later = cli.json("deadlines", "--at", z(at), "--within", "7d")
    assert [(d["order"], d["kind"], d["left_seconds"]) for d in later] == [
        ("A", "unpaid_autoclose", 86400),
        ("B", "request_extension_by", 4 * 86400 + 14 * 3600),
    ]
    # C didn't ship by 03-12: its refund is expected like any refund, in up to 20 business days.
    [refund] = [d for d in cli.json("deadlines", "--at", z(at)) if d["order"] == "C"]
    assert (refund["kind"], refund["due"]) == ("refund_expected_by", "2026-04-09T00:00:00Z")


def test_deadlines_urgency_boundaries_to_the_second(cli: Cli) -> None:
    add_paid(cli)
    cli.ok("record", NUMBER, "cancel-requested", "--at", "2026-03-04T10:00:00Z", "--reason", "changed_mind")
    cli.ok("record", NUMBER, "cancel-approved", "--at", "2026-03-05T12:00:00Z")
    due = t("2026-04-02T12:00:00Z")  # 20 business days after Thursday 03-05
    assert z(add_business_days(t("2026-03-05T12:00:00Z"), 20)) == z(due)
    cases = [
        (due - timedelta(days=14, seconds=1), "later"),
        (due - timedelta(days=14), "watch"),
        (due - timedelta(days=7, seconds=1), "watch"),
        (due - timedelta(days=7), "soon"),
        (due - timedelta(hours=48, seconds=1), "soon"),
        (due - timedelta(hours=48), "critical"),
        (due - timedelta(seconds=1), "critical"),
        (due, "critical"),
        (due + timedelta(seconds=1), "overdue"),
        (due + timedelta(days=30), "overdue"),
    ]
    for at, urgency in cases:
        [deadline] = cli.json("deadlines", "--at", z(at))
        assert deadline == {
            "order": NUMBER,
            "kind": "refund_expected_by",
            "due": z(due),
            "left_seconds": int((due - at).total_seconds()),
            "urgency": urgency,
            "basis": "estimated",
            "action": action_for(DeadlineKind.REFUND_EXPECTED_BY, Status.REFUND_PENDING),
        }, at


def test_deadlines_human_output_and_empty(cli: Cli) -> None:
    cli.ok("doctor")
    assert cli.ok("deadlines") == "no open deadlines\n"
    assert cli.ok("orders") == "no orders\n"
    add(cli)
    out = cli.ok("deadlines")
    assert out.count("\n") == 1 and NUMBER in out and "unpaid_autoclose (estimated)" in out


# -- trash --------------------------------------------------------------------------------------


def test_trash_and_untrash(cli: Cli) -> None:
    add_shipped(cli, "1", "--tracking", "LP1")
    add(cli, "2")
    before = show(cli, "1")
    assert cli.json("trash", "1") == {"order": "1", "in_trash": True}
    assert [o["order"] for o in cli.json("orders")] == ["2"]
    assert [d["order"] for d in cli.json("deadlines")] == ["2"]
    assert [o["order"] for o in cli.json("orders", "--trash")] == ["1"]
    assert cli.ok("orders", "--trash").startswith("1 ")
    trashed = show(cli, "1")
    assert trashed["in_trash"] is True
    assert cli.refused("record", "1", "note", "--note", "x") == "order 1 is in the trash; restore it first"
    assert cli.ok("untrash", "1") == "restored 1\n"
    assert [o["order"] for o in cli.json("orders")] == ["1", "2"]
    assert cli.json("orders", "--trash") == []
    assert cli.ok("orders", "--trash") == "the trash is empty\n"
    after = show(cli, "1")
    assert after["in_trash"] is False
    # Same facts, same status and deadlines; the trip to the trash is on the record.
    assert after["timeline"][: len(before["timeline"])] == before["timeline"]
    assert [e["kind"] for e in after["timeline"][len(before["timeline"]) :]] == ["trashed", "restored"]
    assert (after["status"], after["deadlines"], after["tracking"]) == (
        before["status"],
        before["deadlines"],
        before["tracking"],
    )


# -- rules ---------------------------------------------------------------------------------------


def test_rules_list_set_reset_apply_to_deadlines_at_once(cli: Cli) -> None:
    add_shipped(cli)  # protection estimated: 60 days from 03-03 10:00
    values = {v["key"]: v for v in cli.json("rules")}
    assert values["protection_days"]["value"] == values["protection_days"]["default"] == 60
    assert {"key", "value", "default", "unit", "label", "source", "confidence", "sources"} == set(
        values["protection_days"]
    )
    assert ("protection_ends", "2026-05-02T10:00:00Z", "estimated") in deadlines_of(show(cli))

    changed = {v["key"]: v for v in cli.json("rules", "set", "protection_days", "90")}
    assert (changed["protection_days"]["value"], changed["protection_days"]["default"]) == (90, 60)
    assert [(d["kind"], d["due"]) for d in cli.json("deadlines") if d["kind"] == "protection_ends"] == [
        ("protection_ends", "2026-06-01T10:00:00Z")
    ]
    assert ("protection_ends", "2026-06-01T10:00:00Z", "estimated") in deadlines_of(show(cli))
    assert "(changed)" in cli.ok("rules")

    cli.ok("rules", "set", "not_received_earliest_days", "20")
    assert cli.json("orders")[0]["next_deadline"]["due"] == "2026-03-23T10:00:00Z"

    reset = {v["key"]: v for v in cli.json("rules", "reset", "protection_days")}
    assert reset["protection_days"]["value"] == 60
    assert [d["due"] for d in cli.json("deadlines") if d["kind"] == "protection_ends"] == [
        "2026-05-02T10:00:00Z"
    ]


def test_rules_set_a_range(cli: Cli) -> None:
    ranges = {v["key"]: v["value"] for v in cli.json("rules")}["refund_business_days"]
    ranges["card"] = {"min": 3, "max": 9}
    cli.ok("rules", "set", "refund_business_days", json.dumps(ranges))
    assert {v["key"]: v["value"] for v in cli.json("rules")}["refund_business_days"]["card"] == {
        "min": 3,
        "max": 9,
    }


# -- demo and doctor ---------------------------------------------------------------------------


def _demo_orders(cli: Cli, *argv: str) -> str:
    cli.ok("demo", *argv)
    result = cli("orders", "--json")
    assert (result.code, result.err) == (0, "")
    return result.out


def test_demo_is_the_same_for_the_same_seed_and_clock(
    tmp_path: Path, make_cli: Callable[[Path], Cli]
) -> None:
    first = _demo_orders(make_cli(tmp_path / "one"), "--orders", "300", "--seed", "7")
    second = _demo_orders(make_cli(tmp_path / "two"), "--orders", "300", "--seed", "7")
    other = _demo_orders(make_cli(tmp_path / "three"), "--orders", "300", "--seed", "8")
    assert first == second
    assert first != other
    assert len(json.loads(first)) == 300


def test_demo_prints_what_it_added(cli: Cli) -> None:
    assert cli.json("demo", "--orders", "5", "--seed", "3") == {"added": 5, "seed": 3}
    assert cli.ok("demo", "--orders", "5", "--seed", "4") == "added 5 demo orders (seed 4)\n"
    assert len(cli.json("orders")) == 10
    assert cli.ok("doctor") == "ok\n"


@pytest.fixture(scope="module")
def demo_statuses(tmp_path_factory: pytest.TempPathFactory) -> Counter[str]:
    data_dir = str(tmp_path_factory.mktemp("demo"))
    clock, out, err = FrozenClock(NOW), io.StringIO(), io.StringIO()
    assert (
        run(
            ["--data-dir", data_dir, "demo", "--orders", "2000", "--seed", "1"],
            clock=clock,
            stdout=out,
            stderr=err,
            env={},
        )
        == 0
    )
    out = io.StringIO()
    assert run(["--data-dir", data_dir, "orders", "--json"], clock=clock, stdout=out, stderr=err, env={}) == 0
    assert err.getvalue() == ""
    return Counter(o["status"] for o in json.loads(out.getvalue()))


@pytest.mark.parametrize("status", [s.value for s in Status if s is not Status.CANCEL_REQUESTED])
def test_a_demo_of_2000_orders_shows_every_status(demo_statuses: Counter[str], status: str) -> None:
    assert demo_statuses[status] > 0


def test_a_demo_of_2000_orders_has_a_pending_cancel_request(demo_statuses: Counter[str]) -> None:
    assert demo_statuses["cancel_requested"] > 0


def test_doctor_prints_ok(cli: Cli) -> None:
    assert cli.ok("doctor") == "ok\n"
    add_shipped(cli)
    assert cli.ok("doctor") == "ok\n"
    assert cli.json("doctor") == {"ok": True, "problems": [], "notes": []}


# -- JSON discipline ---------------------------------------------------------------------------


TIME_KEYS = {"at", "recorded_at", "due", "ordered_at", "ship_by", "protection_ends"}
AMOUNT_KEYS = {"total", "unit_price", "refund", "offer", "amount"}


def test_json_is_one_document_with_utc_times_and_string_amounts(cli: Cli) -> None:
    add_shipped(cli, "1", "--protection-ends", "2026-05-01T00:00:00+02:00")
    cli.ok(
        "record",
        "1",
        "dispute-opened",
        "--at",
        "2026-03-08T08:00:00Z",
        "--reason",
        "damaged",
        "--refund",
        "12,5",
    )
    cli.ok("record", "1", "seller-responded", "--at", "2026-03-08T09:00:00Z", "--offer", "7")
    cli.ok(
        "record", "1", "decided", "--at", "2026-03-09T08:00:00Z", "--outcome", "partial", "--amount", "9.99"
    )
    cli.ok("record", "1", "refund-received", "--at", "2026-03-09T09:00:00Z", "--amount", "9,99")
    add(cli, "2", "--paid-at", PAID, "--ship-by", "2026-03-20T10:00:00+03:00", total="¥1,500", currency="JPY")
    commands: list[list[str]] = [
        ["orders"], ["orders", "--at", "2026-03-05T00:00:00Z"], ["orders", "--trash"], ["show", "1"],
        ["show", "2", "--at", "2026-03-05T00:00:00Z"], ["deadlines"], ["deadlines", "--within", "30d"],
        ["rules"], ["doctor"],
    ]  # fmt: skip
    seen: set[str] = set()
    for argv in commands:
        result = cli(*argv, "--json")
        assert (result.code, result.err) == (0, ""), argv
        document = json.loads(result.out)  # exactly one document: trailing text would fail here
        assert result.out == json.dumps(document, ensure_ascii=False, indent=2) + "\n"
        for key, value in walk(document):
            if key in TIME_KEYS:
                assert isinstance(value, str) and TIME_SHAPE.match(value), (argv, key, value)
                seen.add(key)
            if key in AMOUNT_KEYS and value is not None:
                assert isinstance(value, str) and AMOUNT_SHAPE.match(value), (argv, key, value)
                seen.add(key)
    assert seen == TIME_KEYS | AMOUNT_KEYS
    one = show(cli, "1")
    amounts = {e["kind"]: e.get("refund") or e.get("offer") or e.get("amount") for e in one["timeline"]}
    assert amounts == {
        "ordered": None,
        "paid": None,
        "shipped": None,
        "dispute-opened": "12.50",
        "seller-responded": "7.00",
        "decided": "9.99",
        "refund-received": "9.99",
    }
    two = show(cli, "2")
    assert (two["total"], two["currency"]) == ("1500", "JPY")
    assert two["timeline"][0]["ship_by"] == "2026-03-20T07:00:00Z"


@pytest.mark.parametrize("flag_first", [True, False])
def test_json_flag_goes_before_or_after_the_command(cli: Cli, flag_first: bool) -> None:
    add(cli)
    argv = ["--json", "orders"] if flag_first else ["orders", "--json"]
    result = cli(*argv)
    assert json.loads(result.out)[0]["order"] == NUMBER


# -- refusals: exit 2, one line, nothing written ------------------------------------------------


@pytest.fixture
def stocked(cli: Cli) -> Cli:
    """U unpaid, A paid (awaiting shipment), S shipped, D in dispute."""
    add(cli, "U")
    add_paid(cli, "A")
    add_shipped(cli, "S", "--tracking", "LP1")
    add_in_dispute(cli, "D")
    return cli


ADD = ["add", "--store", "S", "--title", "T"]

REFUSALS: list[tuple[list[str], str]] = [
    # add
    ([*ADD, "--order", "A", "--total", "5", "--currency", "USD"], "order A already exists"),
    ([*ADD, "--order", " A ", "--total", "5", "--currency", "USD"], "order A already exists"),
    ([*ADD, "--order", "N", "--total", "-5", "--currency", "USD"], "an amount can't be negative"),
    ([*ADD, "--order", "N", "--total", "−5", "--currency", "USD"], "an amount can't be negative"),
    ([*ADD, "--order", "N", "--total", "12.3.4", "--currency", "USD"], 'can\'t read "12.3.4" as an amount'),
    ([*ADD, "--order", "N", "--total", "abc", "--currency", "USD"], 'can\'t read "abc" as an amount'),
    ([*ADD, "--order", "N", "--total", "12.5", "--currency", "JPY"], "JPY has 0 decimals"),
    ([*ADD, "--order", "N", "--total", "5", "--currency", "XYZ"], 'unknown currency "XYZ"'),
    ([*ADD, "--order", "N", "--total", "5 XYZ"], "is not a currency we know"),
    ([*ADD, "--order", "N", "--total", "5"], "which currency?"),
    ([*ADD, "--order", "N", "--total", "€5", "--currency", "USD"], "is in EUR, but the amount should be in USD"),
    ([*ADD, "--order", "N", "--total", "5", "--currency", "USD", "--ordered-at", "2026-03-05T10:00:00Z",
      "--paid-at", "2026-03-05T09:59:59Z"], "the payment time is before the order time"),
    ([*ADD, "--order", "N", "--total", "5", "--currency", "USD", "--ordered-at", "2026-03-10T12:00:01Z"],
     "the order date is in the future"),
    ([*ADD, "--order", "N", "--total", "5", "--currency", "USD", "--ordered-at", "2026-03-01T10:00:00Z",
      "--paid-at", "2026-03-11T00:00:00Z"], "the payment time is in the future"),
    ([*ADD, "--order", "N", "--total", "5", "--currency", "USD", "--processing-days", "0"],
     "processing days must be between 1 and 365"),
    ([*ADD, "--order", "N", "--total", "5", "--currency", "USD", "--processing-days", "seven"],
     '"seven" is not a whole number'),
    ([*ADD, "--order", "N", "--total", "5", "--currency", "USD", "--ordered-at", "13/01/2026"],
     'can\'t read "13/01/2026" as a date and time'),
    ([*ADD, "--order", "N", "--total", "5", "--currency", "USD", "--ordered-at", "2026-02-30T10:00:00Z"],
     "no such date or time"),
    ([*ADD, "--order", "N", "--total", "5", "--currency", "USD", "--ordered-at", "2026-03-01T10:00:00Z",
      "--ship-by", "2026-03-01T09:00:00Z"], "the ship-by time must be after the order time"),
    ([*ADD, "--order", "   ", "--total", "5", "--currency", "USD"], "the order number is empty"),
    # record: unknown order, unknown event, future times, malformed input
    (["record", "NOPE", "note", "--note", "x"], "no order NOPE"),
    (["record", "A", "frobnicate"], 'unknown event "frobnicate"'),
    (["record", "A", "ordered"], 'unknown event "ordered"'),
    (["record", "A", "note", "--note", "x", "--at", "2026-03-10T12:00:01Z"], "that time is in the future"),
    (["record", "S", "delivered", "--at", "2026-03-10T14:00:00+01:00"], "that time is in the future"),
    (["record", "A", "note", "--note", "x", "--at", "next friday"], 'can\'t read "next friday" as a date and time'),
    (["record", "A", "note", "--note", "x", "--at", "2026-03-01T09:59:59Z"],
     "note can't happen before the order was placed"),
    (["record", "U", "paid", "--at", "2026-03-01T09:00:00Z"], "paid can't happen before the order was placed"),
    (["record", "A", "shipped", "--protection-left", "5 parsecs"], 'can\'t read "5 parsecs" as a duration'),
    (["record", "A", "shipped", "--protection-left=-5d"], "a duration can't be negative"),
    (["record", "A", "shipped", "--protection-left", "00:00:00"], "the protection countdown must be more than zero"),
    (["record", "A", "shipped", "--protection-left", "3d", "--protection-ends", "2026-05-01T00:00:00Z"],
     "give the end of buyer protection or its countdown, not both (--protection-ends, --protection-left)"),
    (["record", "A", "shipped", "--at", SHIPPED, "--protection-ends", "2026-03-03T09:00:00Z"],
     "buyer protection must end after the event"),
    (["record", "U", "paid", "--processing-days", "3", "--ship-by", "2026-03-20T00:00:00Z"],
     "give the processing time or the ship-by time, not both (--processing-days, --ship-by)"),
    (["record", "U", "paid", "--at", "2026-03-05T00:00:00Z", "--ship-by", "2026-03-04T00:00:00Z"],
     "the ship-by time must be after the payment"),
    (["record", "U", "paid", "--processing-days", "400"], "processing days must be between 1 and 365"),
    # events that make no sense in the order's state
    (["record", "A", "received"], "can't record received: it hasn't shipped yet"),
    (["record", "U", "received"], "can't record received: it isn't paid yet"),
    (["record", "A", "delivered"], "can't record delivered: it hasn't shipped yet"),
    (["record", "S", "escalated"], "can't record escalated: there is no open dispute to escalate"),
    (["record", "A", "escalated"], "can't record escalated"),
    (["record", "U", "shipped"], "can't record shipped: it isn't paid yet"),
    (["record", "A", "paid"], "can't record paid"),
    (["record", "S", "cancel-requested", "--reason", "changed_mind"], "it has shipped, so it can't be cancelled"),
    (["record", "A", "dispute-opened", "--reason", "damaged"],
     "the order hasn't shipped yet, so a dispute can't be opened: ask to cancel instead"),
    (["record", "S", "dispute-opened", "--reason", "tracking_stalled", "--return"],
     'a "not received" dispute can\'t ask for a return: there is nothing to send back (--return)'),
    (["record", "S", "dispute-opened", "--reason", "damaged", "--line", "2"],
     "can't record dispute-opened: the order has no item 2 (its items: 1)"),
    (["record", "S", "dispute-opened", "--reason", "damaged", "--line", "0"], "an item is named by its number: 1, 2, … (--line)"),
    (["record", "S", "note", "--note", "x", "--line", "1"], "note doesn't take an item (--line)"),
    (["record", "S", "appealed"], "can't record appealed"),
    (["record", "D", "received"], "confirming receipt would end it in the seller's favour"),
    (["record", "D", "dispute-opened", "--reason", "damaged"], "can't record dispute-opened"),
    (["record", "S", "shipped", "--at", "2026-03-02T10:00:00Z"],
     "can't record shipped at 2026-03-02 10:00:00 UTC: the later shipped of 2026-03-03 10:00:00 UTC would no longer fit"),
    # options that don't apply to the event, or that are wrong for it
    (["record", "S", "shipped", "--offer", "3"], "shipped doesn't take the seller's offer (--offer)"),
    (["record", "A", "paid", "--tracking", "LP1"], "paid doesn't take the tracking number (--tracking)"),
    (["record", "S", "note", "--note", "x", "--days", "3"], "note doesn't take a number of days (--days)"),
    (["record", "S", "note", "--note", "x", "--days", "0"], "note doesn't take a number of days (--days)"),
    (["record", "S", "delivered", "--processing-days", "0"], "delivered doesn't take the processing time (--processing-days)"),
    (["record", "S", "delivered", "--return"], "delivered doesn't take a return of the item (--return)"),
    (["record", "S", "escalated", "--outcome", "full"], "escalated doesn't take an outcome (--outcome)"),
    (["record", "A", "cancel-requested", "--reason", "damaged"], 'unknown reason "damaged"'),
    (["record", "S", "dispute-opened", "--reason", "changed_mind"], 'unknown reason "changed_mind"'),
    (["record", "S", "dispute-opened"], "dispute-opened needs a reason (one of: tracking_stalled,"),
    (["record", "D", "decided"], "decided needs an outcome: full, partial or rejected (--outcome)"),
    (["record", "D", "decided", "--outcome", "partial"], "decided: a partial refund needs its amount"),
    (["record", "D", "refund-issued", "--amount", "100.01"], "is more than the order total 100.00 USD"),
    (["record", "D", "refund-issued", "--amount", "0"], "the amount must be more than zero"),
    (["record", "D", "seller-responded", "--offer", "€5"], "is in EUR, but the amount should be in USD"),
    (["record", "D", "seller-responded", "--offer", "five"], 'can\'t read "five" as an amount'),
    (["record", "S", "protection-extended"], "protection-extended needs the new end of buyer protection, its countdown or the days it was extended by (--protection-ends, --protection-left, --days)"),
    (["record", "S", "protection-extended", "--protection-ends", "2026-04-01T00:00:00Z"],
     "the new end is not later than the old one"),
    (["record", "S", "extension-requested", "--days", "0"], "the number of days must be between 1 and 365 (--days)"),
    (["record", "S", "extension-requested", "--days", "two"], '"two" is not a whole number'),
    (["record", "S", "note"], "a note needs its text (--note)"),
    (["record", "S", "note", "--note", "   "], "a note needs its text (--note)"),
    # reading commands with malformed input
    (["show", "NOPE"], "no order NOPE"),
    (["show", "A", "--at", "2026-13-01T00:00:00Z"], "no such date or time"),
    (["orders", "--at", "yesterday"], 'can\'t read "yesterday" as a date and time'),
    (["deadlines", "--within", "soon"], 'can\'t read "soon" as a duration'),
    (["deadlines", "--at", "2026-03-10T25:00:00Z"], "no such date or time"),
    # trash, rules, demo
    (["trash", "NOPE"], "no order NOPE"),
    (["untrash", "A"], "order A is not in the trash"),
    (["rules", "set", "no_such_rule", "5"], 'no rule named "no_such_rule"'),
    (["rules", "set", "protection_days", "-1"], "expected a whole number of days from 0 to 3650"),
    (["rules", "set", "protection_days", "sixty"], 'can\'t read "sixty" as a value'),
    (["rules", "set", "protection_days"], "rules set needs a value"),
    (["rules", "reset"], "rules reset needs the rule's name"),
    (["rules", "reset", "nope"], 'no rule named "nope"'),
    (["demo", "--orders", "0"], "--orders must be between 1 and 1000000"),
    (["demo", "--orders", "many"], '"many" is not a whole number'),
    # bad usage, caught by argparse
    (["add", "--order", "N", "--total", "5", "--currency", "USD"], "the following arguments are required: --store, --title"),
    (["frobnicate"], "argument COMMAND: invalid choice: 'frobnicate'"),
    (["record", "A"], "the following arguments are required: EVENT"),
    (["record", "D", "decided", "--outcome", "maybe"], "argument --outcome: invalid choice: 'maybe'"),
    (["orders", "--status", "lost"], "argument --status: invalid choice: 'lost'"),
    (["orders", "--colour"], "unrecognized arguments: --colour"),
    ([*ADD, "--order", "N", "--total", "5", "--currency", "USD", "--processing-days", "3", "--ship-by",
      "2026-03-20T00:00:00Z"], "argument --ship-by: not allowed with argument --processing-days"),
    ([*ADD, "--order", "N", "--total", "5", "--currency", "USD", "--payment-method", "cash"],
     "argument --payment-method: invalid choice: 'cash'"),
    (["rules", "delete"], "argument action: invalid choice: 'delete'"),
]  # fmt: skip


@pytest.mark.parametrize(("argv", "message"), REFUSALS, ids=[" ".join(a)[:60] for a, _ in REFUSALS])
def test_refusals_exit_2_with_one_line_and_write_nothing(stocked: Cli, argv: list[str], message: str) -> None:
    assert message in stocked.refused(*argv)


def test_refusals_with_json_print_nothing_on_stdout(stocked: Cli) -> None:
    assert "can't record received" in stocked.refused("record", "A", "received", "--json")
    assert "no order NOPE" in stocked.refused("show", "NOPE", "--json")


def test_a_refusal_quoting_several_lines_of_input_is_still_one_line(stocked: Cli) -> None:
    message = stocked.refused("record", "A", "cancel-requested", "--reason", "one\ntwo\r\nthree")
    assert message.startswith('unknown reason "one two three"')
    assert stocked.refused("record", "A", "fro\nbnicate").startswith('unknown event "fro bnicate"')


def test_a_data_dir_that_is_a_file_is_refused(tmp_path: Path, make_cli: Callable[[Path], Cli]) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    message = make_cli(blocker).refused("orders")
    assert message.startswith(f"can't use the data dir {blocker}")
    assert blocker.read_text() == "x"


def test_an_unexpected_error_exits_1_with_one_line(stocked: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(self: Any, **kwargs: Any) -> Any:
        raise RuntimeError("disk on fire\nsecond line of the story")

    monkeypatch.setattr(OrderService, "list_orders", boom)
    message = stocked.refused("orders", "--json", code=1)
    assert message == "unexpected error: RuntimeError: disk on fire second line of the story"


def test_an_unexpected_error_while_writing_writes_nothing(
    stocked: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.store import order_rows

    def boom(*args: Any, **kwargs: Any) -> Any:
        raise KeyError("cache")

    monkeypatch.setattr(order_rows, "cache_columns", boom)
    assert stocked.refused("record", "S", "received", code=1).startswith("unexpected error: KeyError")


def test_a_finished_command_leaves_the_database_closed(cli: Cli) -> None:
    """The last connection to close checkpoints the WAL and removes it: nothing is left open."""
    add_shipped(cli)
    cli.json("orders")
    assert cli.refused("record", NUMBER, "paid")
    assert sorted(p.name for p in cli.data_dir.iterdir()) == ["dispute-desk.sqlite3"]


def test_help_and_version_go_to_the_given_stdout(cli: Cli) -> None:
    result = cli("--version")
    assert (result.code, result.out, result.err) == (0, f"dispute-desk {__version__}\n", "")
    result = cli("record", "--help")
    assert result.code == 0 and result.err == ""
    assert "--protection-left" in result.out


def test_no_command_without_a_gui_prints_help(cli: Cli) -> None:
    result = cli()
    assert result.code == 0 and "usage: dispute-desk" in result.out


def test_the_data_dir_comes_from_the_environment(tmp_path: Path, cli_clock: FrozenClock) -> None:
    out, err = io.StringIO(), io.StringIO()
    env = {"DISPUTE_DESK_DATA_DIR": str(tmp_path / "env-dir")}
    assert run(["orders"], clock=cli_clock, stdout=out, stderr=err, env=env) == 0
    assert (tmp_path / "env-dir" / "dispute-desk.sqlite3").exists()
    out = io.StringIO()
    assert run(["doctor"], clock=cli_clock, stdout=out, stderr=err, env=env) == 0
    assert out.getvalue() == "ok\n"


# -- times -------------------------------------------------------------------------------------


def test_times_without_offset_are_local(cli: Cli, local_tz: Callable[[str], None]) -> None:
    local_tz("Asia/Tokyo")  # UTC+9, no DST
    cli.ok("add", "--order", "1", "--store", "S", "--title", "T", "--total", "5", "--currency", "USD",
           "--ordered-at", "2026-03-04 10:00", "--paid-at", "2026-03-04T10:30:15")  # fmt: skip
    cli.ok("record", "1", "shipped", "--at", "2026-03-06 09:00", "--protection-ends", "2026-05-06")
    document = show(cli, "1")
    assert [(e["kind"], e["at"]) for e in document["timeline"]] == [
        ("ordered", "2026-03-04T01:00:00Z"),
        ("paid", "2026-03-04T01:30:15Z"),
        ("shipped", "2026-03-06T00:00:00Z"),
    ]
    assert document["timeline"][-1]["protection_ends"] == "2026-05-05T15:00:00Z"  # local midnight
    # With an offset or Z the time zone plays no part.
    cli.ok("record", "1", "note", "--note", "x", "--at", "2026-03-07T10:00:00-05:00")
    assert last_event(show(cli, "1"))["at"] == "2026-03-07T15:00:00Z"
    # --at on reading commands is local too: 2026-03-06 08:59 Tokyo is before the shipment.
    assert cli.json("orders", "--at", "2026-03-06 08:59:59")[0]["status"] == "awaiting_shipment"
    assert cli.json("orders", "--at", "2026-03-06 09:00")[0]["status"] == "in_transit"
    # The human output shows local time.
    assert "2026-05-06 00:00:00 JST" in cli.ok("show", "1")


def test_deadlines_are_exact_to_the_second(cli: Cli) -> None:
    add_paid(cli)
    cli.ok("record", NUMBER, "shipped", "--at", "2026-03-03T10:00:07Z", "--protection-left", "59d 23:59:59")
    ends = t("2026-03-03T10:00:07Z") + timedelta(days=59, hours=23, minutes=59, seconds=59)
    for at in (NOW, t("2026-04-01T00:00:00Z"), ends - timedelta(seconds=1)):
        protection = [d for d in cli.json("deadlines", "--at", z(at)) if d["kind"] == "protection_ends"]
        assert [(d["due"], d["left_seconds"]) for d in protection] == [
            (z(ends), int((ends - at).total_seconds()))
        ]
    assert [d for d in cli.json("deadlines", "--at", z(ends)) if d["kind"] == "protection_ends"] == []
    assert cli.json("orders", "--at", z(ends - timedelta(seconds=1)))[0]["status"] == "in_transit"
    assert cli.json("orders", "--at", z(ends))[0]["status"] == "completed"
