"""The detail panel's case section: where the order's dispute stands, what is next, and buttons
for the events that move the case on (the seller's answer, escalation, the decision, the appeal,
the refund).

Everything shown comes from ``app.domain.case.CaseSummary`` (``OrderService.case``); this widget
decides nothing. The panel hands it the summary on ``show_order`` and moves its countdowns on
``tick``; a button press is passed on as ``record_requested(kind)`` and the panel emits its own
``record_requested(number, kind)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.attention import shown_urgency
from app.domain.case import CaseSummary
from app.domain.model import Urgency, urgency_for_seconds
from app.domain.timeutil import epoch
from app.domain.words import STAGE_WORDS
from ui.common import format as fmt
from ui.common.flow_layout import FlowLayout
from ui.detail.sections import SELECTABLE, bold, clear_layout, wrapped
from ui.detail.texts import button_label, payment_text, urgency_color
from ui.orders.event_texts import outcome_label, reason_label


def stage_text(stage: str) -> str:
    return QCoreApplication.translate("case", STAGE_WORDS[stage]) if stage in STAGE_WORDS else stage


@dataclass
class _Countdown:
    due_epoch: int
    kind: str
    what: str
    label: QLabel
    mark: QLabel
    urgency: Urgency | None = None


class CaseSection(QWidget):
    """One dispute of an order (about one item, or the whole order). ``set_case(None, …)`` hides
    the section."""

    record_requested = Signal(str)  # event kind (CLI name)
    record_item_requested = Signal(str, int)  # the same, with the item (0: the whole order)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseSection")
        self.setAccessibleName(self.tr("Dispute case"))
        self._countdowns: list[_Countdown] = []
        self._line = 0
        self._offered: tuple[str, ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self._title = bold(QLabel(self.tr("Dispute")), 1.1)
        self._title.setObjectName("caseTitle")
        self._title.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self._title)
        self._stage = bold(wrapped())
        self._stage.setObjectName("caseStage")
        layout.addWidget(self._stage)
        self._facts = wrapped(selectable=True)
        self._facts.setObjectName("caseFacts")
        layout.addWidget(self._facts)
        self._due_box = QWidget()
        self._due = QGridLayout(self._due_box)
        self._due.setContentsMargins(0, 0, 0, 0)
        self._due.setHorizontalSpacing(10)
        self._due.setVerticalSpacing(2)
        self._due.setColumnStretch(0, 1)
        layout.addWidget(self._due_box)
        self._next = wrapped()
        self._next.setObjectName("caseNext")
        layout.addWidget(self._next)
        self._buttons_box = QWidget()
        self._buttons_box.setObjectName("caseButtons")
        self._buttons = FlowLayout(self._buttons_box)
        layout.addWidget(self._buttons_box)
        self.hide()

    # -- showing --------------------------------------------------------------------------------

    def set_case(
        self,
        summary: CaseSummary | None,
        currency: str,
        now_epoch: int,
        can_record: bool = True,
        *,
        titled: bool = False,
    ) -> None:
        """Show ``summary`` (None: hide the section). ``can_record`` False (an order in the trash)
        shows no buttons; ``titled``: the title says which item (or the whole order) it is about."""
        if summary is None:
            self._countdowns.clear()
            self._offered = ()
            clear_layout(self._due)
            clear_layout(self._buttons)
            self.hide()
            return
        self._line = summary.line or 0
        self._title.setText(self._title_text(summary) if titled else self.tr("Dispute"))
        self._stage.setText(stage_text(summary.stage))
        self._facts.setText("\n".join(self._fact_lines(summary, currency)))
        self._fill_due(summary.next_due)
        self._next.setText("\n".join("• " + text for text in self._sentences(summary)))
        self._offered = summary.next_events if can_record else ()
        self._fill_buttons(self._offered)
        self.tick(now_epoch)
        self.show()

    def offered(self) -> tuple[str, ...]:
        """The events this section's buttons record."""
        return self._offered

    def _title_text(self, s: CaseSummary) -> str:
        if s.line is None:
            return self.tr("Dispute about the whole order")
        return self.tr("Dispute about item %1: %2").replace("%1", str(s.line)).replace("%2", s.item or "")

    def _fact_lines(self, s: CaseSummary, currency: str) -> list[str]:
        def money(amount: Decimal) -> str:
            return fmt.money(amount, currency)

        lines = [self.tr("Reason: %1").replace("%1", reason_label(s.reason))]
        lines.append(self.tr("Opened: %1").replace("%1", fmt.local_time(s.opened_at)))
        if s.refund_asked is not None:
            asked = self.tr("Refund asked: %1").replace("%1", money(s.refund_asked))
            if s.wants_return:
                asked = self.tr("%1, with a return of the item").replace("%1", asked)
            lines.append(asked)
        elif s.wants_return:
            lines.append(self.tr("With a return of the item"))
        if s.responded_at is not None:
            if s.seller_offer is not None:
                lines.append(self.tr("Seller offers: %1").replace("%1", money(s.seller_offer)))
            else:
                lines.append(self.tr("Seller answered: %1").replace("%1", fmt.local_time(s.responded_at)))
        if s.escalated_at is not None:
            lines.append(self.tr("Escalated: %1").replace("%1", fmt.local_time(s.escalated_at)))
        if s.outcome is not None and s.decided_at is not None:
            decision = outcome_label(s.outcome)
            if s.decided_amount is not None:
                decision = self.tr("%1 of %2").replace("%1", decision).replace("%2", money(s.decided_amount))
            if s.decided_return:
                decision = self.tr("%1, with a return of the item").replace("%1", decision)
            lines.append(
                self.tr("Decision: %1 (%2)")
                .replace("%1", decision)
                .replace("%2", fmt.local_time(s.decided_at))
            )
        if s.appealed_at is not None:
            lines.append(self.tr("Appealed: %1").replace("%1", fmt.local_time(s.appealed_at)))
        if s.refund_received:
            lines.append(self.tr("Refund received: %1").replace("%1", money(s.refund_received)))
        if s.cancelled_at is not None:
            lines.append(self.tr("Cancelled: %1").replace("%1", fmt.local_time(s.cancelled_at)))
        return lines

    def _sentences(self, s: CaseSummary) -> list[str]:
        """The engine's sentences (in the buyer's language); while a refund is on its way, how long
        refunds to this payment method take, right after the first."""
        texts = list(s.what_next)  # in the buyer's language already (app.domain.case)
        if s.refund_business_days is not None:
            texts.insert(1, self._refund_note(s.refund_business_days, s.payment_method))
        return texts

    def _fill_due(self, next_due: tuple[tuple[str, datetime], ...]) -> None:
        clear_layout(self._due)
        self._countdowns.clear()
        for row, (kind, due) in enumerate(next_due):
            what = fmt.deadline_text(kind)
            name = bold(wrapped(what))
            when = QLabel(fmt.local_time(due))
            when.setObjectName("caseDue")
            when.setTextInteractionFlags(SELECTABLE)
            countdown = bold(QLabel())
            countdown.setObjectName("caseCountdown")
            mark = bold(QLabel())  # a shape per urgency, so it reads without colour too
            mark.setObjectName("caseMark")
            for column, label in enumerate((name, when, mark, countdown)):
                # The wrapped name fills its column: aligned left, a label shrinks to its size
                # hint and its second line is cut off. The others keep to the right.
                align = Qt.AlignmentFlag.AlignTop | (
                    Qt.AlignmentFlag(0) if column == 0 else Qt.AlignmentFlag.AlignRight
                )
                self._due.addWidget(label, row, column, align)
                label.show()
            self._countdowns.append(_Countdown(epoch(due), kind, what, countdown, mark))
        self._due_box.setVisible(bool(next_due))

    def _fill_buttons(self, kinds: tuple[str, ...]) -> None:
        clear_layout(self._buttons)
        for kind in kinds:
            button = QPushButton(button_label(kind))
            button.setObjectName(f"case-{kind}")
            button.setAccessibleName(self.tr("Case: %1").replace("%1", button_label(kind).rstrip("…")))
            button.clicked.connect(partial(self._record, kind))
            self._buttons.addWidget(button)
            button.show()  # now, not one event-loop pass later: the panel sizes itself on it
        self._buttons_box.setVisible(bool(kinds))

    def _record(self, kind: str, *_clicked: object) -> None:
        self.record_requested.emit(kind)
        self.record_item_requested.emit(kind, self._line)

    def _refund_note(self, days: tuple[int, int], method: str | None) -> str:
        low, high = days
        if method is None:
            text = self.tr("Refunds usually take %2–%3 business days.")
        else:
            text = self.tr("Paid by %1: refunds usually take %2–%3 business days.")
        return text.replace("%1", payment_text(method)).replace("%2", str(low)).replace("%3", str(high))

    # -- time -----------------------------------------------------------------------------------

    def tick(self, now_epoch: int) -> None:
        """Move the countdowns to ``now_epoch``: labels only, no service call."""
        for item in self._countdowns:
            left = item.due_epoch - now_epoch
            text = fmt.countdown(left)
            if item.label.text() != text:
                item.label.setText(text)
                item.label.setAccessibleName(
                    self.tr("%1: time left %2").replace("%1", item.what).replace("%2", text)
                )
            level = urgency_for_seconds(left)
            if level != item.urgency:
                item.urgency = level
                shown = shown_urgency(item.kind, left)  # a waiting period looks neutral
                item.mark.setText(fmt.urgency_mark(shown) if shown is not None else "")
                colour = urgency_color(shown, self.palette())
                for label in (item.label, item.mark):
                    palette = label.palette()
                    palette.setColor(QPalette.ColorRole.WindowText, colour)
                    label.setPalette(palette)
