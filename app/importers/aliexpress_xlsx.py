"""AliExpress's own data backup (privacy request): ``aliexpress_user_data_backup_*.xlsx``.

Sheet "Order Information", one row per order line: ``order_id`` (the line id),
``parent_orderid`` (the order number the buyer sees), ``gmt_create_order_time``,
``order_status``, ``item_name``, ``unit_price`` and ``payable_amt`` (in cents, no currency:
the caller gives it), ``gmt_pay_order_time``, ``gmt_trade_end_time``, ``end_reason``,
``is_success_pay``, ``frozen_status``. Times are GMT (UTC). It is the only source with the
payment time and the completion time, which feed the 15-days-after-completion rule. There is
no quantity column: it is ``payable_amt / unit_price`` when that is a whole number, else 1.
Read with openpyxl in read-only mode (rows stream; the file is never loaded whole).
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Final

from app.domain.currencies import minor_units
from app.domain.datetext import parse_date_text
from app.domain.errors import ParseError, Refused
from app.domain.text import clean_text
from app.i18n import translate
from app.importers.common import RowProblem, RowRecord, group_orders, order_id, order_number, read_rows
from app.importers.model import Format, ImportedLine, ParsedSource, Progress, Stage
from app.importers.statuses import stage_of

SHEET: Final = "Order Information"
COLUMNS: Final = (
    "order_id", "parent_orderid", "gmt_create_order_time", "order_status", "item_name", "unit_price",
    "payable_amt", "gmt_pay_order_time", "gmt_trade_end_time", "end_reason", "is_success_pay",
    "frozen_status",
)  # fmt: skip
UNKNOWN_STORE: Final = "(store not in the file)"
_ACCEPTED: Final = ("accept", "confirm", "finish", "success")
_CANCELLED: Final = ("cancel", "close", "timeout", "refund", "expire", "not_pay", "notpay")


# What a workbook may claim before openpyxl sees it. A sheet is streamed row by row, so its size
# costs time, not memory; the parts openpyxl reads whole (shared strings, styles, the workbook)
# are capped. A real data backup compresses 5-30 times; a bomb, hundreds or thousands of times.
MAX_MEMBERS: Final = 2000
MAX_RATIO: Final = 100  # uncompressed / compressed, for members over RATIO_FLOOR
RATIO_FLOOR: Final = 1 << 20
MAX_TOTAL: Final = 2 << 30  # all members together, uncompressed
MAX_WHOLE_PART: Final = 64 << 20  # a part openpyxl reads whole (sharedStrings.xml, styles.xml…)
MAX_CENTS: Final = Decimal(10) ** 15  # ten trillion in any currency: not an order
MAX_COLUMNS: Final = 100  # the data backup has 12; cells to the right of these are not read


def check_zip(path: Path) -> None:
    """Refuse a workbook whose zip directory promises more than a data backup holds (a zip
    bomb, a 1.5 GB blank sheet in 1.5 MB), before any of it is decompressed."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise Refused(
            translate("import", "{name} is not a readable XLSX workbook ({reason})").format(
                name=path.name, reason=exc
            )
        ) from None
    if len(infos) > MAX_MEMBERS:
        raise Refused(
            translate("import", "{name} holds {count} parts, more than a workbook of orders does").format(
                name=path.name, count=len(infos)
            )
        )
    total = 0
    for info in infos:
        size, packed = info.file_size, max(info.compress_size, 1)
        total += size
        if size > RATIO_FLOOR and size / packed > MAX_RATIO:
            raise Refused(
                translate(
                    "import",
                    "{name}: {part} would expand {ratio} times ({size} MB from a small file); that is not a spreadsheet of orders (a zip bomb?)",
                ).format(name=path.name, part=info.filename, ratio=size // packed, size=size // (1 << 20))
            )
        whole = not info.filename.startswith("xl/worksheets/")
        if whole and size > MAX_WHOLE_PART:
            raise Refused(
                translate("import", "{name}: {part} is {size} MB, too large to read").format(
                    name=path.name, part=info.filename, size=size // (1 << 20)
                )
            )
    if total > MAX_TOTAL:
        raise Refused(
            translate("import", "{name} would expand to {size} MB, too large to read").format(
                name=path.name, size=total // (1 << 20)
            )
        )


@contextmanager
def _workbook(path: Path) -> Iterator[Any]:
    """The workbook in read-only mode (rows stream from the file). Opened through a file
    object, so the file's name (".dat", no extension) doesn't matter: the content does. The
    zip is checked first (:func:`check_zip`)."""
    from openpyxl import load_workbook

    check_zip(path)
    with path.open("rb") as handle:
        try:
            workbook = load_workbook(handle, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl's own errors on a malformed part are many and varied
            raise Refused(
                translate("import", "{name} is not a readable XLSX workbook ({reason})").format(
                    name=path.name, reason=_reason(exc)
                )
            ) from None
        try:
            yield workbook
        finally:
            workbook.close()


def sheet_names(path: Path) -> list[str]:
    with _workbook(path) as workbook:
        return list(workbook.sheetnames)


def read(path: Path, currency: str) -> ParsedSource:
    source = ParsedSource(Format.ALIEXPRESS_XLSX)
    records, source.rows = read_rows(_rows(path), lambda line, row: _row(line, row, currency), source.errors)
    source.orders = group_orders(records, source.errors, add_totals=True)
    return source


def _reason(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200] or type(exc).__name__


def _rows(path: Path) -> Iterator[tuple[int, Mapping[str, Any]]]:
    with _workbook(path) as workbook:
        if SHEET not in workbook.sheetnames:
            raise Refused(
                translate("import", '{name} has no sheet "{sheet}"').format(name=path.name, sheet=SHEET)
            )
        sheet = workbook[SHEET]
        # The <dimension> a file states may understate it (one row of 600,000 read): ignore it.
        sheet.reset_dimensions()
        try:
            first = next(sheet.iter_rows(max_row=1, values_only=True), ())
        except Exception as exc:
            raise Refused(
                translate("import", '{name}: sheet "{sheet}" can\'t be read ({reason})').format(
                    name=path.name, sheet=SHEET, reason=_reason(exc)
                )
            ) from None
        header = [clean_text(str(cell)).strip() if cell is not None else "" for cell in first[:MAX_COLUMNS]]
        while header and not header[-1]:
            header.pop()
        missing = [name for name in ("parent_orderid", "item_name", "unit_price") if name not in header]
        if missing:
            raise Refused(
                translate("import", '{name}: sheet "{sheet}" has no column {names}').format(
                    name=path.name, sheet=SHEET, names=", ".join(missing)
                )
            )
        rows = sheet.iter_rows(min_row=2, max_col=len(header), values_only=True)
        number = 1
        while True:
            try:
                cells = next(rows)
            except StopIteration:
                return
            except Exception as exc:  # openpyxl's, from a malformed sheet part
                raise Refused(
                    translate(
                        "import", '{name}: sheet "{sheet}" can\'t be read after line {line} ({reason})'
                    ).format(name=path.name, sheet=SHEET, line=number, reason=_reason(exc))
                ) from None
            number += 1
            if cells is None or all(cell is None or str(cell).strip() == "" for cell in cells):
                continue
            yield (
                number,
                {name: cells[i] if i < len(cells) else None for i, name in enumerate(header) if name},
            )


def _cents(value: Any, currency: str, what: str) -> Decimal:
    if value is None or str(value).strip() == "":
        raise RowProblem(translate("import", "{what} is empty").format(what=what))
    if isinstance(value, float) and not value.is_integer():
        raise RowProblem(
            translate("import", "{what} {value} is not a whole number of cents").format(
                what=what, value=value
            )
        )
    try:
        cents = Decimal(int(value)) if isinstance(value, float) else Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        raise RowProblem(
            translate("import", '{what} "{value}" is not a number of cents').format(what=what, value=value)
        ) from None
    if not cents.is_finite() or cents < 0 or cents > MAX_CENTS or cents != cents.to_integral_value():
        raise RowProblem(
            translate("import", '{what} "{value}" is not a whole number of cents').format(
                what=what, value=value
            )
        )
    return (cents.scaleb(-minor_units(currency))).quantize(Decimal(1).scaleb(-minor_units(currency)))


def _time(value: Any, what: str) -> datetime | None:
    if value is None or str(value).strip() in ("", "-", "null", "None"):
        return None
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    try:
        return parse_date_text(str(value), tz=UTC)
    except ParseError as exc:
        raise RowProblem(translate("import", "{what}: {reason}").format(what=what, reason=exc)) from None


def _yes(value: Any) -> bool:
    return str(value).strip().casefold() in ("1", "y", "yes", "true", "t")


def _row(line: int, row: Mapping[str, Any], currency: str) -> RowRecord:
    ordered_at = _time(row.get("gmt_create_order_time"), "gmt_create_order_time")
    if ordered_at is None:
        raise RowProblem(translate("import", "gmt_create_order_time is empty"))
    title = str(row.get("item_name") or "").strip()
    if not title:
        raise RowProblem(translate("import", "item_name is empty"))
    unit = _cents(row.get("unit_price"), currency, "unit_price")
    payable_raw = row.get("payable_amt")
    payable = _cents(payable_raw, currency, "payable_amt") if payable_raw not in (None, "") else unit
    count = 1
    if unit > 0 and payable > unit and (payable / unit) == (payable / unit).to_integral_value():
        count = int(payable / unit)
    return RowRecord(
        line=line,
        number=order_number(row.get("parent_orderid"), "parent_orderid"),
        store=UNKNOWN_STORE,
        currency=currency,
        ordered_at=ordered_at,
        raw={key: _plain(value) for key, value in row.items()},
        title=title,
        total=payable,
        order_line=ImportedLine(
            title=title, quantity=count, unit_price=unit, source_line_id=_line_id(row.get("order_id"))
        ),
        progress=_progress(row),
    )


def _line_id(value: Any) -> str | None:
    if value is None or str(value).strip() == "":
        return None
    return order_id(value, "order_id")


def _progress(row: Mapping[str, Any]) -> Progress:
    status = str(row.get("order_status") or "").strip()
    reason = str(row.get("end_reason") or "").strip().casefold()
    paid_at = _time(row.get("gmt_pay_order_time"), "gmt_pay_order_time")
    ended_at = _time(row.get("gmt_trade_end_time"), "gmt_trade_end_time")
    paid = _yes(row.get("is_success_pay")) or (
        paid_at is not None and row.get("is_success_pay") in (None, "")
    )
    stage = stage_of(status)
    if reason and any(word in reason for word in _CANCELLED) and "accept" not in reason:
        stage = Stage.CANCELLED
    elif reason and any(word in reason for word in _ACCEPTED):
        stage = Stage.RECEIVED
    elif stage is None and ended_at is not None:
        stage = Stage.RECEIVED if paid else Stage.CANCELLED
    if stage is None:
        stage = Stage.PAID if paid else Stage.UNPAID
    return Progress(
        stage,
        status_text=" / ".join(part for part in (status, reason) if part),
        paid_at=paid_at if paid else None,
        completed_at=ended_at if stage is Stage.RECEIVED else None,
        cancelled_at=ended_at if stage is Stage.CANCELLED else None,
    )


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if value is None or isinstance(value, (str, int, bool)):
        return value
    return str(value)
