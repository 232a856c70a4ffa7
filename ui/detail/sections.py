"""The parts of the order detail panel that show lists: deadlines (with live countdowns) and
the timeline. Each part rebuilds its rows from plain service data; nothing here calls a service."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QLayout, QVBoxLayout, QWidget

from app.domain.attention import shown_urgency
from app.domain.model import Urgency, urgency_for_seconds
from app.domain.timeutil import epoch
from app.services.views import DeadlineView, TimelineEntry
from ui.common import format as fmt
from ui.detail.texts import basis_text, event_label, timeline_details, timeline_time, urgency_color

SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard


def clear_layout(layout: QLayout) -> None:
    while (item := layout.takeAt(0)) is not None:
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        elif (inner := item.layout()) is not None:
            clear_layout(inner)


def _add(layout: Any, widget: QWidget, *where: Any) -> None:
    """Add a row to a shown list and show it now: Qt would show it one event-loop pass later,
    and the scroll area would size the panel without it for a frame."""
    layout.addWidget(widget, *where)
    widget.show()


def bold(label: QLabel, scale: float = 1.0) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    if scale != 1.0 and font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def wrapped(text: str = "", selectable: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(SELECTABLE)
    return label


@dataclass
class _Countdown:
    """One deadline's live part: updated on every tick without a service call."""

    due_epoch: int
    kind: str
    what: str
    label: QLabel
    mark: QLabel
    urgency: Urgency | None = None  # by the time left alone: crossing zero shows the order again
    shown: Urgency | None = None  # the look: None for a waiting period (see app.domain.attention)


class DeadlineList(QWidget):
    """The order's open deadlines, soonest first: what, when, basis, time left and advice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._countdowns: list[_Countdown] = []
        self._from_guesses = False

    def set_deadlines(
        self,
        deadlines: Sequence[DeadlineView],
        now_epoch: int,
        empty: str | None = None,
        *,
        from_guesses: bool = False,
    ) -> None:
        """Show ``deadlines``; ``empty`` is what to say when there are none (else "No open
        deadlines."). ``from_guesses``: the order has times that are guesses, so an estimate may
        run from one and says so."""
        clear_layout(self._layout)
        self._countdowns = []
        self._from_guesses = from_guesses
        if not deadlines:
            _add(self._layout, wrapped(empty or self.tr("No open deadlines.")))
            return
        for deadline in deadlines:
            _add(self._layout, self._row(deadline))
        self.tick(now_epoch)

    def _row(self, deadline: DeadlineView) -> QFrame:
        frame = QFrame()
        frame.setObjectName("deadlineRow")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(frame)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        what = fmt.deadline_text(deadline.kind)
        grid.addWidget(bold(wrapped(what)), 0, 0)
        mark = bold(QLabel())
        mark.setObjectName("deadlineMark")
        countdown = bold(QLabel())
        countdown.setObjectName("deadlineCountdown")
        countdown.setTextInteractionFlags(SELECTABLE)
        grid.addWidget(mark, 0, 1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        grid.addWidget(countdown, 0, 2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        due = wrapped(
            self.tr("Due %1 · %2")
            .replace("%1", fmt.local_time(deadline.due))
            .replace("%2", basis_text(deadline.basis, from_guesses=self._from_guesses))
        )
        due.setObjectName("deadlineDue")
        grid.addWidget(due, 1, 0, 1, 3)
        action = wrapped(deadline.action)
        action.setObjectName("deadlineAction")
        grid.addWidget(action, 2, 0, 1, 3)
        grid.setColumnStretch(0, 1)
        self._countdowns.append(_Countdown(epoch(deadline.due), deadline.kind.value, what, countdown, mark))
        return frame

    def tick(self, now_epoch: int) -> bool:
        """Update the countdowns; True when one of them has just crossed its due time."""
        crossed = False
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
                crossed = crossed or (
                    level is Urgency.OVERDUE and item.urgency not in (None, Urgency.OVERDUE)
                )
                item.urgency = level
                item.shown = shown_urgency(item.kind, left)
                item.mark.setText(fmt.urgency_mark(item.shown) if item.shown is not None else "")
                self._colour(item)
        return crossed

    def _colour(self, item: _Countdown) -> None:
        colour = urgency_color(item.shown, self.palette())
        for label in (item.label, item.mark):
            palette = label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            label.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        # A light/dark switch: the urgency colours are chosen per palette, so choose again.
        if event.type() == QEvent.Type.PaletteChange:
            for item in self._countdowns:
                if item.urgency is not None:
                    self._colour(item)
        super().changeEvent(event)


class TimelineList(QWidget):
    """What happened to the order, oldest first, with the facts each event carries."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(10)
        self._grid.setVerticalSpacing(6)
        self._grid.setColumnStretch(1, 1)

    def set_entries(self, entries: Sequence[TimelineEntry], currency: str) -> None:
        clear_layout(self._grid)
        ordered = sorted(entries, key=lambda e: (e.at, e.recorded_at))  # stable: same-time events keep order
        for row, entry in enumerate(ordered):
            when = QLabel(timeline_time(entry))
            when.setObjectName("timelineTime")
            _add(self._grid, when, row, 0, Qt.AlignmentFlag.AlignTop)
            box = QWidget()
            box.setObjectName("timelineEntry")
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(1)
            column.addWidget(bold(wrapped(event_label(entry.kind))))
            details = timeline_details(entry, currency)
            if details:
                column.addWidget(wrapped("\n".join(details), selectable=True))
            _add(self._grid, box, row, 1, Qt.AlignmentFlag.AlignTop)
        if not ordered:
            _add(self._grid, wrapped(self.tr("Nothing recorded yet.")), 0, 0, 1, 2)
