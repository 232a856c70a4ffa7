"""The dispute guide's refund page: a full or a partial refund, and for a received item whether to
send it back."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from app.domain.errors import ParseError
from app.domain.model import RECEIVED_REASONS
from app.domain.parsing import parse_amount
from ui.common import dialogs
from ui.common import format as fmt
from ui.common.form_fields import FieldMessage, hint_label
from ui.wizards.dispute.flow import DisputeFlow


class RefundPage(QWizardPage):
    """Full or partial refund (an amount in the order's currency, more than zero and at most the
    total) and, for a received item, whether to send it back (which asks for the full refund)."""

    def __init__(self, flow: DisputeFlow) -> None:
        super().__init__()
        self._flow = flow
        order = flow.order
        self.setTitle(self.tr("What do you ask for?"))
        self.setSubTitle(
            self.tr("The order total is %1.").replace("%1", fmt.money(order.total, order.currency))
        )
        self.full = QRadioButton(
            self.tr("&Full refund: %1").replace("%1", fmt.money(order.total, order.currency)), self
        )
        self.partial = QRadioButton(self.tr("&Partial refund:"), self)
        self.full.setAccessibleName(self.tr("Full refund"))
        self.partial.setAccessibleName(self.tr("Partial refund"))
        self._choice = QButtonGroup(self)
        self._choice.addButton(self.full)
        self._choice.addButton(self.partial)
        self.full.setChecked(True)
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText(self.tr("Amount in %1").replace("%1", order.currency))
        self.amount.setAccessibleName(self.tr("Partial refund amount in %1").replace("%1", order.currency))
        self.amount.setEnabled(False)
        # As wide as an amount, or its placeholder in a longer language: never cut off.
        metrics = self.amount.fontMetrics()
        wanted = max(
            metrics.horizontalAdvance("0") * 16, metrics.horizontalAdvance(self.amount.placeholderText())
        )
        self.amount.setMaximumWidth(wanted + 16)
        self.amount.setMinimumWidth(wanted + 16)
        self.problem = FieldMessage(self)
        self.problem.setAccessibleName(self.tr("Problem with the amount"))
        self.return_item = QCheckBox(self.tr("&Return the item (for a full refund)"), self)
        self.return_item.setAccessibleName(self.tr("Return the item"))
        self.outcome = hint_label(self)
        self.outcome.setAccessibleName(self.tr("Usual outcome"))
        row = QHBoxLayout()
        row.addWidget(self.partial)
        row.addWidget(self.amount)
        row.addWidget(QLabel(order.currency, self))
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.full)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(self.return_item)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        self._choice.buttonToggled.connect(self._changed)
        self.amount.textChanged.connect(self._changed)
        self.return_item.toggled.connect(self._return_toggled)

    def initializePage(self) -> None:
        order, scope = self._flow.order, self._flow.scope_total()
        if self._flow.line() is None:
            self.setSubTitle(
                self.tr("The order total is %1.").replace("%1", fmt.money(order.total, order.currency))
            )
        else:
            self.setSubTitle(
                self.tr("Item %1 cost %2.")
                .replace("%1", str(self._flow.line()))
                .replace("%2", fmt.money(scope, order.currency))
            )
        self.full.setText(self.tr("&Full refund: %1").replace("%1", fmt.money(scope, order.currency)))
        received = self._flow.reason() in RECEIVED_REASONS
        self.return_item.setVisible(received)
        if not received:
            self.return_item.setChecked(False)
        full = self._flow.advice().outcome == "full_refund"
        self.outcome.setText(
            self.tr("Usually: a full refund.")
            if full
            else self.tr(
                "Usually: a partial refund while you keep the item, or a full refund if you send it back."
            )
        )
        self.outcome.show()
        self._changed()
        (self.full if self.full.isChecked() else self.partial).setFocus()

    def _return_toggled(self, checked: bool) -> None:
        if checked:
            self.full.setChecked(True)
        self.partial.setEnabled(not checked)
        self._changed()

    def _changed(self) -> None:
        self.amount.setEnabled(self.partial.isChecked())
        self.problem.show_message(self._problem() if self.amount.text().strip() else None)
        self.completeChanged.emit()

    def _problem(self) -> str | None:
        if not self.partial.isChecked():
            return None
        order = self._flow.order
        try:
            amount = parse_amount(self.amount.text(), order.currency).amount
        except ParseError as exc:
            return dialogs.refusal_text(exc)
        if amount <= 0:
            return self.tr("The amount must be more than zero.")
        scope = self._flow.scope_total()
        if amount > scope:
            text = (
                self.tr("That is more than the order total, %1.")
                if self._flow.line() is None
                else self.tr("That is more than the item cost, %1.")
            )
            return text.replace("%1", fmt.money(scope, order.currency))
        return None

    def refund(self) -> Decimal | None:
        """The amount asked for; None while a partial amount is missing or wrong."""
        if self.full.isChecked():
            return self._flow.scope_total()
        if self._problem() is not None:
            return None
        return parse_amount(self.amount.text(), self._flow.order.currency).amount

    def wants_return(self) -> bool:
        return self._flow.reason() in RECEIVED_REASONS and self.return_item.isChecked()

    def isComplete(self) -> bool:
        return self.refund() is not None
