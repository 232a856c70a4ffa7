"""Moments inside refusal messages: UTC for the CLI, any rendering for the GUI."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import ParseError, Refused, moment
from tests.conftest import Cli

MOSCOW = timezone(timedelta(hours=3))


def test_str_shows_each_moment_in_utc() -> None:
    when = datetime(2026, 3, 1, 15, 0, tzinfo=MOSCOW)
    exc = Refused(f"the window closed at {moment(when)}, before {moment(when + timedelta(hours=1))}")
    assert str(exc) == "the window closed at 2026-03-01 12:00:00Z, before 2026-03-01 13:00:00Z"


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
    result = cli("record", "1", "cancel-requested", "--at", "2026-03-01T11:00Z")
    assert result.code == 2
    assert "payment check ends (2026-03-02 10:05:00Z)" in result.err
    assert "\ue000" not in result.err and "\ue001" not in result.err


@given(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)))
def test_every_moment_round_trips(when: datetime) -> None:
    rendered = Refused(f"x {moment(when)} y").render(lambda m: m.isoformat())
    assert rendered == f"x {when.isoformat()} y"


def test_a_refusal_wrapping_another_keeps_its_moments() -> None:
    inner = Refused(f"inner at {moment(datetime(2026, 1, 2, tzinfo=UTC))}")
    outer = Refused(f"outer ({inner.args[0]})")
    assert outer.render(lambda m: m.strftime("%d/%m")) == "outer (inner at 02/01)"
    with pytest.raises(Refused, match="2026-01-02 00:00:00Z"):
        raise outer
