"""top-manager: the title of the administration's head, per kind of body and period.

Periods: «rådmann» before the 2018 kommunelov took effect (October 2019), «kommunedirektør»
after; Oslo and Bergen have a «byråd»; an «ordfører» is a politician and gets a warning naming
the administrative title expected. The call's date is moved with ``call_2017(deadline=…)``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from sketchkit.calls.model import RuleSetting
from sketchkit.checking.ruleids import RuleId
from sketchkit.core.i18n import Lang
from tests.rules.sketch import WARNING, Found, call_2017, findings

FIX = (
    "Oppgi administrasjonens øverste leder og tittelen hennes eller hans slik den var på "
    "utlysningens dato."
)
Y2017, Y2020 = dt.date(2017, 8, 21), dt.date(2020, 4, 16)


def case(title: str, kind: str = "municipality", number: str | None = "1103") -> str:
    """An applicant of ``kind`` and an anchoring whose title is on line 14 (13 without a
    municipality number), column 12."""
    name = {
        "municipality": "Stavanger kommune",
        "county_municipality": "Rogaland fylkeskommune",
        "health_trust": "Helse Stavanger HF",
        "state_agency": "Statens vegvesen",
    }[kind]
    applicant = f"applicant:\n  name: {name}\n  org_number: 964 965 226\n  kind: {kind}\n"
    applicant += f'  municipality_number: "{number}"\n' if number else "  x-nr: 0\n"
    applicant += (
        "  contact:\n    name: Kari Nordmann\n    role: Prosjektleder\n"
        "    email: kari@example.no\n    phone: 51 50 70 90\n"
    )
    anchoring = (
        f"anchoring:\n  top_manager:\n    name: Per Hansen\n    title: {title}\n"
        "  resources:\n    person_months: 36\n    budget_nok: 3 000 000\n"
    )
    return applicant.replace("  x-nr: 0\n", "") + anchoring


def on(day: dt.date, text: str, lang: Lang = Lang.NB, **call: object) -> list[Found]:
    chosen = call_2017(deadline=dt.datetime.combine(day, dt.time(12)), **call)
    found = findings(text, call=chosen, today=dt.date(2017, 1, 1), lang=lang)
    return [f for f in found if f.rule == RuleId.TOP_MANAGER]


def warning(title: str, expected: str, line: int, political: bool = False) -> Found:
    message = (
        f"«{title}» er et politisk verv, ikke administrasjonens øverste leder; forventet {expected}"
        if political
        else f"«{title}» er ikke tittelen til administrasjonens øverste leder hos denne søkeren "
        f"på utlysningens dato; forventet {expected}"
    )
    return Found(line, 12, WARNING, RuleId.TOP_MANAGER, message, FIX)


@pytest.mark.parametrize("title", ["Rådmann", "Kommunedirektør", "rådmann i Stavanger"])
def test_a_municipalitys_head_passes_in_either_period(title: str) -> None:
    assert on(Y2017, case(title)) == []
    assert on(Y2020, case(title)) == []


def test_a_mayor_is_a_politician_and_the_title_expected_follows_the_period() -> None:
    assert on(Y2017, case("Ordfører")) == [warning("Ordfører", "rådmann", 14, political=True)]
    assert on(Y2020, case("Ordfører")) == [
        warning("Ordfører", "kommunedirektør (eller rådmann)", 14, political=True)
    ]
    assert on(Y2020, case("Varaordfører")) == [
        warning("Varaordfører", "kommunedirektør (eller rådmann)", 14, political=True)
    ]


def test_the_2018_kommunelov_takes_effect_in_october_2019() -> None:
    just_before, from_then = dt.date(2019, 9, 30), dt.date(2019, 10, 1)
    assert on(just_before, case("Seksjonsleder")) == [warning("Seksjonsleder", "rådmann", 14)]
    assert on(from_then, case("Seksjonsleder")) == [
        warning("Seksjonsleder", "kommunedirektør (eller rådmann)", 14)
    ]


@pytest.mark.parametrize(("number", "day"), [("0301", Y2017), ("0301", Y2020), ("1201", Y2017)])
def test_oslo_and_bergen_are_led_by_their_city_government(number: str, day: dt.date) -> None:
    byrad = "byrådsleder eller byråd for området (byrådsstyre)"
    assert on(day, case("Kommunedirektør", number=number)) == [
        warning("Kommunedirektør", byrad, 14)
    ]
    assert on(day, case("Byrådsleder", number=number)) == []
    assert on(day, case("Byråd for miljø og samferdsel", number=number)) == []


def test_county_municipalities() -> None:
    kind = "county_municipality"
    assert on(Y2017, case("Fylkesrådmann", kind, None)) == []
    assert on(Y2020, case("Fylkesdirektør", kind, None)) == []
    assert on(Y2017, case("Fylkesordfører", kind, None)) == [
        warning("Fylkesordfører", "fylkesrådmann", 13, political=True)
    ]
    assert on(Y2020, case("Fylkesordfører", kind, None)) == [
        warning(
            "Fylkesordfører",
            "fylkeskommunedirektør (eller fylkesdirektør)",
            13,
            political=True,
        )
    ]


def test_health_trusts_and_agencies() -> None:
    assert on(Y2017, case("Administrerende direktør", "health_trust", None)) == []
    assert on(Y2017, case("Klinikksjef", "health_trust", None)) == [
        warning("Klinikksjef", "administrerende direktør", 13)
    ]
    assert on(Y2017, case("Vegdirektør", "state_agency", None)) == []


def test_in_english() -> None:
    assert on(Y2020, case("Mayor"), Lang.EN) == [
        Found(
            14,
            12,
            WARNING,
            RuleId.TOP_MANAGER,
            "'Mayor' is a political office, not the head of the administration; expected chief "
            "municipal executive (kommunedirektør or rådmann)",
            "Name the head of the administration and their title as it was on the call's date.",
        )
    ]


def test_a_call_may_accept_more_titles() -> None:
    base = call_2017()
    extra = dataclasses.replace(
        base,
        rules={
            **base.rules,
            "top-manager": RuleSetting("top-manager", params={"titles": ["Programeier"]}),
        },
    )
    text = case("Programeier")
    assert on(Y2017, text) == [warning("Programeier", "rådmann", 14)]
    assert [f for f in findings(text, call=extra) if f.rule == RuleId.TOP_MANAGER] == []


# From the per-rule boundary tests (wave/tests), kept with issue #11's titles: whole words, any
# case, and titles that only contain a top title do not count.
@pytest.mark.parametrize(
    "title", ["Rådmann", "RÅDMANN", "Kommunedirektør i Stavanger", "Fungerende rådmann"]
)
def test_top_titles_match_as_whole_words_in_any_case(title: str) -> None:
    assert on(Y2017, case(title)) == []


@pytest.mark.parametrize(
    "title", ["Prosjektleder", "Rådmannens stab", "Underdirektør", "Direktørens rådgiver"]
)
def test_titles_that_only_contain_a_top_title_warn(title: str) -> None:
    assert on(Y2017, case(title)) == [warning(title, "rådmann", 14)]


def test_an_administrative_title_not_the_head_in_english() -> None:
    (found,) = on(Y2020, case("Seksjonsleder for IT"), Lang.EN)
    assert (found.message, found.hint) == (
        "'Seksjonsleder for IT' is not the title of the administration's head at this applicant "
        "on the call's date; expected chief municipal executive (kommunedirektør or rådmann)",
        "Name the head of the administration and their title as it was on the call's date.",
    )
