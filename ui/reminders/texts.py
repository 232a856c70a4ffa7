"""What a reminder says on screen, translated: the deadline and the time left, the order, what
to do. The service's English texts are for the command line; the window builds its own."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication

from app.services.reminders import Reminder
from ui.common.format import deadline_text, local_time


def time_left(left: timedelta) -> str:
    """Rounded as a person says it: "7 days", "48 hours", "1 hour", "40 minutes"."""
    seconds = max(0, int(left.total_seconds()))
    days, hours, minutes = round(seconds / 86400), round(seconds / 3600), round(seconds / 60)
    if hours >= 72:
        return QCoreApplication.translate("Reminders", "%n day(s)", None, days)
    if minutes >= 60:
        return QCoreApplication.translate("Reminders", "%n hour(s)", None, hours)
    return QCoreApplication.translate("Reminders", "%n minute(s)", None, max(1, minutes))


def title(reminder: Reminder) -> str:
    return (
        QCoreApplication.translate("Reminders", "%1 in %2")
        .replace("%1", deadline_text(reminder.kind.value))
        .replace("%2", time_left(reminder.left))
    )


def body(reminder: Reminder) -> str:
    order = QCoreApplication.translate("Reminders", "Order %1").replace("%1", reminder.order)
    if reminder.store:
        order += f" ({reminder.store})"
    if reminder.order_title:
        order += f": {reminder.order_title}"
    due = QCoreApplication.translate("Reminders", "Due %1.").replace("%1", local_time(reminder.due))
    return f"{order}\n{due} {reminder.action}"


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
