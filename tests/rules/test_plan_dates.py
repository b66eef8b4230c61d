"""plan-dates: each phase ends after it starts; a phase of one day ends the day it starts."""

from __future__ import annotations

from sketchkit.checking.ruleids import RuleId
from sketchkit.core.i18n import Lang
from tests.rules.sketch import ERROR, Found, findings, plan


def test_a_phase_ending_the_day_after_it_starts_passes() -> None:
    assert findings(plan(("need_clarification", "2017-09-01", "2017-09-02"))) == []


def test_a_phase_that_starts_and_ends_the_same_day_is_an_error() -> None:
    assert findings(plan(("need_clarification", "2017-09-01", "2017-09-01"))) == [
        Found(
            5, 12, ERROR, RuleId.PLAN_DATES, "fasen slutter 2017-09-01, før den starter 2017-09-01"
        )
    ]


def test_a_phase_that_ends_before_it_starts_is_an_error_in_english_too() -> None:
    case = plan(
        ("need_clarification", "2017-09-01", "2017-10-01"),
        ("market_dialogue", "2017-10-02", "2017-10-01"),
    )
    assert findings(case, lang=Lang.EN) == [
        Found(
            9,
            12,
            ERROR,
            RuleId.PLAN_DATES,
            "the phase ends 2017-10-01, before it starts 2017-10-02",
        )
    ]


def test_a_date_that_is_no_date_is_left_to_the_schema() -> None:
    (found,) = findings(plan(("need_clarification", "2017-09-01", "snart")))
    assert (found.line, found.column, found.rule) == (5, 12, RuleId.SCHEMA_FORMAT)
