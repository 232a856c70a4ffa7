"""AliExpress notification e-mails (.eml, one message; .mbox, many).

From ``transaction@notice.aliexpress.com`` (or another aliexpress address). The subject and
body say what happened: ``Order 8123456789012345: order shipped`` (with a tracking number in
the body), ``Package LP00123456789CN has been delivered``, ``... is out for delivery``,
``... at customs``, and the same in German, Russian, Polish, Spanish, Portuguese and French.
The message's Date header is when it happened. Each e-mail becomes a :class:`Notice` about an
order that is already in Dispute Desk (found by its number, else by the tracking number).
"""

from __future__ import annotations

import email
import mailbox
import re
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Final

from app.domain.errors import Refused
from app.domain.text import clean_text
from app.i18n import translate
from app.importers.model import Format, Notice, ParsedSource, RowError
from app.importers.text_files import read_bytes

_ORDER: Final = re.compile(
    r"(?:order|bestellung|заказ[а-я]*|zamówieni[ea]|pedido|commande)\s*(?:no\.?|nr\.?|number|nummer|№|#|:)?\s*:?\s*([0-9]{12,20})\b",
    re.I,
)
_BARE_ORDER: Final = re.compile(r"(?<![0-9A-Za-z])([0-9]{16})(?![0-9])")
_TRACKING_LABEL: Final = re.compile(
    r"(?:tracking\s*(?:number|no\.?|#)|sendungsnummer|trackingnummer|трек[- ]номер|numer\s+przesyłki|"
    r"número\s+de\s+(?:rastreamento|seguimiento)|numéro\s+de\s+suivi)\s*:?\s*([A-Z0-9][A-Z0-9-]{7,39})",
    re.I,
)
_PACKAGE: Final = re.compile(
    r"(?:package|paket|посылка|przesyłka|pacote|paquete|colis)\s+([A-Z0-9][A-Z0-9-]{7,39})\b", re.I
)

# (what happened, words that say so), checked in this order: a delivery e-mail may also
# mention that the package shipped.
_KINDS: Final = (
    ("delivered", ("has been delivered", "was delivered", "wurde zugestellt", "ist zugestellt", "доставлен",
                   "вручен", "dostarczon", "foi entregue", "ha sido entregado", "a été livré")),
    ("out for delivery", ("out for delivery", "in zustellung", "wird heute zugestellt",
                          "передан курьеру", "в доставке курьером", "w doręczeniu", "saiu para entrega",
                          "en reparto", "en cours de livraison")),
    ("customs", ("customs", "zoll", "таможн", "odprawa celna", "alfândega", "aduana", "douane")),
    ("shipped", ("order shipped", "has shipped", "has been shipped", "was shipped", "versandt",
                 "verschickt", "отправлен", "wysłan", "foi enviado", "ha sido enviado", "expédiée",
                 "expédié")),
)  # fmt: skip
_NOTES: Final = {"out for delivery": "Out for delivery", "customs": "The parcel is at customs"}


def looks_like_email(head: bytes) -> bool:
    text = head.decode("utf-8", errors="replace")
    lowered = text.casefold()
    if text.startswith("From ") and "\n" in text:
        return True
    headers = ("from:", "subject:", "date:", "received:", "return-path:", "message-id:", "mime-version:")
    first_lines = [line.casefold() for line in text.splitlines()[:40]]
    found = sum(1 for name in headers if any(line.startswith(name) for line in first_lines))
    return found >= 2 and "aliexpress" in lowered


# A notification e-mail is a few kilobytes. What a message may hold before it is set aside unread:
# the standard library's header parser takes gigabytes for a Subject of 20,000 encoded words,
# and recurses once per nested multipart.
MAX_MESSAGE: Final = 10 << 20
MAX_HEADER_BLOCK: Final = 256 << 10
MAX_ENCODED_WORDS: Final = 200  # "=?utf-8?b?…?=" pieces in all the headers together
MAX_MIME_PARTS: Final = 64  # "boundary=" parameters: how deep and wide the parts can go
MAX_BODY_TEXT: Final = 1 << 20


def read(paths: Sequence[Path]) -> ParsedSource:
    source = ParsedSource(Format.EMAIL)
    number = 0
    for path in paths:
        for raw in _raw_messages(path):
            number += 1
            source.rows += 1
            try:
                source.notices.append(_notice(_parse(raw, number), number))
            except _NotANotice as exc:
                source.errors.append(RowError(number, str(exc)))
    return source


class _NotANotice(Exception):
    pass


