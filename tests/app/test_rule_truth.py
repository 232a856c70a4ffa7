"""The audit's cases, each with fixed dates, through the command line: one answer to "can I open a
dispute now?", disputes and refunds per item, the decision and what follows it, estimates that
give way, the buyer's clock, and output closed early.

The clock of every test is Tuesday 2026-03-10 12:00 UTC (``conftest.CLI_NOW``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Cli
from tests.two_items import CABLE, HEADER, LAMP, NUMBER

# The drafts' Russian comes from the translation file: the tests read a fixture of it.
pytestmark = pytest.mark.usefixtures("russian_drafts")

ORDER = "8100000000000001"


def add_shipped(
    cli: Cli,
    *shipped: str,
    paid: str = "2026-01-01T10:00:00Z",
    sent: str = "2026-01-02T10:00:00Z",
    method: str = "card",
) -> None:
    cli.ok("add", "--order", ORDER, "--store", "Gadget Store", "--title", "USB-C cable", "--total", "20",
           "--currency", "USD", "--paid-at", paid, "--payment-method", method)  # fmt: skip
    cli.ok("record", ORDER, "shipped", "--at", sent, *shipped)


def kinds_due(document: dict[str, Any]) -> list[tuple[str, str]]:
    return [(d["kind"], d["due"]) for d in document["deadlines"]]


def import_lamp_and_cable(cli: Cli, tmp_path: Path, status: str = "Awaiting delivery") -> None:
    """Order NUMBER: a desk lamp (item 1, 22.50 USD) and two USB cables (item 2, 5.00 USD),
    27.50 USD in all, paid and shipped on 2026-02-20 (imported)."""
    rows = [
        f'"2026-02-20",{NUMBER},"Desk lamp",1,"US $22.50","Lamp Store","1","11","","22.50|22|50",USD,{status},,,,""',
        f'"2026-02-20",{NUMBER},"USB cable",2,"US $2.50","Lamp Store","2","22","","2.50|2|50",USD,{status},,,,""',
    ]
    path = tmp_path / "two-items.csv"
    path.write_text("\n".join([HEADER, *rows]) + "\n", "utf-8")
    cli.ok("import", str(path))


def received_lamp_and_cable(cli: Cli, tmp_path: Path) -> None:
    import_lamp_and_cable(cli, tmp_path)
    cli.ok("record", NUMBER, "received", "--at", "2026-03-01T10:00:00Z")


# -- 1. one answer to "can I open a dispute now?" -------------------------------------------------


def test_protection_ran_out_without_delivery_the_advice_the_deadlines_and_the_record_agree(cli: Cli) -> None:
    """Shipped 2026-01-02, 60 days of protection: it ended 2026-03-03 10:00 without a delivery.
    One day later all three say the same: the window of 15 days after completion is open."""
    add_shipped(cli)
    at = "2026-03-04T10:00:00Z"
    advice = cli.json("advise", "dispute", ORDER, "--reason", "tracking_stalled", "--at", at)
    assert (advice["eligible"], advice["closes_at"], advice["late"]) == (True, "2026-03-18T10:00:00Z", True)
    # Said plainly: the safe time was before protection ended; this is the last chance.
    assert advice["confidence"] == "official"
    assert "the safe time to open a dispute was before then" in advice["warnings"][0]
    assert "last chance" in advice["warnings"][0] and "2026-03-03 10:00:00 UTC" in advice["warnings"][0]
    shown = cli.json("show", ORDER, "--at", at)
    assert ("dispute_window_ends", "2026-03-18T10:00:00Z") in kinds_due(shown)
    cli.ok("record", ORDER, "dispute-opened", "--at", at, "--reason", "tracking_stalled")
    assert cli.json("show", ORDER, "--at", "2026-03-05T10:00:00Z")["status"] == "dispute_open"


def test_before_protection_ends_the_time_to_act_is_protections_end(cli: Cli) -> None:
    add_shipped(cli)
    advice = cli.json(
        "advise", "dispute", ORDER, "--reason", "tracking_stalled", "--at", "2026-02-01T00:00:00Z"
    )
    assert (advice["eligible"], advice["closes_at"], advice["late"]) == (True, "2026-03-03T10:00:00Z", False)
    assert ("protection_ends", "2026-03-03T10:00:00Z") in kinds_due(
        cli.json("show", ORDER, "--at", "2026-02-01T00:00:00Z")
    )


# -- 2. disputes and refunds per item -----------------------------------------------------------


def test_show_names_each_item_with_its_number_refund_and_dispute(cli: Cli, tmp_path: Path) -> None:
    received_lamp_and_cable(cli, tmp_path)
    document = cli.json("show", NUMBER)
    assert [(ln["line"], ln["title"], ln["refunded"], ln["dispute"]) for ln in document["lines"]] == [
        (LAMP, "Desk lamp", "0.00", None),
        (CABLE, "USB cable", "0.00", None),
    ]
    assert document["refunded"] == "0.00"


def test_the_cable_is_refunded_while_the_lamp_is_still_disputable(cli: Cli, tmp_path: Path) -> None:
    received_lamp_and_cable(cli, tmp_path)
    cli.ok("record", NUMBER, "dispute-opened", "--line", "2", "--at", "2026-03-02T10:00:00Z",
           "--reason", "damaged", "--refund", "5")  # fmt: skip
    cli.ok("record", NUMBER, "decided", "--line", "2", "--at", "2026-03-05T10:00:00Z", "--outcome", "full")
    document = cli.json("record", NUMBER, "refund-received", "--line", "2", "--at", "2026-03-06T10:00:00Z")
    lamp, cable = document["lines"]
    assert (cable["refunded"], cable["dispute"]) == ("5.00", {"reason": "damaged", "state": "refunded"})
    assert (lamp["refunded"], lamp["dispute"]) == ("0.00", None)
    # The order is not refunded: the lamp wasn't; it is completed, and the lamp can be disputed.
    assert (document["status"], document["refunded"]) == ("completed", "5.00")
    assert ("dispute_window_ends", "2026-03-16T10:00:00Z") in kinds_due(document)
    lamp_advice = cli.json("advise", "dispute", NUMBER, "--reason", "defective", "--line", "1")
    assert (lamp_advice["eligible"], lamp_advice["line"]) == (True, 1)
    assert "item “Desk lamp”" in lamp_advice["message"] and "товар «Desk lamp»" in lamp_advice["message_ru"]
    cable_advice = cli.json("advise", "dispute", NUMBER, "--reason", "defective", "--line", "2")
    assert cable_advice["eligible"] is False and "Item 2 is refunded in full" in cable_advice["refusal"]
    cli.ok("record", NUMBER, "dispute-opened", "--line", "1", "--reason", "defective")
    assert cli.json("show", NUMBER)["status"] == "dispute_open"


def test_partial_refunds_add_up_and_more_can_be_recorded(cli: Cli, tmp_path: Path) -> None:
    received_lamp_and_cable(cli, tmp_path)
    cli.ok("record", NUMBER, "dispute-opened", "--at", "2026-03-02T10:00:00Z", "--reason", "not_as_described")
    cli.ok("record", NUMBER, "decided", "--at", "2026-03-05T10:00:00Z", "--outcome", "full")
    first = cli.json("record", NUMBER, "refund-received", "--at", "2026-03-06T10:00:00Z", "--amount", "10")
    assert (first["status"], first["refunded"]) == ("refund_pending", "10.00")
    second = cli.json("record", NUMBER, "refund-received", "--at", "2026-03-07T10:00:00Z", "--amount", "7.50")
    assert (second["status"], second["refunded"]) == ("refund_pending", "17.50")
    last = cli.json("record", NUMBER, "refund-received", "--at", "2026-03-08T10:00:00Z", "--amount", "10")
    # Refunded only now that the refunds cover the order.
    assert (last["status"], last["refunded"]) == ("refunded", "27.50")


def test_the_order_is_refunded_when_every_item_is_refunded_in_full(cli: Cli, tmp_path: Path) -> None:
    received_lamp_and_cable(cli, tmp_path)
    for line, amount in (("1", "22.50"), ("2", "5.00")):
        cli.ok("record", NUMBER, "dispute-opened", "--line", line, "--at", "2026-03-02T10:00:00Z",
               "--reason", "damaged")  # fmt: skip
        cli.ok(
            "record", NUMBER, "decided", "--line", line, "--at", "2026-03-05T10:00:00Z", "--outcome", "full"
        )
        document = cli.json("record", NUMBER, "refund-received", "--line", line, "--at", "2026-03-06T10:00:00Z",
                            "--amount", amount)  # fmt: skip
    assert (document["status"], document["refunded"]) == ("refunded", "27.50")
    assert [ln["refunded"] for ln in document["lines"]] == ["22.50", "5.00"]


def test_a_second_open_dispute_on_the_same_item_is_refused(cli: Cli, tmp_path: Path) -> None:
    received_lamp_and_cable(cli, tmp_path)
    cli.ok(
        "record",
        NUMBER,
        "dispute-opened",
        "--line",
        "1",
        "--at",
        "2026-03-02T10:00:00Z",
        "--reason",
        "damaged",
    )
    assert "a dispute about this item is already open" in cli.refused(
        "record", NUMBER, "dispute-opened", "--line", "1", "--reason", "defective"
    )
    # A dispute about the whole order is about the lamp too.
    assert "a dispute about this order is already open" in cli.refused(
        "record", NUMBER, "dispute-opened", "--reason", "wrong_item"
    )
    # The cable is free.
    cli.ok("record", NUMBER, "dispute-opened", "--line", "2", "--reason", "wrong_item")
    # Two items in dispute: an event about one of them must name it.
    assert "say which item (--line)" in cli.refused("record", NUMBER, "escalated")
    cli.ok("record", NUMBER, "escalated", "--line", "2")


def test_a_refund_above_what_is_left_is_refused_by_item_and_in_total(cli: Cli, tmp_path: Path) -> None:
    received_lamp_and_cable(cli, tmp_path)
    cli.ok("record", NUMBER, "dispute-opened", "--at", "2026-03-02T10:00:00Z", "--reason", "damaged")
    cli.ok("record", NUMBER, "decided", "--at", "2026-03-05T10:00:00Z", "--outcome", "full")
    assert "more than is left to refund of item 2 (5.00 USD of 5.00 USD)" in cli.refused(
        "record", NUMBER, "refund-received", "--line", "2", "--amount", "5.01"
    )
    cli.ok(
        "record", NUMBER, "refund-received", "--line", "2", "--amount", "3", "--at", "2026-03-06T10:00:00Z"
    )
    assert "more than is left to refund of item 2 (2.00 USD of 5.00 USD)" in cli.refused(
        "record", NUMBER, "refund-received", "--line", "2", "--amount", "2.50"
    )
    cli.ok("record", NUMBER, "refund-received", "--amount", "20", "--at", "2026-03-07T10:00:00Z")
    assert "more than is left to refund of the order (4.50 USD of 27.50 USD)" in cli.refused(
        "record", NUMBER, "refund-received", "--amount", "5"
    )


def test_a_dispute_about_an_item_cant_ask_for_more_than_it_cost(cli: Cli, tmp_path: Path) -> None:
    received_lamp_and_cable(cli, tmp_path)
    assert "is more than item 2 cost (5.00 USD)" in cli.refused(
        "record", NUMBER, "dispute-opened", "--line", "2", "--reason", "damaged", "--refund", "6"
    )


# -- 3. the decision and what follows it --------------------------------------------------------


def test_a_partial_decision_where_the_buyer_keeps_the_item_asks_for_no_return(
    cli: Cli, tmp_path: Path
) -> None:
    received_lamp_and_cable(cli, tmp_path)
    cli.ok("record", NUMBER, "dispute-opened", "--line", "1", "--at", "2026-03-02T10:00:00Z",
           "--reason", "not_as_described", "--return")  # fmt: skip
    document = cli.json("record", NUMBER, "decided", "--line", "1", "--at", "2026-03-05T10:00:00Z",
                        "--outcome", "partial", "--amount", "8")  # fmt: skip
    assert document["status"] == "refund_pending"
    assert "return_ship_by" not in [kind for kind, _ in kinds_due(document)]


def test_return_ship_by_only_when_the_decision_is_a_return(cli: Cli, tmp_path: Path) -> None:
    received_lamp_and_cable(cli, tmp_path)
    cli.ok(
        "record",
        NUMBER,
        "dispute-opened",
        "--line",
        "1",
        "--at",
        "2026-03-02T10:00:00Z",
        "--reason",
        "defective",
    )
    document = cli.json("record", NUMBER, "decided", "--line", "1", "--at", "2026-03-05T10:00:00Z",
                        "--outcome", "full", "--return")  # fmt: skip
    assert document["status"] == "dispute_decided"
    assert ("return_ship_by", "2026-03-15T10:00:00Z") in kinds_due(document)
    cli.ok(
        "record",
        NUMBER,
        "dispute-opened",
        "--line",
        "2",
        "--at",
        "2026-03-02T10:00:00Z",
        "--reason",
        "damaged",
    )
    assert "only a full refund comes with a return" in cli.refused(
        "record", NUMBER, "decided", "--line", "2", "--outcome", "partial", "--amount", "1", "--return"
    )


def test_a_not_received_dispute_cant_carry_a_return(cli: Cli) -> None:
    add_shipped(cli)
    assert 'a "not received" dispute can\'t ask for a return' in cli.refused(
        "record",
        ORDER,
        "dispute-opened",
        "--reason",
        "tracking_stalled",
        "--return",
        "--at",
        "2026-02-01T00:00:00Z",
    )


def test_a_silent_seller_on_a_return_and_refund_leads_to_the_return_step(cli: Cli, tmp_path: Path) -> None:
    received_lamp_and_cable(cli, tmp_path)
    cli.ok(
        "record", NUMBER, "dispute-opened", "--at", "2026-03-02T10:00:00Z", "--reason", "damaged", "--return"
    )
    # The seller had 5 days (until 03-07 10:00); silent, the buyer's return is accepted.
    document = cli.json("show", NUMBER, "--at", "2026-03-08T10:00:00Z")
    assert document["status"] == "dispute_open"
    assert kinds_due(document) == [("return_ship_by", "2026-03-17T10:00:00Z")]
    assert {ln["dispute"]["state"] for ln in document["lines"]} == {"return_pending"}


def test_one_appeal_within_appeal_days_after_a_rejection(cli: Cli, tmp_path: Path) -> None:
    received_lamp_and_cable(cli, tmp_path)
    cli.ok("record", NUMBER, "dispute-opened", "--at", "2026-03-02T10:00:00Z", "--reason", "damaged")
    document = cli.json("record", NUMBER, "decided", "--at", "2026-03-05T10:00:00Z", "--outcome", "rejected")
    assert ("appeal_window_ends", "2026-03-12T10:00:00Z") in kinds_due(document)
    cli.clock.set(datetime(2026, 3, 20, 12, 0, tzinfo=UTC))
    assert "the appeal window closed at 2026-03-12 10:00:00 UTC" in cli.refused(
        "record", NUMBER, "appealed", "--at", "2026-03-12T10:00:00Z"
    )
    cli.ok("record", NUMBER, "appealed", "--at", "2026-03-11T10:00:00Z")
    cli.ok("record", NUMBER, "decided", "--at", "2026-03-13T10:00:00Z", "--outcome", "rejected")
    assert "a dispute can be appealed only once" in cli.refused("record", NUMBER, "appealed")


def test_an_escalated_not_received_dispute_keeps_the_deadlines_that_still_matter(cli: Cli) -> None:
    add_shipped(cli, "--protection-ends", "2026-04-30T10:00:00Z")
    cli.ok("record", ORDER, "dispute-opened", "--at", "2026-02-20T10:00:00Z", "--reason", "tracking_stalled")
    document = cli.json("record", ORDER, "escalated", "--at", "2026-03-01T10:00:00Z")
    assert kinds_due(document) == [
        ("decision_expected_by", "2026-03-11T10:00:00Z"),  # platform_decision_days
        ("protection_ends", "2026-04-30T10:00:00Z"),  # later than the decision: it still matters
    ]


# -- 4. estimates are estimates -----------------------------------------------------------------


def test_the_ship_by_estimate_counts_from_the_end_of_the_payment_check(cli: Cli) -> None:
    cli.ok("add", "--order", ORDER, "--store", "S", "--title", "T", "--total", "5", "--currency", "USD",
           "--paid-at", "2026-03-09T13:00:00Z", "--processing-days", "5")  # fmt: skip
    assert kinds_due(cli.json("show", ORDER)) == [
        ("payment_check_ends", "2026-03-10T13:00:00Z"),
        ("ship_by", "2026-03-15T13:00:00Z"),
    ]


def test_an_estimated_ship_by_never_refuses_a_cancel_request_the_buyer_saw(cli: Cli) -> None:
    cli.ok("add", "--order", ORDER, "--store", "S", "--title", "T", "--total", "5", "--currency", "USD",
           "--paid-at", "2026-03-01T10:00:00Z", "--processing-days", "3")  # fmt: skip
    # The estimate (03-05 10:00) has passed; the request is recorded and the estimate gives way.
    document = cli.json(
        "record", ORDER, "cancel-requested", "--at", "2026-03-06T10:00:00Z", "--reason", "changed_mind"
    )
    assert document["status"] == "refund_pending"  # the seller stayed silent for 48 hours
    assert [kind for kind, _ in kinds_due(cli.json("show", ORDER, "--at", "2026-03-07T10:00:00Z"))] == [
        "cancel_auto_approve"
    ]


def test_an_entered_ship_by_refuses_a_later_cancel_request(cli: Cli) -> None:
    cli.ok("add", "--order", ORDER, "--store", "S", "--title", "T", "--total", "5", "--currency", "USD",
           "--paid-at", "2026-03-01T10:00:00Z", "--ship-by", "2026-03-05T10:00:00Z")  # fmt: skip
    assert "the ship-by time had run out (2026-03-05 10:00:00 UTC)" in cli.refused(
        "record", ORDER, "cancel-requested", "--at", "2026-03-06T10:00:00Z"
    )


@pytest.mark.parametrize(
    ("method", "due"),
    [
        ("balance", "2026-03-06T10:00:00Z"),
        ("wallet", "2026-03-19T10:00:00Z"),
        ("card", "2026-04-02T10:00:00Z"),
    ],
)
def test_the_refund_after_a_non_shipped_order_is_expected_per_payment_method(
    cli: Cli, method: str, due: str
) -> None:
    cli.ok("add", "--order", ORDER, "--store", "S", "--title", "T", "--total", "5", "--currency", "USD",
           "--paid-at", "2026-03-01T10:00:00Z", "--ship-by", "2026-03-05T10:00:00Z",
           "--payment-method", method)  # fmt: skip
    document = cli.json("show", ORDER)
    assert (document["status"], kinds_due(document)) == ("refund_pending", [("refund_expected_by", due)])


# -- issue: no next step when a fact is missing ----------------------------------------------------


def test_a_paid_order_without_a_processing_time_says_what_to_enter_and_estimates(cli: Cli) -> None:
    cli.ok("add", "--order", ORDER, "--store", "S", "--title", "T", "--total", "5", "--currency", "USD",
           "--paid-at", "2026-03-08T10:00:00Z")  # fmt: skip
    [ship_by] = [d for d in cli.json("show", ORDER)["deadlines"] if d["kind"] == "ship_by"]
    # 7 usual days after the payment check, marked as an estimate, saying what to enter.
    assert (ship_by["due"], ship_by["basis"], ship_by["missing"]) == (
        "2026-03-16T10:00:00Z",
        "estimated",
        "processing_time",
    )
    assert "Enter the processing time or the ship-by countdown" in ship_by["action"]
    out = cli.ok("show", ORDER)
    assert "No open deadlines" not in out and "missing: the processing time" in out


def test_an_imported_order_awaiting_shipment_since_february_warns(cli: Cli, tmp_path: Path) -> None:
    import_lamp_and_cable(cli, tmp_path, status="Awaiting shipment")
    document = cli.json("show", NUMBER)
    assert document["status"] == "awaiting_shipment"
    [ship_by] = [d for d in document["deadlines"] if d["kind"] == "ship_by"]
    assert (ship_by["urgency"], ship_by["missing"]) == ("overdue", "processing_time")
    assert NUMBER in [d["order"] for d in cli.json("deadlines", "--within", "48h")]


# -- 5. the buyer's clock -----------------------------------------------------------------------


def test_times_copied_from_the_order_page_are_read_in_its_zone(
    cli: Cli, local_tz: Callable[[str], None]
) -> None:
    local_tz("Europe/Berlin")
    cli.ok("rules", "set", "order_page_timezone", "America/Los_Angeles")
    assert {v["key"]: v["value"] for v in cli.json("rules")}["order_page_timezone"] == "America/Los_Angeles"
    cli.ok("add", "--order", ORDER, "--store", "S", "--title", "T", "--total", "5", "--currency", "USD",
           "--ordered-at", "2026-03-01 09:00", "--paid-at", "2026-03-01 09:30",
           "--ship-by", "2026-03-20 18:00")  # fmt: skip
    document = cli.json("show", ORDER)
    assert document["ordered_at"] == "2026-03-01T17:00:00Z"  # 09:00 PST
    assert ("ship_by", "2026-03-21T01:00:00Z") in kinds_due(document)  # 18:00 PDT (DST began 03-08)
    # --at stays in the computer's zone (Berlin).
    earlier = cli.json("show", ORDER, "--at", "2026-03-01 18:30")
    assert [e["kind"] for e in earlier["timeline"]] == ["ordered", "paid"]
    # A countdown is exact in any zone.
    cli.ok("record", ORDER, "shipped", "--protection-left", "10d")
    assert ("protection_ends", "2026-03-20T12:00:00Z") in kinds_due(cli.json("show", ORDER))
    assert "unknown time zone" in cli.refused("rules", "set", "order_page_timezone", "Mars/Olympus")


def test_business_days_are_counted_on_the_buyers_calendar(cli: Cli, local_tz: Callable[[str], None]) -> None:
    """A decision on a Thursday evening in Los Angeles, one business day (marketplace balance):
    on the UTC calendar it is already Friday, and the refund would land on Sunday evening."""
    local_tz("America/Los_Angeles")
    cli.clock.set(datetime(2026, 4, 10, 12, 0, tzinfo=UTC))
    add_shipped(cli, paid="2026-03-01T10:00:00Z", sent="2026-03-02T10:00:00Z", method="balance")
    cli.ok("record", ORDER, "dispute-opened", "--at", "2026-03-20T10:00:00Z", "--reason", "tracking_stalled")
    cli.ok("record", ORDER, "seller-responded", "--at", "2026-03-21T10:00:00Z")
    cli.ok("record", ORDER, "decided", "--at", "2026-04-02 20:00", "--outcome", "full")  # Thursday, PDT
    assert kinds_due(cli.json("show", ORDER, "--at", "2026-04-03T12:00:00Z")) == [
        ("refund_expected_by", "2026-04-04T03:00:00Z")  # Friday 20:00 PDT, not Sunday
    ]


def test_refusals_and_advice_show_the_buyers_zone_with_its_offset(
    cli: Cli, local_tz: Callable[[str], None]
) -> None:
    local_tz("Europe/Berlin")
    add_shipped(cli)
    message = cli.refused("record", ORDER, "shipped", "--at", "2026-01-01T12:00:00Z")
    assert "at 2026-01-01 13:00:00 UTC+01:00: the later shipped of 2026-01-02 11:00:00 UTC+01:00" in message
    assert "Z:" not in message and "Z " not in message
    advice = cli.json("advise", "dispute", ORDER, "--reason", "customs", "--at", "2026-01-05T00:00:00Z")
    assert advice["refusal"] == "Too early: this dispute can be opened from 2026-01-13 11:00:00 UTC+01:00."
    assert advice["opens_at"] == "2026-01-13T10:00:00Z"  # the machine output stays UTC


# -- 6. small but real ----------------------------------------------------------------------------


def test_output_closed_early_ends_quietly(tmp_path: Path) -> None:
    """``dispute-desk orders | head -1``: no BrokenPipeError traceback, exit 0."""
    root = str(Path(__file__).resolve().parents[2])
    env = {**os.environ, "DISPUTE_DESK_DATA_DIR": str(tmp_path / "data"), "PYTHONPATH": root}
    run = [sys.executable, "-m", "app"]
    subprocess.run([*run, "demo", "--orders", "300"], env=env, check=True, capture_output=True)
    for command in (["orders"], ["orders", "--json"], ["deadlines"], ["show", "--help"]):
        writer = subprocess.Popen([*run, *command], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert writer.stdout is not None
        writer.stdout.readline()
        writer.stdout.close()  # what head -1 does after the first line
        _, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
        assert b"Traceback" not in err and b"BrokenPipeError" not in err, err


def test_rule_values_record_their_sources_with_dates_and_show_where_they_disagree(cli: Cli) -> None:
    rules = {v["key"]: v for v in cli.json("rules")}
    assert all(v["sources"] and all(s["date"] for s in v["sources"]) for v in rules.values())
    escalation = rules["escalation_days"]["sources"]
    assert sorted((s["value"], s["chosen"]) for s in escalation) == [(7, False), (16, True)]
    earliest = rules["not_received_earliest_days"]["sources"]
    assert sorted((s["value"], s["chosen"]) for s in earliest) == [(10, False), (11, True)]
    cli.ok("rules", "set", "escalation_days", "7")
    chosen = [
        s["value"]
        for s in {v["key"]: v for v in cli.json("rules")}["escalation_days"]["sources"]
        if s["chosen"]
    ]
    assert chosen == [7]
    out = cli.ok("rules")
    assert "* 2024: 7 —" in out and "  2019: 16 —" in out
    assert json.loads(json.dumps(rules["appeal_days"]))["value"] == 7


def test_the_clock_of_these_tests() -> None:
    from tests.conftest import CLI_NOW

    assert CLI_NOW == datetime(2026, 3, 10, 12, 0, tzinfo=UTC) and CLI_NOW.weekday() == 1
    assert timedelta(days=1)


def test_with_one_item_in_dispute_another_can_still_be_disputed_from_the_buttons(
    cli: Cli, tmp_path: Path
) -> None:
    from app.services import open_services

    received_lamp_and_cable(cli, tmp_path)
    cli.ok(
        "record",
        NUMBER,
        "dispute-opened",
        "--line",
        "1",
        "--at",
        "2026-03-02T10:00:00Z",
        "--reason",
        "damaged",
    )
    services = open_services(cli.data_dir, cli.clock)
    try:
        assert "dispute-opened" in services.orders.sensible_events(NUMBER)
    finally:
        services.close()
