"""The dispute guide's last page: what Finish records, the steps to open the dispute on the order
page, and the service's refusal if Finish is refused."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWizardPage

from ui.common import format as fmt
from ui.common.form_fields import RefusalBanner
from ui.wizards.dispute.flow import DisputeFlow
from ui.wizards.dispute.reason_page import reason_text
from ui.wizards.parts import value_label


class ConfirmPage(QWizardPage):
    """What Finish records, the steps to open the dispute on the order page, and a refusal."""

    def __init__(self, flow: DisputeFlow) -> None:
        super().__init__()
        self._flow = flow
        self.setTitle(self.tr("Open the dispute"))
        self.setSubTitle(
            self.tr(
                "Open it on the order page, then press Finish: the app records it and counts down to "
                "the seller's answer and the escalation day."
            )
        )
        form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for key, label in (
            ("item", self.tr("About")),
            ("reason", self.tr("Reason")),
            ("refund", self.tr("Refund asked for")),
            ("return", self.tr("Return the item")),
        ):
            self.values[key] = value_label("", self)
            self.values[key].setAccessibleName(label)
            form.addRow(self.tr("%1:").replace("%1", label), self.values[key])  # French writes " :"
        self.steps_heading = QLabel(self.tr("How to open it:"), self)
        self.steps = value_label("", self)
        self.steps.setAccessibleName(self.tr("Steps"))
        self.steps.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.banner = RefusalBanner(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(self.steps_heading)
        layout.addWidget(self.steps)
        layout.addStretch(1)
        layout.addWidget(self.banner)

    def initializePage(self) -> None:
        flow = self._flow
        refund = flow.refund()
        order = flow.order
        line = flow.line()
        item = next((ln for ln in order.lines if ln.line == line), None)
        self.values["item"].setText(
            self.tr("Item %1: %2").replace("%1", str(line)).replace("%2", item.title)
            if item is not None
            else self.tr("The whole order")
        )
        self.values["reason"].setText(reason_text(flow.reason() or ""))
        self.values["refund"].setText(
            ""
            if refund is None
            else (
                self.tr("Full refund, %1") if refund == flow.scope_total() else self.tr("Partial refund, %1")
            ).replace("%1", fmt.money(refund, order.currency))
        )
        self.values["return"].setText(self.tr("Yes") if flow.wants_return() else self.tr("No"))
        steps = flow.advice().steps
        self.steps.setText("\n".join(f"{n}. {step}" for n, step in enumerate(steps, 1)))
        self.steps_heading.setVisible(bool(steps))
        self.steps.setVisible(bool(steps))
        self.banner.show_message(None)

    def show_refusal(self, text: str) -> None:
        self.banner.show_message(text)
