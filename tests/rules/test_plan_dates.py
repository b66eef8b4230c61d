"""plan-dates: each phase ends on a later day than it starts; ending the same day is reported."""

from __future__ import annotations

from sketchkit.checking.rule import Context
from sketchkit.checking.ruleids import RuleId
from sketchkit.checking.rules._phases import phases
from sketchkit.core.i18n import Lang
from sketchkit.input.yamldoc import load
from tests.rules.sketch import BASE, ERROR, EXAMPLE_DIR, TODAY, Found, call_2017, findings, plan


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


def test_an_item_that_is_no_phase_does_not_hide_the_ones_after_it() -> None:
    case = plan(("need_clarification", "2017-09-02", "2017-09-01")).replace(
        "  phases:\n", "  phases:\n    - 5\n"
    )
    assert [(f.line, f.rule) for f in findings(case)] == [
        (3, RuleId.SCHEMA_TYPE),
        (6, RuleId.PLAN_DATES),
    ]


def test_the_plan_is_read_once_per_sketch() -> None:
    # Four rules read the phases; the memo is what makes them share one reading.

    doc, _ = load(BASE, Lang.NB)
    assert doc is not None
    ctx = Context(doc=doc, call=call_2017(), lang=Lang.NB, today=TODAY, folder=EXAMPLE_DIR)
    first = phases(ctx)
    assert len(first) == 5
    assert phases(ctx) is first
    assert ctx.memo == {"phases": first}
