"""The statistics and the stores ledger, checked against histories worked out by hand: several
currencies, partial refunds, a refund in another month than its payment, the trash left out,
months without activity left out, disputes won, lost, open and cancelled."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from insight_history import build_history

from app.domain.periods import Period
from tests.conftest import Cli


@pytest.fixture
def history(cli: Cli) -> Cli:
    build_history(cli)
    return cli


def test_all_time_sums_per_currency_never_converted(history: Cli) -> None:
    assert history.json("stats") == {
        "spent": {"EUR": "25.50", "PLN": "100.00", "USD": "29.00"},
        "refunded": {"EUR": "5.25", "USD": "4.00"},
        "orders": 5,
        "disputes": {"opened": 4, "won": 1, "lost": 1, "open": 1},
        "by_month": [
            {"month": "2025-11", "spent": {"USD": "10.00"}, "refunded": {}},
            # 2025-12: only the order now in the trash was paid then: the month is left out.
            {"month": "2026-01", "spent": {"EUR": "25.50", "PLN": "100.00"}, "refunded": {"USD": "4.00"}},
            {"month": "2026-02", "spent": {"USD": "19.00"}, "refunded": {"EUR": "5.25"}},
        ],
    }


def test_a_range_counts_payments_refunds_and_disputes_by_their_own_dates(history: Cli) -> None:
    january = history.json("stats", "--from", "2026-01-01", "--to", "2026-01-31")
    assert january == {
        "spent": {"EUR": "25.50", "PLN": "100.00"},
        # The refund of order 1001 (paid in November) came in January.
        "refunded": {"USD": "4.00"},
        "orders": 2,
        "disputes": {"opened": 0, "won": 0, "lost": 0, "open": 0},
        "by_month": [
            {"month": "2026-01", "spent": {"EUR": "25.50", "PLN": "100.00"}, "refunded": {"USD": "4.00"}}
        ],
    }
    february = history.json("stats", "--from", "2026-02-01", "--to", "2026-02-28")
    assert february["disputes"] == {"opened": 3, "won": 0, "lost": 1, "open": 1}  # + one cancelled
    assert february["refunded"] == {"EUR": "5.25"}  # a partial refund


def test_the_trash_is_left_out_and_restoring_brings_the_order_back(history: Cli) -> None:
    history.ok("untrash", "1005")
    stats = history.json("stats")
    assert stats["spent"]["USD"] == "79.00"
    assert [m["month"] for m in stats["by_month"]] == ["2025-11", "2025-12", "2026-01", "2026-02"]


def test_months_are_the_buyers_calendar_months(cli: Cli, local_tz: Callable[[str], None]) -> None:
    local_tz("Europe/Berlin")
    cli.ok("add", "--order", "2001", "--store", "S", "--title", "T", "--total", "5", "--currency", "EUR",
           "--ordered-at", "2026-01-31T23:10:00Z", "--paid-at", "2026-01-31T23:30:00Z")  # fmt: skip
    # 23:30 UTC on 31 January is 00:30 on 1 February in Berlin.
    assert [m["month"] for m in cli.json("stats")["by_month"]] == ["2026-02"]
    local_tz("UTC")
    assert [m["month"] for m in cli.json("stats")["by_month"]] == ["2026-01"]


def test_dispute_outcomes_reasons_durations_and_pending(history: Cli) -> None:
    from app.services import open_services

    services = open_services(history.data_dir, history.clock)
    try:
        stats = services.insights.statistics(Period())
    finally:
        services.close()
    assert stats.disputes.cancelled == 1
    assert stats.by_reason["not_as_described"]["won"] == 1
    assert stats.by_reason["tracking_stalled"]["lost"] == 1
    assert stats.by_reason["damaged"]["open"] == 1
    assert stats.by_reason["wrong_item"]["cancelled"] == 1
    assert stats.dispute_days["won"] == [9.0]  # opened 1 Dec, decided 10 Dec
    assert stats.dispute_days["lost"] == [9.0]
    assert stats.dispute_days["open"] == []
    # Asked for: 4.00 USD (named), the whole 100 PLN, the whole 7 USD (open), the whole 12 USD.
    assert stats.disputed == {"PLN": Decimal("100.00"), "USD": Decimal("23.00")}
    # Still expected: only the open dispute's 7 USD (the won one was paid out in January).
    assert stats.pending == {"USD": Decimal("7.00")}
    # Delivery: 1001 20 days, 1003 received 14 days after shipping, 1004 one day, 1006 7 days.
    assert sorted(stats.delivery_days) == pytest.approx([1.0, 7.0, 14.0, 20.0])
    assert stats.median_delivery_days() == Decimal("10.5")
    assert dict(stats.delivery_bands()) == {
        "0–7": 2, "8–14": 1, "15–21": 1, "22–30": 0, "31–45": 0, "46–60": 0, "61+": 0,
    }  # fmt: skip


def test_stores_ledger(history: Cli) -> None:
    assert history.json("stores") == [
        {
            "store": "Alpha Shop",  # "alpha  shop " is the same store
            "orders": 2,
            "spent": {"EUR": "25.50", "USD": "10.00"},
            "disputes": 1,
            "won": 1,
            "lost": 0,
            "median_delivery_days": 20.0,
        },
        {
            "store": "Beta",
            "orders": 2,
            "spent": {"PLN": "100.00", "USD": "7.00"},
            "disputes": 2,
            "won": 0,
            "lost": 1,
            "median_delivery_days": 7.5,  # 14 and 1 days
        },
        {
            "store": "Gamma",  # its order in the trash is left out
            "orders": 1,
            "spent": {"USD": "12.00"},
            "disputes": 1,
            "won": 0,
            "lost": 0,
            "median_delivery_days": 7.0,
        },
    ]


def test_empty_data(cli: Cli) -> None:
    assert cli.json("stats") == {
        "spent": {},
        "refunded": {},
        "orders": 0,
        "disputes": {"opened": 0, "won": 0, "lost": 0, "open": 0},
        "by_month": [],
    }
    assert cli.json("stores") == []
    assert "no orders yet" in cli.ok("stores")


def test_bad_ranges_are_refused(cli: Cli) -> None:
    assert "--to must come after --from" in cli.refused("stats", "--from", "2026-02-01", "--to", "2026-01-01")
    assert "2026-02-30" in cli.refused("stats", "--from", "2026-02-30")


def test_human_output_names_the_numbers(history: Cli) -> None:
    text = history.ok("stats")
    assert (
        "29.00 USD" in text and "5.25 EUR" in text and "4 opened: 1 won, 1 lost, 1 open, 1 cancelled" in text
    )
    stores = history.ok("stores")
    assert stores.index("Alpha Shop") < stores.index("Beta") < stores.index("Gamma")


def test_what_was_read_is_kept_until_an_order_changes(history: Cli) -> None:
    from app.services import open_services

    services = open_services(history.data_dir, history.clock)
    try:
        insights = services.insights
        assert insights.statistics().spent["USD"] == Decimal("29.00")
        assert insights.statistics().spent["USD"] == Decimal("29.00")  # from what was read
        history.ok("trash", "1006")  # another process (the command line) changes the data
        assert insights.statistics().spent["USD"] == Decimal("17.00")
        assert [row.name for row in insights.ledger()] == ["Alpha Shop", "Beta"]
        history.ok("untrash", "1006")
        history.ok("record", "1004", "refund-received", "--amount", "7.00", "--at", "2026-03-01T10:00:00Z")
        stats = insights.statistics()
        assert stats.spent["USD"] == Decimal("29.00")
        assert stats.refunded["USD"] == Decimal("11.00")
    finally:
        services.close()
