"""The cancel guide's verdict: the advice in plain words, a live countdown to the end of the wait,
what is not known (with a field for the ship-by countdown when that is it), and the steps."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.domain.advice_cancel import CancelAdvice
from app.domain.errors import Refused
from ui.common import dialogs
from ui.common import format as fmt
from ui.common.form_fields import WARNING_STYLE, CountdownField, FieldMessage, arrow_time, hint_label
from ui.wizards.cancel.flow import VERDICT, CancelFlow
from ui.wizards.countdown import CountdownBox, CountdownPage
from ui.wizards.parts import scaled_font, value_label


class VerdictPage(CountdownPage):
    """The advice in plain words: the headline, a live countdown to ``wait_until`` (ticking only
    while the page shows), what is not known, and the numbered steps.

    When the advice lacks the ship-by time, the page asks for the countdown the order page shows
    and the wizard asks the engine again as the buyer types; Finish saves it. Left empty, the
    fact stays named as missing and nothing is guessed."""

    def __init__(self, flow: CancelFlow) -> None:
        super().__init__(flow.clock)
        self._flow = flow
        self.setTitle(self.tr("What to do"))
        self.setSubTitle(self.tr("For this order and your reason, as of now."))
        self.headline = QLabel(self)
        self.headline.setWordWrap(True)
        self.headline.setFont(scaled_font(self, 1.15))
        self.headline.setAccessibleName(self.tr("Verdict"))
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.countdown_box = CountdownBox(self)
        self.until = QLabel(self.countdown_box)
        self.time_up = hint_label(self.countdown_box)
        self.time_up.setText(self.tr("The wait is over: press Back, then Next, to see what to do now."))
        self.countdown_box.lines.addWidget(self.until)
        self.countdown_box.lines.addWidget(self.time_up)

        self.missing = QLabel(self)
        self.missing.setWordWrap(True)
        self.missing.setAccessibleName(self.tr("Not known"))
        self.missing.setStyleSheet(WARNING_STYLE)
        self.ship_by_box = QWidget(self)
        ship_by_label = QLabel(self.tr("&Ship-by countdown on the order page:"), self.ship_by_box)
        self.ship_by = CountdownField(flow.clock, self.tr("Ship-by countdown"), self.ship_by_box)
        ship_by_label.setBuddy(self.ship_by.edit)
        self.ship_by_note = hint_label(self.ship_by_box)
        self.ship_by_note.setText(self.tr("Finish saves this ship-by time on the order."))
        self.ship_by_problem = FieldMessage(self.ship_by_box)
        ship_by_layout = QVBoxLayout(self.ship_by_box)
        ship_by_layout.setContentsMargins(0, 0, 0, 0)
        ship_by_layout.setSpacing(4)
        for part in (ship_by_label, self.ship_by, self.ship_by_problem, self.ship_by_note):
            ship_by_layout.addWidget(part)
        self.ship_by_box.hide()
        self.steps_heading = QLabel(self.tr("Steps"), self)
        self.steps_heading.setFont(scaled_font(self, 1.0))
        self.steps = QWidget()
        self._steps_layout = QGridLayout(self.steps)
        self._steps_layout.setContentsMargins(0, 0, 0, 0)
        self._steps_layout.setColumnStretch(1, 1)
        self.step_labels: list[QLabel] = []
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.steps)

        # The headline across the page; under it, the countdown and what isn't known beside the
        # steps, so a short page doesn't leave half of the wizard empty. Without a countdown or
        # a missing fact the steps take the whole width.
        self.side = QWidget(self)
        side = QVBoxLayout(self.side)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(10)
        for widget in (self.countdown_box, self.missing, self.ship_by_box):
            side.addWidget(widget)
        side.addStretch(1)
        steps_column = QVBoxLayout()
        steps_column.setSpacing(6)
        steps_column.addWidget(self.steps_heading)
        steps_column.addWidget(scroll, 1)
        columns = QHBoxLayout()
        columns.setSpacing(18)
        columns.addWidget(self.side, 2)
        columns.addLayout(steps_column, 3)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.headline)
        layout.addLayout(columns, 1)
        self.ship_by.changed.connect(self._ship_by_typed)

    def initializePage(self) -> None:
        asking = self._flow.asks_ship_by()
        self.ship_by_box.setVisible(asking)
        self.ship_by_problem.show_message(None)
        self._show(self._flow.advice())
        if asking:
            self.ship_by.refresh()  # a countdown typed earlier counts from now again
            self.ship_by.setFocus()

    def typed_ship_by(self) -> datetime | None:
        """The ship-by time typed here, counted from now at this moment; None when the page
        doesn't ask for it or the countdown is empty or unreadable."""
        if not self._flow.asks_ship_by() or self.ship_by.problem():
            return None
        return self.ship_by.due()

    def _ship_by_typed(self) -> None:
        if not self._flow.asks_ship_by():
            return
        try:
            advice = self._flow.advise(self._flow.reason())
            self.ship_by_problem.show_message(None)
        except Refused as exc:
            self.ship_by_problem.show_message(dialogs.refusal_text(exc))
            advice = self._flow.advise(self._flow.reason(), typed=False)
        self._show(advice)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        # An unreadable countdown would be neither saved nor used: say so before going on.
        asking = self._flow.asks_ship_by()
        return not asking or not (self.ship_by.problem() or self.ship_by_problem.text())

    def _show(self, advice: CancelAdvice) -> None:
        self.headline.setText(advice.headline)
        self.countdown_box.setVisible(advice.wait_until is not None)
        self.countdown_box.caption.setText(self._caption(advice.verdict))
        if advice.wait_until is not None:
            self.until.setText(arrow_time(advice.wait_until))
        self.missing.setText(self._missing_text(advice.missing, self._flow.asks_ship_by()))
        self.missing.setVisible(bool(advice.missing))
        self.ship_by_note.setVisible(not advice.missing and self.typed_ship_by() is not None)
        self.side.setVisible(
            advice.wait_until is not None or bool(advice.missing) or self._flow.asks_ship_by()
        )
        self._show_steps(advice.steps)
        self.count_to(advice.wait_until)

    def _caption(self, verdict: str) -> str:
        captions = {
            "not_paid_ignore": self.tr("Until the unpaid order closes by itself"),
            "wait_payment_check": self.tr("Until the payment check ends and cancelling becomes possible"),
            "wait_for_auto_refund": self.tr("Until the seller's time to ship runs out"),
            "cancel_pending": self.tr(
                "Until the request is approved automatically if the seller stays silent"
            ),
        }
        return captions.get(verdict, self.tr("Time left"))

    def _missing_text(self, missing: tuple[str, ...], asking: bool) -> str:
        facts = {
            "ship_by": self.tr("the seller's ship-by time (the processing-time countdown on the order page)"),
            "paid_at": self.tr("when you paid"),
        }
        named = "; ".join(facts.get(fact, fact.replace("_", " ")) for fact in missing)
        if asking and missing == ("ship_by",):
            return self.tr(
                "Not known: %1. The advice doesn't guess it: type the countdown the order page shows "
                "below, or leave it empty."
            ).replace("%1", named)
        return self.tr("Not known: %1. The advice doesn't guess it, so check the order page.").replace(
            "%1", named
        )

    def _show_steps(self, steps: tuple[str, ...]) -> None:
        while self._steps_layout.count():
            item = self._steps_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # deleted later: it must not show under the new steps meanwhile
                widget.deleteLater()
        for row in range(self._steps_layout.rowCount()):
            self._steps_layout.setRowStretch(row, 0)
        self.step_labels = []
        for row, step in enumerate(steps):
            number = QLabel(self.tr("%1.").replace("%1", str(row + 1)), self.steps)
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            text = value_label(step, self.steps)
            text.setAccessibleName(self.tr("Step %1").replace("%1", str(row + 1)))
            self._steps_layout.addWidget(number, row, 0)
            self._steps_layout.addWidget(text, row, 1)
            self.step_labels.append(text)
        self._steps_layout.setRowStretch(len(steps), 1)
        self.steps_heading.setVisible(bool(steps))

    def tick(self) -> None:
        left = self.seconds_left()
        if left is None:
            return
        self.countdown_box.countdown.setText(fmt.countdown(left))
        self.time_up.setVisible(left <= 0)

    def nextId(self) -> int:
        return self._flow.next_after(VERDICT)
