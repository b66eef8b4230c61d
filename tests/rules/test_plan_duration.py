"""plan-duration: from the first start to the last end, no longer than the call allows."""

from __future__ import annotations

from sketchkit.checking.ruleids import RuleId
from sketchkit.core.i18n import Lang
from tests.rules.sketch import WARNING, Found, call_2017, findings, plan, with_rule


def test_1095_days_pass() -> None:
    assert findings(plan(("need_clarification", "2017-09-01", "2020-08-31"))) == []


def test_1096_days_are_over_three_years() -> None:
    # 1096 / 365.25 = 3.0007 years: over, although it prints as 3.0.
    assert findings(plan(("need_clarification", "2017-09-01", "2020-09-01"))) == [
        Found(
            5,
            12,
            WARNING,
            RuleId.PLAN_DURATION,
            "planen varer fra 2017-09-01 til 2020-09-01, 3,0 år; grensen er 3 år",
        )
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
            "the plan runs from 2017-09-01 to 2021-06-30, 3.8 years; the limit is 3 years",
        )
    ]


def test_the_limit_is_the_calls() -> None:
    case = plan(("need_clarification", "2017-09-01", "2020-03-03"))
    assert findings(case, call=with_rule(call_2017(), RuleId.PLAN_DURATION, max_years=2.5)) == [
        Found(
            5,
            12,
            WARNING,
            RuleId.PLAN_DURATION,
            "planen varer fra 2017-09-01 til 2020-03-03, 2,5 år; grensen er 2,5 år",
        )
    ]
    assert findings(case, call=with_rule(call_2017(), RuleId.PLAN_DURATION, applies=False)) == []


def test_undated_phases_are_left_out() -> None:
    case = plan(
        ("need_clarification", "2017-09-01", "2017-10-01"),
        ("development", "snart", "2030-01-01"),
    )
    assert [f.rule for f in findings(case)] == [RuleId.SCHEMA_FORMAT]


def test_exactly_the_limit_passes() -> None:
    # 1461 days are exactly 4 years of 365.25 days: at the limit, not over it.
    case = plan(("need_clarification", "2017-09-01", "2021-09-01"))
    assert findings(case, call=with_rule(call_2017(), RuleId.PLAN_DURATION, max_years=4)) == []
    longer = plan(("need_clarification", "2017-09-01", "2021-09-02"))
    assert [
        f.message
        for f in findings(longer, call=with_rule(call_2017(), RuleId.PLAN_DURATION, max_years=4))
    ] == ["planen varer fra 2017-09-01 til 2021-09-02, 4,0 år; grensen er 4 år"]
