"""The cancel guide's last page: what the buyer did, one choice among the advice's follow-up events
plus "Nothing yet". The wizard records the choice on Finish."""

from __future__ import annotations

from PySide6.QtCore import Property, Signal
from PySide6.QtWidgets import QButtonGroup, QGroupBox, QRadioButton, QVBoxLayout, QWizardPage

from ui.common.form_fields import RefusalBanner, hint_label
from ui.orders.event_texts import kind_title
from ui.wizards.cancel.flow import FOLLOW_UP, CancelFlow


class FollowUpPage(QWizardPage):
    """What the buyer did, one choice among the advice's follow-up events plus "Nothing yet".
    The wizard records the choice on Finish; a refusal shows here and the wizard stays open."""

    done_changed = Signal()

    def __init__(self, flow: CancelFlow) -> None:
        super().__init__()
        self._flow = flow
        self.setTitle(self.tr("What did you do?"))
        self.setSubTitle(
            self.tr(
                "Choose what happened. Finish records it on the order's timeline, and the app then "
                "counts down to what comes next."
            )
        )
        self._labels = {
            "cancel-requested": self.tr("I pressed Cancel order (requested cancellation)"),
            "cancel-approved": self.tr("The seller approved the cancellation"),
            "cancel-rejected": self.tr("The seller refused"),
            "shipped": self.tr("The seller says it has shipped"),
            "cancelled": self.tr("I cancelled it on the order page"),
            "refund-received": self.tr("The money arrived"),
        }
        self.box = QGroupBox(self.tr("What happened?"), self)
        self._box_layout = QVBoxLayout(self.box)
        self._group = QButtonGroup(self)
        self.choices: dict[str, QRadioButton] = {}
        self.summary = hint_label(self)
        self.summary.show()
        self.banner = RefusalBanner(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.summary)
        layout.addWidget(self.banner)
        layout.addStretch(1)
        self._group.buttonToggled.connect(self._toggled)
        self.registerField("done", self, "done", self.done_changed)

    def _done(self) -> str:
        checked = self._group.checkedButton()
        return next((kind for kind, button in self.choices.items() if button is checked), "")

    def _set_done(self, kind: str) -> None:
        button = self.choices.get(kind)
        if button is not None:
            button.setChecked(True)

    done = Property(str, _done, _set_done, notify=done_changed)

    def initializePage(self) -> None:
        for button in self.choices.values():
            self._group.removeButton(button)
            self._box_layout.removeWidget(button)
            button.deleteLater()
        self.choices = {}
        for kind in (*self._flow.advice().follow_up, ""):
            text = self._labels.get(kind, kind_title(kind)[0]) if kind else self.tr("Nothing yet")
            button = QRadioButton(text, self.box)
            button.setAccessibleName(text)
            self._group.addButton(button)
            self._box_layout.addWidget(button)
            self.choices[kind] = button
        self.choices[""].setChecked(True)
        self.banner.show_message(None)
        next(iter(self.choices.values())).setFocus()

    def _toggled(self, _button: QRadioButton, checked: bool) -> None:
        if not checked:
            return
        self.banner.show_message(None)
        kind = self._done()
        if kind:
            self.summary.setText(self.tr("Finish records: %1.").replace("%1", kind_title(kind)[0]))
        else:
            self.summary.setText(
                self.tr("Nothing is recorded. Open this wizard again when something happens.")
            )
        self.done_changed.emit()

    def show_refusal(self, text: str) -> None:
        self.banner.show_message(text)

    def nextId(self) -> int:
        return self._flow.next_after(FOLLOW_UP)
