"""What every importer needs: order ids kept as text, amounts and dates through the domain
parsers, rows read into records (bad ones as errors with their line) and grouped into orders.
Reading the files themselves (encodings, CSV records, limits) is in :mod:`.text_files`."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from datetime import datetime, tzinfo
from decimal import Decimal
from functools import lru_cache
from typing import Any, Final

from app.domain.currencies import normalize_currency
from app.domain.datetext import parse_date_text
from app.domain.errors import ParseError, Refused
from app.domain.order_numbers import check_order_number
from app.domain.parsing import ParsedAmount, parse_amount
from app.domain.text import clean_text
from app.i18n import QT_TRANSLATE_NOOP, speaking, translate, translate_marked
from app.importers.model import ImportedLine, ImportedOrder, Progress, RowError
from app.importers.text_files import MAX_ERRORS

_ORDER_ID: Final = re.compile(r"[0-9A-Za-z][0-9A-Za-z_-]{2,39}")
_SCIENTIFIC: Final = re.compile(r"[0-9](?:[.,][0-9]+)?[eE][+]?[0-9]+")


# Context "import": the fields a row error names when the caller gives no column name of its file.
_FIELD_WORDS = {
    "order id": QT_TRANSLATE_NOOP("import", "order id"),
    "order number": QT_TRANSLATE_NOOP("import", "order number"),
    "id": QT_TRANSLATE_NOOP("import", "id"),
    "price": QT_TRANSLATE_NOOP("import", "price"),
    "order date": QT_TRANSLATE_NOOP("import", "order date"),
    "order time": QT_TRANSLATE_NOOP("import", "order time"),
    "payment time": QT_TRANSLATE_NOOP("import", "payment time"),
}


def field_words(what: str) -> str:
    """A field a row error names: in the buyer's words, or a column's name as the file writes it."""
    return translate_marked("import", _FIELD_WORDS[what]) if what in _FIELD_WORDS else what


class RowProblem(Exception):
    """A row that can't be imported; the message says why (the caller adds the line)."""


def order_id(value: Any, what: str = "order id") -> str:
    """An order (or line) id as text, exactly as written; refuses ids a spreadsheet rounded."""
    if isinstance(value, bool) or value is None:
        raise RowProblem(translate("import", "the {what} is empty").format(what=field_words(what)))
    if isinstance(value, float):
        raise RowProblem(
            translate(
                "import",
                "the {what} {value} was stored as a number and may have lost digits; export ids as text",
            ).format(what=field_words(what), value=format(value, "g"))
        )
    text = str(value).strip().lstrip("'").strip()
    if not text:
        raise RowProblem(translate("import", "the {what} is empty").format(what=field_words(what)))
    if _SCIENTIFIC.fullmatch(text):
        raise RowProblem(
            translate(
                "import", 'the {what} "{text}" was rounded by a spreadsheet; export ids as text'
            ).format(what=field_words(what), text=text)
        )
    if not _ORDER_ID.fullmatch(text):
        raise RowProblem(translate("import", '"{text}" is not an {what}').format(text=text, what=what))
    return text


def order_number(value: Any, what: str = "order id") -> str:
    """An order's number as text, by the one rule the editor and ``add`` follow
    (:mod:`app.domain.order_numbers`), so what they accept imports back unchanged; refuses ids a
    spreadsheet rounded."""
    if isinstance(value, bool) or value is None:
        raise RowProblem(translate("import", "the {what} is empty").format(what=field_words(what)))
    if isinstance(value, float):
        raise RowProblem(
            translate(
                "import",
                "the {what} {value} was stored as a number and may have lost digits; export ids as text",
            ).format(what=field_words(what), value=format(value, "g"))
        )
    text = str(value).strip().lstrip("'").strip()
    if not text:
        raise RowProblem(translate("import", "the {what} is empty").format(what=field_words(what)))
    if _SCIENTIFIC.fullmatch(text):
        raise RowProblem(
            translate(
                "import", 'the {what} "{text}" was rounded by a spreadsheet; export ids as text'
            ).format(what=field_words(what), text=text)
        )
    check = check_order_number(text)
    if not check.ok:
        raise RowProblem(
            translate("import", '"{shown}" is not an {what}: {message}').format(
                shown=_shown(text), what=field_words(what), message=check.message()
            )
        )
    return check.number


