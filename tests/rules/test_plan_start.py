"""plan-start: no phase starts on or before the deadline day (2017-08-21 23:59)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sketchkit.calls import Call
from sketchkit.calls.model import RuleSetting
from sketchkit.checking.ruleids import RuleId
from sketchkit.core.i18n import Lang
from tests.rules.sketch import WARNING, Found, call_2017, findings, plan


def applied(**changes: object) -> Call:
    """The 2017 call with plan-start applied: since issue #11 only the 2020 call applies it
    (the 2017 sources do not say the project must not have started)."""
    call = call_2017(**changes)
    return dataclasses.replace(
        call, rules={**call.rules, "plan-start": RuleSetting(str(RuleId.PLAN_START))}
    )


def test_the_2017_call_does_not_apply_it() -> None:
    assert findings(plan(("need_clarification", "2017-08-21", "2017-09-01"))) == []


def test_a_phase_starting_the_day_after_the_deadline_passes() -> None:
    assert findings(plan(("need_clarification", "2017-08-22", "2017-09-01")), call=applied()) == []


def test_a_phase_starting_on_the_deadline_day_warns() -> None:
    assert findings(plan(("need_clarification", "2017-08-21", "2017-09-01")), call=applied()) == [
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
    assert findings(case, lang=Lang.EN, call=applied()) == [
        Found(4, 14, WARNING, RuleId.PLAN_START, early.format("2017-06-01")),
        Found(8, 14, WARNING, RuleId.PLAN_START, early.format("2017-07-01")),
    ]


def test_the_deadline_is_the_calls() -> None:
    later = applied(deadline=dt.datetime(2017, 9, 1, 12, 0))
    assert findings(plan(("need_clarification", "2017-09-01", "2017-09-30")), call=later) == [
        Found(
            4,
            14,
            WARNING,
            RuleId.PLAN_START,
            "fasen starter 2017-09-01, før utlysningens frist 2017-09-01",
        )
    ]
