"""The open deadlines as an iCalendar file (RFC 5545), written by hand.

One ``VEVENT`` per open deadline (``OrderService.deadlines()``), with:

- ``UID`` ``<order number>-<deadline kind>@dispute-desk``: stable across exports, so a calendar
  that subscribes to or re-imports the file updates the event instead of adding a second one;
- ``DTSTAMP`` from the app's clock, ``DTSTART`` the due time in UTC (a moment, no duration);
- ``SUMMARY`` naming the deadline and the order, ``DESCRIPTION`` what to do about it, in the
  buyer's language (context "calendar"; times stay UTC);
- a ``VALARM`` at each of the reminders' lead times (the rule value ``reminder_leads``: by default
  ``TRIGGER:-P7D``, ``-PT48H``, ``-PT24H``, ``-PT2H``), so the calendar reminds as the app does.

Lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character; TEXT values
escape backslash, semicolon, comma and line breaks.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from app import __version__
from app.domain.model import DeadlineKind
from app.domain.parsing import format_utc
from app.domain.reminders import DEFAULT_LEADS, Lead, parse_leads
from app.i18n import QT_TRANSLATE_NOOP, translate, translate_marked

if TYPE_CHECKING:
    from app.services.orders import OrderService
    from app.services.views import DeadlineView

MAX_OCTETS = 75
UID_DOMAIN = "dispute-desk"

D = DeadlineKind
# Context "calendar": a deadline as a calendar event and a reminder name it.
LABELS: dict[DeadlineKind, str] = {
    D.UNPAID_AUTOCLOSE: QT_TRANSLATE_NOOP("calendar", "Unpaid order closes"),
    D.PAYMENT_CHECK_ENDS: QT_TRANSLATE_NOOP("calendar", "Payment check ends"),
    D.SHIP_BY: QT_TRANSLATE_NOOP("calendar", "Seller must ship"),
    D.CANCEL_AUTO_APPROVE: QT_TRANSLATE_NOOP("calendar", "Cancellation approved automatically"),
    D.REQUEST_EXTENSION_BY: QT_TRANSLATE_NOOP("calendar", "Ask for a protection extension"),
    D.PROTECTION_ENDS: QT_TRANSLATE_NOOP("calendar", "Buyer protection ends"),
    D.NOT_RECEIVED_DISPUTE_OPENS: QT_TRANSLATE_NOOP("calendar", "Not-received dispute can be opened"),
    D.DISPUTE_WINDOW_ENDS: QT_TRANSLATE_NOOP("calendar", "Last day to open a dispute"),
    D.SELLER_RESPONSE_DUE: QT_TRANSLATE_NOOP("calendar", "Seller must answer the dispute"),
    D.ESCALATION: QT_TRANSLATE_NOOP("calendar", "Dispute goes to the platform"),
    D.RETURN_SHIP_BY: QT_TRANSLATE_NOOP("calendar", "Ship the return"),
    D.REFUND_EXPECTED_BY: QT_TRANSLATE_NOOP("calendar", "Refund expected"),
    D.PAYPAL_DISPUTE_ENDS: QT_TRANSLATE_NOOP("calendar", "Last day for a PayPal dispute"),
    D.CHARGEBACK_WINDOW_ENDS: QT_TRANSLATE_NOOP("calendar", "Last day for a chargeback"),
}


def deadline_label(kind: DeadlineKind) -> str:
    """A deadline as a calendar event or a reminder names it, in the buyer's language."""
    return translate_marked("calendar", LABELS[kind]) if kind in LABELS else kind.value


def order_words(order: str, title: str) -> str:
    """``Order 81…: Soldering iron`` (without a title, the number alone)."""
    if title:
        return translate("calendar", "Order {order}: {title}").format(order=order, title=title)
    return translate("calendar", "Order {order}").format(order=order)


