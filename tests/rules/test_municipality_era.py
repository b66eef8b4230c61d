"""municipality-number against the call's date: SSB's numbers on both sides of 2020 and 2024.

The call's date is its deadline; ``call_2017(deadline=…)`` moves it, so that one sketch is read
as written for a call before and after each reform.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from sketchkit.checking import codelists
from sketchkit.checking.findings import BasisKind
from sketchkit.checking.ruleids import RuleId
from sketchkit.core.i18n import Lang
from tests.rules.sketch import ERROR, WARNING, Found, call_2017, check, findings

CHANGED_HINT = "Skriv nummeret som gjaldt på utlysningens dato."
NAME_HINT = "Bruk navnet virksomheten hadde på utlysningens dato."


def body(name: str, kind: str = "municipality", number: str | None = None) -> str:
    """An applicant ``name`` of ``kind``; its name on line 2 (column 9), the number on line 5
    (column 24)."""
    out = f"applicant:\n  name: {name}\n  org_number: 964 965 226\n  kind: {kind}\n"
    if number is not None:
        out += f'  municipality_number: "{number}"\n'
    return out + (
        "  contact:\n    name: Kari Nordmann\n    role: Prosjektleder\n"
        "    email: kari@example.no\n    phone: 51 50 70 90\n"
    )


def on(day: dt.date, case: str, lang: Lang = Lang.NB) -> list[Found]:
    """The municipality-number findings for ``case`` in a call whose deadline is ``day``."""
    call = call_2017(deadline=dt.datetime.combine(day, dt.time(17)))
    found = findings(case, call=call, today=dt.date(2017, 1, 1), lang=lang)
    return [f for f in found if f.rule == RuleId.MUNICIPALITY_NUMBER]


def number(line: int, message: str, hint: str = CHANGED_HINT) -> Found:
    return Found(line, 24, ERROR, RuleId.MUNICIPALITY_NUMBER, message, hint)


def name(message: str, line: int = 2, column: int = 9) -> Found:
    return Found(line, column, WARNING, RuleId.MUNICIPALITY_NUMBER, message, NAME_HINT)


BEFORE_2020, FROM_2020 = dt.date(2019, 12, 31), dt.date(2020, 1, 1)
BEFORE_2024, FROM_2024 = dt.date(2023, 12, 31), dt.date(2024, 1, 1)


def test_bergen_is_1201_until_2019_and_4601_from_2020() -> None:
    assert on(BEFORE_2020, body("Bergen kommune", number="1201")) == []
    assert on(FROM_2020, body("Bergen kommune", number="1201")) == [
        number(
            5,
            "kommunenummeret 1201 (Bergen) gjaldt til 2019-12-31; på utlysningens dato "
            "2020-01-01 er nummeret 4601 (Bergen)",
        )
    ]
    assert on(FROM_2020, body("Bergen kommune", number="4601")) == []
    assert on(BEFORE_2020, body("Bergen kommune", number="4601")) == [
        number(
            5,
            "kommunenummeret 4601 (Bergen) gjelder fra 2020-01-01; på utlysningens dato "
            "2019-12-31 var nummeret 1201 (Bergen)",
        )
    ]


def test_stavanger_keeps_1103_through_every_reform() -> None:
    for day in (dt.date(2017, 8, 21), BEFORE_2020, FROM_2020, BEFORE_2024, FROM_2024):
        assert on(day, body("Stavanger kommune", number="1103")) == []


def test_a_merger_names_every_number_it_was() -> None:
    assert on(dt.date(2017, 8, 21), body("Alver kommune", number="4631")) == [
        number(
            5,
            "kommunenummeret 4631 (Alver) gjelder fra 2020-01-01; på utlysningens dato "
            "2017-08-21 var nummeret 1256 (Meland), 1260 (Radøy) eller 1263 (Lindås)",
        )
    ]


def test_numbers_of_2020_counties_changed_in_2024() -> None:
    assert on(BEFORE_2024, body("Halden kommune", number="3001")) == []
    assert on(FROM_2024, body("Halden kommune", number="3001")) == [
        number(
            5,
            "kommunenummeret 3001 (Halden) gjaldt til 2023-12-31; på utlysningens dato "
            "2024-01-01 er nummeret 3101 (Halden)",
        )
    ]


def test_a_split_names_every_number_it_became() -> None:
    assert on(FROM_2024, body("Ålesund kommune", number="1507")) == [
        number(
            5,
            "kommunenummeret 1507 (Ålesund) gjaldt til 2023-12-31; på utlysningens dato "
            "2024-01-01 er nummeret 1508 (Ålesund) eller 1580 (Haram)",
        )
    ]


def test_a_number_never_in_use_under_a_real_county() -> None:
    assert on(dt.date(2017, 8, 21), body("Bergen kommune", number="1299")) == [
        number(
            5,
            "1299 er ikke noe kommunenummer på utlysningens dato 2017-08-21",
            "Sjekk nummeret i SSBs kommuneliste for 2017; de to første sifrene er fylket.",
        )
    ]


def test_a_number_of_another_municipality_warns_on_the_name() -> None:
    assert on(FROM_2020, body("Stavanger kommune", number="4601")) == [
        Found(
            2,
            9,
            WARNING,
            RuleId.MUNICIPALITY_NUMBER,
            "kommunenummeret 4601 er Bergen på utlysningens dato, men søkeren heter "
            "«Stavanger kommune»",
            "Rett nummeret eller navnet så de viser til samme kommune.",
        )
    ]


def test_hordaland_became_vestland_in_2020() -> None:
    hordaland = body("Hordaland fylkeskommune", "county_municipality")
    assert on(BEFORE_2020, hordaland) == []
    assert on(FROM_2020, hordaland) == [
        name(
            "«Hordaland fylkeskommune»: Hordaland (12) fantes til 2019-12-31; på utlysningens "
            "dato 2020-01-01 er det 46 (Vestland)"
        )
    ]
    vestland = body("Vestland fylkeskommune", "county_municipality")
    assert on(FROM_2020, vestland) == []
    assert on(BEFORE_2020, vestland) == [
        name(
            "«Vestland fylkeskommune»: Vestland (46) finnes fra 2020-01-01; på utlysningens "
            "dato 2019-12-31 var det 12 (Hordaland) og 14 (Sogn og Fjordane)"
        )
    ]


def test_troms_og_finnmark_was_divided_in_2024() -> None:
    both = body("Troms og Finnmark fylkeskommune", "county_municipality")
    assert on(BEFORE_2024, both) == []
    assert on(FROM_2024, both, Lang.EN) == [
        Found(
            2,
            9,
            WARNING,
            RuleId.MUNICIPALITY_NUMBER,
            "'Troms og Finnmark fylkeskommune': Troms og Finnmark (54) existed until "
            "2023-12-31; on the call's date 2024-01-01 it is 55 (Troms) or 56 (Finnmark)",
            "Use the name the body had on the call's date.",
        )
    ]


def test_a_partner_named_after_a_merged_municipality() -> None:
    partner = (
        "partners:\n  - name: Lindås kommune\n    org_number: 964 338 531\n"
        "    kind: municipality\n    role: Partner i utprøvingen.\n"
    )
    assert on(BEFORE_2020, partner) == []
    assert on(FROM_2020, partner) == [
        name(
            "«Lindås kommune»: Lindås (1263) fantes til 2019-12-31; på utlysningens dato "
            "2020-01-01 er det 4631 (Alver)",
            column=11,
        )
    ]


def test_number_errors_are_about_the_sketch_itself_and_a_missing_number_is_advice() -> None:
    call = call_2017(deadline=dt.datetime(2020, 4, 16, 17))
    wrong = check(body("Bergen kommune", number="1201"), call=call, today=dt.date(2017, 1, 1))
    assert [(f.severity, f.basis) for f in wrong.findings if f.rule == "municipality-number"] == [
        (ERROR, BasisKind.INTEGRITY)
    ]
    missing = check(body("Bergen kommune"), call=call, today=dt.date(2017, 1, 1))
    assert [(f.severity, f.basis) for f in missing.findings if f.rule == "municipality-number"] == [
        (WARNING, BasisKind.ADVICE)
    ]


@pytest.mark.parametrize(
    "day",
    [dt.date(2017, 6, 1), dt.date(2018, 6, 1), dt.date(2019, 6, 1), dt.date(2022, 6, 1)],
)
def test_every_county_on_a_date_has_municipalities_and_no_more(day: dt.date) -> None:
    """The county list (SSB 104) and the municipality list (SSB 131) agree on every date."""
    counties = {c.number for c in codelists.counties() if c.valid_on(day)}
    assert counties == {m.number[:2] for m in codelists.municipalities() if m.valid_on(day)}


def test_the_code_lists_say_their_source_and_date() -> None:
    for file in ("municipalities.csv", "municipality_changes.csv", "counties.csv"):
        head = (codelists._DATA / file).read_text(encoding="utf-8")[:1500]
        assert "Statistics Norway (SSB)" in head
        assert re.search(r"for sketchkit on \d{4}-\d{2}-\d{2}\.", head), file


def test_before_the_lists_begin_nothing_is_said() -> None:
    """A call dated before 2017 (a call folder of one's own): the lists cannot tell."""
    day = dt.date(2016, 6, 1)
    assert on(day, body("Stavanger kommune", number="1103")) == []
    assert on(day, body("Bergen kommune", number="4601")) == []
    assert on(day, body("Vestland fylkeskommune", "county_municipality")) == []


def test_every_short_name_starts_its_full_name() -> None:
    # codelists._named relies on it to skip shortening names that cannot match.
    units = codelists.municipalities() + codelists.counties()
    assert all(u.name.casefold().startswith(u.short_name.casefold()) for u in units)
    assert {u.short_name for u in codelists.municipalities_named("deatnu")} == {"Deatnu"}
    assert {u.number for u in codelists.municipalities_named(" våler ")} >= {"3419", "3018"}


def test_a_number_out_of_use_in_english_and_nynorsk() -> None:
    bergen = body("Bergen kommune", number="1201")
    assert [f.message for f in on(FROM_2020, bergen, Lang.EN)] == [
        "municipality number 1201 (Bergen) was in use until 2019-12-31; on the call's date "
        "2020-01-01 the number is 4601 (Bergen)"
    ]
    alver = body("Alver kommune", number="4631")
    assert [f.message for f in on(dt.date(2017, 8, 21), alver, Lang.EN)] == [
        "municipality number 4631 (Alver) is in use from 2020-01-01; on the call's date "
        "2017-08-21 the number was 1256 (Meland), 1260 (Radøy) or 1263 (Lindås)"
    ]
    assert [f.message for f in on(dt.date(2017, 8, 21), alver, Lang.NN)] == [
        "kommunenummeret 4631 (Alver) gjeld frå 2020-01-01; på datoen til utlysinga, "
        "2017-08-21, var nummeret 1256 (Meland), 1260 (Radøy) eller 1263 (Lindås)"
    ]


def test_a_partner_named_after_a_municipality_made_later_names_all_it_was() -> None:
    partner = (
        "partners:\n  - name: Alver kommune\n    org_number: 964 338 531\n"
        "    kind: municipality\n    role: Partner i utprøvingen.\n"
    )
    assert on(FROM_2020, partner) == []
    assert on(dt.date(2017, 8, 21), partner) == [
        name(
            "«Alver kommune»: Alver (4631) finnes fra 2020-01-01; på utlysningens dato "
            "2017-08-21 var det 1256 (Meland), 1260 (Radøy) og 1263 (Lindås)",
            column=11,
        )
    ]


def test_a_name_out_of_use_between_two_periods_says_what_it_last_was() -> None:
    # Vestfold was 07 until 2019, part of Vestfold og Telemark (38) 2020-2023, 39 from 2024.
    vestfold = body("Vestfold fylkeskommune", "county_municipality")
    assert on(dt.date(2021, 6, 1), vestfold) == [
        name(
            "«Vestfold fylkeskommune»: Vestfold (07) fantes til 2019-12-31; på utlysningens "
            "dato 2021-06-01 er det 38 (Vestfold og Telemark)"
        )
    ]
    assert on(BEFORE_2020, vestfold) == [] and on(FROM_2024, vestfold) == []
    assert [f.message for f in on(dt.date(2021, 6, 1), vestfold, Lang.EN)] == [
        "'Vestfold fylkeskommune': Vestfold (07) existed until 2019-12-31; on the call's date "
        "2021-06-01 it is 38 (Vestfold og Telemark)"
    ]


def test_the_lists_begin_on_2017_01_01() -> None:
    bergen = body("Bergen kommune", number="4601")
    assert on(dt.date(2016, 12, 31), bergen) == []  # before the lists: sketchkit cannot tell
    assert [f.message for f in on(dt.date(2017, 1, 1), bergen)] == [
        "kommunenummeret 4601 (Bergen) gjelder fra 2020-01-01; på utlysningens dato "
        "2017-01-01 var nummeret 1201 (Bergen)"
    ]


def test_number_messages_and_hints_in_english() -> None:
    assert on(FROM_2020, body("Bergen kommune", number="1201"), Lang.EN)[0].hint == (
        "Write the number that was in use on the call's date."
    )
    (never,) = on(dt.date(2017, 8, 21), body("Bergen kommune", number="1299"), Lang.EN)
    assert (never.message, never.hint) == (
        "1299 is no municipality number on the call's date 2017-08-21",
        "Check the number in Statistics Norway's list for 2017; the first two digits are the "
        "county.",
    )


def test_a_name_made_later_of_a_county_in_english() -> None:
    vestland = body("Vestland fylkeskommune", "county_municipality")
    assert [f.message for f in on(BEFORE_2020, vestland, Lang.EN)] == [
        "'Vestland fylkeskommune': Vestland (46) exists from 2020-01-01; on the call's date "
        "2019-12-31 it was 12 (Hordaland) and 14 (Sogn og Fjordane)"
    ]


def test_a_split_and_another_municipalitys_number_in_english() -> None:
    assert [f.message for f in on(FROM_2024, body("Ålesund kommune", number="1507"), Lang.EN)] == [
        "municipality number 1507 (Ålesund) was in use until 2023-12-31; on the call's date "
        "2024-01-01 the number is 1508 (Ålesund) or 1580 (Haram)"
    ]
    (other,) = on(FROM_2020, body("Stavanger kommune", number="4601"), Lang.EN)
    assert (other.message, other.hint) == (
        "municipality number 4601 is Bergen on the call's date, but the applicant is called "
        "'Stavanger kommune'",
        "Correct the number or the name so both refer to the same municipality.",
    )