def _shown(text: str) -> str:
    """A refused value quoted in a message: one line, not too long."""
    flat = "".join(ch if ch.isprintable() else "?" for ch in text)
    return flat if len(flat) <= 60 else flat[:59] + "…"


def optional_id(value: Any, what: str = "id") -> str | None:
    """A product, SKU or line id as text; ``None`` when empty. Refuses rounded numbers."""
    if isinstance(value, float):
        return order_id(value, what)
    text = "" if value is None else str(value).strip().lstrip("'").strip()
    if not text:
        return None
    if _SCIENTIFIC.fullmatch(text):
        raise RowProblem(
            translate(
                "import", 'the {what} "{text}" was rounded by a spreadsheet; export ids as text'
            ).format(what=field_words(what), text=text)
        )
    return text[:100]


def amount(text: str, currency: str | None, what: str = "price") -> Decimal:
    try:
        return parse_amount(text, currency).amount
    except ParseError as exc:
        raise RowProblem(
            translate("import", "{what}: {reason}").format(what=field_words(what), reason=exc)
        ) from None


def amount_with_currency(text: str, currency: str | None, what: str = "price") -> tuple[Decimal, str | None]:
    parsed = _parse_amount(text, currency, speaking())
    if isinstance(parsed, ParseError):
        raise RowProblem(
            translate("import", "{what}: {reason}").format(what=field_words(what), reason=parsed)
        )
    return parsed.amount, parsed.currency


@lru_cache(maxsize=65536)
def _parse_amount(text: str, currency: str | None, language: str) -> ParsedAmount | ParseError:
    """``parse_amount`` remembered: exports repeat the same prices on many rows. The language is
    part of the key: a refusal is remembered in the words it was said in."""
    try:
        return parse_amount(text, currency)
    except ParseError as exc:
        return exc


def currency_code(text: str) -> str:
    try:
        return normalize_currency(text)
    except ParseError as exc:
        raise RowProblem(str(exc)) from None


# The zone in which dates copied from the order page are read (the rule ``order_page_timezone``),
# set around a read by :func:`order_page_zone`; None: the computer's own zone.
_PAGE_ZONE: ContextVar[tzinfo | None] = ContextVar("order_page_zone", default=None)


@contextmanager
def order_page_zone(zone: tzinfo | None) -> Iterator[None]:
    """Read the dates of the files read inside this block in ``zone`` (None: the computer's)."""
    token = _PAGE_ZONE.set(zone)
    try:
        yield
    finally:
        _PAGE_ZONE.reset(token)


def date(text: str, what: str = "order date") -> datetime:
    """A date (and time) from a buyer's file, read in the order page's zone when it has none."""
    parsed = _parse_date(text, _PAGE_ZONE.get(), speaking(), time.timezone, time.altzone, time.tzname)
    if isinstance(parsed, ParseError):
        raise RowProblem(
            translate("import", "{what}: {reason}").format(what=field_words(what), reason=parsed)
        )
    return parsed


@lru_cache(maxsize=65536)
def _parse_date(text: str, zone: tzinfo | None, language: str, *local: object) -> datetime | ParseError:
    """``parse_date_text`` remembered (all the rows of a day share their date text). The zone,
    and the local zone's description, are part of the key, so a changed zone never reuses a
    result; so is the language, in which a refusal is said."""
    try:
        return parse_date_text(text, tz=zone)
    except ParseError as exc:
        return exc


def quantity(text: str) -> int:
    cleaned = str(text).strip() or "1"
    if not cleaned.isdigit() or not 0 < int(cleaned) <= 100_000:
        raise RowProblem(
            translate("import", 'the quantity "{text}" is not a whole number of items').format(text=cleaned)
        )
    return int(cleaned)


def required(row: Mapping[str, Any], column: str) -> str:
    value = str(row.get(column) or "").strip()
    if not value:
        raise RowProblem(translate("import", "{column} is empty").format(column=column.strip()))
    return value


@dataclass
class RowRecord:
    """One good row: the order it belongs to and what it adds to it."""

    line: int
    number: str
    store: str
    currency: str
    ordered_at: datetime
    raw: Mapping[str, Any]
    order_line: ImportedLine | None = None
    total: Decimal | None = None
    title: str = ""
    payment_method: str | None = None
    progress: Progress = field(default_factory=lambda: Progress(None))
    part: str = "rows"


