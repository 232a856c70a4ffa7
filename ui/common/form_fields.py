"""Form widgets and helpers shared by the order editor and the event dialog.

Fields read what the buyer types with the domain parsers and say, next to the field, what they
read or why they can't; no rule is decided here. Every countdown is copied from the order page
as it shows it now, so it counts from the clock's now, never from a date typed in the form.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.clock import Clock
from app.domain.errors import ParseError
from app.domain.parsing import parse_duration
from ui.common import format as fmt
from ui.common.dialogs import refusal_text as refusal_text  # re-exported for the dialogs' modules

MAX_TEXT = 2000  # the service's limit for store, title, note and tracking

# A yellow box for what the buyer must not miss: a warning while recording, what is not known.
WARNING_STYLE = (
    "background: #fff4ce; color: #3d3000; border: 1px solid #c9a400; border-radius: 4px; padding: 8px;"
)


def ask_discard_changes(parent: QWidget) -> bool:
    """Ask before typed input is thrown away. True: discard it."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("OrderEditorDialog", "Discard changes?"),
        QCoreApplication.translate("OrderEditorDialog", "What you typed in this dialog will be lost."),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard


def arrow_time(when: datetime) -> str:
    """ "→ Sat 2026-04-04 02:22" in local time: what a countdown means as a date."""
    day = QLocale().dayName(when.astimezone().isoweekday(), QLocale.FormatType.ShortFormat)
    return f"→ {day} {fmt.local_time(when)}"


def _is_dark(widget: QWidget) -> bool:
    return widget.palette().color(widget.backgroundRole()).lightness() < 128


def error_color(widget: QWidget) -> str:
    return "#ff8a80" if _is_dark(widget) else "#b3261e"


def hint_label(parent: QWidget) -> QLabel:
    """Grey text by the buttons saying why OK is off while no red message says it yet."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.hide()
    return label


class FieldMessage(QLabel):
    """A message in red next to or under one field; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {error_color(self)};")
        self.hide()

    def show_message(self, text: str | None) -> None:
        self.setText(text or "")
        self.setVisible(bool(text))


class RefusalBanner(FieldMessage):
    """The service's refusal, framed, above the buttons. It stays until the buyer edits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        color = error_color(self)
        self.setStyleSheet(f"color: {color}; border: 1px solid {color}; border-radius: 4px; padding: 6px;")
        self.setAccessibleName(self.tr("Problem"))


def add_form_row(form: QFormLayout, label: str, field: QWidget, shown: QWidget | None = None) -> FieldMessage:
    """A labelled row: the field (or a box ``shown`` holding it) with its message under it."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(shown or field)
    message = FieldMessage(box)
    layout.addWidget(message)
    box.setFocusProxy(field)
    if not field.accessibleName():
        field.setAccessibleName(label.replace("&", ""))
    form.addRow(label, box)
    return message


class LocalDateTimeEdit(QDateTimeEdit):
    """A date and time in the system's local time; value() is an aware UTC datetime."""

    def __init__(self, when: datetime, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0)))
        self.setAccessibleName(accessible_name)
        self.set_value(when)

    def set_value(self, when: datetime) -> None:
        # Seconds are kept though not shown, so an untouched "now" stays exactly now.
        self.setDateTime(QDateTime.fromSecsSinceEpoch(int(when.timestamp())))

    def value(self) -> datetime:
        return datetime.fromtimestamp(self.dateTime().toSecsSinceEpoch(), tz=UTC)


class CountdownField(QWidget):
    """A countdown as the order page shows it now ("23 d 14:22:10"), read live and counted from
    the clock's now: the resulting local date and time is shown next to it, or the parser's
    message in red. A grey line under it says what the countdown counts from."""

    changed = Signal()

    def __init__(self, clock: Clock, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("e.g. 23 d 14:22:10"))
        self.edit.setAccessibleName(accessible_name)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(
            self.tr("%1 as the order page shows it now: resulting time").replace("%1", accessible_name)
        )
        self.basis = QLabel(self.tr("As the order page shows it now; counted from now."), self)
        self.basis.setWordWrap(True)
        self.basis.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 2)
        row.addWidget(self.preview, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.basis)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self.refresh)

    def left(self) -> timedelta | None:
        try:
            return parse_duration(self.edit.text()) if self.edit.text().strip() else None
        except ParseError:
            return None

    def problem(self) -> str | None:
        """The parser's sentence, or None when the text is empty or reads well."""
        if not self.edit.text().strip():
            return None
        try:
            parse_duration(self.edit.text())
        except ParseError as exc:
            return refusal_text(exc)
        return None

    def due(self) -> datetime | None:
        """The clock's now plus the countdown; asked again at OK, so it is now at that moment."""
        left = self.left()
        return None if left is None else self._clock.now() + left

    def refresh(self) -> None:
        problem, due = self.problem(), self.due()
        if problem:
            self.preview.setStyleSheet(f"color: {error_color(self)};")
            self.preview.setText(problem)
        else:
            self.preview.setStyleSheet("")
            self.preview.setText(arrow_time(due) if due is not None else "")
        self.edit.setAccessibleDescription(" ".join(filter(None, (self.preview.text(), self.basis.text()))))
        self.changed.emit()


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
        self.days = QSpinBox(self)
        self.days.setRange(1, 365)
        self.days.setValue(7)
        self.days.setAccessibleName(self.tr("Processing days"))
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
        self, clock: Clock, default_end: datetime, modes: list[tuple[str, str]], parent: QWidget | None = None
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
        self.end = LocalDateTimeEdit(default_end, self.tr("Protection ends"), self)
        self.days = QSpinBox(self)
        self.days.setRange(1, 365)
        self.days.setValue(15)
        self.days.setAccessibleName(self.tr("Extended by days"))
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
