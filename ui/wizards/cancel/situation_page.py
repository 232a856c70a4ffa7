"""The cancel guide's first page: the order as it is now and the reason the buyer wants to cancel.
Next asks the advice engine (``OrderService.advise_cancel``); the page decides nothing."""

from __future__ import annotations

from PySide6.QtCore import Property, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.domain.errors import Refused
from app.domain.model import CANCEL_REASONS
from ui.common import dialogs
from ui.common import format as fmt
from ui.common.form_fields import RefusalBanner, hint_label
from ui.wizards.cancel.flow import SITUATION, CancelFlow
from ui.wizards.parts import value_label


class SituationPage(QWizardPage):
    """The order as it is now (read-only) and the reason, chosen with a radio button. Next asks
    the service for the advice; a refusal stays on this page."""

    reason_changed = Signal()

    def __init__(self, flow: CancelFlow) -> None:
        super().__init__()
        self._flow = flow
        self.setTitle(self.tr("The order"))
        self.setSubTitle(self.tr("Check that this is the order you want to cancel, then say why."))
        order = flow.order
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = [
            (self.tr("Order number"), order.order),
            (self.tr("Store"), order.store),
            (self.tr("Item"), order.title),
            (self.tr("Total"), fmt.money(order.total, order.currency)),
            (self.tr("Status"), fmt.status_text(order.status)),
        ]
        paid = next((entry.at for entry in order.timeline if entry.kind == "paid"), None)
        if paid is not None:
            rows.append((self.tr("Paid"), fmt.local_time(paid)))
        self.values: dict[str, QLabel] = {}
        for label, value in rows:
            self.values[label] = value_label(value, self)
            form.addRow(self.tr("%1:").replace("%1", label), self.values[label])  # French writes " :"
        labels = {
            "changed_mind": self.tr("I changed my mind"),
            "found_cheaper": self.tr("I found it cheaper"),
            "out_of_stock": self.tr("The seller is out of stock"),
            "price_raised": self.tr("The seller raised the price"),
            "seller_asked": self.tr("The seller asked me to cancel"),
            "other": self.tr("Something else"),
        }
        box = QGroupBox(self.tr("Why do you want to cancel?"), self)
        box_layout = QVBoxLayout(box)
        self._group = QButtonGroup(self)
        self.reason_buttons: dict[str, QRadioButton] = {}
        for code in CANCEL_REASONS:
            button = QRadioButton(labels.get(code, code), box)
            button.setAccessibleName(labels.get(code, code))
            self._group.addButton(button)
            self.reason_buttons[code] = button
            box_layout.addWidget(button)
        self.hint = hint_label(self)
        self.hint.setText(self.tr("Choose a reason to see what to do."))
        self.hint.show()
        self.banner = RefusalBanner(self)
        # The order on the left, the question beside it: the page uses its width.
        facts = QWidget(self)
        facts.setLayout(form)
        form.setContentsMargins(0, 0, 0, 0)
        columns = QHBoxLayout()
        columns.setSpacing(18)
        columns.addWidget(facts, 2, Qt.AlignmentFlag.AlignTop)
        columns.addWidget(box, 3, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.hint)
        layout.addWidget(self.banner)
        layout.addStretch(1)
        self._group.buttonToggled.connect(self._toggled)
        self.registerField("reason*", self, "reason", self.reason_changed)

    def _reason(self) -> str:
        checked = self._group.checkedButton()
        return next((code for code, button in self.reason_buttons.items() if button is checked), "")

    def _set_reason(self, code: str) -> None:
        button = self.reason_buttons.get(code)
        if button is not None:
            button.setChecked(True)

    reason = Property(str, _reason, _set_reason, notify=reason_changed)

    def _toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self.hint.hide()
            self.banner.show_message(None)
            self.reason_changed.emit()

    def initializePage(self) -> None:
        first = self._group.checkedButton() or self.reason_buttons[CANCEL_REASONS[0]]
        first.setFocus()

    def validatePage(self) -> bool:
        try:
            self._flow.advise(self._reason())
        except Refused as exc:
            self.banner.show_message(dialogs.refusal_text(exc))
            return False
        return True

    def nextId(self) -> int:
        return self._flow.next_after(SITUATION)
