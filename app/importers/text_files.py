"""Reading buyers' text files safely: only regular files, their encoding found, CSV records
streamed with their line numbers and bounded in size.

A file is untrusted input: a named pipe would block a reader forever, one 200 MB field or line
would be held whole, a carriage return in a header made the csv module raise. Everything here
either returns text and rows or raises :class:`~app.domain.errors.Refused` with a sentence;
a record the csv module can't read becomes that line's :class:`RowError`.
"""

from __future__ import annotations

import codecs
import csv
import io
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Final, TextIO

from app.domain.errors import Refused
from app.domain.text import clean_text
from app.i18n import translate
from app.importers.model import RowError

MAX_FILE_BYTES: Final = 200 * 1024 * 1024


def check_regular_file(path: Path) -> int:
    """The size of ``path`` after checking it is a regular file of at most
    :data:`MAX_FILE_BYTES` (a named pipe would block the reader forever, a device never ends)."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise Refused(translate("import", "no file {path}").format(path=path)) from None
    except OSError as exc:
        raise Refused(
            translate("import", "can't read {path}: {reason}").format(path=path, reason=exc.strerror or exc)
        ) from None
    if stat.S_ISDIR(info.st_mode):
        raise Refused(translate("import", "{path} is a folder, not a file").format(path=path))
    if not stat.S_ISREG(info.st_mode):
        raise Refused(
            translate(
                "import",
                "{name} is not a regular file (a named pipe or a device); only files can be imported",
            ).format(name=path.name)
        )
    if info.st_size > MAX_FILE_BYTES:
        raise Refused(
            translate("import", "{name} is too large to import ({size} MB; at most {limit} MB)").format(
                name=path.name, size=info.st_size // (1024 * 1024), limit=MAX_FILE_BYTES // (1024 * 1024)
            )
        )
    return info.st_size


def read_bytes(path: Path) -> bytes:
    check_regular_file(path)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise Refused(
            translate("import", "can't read {path}: {reason}").format(path=path, reason=exc.strerror or exc)
        ) from None


def read_text(path: Path, encoding: str | None = None) -> tuple[str, str]:
    """The file's text and the encoding it was read in: ``encoding`` when given, else the one
    :func:`detect_encoding` finds. Characters the encoding can't map become U+FFFD."""
    data = read_bytes(path)
    chosen = encoding or detect_encoding(data[:SAMPLE_BYTES])
    text = decode(data, chosen)
    del data
    return text, chosen


@contextmanager
def open_text(path: Path, encoding: str | None = None) -> Iterator[tuple[TextIO, str]]:
    """The file as a text stream (decoded as it is read: a large CSV is never held whole) and
    its encoding, chosen as in :func:`read_text` from the file's first megabyte."""
    check_regular_file(path)
    check_row_count(path)
    try:
        raw = path.open("rb")
    except OSError as exc:
        raise Refused(
            translate("import", "can't read {path}: {reason}").format(path=path, reason=exc.strerror or exc)
        ) from None
    with raw:
        chosen = encoding or detect_encoding(raw.read(SAMPLE_BYTES))
        raw.seek(0)
        codec = _codec(chosen)
        stream = io.TextIOWrapper(raw, encoding=codec, errors="replace", newline="")
        try:
            yield stream, chosen
        finally:
            stream.detach()


SAMPLE_BYTES: Final = 1 << 20
# What the import dialog offers besides "detect": the encodings spreadsheets and exporters save in.
ENCODINGS: Final = (
    "utf-8", "utf-16", "windows-1251", "windows-1252", "windows-1250", "koi8-r", "cp866",
    "iso-8859-2", "iso-8859-15", "gb18030", "big5", "shift_jis", "euc-kr",
)  # fmt: skip


def detect_encoding(sample: bytes) -> str:
    """The encoding of a text file from its first bytes: a byte-order mark, else UTF-8 when the
    sample is valid UTF-8 (its last character may be cut off), else charset-normalizer's best
    guess (Windows-1251 for a Russian Excel CSV), else Windows-1252."""
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if sample.startswith(b"\xef\xbb\xbf"):
        return "utf-8"
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(sample) - 3 and exc.reason == "unexpected end of data":
            return "utf-8"
    from charset_normalizer import from_bytes  # only for files that are not UTF-8

    best = from_bytes(sample[:262144]).best()
    if best is None or best.encoding in ("ascii", "utf_8"):
        return "windows-1252"
    return _friendly(best.encoding)


def _friendly(python_name: str) -> str:
    """charset-normalizer's codec name (``cp1251``) as people write it (``windows-1251``)."""
    name = codecs.lookup(python_name).name
    return {"cp1251": "windows-1251", "cp1252": "windows-1252", "cp1250": "windows-1250"}.get(
        name, name.replace("_", "-")
    )


def _codec(encoding: str) -> str:
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise Refused(
            translate("import", '"{encoding}" is not an encoding this computer knows').format(
                encoding=encoding
            )
        ) from None
    # A UTF-8 file may start with a byte-order mark; utf-8-sig reads both.
    return "utf-8-sig" if name == "utf-8" else name


def decode(data: bytes, encoding: str) -> str:
    return data.decode(_codec(encoding), errors="replace")


