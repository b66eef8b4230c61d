"""Each rule parameter a call can set changes what the rule says, and nothing else does."""

from __future__ import annotations

from sketchkit.checking.ruleids import RuleId
from sketchkit.core.i18n import Lang
from tests.rules.sketch import call_2017, findings, with_rule


def _messages(case: str, rule: RuleId, **params: object) -> list[str]:
    call = with_rule(call_2017(), rule, **params)
    return [f.message for f in findings(case, call=call, lang=Lang.EN) if f.rule == rule]


def test_cost_savings_warn_share() -> None:
    # The example's baseline is NOK 820 m; 41 m is 5 %.
    case = "benefits:\n  cost_savings:\n    baseline_annual_cost_nok: 100\n    expected_annual_savings_nok: 30\n"
    assert _messages(case, RuleId.COST_SAVINGS, warn_share=0.5) == []
    assert _messages(case, RuleId.COST_SAVINGS, warn_share=0.25) == [
        "expected annual savings are 30 % of today's cost; above 25 % needs a strong case"
    ]
    assert _messages(case, RuleId.COST_SAVINGS, warn_share=None) == []


BUDGET = (
    "budget:\n  own_costs:\n    - item: Egne\n      amount_nok: 1 000 000\n"
    "  companies_development_nok: 9 000 000\n  own_contribution_nok: 1 000 000\n"
    "  requested_nok: {requested}\n"
)


def test_grant_limit_max_and_min() -> None:
    assert (
        _messages(BUDGET.format(requested="8 000 000"), RuleId.GRANT_LIMIT, max_nok=8_000_000) == []
    )
    assert _messages(
        BUDGET.format(requested="8 000 001"), RuleId.GRANT_LIMIT, max_nok=8_000_000
    ) == ["requested 8\u00a0000\u00a0001\u00a0kr is above the maximum 8\u00a0000\u00a0000\u00a0kr"]
    assert _messages(
        BUDGET.format(requested="7 999 999"), RuleId.GRANT_LIMIT, max_nok=None, min_nok=8_000_000
    ) == [
        "requested 7\u00a0999\u00a0999\u00a0kr is below the smallest amount 8\u00a0000\u00a0000\u00a0kr"
    ]


def test_grant_limit_unknown_tier() -> None:
    tiers = [{"id": "a", "title_en": "A", "max_nok": 1}]
    case = BUDGET.format(requested="5") + "  tier: b\n"
    assert _messages(case, RuleId.GRANT_LIMIT, max_nok=None, tiers=tiers) == [
        "unknown project type 'b'; the call has: a"
    ]


PROCUREMENT = (
    "procurement:\n  procedure: innovation_partnership\n"
    "  expected_purchase_value_nok: {purchase}\n  description: Kjøp i hele kommunen.\n"
)


def test_purchase_proportion_min_ratio() -> None:
    # The example's companies' development costs are NOK 8.8 m.
    case = PROCUREMENT.format(purchase="17 600 000")
    assert _messages(case, RuleId.PURCHASE_PROPORTION, min_ratio=2) == []
    assert _messages(case, RuleId.PURCHASE_PROPORTION, min_ratio=2.5) == [
        "the expected purchase 17\u00a0600\u00a0000\u00a0kr is small against the companies' "
        "development costs 8\u00a0800\u00a0000\u00a0kr (below 2.5 times)"
    ]
