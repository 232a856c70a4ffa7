"""The statistics view: a period (this month, this year, the last 12 months, all time or days
of the buyer's choosing), what was spent and got back in it, and four charts, each with its
numbers under it: spending per month (one series per currency), money disputed against money
recovered and still pending, disputes by reason and outcome, and delivery times.

The numbers are computed off the GUI thread by the same service as ``dispute-desk stats``; the
view shows "Computing…" meanwhile and ignores an answer that a newer request overtook.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.clock import Clock
from app.domain.periods import Period, Preset, days_period, preset_period
from app.services import Services
from app.services.insight_sums import Statistics
from ui.common import dialogs, locale_format
from ui.common.shown_reads import ReadWhenShown
from ui.common.tasks import TaskRunner
from ui.insights import statistics_fill as fill
from ui.insights.chart_panel import ChartPanel
from ui.insights.chart_style import money_text
from ui.insights.texts import preset_text


class StatisticsView(QWidget):
    computed = Signal()  # the charts show a fresh answer

    def __init__(
        self, services: Services, clock: Clock, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._clock = clock
        self._reads = ReadWhenShown(self, tasks, self._begin_read, self._computed, self._failed)
        self.stats: Statistics | None = None

        self.period = QComboBox(self)
        self.period.setAccessibleName(self.tr("Period"))
        for preset in Preset:
            self.period.addItem(preset_text(preset), preset.value)
        self.period.setCurrentIndex(list(Preset).index(Preset.LAST_12_MONTHS))
        today = QDate.fromString(clock.now().astimezone().date().isoformat(), "yyyy-MM-dd")
        self.first_day = QDateEdit(today.addMonths(-1), self)
        self.last_day = QDateEdit(today, self)
        for edit, name in ((self.first_day, self.tr("First day")), (self.last_day, self.tr("Last day"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(locale_format.date_format())
            edit.setAccessibleName(name)
        self.currency = QComboBox(self)
        self.currency.setAccessibleName(self.tr("Currency of the money charts"))
        self.currency.addItem(self.tr("All currencies"), None)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Summary of the period"))
        self.status = QLabel(self)

        period_row = QHBoxLayout()
        period_label = QLabel(self.tr("&Period:"), self)
        period_label.setBuddy(self.period)
        currency_label = QLabel(self.tr("C&urrency:"), self)
        currency_label.setBuddy(self.currency)
        period_row.addWidget(period_label)
        period_row.addWidget(self.period)
        period_row.addWidget(self.first_day)
        period_row.addWidget(self.last_day)
        period_row.addSpacing(16)
        period_row.addWidget(currency_label)
        period_row.addWidget(self.currency)
        period_row.addStretch(1)
        period_row.addWidget(self.status)

        self.spending = ChartPanel(self.tr("Spending per month"), "spending", self)
        self.money_back = ChartPanel(self.tr("Money disputed and recovered"), "money-back", self)
        self.disputes = ChartPanel(self.tr("Disputes by reason and outcome"), "disputes", self)
        self.delivery = ChartPanel(self.tr("Delivery time (days)"), "delivery", self)
        self.panels = (self.spending, self.money_back, self.disputes, self.delivery)
        content = QWidget(self)
        column = QVBoxLayout(content)  # one chart under the other: months and currencies need the width
        column.addWidget(self.summary)
        for panel in self.panels:
            panel.chart.setMinimumHeight(240)
            column.addWidget(panel)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addLayout(period_row)
        layout.addWidget(scroll, 1)

        self.period.currentIndexChanged.connect(self._on_period)
        self.first_day.dateChanged.connect(self._on_days)
        self.last_day.dateChanged.connect(self._on_days)
        self.currency.currentIndexChanged.connect(self._show)
        self._show_day_fields()  # computed when first shown

    # -- the period -------------------------------------------------------------------------------

    def preset(self) -> Preset:
        return Preset(self.period.currentData())

    def set_preset(self, preset: Preset) -> None:
        self.period.setCurrentIndex(list(Preset).index(preset))

    def chosen_period(self) -> Period:
        preset = self.preset()
        if preset is Preset.CUSTOM:
            first, last = _day(self.first_day.date()), _day(self.last_day.date())
            return days_period(min(first, last), max(first, last))
        return preset_period(preset, self._clock.now())

    def _show_day_fields(self) -> None:
        custom = self.preset() is Preset.CUSTOM
        self.first_day.setVisible(custom)
        self.last_day.setVisible(custom)

    def _on_period(self) -> None:
        self._show_day_fields()
        self.mark_stale()

    def _on_days(self) -> None:
        if self.preset() is Preset.CUSTOM:
            self.mark_stale()

    # -- computing --------------------------------------------------------------------------------

    def mark_stale(self) -> None:
        """The data or the period changed: recompute now if shown, else when next shown."""
        self._reads.mark_stale()

    def refresh(self) -> None:
        self._reads.refresh()

    def _begin_read(self) -> Callable[[], Statistics]:
        period, services = self.chosen_period(), self._services
        self.status.setText(self.tr("Computing…"))
        return lambda: services.insights.statistics(period)  # the service is built off the GUI thread

    def _computed(self, stats: Statistics) -> None:
        self.stats = stats
        self.status.setText("")
        self._fill_currencies(fill.currencies(stats))
        self._show()
        self.computed.emit()

    def _failed(self, error: Exception) -> None:
        self.status.setText("")
        dialogs.show_error(self, self.tr("Statistics"), dialogs.refusal_text(error))

    def _fill_currencies(self, codes: list[str]) -> None:
        current = self.currency.currentData()
        self.currency.blockSignals(True)
        try:
            self.currency.clear()
            self.currency.addItem(self.tr("All currencies"), None)
            for code in codes:
                self.currency.addItem(code, code)
            index = self.currency.findData(current) if current else 0
            self.currency.setCurrentIndex(max(0, index))
        finally:
            self.currency.blockSignals(False)

    # -- showing ----------------------------------------------------------------------------------

    def _show(self) -> None:
        stats = self.stats
        if stats is None:
            return
        currency = self.currency.currentData()
        fill.fill_spending(self.spending, stats, currency)
        fill.fill_money_back(self.money_back, stats, currency)
        fill.fill_disputes(self.disputes, stats)
        fill.fill_delivery(self.delivery, stats)
        self.summary.setText(self._summary_text(stats))

    def _summary_text(self, stats: Statistics) -> str:
        def money(values: dict[str, Decimal]) -> str:
            return ", ".join(money_text(v, c) for c, v in values.items()) or self.tr("nothing")

        counts = stats.disputes
        return (
            self.tr("%n order(s) paid, %1 spent; %2 refunded.", "", stats.orders)
            .replace("%1", money(dict(stats.spent)))
            .replace("%2", money(dict(stats.refunded)))
            + " "
            + self.tr("%n dispute(s) opened: %1 won, %2 lost, %3 open, %4 cancelled.", "", counts.opened)
            .replace("%1", locale_format.number(counts.won))
            .replace("%2", locale_format.number(counts.lost))
            .replace("%3", locale_format.number(counts.open))
            .replace("%4", locale_format.number(counts.cancelled))
        )


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
