"""What a reminder says on screen: the core's sentences (see
:func:`app.services.reminders.reminder_texts`), with the due time written the locale's way, and one
message for several reminders at once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.reminders import Reminder, reminder_texts
from ui.common.format import local_time


def title(reminder: Reminder) -> str:
    """The deadline and the time left, rounded as a person says it: "Seller must ship in 7 days"."""
    return reminder.title


def body(reminder: Reminder) -> str:
    """The order, when it is due on the computer's clock, and what to do."""
    return reminder_texts(reminder, local_time)[1]


def summary(reminders: list[Reminder]) -> tuple[str, str]:
    """One message for several reminders at once (a tray shows one message at a time): how many,
    then the soonest few, one line each."""
    heading = QCoreApplication.translate("Reminders", "%n deadline(s) coming up", None, len(reminders))
    lines = [
        QCoreApplication.translate("Reminders", "%1: order %2").replace("%1", title(r)).replace("%2", r.order)
        for r in reminders[:4]
    ]
    if len(reminders) > 4:
        lines.append(QCoreApplication.translate("Reminders", "…and %n more", None, len(reminders) - 4))
    return heading, "\n".join(lines)
