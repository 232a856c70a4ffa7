"""A guide page with a live countdown: the cancel guide's verdict (until the wait is over) and the
dispute guide's eligibility (until the dispute can be opened, or until its window closes)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget, QWizardPage

from app.clock import Clock
from ui.wizards.parts import scaled_font


class CountdownBox(QFrame):
    """A card: what the countdown counts to (``caption``) above the time left, large; a page may
    add lines under them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countdownCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.countdown = QLabel(self)
        self.countdown.setFont(scaled_font(self, 2.0))
        self.countdown.setAccessibleName(self.tr("Time left"))
        self.lines = QVBoxLayout(self)
        self.lines.setContentsMargins(14, 10, 14, 12)
        self.lines.setSpacing(2)
        self.lines.addWidget(self.caption)
        self.lines.addWidget(self.countdown)


class CountdownPage(QWizardPage):
    """One parented 1-second timer calls :meth:`tick` while the page shows and counts down to a
    moment (:meth:`count_to`); hidden, or with nothing to count to, it stops."""

    def __init__(self, clock: Clock) -> None:
        super().__init__()
        self._clock = clock
        self._target: datetime | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)

    def count_to(self, target: datetime | None) -> None:
        """Count down to ``target`` (None: nothing to count) from now on."""
        self._target = target
        self.tick()
        if self._target is None:
            self.timer.stop()
        elif self.isVisible():
            self.timer.start()

    def target(self) -> datetime | None:
        return self._target

    def seconds_left(self) -> int | None:
        if self._target is None:
            return None
        return int((self._target - self._clock.now()).total_seconds())

    def tick(self) -> None:
        """Show the time left; the page shows it its own way."""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._target is not None:
            self.tick()
            self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)
