"""plan-start: no phase starts on or before the deadline day (2017-08-21 23:59)."""

from __future__ import annotations

import datetime as dt

from sketchkit.checking.ruleids import RuleId
from sketchkit.core.i18n import Lang
from tests.rules.sketch import WARNING, Found, call_2017, findings, plan, with_rule

# Nothing in the 2017 sources says the project must not have started, so the 2017 call does
# not apply this rule (the 2020 call does); these tests apply it to the 2017 call's dates.
APPLIED = with_rule(call_2017(), RuleId.PLAN_START)


def test_the_2017_call_does_not_apply_it() -> None:
    assert findings(plan(("need_clarification", "2017-06-01", "2017-09-01"))) == []


def test_a_phase_starting_the_day_after_the_deadline_passes() -> None:
    assert findings(plan(("need_clarification", "2017-08-22", "2017-09-01")), call=APPLIED) == []


def test_a_phase_starting_on_the_deadline_day_warns() -> None:
    assert findings(plan(("need_clarification", "2017-08-21", "2017-09-01")), call=APPLIED) == [
        Found(
            4,
            14,
            WARNING,
            RuleId.PLAN_START,
            "fasen starter 2017-08-21, før utlysningens frist 2017-08-21",
        )
    ]


def test_every_early_phase_is_reported_in_english() -> None:
    case = plan(
        ("need_clarification", "2017-06-01", "2017-06-30"),
        ("market_dialogue", "2017-07-01", "2017-08-30"),
        ("competition", "2017-09-01", "2017-10-30"),
    )
    early = "the phase starts {}, before the call's deadline 2017-08-21"
    assert findings(case, lang=Lang.EN, call=APPLIED) == [
        Found(4, 14, WARNING, RuleId.PLAN_START, early.format("2017-06-01")),
        Found(8, 14, WARNING, RuleId.PLAN_START, early.format("2017-07-01")),
    ]


def test_the_deadline_is_the_calls() -> None:
    later = with_rule(call_2017(deadline=dt.datetime(2017, 9, 1, 12, 0)), RuleId.PLAN_START)
    assert findings(plan(("need_clarification", "2017-09-01", "2017-09-30")), call=later) == [
        Found(
            4,
            14,
            WARNING,
            RuleId.PLAN_START,
            "fasen starter 2017-09-01, før utlysningens frist 2017-09-01",
        )
    ]