def escape_text(value: str) -> str:
    """A TEXT property value (RFC 5545 §3.3.11)."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\r", "\\n")
        .replace("\n", "\\n")
    )


def fold(line: str) -> str:
    """One content line folded at 75 octets (§3.1): continuation lines start with a space, and
    a multi-byte UTF-8 character is never split. Returns the line with its CRLF(s)."""
    encoded = line.encode("utf-8")
    if len(encoded) <= MAX_OCTETS:
        return line + "\r\n"
    parts: list[str] = []
    current = ""
    size = 0
    limit = MAX_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size, limit = "", 0, MAX_OCTETS - 1  # the leading space counts
        current += char
        size += width
    parts.append(current)
    return "\r\n ".join(parts) + "\r\n"


def _stamp(when: datetime) -> str:
    return format_utc(when).replace("-", "").replace(":", "")


def trigger(seconds: int) -> str:
    """An alarm ``seconds`` before the event, as an RFC 5545 duration: days from three days on
    (``-P7D``, ``-P3DT12H``), hours below that (``-PT48H``, ``-PT2H``, ``-PT1H30M``). The events
    start at UTC times, so a day is exactly 24 hours here, as the app's lead times are."""
    days, rest = divmod(seconds, 86400) if seconds >= 3 * 86400 else (0, seconds)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    clock = "".join(f"{n}{unit}" for n, unit in ((hours, "H"), (minutes, "M"), (secs, "S")) if n)
    if not days:
        return f"-PT{clock or '0S'}"
    return f"-P{days}D" + (f"T{clock}" if clock else "")


def calendar_lines(
    deadlines: Iterable[DeadlineView],
    orders: dict[str, tuple[str, str]],
    now: datetime,
    leads: Iterable[Lead] = parse_leads(list(DEFAULT_LEADS)),
) -> list[str]:
    """The unfolded content lines of the calendar. ``orders`` maps an order number to its
    (store, title); ``leads`` are the alarms' times before each deadline."""
    alarms = [trigger(lead.seconds) for lead in leads]
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//Dispute Desk//dispute-desk {__version__}//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Dispute Desk deadlines",
    ]
    for d in deadlines:
        store, title = orders.get(d.order, ("", ""))
        label = deadline_label(d.kind)
        if store:
            summary = translate("calendar", "{deadline}: order {order} ({store})").format(
                deadline=label, order=d.order, store=store
            )
        else:
            summary = translate("calendar", "{deadline}: order {order}").format(deadline=label, order=d.order)
        parts = [d.action, "", order_words(d.order, title)]
        if store:
            parts.append(translate("calendar", "Store: {store}").format(store=store))
        if d.basis.value == "entered":
            due = translate("calendar", "Due {time} (from the order page).")
        else:
            due = translate("calendar", "Due {time} (estimated from the rules).")
        parts.append(due.format(time=format_utc(d.due)))
        description = "\n".join(parts)
        lines += [
            "BEGIN:VEVENT",
            f"UID:{escape_text(f'{d.order}-{d.kind.value}@{UID_DOMAIN}')}",
            f"DTSTAMP:{_stamp(now)}",
            f"DTSTART:{_stamp(d.due)}",
            f"SUMMARY:{escape_text(summary)}",
            f"DESCRIPTION:{escape_text(description)}",
            f"CATEGORIES:{escape_text('Dispute Desk')},{escape_text(d.kind.value)}",
            "TRANSP:TRANSPARENT",
        ]
        for alarm in alarms:
            lines += [
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                f"DESCRIPTION:{escape_text(summary)}",
                f"TRIGGER:{alarm}",
                "END:VALARM",
            ]
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return lines


def calendar_text(service: OrderService) -> tuple[str, int]:
    """The calendar of every open deadline as of now, and the number of events in it."""
    now = service.clock.now()
    deadlines = service.deadlines()
    orders = {i.order: (i.store, i.title) for i in service.list_orders()}
    leads = parse_leads(service.rules.profile()["reminder_leads"])
    lines = calendar_lines(deadlines, orders, now, leads)
    return "".join(fold(line) for line in lines), len(deadlines)
