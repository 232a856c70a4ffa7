"""The JSON history export and the iCalendar deadline export."""

from __future__ import annotations

import json
import re
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import icalendar
import pytest
from backup_fixtures import populate
from hypothesis import given
from hypothesis import strategies as st

from app.clock import FrozenClock
from app.services.export_ics import MAX_OCTETS, escape_text, fold
from app.services.exporting import export_ics, export_json
from app.services.orders import OrderService
from app.store.schema import HEAD_REVISION

Z_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")


@pytest.fixture
def filled(service: OrderService, clock: FrozenClock) -> OrderService:
    populate(service, clock)
    return service


# -- JSON ---------------------------------------------------------------------------------------


def test_json_holds_the_whole_history(filled: OrderService, tmp_path: Path) -> None:
    out = tmp_path / "all.json"
    assert export_json(filled, out) == 4
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert (doc["format"], doc["version"], doc["schema"]) == ("dispute-desk-export", 1, HEAD_REVISION)
    assert doc["exported_at"] == "2026-03-10T12:00:00Z"
    orders = {o["order"]: o for o in doc["orders"]}
    assert set(orders) == {"8123456789012345", "0007", "3000000000000001", "4000000000000009"}
    trashed = orders["4000000000000009"]
    assert trashed["in_trash"] and Z_TIME.fullmatch(trashed["deleted_at"])
    assert [e["kind"] for e in trashed["events"]][-1] == "trashed"
    first = orders["8123456789012345"]
    assert first["total"] == "12.34" and first["currency"] == "USD"
    assert first["status"] == "in_transit"
    assert first["note"] == "first line\nsecond line"
    assert [(ln["title"], ln["quantity"], ln["unit_price"]) for ln in first["lines"]] == [
        ("USB-C cable; 2 m", 1, "12.34"),
        ('=HYPERLINK("http://x")', 3, "1.05"),  # exact here: JSON is not opened by spreadsheets
    ]
    assert [t["number"] for t in first["tracking"]] == ["LP00123456789CN"]
    kinds = [e["kind"] for e in first["events"]]
    assert kinds == ["ordered", "paid", "shipped"]
    shipped = first["events"][2]
    assert Z_TIME.fullmatch(shipped["at"]) and Z_TIME.fullmatch(shipped["recorded_at"])
    assert shipped["data"]["tracking"] == "LP00123456789CN"
    [photo] = first["evidence"]
    assert photo["caption"] == "torn box" and photo["size"] == 3005
    assert photo["file"] == f"evidence/{photo['sha256'][:2]}/{photo['sha256']}.jpg"
    assert (filled.store.data_dir.root / photo["file"]).exists()  # relative to the data dir
    assert orders["3000000000000001"]["total"] == "1299"
    assert doc["rule_overrides"] == [
        {
            "profile": "aliexpress",
            "key": "payment_check_hours",
            "value": 48,
            "updated_at": "2026-03-10T12:00:00Z",
        }
    ]
    assert doc["settings"]["currency_default"] == "EUR"


def test_json_amounts_are_strings_and_times_utc(filled: OrderService, tmp_path: Path) -> None:
    out = tmp_path / "all.json"
    export_json(filled, out)
    doc = json.loads(out.read_text(encoding="utf-8"))

    def walk(value: object, key: str = "") -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, k)
        elif isinstance(value, list):
            for v in value:
                walk(v, key)
        elif key in ("total", "unit_price", "amount", "refund", "offer"):
            assert value is None or isinstance(value, str), (key, value)
        elif key.endswith("_at") or key in ("at", "due", "protection_ends", "ship_by"):
            assert value is None or Z_TIME.fullmatch(str(value)), (key, value)

    walk(doc)


def test_json_of_no_orders_is_valid(service: OrderService, tmp_path: Path) -> None:
    assert export_json(service, tmp_path / "empty.json") == 0
    doc = json.loads((tmp_path / "empty.json").read_text(encoding="utf-8"))
    assert (doc["orders"], doc["rule_overrides"], doc["settings"]) == ([], [], {})


