"""``dispute-desk advise cancel`` against its contract (docs/CLI.md, "Advice: should I cancel, and how?").

Runs ``app.cli.run`` in-process on a fresh data dir with the frozen clock of ``tests/conftest.py``
(Tuesday 2026-03-10 12:00:00 UTC): the JSON document's shape and exact times, the human output,
and refusals (exit 2, one line on stderr, nothing written).
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import TYPE_CHECKING, Any

import pytest

from app.domain.advice_cancel import CANCEL_VERDICTS

# The drafts' Russian comes from the translation file: the tests read a fixture of it.
pytestmark = pytest.mark.usefixtures("russian_drafts")

if TYPE_CHECKING:
    from tests.conftest import Cli

NUMBER = "8100000000000001"
ORDERED = "2026-03-09T10:00:00Z"
PAID = "2026-03-09T10:05:00Z"  # the check ends 2026-03-10T10:05:00Z, before the clock's now
KEYS = ["verdict", "wait_until", "steps", "message", "headline", "message_ru", "missing"]
TIME_SHAPE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


def add_paid(cli: Cli, number: str = NUMBER, *extra: str) -> None:
    cli.ok(
        "add",
        "--order",
        number,
        "--store",
        "Gadget Store",
        "--title",
        "USB-C cable",
        "--total",
        "12.34",
        "--currency",
        "USD",
        "--ordered-at",
        ORDERED,
        "--paid-at",
        PAID,
        "--payment-method",
        "card",
        *extra,
    )


def advise(cli: Cli, *argv: str) -> dict[str, Any]:
    document = cli.json("advise", "cancel", *argv)
    assert isinstance(document, dict)
    return document


def test_json_has_the_contract_keys_first_and_exact_values(cli: Cli) -> None:
    add_paid(cli, NUMBER, "--processing-days", "7")
    document = advise(cli, NUMBER, "--reason", "changed_mind")
    assert list(document) == KEYS
    assert document["verdict"] == "request_cancellation"
    assert document["wait_until"] is None
    assert document["missing"] == []
    assert all(isinstance(s, str) and s for s in document["steps"])
    assert NUMBER in document["message"] and NUMBER in document["message_ru"]


@pytest.mark.parametrize(
    ("argv", "verdict", "wait_until"),
    [
        (["--at", "2026-03-09T12:00:00Z"], "wait_payment_check", "2026-03-10T10:05:00Z"),
        (["--at", "2026-03-10T10:04:59Z"], "wait_payment_check", "2026-03-10T10:05:00Z"),
        (["--at", "2026-03-10T10:05:00Z"], "request_cancellation", None),
        (["--at", "2026-03-10T11:05:00+01:00"], "request_cancellation", None),
        # 7 processing days from the end of the payment check; then the refund, by payment method.
        (["--reason", "out_of_stock"], "wait_for_auto_refund", "2026-03-17T10:05:00Z"),
        (["--reason", "seller_asked", "--at", "2026-03-17T10:04:59Z"], "wait_for_auto_refund", "2026-03-17T10:05:00Z"),
        (["--reason", "price_raised", "--at", "2026-03-17T10:05:00Z"], "wait_for_auto_refund", "2026-04-14T10:05:00Z"),
        (["--at", "2026-03-09T10:00:00Z"], "not_paid_ignore", "2026-03-29T10:00:00Z"),
    ],
)  # fmt: skip
def test_paths_and_boundaries_as_of_a_time(
    cli: Cli, argv: list[str], verdict: str, wait_until: str | None
) -> None:
    add_paid(cli, NUMBER, "--processing-days", "7")
    document = advise(cli, NUMBER, *argv)
    assert (document["verdict"], document["wait_until"]) == (verdict, wait_until)


def test_missing_ship_by_is_reported(cli: Cli) -> None:
    add_paid(cli)
    document = advise(cli, NUMBER, "--reason", "out_of_stock")
    assert (document["verdict"], document["wait_until"], document["missing"]) == (
        "wait_for_auto_refund",
        None,
        ["ship_by"],
    )
    out = cli.ok("advise", "cancel", NUMBER, "--reason", "out_of_stock")
    assert "Missing: the seller's ship-by time" in out


def test_pending_request_counts_down_to_auto_approval(cli: Cli) -> None:
    add_paid(cli, NUMBER, "--processing-days", "7")
    cli.ok("record", NUMBER, "cancel-requested", "--at", "2026-03-10T11:00:00Z", "--reason", "changed_mind")
    document = advise(cli, NUMBER)
    assert (document["verdict"], document["wait_until"]) == ("cancel_pending", "2026-03-12T11:00:00Z")
    cli.ok("rules", "set", "cancel_auto_approve_hours", "72")
    assert advise(cli, NUMBER)["wait_until"] == "2026-03-13T11:00:00Z"
    approved = advise(cli, NUMBER, "--at", "2026-03-13T11:00:00Z")
    assert (approved["verdict"], approved["wait_until"]) == ("not_possible", None)


def test_shipped_order_waits_for_the_dispute_window(cli: Cli) -> None:
    add_paid(cli, NUMBER, "--processing-days", "7")
    cli.ok("record", NUMBER, "shipped", "--at", "2026-03-10T08:00:00Z")
    document = advise(cli, NUMBER, "--reason", "found_cheaper")
    assert (document["verdict"], document["wait_until"], document["message"]) == (
        "shipped_wait_or_dispute",
        "2026-03-21T08:00:00Z",
        "",
    )
    assert advise(cli, NUMBER, "--at", "2026-03-21T08:00:00Z")["wait_until"] is None


def test_every_value_is_of_the_promised_shape(cli: Cli) -> None:
    add_paid(cli, NUMBER, "--processing-days", "7")
    for at in (
        "2026-03-09T10:00:00Z",
        "2026-03-09T12:00:00Z",
        "2026-03-12T00:00:00Z",
        "2026-04-30T00:00:00Z",
    ):
        for reason in ("changed_mind", "out_of_stock"):
            document = advise(cli, NUMBER, "--at", at, "--reason", reason)
            assert document["verdict"] in CANCEL_VERDICTS
            assert document["wait_until"] is None or TIME_SHAPE.match(document["wait_until"])
            assert isinstance(document["steps"], list) and isinstance(document["message"], str)


def test_human_output_is_readable(cli: Cli) -> None:
    add_paid(cli, NUMBER, "--processing-days", "7")
    out = cli.ok("advise", "cancel", NUMBER, "--at", "2026-03-09T12:00:00Z")
    lines = out.splitlines()
    assert lines[0] == f"Order {NUMBER}: wait_payment_check"
    assert lines[1].startswith("Wait: the payment is still being checked")
    assert "(in 22:05:00)" in lines[2]
    assert "Steps:" in lines and "  1. Wait until the payment check ends" in out
    request = cli.ok("advise", "cancel", NUMBER, "--reason", "changed_mind")
    assert "Message to the seller:" in request and "In Russian:" in request
    assert f"Прошу отменить заказ № {NUMBER}" in request
    assert re.search(r"^  5\. ", request, re.M)


def test_advice_writes_nothing(cli: Cli) -> None:
    add_paid(cli, NUMBER, "--processing-days", "7")
    before = cli.dump()
    cli.ok("advise", "cancel", NUMBER)
    advise(cli, NUMBER, "--at", "2026-03-09T12:00:00Z")
    assert cli.dump() == before


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["advise", "cancel", "NOPE"], "no order NOPE"),
        (["advise", "cancel", "NOPE", "--json"], "no order NOPE"),
        (["advise", "cancel", NUMBER, "--reason", "bored"], 'unknown reason "bored" (one of: changed_mind,'),
        (["advise", "cancel", NUMBER, "--reason", "bored", "--json"], 'unknown reason "bored"'),
        (["advise", "cancel", NUMBER, "--at", "next friday"], 'can\'t read "next friday" as a date and time'),
        (["advise", "cancel"], "required: order"),
        (["advise"], "required: WIZARD"),
        (["advise", "refund", NUMBER], "invalid choice: 'refund'"),
    ],
)
def test_refusals(cli: Cli, argv: list[str], message: str) -> None:
    add_paid(cli, NUMBER, "--processing-days", "7")
    assert message in cli.refused(*argv)


# -- advise dispute -----------------------------------------------------------------------------

DISPUTE_KEYS = ["eligible", "opens_at", "closes_at", "evidence", "outcome", "steps", "message"]
DISPUTE_EXTRA = ["refusal", "warnings", "message_ru", "fallbacks", "line", "late", "confidence"]
# Not received: opens 2026-03-21T08:00Z; protection ends 2026-05-09T08:00Z, and the order, then
# completed, can still be disputed until 2026-05-24T08:00Z (the last chance).
SHIPPED = "2026-03-10T08:00:00Z"


def add_shipped(cli: Cli) -> None:
    add_paid(cli, NUMBER, "--processing-days", "7")
    cli.ok("record", NUMBER, "shipped", "--at", SHIPPED, "--tracking", "LP00123456789CN")


def advise_dispute(cli: Cli, *argv: str) -> dict[str, Any]:
    document = cli.json("advise", "dispute", *argv)
    assert isinstance(document, dict)
    return document


def test_dispute_json_has_the_contract_keys_first(cli: Cli) -> None:
    add_shipped(cli)
    document = advise_dispute(cli, NUMBER, "--reason", "tracking_stalled", "--at", "2026-03-21T08:00:00Z")
    assert list(document) == DISPUTE_KEYS + DISPUTE_EXTRA
    assert document["eligible"] is True
    assert (document["opens_at"], document["closes_at"]) == (None, "2026-05-09T08:00:00Z")
    assert document["outcome"] == "full_refund"
    assert all(isinstance(s, str) and s for s in document["evidence"] + document["steps"])
    assert NUMBER in document["message"] and NUMBER in document["message_ru"]
    assert document["refusal"] == "" and document["fallbacks"] == []
    assert any("confirm receipt" in w for w in document["warnings"])


@pytest.mark.parametrize(
    ("reason", "at", "eligible", "opens_at", "closes_at"),
    [
        ("tracking_stalled", "2026-03-11T08:00:00Z", False, "2026-03-21T08:00:00Z", "2026-05-09T08:00:00Z"),
        ("customs", "2026-03-21T07:59:59Z", False, "2026-03-21T08:00:00Z", "2026-05-09T08:00:00Z"),
        ("customs", "2026-03-21T08:00:00Z", True, None, "2026-05-09T08:00:00Z"),
        ("returned_to_sender", "2026-05-09T07:59:59Z", True, None, "2026-05-09T08:00:00Z"),
        ("wrong_destination", "2026-05-09T08:00:00Z", True, None, "2026-05-24T08:00:00Z"),
        ("delivery_period_ending", "2026-05-09T10:00:00+02:00", True, None, "2026-05-24T08:00:00Z"),
        ("tracking_stalled", "2026-05-24T07:59:59Z", True, None, "2026-05-24T08:00:00Z"),
        ("tracking_stalled", "2026-05-24T08:00:00Z", False, None, "2026-05-24T08:00:00Z"),
        ("damaged", "2026-03-21T08:00:00Z", False, None, None),
    ],
)  # fmt: skip
def test_dispute_windows_as_of_a_time(
    cli: Cli, reason: str, at: str, eligible: bool, opens_at: str | None, closes_at: str | None
) -> None:
    add_shipped(cli)
    document = advise_dispute(cli, NUMBER, "--reason", reason, "--at", at)
    assert (document["eligible"], document["opens_at"], document["closes_at"]) == (
        eligible,
        opens_at,
        closes_at,
    )
    assert (document["refusal"] == "") is document["eligible"]
    # After protection ended the advice says the safe time is gone and this is the last chance.
    assert document["late"] is (eligible and closes_at == "2026-05-24T08:00:00Z")
    if document["late"]:
        assert document["confidence"] == "official" and "last chance" in document["warnings"][0]
        assert "UTC" in document["warnings"][0] and "Z " not in document["warnings"][0]


def test_dispute_received_window_and_fallbacks(cli: Cli) -> None:
    add_shipped(cli)
    cli.ok("record", NUMBER, "received", "--at", "2026-03-10T11:00:00Z")
    document = advise_dispute(cli, NUMBER, "--reason", "not_as_described")
    assert (document["eligible"], document["closes_at"], document["outcome"]) == (
        True,
        "2026-03-25T11:00:00Z",
        "partial_refund_or_return",
    )
    late = advise_dispute(cli, NUMBER, "--reason", "not_as_described", "--at", "2026-03-25T11:00:00Z")
    assert late["eligible"] is False and "can't be opened any more" in late["refusal"]
    assert late["fallbacks"] == [{"kind": "chargeback_window_ends", "due": "2026-07-08T11:00:00Z"}]
    not_received = advise_dispute(cli, NUMBER, "--reason", "customs")
    assert (not_received["eligible"], not_received["closes_at"]) == (False, None)


def test_dispute_open_then_cancelled_then_a_second_one(cli: Cli) -> None:
    add_shipped(cli)
    at = "2026-03-22T08:00:00Z"
    cli.clock.advance(timedelta(days=70))  # 2026-05-19: everything below has happened
    cli.ok("record", NUMBER, "dispute-opened", "--at", "2026-03-21T09:00:00Z", "--reason", "tracking_stalled")
    opened = advise_dispute(cli, NUMBER, "--reason", "tracking_stalled", "--at", at)
    assert (opened["eligible"], opened["refusal"]) == (False, "A dispute is already open.")
    assert cli.refused("record", NUMBER, "dispute-cancelled", "--reason", "customs") == (
        "dispute-cancelled doesn't take a reason (--reason)"
    )
    cli.ok("record", NUMBER, "dispute-cancelled", "--at", "2026-03-21T10:00:00Z")
    assert advise_dispute(cli, NUMBER, "--reason", "customs", "--at", at)["eligible"] is True
    late = advise_dispute(cli, NUMBER, "--reason", "customs", "--at", "2026-05-09T08:00:00Z")
    assert late["eligible"] is False and "already had a dispute" in late["refusal"]
    assert "no open dispute to cancel" in cli.refused("record", NUMBER, "dispute-cancelled")
    # With the protection end typed from the order page, a second dispute after it is refused;
    # with the usual 60 days (an estimate) the dispute the buyer saw opened is recorded.
    cli.ok("add", "--order", "2", "--store", "S", "--title", "T", "--total", "5", "--currency", "USD",
           "--paid-at", PAID)  # fmt: skip
    cli.ok("record", "2", "shipped", "--at", SHIPPED, "--protection-ends", "2026-05-09T08:00:00Z")
    cli.ok("record", "2", "dispute-opened", "--at", "2026-03-21T09:00:00Z", "--reason", "customs")
    cli.ok("record", "2", "dispute-cancelled", "--at", "2026-03-21T10:00:00Z")
    assert "already had a dispute" in cli.refused(
        "record", "2", "dispute-opened", "--at", "2026-05-09T08:00:00Z", "--reason", "customs"
    )
    cli.ok("record", NUMBER, "dispute-opened", "--at", "2026-05-09T08:00:00Z", "--reason", "customs")


@pytest.mark.parametrize(
    ("setup", "words"),
    [
        ([], "hasn't shipped yet"),
        ([["record", NUMBER, "cancelled", "--at", "2026-03-10T11:00:00Z"]], "refund for this order is already on its way"),
    ],
)  # fmt: skip
def test_dispute_refusals_are_advice_not_errors(cli: Cli, setup: list[list[str]], words: str) -> None:
    add_paid(cli, NUMBER, "--processing-days", "7")
    for argv in setup:
        cli.ok(*argv)
    document = advise_dispute(cli, NUMBER, "--reason", "damaged")
    assert (document["eligible"], document["opens_at"], document["closes_at"]) == (False, None, None)
    assert words in document["refusal"]


def test_dispute_unpaid_order_cant_be_disputed(cli: Cli) -> None:
    add_paid(cli, NUMBER)
    document = advise_dispute(cli, NUMBER, "--reason", "damaged", "--at", "2026-03-09T10:01:00Z")
    assert document["eligible"] is False and "isn't paid" in document["refusal"]


def test_dispute_human_output(cli: Cli) -> None:
    add_shipped(cli)
    out = cli.ok("advise", "dispute", NUMBER, "--reason", "tracking_stalled", "--at", "2026-03-12T08:00:00Z")
    lines = out.splitlines()
    assert lines[0] == f"Order {NUMBER}, tracking_stalled: can't open a dispute now"
    assert lines[1] == "Too early: this dispute can be opened from 2026-03-21 08:00:00 UTC."
    assert "Opens at " in lines[2] and "(in 9d 00:00:00)" in lines[2]
    assert "Evidence:" in lines and "Dispute text:" in lines and "In Russian:" in lines
    assert f"Заказ № {NUMBER}" in out


def test_dispute_advice_writes_nothing(cli: Cli) -> None:
    add_shipped(cli)
    before = cli.dump()
    cli.ok("advise", "dispute", NUMBER, "--reason", "customs")
    advise_dispute(cli, NUMBER, "--reason", "damaged", "--at", "2026-04-01T00:00:00Z")
    assert cli.dump() == before


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["advise", "dispute", "NOPE", "--reason", "damaged"], "no order NOPE"),
        (["advise", "dispute", "NOPE", "--reason", "damaged", "--json"], "no order NOPE"),
        (["advise", "dispute", NUMBER, "--reason", "bored"], 'unknown reason "bored" (one of: tracking_stalled,'),
        (["advise", "dispute", NUMBER, "--reason", "changed_mind", "--json"], 'unknown reason "changed_mind"'),
        (["advise", "dispute", NUMBER], "required: --reason"),
        (["advise", "dispute", "--reason", "damaged"], "required: order"),
        (["advise", "dispute", NUMBER, "--reason", "damaged", "--at", "soon"], 'can\'t read "soon" as a date and time'),
    ],
)  # fmt: skip
def test_dispute_refusals(cli: Cli, argv: list[str], message: str) -> None:
    add_shipped(cli)
    assert message in cli.refused(*argv)