def delimiter_of(text: str) -> str:
    """ "," unless the header line is separated by ";" (a CSV saved again by a spreadsheet in a
    locale whose decimal mark is the comma)."""
    first = text.split("\n", 1)[0]
    return ";" if first.count(";") > first.count(",") else ","


MAX_FIELD: Final = 1 << 20  # characters in one CSV field; a longer one is that row's error
MAX_LINE: Final = 4 << 20  # characters of one line read at a time (a longer line is that row's error)
MAX_ERRORS: Final = 1000  # rows with errors listed one by one
MAX_ROWS: Final = 250_000  # lines in one file: an import is planned whole before it is written
_TOO_LONG: Final = "\ue002 line too long \ue002"  # a private-use marker no file holds


def bounded_lines(stream: TextIO) -> Iterator[str]:
    """The stream's lines, each at most :data:`MAX_LINE` characters: a longer one (a 200 MB
    field) is read past in pieces and given as one marker line, which :func:`csv_rows` reports
    as that row's error; so no line is ever held whole."""
    while True:
        line = stream.readline(MAX_LINE)
        if not line:
            return
        if len(line) < MAX_LINE or line.endswith("\n"):
            yield line
            continue
        while True:  # the rest of the over-long line, dropped piece by piece
            rest = stream.readline(MAX_LINE)
            if not rest or rest.endswith("\n"):
                break
        yield f'"{_TOO_LONG}"\n'


def check_row_count(path: Path) -> None:
    """Refuse a file with more lines than :data:`MAX_ROWS` before parsing any of it (counting
    newlines costs a fraction of a second for 200 MB)."""
    lines = 0
    with path.open("rb") as raw:
        while chunk := raw.read(1 << 22):
            lines += chunk.count(b"\n")
            if lines > MAX_ROWS + 1:
                raise Refused(
                    translate(
                        "import",
                        "{name} has more than {limit} lines; split it into smaller files (an import is checked as a whole before anything is written)",
                    ).format(name=path.name, limit=format(MAX_ROWS, ","))
                )


def csv_rows(
    text: str | TextIO, delimiter: str | None = None, errors: list[RowError] | None = None
) -> Iterator[tuple[int, dict[str, str]]]:
    """Each record with the line it starts on (the header is line 1) as ``{column: text}``.

    Column names keep their spelling (su14iman's " InvoiceURL" has a leading space); missing
    cells are empty strings, extra cells are kept under ``"…extra"``. Control characters are
    removed from every cell. A record the csv module can't read (a field over
    :data:`MAX_FIELD`, a stray quote) goes to ``errors`` with its line, and reading goes on
    with the next line; without ``errors`` it is a refusal.
    """
    csv.field_size_limit(MAX_FIELD)
    if isinstance(text, str):
        stream: TextIO = io.StringIO(text, newline="")
        first = text.split("\n", 1)[0]
    else:
        stream = text
        first = stream.readline(MAX_LINE)
        stream.seek(0)
    reader = csv.reader(bounded_lines(stream), delimiter=delimiter or delimiter_of(first))
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise Refused(
            translate("import", "the first line can't be read as a CSV header ({reason})").format(reason=exc)
        ) from None
    if header is None:
        return
    header = [clean_text(name) for name in header]
    start = reader.line_num + 1
    width = len(header)
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            if errors is None:
                raise Refused(
                    translate("import", "line {line} can't be read ({reason})").format(
                        line=start, reason=_csv_reason(exc)
                    )
                ) from None
            errors.append(
                RowError(
                    start,
                    translate("import", "this row can't be read ({reason})").format(reason=_csv_reason(exc)),
                )
            )
            start = reader.line_num + 1
            continue
        line = start
        start = reader.line_num + 1
        joined = "".join(cells)
        if _TOO_LONG in joined and any(_TOO_LONG in cell for cell in cells):
            if errors is None:
                raise Refused(
                    translate("import", "line {line} is longer than {size} MB of text").format(
                        line=line, size=MAX_LINE >> 20
                    )
                )
            errors.append(
                RowError(
                    line,
                    translate(
                        "import", "this row can't be read (a field is longer than {size} MB of text)"
                    ).format(size=MAX_FIELD >> 20),
                )
            )
            continue
        if not joined.strip():
            continue
        if not joined.isprintable():  # one scan of the row; most rows hold no control character
            cells = [clean_text(cell, multiline=True) for cell in cells]
        if len(cells) < width:
            cells += [""] * (width - len(cells))
        row = dict(zip(header, cells, strict=False))  # extra cells: kept below
        if len(cells) > width:
            row["…extra"] = "\t".join(cells[width:])
        yield line, row


def _csv_reason(exc: csv.Error) -> str:
    text = str(exc)
    if "field larger than field limit" in text:
        return translate("import", "a field is longer than {size} MB of text").format(
            size=MAX_FIELD // (1 << 20)
        )
    return text


def header_of(text: str, delimiter: str | None = None) -> list[str]:
    first = text.split("\n", 1)[0].rstrip("\r")
    try:
        return next(csv.reader([first], delimiter=delimiter or delimiter_of(text)), [])
    except csv.Error:  # a stray carriage return or quote: not a header this app knows
        return []
