"""Form widgets and helpers the dialogs and guides share: messages next to a field and above the
buttons, a local date and time, and a countdown copied from the order page.

Fields read what the buyer types with the domain parsers and say, next to the field, what they
read or why they can't; no rule is decided here. Every countdown is copied from the order page
as it shows it now, so it counts from the clock's now, never from a date typed in the form.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.clock import Clock
from app.domain.errors import ParseError
from app.domain.parsing import parse_duration
from ui.common import format as fmt
from ui.common import locale_format
from ui.common.dialogs import refusal_text

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
    """A date and time as the buyer reads it: in the system's local time, or in ``zone`` (the
    order page's, for times copied from it); value() is an aware UTC datetime."""

    def __init__(
        self,
        when: datetime,
        accessible_name: str,
        parent: QWidget | None = None,
        *,
        zone: tzinfo | None = None,
    ) -> None:
        super().__init__(parent)
        self._zone = zone
        self.setCalendarPopup(True)
        self.setDisplayFormat(locale_format.date_time_format())
        self.setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0)))
        self.setAccessibleName(accessible_name)
        self.set_value(when)

    @property
    def zone(self) -> tzinfo | None:
        return self._zone

    def set_value(self, when: datetime) -> None:
        # Seconds are kept though not shown, so an untouched "now" stays exactly now.
        if self._zone is None:
            self.setDateTime(QDateTime.fromSecsSinceEpoch(int(when.timestamp())))
            return
        wall = when.astimezone(self._zone)
        self.setDateTime(
            QDateTime(QDate(wall.year, wall.month, wall.day), QTime(wall.hour, wall.minute, wall.second))
        )

    def value(self) -> datetime:
        if self._zone is None:
            return datetime.fromtimestamp(self.dateTime().toSecsSinceEpoch(), tz=UTC)
        shown = self.dateTime()
        day, clock = shown.date(), shown.time()
        wall = datetime(
            day.year(),
            day.month(),
            day.day(),
            clock.hour(),
            clock.minute(),
            clock.second(),
            tzinfo=self._zone,
        )
        return wall.astimezone(UTC)


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
