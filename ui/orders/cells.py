"""How one order reads in the list: cell texts, tooltips, accessible texts, countdown colours.

Plain functions of (row, column, now), so the table model only decides which rows to show and
in which order. Strings go through Qt's translation (context "OrderList").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette

from app.domain.attention import shown_urgency
from app.domain.model import Urgency
from app.services.listing import ListRow
from ui.common import format as fmt
from ui.common.translation import QT_TRANSLATE_NOOP

COL_ORDER, COL_STORE, COL_ITEMS, COL_TOTAL, COL_STATUS, COL_DEADLINE, COL_LEFT = range(7)
COLUMN_COUNT = 7
NUMERIC_COLUMNS = (COL_TOTAL, COL_LEFT)  # right-aligned

# Background tint and text colour of the "time left" cell per urgency, for light and dark
# palettes (chosen by the palette's lightness), so each stays readable. LATER is not tinted.
_LIGHT = {
    Urgency.OVERDUE: ("#f6c9c6", "#7a1010"),
    Urgency.CRITICAL: ("#fbd9bd", "#7a3300"),
    Urgency.SOON: ("#f7ebb5", "#5c4700"),
    Urgency.WATCH: ("#d9e6f6", "#16406f"),
}
_DARK = {
    Urgency.OVERDUE: ("#6b1f1f", "#ffd2cf"),
    Urgency.CRITICAL: ("#6a3a12", "#ffdcbc"),
    Urgency.SOON: ("#5a4c12", "#f6e7a8"),
    Urgency.WATCH: ("#1c3a5c", "#cfe2fb"),
}

_URGENCY_WORDS = {
    Urgency.OVERDUE: QT_TRANSLATE_NOOP("OrderList", "Overdue"),
    Urgency.CRITICAL: QT_TRANSLATE_NOOP("OrderList", "Due within 48 hours"),
    Urgency.SOON: QT_TRANSLATE_NOOP("OrderList", "Due within 7 days"),
    Urgency.WATCH: QT_TRANSLATE_NOOP("OrderList", "Due within 14 days"),
    Urgency.LATER: QT_TRANSLATE_NOOP("OrderList", "More than 14 days left"),
}

_HEADERS = (
    QT_TRANSLATE_NOOP("OrderList", "Order"),
    QT_TRANSLATE_NOOP("OrderList", "Store"),
    QT_TRANSLATE_NOOP("OrderList", "Items"),
    QT_TRANSLATE_NOOP("OrderList", "Total"),
    QT_TRANSLATE_NOOP("OrderList", "Status"),
    QT_TRANSLATE_NOOP("OrderList", "Next deadline"),
    QT_TRANSLATE_NOOP("OrderList", "Time left"),
)


def header_text(column: int) -> str:
    return QCoreApplication.translate("OrderList", _HEADERS[column])


def urgency_words(urgency: Urgency | None) -> str:
    """The urgency in words, for tooltips and screen readers: the list reads without colour.
    None is a waiting period (nothing for the buyer to do)."""
    return (
        QCoreApplication.translate("OrderList", _URGENCY_WORDS[urgency])
        if urgency is not None
        else QCoreApplication.translate("OrderList", "Waiting, nothing to do")
    )


def urgency_colours(palette: QPalette) -> dict[Urgency, tuple[QColor, QColor]]:
    """(background, text) of the countdown cell per urgency, for this palette's lightness."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return {u: (QColor(bg), QColor(fg)) for u, (bg, fg) in (_DARK if dark else _LIGHT).items()}


def display(row: ListRow, column: int, now: int) -> str:
    if column == COL_ORDER:
        return row.number
    if column == COL_STORE:
        return row.store
    if column == COL_ITEMS:
        if row.items > 1:  # only for two or more, so the English source reads right untranslated
            return QCoreApplication.translate("OrderList", "%1 · %n items", None, row.items).replace(
                "%1", row.title
            )
        return row.title
    if column == COL_TOTAL:
        return fmt.money(row.total, row.currency)
    if column == COL_STATUS:
        return fmt.status_text(row.status)
    if row.next_due is None:
        return ""
    if column == COL_DEADLINE:
        return f"{fmt.deadline_text(row.next_kind)} · {fmt.local_time(row.next_due)}"
    left = row.next_due - now
    level = shown_urgency(row.next_kind, left)
    mark = fmt.urgency_mark(level) if level is not None else ""
    return f"{fmt.countdown(left)} {mark}" if mark else fmt.countdown(left)


def tooltip(row: ListRow, column: int, now: int) -> str | None:
    if column in (COL_LEFT, COL_DEADLINE):
        if row.next_due is None:
            return QCoreApplication.translate("OrderList", "No open deadline")
        return (
            QCoreApplication.translate("OrderList", "%1: %2, due %3")
            .replace("%1", urgency_words(shown_urgency(row.next_kind, row.next_due - now)))
            .replace("%2", fmt.deadline_text(row.next_kind))
            .replace("%3", fmt.local_time(row.next_due, with_seconds=True))
        )
    if column in (COL_STORE, COL_ITEMS):
        return display(row, column, now)  # the whole text when the cell elides it
    if column == COL_ORDER and row.is_demo:
        return QCoreApplication.translate("OrderList", "Sample order (made up)")
    return None


def accessible(row: ListRow, column: int, now: int) -> str:
    if column == COL_LEFT and row.next_due is not None:
        left = row.next_due - now
        return f"{urgency_words(shown_urgency(row.next_kind, left))}, {fmt.countdown(left)}"
    return display(row, column, now)
