"""A fixed story told to the command line and the services, with a frozen clock: what the data
looks like afterwards, byte for byte.

It writes through every path that stores orders: the demo generator, ``add`` and ``record``,
editing, the trash, imports of every format (new orders, updates, e-mail notices), a rule
change (every cache derived again), evidence, settings and a read that refreshes stale caches.
The result is the JSON export, a dump of every table and the command line's output, so a change
to how the data is written that changes anything a user or a file could see shows up here.

``python tests/app/behaviour_scenario.py OUT_DIR`` writes the three files; the test compares
them with the ones saved in ``tests/fixtures/behaviour/``. Run it on an older checkout (with that
checkout first on ``PYTHONPATH``) to see whether a refactoring changed behaviour.
"""

from __future__ import annotations

import io
import json
import sqlite3
import struct
import sys
import zlib
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.cli import run
from app.clock import FrozenClock

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"
START = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
IMPORTS = [
    "shopper-sample.csv",
    "shopper-traps.csv",
    "order-export-orders.csv",
    "order-export-lines.csv",
    "chriskomus.tsv",
    "su14iman.csv",
    "aliexpress_user_data_backup_fixture.xlsx",
    "notifications.mbox",
    "delivered.eml",
    "shopper-sample.csv",  # again: nothing changes
]


def _png(width: int = 32, height: int = 24) -> bytes:
    """A small RGB PNG built byte by byte, so the evidence file is the same everywhere."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    rows = b"".join(
        b"\x00" + b"".join(bytes((x * 7 % 256, y * 9 % 256, 128)) for x in range(width))
        for y in range(height)
    )
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


def _orders_service(data_dir: Path, clock: FrozenClock) -> tuple[Any, Any]:
    """The order service on ``data_dir`` and something to close afterwards, built the way the
    checkout at hand builds it."""
    try:
        from app.services import open_services  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        from app.services.orders import OrderService  # noqa: I001  (the older layout, see the docstring)
        from app.store.database import Database  # type: ignore[import-not-found,unused-ignore]

        database = Database.open(data_dir, clock=clock)
        return OrderService(database, clock), database
    services = open_services(data_dir, clock)
    return services.orders, services


def run_scenario(work: Path) -> dict[str, str]:
    """Tell the story in ``work`` (an empty folder); returns the export, the dump and the
    transcript by file name."""
    clock = FrozenClock(START)
    data = work / "data"
    transcript: list[str] = []

    def cli(*argv: str) -> None:
        out, err = io.StringIO(), io.StringIO()
        code = run(["--data-dir", str(data), *argv], clock=clock, stdout=out, stderr=err, env={})
        transcript.append(f"$ {' '.join(argv)}\n[{code}] {out.getvalue()}{err.getvalue()}")

    cli("demo", "--orders", "60", "--seed", "7")
    cli(
        "add", "--order", "3000000000000001", "--store", "Own Store", "--title", "Soldering iron",
        "--total", "25.40", "--currency", "EUR", "--paid-at", "2026-03-01T10:00:00Z",
        "--payment-method", "card", "--processing-days", "5",
    )  # fmt: skip
    cli(
        "add", "--order", "3000000000000002", "--store", "Other Store", "--title", "Cable",
        "--total", "3.10", "--currency", "USD", "--ordered-at", "2026-02-01T08:00:00Z",
    )  # fmt: skip
    cli(
        "add",
        "--order",
        "3000000000000002",
        "--store",
        "Dup",
        "--title",
        "Dup",
        "--total",
        "1",
        "--currency",
        "USD",
    )
    cli("record", "3000000000000001", "shipped", "--at", "2026-03-04T09:00:00Z", "--tracking", "LP00112233",
        "--carrier", "Cainiao", "--protection-left", "60d 03:00:00")  # fmt: skip
    cli("record", "3000000000000001", "tracking-update", "--tracking", "RB123456789CN")
    cli("record", "3000000000000001", "received", "--at", "2026-03-01T00:00:00Z")  # refused
    cli("record", "3000000000000001", "note", "--note", "Seller promised a gift")
    cli("record", "3000000000000002", "cancelled", "--reason", "changed_mind")
    cli("trash", "3000000000000002")
    for name in IMPORTS:
        cli("import", str(FIXTURES / name), "--json")
    cli("rules", "set", "seller_response_days", "7")
    clock.advance(timedelta(hours=5))
    service, closing = _orders_service(data, clock)
    try:
        service.edit_order("3000000000000001", {"title": "Soldering iron T12", "total": Decimal("26.00")})
        service.restore("3000000000000002")
        service.edit_order("3000000000000002", {"note": "keep it"})
    finally:
        closing.close()
    photo = work / "photo.png"
    photo.write_bytes(_png())
    cli("attach", "3000000000000001", str(photo), "--caption", "box  as   delivered")
    clock.advance(timedelta(days=9))
    cli("deadlines", "--json")  # caches gone stale in nine days are derived again and stored
    cli("orders", "--json")
    cli("orders", "--trash", "--json")
    cli("show", "3000000000000001", "--json")
    cli("deadlines", "--at", "2026-05-01T00:00:00Z", "--within", "7d", "--json")
    cli("doctor", "--json")
    export = work / "export.json"
    cli("export", "--format", "json", "--out", str(export))
    return {
        "export.json": export.read_text("utf-8"),
        "tables.sql": _dump(data / "dispute-desk.sqlite3"),
        "transcript.txt": "\n".join(transcript).replace(str(work), "WORK").replace(str(FIXTURES), "FIXTURES"),
    }


def _dump(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return "\n".join(line for line in conn.iterdump()) + "\n"
    finally:
        conn.close()


def normalized(name: str, text: str) -> Any:
    """What must be equal: the export without the app's version (it changes with every release)."""
    if name == "export.json":
        document = json.loads(text)
        document.pop("app_version")
        return document
    return text.splitlines()


if __name__ == "__main__":
    target = Path(sys.argv[1])
    target.mkdir(parents=True, exist_ok=True)
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        for file_name, content in run_scenario(Path(tmp)).items():
            (target / file_name).write_text(content, "utf-8")
