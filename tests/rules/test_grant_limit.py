"""grant-limit: the grant applied for lies within the call's maximum, minimum or the range of the
project type (tier) the sketch names. Advice where the call's data gives no source."""

from __future__ import annotations

from typing import Any

from sketchkit.checking.findings import BasisKind
from sketchkit.checking.ruleids import RuleId
from sketchkit.core.i18n import Lang
from tests.rules.sketch import WARNING, Found, call_2017, check, findings, kr, with_rule

BUDGET = (
    "budget:\n  own_costs:\n    - item: Egne\n      amount_nok: 1 000 000\n"
    "  companies_development_nok: 30 000 000\n  own_contribution_nok: 1 000 000\n"
    "  requested_nok: {requested}\n"
)
TIERS = [
    {
        "id": "hovedprosjekt",
        "title_nb": "Hovedprosjekt",
        "title_en": "Main project",
        "min_nok": 10_000_000,
        "max_nok": 14_000_000,
    },
    {"id": "forprosjekt", "title_nb": "Forprosjekt", "title_en": "Pre-project", "max_nok": 250_000},
]
HINT = (
    "Juster omsøkt beløp (budget.requested_nok), eller velg riktig prosjekttype (budget.tier) der "
    "utlysningen har flere."
)


EN_HINT = (
    "Adjust the amount applied for (budget.requested_nok), or choose the right project type "
    "(budget.tier) where the call has several."
)


def grant(
    requested: str, tier: str | None = None, lang: Lang = Lang.NB, **params: Any
) -> list[Found]:
    case = BUDGET.format(requested=requested) + (f"  tier: {tier}\n" if tier is not None else "")
    call = with_rule(call_2017(), RuleId.GRANT_LIMIT, **params) if params else call_2017()
    return [f for f in findings(case, call=call, lang=lang) if f.rule == RuleId.GRANT_LIMIT]


def above(requested: str, limit: str, tier: str = "") -> Found:
    message = f"omsøkt {kr(requested)} er over taket {kr(limit)}{tier}"
    return Found(7, 18, WARNING, RuleId.GRANT_LIMIT, message, HINT)


def below(requested: str, limit: str, tier: str = "") -> Found:
    message = f"omsøkt {kr(requested)} er under det minste beløpet {kr(limit)}{tier}"
    return Found(7, 18, WARNING, RuleId.GRANT_LIMIT, message, HINT)


def test_the_2017_calls_maximum_both_sides() -> None:
    assert grant("10 000 000") == []
    assert grant("10 000 001") == [above("10 000 001", "10 000 000")]


def test_a_minimum_both_sides() -> None:
    assert grant("8 000 000", max_nok=None, min_nok=8_000_000) == []
    assert grant("7 999 999", max_nok=None, min_nok=8_000_000) == [below("7 999 999", "8 000 000")]


def test_without_limits_nothing_is_said() -> None:
    assert grant("999 000 000", max_nok=None) == []


def test_without_an_amount_nothing_is_said() -> None:
    case = BUDGET.format(requested="1").replace("  requested_nok: 1\n", "")
    call = with_rule(call_2017(), RuleId.GRANT_LIMIT, max_nok=1)
    assert [f for f in findings(case, call=call) if f.rule == RuleId.GRANT_LIMIT] == []


def test_with_tiers_the_sketch_must_name_one_at_the_budget() -> None:
    assert grant("5", max_nok=None, tiers=TIERS) == [
        Found(
            1,
            1,
            WARNING,
            RuleId.GRANT_LIMIT,
            "utlysningen har flere prosjekttyper (hovedprosjekt, forprosjekt); oppgi hvilken i "
            "budget.tier",
            None,
        )
    ]
    # Without a budget at all, the schema says what is missing; this rule says nothing.
    call = with_rule(call_2017(), RuleId.GRANT_LIMIT, max_nok=None, tiers=TIERS)
    without = findings("", drop=["budget"], call=call)
    assert [f for f in without if f.rule == RuleId.GRANT_LIMIT] == []


def test_an_unknown_tier_names_the_ones_there_are() -> None:
    assert grant("5", tier="mellomprosjekt", max_nok=None, tiers=TIERS) == [
        Found(
            8,
            9,
            WARNING,
            RuleId.GRANT_LIMIT,
            "ukjent prosjekttype «mellomprosjekt»; utlysningen har: hovedprosjekt, forprosjekt",
            None,
        )
    ]


def test_a_tiers_maximum_both_sides_and_its_title() -> None:
    assert grant("250 000", tier="forprosjekt", max_nok=None, tiers=TIERS) == []
    assert grant("250 001", tier="' forprosjekt '", max_nok=None, tiers=TIERS) == [
        above("250 001", "250 000", " for «Forprosjekt»")
    ]


def test_a_tiers_minimum_both_sides_in_every_language() -> None:
    assert grant("10 000 000", tier="hovedprosjekt", max_nok=None, tiers=TIERS) == []
    assert grant("9 999 999", tier="hovedprosjekt", max_nok=None, tiers=TIERS) == [
        below("9 999 999", "10 000 000", " for «Hovedprosjekt»")
    ]
    english = grant("9 999 999", tier="hovedprosjekt", lang=Lang.EN, max_nok=None, tiers=TIERS)
    assert [(f.message, f.hint) for f in english] == [
        (
            f"requested {kr('9 999 999')} is below the smallest amount {kr('10 000 000')} "
            "for 'Main project'",
            EN_HINT,
        )
    ]
    above_en = grant("14 000 001", tier="hovedprosjekt", lang=Lang.EN, max_nok=None, tiers=TIERS)
    assert [(f.message, f.hint) for f in above_en] == [
        (
            f"requested {kr('14 000 001')} is above the maximum {kr('14 000 000')} "
            "for 'Main project'",
            EN_HINT,
        )
    ]
    nynorsk = grant("9 999 999", tier="hovedprosjekt", lang=Lang.NN, max_nok=None, tiers=TIERS)
    assert [f.message for f in nynorsk] == [
        f"omsøkt {kr('9 999 999')} er under det minste beløpet {kr('10 000 000')} "
        "for «Hovudprosjekt»"
    ]


def test_a_tier_without_a_title_is_named_by_its_id() -> None:
    tiers = [{"id": "liten", "max_nok": 100}]
    assert grant("101", tier="liten", max_nok=None, tiers=tiers) == [
        above("101", "100", " for «liten»")
    ]


def test_a_tier_limit_that_is_not_a_whole_number_is_no_limit() -> None:
    # The call data may hold text in a table; a limit written as text is not one.
    tiers = [{"id": "liten", "title_nb": "Liten", "max_nok": "100", "min_nok": 50.5}]
    assert grant("101", tier="liten", max_nok=None, tiers=tiers) == []
    assert grant("1", tier="liten", max_nok=None, tiers=tiers) == []


def test_the_tiers_limits_replace_the_calls_own() -> None:
    # The call's max_nok of NOK 10 m does not hold for a main project of NOK 12 m.
    assert grant("12 000 000", tier="hovedprosjekt", tiers=TIERS) == []


def test_what_it_says_is_sketchkits_advice() -> None:
    (finding,) = [
        f
        for f in check(BUDGET.format(requested="10 000 001")).findings
        if f.rule == RuleId.GRANT_LIMIT
    ]
    assert finding.basis is BasisKind.ADVICE and finding.source is None
