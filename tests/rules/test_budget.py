"""budget-sum: the items add up to the total, and own contribution plus requested equals it."""

from __future__ import annotations

from sketchkit.checking.ruleids import RuleId
from sketchkit.core.i18n import Lang
from tests.rules.sketch import ERROR, NBSP, Found, findings

BUDGET = """\
budget:
  items:
    - item: Prosjektledelse
      amount_nok: {first}
    - item: Utvikling
      amount_nok: {second}
  total_nok: {total}
  own_contribution_nok: {own}
  requested_nok: {requested}
"""
HINT = "Rett tallene så de stemmer; alle beløp er i hele kroner."


def budget(
    first: object = 100,
    second: object = 200,
    total: object = 300,
    own: object = 100,
    requested: object = 200,
    lang: Lang = Lang.NB,
) -> list[Found]:
    case = BUDGET.format(first=first, second=second, total=total, own=own, requested=requested)
    return findings(case, lang=lang)


def kr(amount: str) -> str:
    return f"{amount}{NBSP}kr"


def test_a_budget_that_adds_up_passes() -> None:
    assert budget() == []


def test_items_one_krone_short_of_the_total() -> None:
    assert budget(total=301, requested=201) == [
        Found(
            7,
            14,
            ERROR,
            RuleId.BUDGET_SUM,
            f"budsjettpostene summerer til {kr('300')}, men total_nok er {kr('301')} "
            f"(differanse {kr('1')})",
            HINT,
        )
    ]


def test_items_one_krone_over_the_total_give_a_negative_difference() -> None:
    assert budget(second=201) == [
        Found(
            7,
            14,
            ERROR,
            RuleId.BUDGET_SUM,
            f"budsjettpostene summerer til {kr('301')}, men total_nok er {kr('300')} "
            f"(differanse {kr('-1')})",
            HINT,
        )
    ]


def test_financing_one_krone_short() -> None:
    assert budget(requested=199) == [
        Found(
            9,
            18,
            ERROR,
            RuleId.BUDGET_SUM,
            f"egeninnsats {kr('100')} + omsøkt {kr('199')} = {kr('299')}, men total_nok er "
            f"{kr('300')}",
            HINT,
        )
    ]


def test_both_wrong_in_english() -> None:
    assert budget(total="1 000 000", lang=Lang.EN) == [
        Found(
            7,
            14,
            ERROR,
            RuleId.BUDGET_SUM,
            f"the budget items add up to {kr('300')}, but total_nok is {kr('1' + NBSP + '000' + NBSP + '000')} "
            f"(difference {kr('999' + NBSP + '700')})",
            "Correct the figures so they agree; all amounts are in whole kroner.",
        ),
        Found(
            9,
            18,
            ERROR,
            RuleId.BUDGET_SUM,
            f"own contribution {kr('100')} + requested {kr('200')} = {kr('300')}, but total_nok "
            f"is {kr('1' + NBSP + '000' + NBSP + '000')}",
            "Correct the figures so they agree; all amounts are in whole kroner.",
        ),
    ]


def test_an_item_that_is_no_amount_is_left_to_the_schema() -> None:
    # The sum of the other items would be wrong; only the schema speaks.
    assert [(f.line, f.rule) for f in budget(second="mye", requested=200)] == [
        (6, RuleId.SCHEMA_FORMAT)
    ]


def test_no_total_no_sums() -> None:
    case = "budget:\n  items:\n    - item: A\n      amount_nok: 5\n  own_contribution_nok: 1\n"
    assert [(f.line, f.column, f.rule, f.message) for f in findings(case)] == [
        (1, 1, RuleId.SCHEMA_REQUIRED, "feltet «budget.total_nok» mangler"),
        (1, 1, RuleId.SCHEMA_REQUIRED, "feltet «budget.requested_nok» mangler"),
    ]


def test_no_items_still_checks_the_financing() -> None:
    case = "budget:\n  items: []\n  total_nok: 5\n  own_contribution_nok: 1\n  requested_nok: 3\n"
    assert [(f.line, f.rule) for f in findings(case)] == [
        (2, RuleId.SCHEMA_RANGE),
        (5, RuleId.BUDGET_SUM),
    ]
