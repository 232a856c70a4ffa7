"""The reminder rules: lead times, only the shortest of several crossed, once ever, quiet hours on
the wall clock (daylight-saving nights included)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import Refused
from app.domain.profile import load_profile, validate_value
from app.domain.reminders import (
    DEFAULT_LEADS,
    Given,
    Lead,
    QuietHours,
    crossed_lead,
    hold_until,
    lead_to_give,
    next_crossing,
    parse_clock,
    parse_leads,
    wall_clock_instant,
)

BERLIN: Any = ZoneInfo("Europe/Berlin")
H = 3600
D = 86400
LEADS = parse_leads(list(DEFAULT_LEADS))
DUE = 1_800_000_000


def test_default_leads_are_longest_first_and_keep_their_text() -> None:
    assert LEADS == (Lead(7 * D, "7d"), Lead(48 * H, "48h"), Lead(24 * H, "24h"), Lead(2 * H, "2h"))


def test_leads_as_written_are_kept_and_sorted() -> None:
    leads = parse_leads(["2 hours", "3d", " 90m "])
    assert [lead.text for lead in leads] == ["3d", "2 hours", "90m"]
    assert [lead.seconds for lead in leads] == [3 * D, 2 * H, 90 * 60]
    assert parse_leads([]) == ()


@pytest.mark.parametrize(
    ("value", "why"),
    [
        ("48h", "list of durations"),
        ([48], "list of durations"),
        (["0h"], "no time before"),
        (["400d"], "more than a year"),
        (["48h", "2d"], "are the same"),
        (["soon"], "can't read"),
        ([f"{n}h" for n in range(1, 10)], "at most 8"),
    ],
)
def test_bad_leads_are_refused_with_a_reason(value: Any, why: str) -> None:
    with pytest.raises(Refused, match=why):
        parse_leads(value)


def test_the_rule_profile_holds_the_leads_and_checks_an_override() -> None:
    rule = load_profile().values["reminder_leads"]
    assert rule.default == list(DEFAULT_LEADS)
    assert validate_value(rule, ["2h", "7d"]) == ["7d", "2h"]
    with pytest.raises(Refused):
        validate_value(rule, {"min": 1, "max": 2})


def test_the_shortest_crossed_lead_is_the_one() -> None:
    assert crossed_lead(8 * D, LEADS) is None
    assert crossed_lead(7 * D, LEADS) == LEADS[0]  # exactly at the lead: crossed
    assert crossed_lead(30 * H, LEADS) == LEADS[1]
    assert crossed_lead(20 * H, LEADS) == LEADS[2]  # 7d, 48h and 24h crossed: only 24h
    assert crossed_lead(60, LEADS) == LEADS[3]


def test_passed_and_far_deadlines_get_no_reminder() -> None:
    assert lead_to_give(DUE, DUE, LEADS, []) is None
    assert lead_to_give(DUE, DUE + 1, LEADS, []) is None
    assert lead_to_give(DUE, DUE - 8 * D, LEADS, []) is None


def test_a_lead_is_given_once_and_a_shorter_one_comes_later() -> None:
    now = DUE - 7 * D + 60
    assert lead_to_give(DUE, now, LEADS, []) == LEADS[0]
    given = [Given(DUE, 7 * D, now)]
    assert lead_to_give(DUE, now + 3600, LEADS, given) is None
    assert lead_to_give(DUE, DUE - 47 * H, LEADS, given) == LEADS[1]


def test_after_the_shortest_lead_nothing_longer_comes_back() -> None:
    given = [Given(DUE, 2 * H, DUE - 2 * H)]
    for left in (2 * H - 1, H, 60):
        assert lead_to_give(DUE, DUE - left, LEADS, given) is None


def test_a_deadline_moved_a_little_is_not_reminded_again() -> None:
    # Reminded at 7 days, then the buyer typed the order page's countdown: 5 minutes later.
    given = [Given(DUE, 7 * D, DUE - 7 * D + 60)]
    moved = DUE + 300
    assert lead_to_give(moved, DUE - 7 * D + 3600, LEADS, given) is None
    # Moved earlier by a day: still told at 7 days; 48 hours comes as usual.
    earlier = DUE - D
    assert lead_to_give(earlier, DUE - 7 * D + 3600, LEADS, given) is None
    assert lead_to_give(earlier, earlier - 47 * H, LEADS, given) == LEADS[1]


def test_an_extended_deadline_is_reminded_again() -> None:
    given = [Given(DUE, 7 * D, DUE - 7 * D), Given(DUE, 48 * H, DUE - 48 * H)]
    extended = DUE + 15 * D
    assert lead_to_give(extended, DUE, LEADS, given) is None  # 15 days away: nothing yet
    assert lead_to_give(extended, extended - 7 * D, LEADS, given) == LEADS[0]


def test_next_crossing_is_the_next_lead_ahead() -> None:
    assert next_crossing(DUE, DUE - 8 * D, LEADS) == DUE - 7 * D
    assert next_crossing(DUE, DUE - 30 * H, LEADS) == DUE - 24 * H
    assert next_crossing(DUE, DUE - H, LEADS) is None


@given(
    checks=st.lists(st.integers(min_value=-10 * D, max_value=D), min_size=1, max_size=40),
    leads=st.lists(st.integers(min_value=60, max_value=9 * D), min_size=1, max_size=8, unique=True),
)
def test_checks_at_any_moments_give_each_deadline_shortening_leads_once(
    checks: list[int], leads: list[int]
) -> None:
    lead_set = parse_leads([f"{seconds}s" for seconds in leads])
    given_log: list[Given] = []
    for offset in sorted(checks):
        now = DUE + offset
        lead = lead_to_give(DUE, now, lead_set, given_log)
        if lead is not None:
            assert now < DUE
            assert lead == crossed_lead(DUE - now, lead_set)  # the shortest crossed, nothing else
            given_log.append(Given(DUE, lead.seconds, now))
    seconds = [g.lead_seconds for g in given_log]
    assert seconds == sorted(set(seconds), reverse=True)  # each once, ever shorter
    shortest = lead_set[-1].seconds
    if any(DUE - shortest <= DUE + offset < DUE for offset in checks):
        assert seconds[-1] == shortest  # a look inside the shortest lead always tells


# -- quiet hours ----------------------------------------------------------------------------------

QUIET = QuietHours(time(22), time(8))


def at(*fields: int, fold: int = 0) -> datetime:
    return datetime(*fields, tzinfo=BERLIN, fold=fold).astimezone(UTC)


def test_quiet_hours_end_in_the_morning_on_the_local_clock() -> None:
    assert QUIET.end_after(at(2026, 6, 1, 23, 0), BERLIN) == at(2026, 6, 2, 8, 0)
    assert QUIET.end_after(at(2026, 6, 2, 3, 0), BERLIN) == at(2026, 6, 2, 8, 0)
    assert QUIET.end_after(at(2026, 6, 2, 8, 0), BERLIN) is None
    assert QUIET.end_after(at(2026, 6, 2, 21, 59), BERLIN) is None
    assert QUIET.end_after(at(2026, 6, 2, 22, 0), BERLIN) == at(2026, 6, 3, 8, 0)


def test_quiet_hours_within_a_day_and_switched_off() -> None:
    lunch = QuietHours(time(12), time(13))
    assert lunch.end_after(at(2026, 6, 2, 12, 30), BERLIN) == at(2026, 6, 2, 13, 0)
    assert lunch.end_after(at(2026, 6, 2, 13, 30), BERLIN) is None
    assert QuietHours(time(22), time(8), enabled=False).end_after(at(2026, 6, 1, 23, 0), BERLIN) is None
    assert QuietHours(time(8), time(8)).end_after(at(2026, 6, 1, 8, 0), BERLIN) is None


def test_quiet_hours_on_the_spring_night_end_at_8_local_after_a_short_night() -> None:
    # Sunday 2026-03-29: 02:00 CET becomes 03:00 CEST. The night is 9 hours, not 10.
    start = at(2026, 3, 28, 23, 0)
    end = QUIET.end_after(start, BERLIN)
    assert end == at(2026, 3, 29, 8, 0) == datetime(2026, 3, 29, 6, 0, tzinfo=UTC)
    assert end is not None and end - start == timedelta(hours=8)


def test_quiet_hours_on_the_autumn_night_end_at_8_local_after_a_long_night() -> None:
    # Sunday 2026-10-25: 03:00 CEST becomes 02:00 CET.
    start = at(2026, 10, 24, 23, 0)
    end = QUIET.end_after(start, BERLIN)
    assert end == datetime(2026, 10, 25, 7, 0, tzinfo=UTC)
    assert end is not None and end - start == timedelta(hours=10)
    # In the hour that happens twice, both passes are quiet and end at the same morning.
    assert QUIET.end_after(at(2026, 10, 25, 2, 30, fold=0), BERLIN) == end
    assert QUIET.end_after(at(2026, 10, 25, 2, 30, fold=1), BERLIN) == end


def test_a_quiet_end_the_clocks_skip_is_the_jump() -> None:
    quiet = QuietHours(time(23), time(2, 30))
    end = quiet.end_after(at(2026, 3, 29, 0, 30), BERLIN)
    assert end == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)  # 03:00 CEST, when the clocks jump past 02:30


def test_a_quiet_end_the_clocks_show_twice_is_the_first() -> None:
    quiet = QuietHours(time(23), time(2, 30))
    end = quiet.end_after(at(2026, 10, 24, 23, 30), BERLIN)
    assert end == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)  # 02:30 CEST, the first of the two


def test_the_computers_zone_is_used_by_default(local_tz: Any) -> None:
    local_tz("Asia/Tokyo")
    now = datetime(2026, 6, 1, 14, 0, tzinfo=UTC)  # 23:00 in Tokyo
    assert QUIET.end_after(now) == datetime(2026, 6, 1, 23, 0, tzinfo=UTC)  # 08:00 in Tokyo
    assert wall_clock_instant(now.date(), time(8), None, not_before=now) == now


def test_hold_is_the_later_of_quiet_hours_and_a_pause() -> None:
    night = at(2026, 6, 1, 23, 0)
    assert hold_until(night, QUIET, None, BERLIN) == at(2026, 6, 2, 8, 0)
    assert hold_until(night, QUIET, at(2026, 6, 2, 9, 0), BERLIN) == at(2026, 6, 2, 9, 0)
    day = at(2026, 6, 1, 15, 0)
    assert hold_until(day, QUIET, at(2026, 6, 1, 16, 0), BERLIN) == at(2026, 6, 1, 16, 0)
    assert hold_until(day, QUIET, at(2026, 6, 1, 14, 0), BERLIN) is None  # a pause that ended
    assert hold_until(day, QUIET, None, BERLIN) is None


def test_clock_times_are_read_or_refused() -> None:
    assert parse_clock("22:00") == time(22)
    assert parse_clock(" 7:05 ") == time(7, 5)
    for bad in ("24:00", "22", "ten", "7:60"):
        with pytest.raises(Refused):
            parse_clock(bad)


def test_a_deadline_moved_later_by_more_than_a_twelfth_of_the_lead_is_reminded_again() -> None:
    given = [Given(DUE, 7 * D, DUE - 7 * D)]
    assert lead_to_give(DUE + 13 * H, DUE - 7 * D + 13 * H, LEADS, given) is None  # under 14 hours
    assert lead_to_give(DUE + D, DUE - 6 * D, LEADS, given) == LEADS[0]
