"""municipality-number: four digits, a known county, advised for a municipality.

The numbers' periods (a number in use on the call's date, what it was or became) are tested in
test_municipality_era.py."""

from __future__ import annotations

import pytest

from sketchkit.checking.ruleids import RuleId
from sketchkit.core.i18n import Lang
from tests.rules.sketch import ERROR, WARNING, Found, applicant, findings

SHAPE_HINT = 'Behold ledende null og skriv nummeret i anførselstegn: "0301".'
COUNTY_HINT = "De to første sifrene er fylket. Sjekk nummeret hos SSB."
REQUIRED = "søkeren er en kommune, men kommunenummer (municipality_number) mangler"
REQUIRED_HINT = 'Legg til f.eks. municipality_number: "1103" under applicant.'
WITHOUT_NUMBER = applicant().replace('  municipality_number: "1103"\n', "")


# Changed with issue #11: 0301 is Oslo, not the base sketch's Stavanger (a name warning), and
# 5001 and 5601 were not in use on the 2017 call's date; see test_municipality_era.py.
@pytest.mark.parametrize("value", ['"1103"', "1103", '" 1103 "'])
def test_four_digits_of_a_known_county_pass(value: str) -> None:
    assert findings(applicant(municipality_number=value)) == []


@pytest.mark.parametrize("value", ["301", "03011", "abcd", "11 03"])
def test_anything_but_four_digits_is_an_error(value: str) -> None:
    assert findings(applicant(municipality_number=f'"{value}"')) == [
        Found(
            5,
            24,
            ERROR,
            RuleId.MUNICIPALITY_NUMBER,
            f"«{value}» er ikke et kommunenummer: det skal ha nøyaktig 4 siffer",
            SHAPE_HINT,
        )
    ]


@pytest.mark.parametrize(("value", "county"), [("2101", "21"), ("9901", "99"), (" 1301", "13")])
def test_an_unknown_county_is_an_error(value: str, county: str) -> None:
    # Changed with issue #11: SSB's lists are complete for 2017 on, so this is now certain.
    assert findings(applicant(municipality_number=f'"{value}"')) == [
        Found(
            5,
            24,
            ERROR,
            RuleId.MUNICIPALITY_NUMBER,
            f"kommunenummeret {value.strip()} begynner med {county}, som ikke er noe fylkesnummer",
            COUNTY_HINT,
        )
    ]


def test_a_municipality_without_a_number_is_advised_to_give_it() -> None:
    # The finding sits on the applicant section, where the field is to be added. Changed with
    # issue #11: no call asks for the number, so it is sketchkit's advice, a warning.
    assert findings(WITHOUT_NUMBER) == [
        Found(1, 1, WARNING, RuleId.MUNICIPALITY_NUMBER, REQUIRED, REQUIRED_HINT)
    ]


def test_an_empty_number_is_missing_too() -> None:
    assert findings(applicant(municipality_number="")) == [
        Found(5, 23, WARNING, RuleId.MUNICIPALITY_NUMBER, REQUIRED, REQUIRED_HINT),
        Found(
            5,
            23,
            ERROR,
            RuleId.SCHEMA_TYPE,
            "«Kommunenummer» (applicant.municipality_number) er tomt; forventet tekst",
            "Kommunenummeret med fire siffer, med ledende null (0301 for Oslo). Påkrevd for "
            "kommuner.",
        ),
    ]


def test_other_applicants_need_no_number_but_one_given_is_checked() -> None:
    # (An agency with a «Rådmann» gets a top-manager warning, not counted here.)
    agency = WITHOUT_NUMBER.replace("kind: municipality", "kind: state_agency")
    assert [f for f in findings(agency) if f.rule != RuleId.TOP_MANAGER] == []
    given = findings(applicant(kind="state_agency", municipality_number='"301"'))
    assert [f.rule for f in given if f.rule != RuleId.TOP_MANAGER] == [RuleId.MUNICIPALITY_NUMBER]


def test_messages_in_english() -> None:
    assert findings(WITHOUT_NUMBER, lang=Lang.EN) == [
        Found(
            1,
            1,
            WARNING,
            RuleId.MUNICIPALITY_NUMBER,
            "the applicant is a municipality, but municipality_number is missing",
            'Add e.g. municipality_number: "1103" under applicant.',
        )
    ]
    assert findings(applicant(municipality_number='"301"'), lang=Lang.EN) == [
        Found(
            5,
            24,
            ERROR,
            RuleId.MUNICIPALITY_NUMBER,
            "'301' is not a municipality number: it must have exactly 4 digits",
            'Keep the leading zero and quote the number: "0301".',
        )
    ]
    assert findings(applicant(municipality_number='"2101"'), lang=Lang.EN) == [
        Found(
            5,
            24,
            ERROR,
            RuleId.MUNICIPALITY_NUMBER,
            "municipality number 2101 starts with 21, which is no county number",
            "The first two digits are the county. Check the number with Statistics Norway.",
        )
    ]
