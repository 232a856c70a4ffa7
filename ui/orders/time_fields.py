"""The order's times the editor and the event dialog ask for: the seller's processing time and the
end of buyer protection, each given the way the buyer has it (days, a countdown copied from the
order page, an end date). A countdown counts from the clock's now, never from a date in the form.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QSpinBox, QVBoxLayout, QWidget

from app.clock import Clock
from ui.common.form_fields import CountdownField, LocalDateTimeEdit


class DaysSpinBox(QSpinBox):
    """A number of days that says "days" after the number ("7 days", "1 day")."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(1, 365)
        self.setAccessibleName(accessible_name)
        self.valueChanged.connect(self._update_suffix)
        self._update_suffix(self.value())

    def _update_suffix(self, value: int) -> None:
        counted = self.tr("%n day(s)", "", value)
        self.setSuffix(counted[counted.find(str(value)) + len(str(value)) :] if str(value) in counted else "")


class ProcessingTimeField(QWidget):
    """The seller's processing time: not known, in days, or the ship-by countdown (from now)."""

    changed = Signal()
    NOT_KNOWN, DAYS, COUNTDOWN = range(3)

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = QComboBox(self)
        self.mode.addItems(
            [self.tr("Not known"), self.tr("In days"), self.tr("Ship-by countdown on the order page")]
        )
        self.mode.setAccessibleName(self.tr("Processing time is given as"))
        self.days = DaysSpinBox(self.tr("Processing days"), self)
        self.days.setValue(7)
        self.countdown = CountdownField(clock, self.tr("Ship-by countdown"), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.mode, self.days, self.countdown):
            layout.addWidget(widget)
        self.setFocusProxy(self.mode)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.days.valueChanged.connect(self.changed)
        self.countdown.changed.connect(self.changed)
        self._mode_changed()

    def _mode_changed(self) -> None:
        self.days.setVisible(self.mode.currentIndex() == self.DAYS)
        self.countdown.setVisible(self.mode.currentIndex() == self.COUNTDOWN)
        self.changed.emit()

    def problem(self) -> str | None:
        if self.mode.currentIndex() != self.COUNTDOWN:
            return None
        if not self.countdown.edit.text().strip():
            return self.tr("Enter the ship-by countdown, or choose another way to give the processing time.")
        return self.countdown.problem()

    def values(self) -> tuple[int | None, datetime | None]:
        """(processing_days, ship_by) for the service."""
        if self.mode.currentIndex() == self.DAYS:
            return self.days.value(), None
        if self.mode.currentIndex() == self.COUNTDOWN:
            return None, self.countdown.due()
        return None, None


class ProtectionField(QWidget):
    """Buyer protection's end: the countdown the order page shows now (counted from now, not from
    when the event happened), an end date, or days added."""

    changed = Signal()
    NOT_GIVEN, COUNTDOWN, END, DAYS = "none", "countdown", "end", "days"

    def __init__(
        self,
        clock: Clock,
        default_end: datetime,
        modes: list[tuple[str, str]],
        parent: QWidget | None = None,
        *,
        zone: tzinfo | None = None,
    ) -> None:
        super().__init__(parent)
        self.mode = QComboBox(self)
        for code, label in modes:
            self.mode.addItem(label, code)
        self.mode.setAccessibleName(self.tr("Protection given as"))
        self.countdown = CountdownField(clock, self.tr("Protection countdown"), self)
        self.countdown.basis.setText(
            self.tr("As the order page shows it now; counted from now, not from when it happened.")
        )
        # An end date copied from the order page is read in the order page's zone.
        self.end = LocalDateTimeEdit(default_end, self.tr("Protection ends"), self, zone=zone)
        self.days = DaysSpinBox(self.tr("Extended by days"), self)
        self.days.setValue(15)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.mode, self.countdown, self.end, self.days):
            layout.addWidget(widget)
        self.setFocusProxy(self.mode)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.countdown.changed.connect(self.changed)
        self.end.dateTimeChanged.connect(self.changed)
        self.days.valueChanged.connect(self.changed)
        self._mode_changed()

    def current(self) -> str:
        return str(self.mode.currentData())

    def _mode_changed(self) -> None:
        self.countdown.setVisible(self.current() == self.COUNTDOWN)
        self.end.setVisible(self.current() == self.END)
        self.days.setVisible(self.current() == self.DAYS)
        self.changed.emit()

    def problem(self) -> str | None:
        if self.current() != self.COUNTDOWN:
            return None
        if not self.countdown.edit.text().strip():
            return self.tr("Enter the countdown the order page shows.")
        return self.countdown.problem()

    def options(self) -> dict[str, Any]:
        """The NewEvent options: a countdown becomes an absolute end, counted from now."""
        if self.current() == self.COUNTDOWN:
            return {"protection_ends": self.countdown.due()}
        if self.current() == self.END:
            return {"protection_ends": self.end.value()}
        if self.current() == self.DAYS:
            return {"days": self.days.value()}
        return {}