def _raw_messages(path: Path) -> Iterator[bytes]:
    data = read_bytes(path)
    if data.startswith(b"From "):
        del data
        box = mailbox.mbox(path, factory=None, create=False)
        try:
            for key in box.keys():
                yield box.get_bytes(key)
        finally:
            box.close()
        return
    yield data


def _parse(raw: bytes, number: int) -> EmailMessage:
    """The message, after checking it is the size and shape of a notice (see the limits above)."""
    if len(raw) > MAX_MESSAGE:
        raise _NotANotice(
            translate("import", "message {message} is larger than {size} MB; not a notification").format(
                message=number, size=MAX_MESSAGE >> 20
            )
        )
    end = raw.find(b"\n\n")
    alt = raw.find(b"\r\n\r\n")
    ends = [e for e in (end, alt) if e >= 0]
    headers = raw[: min(ends)] if ends else raw
    if len(headers) > MAX_HEADER_BLOCK:
        raise _NotANotice(
            translate("import", "message {message} has {size} KB of headers; not a notification").format(
                message=number, size=len(headers) >> 10
            )
        )
    if headers.count(b"=?") > MAX_ENCODED_WORDS:
        raise _NotANotice(
            translate("import", "message {message} has more encoded header words than a notification").format(
                order=number
            )
        )
    if raw.lower().count(b"boundary=") > MAX_MIME_PARTS:
        raise _NotANotice(
            translate("import", "message {message} nests more parts than a notification").format(
                message=number
            )
        )
    try:
        message = email.message_from_bytes(raw, policy=policy.default)
    except RecursionError:
        raise _NotANotice(
            translate("import", "message {message} nests its parts too deeply").format(message=number)
        ) from None
    if not isinstance(message, EmailMessage):
        raise Refused(translate("import", "can't read the e-mail"))
    return message


def _notice(message: EmailMessage, number: int) -> Notice:
    try:
        return _read_notice(message, number)
    except (RecursionError, LookupError, ValueError, TypeError, AttributeError, IndexError) as exc:
        # The standard library's parser on a malformed message: not a notice, and not our bug.
        raise _NotANotice(
            translate("import", "message {message} can't be read ({reason})").format(
                message=number, reason=type(exc).__name__
            )
        ) from None


def _read_notice(message: EmailMessage, number: int) -> Notice:
    sender = clean_text(str(message.get("From", "")))
    subject = " ".join(clean_text(str(message.get("Subject", ""))).split())
    if "aliexpress" not in sender.casefold():
        raise _NotANotice(
            translate("import", 'message {message} is not from AliExpress (from "{sender}")').format(
                message=number, sender=sender
            )
        )
    when = _date(message)
    if when is None:
        raise _NotANotice(
            translate("import", 'message {message} ("{subject}") has no readable Date').format(
                message=number, subject=subject
            )
        )
    body = _body(message)
    text = f"{subject}\n{body}"
    kind = _kind(subject) or _kind(body)
    if kind is None:
        raise _NotANotice(
            translate(
                "import", 'message {message} ("{subject}") is not a shipping or delivery notice'
            ).format(message=number, subject=subject)
        )
    order = _first(_ORDER, text) or _first(_BARE_ORDER, text)
    tracking = _first(_TRACKING_LABEL, text) or _first(_PACKAGE, subject)
    if order is None and tracking is None:
        raise _NotANotice(
            translate(
                "import", 'message {message} ("{subject}") names no order number or tracking number'
            ).format(message=number, subject=subject)
        )
    raw = {"from": sender, "subject": subject, "date": str(message.get("Date", "")), "body": body[:4000]}
    if kind in _NOTES:
        return Notice("note", when, order, tracking, note=_NOTES[kind], line=number, raw=raw)
    return Notice(kind, when, order, tracking, line=number, raw=raw)


def _kind(text: str) -> str | None:
    """What happened, by the subject first (a body may mention customs in passing)."""
    lowered = text.casefold()
    return next((kind for kind, words in _KINDS if any(word in lowered for word in words)), None)


def _first(pattern: re.Pattern[str], text: str) -> str | None:
    match = pattern.search(text)
    return match.group(1) if match else None


def _date(message: EmailMessage) -> datetime | None:
    value = message.get("Date")
    if not value:
        return None
    try:
        when = parsedate_to_datetime(str(value))
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).replace(microsecond=0)


def _body(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, UnicodeDecodeError):
        return ""
    if not isinstance(content, str):
        return ""
    content = clean_text(content[:MAX_BODY_TEXT], multiline=True)
    if part.get_content_subtype() == "html":
        return _html_text(content)
    return content


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _html_text(html: str) -> str:
    parser = _TextOnly()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())
