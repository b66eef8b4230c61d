"""cost-savings: above 0, no more than today's cost, and over 50 % of it only with a warning."""

from __future__ import annotations

import pytest

from sketchkit.checking.ruleids import RuleId
from sketchkit.core.i18n import Lang
from tests.rules.sketch import ERROR, NBSP, WARNING, Found, findings

BENEFITS = """\
benefits:
  cost_savings:
    baseline_annual_cost_nok: {baseline}
    expected_annual_savings_nok: {savings}
    horizon_years: 5
    assumptions: >
      Besparelsen bygger på at 40 færre personer trenger sykehjemsplass hvert år, til
      en kostnad på om lag 1 million kroner per plass.
  quality:
    description: >
      Brukerne kan bo trygt hjemme lenger og få hjelp når de faktisk trenger den, ikke
      bare til faste tider. Endringer i helse oppdages tidligere, fall forebygges.
    indicators:
      - indicator: Andel brukere som føler seg trygge om natten
        baseline: 62 %
        target: 85 %
"""
HIGH_HINT = "Forklar i assumptions hvordan en så stor besparelse kan nås."


def savings(baseline: str | int, value: str | int, lang: Lang = Lang.NB) -> list[Found]:
    return findings(BENEFITS.format(baseline=baseline, savings=value), lang=lang)


def high(share: int) -> Found:
    return Found(
        4,
        34,
        WARNING,
        RuleId.COST_SAVINGS,
        f"forventet årlig besparelse er {share} % av dagens kostnad; over 50 % må begrunnes godt",
        HIGH_HINT,
    )


@pytest.mark.parametrize(
    ("baseline", "value"),
    [
        (100, 1),
        (100, 50),  # exactly 50 %: no warning
        ("820 000 000", "410 000 000"),
        (0, 5),  # no cost today to compare with: nothing to say
    ],
)
def test_believable_savings_pass(baseline: str | int, value: str | int) -> None:
    assert savings(baseline, value) == []


def test_half_plus_one_krone_warns_with_the_share_rounded() -> None:
    assert savings("820 000 000", "410 000 001") == [high(50)]


def test_just_above_half_warns() -> None:
    assert savings(100, 51) == [high(51)]


def test_savings_equal_to_todays_cost_warn_at_100_percent() -> None:
    assert savings(100, 100) == [high(100)]


def test_savings_above_todays_cost_are_an_error() -> None:
    assert savings(100, 101) == [
        Found(
            4,
            34,
            ERROR,
            RuleId.COST_SAVINGS,
            f"forventet årlig besparelse 101{NBSP}kr er større enn dagens årlige kostnad 100{NBSP}kr",
        )
    ]


def test_zero_savings_are_an_error() -> None:
    assert savings(1, 0) == [
        Found(
            4,
            34,
            ERROR,
            RuleId.COST_SAVINGS,
            f"forventet årlig besparelse må være større enn 0; er 0{NBSP}kr",
        )
    ]


def test_negative_savings_are_an_error_and_not_compared_with_the_cost() -> None:
    assert savings(100, -300) == [
        Found(
            4,
            34,
            ERROR,
            RuleId.COST_SAVINGS,
            f"forventet årlig besparelse må være større enn 0; er -300{NBSP}kr",
        ),
        Found(
            4,
            34,
            ERROR,
            RuleId.SCHEMA_FORMAT,
            "«Forventet årlig besparelse (kr)» (benefits.cost_savings.expected_annual_savings_nok) "
            "må være et beløp i hele kroner, "
            "f.eks. 1 250 000; fant «-300»",
            "Forventet besparelse per år når løsningen er tatt i bruk.",
        ),
    ]


def test_a_negative_cost_today_is_left_to_the_schema() -> None:
    assert savings(-5, 3) == [
        Found(
            3,
            31,
            ERROR,
            RuleId.SCHEMA_FORMAT,
            "«Årlig kostnad i dag (kr)» (benefits.cost_savings.baseline_annual_cost_nok) "
            "må være et beløp i hele kroner, "
            "f.eks. 1 250 000; fant «-5»",
            "Hva området koster per år i dag.",
        )
    ]


def test_messages_in_english() -> None:
    assert (
        savings(100, 0, Lang.EN)[0].message
        == f"expected annual savings must be above 0; is 0{NBSP}kr"
    )
    assert savings(100, 101, Lang.EN)[0].message == (
        f"expected annual savings 101{NBSP}kr exceed today's annual cost 100{NBSP}kr"
    )
    assert savings(100, 60, Lang.EN) == [
        Found(
            4,
            34,
            WARNING,
            RuleId.COST_SAVINGS,
            "expected annual savings are 60 % of today's cost; above 50 % needs a strong case",
            "Explain in assumptions how such a large saving can be reached.",
        )
    ]


def test_a_cost_today_of_one_krone_is_compared_with() -> None:
    # The smallest cost there is to compare with: a baseline of 0 is skipped, of 1 is not.
    assert savings(1, 1) == [high(100)]
