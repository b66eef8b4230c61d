"""The charts' data: arithmetic, labels in each language, and what is left out."""

from __future__ import annotations

import datetime as dt

import pytest

from sketchkit.core.i18n import Lang
from sketchkit.documents import charts
from sketchkit.documents import localise as loc

NBSP = "\u00a0"


def test_payback_nominal_and_discounted_differ_where_they_should() -> None:
    # 100 a year against a cost of 280: nominally covered in year 3 (300), but at 4 % the
    # present value after three years is 277.5, so only in year 4.
    chart = charts.costs(
        baseline=None, savings=100_000_000, horizon=5, project_cost=280_000_000, lang=Lang.NB
    )
    assert chart is not None
    assert chart.note == (
        "Besparelsen har dekket prosjektets kostnad i år 3. Med 4 % kalkulasjonsrente: i år 4."
    )
    years = chart.data["years"]
    assert [y["label"] for y in years] == ["1", "2", "3", "4", "5"]
    # The axis runs to 600 mill.: the largest value (500) rounded up to a step of 200.
    assert [t["label"] for t in chart.data["yticks"]][-1] == f"600{NBSP}mill.{NBSP}kr"
    assert years[-1]["cum"] == round(500 / 600, 4)
    assert years[0]["disc"] == round(100 / 1.04 / 600, 4)
    assert chart.data["cost"] == {
        "y": round(280 / 600, 4),
        "label": f"Prosjektets kostnad 280{NBSP}mill.{NBSP}kr",
    }


def test_costs_that_never_pay_back_say_so_in_nynorsk() -> None:
    chart = charts.costs(
        baseline=1_000_000_000, savings=1_000_000, horizon=3, project_cost=50_000_000, lang=Lang.NN
    )
    assert chart is not None
    assert chart.note == (
        f"Årleg kostnad i dag: 1{NBSP}000{NBSP}mill.{NBSP}kr. Venta innsparing: 1{NBSP}mill.{NBSP}kr "
        f"per år (0,1{NBSP}%). Innsparinga dekkjer ikkje kostnaden til prosjektet innan 3 år."
    )
    assert chart.caption == "Kostnader og innsparingar over 3 år"


@pytest.mark.parametrize("horizon", [None, 0, -2, float("nan"), float("inf"), True, "5"])
def test_no_costs_chart_without_a_sensible_horizon(horizon: object) -> None:
    assert (
        charts.costs(baseline=1, savings=1, horizon=horizon, project_cost=1, lang=Lang.NB) is None
    )


def test_a_very_long_horizon_is_cut() -> None:
    chart = charts.costs(baseline=None, savings=5, horizon=10**9, project_cost=None, lang=Lang.EN)
    assert chart is not None and len(chart.data["years"]) == 30


def test_timeline_places_phases_deadline_and_maximum() -> None:
    chart = charts.timeline(
        [
            ("Behovsavklaring", dt.date(2020, 1, 1), dt.date(2020, 6, 30)),
            ("Utvikling", dt.date(2020, 7, 1), dt.date(2021, 12, 31)),
        ],
        Lang.EN,
        deadline=dt.date(2019, 12, 1),
        max_years=3,
    )
    assert chart is not None
    marks = chart.data["marks"]
    assert [m["label"] for m in marks] == [
        "The call's deadline 1 Dec. 2019",
        "Maximum duration 3 years",
    ]
    assert marks[0]["x"] == 0.0  # the axis starts on the deadline's first of the month
    assert [t["label"] for t in chart.data["ticks"]] == ["2020", "2021", "2022", "2023"]
    assert chart.alt.startswith(
        "Timeline. Behovsavklaring: 1 January 2020 – 30 June 2020; Utvikling: 1 July 2020"
    )


def test_timeline_skips_phases_that_end_before_they_start() -> None:
    assert (
        charts.timeline(
            [("x", dt.date(2020, 2, 1), dt.date(2020, 1, 1))],
            Lang.NB,
            deadline=None,
            max_years=None,
        )
        is None
    )


def test_budget_bars_shares_and_financing() -> None:
    chart = charts.budget(
        [("Egne", 3_000_000), ("Utvikling", 9_000_000)],
        [("Egeninnsats", 4_000_000), ("Omsøkt beløp", 8_000_000)],
        Lang.NB,
    )
    assert chart is not None
    assert [i["value"] for i in chart.data["items"]] == [
        f"3{NBSP}000{NBSP}000{NBSP}kr (25{NBSP}%)",
        f"9{NBSP}000{NBSP}000{NBSP}kr (75{NBSP}%)",
    ]
    assert [i["frac"] for i in chart.data["items"]] == [round(3 / 9, 4), 1.0]
    assert [s["frac"] for s in chart.data["splits"]] == [round(4 / 12, 4), round(8 / 12, 4)]


def test_budget_splits_follow_the_schema_titles() -> None:
    titles = {"/budget/own_contribution_nok": "Egeninnsats", "/budget/requested_nok": "Omsøkt"}
    pairs = charts.budget_splits(
        {"own_contribution_nok": 1, "requested_nok": 2, "total_nok": 3}, titles.__getitem__
    )
    assert pairs == [("Egeninnsats", 1), ("Omsøkt", 2)]


@pytest.mark.parametrize(
    ("lang", "amount", "expected"),
    [
        (Lang.NB, 1_250_000, f"1{NBSP}250{NBSP}000{NBSP}kr"),
        (Lang.NN, 1_250_000, f"1{NBSP}250{NBSP}000{NBSP}kr"),
        (Lang.EN, 1_250_000, f"NOK{NBSP}1,250,000"),
    ],
)
def test_amounts_in_each_language(lang: Lang, amount: int, expected: str) -> None:
    assert loc.nok(lang, amount) == expected


def test_dates_in_each_language() -> None:
    day = dt.date(2017, 8, 21)
    assert loc.date(Lang.NB, day) == "21. august 2017"
    assert loc.date(Lang.NN, day, short=True) == "21. aug. 2017"
    assert loc.date(Lang.EN, day) == "21 August 2017"
    assert loc.millions(Lang.NB, 41_000_000) == f"41{NBSP}mill.{NBSP}kr"
    assert loc.millions(Lang.NB, 1_500_000) == f"1,5{NBSP}mill.{NBSP}kr"
    assert loc.percent(Lang.EN, 0.092) == "9.2%"


def test_timeline_ignores_dates_far_out_and_keeps_ticks_few() -> None:
    far = charts.timeline(
        [("x", dt.date(1, 1, 1), dt.date(9999, 12, 31))], Lang.NB, deadline=None, max_years=None
    )
    assert far is None
    wide = charts.timeline(
        [("x", dt.date(1900, 1, 1), dt.date(2200, 12, 31))],
        Lang.NB,
        deadline=dt.date(9999, 1, 1),
        max_years=None,
    )
    assert wide is not None and wide.data["marks"] == []
    assert len(wide.data["ticks"]) <= 13
