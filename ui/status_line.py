"""The status bar's summary: deadlines within 48 hours and the money at risk, per currency."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal

from PySide6.QtWidgets import QLabel, QWidget

from app.domain.views import needs_attention
from app.services.listing import ListRow
from ui.format import money


def at_risk(rows: Iterable[ListRow], now: int) -> tuple[int, dict[str, Decimal]]:
    """Orders whose next deadline is overdue or within 48 h, and their totals per currency."""
    count = 0
    money_by_currency: dict[str, Decimal] = defaultdict(Decimal)
    for row in rows:
        if not row.in_trash and needs_attention(row.next_due, now):
            count += 1
            money_by_currency[row.currency] += Decimal(row.total)
    return count, dict(sorted(money_by_currency.items()))


class StatusLine(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Deadline summary"))

    def update_from(self, rows: Iterable[ListRow], now: int) -> None:
        count, amounts = at_risk(rows, now)
        if not count:
            self.setText(self.tr("Nothing overdue or due within 48 hours"))
            return
        sums = ", ".join(money(amount, currency) for currency, amount in amounts.items())
        self.setText(
            self.tr("%n order(s) overdue or due within 48 hours · at risk: %1", "", count).replace("%1", sums)
        )
