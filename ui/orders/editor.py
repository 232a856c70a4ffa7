"""Add an order, or edit an order's own fields: the form, its live checks and the service call.

The form only reads what the buyer types (with the domain parsers) and shows the service's
answer; the service decides what is allowed. A countdown copied from the order page becomes an
absolute time (counted from now), and the dialog shows that time next to the field while the
buyer types. The form widgets are in ui/common/form_fields.py (date-time, countdown, messages)
and ui/orders/time_fields.py (processing time).
"""

from __future__ import annotations

from datetime import datetime
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
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.clock import Clock
from app.domain.currencies import is_known_currency
from app.domain.errors import ParseError, Refused, offset_text
from app.domain.model import Status
from app.domain.order_numbers import OrderNumberCheck, check_order_number
from app.domain.parsing import parse_amount
from app.domain.profile import PAYMENT_METHODS
from app.services.views import NewOrder, OrderDetail
from ui.common import dialogs, form_fields
from ui.common import format as fmt
from ui.common.busy_retry import BusyRetry
from ui.common.form_fields import (
    MAX_TEXT,
    CountdownField,
    FieldMessage,
    LocalDateTimeEdit,
    RefusalBanner,
    add_form_row,
    hint_label,
)
from ui.common.locale_format import amount_for_editing
from ui.common.order_number import note_text, problem_text
from ui.common.translation import QT_TRANSLATE_NOOP
from ui.orders.time_fields import ProcessingTimeField

if TYPE_CHECKING:  # the service module imports SQLAlchemy: not before the first paint
    from app.services.orders import OrderService

# Paid, not shipped yet: the seller's ship-by time can still be entered.
_SHIP_BY_EDITABLE = frozenset({Status.PAYMENT_CHECK, Status.AWAITING_SHIPMENT, Status.CANCEL_REQUESTED})

COMMON_CURRENCIES = (
    "USD", "EUR", "GBP", "PLN", "RUB", "UAH", "KZT", "BRL", "CAD", "AUD", "NZD", "CNY", "JPY", "KRW",
    "INR", "TRY", "CHF", "CZK", "HUF", "RON", "SEK", "NOK", "DKK", "ILS", "MXN", "CLP",
)  # fmt: skip

PAYMENT_LABELS: dict[str, str] = {
    "card": QT_TRANSLATE_NOOP("OrderEditorDialog", "Card"),
    "paypal": QT_TRANSLATE_NOOP("OrderEditorDialog", "PayPal"),
    "wallet": QT_TRANSLATE_NOOP("OrderEditorDialog", "E-wallet"),
    "balance": QT_TRANSLATE_NOOP("OrderEditorDialog", "Marketplace balance"),
    "other": QT_TRANSLATE_NOOP("OrderEditorDialog", "Other"),
}


