"""Record one event on an order's timeline: the fields that apply to its kind, the warning that
matters at that moment (from app/domain/actions.py), and the service's answer.

Which fields each kind takes is in ``event_fields`` (mirroring ``EVENT_OPTIONS`` in
app/services/order_input.py). The service decides whether the event makes sense; a refusal is shown here and the
typed input stays.
"""

from __future__ import annotations

from decimal import Decimal
from functools import partial
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.clock import Clock
from app.domain.actions import warning_for
from app.domain.errors import ParseError, Refused
from app.domain.model import (
    CANCEL_REASONS,
    DISPUTE_REASONS,
    NOT_RECEIVED_REASONS,
    OUTCOMES,
    DeadlineKind,
    EventKind,
)
from app.domain.parsing import parse_amount
from app.services.views import NewEvent, OrderDetail
from ui.common import dialogs, form_fields
from ui.common import format as fmt
from ui.common.busy_retry import BusyRetry
from ui.common.form_fields import (
    MAX_TEXT,
    WARNING_STYLE,
    FieldMessage,
    LocalDateTimeEdit,
    RefusalBanner,
    add_form_row,
    hint_label,
)
from ui.common.sizing import open_wide
from ui.orders.event_fields import FIELD_OPTIONS, KIND_FIELDS
from ui.orders.event_texts import kind_title, outcome_label, reason_label
from ui.orders.time_fields import ProcessingTimeField, ProtectionField

if TYPE_CHECKING:  # the service module imports SQLAlchemy: not before the first paint
    from app.services.orders import OrderService

__all__ = ["FIELD_OPTIONS", "KIND_FIELDS", "EventDialog"]


