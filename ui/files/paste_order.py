"""File → Add from order page text…: paste what the order page shows, see every fact that was
recognized in a field of its own (the page's countdown too, with what it counts down to), fill in
what is missing, add the order.

Recognizing runs on the GUI thread (a few regular expressions over a page of text, well under
a frame) shortly after typing stops; adding runs in the task runner's writer thread.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.clock import Clock
from app.domain.currencies import format_amount
from app.domain.errors import ParseError, Refused
from app.importers.paste import ParsedOrder, parse_order_text
from ui.common import format as fmt
from ui.common import locale_format
from ui.common.tasks import TaskRunner
from ui.files.paste_fields import PastedFields

if TYPE_CHECKING:  # the service module imports SQLAlchemy: not before the first paint
    from app.services.importing import ImportResult, ImportService


class PasteOrderDialog(QDialog):
    added = Signal(str)  # the order number, once added

    def __init__(
        self,
        service_factory: Callable[[], ImportService],
        tasks: TaskRunner,
        clock: Clock,
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
        self.resize(980, 680)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.recognize)
        self._build(clock)
        self.recognize()

    def _build(self, clock: Clock) -> None:
        intro = QLabel(
            self.tr(
                "Open the order on AliExpress, select the page (Ctrl+A), copy it and paste it here. "
                "What is recognized shows on the right; check it and fill in what is missing."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText(self.tr("Paste the order page here"))
        self.text.setAccessibleName(self.tr("Pasted order page text"))
        self.text.textChanged.connect(self._timer.start)

        self.fields = PastedFields(clock, self)
        self.fields.edited.connect(self._update_state)
        self.edits = self.fields.edits
        self.recognized = QLabel(self)
        self.recognized.setWordWrap(True)
        self.recognized.setTextFormat(Qt.TextFormat.PlainText)
        self.recognized.setAccessibleName(self.tr("What was recognized"))
        self.recognized.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        facts = QGroupBox(self.tr("Recognized"), self)
        facts_layout = QVBoxLayout(facts)
        facts_layout.addWidget(self.fields)
        facts_layout.addWidget(self.recognized, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(facts)
        # Never narrower than the fields need (no horizontal scroll bar here): the pasted text
        # beside it gives way instead.
        scroll.setMinimumWidth(
            facts.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
        )

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
        columns.addWidget(self.text, 1)
        columns.addWidget(scroll, 1)
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
        self.fields.show_parsed(parsed, previous)
        self.recognized.setText(self._describe(parsed))
        self._update_state()

    def _describe(self, parsed: ParsedOrder) -> str:
        lines = []
        for item in parsed.items:
            price = "?"
            if item.unit_price is not None:
                price = (
                    fmt.money(item.unit_price, parsed.currency)
                    if parsed.currency
                    else locale_format.number(Decimal(format_amount(item.unit_price)))
                )
            options = f" ({item.options})" if item.options else ""
            lines.append(f"{item.quantity} × {item.title}{options}: {price}")
        for timer in parsed.timers:
            lines.append(self.tr("Timer on the page: %1").replace("%1", timer.line))
        if parsed.payment_text:
            lines.append(self.tr("Payment method on the page: %1").replace("%1", parsed.payment_text))
        lines.extend(parsed.notes)
        return "\n".join(lines) if lines else self.tr("Nothing recognized yet.")

    # -- what the buyer filled in ---------------------------------------------------------------

    def order(self) -> ParsedOrder:
        """The pasted order with the fields as they stand; raises Refused naming a bad field."""
        return self.fields.order(self._parsed)

    def _update_state(self) -> None:
        problems = self.fields.problems()
        if problems:
            self.error_label.setText(problems[0])
            self.add_button.setEnabled(False)
            return
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

        # Slots of this dialog: a result that comes after it closed is dropped with it.
        self._tasks.run(work, partial(self._added, order), self._failed, writes=True)

    def _added(self, order: ParsedOrder, _result: object) -> None:
        self._busy = False
        self.added.emit(order.number or "")
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._busy = False
        self._update_state()
        self.error_label.setText(str(error))
