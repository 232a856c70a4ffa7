"""Which format a file is in, by its content (header row, JSON keys, the XLSX sheet's name,
e-mail headers), not by its name; and reading it with the right importer."""

from __future__ import annotations

import csv
import json
import zipfile
import zlib
from collections.abc import Sequence
from pathlib import Path

from app.domain.errors import Refused
from app.i18n import translate
from app.importers import aliexpress_xlsx, email_notices, exporters, order_export, shopper
from app.importers.model import Format, ParsedSource
from app.importers.text_files import check_regular_file, header_of

_HEAD_BYTES = 64 * 1024
_SHOPPER_CORE = frozenset({"Order ID", "Title", "Price", "Currency", "Order Date"})


def detect(path: Path) -> Format:
    """The format of one file, or :class:`Refused` naming the file and what it looked like."""
    data = _head(path)
    if not data.strip():
        raise Refused(translate("import", "{name} is empty").format(name=path.name))
    if data.startswith(b"PK\x03\x04"):
        try:
            sheets = aliexpress_xlsx.sheet_names(path)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
            raise Refused(
                translate("import", "{name} is not a readable XLSX workbook ({reason})").format(
                    name=path.name, reason=exc
                )
            ) from None
        if aliexpress_xlsx.SHEET in sheets:
            return Format.ALIEXPRESS_XLSX
        raise Refused(
            translate(
                "import",
                '{name} is a workbook without the sheet "{sheet}" of AliExpress\'s data backup (it has: {sheets})',
            ).format(
                name=path.name,
                sheet=aliexpress_xlsx.SHEET,
                sheets=", ".join(sheets) or translate("import", "no sheets"),
            )
        )
    if email_notices.looks_like_email(data):
        return Format.EMAIL
    text = _text(data)
    stripped = text.lstrip()
    if stripped.startswith("["):
        return _json_format(path, stripped)
    first_line = text.split("\n", 1)[0].rstrip("\r")
    if "\t" in first_line:
        cells = [cell.strip() for cell in first_line.split("\t")]
        if cells[0] == exporters.CHRISKOMUS_COLUMNS[0] or (
            len(cells) >= 10 and cells[0].isdigit() and len(cells[0]) >= 12
        ):
            return Format.CHRISKOMUS_TSV
    header = header_of(text)
    names = {name.strip() for name in header}
    if [name.strip() for name in header] == shopper.CSV_HEADER or _SHOPPER_CORE <= names:
        return Format.SHOPPER_CSV
    if order_export.kind_of(header) is not None:
        return Format.ORDER_EXPORT_CSV
    if {"orderId", "Product", "Unit Price"} <= names and ("InvoiceURL" in names or "itemId" in names):
        return Format.SU14IMAN_CSV
    shown = first_line if len(first_line) <= 80 else first_line[:79] + "…"
    raise Refused(
        translate(
            "import", '{name} is not an order file Dispute Desk knows (its first line is "{shown}")'
        ).format(name=path.name, shown=shown)
    )


def detect_all(paths: Sequence[Path]) -> Format:
    """One format for all the files of one import (the order export's two CSVs, many e-mails)."""
    if not paths:
        raise Refused(translate("import", "no file to import"))
    formats = {path: detect(path) for path in paths}
    kinds = set(formats.values())
    if len(kinds) > 1:
        listed = ", ".join(f"{path.name} ({fmt.value})" for path, fmt in formats.items())
        raise Refused(
            translate(
                "import", "these files are in different formats; import them one by one: {listed}"
            ).format(listed=listed)
        )
    found = kinds.pop()
    if len(paths) > 1 and found not in (Format.ORDER_EXPORT_CSV, Format.EMAIL):
        raise Refused(translate("import", "import {format} files one at a time").format(format=found.value))
    return found


def read_source(
    paths: Sequence[Path], fmt: Format, currency: str, encoding: str | None = None
) -> ParsedSource:
    """Read the files with the importer of ``fmt``. ``currency`` is for prices that name none;
    ``encoding`` is what a text file is read as (None: detected)."""
    for path in paths:
        check_regular_file(path)
    try:
        return _read_source(paths, fmt, currency, encoding)
    except Refused:
        raise
    except (
        csv.Error,
        UnicodeError,
        RecursionError,
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        OSError,
    ) as exc:
        # The readers' own exceptions say something about the file, never about the app.
        text = " ".join(str(exc).split())[:200] or type(exc).__name__
        raise Refused(
            translate("import", "can't read {names} as {format}: {reason}").format(
                names=", ".join(p.name for p in paths), format=fmt.value, reason=text
            )
        ) from None


def _read_source(paths: Sequence[Path], fmt: Format, currency: str, encoding: str | None) -> ParsedSource:
    if fmt is Format.SHOPPER_CSV:
        return shopper.read_csv(_one(paths, fmt), encoding)
    if fmt is Format.SHOPPER_JSON:
        return shopper.read_json(_one(paths, fmt), encoding)
    if fmt is Format.ALIEXPRESS_XLSX:
        return aliexpress_xlsx.read(_one(paths, fmt), currency)
    if fmt is Format.ORDER_EXPORT_CSV:
        return order_export.read(paths, currency, encoding)
    if fmt is Format.SU14IMAN_CSV:
        return exporters.read_su14iman(_one(paths, fmt), currency, encoding)
    if fmt is Format.CHRISKOMUS_TSV:
        return exporters.read_chriskomus(_one(paths, fmt), currency, encoding)
    if fmt is Format.EMAIL:
        return email_notices.read(paths)
    raise Refused(translate("import", "{format} is not a file format").format(format=fmt.value))


def _one(paths: Sequence[Path], fmt: Format) -> Path:
    if len(paths) != 1:
        raise Refused(translate("import", "import {format} files one at a time").format(format=fmt.value))
    return paths[0]


def _head(path: Path) -> bytes:
    check_regular_file(path)
    try:
        with path.open("rb") as handle:
            return handle.read(_HEAD_BYTES)
    except IsADirectoryError:
        raise Refused(translate("import", "{path} is a folder, not a file").format(path=path)) from None
    except OSError as exc:
        raise Refused(
            translate("import", "can't read {path}: {reason}").format(path=path, reason=exc.strerror or exc)
        ) from None


def _text(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    return data.decode("utf-8-sig", errors="replace")


def _json_format(path: Path, text: str) -> Format:
    try:
        decoder = json.JSONDecoder(parse_int=str)
        position = 1
        while position < len(text) and text[position] in " \t\r\n":
            position += 1
        if text.startswith("]", position):
            raise Refused(
                translate("import", "{name} is an empty list: there are no orders in it").format(
                    name=path.name
                )
            )
        first, _ = decoder.raw_decode(text, position)
    except json.JSONDecodeError:
        raise Refused(
            translate("import", "{name} is not valid JSON (or its first item is over 64 KB)").format(
                name=path.name
            )
        ) from None
    except RecursionError:
        raise Refused(
            translate("import", "{name} nests lists or objects too deeply to be an order list").format(
                name=path.name
            )
        ) from None
    if isinstance(first, dict) and shopper.JSON_KEYS & set(first) >= {"orderId"}:
        return Format.SHOPPER_JSON
    raise Refused(
        translate(
            "import", "{name} is JSON, but not the Shopper Inventory order list (no orderId keys)"
        ).format(name=path.name)
    )