class EventDialog(QDialog):
    """Record the event ``kind`` (a CLI event name) on order ``number``."""

    def __init__(
        self,
        service: OrderService,
        clock: Clock,
        number: str,
        kind: str,
        parent: QWidget | None = None,
        *,
        line: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._clock = clock
        self._number = number
        self._kind = kind
        self._line = line  # the item a dispute or refund is about, when the buyer chose it already
        self._order = service.show(number)
        self._profile = service.rules.profile()
        self._recorded: OrderDetail | None = None
        self._touched: set[str] = set()
        self._dirty = False
        self._fields = KIND_FIELDS.get(kind, ())
        self._messages: dict[str, FieldMessage] = {}
        # The fields this kind takes, by name (see KIND_FIELDS): typed text and choices.
        self._lines: dict[str, QLineEdit] = {}  # tracking, carrier, refund, offer, amount
        self._combos: dict[str, QComboBox] = {}  # cancel_reason, dispute_reason, outcome
        title, explanation = kind_title(kind)
        self.setWindowTitle(self.tr("%1 — order %2").replace("%1", title).replace("%2", number))
        self._build(title, explanation)
        self._busy = BusyRetry(self, self.banner, self.accept)
        self._validate()
        open_wide(self, 520)  # with what _validate shows

    # -- building --------------------------------------------------------------------------------

    def _build(self, title: str, explanation: str) -> None:
        heading = QLabel(title, self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        self.explanation = QLabel(explanation, self)
        self.explanation.setWordWrap(True)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName(self.tr("Warning"))
        self.warning.setStyleSheet(WARNING_STYLE)
        form = QFormLayout()
        self.when = LocalDateTimeEdit(self._clock.now(), self.tr("When it happened"), self)
        self._messages["when"] = add_form_row(form, self.tr("&When"), self.when)
        chain: list[QWidget] = [self.when]
        for name in self._fields:
            chain += self._add_field(form, name)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        note_label = self.tr("&Note (required)") if self._kind == "note" else self.tr("&Note")
        self._messages["note"] = add_form_row(form, note_label, self.note)
        self.banner = RefusalBanner(self)
        self.hint = hint_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button.setText(self.tr("Record"))
        self.ok_button.setAccessibleName(self.tr("Record"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.accept)  # also from inside the note
        layout = QVBoxLayout(self)
        for label in (heading, self.explanation, self.warning):
            layout.addWidget(label)
        layout.addLayout(form)
        for below in (self.banner, self.hint, self.buttons):
            layout.addWidget(below)
        chain += [self.note, self.ok_button, self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.when.dateTimeChanged.connect(partial(self._edited, "when"))
        self.note.textChanged.connect(partial(self._edited, "note"))
        self._update_warning()
        chain[1].setFocus()  # the kind's own first field, else the note: what the buyer types first

    def _add_field(self, form: QFormLayout, name: str) -> list[QWidget]:
        """Build one field, add its row, connect it; return its widgets in tab order."""
        if name == "processing":
            self.processing = ProcessingTimeField(self._clock, self)
            self.processing.changed.connect(partial(self._edited, name))
            self._messages[name] = add_form_row(form, self.tr("P&rocessing time"), self.processing)
            return [self.processing.mode, self.processing.days, self.processing.countdown.edit]
        if name in ("tracking", "carrier"):
            edit = QLineEdit(self)
            edit.setMaxLength(MAX_TEXT)
            edit.textEdited.connect(partial(self._edited, name))
            self._lines[name] = edit
            label = self.tr("&Tracking number") if name == "tracking" else self.tr("&Carrier")
            self._messages[name] = add_form_row(form, label, edit)
            return [edit]
        if name in ("protection", "extension"):
            return self._add_protection(form, name)
        if name in ("cancel_reason", "dispute_reason", "outcome"):
            combo = QComboBox(self)
            if name == "cancel_reason":
                combo.addItem(self.tr("Not given"), None)
                for code in CANCEL_REASONS:
                    combo.addItem(reason_label(code), code)
            elif name == "dispute_reason":
                combo.addItem(self.tr("Choose a reason…"), None)
                for code in DISPUTE_REASONS:
                    combo.addItem(reason_label(code), code)
            else:
                combo.addItem(self.tr("Choose the outcome…"), None)
                for code in OUTCOMES:
                    combo.addItem(outcome_label(code), code)
            combo.currentIndexChanged.connect(partial(self._edited, name))
            self._combos[name] = combo
            label = self.tr("&Outcome") if name == "outcome" else self.tr("&Reason")
            self._messages[name] = add_form_row(form, label, combo)
            return [combo]
        if name == "days":
            self.days = QSpinBox(self)
            self.days.setRange(0, 365)
            self.days.setSpecialValueText(self.tr("Not given"))
            self.days.valueChanged.connect(partial(self._edited, name))
            self._messages[name] = add_form_row(form, self.tr("Days &asked for"), self.days)
            return [self.days]
        if name == "item":
            return self._add_item(form)
        if name == "return":
            text = (
                self.tr("The decision includes a return of the item")
                if self._kind == "decided"
                else self.tr("I will send the item back (return)")
            )
            self.wants_return = QCheckBox(text, self)
            self.wants_return.toggled.connect(partial(self._edited, name))
            self._messages[name] = add_form_row(form, self.tr("Return"), self.wants_return)
            return [self.wants_return]
        return self._add_amount(form, name)

    def _add_item(self, form: QFormLayout) -> list[QWidget]:
        """Which item the dispute or refund is about: the whole order, or one of its items
        (AliExpress opens disputes per item). Shown only when the order has several."""
        combo = QComboBox(self)
        combo.addItem(self.tr("The whole order"), None)
        for item in self._order.lines:
            combo.addItem(
                self.tr("Item %1: %2").replace("%1", str(item.line)).replace("%2", item.title), item.line
            )
        if self._line is not None:
            combo.setCurrentIndex(max(0, combo.findData(self._line)))
        combo.setAccessibleName(self.tr("Item"))
        combo.currentIndexChanged.connect(partial(self._edited, "item"))
        self._combos["item"] = combo
        self._messages["item"] = add_form_row(form, self.tr("&Item"), combo)
        several = len(self._order.lines) > 1 or self._line is not None
        form.setRowVisible(form.rowCount() - 1, several)
        return [combo] if several else []

    def _add_protection(self, form: QFormLayout, name: str) -> list[QWidget]:
        countdown = (ProtectionField.COUNTDOWN, self.tr("Countdown on the order page"))
        end = (ProtectionField.END, self.tr("End date"))
        if name == "protection":
            modes = [
                (ProtectionField.NOT_GIVEN, self.tr("Not entered (estimated from the rules)")),
                countdown,
                end,
            ]
        else:
            modes = [countdown, end, (ProtectionField.DAYS, self.tr("Extended by days"))]
        # Only where the picker starts: the current end when known, else the usual period from now.
        known = [d.due for d in self._order.deadlines if d.kind is DeadlineKind.PROTECTION_ENDS]
        default_end = known[0] if known else self._clock.now() + self._profile.days("protection_days")
        self.protection = ProtectionField(
            self._clock, default_end, modes, self, zone=self._profile.order_page_zone()
        )
        self.protection.changed.connect(partial(self._edited, name))
        self._messages[name] = add_form_row(form, self.tr("&Buyer protection"), self.protection)
        return [
            self.protection.mode,
            self.protection.countdown.edit,
            self.protection.end,
            self.protection.days,
        ]

    def _add_amount(self, form: QFormLayout, name: str) -> list[QWidget]:
        edit = QLineEdit(self)
        edit.setPlaceholderText(self.tr("in %1, e.g. 12.34").replace("%1", self._order.currency))
        edit.textEdited.connect(partial(self._edited, name))
        self._lines[name] = edit
        labels = {
            "refund": self.tr("Re&fund asked"),
            "offer": self.tr("&Offer"),
            "amount": self.tr("&Amount"),
        }
        self._messages[name] = add_form_row(form, labels[name], edit)
        return [edit]

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def line(self, name: str) -> QLineEdit:
        """The text field ``name`` this kind takes: tracking, carrier, refund, offer or amount."""
        return self._lines[name]

    def combo(self, name: str) -> QComboBox:
        """The choice ``name`` this kind takes: cancel_reason, dispute_reason, outcome or item."""
        return self._combos[name]

    # -- live checks -----------------------------------------------------------------------------

    def _edited(self, name: str, *_changed: object) -> None:
        """Field ``name`` changed (connected with the name bound; the signal's value is not needed)."""
        self._touched.add(name)
        self._dirty = True
        self.banner.show_message(None)
        if name == "outcome":
            self._update_warning()
        if name == "dispute_reason" and "return" in self._fields:
            # Nothing to send back when nothing came.
            received = self.combo("dispute_reason").currentData() not in NOT_RECEIVED_REASONS
            self.wants_return.setEnabled(received)
            if not received:
                self.wants_return.setChecked(False)
        self._validate()

    def _update_warning(self) -> None:
        """The domain's warning for this kind (and the chosen outcome), or none."""
        try:
            kind: EventKind | None = EventKind(self._kind)
        except ValueError:
            kind = None
        if kind is not None and "outcome" in self._fields:
            # The warning comes and goes with the outcome chosen: its space stays reserved, so
            # choosing "Partial refund" doesn't push the fields down under the pointer.
            partial = warning_for(kind, self._profile, "partial")
            if partial:
                self.warning.setText("⚠ " + partial)
                policy = self.warning.sizePolicy()
                policy.setRetainSizeWhenHidden(True)
                self.warning.setSizePolicy(policy)
        outcome = self.combo("outcome").currentData() if "outcome" in self._fields else None
        text = warning_for(kind, self._profile, outcome) if kind is not None else None
        if text:
            self.warning.setText("⚠ " + text)
        self.warning.setVisible(bool(text))

    def read_amount(self, name: str) -> tuple[Decimal | None, str | None]:
        """An amount field in the order's currency: (value or None when empty, problem)."""
        text = self.line(name).text()
        if not text.strip():
            return None, None
        try:
            amount = parse_amount(text, self._order.currency).amount
        except ParseError as exc:
            return None, dialogs.refusal_text(exc)
        if amount <= 0:
            return None, self.tr("Enter an amount of more than zero.")
        if amount > self._order.total:
            total = fmt.money(self._order.total, self._order.currency)
            return None, self.tr("That is more than the order total, %1.").replace("%1", total)
        return amount, None

    def _problem(self, name: str) -> tuple[str | None, bool]:
        """The field's problem and whether to show it under the field yet."""
        touched = name in self._touched
        if name == "processing":
            return self.processing.problem(), False  # the countdown's preview shows it
        if name in ("protection", "extension"):
            return self.protection.problem(), False
        if (
            name == "tracking"
            and self._kind == "tracking-update"
            and not self.line("tracking").text().strip()
        ):
            return self.tr("Enter the new tracking number."), touched
        if name == "dispute_reason" and self.combo("dispute_reason").currentData() is None:
            return self.tr("Choose the reason for the dispute."), touched
        if name == "outcome" and self.combo("outcome").currentData() is None:
            return self.tr("Choose the outcome."), touched
        if name == "return" and self._kind == "decided" and self.wants_return.isChecked():
            if self.combo("outcome").currentData() not in (None, "full"):
                return self.tr(
                    "Only a full refund comes with a return: with a partial one you keep the item."
                ), True
        if name in ("refund", "offer", "amount"):
            amount, problem = self.read_amount(name)
            if problem:
                return problem, True
            if name == "amount" and self._kind == "decided" and amount is None:
                if self.combo("outcome").currentData() == "partial":
                    return self.tr("Enter the amount of the partial refund."), touched
        if name == "note" and self._kind == "note" and not self.note.toPlainText().strip():
            return self.tr("Write the note."), touched
        return None, False

    def _validate(self) -> bool:
        problems, unseen = [], []
        for name in (*self._fields, "note"):
            problem, shown = self._problem(name)
            self._messages[name].show_message(problem if shown else None)
            if problem:
                problems.append(problem)
                if not shown and not self._countdown_says(name):
                    unseen.append(problem)
        self.ok_button.setEnabled(not problems)
        # Why OK is off, when no red message says it yet.
        self.hint.setText(self.tr("To record: %1").replace("%1", unseen[0]) if unseen else "")
        self.hint.setVisible(bool(unseen))
        return not problems

    def _countdown_says(self, name: str) -> bool:
        """Whether the field's countdown preview already shows the parser's message."""
        if name == "processing":
            return self.processing.countdown.problem() is not None
        if name in ("protection", "extension"):
            return self.protection.countdown.problem() is not None
        return False

    # -- saving ----------------------------------------------------------------------------------

    def new_event(self) -> NewEvent:
        options: dict[str, Any] = {}
        for name in self._fields:
            if name == "processing":
                options["processing_days"], options["ship_by"] = self.processing.values()
            elif name in ("tracking", "carrier"):
                options[name] = self.line(name).text().strip() or None
            elif name in ("protection", "extension"):
                options.update(self.protection.options())
            elif name in ("cancel_reason", "dispute_reason"):
                options["reason"] = self.combo(name).currentData()
            elif name == "outcome":
                options["outcome"] = self.combo("outcome").currentData()
            elif name == "days":
                options["days"] = self.days.value() or None
            elif name == "return":
                options["wants_return"] = self.wants_return.isChecked()
            elif name == "item":
                options["line"] = self.combo("item").currentData()
            else:
                options[name] = self.read_amount(name)[0]
        return NewEvent(
            kind=self._kind, at=self.when.value(), note=self.note.toPlainText().strip(), **options
        )

    def accept(self) -> None:
        if not self._validate():
            return
        try:
            self._recorded = self._service.record_event(self._number, self.new_event())
        except Refused as exc:
            if not self._busy.handled(exc):  # busy: kept, said, tried again shortly
                self.banner.show_message(dialogs.refusal_text(exc))
            return
        self._busy.stop()
        super().accept()

    def reject(self) -> None:
        if self._dirty and not form_fields.ask_discard_changes(self):
            return
        self._busy.stop()
        super().reject()

    def has_unsaved_input(self) -> bool:
        """Something typed that was not saved (the window asks before quitting)."""
        return self._dirty and self._recorded is None

    def recorded_detail(self) -> OrderDetail | None:
        """The order as the service returned it after recording; None before."""
        return self._recorded
