"""File → Add from order page text…: paste what the order page shows, see what was
recognized, fill in what is missing, add the order.

Recognizing runs on the GUI thread (a few regular expressions over a page of text, well under
a frame) shortly after typing stops; adding runs in the task runner's writer thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.currencies import format_amount, normalize_currency
from app.domain.datetext import parse_date_text
from app.domain.errors import ParseError, Refused
from app.domain.parsing import format_duration, parse_amount
from app.importers.paste import ParsedOrder, parse_order_text
from ui.common.tasks import TaskRunner

if TYPE_CHECKING:  # the service module imports SQLAlchemy: not before the first paint
    from app.services.importing import ImportResult, ImportService

FIELDS = ("number", "store", "title", "total", "currency", "ordered_at")


class PasteOrderDialog(QDialog):
    added = Signal(str)  # the order number, once added

    def __init__(
        self,
        service_factory: Callable[[], ImportService],
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._factory = service_factory
        self._tasks = tasks
        # Times on the page are read in the order page's zone (Settings → Rules).
        self._zone = service_factory().rules.profile().order_page_zone()
        self._parsed = ParsedOrder()
        self._busy = False
        self.setWindowTitle(self.tr("Add an order from its page"))
        self.resize(820, 560)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.recognize)
        self._build()
        self.recognize()

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "Open the order on AliExpress, select the page (Ctrl+A), copy it and paste it here. "
                "What is recognized shows on the right; fill in what is missing."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText(self.tr("Paste the order page here"))
        self.text.setAccessibleName(self.tr("Pasted order page text"))
        self.text.textChanged.connect(self._timer.start)

        self.edits: dict[str, QLineEdit] = {}
        labels = {
            "number": self.tr("Order &number:"),
            "store": self.tr("&Store:"),
            "title": self.tr("&Title:"),
            "total": self.tr("T&otal:"),
            "currency": self.tr("C&urrency:"),
            "ordered_at": self.tr("Or&dered on:"),
        }
        hints = {
            "number": "8123456789012345",
            "store": self.tr("the store's name"),
            "title": self.tr("what you bought"),
            "total": "US $12.34",
            "currency": "USD",
            "ordered_at": "Feb 21, 2026 10:22",
        }
        form = QFormLayout()
        for name in FIELDS:
            edit = QLineEdit(self)
            edit.setPlaceholderText(hints[name])
            edit.setAccessibleName(labels[name].replace("&", "").rstrip(":"))
            edit.textEdited.connect(self._update_state)
            self.edits[name] = edit
            form.addRow(labels[name], edit)
        self.recognized = QLabel(self)
        self.recognized.setWordWrap(True)
        self.recognized.setTextFormat(Qt.TextFormat.PlainText)
        self.recognized.setAccessibleName(self.tr("What was recognized"))
        self.recognized.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        facts = QGroupBox(self.tr("Recognized"), self)
        facts_layout = QVBoxLayout(facts)
        facts_layout.addLayout(form)
        facts_layout.addWidget(self.recognized, 1)

        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: palette(highlight);")
        self.error_label.setAccessibleName(self.tr("What is still needed"))
        self.buttons = QDialogButtonBox(self)
        self.add_button = self.buttons.addButton(
            self.tr("&Add order"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.add_button.setAccessibleName(self.tr("Add the order"))
        self.add_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.add_button.clicked.connect(self.add)
        self.buttons.rejected.connect(self.reject)

        columns = QHBoxLayout()
        columns.addWidget(self.text, 3)
        columns.addWidget(facts, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    # -- recognizing ----------------------------------------------------------------------------

    def recognize(self) -> None:
        """Read the pasted text again; fields the buyer typed into stay as typed."""
        parsed = parse_order_text(self.text.toPlainText(), zone=self._zone)
        previous = self._parsed
        self._parsed = parsed
        shown = self._shown_for(parsed)
        before = self._shown_for(previous)
        for name, edit in self.edits.items():
            if not edit.text() or edit.text() == before[name]:
                edit.setText(shown[name])
        self.recognized.setText(self._describe(parsed))
        self._update_state()

    def _shown_for(self, parsed: ParsedOrder) -> dict[str, str]:
        return {
            "number": parsed.number or "",
            "store": parsed.store or "",
            "title": parsed.title or "",
            "total": format_amount(parsed.total, parsed.currency) if parsed.total is not None else "",
            "currency": parsed.currency or "",
            "ordered_at": parsed.ordered_at.astimezone().strftime("%Y-%m-%d %H:%M")
            if parsed.ordered_at
            else "",
        }

    def _describe(self, parsed: ParsedOrder) -> str:
        lines = []
        for item in parsed.items:
            price = format_amount(item.unit_price, parsed.currency) if item.unit_price is not None else "?"
            options = f" ({item.options})" if item.options else ""
            lines.append(f"{item.quantity} × {item.title}{options}: {price}")
        if parsed.status_text:
            lines.append(self.tr("Status: %1").replace("%1", parsed.status_text))
        if parsed.paid_at:
            lines.append(
                self.tr("Paid: %1").replace("%1", parsed.paid_at.astimezone().strftime("%Y-%m-%d %H:%M"))
            )
        if parsed.tracking:
            carrier = f" ({parsed.carrier})" if parsed.carrier else ""
            lines.append(self.tr("Tracking: %1").replace("%1", parsed.tracking + carrier))
        if parsed.protection_left:
            lines.append(
                self.tr("Buyer protection ends in %1").replace("%1", format_duration(parsed.protection_left))
            )
        if parsed.ship_left:
            lines.append(
                self.tr("The seller must ship within %1").replace("%1", format_duration(parsed.ship_left))
            )
        lines.extend(parsed.notes)
        return "\n".join(lines) if lines else self.tr("Nothing recognized yet.")

    # -- what the buyer filled in ---------------------------------------------------------------

    def order(self) -> ParsedOrder:
        """The pasted order with the fields as they stand; raises Refused naming a bad field."""
        values = {name: edit.text().strip() for name, edit in self.edits.items()}
        currency = normalize_currency(values["currency"]) if values["currency"] else None
        total: Decimal | None = None
        if values["total"]:
            parsed_total = parse_amount(values["total"], currency)
            total, currency = parsed_total.amount, parsed_total.currency or currency
        ordered_at = parse_date_text(values["ordered_at"]) if values["ordered_at"] else None
        return replace(
            self._parsed,
            number=values["number"] or None,
            store=values["store"] or None,
            title=values["title"] or None,
            total=total,
            currency=currency,
            ordered_at=ordered_at,
        )

    def _update_state(self) -> None:
        try:
            order = self.order()
        except (ParseError, Refused) as exc:
            self.error_label.setText(str(exc))
            self.add_button.setEnabled(False)
            return
        missing = order.missing()
        names = {
            "number": self.tr("order number"),
            "store": self.tr("store"),
            "title": self.tr("title"),
            "total": self.tr("total"),
            "currency": self.tr("currency"),
            "ordered_at": self.tr("order date"),
        }
        if missing:
            self.error_label.setText(
                self.tr("Still needed: %1").replace("%1", ", ".join(names[name] for name in missing))
            )
        else:
            self.error_label.setText("")
        self.add_button.setEnabled(not missing and not self._busy)

    def add(self) -> None:
        if self._busy:
            return
        try:
            order = self.order()
        except (ParseError, Refused) as exc:
            self.error_label.setText(str(exc))
            return
        text = self.text.toPlainText()
        self._busy = True
        self.add_button.setEnabled(False)

        def work() -> ImportResult:
            return self._factory().add_pasted(order, text)

        self._tasks.run(work, lambda _result: self._added(order), self._failed, writes=True)

    def _added(self, order: ParsedOrder) -> None:
        self._busy = False
        self.added.emit(order.number or "")
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._busy = False
        self._update_state()
        self.error_label.setText(str(error))