class OrderEditorDialog(QDialog):
    """Add an order (``number`` None) or edit the order ``number``'s own fields."""

    def __init__(
        self, service: OrderService, clock: Clock, parent: QWidget | None = None, number: str | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._clock = clock
        self._original: OrderDetail | None = service.show(number) if number is not None else None
        self._result: str | None = None
        self._touched: set[str] = set()
        self._dirty = False
        self._problems: list[tuple[str, bool]] = []  # (message, visible)
        self.setWindowTitle(
            self.tr("Add order") if number is None else self.tr("Edit order %1").replace("%1", number)
        )
        self.setMinimumWidth(560)
        self._build()
        self._busy = BusyRetry(self, self.banner, self.accept)
        if self._original is not None:
            self._prefill(self._original)
        self._validate()

    # -- building --------------------------------------------------------------------------------

    def _build(self) -> None:
        adding = self._original is None
        now = self._clock.now()
        # Dates copied from the order page are read in its zone (the rule order_page_timezone).
        self._page_zone = self._service.rules.profile().order_page_zone()
        form = QFormLayout()
        self.number = QLineEdit(self)
        self.number.setPlaceholderText(self.tr("e.g. 8196543210987654"))
        self.number.setMaxLength(200)  # the rule refuses more than 40; room to show what was pasted
        self.number_note = hint_label(self)  # a second look the number deserves (another shop's)
        self.number_note.setAccessibleName(self.tr("About the order number"))
        number_box = QWidget(self)
        number_column = QVBoxLayout(number_box)
        number_column.setContentsMargins(0, 0, 0, 0)
        number_column.setSpacing(2)
        number_column.addWidget(self.number)
        number_column.addWidget(self.number_note)
        self.number_msg = add_form_row(form, self.tr("Order &number"), self.number, number_box)
        self.store = QLineEdit(self)
        self.store.setMaxLength(MAX_TEXT)
        self.store_msg = add_form_row(form, self.tr("&Store"), self.store)
        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(MAX_TEXT)
        self.title_edit.setPlaceholderText(self.tr("What you ordered"))
        self.title_msg = add_form_row(form, self.tr("&Title"), self.title_edit)
        self.total = QLineEdit(self)
        self.total.setPlaceholderText(self.tr('e.g. "US $12.34" or "12,34"'))
        # The example is the field's help: never cut off, however long the language writes it.
        self.total.setMinimumWidth(
            self.total.fontMetrics().horizontalAdvance(self.total.placeholderText()) + 16
        )
        self.total_read = QLabel(self)
        self.total_read.setAccessibleName(self.tr("Total as read"))
        total_box = QWidget(self)
        total_row = QHBoxLayout(total_box)
        total_row.setContentsMargins(0, 0, 0, 0)
        total_row.addWidget(self.total, 3)
        total_row.addWidget(self.total_read, 2)
        self.total_msg = add_form_row(form, self.tr("T&otal"), self.total, total_box)
        self.currency = QComboBox(self)
        self.currency.setEditable(True)
        self.currency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.currency.addItems(COMMON_CURRENCIES)
        self.currency.setCurrentText("USD")
        self.currency_msg = add_form_row(form, self.tr("&Currency"), self.currency)
        self.payment = QComboBox(self)
        self.payment.addItem(self.tr("Not recorded"), None)
        for method in PAYMENT_METHODS:
            self.payment.addItem(self.tr(PAYMENT_LABELS.get(method, method)), method)
        add_form_row(form, self.tr("&Payment method"), self.payment)
        self.ordered_at = LocalDateTimeEdit(now, self.tr("Ordered at"), self, zone=self._page_zone)
        self.ordered_at_msg: FieldMessage | None = None
        self.paid_at_msg: FieldMessage | None = None
        self.paid = QCheckBox(self.tr("Pai&d"), self)
        self.paid.setChecked(True)
        self.paid_at = LocalDateTimeEdit(now, self.tr("Paid at"), self, zone=self._page_zone)
        self.zone_label = hint_label(self)
        self.zone_label.setObjectName("pageZone")
        self.zone_label.setText(self._zone_text(now))
        self.zone_label.setToolTip(
            self.tr("Change it in Settings → Rules. Countdowns are exact in any zone.")
        )
        paid_box = QWidget(self)
        paid_row = QHBoxLayout(paid_box)
        paid_row.setContentsMargins(0, 0, 0, 0)
        paid_row.addWidget(self.paid)
        paid_row.addWidget(self.paid_at, 1)
        self.processing = ProcessingTimeField(self._clock, self)
        # Paid and not shipped: the seller's time to ship can be entered from the order page's
        # countdown (the deadline list asks for it while it is only an estimate).
        self.ship_by = CountdownField(self._clock, self.tr("Ship-by countdown"), self)
        self.ship_by.setObjectName("shipByCountdown")
        self.ship_by_msg: FieldMessage | None = None
        if not adding and self._original is not None and self._original.status in _SHIP_BY_EDITABLE:
            self.ship_by_msg = add_form_row(form, self.tr("Ship-&by countdown"), self.ship_by)
        else:
            self.ship_by.hide()
        if adding:
            self.zone_label.show()
            form.addRow("", self.zone_label)
            self.ordered_at_msg = add_form_row(form, self.tr("Ordered &at"), self.ordered_at)
            self.paid_at_msg = add_form_row(form, self.tr("Payment"), self.paid, paid_box)
            self.processing_msg = add_form_row(form, self.tr("P&rocessing time"), self.processing)
        else:  # the order's events: edited by recording events, not here
            for widget in (self.ordered_at, paid_box, self.processing, self.zone_label):
                widget.hide()
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        add_form_row(form, self.tr("No&te"), self.note)
        self.banner = RefusalBanner(self)
        self.hint = hint_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button.setText(self.tr("Add order") if adding else self.tr("Save"))
        self.ok_button.setAccessibleName(self.ok_button.text().replace("&", ""))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.accept)  # also from inside the note
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self._connect()
        chain: list[QWidget] = [
            self.number,
            self.store,
            self.title_edit,
            self.total,
            self.currency,
            self.payment,
        ]
        if adding:
            chain += [self.ordered_at, self.paid, self.paid_at, self.processing.mode, self.processing.days]
            chain += [self.processing.countdown.edit]
        chain += [self.note, self.ok_button, self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.number.setFocus()

    def _zone_text(self, now: datetime) -> str:
        """Which zone the dates below are read in, with its offset now."""
        zone = self._page_zone
        offset = offset_text(now.astimezone(zone) if zone is not None else now.astimezone())
        if zone is None:
            return self.tr("Dates as on the order page, in this computer's time zone (%1).").replace(
                "%1", offset
            )
        return (
            self.tr("Dates as on the order page, in %1 (%2).").replace("%1", str(zone)).replace("%2", offset)
        )

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _connect(self) -> None:
        for key, edit in (("number", self.number), ("store", self.store), ("title", self.title_edit)):
            edit.textEdited.connect(partial(self._edited, key))
        self.total.textEdited.connect(self._total_edited)
        self.currency.currentTextChanged.connect(partial(self._edited, "currency"))
        self.payment.currentIndexChanged.connect(partial(self._edited, "payment"))
        self.ordered_at.dateTimeChanged.connect(partial(self._edited, "ordered_at"))
        self.paid_at.dateTimeChanged.connect(partial(self._edited, "paid_at"))
        self.paid.toggled.connect(self.paid_at.setEnabled)
        self.paid.toggled.connect(partial(self._edited, "paid"))
        self.processing.changed.connect(partial(self._edited, "processing"))
        self.ship_by.changed.connect(partial(self._edited, "ship_by"))
        self.note.textChanged.connect(partial(self._edited, "note"))

    def _prefill(self, order: OrderDetail) -> None:
        self.number.setText(order.order)
        self.store.setText(order.store)
        self.title_edit.setText(order.title)
        self.total.setText(amount_for_editing(order.total, order.currency))
        self.currency.setCurrentText(order.currency)
        self.payment.setCurrentIndex(max(0, self.payment.findData(order.payment_method)))
        self.note.setPlainText(order.note)
        self._dirty = False

    # -- live checks -----------------------------------------------------------------------------

    def _edited(self, key: str, *_changed: object) -> None:
        """Field ``key`` changed (connected with the key bound; the signal's value is not needed)."""
        self._touched.add(key)
        self._dirty = True
        self.banner.show_message(None)
        self._validate()

    def _total_edited(self, text: str) -> None:
        try:
            named = parse_amount(text).currency
        except ParseError:
            named = None
        if named is not None and named != self._currency_code():
            self.currency.setCurrentText(named)  # the symbol the buyer copied says which currency
        self._edited("total")

    def _currency_code(self) -> str:
        return self.currency.currentText().strip().upper()

    def _report(
        self, label: FieldMessage, problem: str | None, shown: bool = True, elsewhere: bool = False
    ) -> None:
        """Show ``problem`` under its field once ``shown``; ``elsewhere``: it is visible another way."""
        label.show_message(problem if shown else None)
        if problem:
            self._problems.append((problem, shown or elsewhere))

    def _required(self, key: str, edit: QLineEdit, label: FieldMessage, problem: str) -> None:
        self._report(label, None if edit.text().strip() else problem, key in self._touched)
        edit.setAccessibleDescription(label.text())

    def read_total(self) -> tuple[Decimal | None, str | None]:
        """The total as a Decimal, or the parser's sentence."""
        text = self.total.text()
        if not text.strip():
            return None, self.tr("Enter the total.")
        currency = self._currency_code() if is_known_currency(self._currency_code()) else None
        try:
            parsed = parse_amount(text)
            if currency is not None and parsed.currency in (None, currency):
                parsed = parse_amount(text, currency)  # checks the currency's decimals
            elif currency is not None:
                parse_amount(text, currency)  # raises: the symbol names another currency
        except ParseError as exc:
            return None, dialogs.refusal_text(exc)
        return parsed.amount, None

    def number_check(self) -> OrderNumberCheck:
        return check_order_number(self.number.text())

    def _check_number(self) -> None:
        """The number by the one rule (app/domain/order_numbers.py), while it is typed: a refusal
        in red once the field was touched or holds text, a second look in grey."""
        check = self.number_check()
        shown = "number" in self._touched or bool(self.number.text().strip())
        self._report(self.number_msg, problem_text(check), shown)
        note = note_text(check) if check.ok else None
        self.number_note.setText(note or "")
        self.number_note.setVisible(bool(note))
        self.number.setAccessibleDescription(self.number_msg.text() or self.number_note.text())

    def _check_times(self) -> None:
        """A future date or a payment before the order, flagged as soon as it is entered."""
        if self.ordered_at_msg is None or self.paid_at_msg is None:
            return
        now = self._clock.now()
        ordered = self.ordered_at.value()
        self._report(
            self.ordered_at_msg, self.tr("The order date is in the future.") if ordered > now else None
        )
        paid_problem = None
        if self.paid.isChecked():
            paid = self.paid_at.value()
            if paid > now:
                paid_problem = self.tr("The payment time is in the future.")
            elif paid < ordered:
                paid_problem = self.tr("The payment time is before the order time.")
        self._report(self.paid_at_msg, paid_problem)

    def _validate(self) -> bool:
        self._problems = []
        self._check_number()
        self._check_times()
        self._required("store", self.store, self.store_msg, self.tr("Enter the store's name."))
        self._required("title", self.title_edit, self.title_msg, self.tr("Enter what you ordered."))
        code = self._currency_code()
        if not code:
            currency_problem: str | None = self.tr("Enter a currency code such as USD or EUR.")
        elif not is_known_currency(code):
            currency_problem = self.tr('Unknown currency "%1": use an ISO code such as USD or EUR.').replace(
                "%1", code
            )
        else:
            currency_problem = None
        total, total_problem = self.read_total()
        self._report(
            self.total_msg, total_problem, bool(self.total.text().strip()) or "total" in self._touched
        )
        self.total_read.setText(
            "→ " + fmt.money(total, code) if total is not None and not currency_problem else ""
        )
        self._report(self.currency_msg, currency_problem)
        if self._original is None:
            # A countdown's parser message is in its preview already.
            countdown_says = self.processing.countdown.problem() is not None
            self._report(self.processing_msg, self.processing.problem(), False, countdown_says)
        elif self.ship_by_msg is not None:
            self._report(self.ship_by_msg, self.ship_by.problem(), False, True)
        self.ok_button.setEnabled(not self._problems)
        # Why OK is off, when no red message says it yet (fields not filled in).
        unseen = [message for message, visible in self._problems if not visible]
        self.hint.setText(self.tr("To save: %1").replace("%1", unseen[0]) if unseen else "")
        self.hint.setVisible(bool(unseen))
        return not self._problems

    # -- saving ----------------------------------------------------------------------------------

    def _new_order(self) -> NewOrder:
        total, _ = self.read_total()
        assert total is not None
        processing_days, ship_by = self.processing.values()
        return NewOrder(
            number=self.number_check().number,
            store=self.store.text().strip(),
            title=self.title_edit.text().strip(),
            total=total,
            currency=self._currency_code(),
            ordered_at=self.ordered_at.value(),
            paid_at=self.paid_at.value() if self.paid.isChecked() else None,
            payment_method=self.payment.currentData(),
            processing_days=processing_days,
            ship_by=ship_by,
            note=self.note.toPlainText().strip(),
        )

    def changes(self) -> dict[str, Any]:
        """The edited fields whose value differs from the stored order."""
        order = self._original
        assert order is not None
        total, _ = self.read_total()
        now = {
            "number": self.number_check().number,
            "store": self.store.text().strip(),
            "title": self.title_edit.text().strip(),
            "total": total,
            "currency": self._currency_code(),
            "payment_method": self.payment.currentData(),
            "note": self.note.toPlainText().strip(),
        }
        stored = {field: getattr(order, field) for field in now if field != "number"} | {
            "number": order.order
        }
        changed: dict[str, Any] = {field: value for field, value in now.items() if value != stored[field]}
        if self.ship_by_msg is not None and self.ship_by.due() is not None:
            changed["ship_by"] = self.ship_by.due()  # counted from now, at the moment of saving
        return changed

    def accept(self) -> None:
        if not self._validate():
            return
        try:
            if self._original is None:
                detail = self._service.add_order(self._new_order())
            else:
                edits = self.changes()
                detail = self._service.edit_order(self._original.order, edits) if edits else self._original
        except Refused as exc:
            if not self._busy.handled(exc):  # busy: kept, said, tried again shortly
                self.banner.show_message(dialogs.refusal_text(exc))
            return
        self._busy.stop()
        self._result = detail.order
        super().accept()

    def reject(self) -> None:
        if self._dirty and not form_fields.ask_discard_changes(self):
            return
        self._busy.stop()
        super().reject()

    def has_unsaved_input(self) -> bool:
        """Something typed that was not saved (the window asks before quitting)."""
        return self._dirty and self._result is None

    def result_number(self) -> str | None:
        """The order's number once the dialog was accepted."""
        return self._result
