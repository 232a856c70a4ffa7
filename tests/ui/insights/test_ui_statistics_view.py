"""The statistics view on the hand-worked history: the period, the four charts with the right
bars, their tables, the currency filter and the summary; a chart saved from its button."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.clock import FrozenClock
from app.domain.periods import Preset
from app.services import Services
from ui.common.tasks import TaskRunner
from ui.insights.statistics_view import StatisticsView


@pytest.fixture
def view(qtbot: QtBot, history_services: Services, cli_clock: FrozenClock) -> Iterator[StatisticsView]:
    tasks = TaskRunner()
    widget = StatisticsView(history_services, cli_clock, tasks)
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    with qtbot.waitSignal(widget.computed, timeout=10_000):
        widget.show()
    with qtbot.waitSignal(widget.computed, timeout=10_000):
        widget.set_preset(Preset.ALL)
    yield widget
    tasks.wait()


def table_rows(table: object) -> list[list[str]]:
    from ui.insights.numbers_table import NumbersTable

    assert isinstance(table, NumbersTable)
    return [line.split("\t") for line in table.text(selected_only=False).splitlines()]


def test_spending_per_month_one_series_per_currency(view: StatisticsView) -> None:
    chart = view.spending.chart
    assert chart.categories() == ["Nov 2025", "Jan 2026", "Feb 2026"]  # December had nothing (trash)
    assert [s.name for s in chart.series()] == ["EUR", "PLN", "USD"]
    assert len(chart.bars()) == 9
    assert table_rows(view.spending.table) == [
        ["Month", "EUR", "PLN", "USD"],
        ["Nov 2025", "", "", "$10.00"],
        ["Jan 2026", "€25.50", "zł\xa0100.00", ""],
        ["Feb 2026", "", "", "$19.00"],
        ["Total", "€25.50", "zł\xa0100.00", "$29.00"],
    ]
    assert "5 orders paid" in view.summary.text()
    assert "4 disputes opened: 1 won, 1 lost, 1 open, 1 cancelled" in view.summary.text()


def test_one_currency_at_a_time(qtbot: QtBot, view: StatisticsView) -> None:
    view.currency.setCurrentIndex(view.currency.findData("USD"))
    chart = view.spending.chart
    assert [s.name for s in chart.series()] == ["USD"]
    assert chart.categories() == ["Nov 2025", "Feb 2026"]
    assert [s.name for s in view.money_back.chart.series()] == [
        "Disputed",
        "Refunds received",
        "Still pending",
    ]
    assert view.money_back.chart.categories() == ["USD"]
    assert table_rows(view.money_back.table)[1] == ["USD", "$23.00", "$4.00", "$7.00"]


def test_disputes_and_delivery(view: StatisticsView) -> None:
    disputes = view.disputes.chart
    assert disputes.categories() == ["Damaged", "Not as described", "Tracking stalled", "Wrong item"]
    assert [s.name for s in disputes.series()] == ["Won", "Lost", "Open", "Cancelled"]
    assert len(disputes.bars()) == 16
    assert ["Not as described", "1", "0", "0", "0", "1"] in table_rows(view.disputes.table)
    assert "Won: 9.0 days (median of 1)" in view.disputes.note.text()
    delivery = view.delivery.chart
    assert [v for v in delivery.series()[0].values] == [2.0, 1.0, 1.0, 0.0, 0.0, 0.0, 0.0]
    assert "Median: 10.5 days over 4 parcels" in view.delivery.note.text()


def test_a_period_narrows_everything(qtbot: QtBot, view: StatisticsView) -> None:
    view.first_day.setDate(view.first_day.date().fromString("2026-01-01", "yyyy-MM-dd"))
    view.last_day.setDate(view.last_day.date().fromString("2026-01-31", "yyyy-MM-dd"))
    with qtbot.waitSignal(view.computed, timeout=10_000):
        view.set_preset(Preset.CUSTOM)
    assert view.first_day.isVisible()
    assert view.spending.chart.categories() == ["Jan 2026"]
    assert view.stats is not None and view.stats.disputes.opened == 0
    assert view.disputes.chart.bars() == []
    with qtbot.waitSignal(view.computed, timeout=10_000):
        view.set_preset(Preset.THIS_MONTH)  # March 2026: nothing yet
    assert view.spending.chart.bars() == []
    assert "0 orders paid" in view.summary.text()


def test_save_chart_writes_the_picture_chosen(view: StatisticsView, tmp_path: Path) -> None:
    target = tmp_path / "spending.svg"
    view.spending.ask_path = lambda _parent, suggested: target if suggested == "spending.png" else None
    assert view.spending.save() == target
    assert "<svg" in target.read_text("utf-8")


def test_converted_total_is_marked_as_such(
    qtbot: QtBot, history_services: Services, view: StatisticsView
) -> None:
    from datetime import date
    from decimal import Decimal

    insights = history_services.insights
    insights.set_home_currency("EUR")
    insights.set_rate("USD", "EUR", date(2025, 1, 1), Decimal("0.5"))
    with qtbot.waitSignal(view.computed, timeout=10_000):
        view.mark_stale()
    note = view.spending.note.text()
    assert "≈ €40.00" in note  # 25.50 EUR + 29.00 USD × 0.5
    assert "converted" in note and "PLN" in note  # no PLN rate: said, not silently left out
