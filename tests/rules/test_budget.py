"""budget-sum in the scheme's model: own contribution plus the grant applied for is no more than
the project costs (the applicant's own costs plus the companies' development costs)."""

from __future__ import annotations

from sketchkit.checking.ruleids import RuleId
from sketchkit.core.i18n import Lang
from tests.rules.sketch import ERROR, NBSP, Found, findings

BUDGET = """\
budget:
  own_costs:
    - item: Prosjektledelse
      amount_nok: {first}
    - item: Markedsdialog
      amount_nok: {second}
  companies_development_nok: {development}
  own_contribution_nok: {own}
  requested_nok: {requested}
"""
HINT = "Rett tallene så de stemmer; alle beløp er i hele kroner."


def budget(
    first: object = 100,
    second: object = 200,
    development: object = 700,
    own: object = 300,
    requested: object = 700,
    lang: Lang = Lang.NB,
) -> list[Found]:
    case = BUDGET.format(
        first=first, second=second, development=development, own=own, requested=requested
    )
    return findings(case, lang=lang)


def kr(amount: str) -> str:
    return f"{amount}{NBSP}kr"


def test_financing_equal_to_the_cost_passes() -> None:
    assert budget() == []


def test_financing_below_the_cost_passes() -> None:
    # Others (the companies themselves, another grant) may finance the rest.
    assert budget(own=100, requested=500) == []


def test_one_krone_more_than_the_project_costs() -> None:
    assert budget(requested=701) == [
        Found(
            9,
            18,
            ERROR,
            RuleId.BUDGET_SUM,
            f"egeninnsats {kr('300')} + omsøkt {kr('701')} = {kr('1' + NBSP + '001')}, men "
            f"prosjektet koster {kr('1' + NBSP + '000')} (egne kostnader {kr('300')} + "
            f"bedriftenes utvikling {kr('700')})",
            HINT,
        )
    ]


def test_in_english() -> None:
    assert budget(own=400, lang=Lang.EN) == [
        Found(
            9,
            18,
            ERROR,
            RuleId.BUDGET_SUM,
            f"own contribution {kr('400')} + requested {kr('700')} = {kr('1' + NBSP + '100')}, "
            f"but the project costs {kr('1' + NBSP + '000')} (own costs {kr('300')} + the "
            f"companies' development {kr('700')})",
            "Correct the figures so they agree; all amounts are in whole kroner.",
        )
    ]


def test_an_item_that_is_no_amount_is_left_to_the_schema() -> None:
    assert [(f.line, f.rule) for f in budget(second="mye", requested=9_000)] == [
        (6, RuleId.SCHEMA_FORMAT)
    ]


def test_without_the_development_costs_no_sums() -> None:
    case = BUDGET.format(first=1, second=2, development="", own=5, requested=9)
    assert RuleId.BUDGET_SUM not in {f.rule for f in findings(case)}


def test_the_old_budget_gets_one_message_naming_migrate() -> None:
    case = (
        "budget:\n  items:\n    - item: A\n      amount_nok: 5\n  total_nok: 5\n"
        "  own_contribution_nok: 1\n  requested_nok: 4\n"
    )
    assert [(f.line, f.rule) for f in findings(case)] == [(1, RuleId.SKETCH_FORMAT)]
