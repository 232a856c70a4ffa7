"""Hostile files for the importers, made on demand (big ones are never committed).

    python tests/fuzz/hostile_corpus.py OUT_DIR [--big]

writes one file of each kind into OUT_DIR (``--big``: the 200 MB versions the benchmark uses).
The tests import the generators directly. Each kind is a case a reliability run found: a JSON
list nested 100,000 deep, an e-mail with 2,000 nested multiparts or 20,000 encoded words in its
Subject, a workbook of 1.5 GB of blank sheet XML in 1.5 MB, one that expands to 240 MB of
shared strings, one whose ``<dimension>`` understates its rows, a CSV with a 5 MB field, random
bytes saved as CSV, a Windows-1251 CSV.
"""

from __future__ import annotations

import random
import sys
import zipfile
from pathlib import Path

SHOPPER_HEADER = (
    "Order Date,Order ID,Title,Qty,Price,Store,Product ID,SKU ID,Attributes,Price Info,Currency,"
    "Status,Product Url,Product Image Url,Store Url,Tags"
)
XLSX_COLUMNS = (
    "order_id", "parent_orderid", "gmt_create_order_time", "order_status", "item_name", "unit_price",
    "payable_amt", "gmt_pay_order_time", "gmt_trade_end_time", "end_reason", "is_success_pay",
    "frozen_status",
)  # fmt: skip


