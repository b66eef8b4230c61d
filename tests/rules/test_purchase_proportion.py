"""purchase-proportion: the expected purchase is at least the call's ratio times the companies'
development costs (the 2017 call: 1, sketchkit's advice)."""

from __future__ import annotations

from sketchkit.checking.findings import BasisKind
from sketchkit.checking.ruleids import RuleId
from sketchkit.core.i18n import Lang
from tests.rules.sketch import WARNING, Found, call_2017, check, findings, kr, with_rule

CASE = (
    "budget:\n  own_costs:\n    - item: Egne\n      amount_nok: 1 000 000\n"
    "  companies_development_nok: {development}\n  own_contribution_nok: 0\n"
    "  requested_nok: 1\n"
    "procurement:\n  procedure: innovation_partnership\n"
    "  expected_purchase_value_nok: {purchase}\n  description: Kjøp i hele kommunen.\n"
)
FIX = (
    "Forklar i procurement.description hvem som skal kjøpe løsningen og i hvilket omfang, og "
    "oppgi et anslag i procurement.expected_purchase_value_nok."
)


def purchase(development: str, bought: str, lang: Lang = Lang.NB, **params: object) -> list[Found]:
    case = CASE.format(development=development, purchase=bought)
    call = with_rule(call_2017(), RuleId.PURCHASE_PROPORTION, **params) if params else None
    found = findings(case, lang=lang, call=call) if call else findings(case, lang=lang)
    return [f for f in found if f.rule == RuleId.PURCHASE_PROPORTION]


def small(development: str, bought: str, ratio: str) -> Found:
    message = (
        f"forventet kjøp {kr(bought)} er lite mot bedriftenes utviklingskostnader "
        f"{kr(development)} (under {ratio} ganger)"
    )
    return Found(10, 32, WARNING, RuleId.PURCHASE_PROPORTION, message, FIX)


def test_a_purchase_as_large_as_the_development_passes_and_one_krone_less_warns() -> None:
    assert purchase("8 000 000", "8 000 000") == []
    assert purchase("8 000 000", "7 999 999") == [small("8 000 000", "7 999 999", "1")]


def test_the_ratio_is_the_calls_in_the_readers_numbers() -> None:
    assert purchase("1 000 000", "2 500 000", min_ratio=2.5) == []
    assert purchase("1 000 000", "2 499 999", min_ratio=2.5) == [
        small("1 000 000", "2 499 999", "2,5")
    ]
    english = purchase("1 000 000", "2 499 999", Lang.EN, min_ratio=2.5)
    assert [(f.message, f.hint) for f in english] == [
        (
            f"the expected purchase {kr('2 499 999')} is small against the companies' "
            f"development costs {kr('1 000 000')} (below 2.5 times)",
            "Explain in procurement.description who is to buy the solution and to what "
            "extent, and give an estimate in procurement.expected_purchase_value_nok.",
        )
    ]


def test_without_a_ratio_or_development_nothing_is_said() -> None:
    assert purchase("8 000 000", "1", min_ratio=None) == []
    assert purchase("0", "0") == []  # nothing developed: no proportion to hold
    assert purchase("1", "0") == [small("1", "0", "1")]  # one krone is some development


def test_what_it_says_is_sketchkits_advice() -> None:
    result = check(CASE.format(development="8 000 000", purchase="1"))
    (finding,) = [f for f in result.findings if f.rule == RuleId.PURCHASE_PROPORTION]
    assert finding.basis is BasisKind.ADVICE and finding.source is None