def test_json_keeps_columns_a_later_schema_adds(filled: OrderService, tmp_path: Path) -> None:
    with closing(sqlite3.connect(filled.store.path)) as conn, conn:
        conn.execute("ALTER TABLE orders ADD COLUMN flagged INTEGER NOT NULL DEFAULT 0")
        conn.execute("UPDATE orders SET flagged = 1 WHERE number = '0007'")
    export_json(filled, tmp_path / "all.json")
    orders = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))["orders"]
    assert {o["order"]: o["flagged"] for o in orders}["0007"] == 1
    assert all("deadlines_json" not in o and "search_text" not in o for o in orders)


# -- ICS ----------------------------------------------------------------------------------------


def test_ics_parses_and_names_every_open_deadline(filled: OrderService, tmp_path: Path) -> None:
    out = tmp_path / "deadlines.ics"
    count = export_ics(filled, out)
    deadlines = filled.deadlines()
    assert count == len(deadlines) > 0
    raw = out.read_bytes()
    assert all(len(line) <= MAX_OCTETS for line in raw.split(b"\r\n"))
    assert b"\n" not in raw.replace(b"\r\n", b"")
    calendar = icalendar.Calendar.from_ical(raw)
    events = [c for c in calendar.walk("VEVENT")]
    assert len(events) == count
    by_uid = {str(e["UID"]): e for e in events}
    for d in deadlines:
        event = by_uid[f"{d.order}-{d.kind.value}@dispute-desk"]
        assert event.decoded("DTSTART") == d.due
        assert event.decoded("DTSTAMP") == datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
        assert d.order in str(event["SUMMARY"])
        assert d.action in str(event["DESCRIPTION"])
        [alarm] = event.walk("VALARM")
        assert alarm.decoded("TRIGGER") == -timedelta(hours=48)
    shipped = next(e for e in events if "8123456789012345" in str(e["SUMMARY"]))
    # The store's comma and quotes came through the escaping intact.
    assert 'Acme, "Best" Store' in str(shipped["SUMMARY"])


def test_ics_uids_are_stable_across_exports(filled: OrderService, clock: FrozenClock, tmp_path: Path) -> None:
    export_ics(filled, tmp_path / "a.ics")
    clock.advance(timedelta(hours=3))
    export_ics(filled, tmp_path / "b.ics")

    def uids(path: Path) -> list[str]:
        return sorted(str(e["UID"]) for e in icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT"))

    assert uids(tmp_path / "a.ics") == uids(tmp_path / "b.ics")
    assert len(set(uids(tmp_path / "a.ics"))) == len(uids(tmp_path / "a.ics"))


def test_ics_with_no_deadlines_is_an_empty_calendar(service: OrderService, tmp_path: Path) -> None:
    assert export_ics(service, tmp_path / "none.ics") == 0
    calendar = icalendar.Calendar.from_ical((tmp_path / "none.ics").read_bytes())
    assert calendar.walk("VEVENT") == []


def test_escaping() -> None:
    assert escape_text("a,b;c\\d\ne\r\nf") == "a\\,b\\;c\\\\d\\ne\\nf"


@given(st.text(min_size=0, max_size=300))
def test_folding_keeps_the_text_and_the_octet_limit(text: str) -> None:
    line = "DESCRIPTION:" + escape_text(text)
    folded = fold(line).encode("utf-8")
    assert folded.endswith(b"\r\n")
    physical = folded[:-2].split(b"\r\n")
    assert all(len(p) <= MAX_OCTETS for p in physical)
    assert all(p.startswith(b" ") for p in physical[1:])
    # Unfolding (remove CRLF + one space) gives the line back, and every part is valid UTF-8.
    assert folded[:-2].replace(b"\r\n ", b"").decode("utf-8") == line
    for p in physical:
        p.decode("utf-8")