def group_orders(
    records: Sequence[RowRecord], errors: list[RowError], *, add_totals: bool = False
) -> list[ImportedOrder]:
    """Rows → orders, in the order of their first row. Rows of an order that disagree on the
    currency make the whole order an error (its total would mean nothing). A row's ``total``
    is the order's total repeated on each row, or with ``add_totals`` the row's share of it."""
    orders: dict[str, ImportedOrder] = {}
    bad: set[str] = set()
    for record in records:
        order = orders.get(record.number)
        if order is None:
            order = ImportedOrder(
                number=record.number,
                store=clean_text(record.store),
                currency=record.currency,
                ordered_at=record.ordered_at,
                title=clean_text(record.title),
                total=record.total,
                payment_method=record.payment_method,
                progress=record.progress,
            )
            orders[record.number] = order
        elif record.currency != order.currency:
            errors.append(
                RowError(
                    record.line,
                    translate(
                        "import",
                        "order {order} is in {currency} on line {line} but in {other} here",
                    ).format(
                        order=record.number,
                        currency=order.currency,
                        line=order.source_lines[0],
                        other=record.currency,
                    ),
                )
            )
            bad.add(record.number)
        elif record.total is not None and (add_totals or order.total is None):
            order.total = (order.total or Decimal(0)) + record.total
        if record.order_line is not None:
            line = record.order_line
            title, options = clean_text(line.title), clean_text(line.options)
            if title != line.title or options != line.options:  # most lines are one line already
                line = replace(line, title=title, options=options)
            order.lines.append(line)
        order.source_lines.append(record.line)
        # The row as read (a fresh dict per row from every reader): kept as it is, not copied.
        order.parts.setdefault(record.part, []).append(
            record.raw if isinstance(record.raw, dict) else dict(record.raw)
        )
        if order.progress.stage is None and record.progress.stage is not None:
            order.progress = record.progress
    for order in orders.values():
        order.lines_known = bool(order.lines)
    return [order for number, order in orders.items() if number not in bad]


def read_rows(
    rows: Iterator[tuple[int, Mapping[str, Any]]],
    read_row: Any,
    errors: list[RowError],
) -> tuple[list[RowRecord], int]:
    """Apply ``read_row(line, row) -> RowRecord`` to every row; bad rows become errors.

    A file whose first :data:`MAX_ERRORS` rows are all errors is not an order file of this
    format: refused at once (4 KB of noise or 200 MB of it alike). Past that many errors only the
    count is kept, in one last error."""
    records: list[RowRecord] = []
    count = 0
    more = 0
    last = 0
    for line, row in rows:
        count += 1
        last = line
        try:
            records.append(read_row(line, row))
        except RowProblem as exc:
            errors.append(RowError(line, str(exc)))
        if len(errors) > MAX_ERRORS:
            if not records:
                first = errors[0]
                count2 = len(errors)
                raise Refused(
                    translate(
                        "import",
                        "none of the first %n row(s) can be read (line {line}: {message}); it is not an order file of this kind",
                        None,
                        count2,
                    ).format(line=first.line, message=first.message)
                )
            more += len(errors) - MAX_ERRORS
            del errors[MAX_ERRORS:]
    if more:
        errors.append(RowError(last, translate("import", "…and %n more row(s) can't be read", None, more)))
    return records, count


def money(text: str, default_currency: str, what: str = "price") -> tuple[Decimal, str]:
    """An amount and its currency: the one its symbol names ("US $", "zł", "€"), else the
    default (for "$12.34" or "12,34")."""
    value, named = amount_with_currency(text, None, what)
    if named is not None:
        return value, named
    return amount(text, default_currency, what), default_currency


_PAYMENT_WORDS: Final = (
    ("paypal", "paypal"),
    ("balance", "balance"),
    ("wallet", "wallet"),
    ("google pay", "wallet"),
    ("apple pay", "wallet"),
    ("card", "card"),
    ("visa", "card"),
    ("master", "card"),
    ("amex", "card"),
    ("maestro", "card"),
)


def payment_method(text: str) -> str | None:
    folded = text.strip().casefold()
    if not folded:
        return None
    return next((method for word, method in _PAYMENT_WORDS if word in folded), "other")


def price_in(
    text: str, currency: str | None, default_currency: str, what: str = "price"
) -> tuple[Decimal, str]:
    """An amount in the row's own currency column when it has one (a symbol naming another
    currency is refused), else in the currency its symbol names, else in the default."""
    if currency:
        return amount(text, currency, what), currency
    return money(text, default_currency, what)
