"""The detail panel's items: per item of the order, what was claimed, decided and received.

AliExpress opens disputes per item, so an order with a lamp and a cable can have the cable
refunded while the lamp is still disputed. The section shows one row per item (its number, the
one the command line's ``--line`` takes) once the order has a dispute or a refund; a dispute about
the whole order is the same case for every item, and says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.domain.case import CaseSummary
from app.services.views import OrderDetail, OrderLineView
from ui.common import format as fmt
from ui.detail.case import stage_text
from ui.detail.sections import bold, clear_layout, wrapped
from ui.orders.event_texts import outcome_label, reason_label


class ItemsSection(QWidget):
    """One row per item with its dispute and refund; hidden while the order has neither."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemsSection")
        self.setAccessibleName(self.tr("Items and their disputes"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        title = bold(QLabel(self.tr("Items")), 1.1)
        title.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(title)
        self._rows = QVBoxLayout()
        self._rows.setSpacing(4)
        layout.addLayout(self._rows)
        self.rows: list[QLabel] = []
        self.hide()

    def set_items(self, detail: OrderDetail, cases: Sequence[CaseSummary]) -> None:
        clear_layout(self._rows)
        self.rows = []
        # Only when it says something the header and the dispute section don't: a dispute or a
        # refund about one item, or how much came back in all.
        about_one = any(case.line is not None for case in cases) or any(ln.refunded for ln in detail.lines)
        if not about_one and not detail.refunded:
            self.hide()
            return
        whole = [case for case in cases if case.line is None]
        for item in detail.lines:
            own = [case for case in cases if case.line == item.line]
            label = wrapped("\n".join(self._item_lines(item, own, whole, detail.currency)), selectable=True)
            label.setObjectName(f"item-{item.line}")
            self._rows.addWidget(label)
            label.show()
            self.rows.append(label)
        if detail.refunded:
            total = wrapped(
                self.tr("Refunded in all: %1 of %2")
                .replace("%1", fmt.money(detail.refunded, detail.currency))
                .replace("%2", fmt.money(detail.total, detail.currency))
            )
            total.setObjectName("itemsRefunded")
            self._rows.addWidget(total)
            total.show()
            self.rows.append(total)
        self.show()

    def _item_lines(
        self,
        item: OrderLineView,
        own: Sequence[CaseSummary],
        whole: Sequence[CaseSummary],
        currency: str,
    ) -> list[str]:
        cost = item.unit_price * item.quantity if item.unit_price is not None else None
        head = self.tr("%1. %2").replace("%1", str(item.line)).replace("%2", item.title)
        if item.quantity != 1:
            head = self.tr("%1 (× %2)").replace("%1", head).replace("%2", str(item.quantity))
        if cost is not None:
            head = self.tr("%1 — %2").replace("%1", head).replace("%2", fmt.money(cost, currency))
        lines = [head]
        for case in own:
            lines.append("    " + self._case_text(case, currency))
        if not own and whole:
            lines.append("    " + self.tr("In the dispute about the whole order"))
        if item.refunded:
            lines.append(
                "    " + self.tr("Refund received: %1").replace("%1", fmt.money(item.refunded, currency))
            )
        return lines

    def _case_text(self, case: CaseSummary, currency: str) -> str:
        """Claimed, decided, received: "Damaged, asked 5.00 EUR · Partial refund of 2.50 EUR ·
        Refund on its way"."""

        def money(value: Decimal) -> str:
            return fmt.money(value, currency)

        parts = [reason_label(case.reason)]
        if case.refund_asked is not None:
            parts[0] = self.tr("%1, asked %2").replace("%1", parts[0]).replace("%2", money(case.refund_asked))
        if case.outcome is not None:
            decided = outcome_label(case.outcome)
            if case.decided_amount is not None:
                decided = self.tr("%1 of %2").replace("%1", decided).replace("%2", money(case.decided_amount))
            parts.append(decided)
        parts.append(stage_text(case.stage))
        return " · ".join(parts)
