"""Service calls the GUI relies on: fast rows, stale refresh, buttons, sample data, settings."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from app.clock import FrozenClock
from app.services.demo import generate
from app.services.listing import ListingService
from app.services.orders import OrderService
from app.services.settings import SettingsService
from app.services.views import NewEvent, NewOrder
from app.store.store import Store

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def _paid_order(service: OrderService, number: str = "8000000000000001") -> None:
    service.add_order(
        NewOrder(
            number,
            "Store",
            "Cable",
            Decimal("12.34"),
            "USD",
            paid_at=NOW - timedelta(hours=2),
            payment_method="card",
            processing_days=3,
        )
    )


def test_rows_go_stale_when_a_deadline_passes_and_refresh_brings_them_up_to_date(
    service: OrderService, db: Store, clock: FrozenClock
) -> None:
    _paid_order(service)
    [row] = ListingService(db).rows(int(NOW.timestamp())).rows
    assert (row.number, row.status, row.next_kind, row.total) == (
        "8000000000000001",
        "payment_check",
        "payment_check_ends",
        "12.34",
    )
    assert row.next_due == int((NOW + timedelta(hours=22)).timestamp())
    clock.advance(timedelta(hours=23))
    listing = ListingService(db).rows(int(clock.now().timestamp()))
    assert listing.stale == [row.id]
    [fresh] = service.refresh_stale(listing.stale)
    assert (fresh.status, fresh.next_kind) == ("awaiting_shipment", "ship_by")
    assert ListingService(db).rows(int(clock.now().timestamp())).stale == []


def test_sensible_events_for_buttons(service: OrderService, clock: FrozenClock) -> None:
    _paid_order(service)
    # The payment check's end is an estimate: a cancel request the buyer made can be recorded.
    assert "cancel-requested" in service.sensible_events("8000000000000001")
    clock.advance(timedelta(days=1))
    events = service.sensible_events("8000000000000001")
    assert events[:2] == ["shipped", "cancel-requested"] and "received" not in events


def test_sample_data_is_removed_in_one_step_and_own_orders_stay(service: OrderService, db: Store) -> None:
    _paid_order(service)
    assert not service.has_demo_orders()
    generate(service, count=30, seed=3)
    assert service.has_demo_orders()
    assert service.remove_demo_orders() == 30
    rows = ListingService(db).rows(int(NOW.timestamp())).rows
    assert [r.number for r in rows] == ["8000000000000001"] and not rows[0].is_demo
    assert db.check() == []


def test_show_as_of_lists_only_tracking_numbers_known_then(service: OrderService, clock: FrozenClock) -> None:
    _paid_order(service)
    clock.advance(timedelta(days=2))
    service.record_event("8000000000000001", NewEvent("shipped", tracking="LP1"))
    clock.advance(timedelta(days=2))
    service.record_event("8000000000000001", NewEvent("tracking-update", tracking="RB2CN"))
    assert service.show("8000000000000001").tracking == ("LP1", "RB2CN")
    assert service.show("8000000000000001", at=NOW + timedelta(days=3)).tracking == ("LP1",)


def test_settings_round_trip(db: Store) -> None:
    settings = SettingsService(db)
    assert settings.get("last_seen_at", 7) == 7
    settings.set("last_seen_at", 1_800_000_000)
    settings.set("last_seen_at", 1_800_000_001)
    assert SettingsService(db).get("last_seen_at") == 1_800_000_001


def test_first_rows_and_view_counts_match_the_full_list(service: OrderService, db: Store) -> None:
    from app.domain.views import View, in_view

    generate(service, count=400, seed=5)
    service.trash(ListingService(db).rows(int(NOW.timestamp())).rows[0].number)
    at = int(NOW.timestamp())
    rows = ListingService(db).rows(at).rows
    first = ListingService(db).first_rows(at, 25).rows
    urgent = sorted(
        (r for r in rows if not r.in_trash and r.next_due is not None), key=lambda r: r.next_due or 0
    )
    assert [r.next_due for r in first] == [r.next_due for r in urgent[:25]]
    expected = {
        view: sum(in_view(view, r.status, r.next_kind, r.next_due, r.in_trash, at) for r in rows)
        for view in View
    }
    assert ListingService(db).view_counts(at) == expected
    assert expected[View.TRASH] == 1 and expected[View.NEEDS_ATTENTION] > 0


def test_stale_ids_agree_with_the_full_read(service: OrderService, db: Store, clock: FrozenClock) -> None:
    generate(service, count=200, seed=9)
    for days in (0, 1, 3, 30):
        at = int((NOW + timedelta(days=days)).timestamp())
        assert sorted(ListingService(db).stale_ids(at)) == sorted(ListingService(db).rows(at).stale)
    assert ListingService(db).stale_ids(int(NOW.timestamp())) == []
    assert ListingService(db).stale_ids(int((NOW + timedelta(days=30)).timestamp()))  # time moves orders on


def test_several_rule_changes_re_derive_the_orders_once(
    service: OrderService, monkeypatch: pytest.MonkeyPatch
) -> None:
    _paid_order(service)
    calls: list[int] = []
    original = service.refresh_all

    def counting() -> int:
        calls.append(1)
        return original()

    monkeypatch.setattr(service.rules, "_on_change", counting)
    saved, failed = service.rules.set_many(
        {"cancel_auto_approve_hours": 72, "payment_check_hours": 12, "seller_response_days": -1, "nope": 1}
    )
    assert calls == [1]
    assert {k: v.value for k, v in saved.items()} == {
        "cancel_auto_approve_hours": 72,
        "payment_check_hours": 12,
    }
    assert set(failed) == {"seller_response_days", "nope"}
    assert service.rules.profile()["payment_check_hours"] == 12
    saved, _ = service.rules.set_many({"payment_check_hours": 24})  # back to the default: no override kept
    assert not saved["payment_check_hours"].overridden


def test_money_at_risk_counts_overdue_and_48_hour_orders_per_currency_and_skips_the_trash() -> None:
    from app.services.listing import ListRow, at_risk

    now = 1_800_000_000

    def row(i: int, due: int | None, total: str, currency: str, trash: bool = False) -> ListRow:
        return ListRow(i, str(i), "S", "T", 1, total, currency, "in_transit", None, due, "", trash, False)

    rows = [
        row(1, now - 10, "1.10", "USD"),  # overdue
        row(2, now + 48 * 3600, "2.20", "USD"),  # exactly 48 h ahead
        row(3, now + 48 * 3600 + 1, "9.99", "USD"),  # later
        row(4, now + 60, "5.00", "EUR"),
        row(5, now + 60, "7.00", "EUR", trash=True),
        row(6, None, "3.00", "EUR"),
    ]
    assert at_risk(rows, now) == (3, {"EUR": Decimal("5.00"), "USD": Decimal("3.30")})
