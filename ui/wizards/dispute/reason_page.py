"""The dispute guide's first page: "not received" or "received with a problem", then the reason
within it. Next asks the advice engine (``OrderService.advise_dispute``); the page decides
nothing."""

from __future__ import annotations

from PySide6.QtCore import Property, QCoreApplication, Signal
from PySide6.QtWidgets import QButtonGroup, QGroupBox, QRadioButton, QVBoxLayout, QWizardPage

from app.domain.errors import Refused
from app.domain.model import NOT_RECEIVED_REASONS, RECEIVED_REASONS
from ui.common import dialogs
from ui.common import format as fmt
from ui.common.form_fields import RefusalBanner
from ui.common.translation import QT_TRANSLATE_NOOP
from ui.wizards.dispute.flow import DisputeFlow

# The reasons in plain words, without the "not received" prefix the event dialog needs.
_REASONS = {
    "tracking_stalled": QT_TRANSLATE_NOOP("DisputeReason", "Tracking stopped moving"),
    "wrong_destination": QT_TRANSLATE_NOOP("DisputeReason", "It went to the wrong address or country"),
    "delivery_period_ending": QT_TRANSLATE_NOOP("DisputeReason", "The delivery period is about to end"),
    "returned_to_sender": QT_TRANSLATE_NOOP("DisputeReason", "It is going back to the seller"),
    "customs": QT_TRANSLATE_NOOP("DisputeReason", "It is held at customs"),
    "not_as_described": QT_TRANSLATE_NOOP(
        "DisputeReason", "It is not as described (size, colour, material, model)"
    ),
    "defective": QT_TRANSLATE_NOOP("DisputeReason", "It doesn't work or is defective"),
    "damaged": QT_TRANSLATE_NOOP("DisputeReason", "It arrived damaged"),
    "wrong_item": QT_TRANSLATE_NOOP("DisputeReason", "I got a different item"),
    "quantity_short": QT_TRANSLATE_NOOP("DisputeReason", "Fewer items than I ordered"),
    "counterfeit": QT_TRANSLATE_NOOP("DisputeReason", "It is a counterfeit"),
    "empty_parcel": QT_TRANSLATE_NOOP("DisputeReason", "The parcel was empty"),
}


def reason_text(code: str) -> str:
    """The reason in plain words, translated; an unknown code shows as it is."""
    return QCoreApplication.translate("DisputeReason", _REASONS[code]) if code in _REASONS else code


class ReasonPage(QWizardPage):
    """First "not received" or "received with a problem", then the reason within it. Next asks the
    service for the advice; a refusal stays on this page."""

    reason_changed = Signal()

    def __init__(self, flow: DisputeFlow) -> None:
        super().__init__()
        self._flow = flow
        self.setTitle(self.tr("What went wrong?"))
        self.setSubTitle(
            self.tr("Order %1 from %2: %3.")
            .replace("%1", flow.order.order)
            .replace("%2", flow.order.store)
            .replace("%3", flow.order.title)
        )
        self.kind_box = QGroupBox(self.tr("Did the parcel arrive?"), self)
        self.not_received = QRadioButton(self.tr("No, I &haven't received it"), self.kind_box)
        self.received = QRadioButton(self.tr("&Yes, but something is wrong with it"), self.kind_box)
        self.not_received.setAccessibleName(self.tr("Not received"))
        self.received.setAccessibleName(self.tr("Received with a problem"))
        self._kinds = QButtonGroup(self)
        kind_layout = QVBoxLayout(self.kind_box)
        for button in (self.not_received, self.received):
            self._kinds.addButton(button)
            kind_layout.addWidget(button)
        self.reason_box = QGroupBox(self.tr("What exactly?"), self)
        reason_layout = QVBoxLayout(self.reason_box)
        self._reasons = QButtonGroup(self)
        self.reason_buttons: dict[str, QRadioButton] = {}
        for code in (*NOT_RECEIVED_REASONS, *RECEIVED_REASONS):
            button = QRadioButton(reason_text(code), self.reason_box)
            button.setAccessibleName(reason_text(code))
            self._reasons.addButton(button)
            self.reason_buttons[code] = button
            reason_layout.addWidget(button)
        self.reason_box.hide()
        self._build_items(flow)
        self.banner = RefusalBanner(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.item_box)
        layout.addWidget(self.kind_box)
        layout.addWidget(self.reason_box)
        layout.addWidget(self.banner)
        layout.addStretch(1)
        self._kinds.buttonToggled.connect(self._kind_toggled)
        self._reasons.buttonToggled.connect(self._reason_toggled)
        self.registerField("reason*", self, "reason", self.reason_changed)

    def _build_items(self, flow: DisputeFlow) -> None:
        """Which item: AliExpress opens a dispute per item; the whole order is one choice (the
        same case for every item, e.g. a parcel that never came). Shown for orders of several."""
        order = flow.order
        self.item_box = QGroupBox(self.tr("Which item is it about?"), self)
        item_layout = QVBoxLayout(self.item_box)
        self._items = QButtonGroup(self)
        self.item_buttons: dict[int | None, QRadioButton] = {}
        whole = QRadioButton(self.tr("The &whole order (the same dispute for every item)"), self.item_box)
        whole.setAccessibleName(self.tr("The whole order"))
        self.item_buttons[None] = whole
        for item in order.lines:
            text = self.tr("Item %1: %2").replace("%1", str(item.line)).replace("%2", item.title)
            if item.unit_price is not None:
                cost = fmt.money(item.unit_price * item.quantity, order.currency)
                text = self.tr("%1 — %2").replace("%1", text).replace("%2", cost)
            self.item_buttons[item.line] = QRadioButton(text, self.item_box)
            self.item_buttons[item.line].setAccessibleName(text)
        for button in self.item_buttons.values():
            self._items.addButton(button)
            item_layout.addWidget(button)
        whole.setChecked(True)
        self.item_box.setVisible(len(order.lines) > 1)
        self._items.buttonToggled.connect(self._item_toggled)

    def line(self) -> int | None:
        """The item chosen (None: the whole order)."""
        checked = self._items.checkedButton()
        return next((line for line, button in self.item_buttons.items() if button is checked), None)

    def _item_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self.banner.show_message(None)

    def _reason(self) -> str:
        checked = self._reasons.checkedButton()
        return next((code for code, button in self.reason_buttons.items() if button is checked), "")

    def _set_reason(self, code: str) -> None:
        if code in self.reason_buttons:
            (self.received if code in RECEIVED_REASONS else self.not_received).setChecked(True)
            self.reason_buttons[code].setChecked(True)

    reason = Property(str, _reason, _set_reason, notify=reason_changed)

    def _kind_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if not checked:
            return
        shown = RECEIVED_REASONS if self.received.isChecked() else NOT_RECEIVED_REASONS
        if self._reason() and self._reason() not in shown:
            # The other group's reason no longer applies: nothing is chosen until the buyer says.
            self._reasons.setExclusive(False)
            self.reason_buttons[self._reason()].setChecked(False)
            self._reasons.setExclusive(True)
            self.reason_changed.emit()
        for code, button in self.reason_buttons.items():
            button.setVisible(code in shown)
        self.reason_box.setVisible(True)
        self.banner.show_message(None)

    def _reason_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self.banner.show_message(None)
            self.reason_changed.emit()

    def initializePage(self) -> None:
        if self.item_box.isVisible():
            (self._items.checkedButton() or self.item_buttons[None]).setFocus()
        else:
            (self._kinds.checkedButton() or self.not_received).setFocus()

    def validatePage(self) -> bool:
        try:
            self._flow.advise(self._reason())
        except Refused as exc:
            self.banner.show_message(dialogs.refusal_text(exc))
            return False
        return True
