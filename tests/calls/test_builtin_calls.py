"""Every built-in call is data only: it loads, its settings suit the rules, its scaffold checks
with nothing but placeholders to fill in, and the two calls added for #11 hold their facts."""

from __future__ import annotations

import datetime as dt

import pytest

from sketchkit.calls import builtin_call_ids, load_call
from sketchkit.checking.checker import CheckOptions, check_text
from sketchkit.checking.ruleids import RuleId
from sketchkit.checking.settings import applied_rules, check_settings
from sketchkit.core.i18n import Lang
from sketchkit.scaffolding.scaffold import scaffold
from tests.rules.sketch import findings

EARLY = dt.date(2017, 1, 1)


def test_the_calls_sketchkit_knows() -> None:
    assert builtin_call_ids() == [
        "innovasjonspartnerskap-2017",
        "innovasjonspartnerskap-2019",
        "innovasjonspartnerskap-2020",
        "stimulab-2018",
    ]


@pytest.mark.parametrize("call_id", builtin_call_ids())
@pytest.mark.parametrize("lang", [Lang.NB, Lang.NN, Lang.EN])
def test_every_calls_scaffold_checks_with_only_placeholders(call_id: str, lang: Lang) -> None:
    call = load_call(call_id, lang)
    check_settings(call, lang)
    text = scaffold(call, lang)
    result = check_text(text, options=CheckOptions(call=call_id, lang=lang, today=EARLY))
    assert result.call is not None and result.call.id == call_id
    assert {f.rule for f in result.findings} == {RuleId.PLACEHOLDER}, [
        (f.rule, f.pointer, f.message) for f in result.findings if f.rule != RuleId.PLACEHOLDER
    ]


def test_2019_has_two_tiers_and_an_uncertain_deadline() -> None:
    call = load_call("innovasjonspartnerskap-2019", Lang.EN)
    assert call.organisers == ("Innovasjon Norge", "Norges forskningsråd")
    assert call.deadline == dt.datetime(2019, 4, 10, 23, 59)
    assert call.deadline_note is not None and "12 February 2019" in call.deadline_note["en"]
    setting = call.setting(RuleId.GRANT_LIMIT)
    assert setting is not None and setting.basis.advice  # outcomes, not a quoted maximum
    assert [(t["id"], t.get("min_nok"), t["max_nok"]) for t in setting.table("tiers")] == [
        ("hovedprosjekt", 10_000_000, 14_000_000),
        ("forprosjekt", None, 250_000),
    ]
    assert call.unknown is not None and "250 000" in call.unknown["en"]


def _tier_case(tier: str | None, requested: str) -> str:
    line = f"  tier: {tier}\n" if tier else ""
    return (
        "call: innovasjonspartnerskap-2019\n"
        "budget:\n  own_costs:\n    - item: Egne ansatte\n      amount_nok: 100 000\n"
        f"  companies_development_nok: 20 000 000\n  own_contribution_nok: 100 000\n"
        f"  requested_nok: {requested}\n{line}"
    )


def _grant(tier: str | None, requested: str) -> list[tuple[int, str, str]]:
    found = findings(_tier_case(tier, requested), call="innovasjonspartnerskap-2019", lang=Lang.EN)
    return [(f.line, f.severity.value, f.message) for f in found if f.rule == RuleId.GRANT_LIMIT]


def test_2019_tiers_bound_the_grant() -> None:
    assert _grant("hovedprosjekt", "12 000 000") == []
    assert _grant("forprosjekt", "250 000") == []
    assert _grant("forprosjekt", "250 001") == [
        (
            8,
            "warning",
            "requested 250\u00a0001\u00a0kr is above the maximum 250\u00a0000\u00a0kr for 'Pre-project'",
        )
    ]
    assert _grant("hovedprosjekt", "9 999 999") == [
        (
            8,
            "warning",
            "requested 9\u00a0999\u00a0999\u00a0kr is below the smallest amount "
            "10\u00a0000\u00a0000\u00a0kr for 'Main project'",
        )
    ]
    assert _grant(None, "12 000 000") == [
        (
            2,
            "warning",
            "the call has several project types (hovedprosjekt, forprosjekt); say which in "
            "budget.tier",
        )
    ]


def test_stimulab_2018_is_another_scheme_with_its_own_criteria() -> None:
    call = load_call("stimulab-2018", Lang.EN)
    assert call.organisers == ("Difi",)
    assert call.deadline == dt.datetime(2018, 3, 9, 23, 59)
    assert [c.id for c in call.criteria] == [
        "brukerbehov",
        "lederforankring",
        "egen_ressursinnsats",
        "innovasjonspotensial",
        "gevinster",
        "laering",
        "apen_losning",
    ]
    assert not call.weighted
    # No amount is applied for and nothing is procured: those fields and rules are absent.
    props = call.schema["properties"]
    assert "procurement" not in props and "sharing" in props
    assert "requested_nok" not in props["budget"]["properties"]
    ids = {r.info.id for r in applied_rules(call)}
    assert RuleId.GRANT_LIMIT not in ids and RuleId.PURCHASE_PROPORTION not in ids
    top = call.setting(RuleId.TOP_MANAGER)
    assert top is not None and top.basis.source is not None
    assert top.basis.source.url is not None and top.basis.source.url.startswith(
        "https://www.difi.no/"
    )
    assert call.unknown is not None and "10 millioner ferske kroner" in call.unknown["en"]
