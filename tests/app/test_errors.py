"""Moments inside refusal messages: the buyer's zone with its UTC offset for the CLI (never a bare
"…Z"), any rendering for the GUI."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import ParseError, Refused, moment
from tests.conftest import Cli

MOSCOW = timezone(timedelta(hours=3))


def test_str_shows_each_moment_in_the_local_zone_with_its_offset(local_tz: Callable[[str], None]) -> None:
    when = datetime(2026, 3, 1, 15, 0, tzinfo=MOSCOW)
    exc = Refused(f"the window closed at {moment(when)}, before {moment(when + timedelta(hours=1))}")
    local_tz("UTC")
    assert str(exc) == "the window closed at 2026-03-01 12:00:00 UTC, before 2026-03-01 13:00:00 UTC"
    local_tz("America/Los_Angeles")
    assert (
        str(exc) == "the window closed at 2026-03-01 04:00:00 UTC-08:00, before 2026-03-01 05:00:00 UTC-08:00"
    )
    local_tz("Asia/Kolkata")
    assert (
        str(exc) == "the window closed at 2026-03-01 17:30:00 UTC+05:30, before 2026-03-01 18:30:00 UTC+05:30"
    )


def test_render_hands_aware_utc_datetimes_to_the_formatter() -> None:
    when = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    seen: list[datetime] = []

    def show(moment_: datetime) -> str:
        seen.append(moment_)
        return moment_.astimezone(MOSCOW).strftime("%d.%m.%Y %H:%M")

    assert Refused(f"closed at {moment(when)}").render(show) == "closed at 01.03.2026 15:00"
    assert seen == [when] and seen[0].tzinfo is not None


def test_messages_without_moments_are_untouched() -> None:
    assert str(Refused("no such order 42")) == "no such order 42"
    assert str(ParseError("bad amount")) == "bad amount"
    assert str(Refused()) == ""


def test_the_cli_line_carries_no_marker_characters(cli: Cli) -> None:
    cli(
        "add",
        "--order",
        "1",
        "--store",
        "S",
        "--title",
        "T",
        "--total",
        "5",
        "--currency",
        "USD",
        "--ordered-at",
        "2026-03-01T10:00Z",
        "--paid-at",
        "2026-03-01T10:05Z",
    )
    cli("record", "1", "shipped", "--at", "2026-03-02T10:00Z")
    result = cli("record", "1", "shipped", "--at", "2026-03-02T09:00Z")
    assert result.code == 2
    assert "at 2026-03-02 09:00:00 UTC: the later shipped of 2026-03-02 10:00:00 UTC" in result.err
    assert "\ue000" not in result.err and "\ue001" not in result.err


@given(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)))
def test_every_moment_round_trips(when: datetime) -> None:
    rendered = Refused(f"x {moment(when)} y").render(lambda m: m.isoformat())
    assert rendered == f"x {when.isoformat()} y"


def test_a_refusal_wrapping_another_keeps_its_moments() -> None:
    inner = Refused(f"inner at {moment(datetime(2026, 1, 2, tzinfo=UTC))}")
    outer = Refused(f"outer ({inner.args[0]})")
    assert outer.render(lambda m: m.strftime("%d/%m")) == "outer (inner at 02/01)"
    assert "2026-01-02" in str(outer) and "\ue000" not in str(outer)
