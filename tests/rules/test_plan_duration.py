"""plan-duration: from the first start to the last end, no longer than the call allows, counted
in calendar time (three years from 2017-09-01 end with 2020-08-31)."""

from __future__ import annotations

import datetime as dt

import pytest

from sketchkit.checking.ruleids import RuleId
from sketchkit.core.dates import months_later, past_limit
from sketchkit.core.i18n import Lang
from tests.rules.sketch import WARNING, Found, call_2017, findings, plan, with_rule


def long(start: str, end: str, limit: str, last: str) -> Found:
    message = (
        f"planen varer fra {start} til {end}, lenger enn {limit} år: siste dag innenfor er {last}"
    )
    return Found(5, 12, WARNING, RuleId.PLAN_DURATION, message)


def test_three_years_to_the_day_pass() -> None:
    assert findings(plan(("need_clarification", "2017-09-01", "2020-08-31"))) == []


def test_one_day_more_is_over_three_years() -> None:
    assert findings(plan(("need_clarification", "2017-09-01", "2020-09-01"))) == [
        long("2017-09-01", "2020-09-01", "3", "2020-08-31")
    ]


def test_years_without_a_leap_day_are_years_too() -> None:
    # 2021-01-01 to 2024-01-01 is 1095 days, 2.998 years of 365.25 days: still a day too long.
    assert findings(plan(("need_clarification", "2021-01-01", "2023-12-31"))) == []
    assert findings(plan(("need_clarification", "2021-01-01", "2024-01-01"))) == [
        long("2021-01-01", "2024-01-01", "3", "2023-12-31")
    ]


def test_the_span_runs_from_the_earliest_start_to_the_latest_end() -> None:
    case = plan(
        ("development", "2017-10-01", "2021-06-30"),  # the latest end, listed first
        ("development", "2017-09-01", "2017-09-30"),  # the earliest start, listed last
    )
    assert findings(case, lang=Lang.EN) == [
        Found(
            5,
            12,
            WARNING,
            RuleId.PLAN_DURATION,
            "the plan runs from 2017-09-01 to 2021-06-30, longer than 3 years: the last day "
            "within is 2020-08-31",
        )
    ]
    assert [f.message for f in findings(case, lang=Lang.NN)] == [
        "planen varer frå 2017-09-01 til 2021-06-30, lenger enn 3 år: siste dagen innanfor er "
        "2020-08-31"
    ]


def test_the_limit_is_the_calls_and_part_years_count_in_months() -> None:
    call = with_rule(call_2017(), RuleId.PLAN_DURATION, max_years=2.5)  # 30 months
    assert findings(plan(("need_clarification", "2017-09-01", "2020-02-29")), call=call) == []
    assert findings(plan(("need_clarification", "2017-09-01", "2020-03-01")), call=call) == [
        long("2017-09-01", "2020-03-01", "2,5", "2020-02-29")
    ]
    off = with_rule(call_2017(), RuleId.PLAN_DURATION, applies=False)
    assert findings(plan(("need_clarification", "2017-09-01", "2030-03-03")), call=off) == []


def test_a_four_year_limit_both_sides() -> None:
    call = with_rule(call_2017(), RuleId.PLAN_DURATION, max_years=4)
    assert findings(plan(("need_clarification", "2017-09-01", "2021-08-31")), call=call) == []
    assert findings(plan(("need_clarification", "2017-09-01", "2021-09-01")), call=call) == [
        long("2017-09-01", "2021-09-01", "4", "2021-08-31")
    ]


def test_a_limit_past_the_calendar_or_under_a_month() -> None:
    # Dates near the year 9999 or a huge limit from a call: nothing can run past it.
    late = plan(("need_clarification", "9997-01-01", "9999-12-31"))
    assert [f for f in findings(late) if f.rule == RuleId.PLAN_DURATION] == []
    for huge in (1_000_000, 1e300):
        call = with_rule(call_2017(), RuleId.PLAN_DURATION, max_years=huge)
        assert findings(plan(("development", "2017-09-01", "2030-01-01")), call=call) == []
    # A limit under half a month is one month, not none: the plan's first day is within it.
    tiny = with_rule(call_2017(), RuleId.PLAN_DURATION, max_years=0.01)
    assert findings(plan(("development", "2017-09-01", "2017-09-30")), call=tiny) == []
    assert findings(plan(("development", "2017-09-01", "2017-10-01")), call=tiny) == [
        long("2017-09-01", "2017-10-01", "0,01", "2017-09-30")
    ]


def test_undated_phases_are_left_out() -> None:
    case = plan(
        ("need_clarification", "2017-09-01", "2017-10-01"),
        ("development", "snart", "2030-01-01"),
    )
    assert [f.rule for f in findings(case)] == [RuleId.SCHEMA_FORMAT]


@pytest.mark.parametrize(
    ("day", "months", "later"),
    [
        (dt.date(2021, 1, 1), 36, dt.date(2024, 1, 1)),
        (dt.date(2017, 9, 1), 30, dt.date(2020, 3, 1)),
        (dt.date(2017, 12, 15), 1, dt.date(2018, 1, 15)),  # over the turn of the year
        (dt.date(2020, 2, 29), 12, dt.date(2021, 3, 1)),  # no 29 February: the day after
        (dt.date(2017, 1, 31), 1, dt.date(2017, 3, 1)),  # no 31 February
        (dt.date(2017, 12, 31), 2, dt.date(2018, 3, 1)),
        (dt.date(2017, 11, 30), 3, dt.date(2018, 3, 1)),
        (dt.date(2017, 10, 31), 2, dt.date(2017, 12, 31)),
        (dt.date(2017, 11, 30), 0, dt.date(2017, 11, 30)),
    ],
)
def test_months_later_keeps_every_day_of_the_period(
    day: dt.date, months: int, later: dt.date
) -> None:
    assert months_later(day, months) == later


def test_past_limit_counts_whole_months_and_stops_at_the_calendars_end() -> None:
    assert past_limit(dt.date(2021, 1, 1), 3) == dt.date(2024, 1, 1)
    assert past_limit(dt.date(2017, 9, 1), 2.5) == dt.date(2020, 3, 1)
    assert past_limit(dt.date(2017, 9, 1), 0.01) == dt.date(2017, 10, 1)  # at least a month
    assert past_limit(dt.date(9997, 1, 1), 3) is None
    assert past_limit(dt.date(2017, 1, 1), 1e300) is None
