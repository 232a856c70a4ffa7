"""The dispute guide's second page: whether the dispute can be opened now, until when (eligible),
from when (not yet: Next is held) or why not (never, with the PayPal and card fallbacks)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.domain.advice_dispute import DisputeAdvice
from app.domain.errors import Refused
from ui.common import format as fmt
from ui.common.form_fields import WARNING_STYLE, hint_label
from ui.wizards.countdown import CountdownBox, CountdownPage
from ui.wizards.dispute.flow import DisputeFlow
from ui.wizards.parts import advice_sentence, scaled_font, value_label


class EligibilityPage(CountdownPage):
    """Whether the dispute can be opened now: until when (eligible), from when (not yet, Next held)
    or why not (never, with the PayPal and card fallbacks). The countdown ticks while the page
    shows; when it reaches its time the wizard asks the engine again."""

    def __init__(self, flow: DisputeFlow) -> None:
        super().__init__(flow.clock)
        self._flow = flow
        self.setTitle(self.tr("Can you open it now?"))
        self.setSubTitle(self.tr("For this order and your reason, as of now."))
        self.headline = value_label("", self)
        self.headline.setFont(scaled_font(self, 1.15))
        self.headline.setAccessibleName(self.tr("Can the dispute be opened"))
        self.countdown_box = CountdownBox(self)
        self.refusal = value_label("", self)
        self.refusal.setAccessibleName(self.tr("Why not"))
        # Protection has ended: the safe time is gone, the window after completion is the last chance.
        self.late = value_label("", self)
        self.late.setObjectName("lastChance")
        self.late.setStyleSheet(WARNING_STYLE)
        self.late.setAccessibleName(self.tr("Last chance"))
        self.fallbacks_box = QGroupBox(self.tr("Other ways to get your money back"), self)
        self._fallbacks_layout = QVBoxLayout(self.fallbacks_box)
        self.fallback_labels: list[QLabel] = []
        self.steps = value_label("", self)
        self.steps.setAccessibleName(self.tr("What you can do"))
        self.blocked = hint_label(self)
        self.blocked.setText(self.tr("You can't go on from here now: press Close."))
        self.next_steps = QWidget(self)
        heading = QLabel(self.tr("Next in this guide"), self.next_steps)
        heading.setFont(scaled_font(self, 1.0))
        listed = value_label(
            self.tr(
                "1. The evidence to gather for your reason, with photos you can add now.\n"
                "2. The refund you ask for, and whether you send the item back.\n"
                "3. The dispute text, ready to paste into the dispute form.\n\n"
                "Nothing is recorded until you press Finish."
            ),
            self.next_steps,
        )
        listed.setAccessibleName(self.tr("What comes next"))
        next_layout = QVBoxLayout(self.next_steps)
        next_layout.setContentsMargins(0, 0, 0, 0)
        next_layout.addWidget(heading)
        next_layout.addWidget(listed)
        # The headline across the page; the countdown beside what to do (or what comes next),
        # so the page uses its width instead of leaving half of it empty.
        side = QVBoxLayout()
        side.addWidget(self.countdown_box)
        side.addStretch(1)
        main = QVBoxLayout()
        main.setSpacing(10)
        for widget in (
            self.late,
            self.refusal,
            self.steps,
            self.fallbacks_box,
            self.next_steps,
            self.blocked,
        ):
            main.addWidget(widget)
        main.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(18)
        columns.addLayout(side, 2)
        columns.addLayout(main, 3)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.headline)
        layout.addLayout(columns, 1)

    def initializePage(self) -> None:
        self._show(self._flow.advice())

    def _show(self, advice: DisputeAdvice) -> None:
        now = self._flow.clock.now()
        caption = self.countdown_box.caption
        target: datetime | None = None
        if advice.eligible and advice.late:
            self.headline.setText(
                self.tr("Last chance: you can still open it, until %1.").replace(
                    "%1", self._until_text(advice.closes_at)
                )
            )
            caption.setText(self.tr("Until the last chance is gone"))
            target = advice.closes_at
        elif advice.eligible:
            self.headline.setText(
                self.tr("You can open it now, until %1.").replace("%1", self._until_text(advice.closes_at))
            )
            caption.setText(self.tr("Until the dispute window closes"))
            target = advice.closes_at
        elif advice.opens_at is not None and advice.opens_at > now:
            self.headline.setText(
                self.tr("You can open it from %1.").replace("%1", fmt.local_moment(advice.opens_at))
            )
            caption.setText(self.tr("Until you can open it"))
            target = advice.opens_at
        else:
            self.headline.setText(self.tr("You can't open it now."))
        self.late.setText(
            "⚠ " + advice_sentence(advice.warnings[0])
            if advice.eligible and advice.late and advice.warnings
            else ""
        )
        self.late.setVisible(bool(self.late.text()))
        self.refusal.setText(advice_sentence(advice.refusal))
        # Not yet: the headline and the countdown already say from when.
        self.refusal.setVisible(bool(advice.refusal) and (advice.eligible or target is None))
        self.countdown_box.setVisible(target is not None)
        self._show_fallbacks(advice if not advice.eligible and target is None else None)
        # Once eligible the steps to open it come on the last page; until then, what to do instead.
        steps = () if advice.eligible else advice.steps
        self.steps.setText("\n".join(f"• {step}" for step in steps))
        self.steps.setVisible(bool(steps))
        self.next_steps.setVisible(advice.eligible)
        self.blocked.setVisible(not advice.eligible)
        self.count_to(target)
        self.completeChanged.emit()

    def _until_text(self, when: datetime | None) -> str:
        return fmt.local_moment(when) if when is not None else self.tr("protection ends")

    def _show_fallbacks(self, advice: DisputeAdvice | None) -> None:
        for label in self.fallback_labels:
            self._fallbacks_layout.removeWidget(label)
            label.hide()
            label.deleteLater()
        self.fallback_labels = []
        now = self._flow.clock.now()
        for kind, due in advice.fallbacks if advice is not None else ():
            left = int((due - now).total_seconds())
            text = (
                self.tr("%1: %2 (%3)")
                .replace("%1", fmt.deadline_text(kind))
                .replace("%2", fmt.local_time(due))
                .replace("%3", fmt.countdown(left))
            )
            label = value_label(text, self.fallbacks_box)
            label.setAccessibleName(fmt.deadline_text(kind))
            self._fallbacks_layout.addWidget(label)
            self.fallback_labels.append(label)
        self.fallbacks_box.setVisible(bool(self.fallback_labels))

    def tick(self) -> None:
        left = self.seconds_left()
        if left is None:
            return
        self.countdown_box.countdown.setText(fmt.countdown(left))
        if left <= 0:
            # The window opened or closed: what the page says is no longer true.
            try:
                self._show(self._flow.advise(self._flow.reason()))
            except Refused:
                self.timer.stop()

    def isComplete(self) -> bool:
        advice = self._flow.current_advice()
        return advice is not None and advice.eligible
