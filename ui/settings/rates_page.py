"""Settings → Currencies: the home currency and the exchange rates the buyer types in.

Statistics never add different currencies together; with a home currency and rates, they also
show an estimated total converted into it, marked as such. A rate holds from its date until the
next rate of the same currency; nothing is fetched (the app makes no network connection).
Each change is saved at once, through the insights service.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import Refused
from app.domain.rates import Rate
from ui.common import dialogs, locale_format

if TYPE_CHECKING:  # the service module imports the store: not before the first paint
    from app.services.insights import InsightsService

CURRENCIES = (
    "USD", "EUR", "GBP", "PLN", "RUB", "UAH", "KZT", "BRL", "CAD", "AUD", "NZD", "CNY", "JPY", "KRW",
    "INR", "TRY", "CHF", "CZK", "HUF", "RON", "SEK", "NOK", "DKK", "ILS", "MXN", "CLP",
)  # fmt: skip


def parse_rate(text: str) -> Decimal:
    """A rate as typed: "0.92", "0,92", "4.2715" (one decimal separator, no grouping)."""
    cleaned = "".join(text.split()).replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise Refused(
            QCoreApplication.translate("RatesPage", "“%1” is not a rate (try %2).")
            .replace("%1", text.strip())
            .replace("%2", locale_format.number(Decimal("0.92")))
        ) from None
    if not value.is_finite() or value <= 0:
        raise Refused(QCoreApplication.translate("RatesPage", "A rate must be a positive number."))
    return value


class RatesPage(QWidget):
    def __init__(self, service: InsightsService, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        intro = QLabel(
            self.tr(
                "Statistics show money per currency and never add currencies together. If you enter "
                "rates to a home currency here, they also show an estimated total in it, marked as "
                "converted. A rate applies from its date until the next one; nothing is fetched online. "
                "Changes here are saved as soon as you make them."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.home = QComboBox(self)
        self.home.setAccessibleName(self.tr("Home currency"))
        self.home.addItem(self.tr("None (no converted totals)"), None)
        for code in CURRENCIES:
            self.home.addItem(code, code)
        current = service.home_currency()
        self.home.setCurrentIndex(max(0, self.home.findData(current)) if current else 0)

        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName(self.tr("Exchange rates"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.currency = QComboBox(self)
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.currency.setAccessibleName(self.tr("Currency of the new rate"))
        self.valid_from = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.valid_from.setCalendarPopup(True)
        self.valid_from.setDisplayFormat(locale_format.date_format())
        self.valid_from.setAccessibleName(self.tr("Valid from"))
        self.rate = QLineEdit(self)
        self.rate.setPlaceholderText(locale_format.number(Decimal("0.92")))
        self.rate.setAccessibleName(self.tr("Rate: home currency units for one unit"))
        self.add_button = QPushButton(self.tr("&Add rate"), self)
        self.remove_button = QPushButton(self.tr("&Remove rate"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Home currency:"), self.home)
        new_row = QHBoxLayout()
        new_row.addWidget(QLabel(self.tr("1"), self))
        new_row.addWidget(self.currency)
        new_row.addWidget(QLabel(self.tr("from"), self))
        new_row.addWidget(self.valid_from)
        new_row.addWidget(QLabel("=", self))
        new_row.addWidget(self.rate, 1)
        self.home_label = QLabel(self)
        new_row.addWidget(self.home_label)
        new_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(new_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.remove_button)
        layout.addLayout(buttons)

        self.home.currentIndexChanged.connect(self._home_changed)
        self.add_button.clicked.connect(self.add_rate)
        self.remove_button.clicked.connect(self.remove_rate)
        self.rate.returnPressed.connect(self.add_rate)
        self._show_rates()

    def home_code(self) -> str | None:
        data = self.home.currentData()
        return str(data) if data else None

    def _home_changed(self) -> None:
        try:
            self._service.set_home_currency(self.home_code())
        except Refused as exc:
            self.message.setText(dialogs.refusal_text(exc))
            return
        self._show_rates()

    def _show_rates(self) -> None:
        home = self.home_code()
        rates = [r for r in self._service.rates() if r.home == home] if home else []
        self.table.setRowCount(len(rates))
        self.table.setHorizontalHeaderLabels([self.tr("Currency"), self.tr("From"), self.tr("Rate")])
        for row, rate in enumerate(rates):
            for column, text in enumerate(
                (
                    rate.currency,
                    locale_format.date_text(rate.valid_from),
                    f"{locale_format.number(rate.rate)} {rate.home}",
                )
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, rate)
                self.table.setItem(row, column, item)
        enabled = home is not None
        for widget in (
            self.currency,
            self.valid_from,
            self.rate,
            self.add_button,
            self.remove_button,
            self.table,
        ):
            widget.setEnabled(enabled)
        self.home_label.setText(home or "")
        self.message.setText("" if enabled else self.tr("Choose a home currency to enter rates."))

    def add_rate(self) -> None:
        home = self.home_code()
        if home is None:
            return
        day = self.valid_from.date()
        try:
            rate = self._service.set_rate(
                self.currency.currentText(),
                home,
                date(day.year(), day.month(), day.day()),
                parse_rate(self.rate.text()),
            )
        except Refused as exc:
            self.message.setText(dialogs.refusal_text(exc))
            return
        self.rate.clear()
        self._show_rates()
        self.message.setText(
            self.tr("Saved: 1 %1 = %2 %3 from %4.")
            .replace("%1", rate.currency)
            .replace("%2", locale_format.number(rate.rate))
            .replace("%3", rate.home)
            .replace("%4", locale_format.date_text(rate.valid_from))
        )

    def remove_rate(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        for row in rows:
            item = self.table.item(row, 0)
            rate = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
            if isinstance(rate, Rate):
                self._service.remove_rate(rate.currency, rate.home, rate.valid_from)
        if rows:
            self._show_rates()
            self.message.setText(self.tr("Removed."))
