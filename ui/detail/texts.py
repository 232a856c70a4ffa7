"""Words for the order detail panel: event names, button labels and timeline details.

Everything here turns stored codes (event kinds, reasons, payment methods, payload keys) into
sentences; no rule decides anything. The names and the timeline's sentences are the domain's
(``app.domain.words``, shared with the case pack); the button labels are this panel's own, marked
with QT_TRANSLATE_NOOP so lupdate finds them. All are translated at display time in the
context "detail".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette

from app.domain import words
from app.domain.model import Basis, Urgency
from app.services.views import TimelineEntry
from ui.common import format as fmt
from ui.common.translation import QT_TRANSLATE_NOOP


def _detail_text(source: str, n: int) -> str:
    """A text of the domain's tables or timeline sentences (marked in context "detail")."""
    return QCoreApplication.translate("detail", source, None, n)


# The domain's words (app.domain.words) as this panel shows them: translated, in local time.
WORDING = words.Wording(_detail_text, fmt.local_time, fmt.money)


# Buttons for the events a buyer can record. Each opens a dialog (when it happened, a note, the
# facts the kind takes), so each ends in "…".
_BUTTON_LABELS: dict[str, str] = {
    "paid": QT_TRANSLATE_NOOP("detail", "Mark paid…"),
    "shipped": QT_TRANSLATE_NOOP("detail", "Shipped…"),
    "tracking-update": QT_TRANSLATE_NOOP("detail", "Tracking update…"),
    "delivered": QT_TRANSLATE_NOOP("detail", "Delivered…"),
    "received": QT_TRANSLATE_NOOP("detail", "Confirm receipt…"),
    "cancel-requested": QT_TRANSLATE_NOOP("detail", "Request cancellation…"),
    "cancel-approved": QT_TRANSLATE_NOOP("detail", "Cancellation approved…"),
    "cancel-rejected": QT_TRANSLATE_NOOP("detail", "Cancellation refused…"),
    "cancelled": QT_TRANSLATE_NOOP("detail", "Cancelled…"),
    "extension-requested": QT_TRANSLATE_NOOP("detail", "Extension requested…"),
    "protection-extended": QT_TRANSLATE_NOOP("detail", "Protection extended…"),
    "dispute-opened": QT_TRANSLATE_NOOP("detail", "Open dispute…"),
    "dispute-cancelled": QT_TRANSLATE_NOOP("detail", "Dispute cancelled…"),
    "seller-responded": QT_TRANSLATE_NOOP("detail", "Seller responded…"),
    "escalated": QT_TRANSLATE_NOOP("detail", "Escalated…"),
    "decided": QT_TRANSLATE_NOOP("detail", "Decision…"),
    "appealed": QT_TRANSLATE_NOOP("detail", "Appealed…"),
    "refund-issued": QT_TRANSLATE_NOOP("detail", "Refund issued…"),
    "refund-received": QT_TRANSLATE_NOOP("detail", "Refund received…"),
}


def _word(table: Mapping[str, str], code: Any) -> str:
    key = str(code)
    return QCoreApplication.translate("detail", table[key]) if key in table else key


def button_label(kind: str) -> str:
    return _word(_BUTTON_LABELS, kind)


def event_label(kind: str) -> str:
    return WORDING.word(words.EVENT_WORDS, kind)


def payment_text(method: str | None) -> str:
    return (
        WORDING.word(words.PAYMENT_WORDS, method)
        if method
        else QCoreApplication.translate("detail", "not given")
    )


def basis_text(basis: Basis, *, from_guesses: bool = False) -> str:
    """How a deadline was found; an estimate on an order with guessed times may run from one."""
    if basis is Basis.ENTERED:
        return QCoreApplication.translate("detail", "entered from the order page")
    if from_guesses:
        return QCoreApplication.translate(
            "detail", "estimated from the rules and a date not known for sure (see the timeline)"
        )
    return QCoreApplication.translate("detail", "estimated from the rules")


def timeline_time(entry: TimelineEntry) -> str:
    """When the entry happened; a guessed time is shown as the earliest it can have been."""
    return words.event_time(entry.at, entry.data, WORDING)


def timeline_details(entry: TimelineEntry, currency: str) -> list[str]:
    """The facts an entry carries, one short line each, in a fixed order (the domain's wording,
    shared with the case pack), translated and in local time."""
    return words.timeline_details(entry.data, currency, WORDING)


# Countdown colours by urgency, one set for light and one for dark backgrounds, so both stay
# readable. LATER keeps the palette's own text colour.
_LIGHT = {
    Urgency.OVERDUE: "#b3261e",
    Urgency.CRITICAL: "#c62828",
    Urgency.SOON: "#a14d00",
    Urgency.WATCH: "#1f5fa8",
}
_DARK = {
    Urgency.OVERDUE: "#ff8a80",
    Urgency.CRITICAL: "#ff6e6e",
    Urgency.SOON: "#ffb74d",
    Urgency.WATCH: "#8ab4f8",
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def urgency_color(urgency: Urgency | None, palette: QPalette) -> QColor:
    """The countdown's colour; None (a waiting period) and LATER keep the palette's text colour."""
    table = _DARK if is_dark(palette) else _LIGHT
    if urgency is not None and urgency in table:
        return QColor(table[urgency])
    return palette.color(QPalette.ColorRole.WindowText)
