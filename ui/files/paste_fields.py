"""The fields of the paste dialog: every fact recognized on the pasted order page, each in a field
the buyer can check and correct, and the page's countdown with what it counts down to.

A field the buyer typed into keeps what was typed when the page is pasted again; the others
follow the text. The countdown is read as the page shows it now and counted from now: it becomes
an entered deadline (exact), never an estimate.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from app.clock import Clock
from app.domain.currencies import normalize_currency
from app.domain.datetext import parse_date_text
from app.domain.order_numbers import check_order_number
from app.domain.parsing import format_duration, parse_amount
from app.domain.profile import PAYMENT_METHODS
from app.importers.model import Stage
from app.importers.paste import ParsedOrder
from ui.common import format as fmt
from ui.common.form_fields import CountdownField, FieldMessage, add_form_row, hint_label
from ui.common.locale_format import amount_for_editing
from ui.common.order_number import note_text, problem_text
from ui.detail.texts import payment_text

TEXT_FIELDS = (
    "number",
    "store",
    "title",
    "total",
    "currency",
    "ordered_at",
    "paid_at",
    "tracking",
    "carrier",
)
NO_COUNTDOWN, PROTECTION, SHIP_BY = "none", "protection", "ship_by"


class PastedFields(QWidget):
    """What was recognized, as fields; :meth:`order` reads them back (raises on a bad field)."""

    edited = Signal()

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        labels = {
            "number": self.tr("Order &number:"),
            "store": self.tr("&Store:"),
            "title": self.tr("&Title:"),
            "total": self.tr("T&otal:"),
            "currency": self.tr("C&urrency:"),
            "ordered_at": self.tr("Or&dered on:"),
            "paid_at": self.tr("&Paid on:"),
            "tracking": self.tr("Trac&king number:"),
            "carrier": self.tr("Carr&ier:"),
        }
        hints = {
            "number": "8123456789012345",
            "store": self.tr("the store's name"),
            "title": self.tr("what you bought"),
            "total": "US $12.34",
            "currency": "USD",
            "ordered_at": "2026-02-21 10:22",  # the form the field shows what it read in
            "paid_at": self.tr("not paid yet, or not shown"),
            "tracking": self.tr("not shipped yet, or not shown"),
            "carrier": "",
        }
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.edits: dict[str, QLineEdit] = {}
        self.messages: dict[str, FieldMessage] = {}
        self.number_note = hint_label(self)  # another shop's number: accepted, worth a second look
        for name in TEXT_FIELDS:
            edit = QLineEdit(self)
            edit.setPlaceholderText(hints[name])
            edit.setAccessibleName(labels[name].replace("&", "").rstrip(":").strip())
            edit.textEdited.connect(self.edited)
            self.edits[name] = edit
            shown: QWidget | None = None
            if name == "number":
                shown = QWidget(self)
                column = QVBoxLayout(shown)
                column.setContentsMargins(0, 0, 0, 0)
                column.setSpacing(2)
                column.addWidget(edit)
                column.addWidget(self.number_note)
            self.messages[name] = add_form_row(form, labels[name], edit, shown)
            if name == "currency":
                self._add_payment_rows(form)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status on the page"))
        form.addRow(self.tr("Status:"), self.status)
        self.countdown_kind = QComboBox(self)
        self.countdown_kind.addItem(self.tr("No countdown"), NO_COUNTDOWN)
        self.countdown_kind.addItem(self.tr("Buyer protection ends (delivery confirmation)"), PROTECTION)
        self.countdown_kind.addItem(self.tr("The seller must ship by"), SHIP_BY)
        self.countdown_kind.setAccessibleName(self.tr("What the countdown counts down to"))
        # Its choices are long sentences (longer still in some languages): the list shows them
        # whole; the closed box needn't be as wide as the longest.
        self.countdown_kind.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.countdown_kind.setMinimumContentsLength(18)
        self.countdown_kind.currentIndexChanged.connect(self._kind_changed)
        self.countdown = CountdownField(clock, self.tr("Countdown on the order page"), self)
        self.countdown.changed.connect(self.edited)
        form.addRow(self.tr("&Countdown:"), self.countdown_kind)
        self.countdown_msg = add_form_row(form, "", self.countdown)
        self._kind_changed()

    def _add_payment_rows(self, form: QFormLayout) -> None:
        self.payment = QComboBox(self)
        self.payment.addItem(self.tr("Not shown"), None)
        for method in PAYMENT_METHODS:
            self.payment.addItem(payment_text(method), method)
        self.payment.setAccessibleName(self.tr("Payment method"))
        self.payment.currentIndexChanged.connect(self.edited)
        form.addRow(self.tr("Pa&yment method:"), self.payment)
        self.processing = QSpinBox(self)
        self.processing.setRange(0, 365)
        self.processing.setSpecialValueText(self.tr("Not shown"))
        self.processing.setAccessibleName(self.tr("Processing time in days"))
        self.processing.valueChanged.connect(self._processing_changed)
        form.addRow(self.tr("Processin&g time:"), self.processing)

    def _processing_changed(self, value: int) -> None:
        counted = self.tr("%n day(s)", "", value)
        self.processing.setSuffix(counted[len(str(value)) :] if counted.startswith(str(value)) else "")
        self.edited.emit()

    def _kind_changed(self) -> None:
        self.countdown.setEnabled(self.countdown_kind.currentData() != NO_COUNTDOWN)
        self.edited.emit()

    # -- filling from the text ------------------------------------------------------------------

    def show_parsed(self, parsed: ParsedOrder, before: ParsedOrder) -> None:
        """Fill every field from ``parsed``, except those the buyer typed into (a field whose text
        is neither empty nor what ``before`` filled in)."""
        shown, previous = _texts(parsed), _texts(before)
        for name, edit in self.edits.items():
            if not edit.text() or edit.text() == previous[name]:
                edit.setText(shown[name])
        if self.payment.currentData() == before.payment_method:
            self.payment.setCurrentIndex(max(0, self.payment.findData(parsed.payment_method)))
        if self.processing.value() == (before.processing_days or 0):
            self.processing.setValue(parsed.processing_days or 0)
        self.status.setText(parsed.status_text or self.tr("not shown"))
        kind, left = _countdown_of(parsed)
        previous_kind, previous_left = _countdown_of(before)
        text = self.countdown.edit.text()
        if not text or text == (format_duration(previous_left) if previous_left else ""):
            self.countdown.edit.setText(format_duration(left) if left else "")
            if self.countdown_kind.currentData() == previous_kind:
                self.countdown_kind.setCurrentIndex(self.countdown_kind.findData(kind))

    # -- reading back ---------------------------------------------------------------------------

    def problems(self) -> list[str]:
        """What is wrong with a field, each shown under its field; empty when all read."""
        found: list[str] = []
        check = check_order_number(self.edits["number"].text())
        number_text = self.edits["number"].text().strip()
        number_problem = problem_text(check) if number_text else None
        self.messages["number"].show_message(number_problem)
        note = note_text(check) if number_text and check.ok else None
        self.number_note.setText(note or "")
        self.number_note.setVisible(bool(note))
        if number_problem:
            found.append(number_problem)
        for name in ("total", "ordered_at", "paid_at"):
            problem = self._read_problem(name)
            self.messages[name].show_message(problem)
            if problem:
                found.append(problem)
        countdown_problem = (
            self.countdown.problem() if self.countdown_kind.currentData() != NO_COUNTDOWN else None
        )
        if countdown_problem:
            found.append(countdown_problem)
        return found

    def _read_problem(self, name: str) -> str | None:
        text = self.edits[name].text().strip()
        if not text:
            return None
        try:
            if name == "total":
                parse_amount(text, self._currency())
            else:
                parse_date_text(text)
        except Exception as exc:  # a ParseError (or an unknown currency): the sentence says why
            return str(exc)[:1].upper() + str(exc)[1:]
        return None

    def _currency(self) -> str | None:
        text = self.edits["currency"].text().strip()
        try:
            return normalize_currency(text) if text else None
        except Exception:
            return None

    def order(self, parsed: ParsedOrder) -> ParsedOrder:
        """``parsed`` with the fields as they stand; raises a ParseError or Refused naming a bad one."""
        values = {name: edit.text().strip() for name, edit in self.edits.items()}
        currency = normalize_currency(values["currency"]) if values["currency"] else None
        total: Decimal | None = None
        if values["total"]:
            parsed_total = parse_amount(values["total"], currency)
            total, currency = parsed_total.amount, parsed_total.currency or currency
        kind = self.countdown_kind.currentData()
        left = self.countdown.left() if kind != NO_COUNTDOWN else None
        stage = parsed.stage
        if stage is None and left is not None:
            stage = Stage.SHIPPED if kind == PROTECTION else Stage.PAID
        number = check_order_number(values["number"]).number if values["number"] else None
        return replace(
            parsed,
            number=number or None,
            store=values["store"] or None,
            title=values["title"] or None,
            total=total,
            currency=currency,
            ordered_at=parse_date_text(values["ordered_at"]) if values["ordered_at"] else None,
            paid_at=parse_date_text(values["paid_at"]) if values["paid_at"] else None,
            tracking=values["tracking"] or None,
            carrier=values["carrier"] or None,
            payment_method=self.payment.currentData(),
            processing_days=self.processing.value() or None,
            stage=stage,
            protection_left=left if kind == PROTECTION else None,
            ship_left=left if kind == SHIP_BY else None,
        )


def _texts(parsed: ParsedOrder) -> dict[str, str]:
    def when(value: object) -> str:
        return fmt.editable_time(value) if isinstance(value, datetime) else ""

    return {
        "number": parsed.number or "",
        "store": parsed.store or "",
        "title": parsed.title or "",
        "total": amount_for_editing(parsed.total, parsed.currency) if parsed.total is not None else "",
        "currency": parsed.currency or "",
        "ordered_at": when(parsed.ordered_at),
        "paid_at": when(parsed.paid_at),
        "tracking": parsed.tracking or "",
        "carrier": parsed.carrier or "",
    }


def _countdown_of(parsed: ParsedOrder) -> tuple[str, timedelta | None]:
    if parsed.protection_left is not None:
        return PROTECTION, parsed.protection_left
    if parsed.ship_left is not None:
        return SHIP_BY, parsed.ship_left
    return NO_COUNTDOWN, None
