"""The status bar's summary: deadlines within 48 hours and the money at risk, per currency."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QLabel, QWidget

from app.services.listing import ListRow, at_risk
from ui.common.format import money


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
