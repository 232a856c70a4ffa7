"""The insights service's own writes: notes and flags on stores, the home currency and rates,
refused with a sentence when they make no sense, and the converted totals on the command line."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest

from app.domain.errors import Refused
from app.services import Services, open_services
from app.services.insights import InsightsService
from tests.conftest import Cli


@pytest.fixture
def services(cli: Cli) -> Iterator[Services]:
    opened = open_services(cli.data_dir, cli.clock)
    yield opened
    opened.close()


@pytest.fixture
def insights(services: Services) -> InsightsService:
    return services.insights


def test_store_marks_by_any_spelling_and_removed_when_empty(insights: InsightsService) -> None:
    insights.set_store_mark("  Shenzhen   Gadget Store ", "  slow ", True)
    marks = insights.store_marks()
    assert list(marks) == ["shenzhen gadget store"]
    assert (marks["shenzhen gadget store"].name, marks["shenzhen gadget store"].note) == (
        "Shenzhen Gadget Store",
        "slow",
    )
    insights.set_store_mark("SHENZHEN GADGET STORE", "slow", False)  # unflagged, the note stays
    assert insights.avoided_stores() == {}
    assert insights.store_marks()["shenzhen gadget store"].note == "slow"
    insights.set_store_mark("shenzhen gadget store", "", False)  # nothing left to keep
    assert insights.store_marks() == {}


def test_store_marks_refused(insights: InsightsService) -> None:
    with pytest.raises(Refused, match="needs a name"):
        insights.set_store_mark("   ", "x", True)
    with pytest.raises(Refused, match="too long"):
        insights.set_store_mark("S", "x" * 2001, True)


def test_rates_and_home_currency(insights: InsightsService) -> None:
    assert insights.home_currency() is None
    insights.set_home_currency(" eur ")
    assert insights.home_currency() == "EUR"
    insights.set_rate("usd", "EUR", date(2026, 1, 1), Decimal("0.92"))
    insights.set_rate("USD", "EUR", date(2026, 1, 1), Decimal("0.93"))  # the same day: replaced
    assert [(r.currency, r.valid_from, r.rate) for r in insights.rates()] == [
        ("USD", date(2026, 1, 1), Decimal("0.93"))
    ]
    assert insights.remove_rate("USD", "EUR", date(2026, 1, 1))
    assert not insights.remove_rate("USD", "EUR", date(2026, 1, 1))
    insights.set_home_currency(None)
    assert insights.home_currency() is None


@pytest.mark.parametrize(
    ("currency", "home", "rate", "message"),
    [
        ("EUR", "EUR", "1", "not the home currency itself"),
        ("USD", "EUR", "0", "positive"),
        ("USD", "EUR", "-2", "positive"),
        ("XYZ", "EUR", "1", "unknown currency"),
        ("USD", "ABC", "1", "unknown currency"),
    ],
)
def test_rates_refused(insights: InsightsService, currency: str, home: str, rate: str, message: str) -> None:
    with pytest.raises(Refused, match=message):
        insights.set_rate(currency, home, date(2026, 1, 1), Decimal(rate))
    assert insights.rates() == []


def test_the_command_line_shows_converted_totals_marked_as_such(cli: Cli, insights: InsightsService) -> None:
    cli.ok("add", "--order", "1", "--store", "S", "--title", "T", "--total", "10", "--currency", "USD",
           "--paid-at", "2026-02-01T10:00:00Z")  # fmt: skip
    cli.ok("add", "--order", "2", "--store", "S", "--title", "T", "--total", "10", "--currency", "PLN",
           "--paid-at", "2026-02-01T10:00:00Z")  # fmt: skip
    insights.set_home_currency("EUR")
    insights.set_rate("USD", "EUR", date(2026, 1, 1), Decimal("0.5"))
    text = cli.ok("stats")
    assert "≈ 5.00 EUR converted at your rates (without PLN: no rate)" in text
    assert "5.00" not in cli.ok("stats", "--json")  # JSON never converts
    # --from/--to take exact times too
    assert cli.json("stats", "--from", "2026-02-01T10:00:01Z")["orders"] == 0
    assert cli.json("stats", "--to", "2026-02-01T10:00:01Z")["orders"] == 2
