"""The one factory the GUI and the command line get their services from: built lazily, sharing
one store and one rule profile, and closed as a whole (a restore replaces the file under them)."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from app.clock import FrozenClock
from app.domain.errors import Refused
from app.services import Services, StoreError, open_services
from app.services.views import NewOrder

ROOT = Path(__file__).resolve().parents[2]


def _order(number: str) -> NewOrder:
    return NewOrder(number, "Store", f"Item {number}", Decimal("10.00"), "USD")


@pytest.fixture
def services(tmp_path: Path, clock: FrozenClock) -> Services:
    return open_services(tmp_path / "data", clock)


def test_nothing_is_opened_until_a_service_is_used(services: Services) -> None:
    assert not services.data_dir.root.exists()
    assert services.listing.count() == 0
    assert services.data_dir.database.is_file()
    services.close()


def test_every_service_works_on_the_restored_data_after_a_restore(services: Services, tmp_path: Path) -> None:
    """Closing forgets every service: none keeps the replaced file (or a connection to it) open."""
    services.orders.add_order(_order("1"))
    assert services.evidence.list("1") == []
    assert services.imports.default_currency() == "USD"
    archive = tmp_path / "before.zip"
    services.backups().backup(archive)
    services.orders.add_order(_order("2"))
    services.settings.set("default_currency", "EUR")

    services.close()
    services.backups().restore(archive)
    with pytest.raises(Refused, match="no order 2"):
        services.evidence.list("2")
    assert services.evidence.list("1") == []
    assert services.imports.default_currency() == "USD"
    assert [row.number for row in services.listing.rows(0).rows] == ["1"]

    services.close()
    result = services.backups().restore(archive)  # refused if anything of ours held the file open
    assert result.orders == 1
    services.close()


def test_a_service_kept_from_before_a_close_refuses_to_work(services: Services) -> None:
    evidence = services.evidence
    services.orders.add_order(_order("1"))
    services.close()
    with pytest.raises(StoreError, match="was closed"):
        evidence.list("1")
    assert services.evidence is not evidence


def test_imports_and_orders_share_one_rule_profile(services: Services) -> None:
    services.rules.set("payment_check_hours", 12)
    assert services.imports.rules is services.orders.rules
    assert services.imports.rules.profile()["payment_check_hours"] == 12
    services.close()


def test_a_data_dir_that_is_a_file_is_a_clear_refusal(tmp_path: Path, clock: FrozenClock) -> None:
    blocked = tmp_path / "data"
    blocked.write_text("not a folder")
    services = open_services(blocked, clock)
    with pytest.raises(StoreError, match="can't use the data dir"):
        services.listing.count()


def test_reading_the_list_imports_no_sqlalchemy_and_no_deadline_engine(services: Services) -> None:
    """The window's first rows come through the listing service before the first paint."""
    services.orders.add_order(_order("1"))  # creates the file (a migration: Alembic)
    services.close()
    script = (
        "import json, sys\n"
        "from datetime import UTC, datetime\n"
        "from app.clock import FrozenClock\n"
        "from app.services import open_services\n"
        f"services = open_services({str(services.data_dir.root)!r}, FrozenClock(datetime(2026, 3, 1, tzinfo=UTC)))\n"
        "listing = services.listing\n"
        "assert [r.number for r in listing.rows(0).rows] == ['1'], listing.rows(0)\n"
        "listing.first_rows(0, 10), listing.view_counts(0), listing.stale_ids(0), listing.count()\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'sqlmodel', 'alembic')"
        " or m in ('app.domain.deadlines', 'app.domain.lifecycle', 'app.domain.profile'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []
