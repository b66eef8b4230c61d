"""plan-order: phases listed and started in the procedure's order."""

from __future__ import annotations

from sketchkit.checking.ruleids import RuleId
from sketchkit.core.i18n import Lang
from tests.rules.sketch import WARNING, Found, findings, plan


def test_phases_in_order_pass_even_when_a_later_one_starts_the_same_day() -> None:
    case = plan(
        ("need_clarification", "2017-09-01", "2017-10-01"),
        ("market_dialogue", "2017-09-01", "2017-11-01"),
    )
    assert findings(case) == []


def test_a_phase_listed_before_an_earlier_one_warns() -> None:
    case = plan(
        ("market_dialogue", "2017-09-01", "2017-10-01"),
        ("need_clarification", "2017-10-02", "2017-11-01"),
    )
    assert findings(case) == [
        Found(
            7,
            14,
            WARNING,  # sketchkit's advice since issue #11: no call requires this order
            RuleId.PLAN_ORDER,
            "fasen «need_clarification» står etter «market_dialogue», men kommer før den i "
            "prosedyren",
        )
    ]


def test_a_phase_starting_a_day_before_the_previous_one_warns() -> None:
    case = plan(
        ("need_clarification", "2017-10-01", "2017-11-01"),
        ("market_dialogue", "2017-09-30", "2017-10-01"),
    )
    assert findings(case, lang=Lang.EN) == [
        Found(
            8,
            14,
            WARNING,  # sketchkit's advice since issue #11: no call requires this order
            RuleId.PLAN_ORDER,
            "phase 'market_dialogue' starts 2017-09-30, before the earlier phase "
            "'need_clarification' starts 2017-10-01",
        )
    ]


def test_the_same_phase_twice_may_start_in_any_order() -> None:
    case = plan(
        ("development", "2017-10-01", "2017-11-01"),
        ("development", "2017-09-30", "2017-10-01"),
    )
    assert findings(case) == []


def test_a_phase_the_procedure_does_not_have_is_skipped_in_the_order() -> None:
    case = plan(
        ("competition", "2017-09-01", "2017-10-01"),
        ("pilot", "2017-10-02", "2017-11-01"),
        ("development", "2017-11-02", "2017-12-01"),
    )
    (found,) = findings(case)
    assert (found.line, found.column, found.rule) == (7, 14, RuleId.SCHEMA_ENUM)


def test_in_english() -> None:
    case = plan(
        ("purchase", "2017-09-01", "2017-10-01"),
        ("competition", "2017-10-02", "2017-11-01"),
    )
    assert [f.message for f in findings(case, lang=Lang.EN)] == [
        "phase 'competition' is listed after 'purchase' but comes before it in the procedure"
    ]