def noise(size: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(size)


def deep_json(depth: int) -> bytes:
    return b"[" * depth


def nested_multipart(depth: int) -> bytes:
    head = b"From: AliExpress <transaction@notice.aliexpress.com>\nSubject: Order 8123456789012345: order shipped\n"
    head += b"Date: Mon, 02 Mar 2026 10:00:00 +0000\nMIME-Version: 1.0\n"
    parts = [head]
    for level in range(depth):
        parts.append(f'Content-Type: multipart/mixed; boundary="b{level}"\n\n--b{level}\n'.encode())
    parts.append(b"Content-Type: text/plain\n\nshipped\n")
    for level in reversed(range(depth)):
        parts.append(f"--b{level}--\n".encode())
    return b"".join(parts)


def encoded_words_subject(count: int) -> bytes:
    words = " ".join(["=?utf-8?b?w6k=?="] * count)
    return (
        "From: AliExpress <transaction@notice.aliexpress.com>\n"
        f"Subject: {words}\nDate: Mon, 02 Mar 2026 10:00:00 +0000\n\nOrder 8123456789012345 shipped\n"
    ).encode()


def deep_late_json(path: Path, size: int) -> None:
    """A JSON list whose first item is a good order and whose second is nested ``size`` deep."""
    first = (
        b'[{"orderId": "8123456789012345", "title": "ok", "price": "1.00", "currency": "USD", '
        b'"storeName": "S", "orderDate": "2026-02-20"}, '
    )
    depth = max(size - len(first), 1) // 2
    with path.open("wb") as out:
        out.write(first)
        for _ in range(depth >> 20):
            out.write(b"[" * (1 << 20))
        for _ in range(depth >> 20):
            out.write(b"]" * (1 << 20))
        out.write(b"]")


def huge_field_csv(path: Path, field_bytes: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        out.write(SHOPPER_HEADER + "\n")
        out.write('"2026-02-20",8100000000000001,"ok",1,"US $1.00","S",,,,,USD,Completed,,,,\n')
        out.write('"2026-02-20",8100000000000002,"')
        chunk = "x" * (1 << 20)
        for _ in range(field_bytes >> 20):
            out.write(chunk)
        out.write('",1,"US $1.00","S",,,,,USD,Completed,,,,\n')


def many_rows_csv(path: Path, size: int) -> None:
    """A valid Shopper CSV of about ``size`` bytes (the 200 MB import the memory bar is about)."""
    with path.open("w", encoding="utf-8") as out:
        out.write(SHOPPER_HEADER + "\n")
        written, number = 0, 8100000000000000
        while written < size:
            number += 1
            line = f'"2026-02-20",{number},"Item {number}",1,"US $1.00","Store {number % 97}",,,,,USD,Completed,,,,\n'
            out.write(line)
            written += len(line)


# -- workbooks, written by hand so every part is under the test's control -------------------------

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
    '<sheet name="Order Information" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
    "</Relationships>"
)
_SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'


def _cell(column: int, row: int, value: str) -> str:
    letter = chr(ord("A") + column)
    return f'<c r="{letter}{row}" t="inlineStr"><is><t>{value}</t></is></c>'


def _row(row: int, values: list[str]) -> str:
    return f'<row r="{row}">' + "".join(_cell(i, row, v) for i, v in enumerate(values)) + "</row>"


def _workbook(path: Path, sheet_parts: list[str] | None = None, shared: str | None = None, *,
              sheet_writer: object = None) -> None:  # fmt: skip
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", _CONTENT_TYPES)
        zf.writestr("_rels/.rels", _RELS)
        zf.writestr("xl/workbook.xml", _WORKBOOK)
        zf.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        zf.writestr(
            "xl/sharedStrings.xml",
            shared or '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
        )
        if sheet_writer is not None:
            with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
                sheet_writer(sheet)  # type: ignore[operator]
        else:
            zf.writestr("xl/worksheets/sheet1.xml", "".join(sheet_parts or []))


def xlsx_rows(path: Path, rows: int, dimension: str | None = None) -> None:
    """A valid data-backup workbook with ``rows`` orders; ``dimension`` as the sheet claims it."""
    parts = [_SHEET_HEAD]
    if dimension:
        parts.append(f'<dimension ref="{dimension}"/>')
    parts.append("<sheetData>")
    parts.append(_row(1, list(XLSX_COLUMNS)))
    for index in range(rows):
        number = 8200000000000000 + index * 10
        parts.append(
            _row(
                index + 2,
                [
                    str(number + 1),
                    str(number),
                    "2026-02-01 12:00:00",
                    "FINISH",
                    f"Item {index}",
                    "1299",
                    "1299",
                    "2026-02-01 12:01:00",
                    "",
                    "",
                    "Y",
                    "N",
                ],
            )
        )
    parts.append("</sheetData></worksheet>")
    _workbook(path, parts)


def xlsx_understated_dimension(path: Path, rows: int) -> None:
    xlsx_rows(path, rows, dimension="A1:L2")


def xlsx_blank_sheet(path: Path, uncompressed: int) -> None:
    """A sheet of ``uncompressed`` bytes of blank XML (whitespace), which deflates ~1000 times."""

    def write(sheet: object) -> None:
        out = sheet  # a zip member open for writing
        out.write(_SHEET_HEAD.encode() + b"<sheetData>" + _row(1, list(XLSX_COLUMNS)).encode())  # type: ignore[attr-defined]
        block = b" " * (1 << 20)
        for _ in range(uncompressed >> 20):
            out.write(block)  # type: ignore[attr-defined]
        out.write(b"</sheetData></worksheet>")  # type: ignore[attr-defined]

    _workbook(path, sheet_writer=write)


def xlsx_huge_shared_strings(path: Path, uncompressed: int) -> None:
    count = uncompressed // 20
    shared = (
        f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{count}">'
        + "<si><t>aaaaaaa</t></si>" * count
        + "</sst>"
    )
    _workbook(
        path, [_SHEET_HEAD, "<sheetData>", _row(1, list(XLSX_COLUMNS)), "</sheetData></worksheet>"], shared
    )


def cp1251_csv() -> bytes:
    row = '"2026-02-20",8100000000000001,"Чехол для телефона",1,"US $1.00","Магазин",,,,,USD,Completed,,,,'
    return (SHOPPER_HEADER + "\n" + row + "\n").encode("cp1251")


def write_corpus(out: Path, *, big: bool = False) -> list[Path]:
    """One file of each hostile kind in ``out``; ``big``: sized for the 200 MB memory bar."""
    out.mkdir(parents=True, exist_ok=True)
    size = (200 << 20) - 4096 if big else 8 << 20  # "up to 200 MB": just under the import's limit
    made: list[Path] = []

    def put(name: str, data: bytes) -> None:
        (out / name).write_bytes(data)
        made.append(out / name)

    put("deep.json", deep_json(size if big else 100_000))
    put("nested-multipart.eml", nested_multipart(2000))
    put("encoded-words.eml", encoded_words_subject(100_000 if big else 20_000))
    put("noise.csv", (SHOPPER_HEADER + "\n").encode() + noise(size if big else 4096, 1))
    put("ru-1251.csv", cp1251_csv())
    for name, make in (
        ("huge-field.csv", lambda p: huge_field_csv(p, size)),
        ("blank-sheet.xlsx", lambda p: xlsx_blank_sheet(p, (1536 << 20) if big else (64 << 20))),
        ("shared-strings.xlsx", lambda p: xlsx_huge_shared_strings(p, 240 << 20 if big else 80 << 20)),
        ("understated.xlsx", lambda p: xlsx_understated_dimension(p, 2000)),
        ("many-rows.csv", lambda p: many_rows_csv(p, size)),
        ("deep-late.json", lambda p: deep_late_json(p, size)),
    ):
        make(out / name)
        made.append(out / name)
    return made


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: hostile_corpus.py OUT_DIR [--big]")
    for made_path in write_corpus(Path(sys.argv[1]), big="--big" in sys.argv[2:]):
        print(made_path, made_path.stat().st_size)
