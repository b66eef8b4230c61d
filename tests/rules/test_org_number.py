"""org-number: 9 digits with a valid MOD11 check digit; a partner is not the applicant."""

from __future__ import annotations

import pytest

from sketchkit.checking.ruleids import RuleId
from sketchkit.checking.rules.org_number import diagnose
from sketchkit.core.i18n import Lang
from tests.rules.sketch import ERROR, WARNING, Found, applicant, findings

HINT = "Sjekk nummeret på brreg.no; ofte er to siffer byttet om."


def org(value: str, message: str) -> Found:
    return Found(3, 15, ERROR, RuleId.ORG_NUMBER, message, HINT)


@pytest.mark.parametrize(
    "value",
    [
        "964 965 226",
        "964965226",
        "964\u00a0965\u00a0226",
        '"964965226"',
        "100000008",  # remainder 3: check digit 11 - 3
        "930000000",  # remainder 0: check digit 0
    ],
)
def test_valid_numbers_pass(value: str) -> None:
    assert findings(applicant(org_number=value)) == []


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("96496522", "«96496522» er ikke et organisasjonsnummer: det skal ha 9 siffer"),
        ("9649652260", "«9649652260» er ikke et organisasjonsnummer: det skal ha 9 siffer"),
        ('"964  965 226"', "«964  965 226» er ikke et organisasjonsnummer: det skal ha 9 siffer"),
        ("964-965-226", "«964-965-226» er ikke et organisasjonsnummer: det skal ha 9 siffer"),
        (
            "964 965 227",
            "organisasjonsnummeret 964 965 227 har feil kontrollsiffer: siste siffer skal være "
            "6, ikke 7",
        ),
        (
            "930000001",
            "organisasjonsnummeret 930000001 har feil kontrollsiffer: siste siffer skal være "
            "0, ikke 1",
        ),
        (
            "990000000",
            "organisasjonsnummeret 990000000 kan ikke finnes: de 8 første sifrene gir ikke noe "
            "gyldig kontrollsiffer",
        ),
    ],
)
def test_invalid_numbers_are_errors(value: str, message: str) -> None:
    assert findings(applicant(org_number=value)) == [org(value, message)]


def test_messages_in_english() -> None:
    assert diagnose(" 96496522 ", Lang.EN) == (
        "'96496522' is not an organisation number: it must have 9 digits"
    )
    assert diagnose("964 965 227", Lang.EN) == (
        "organisation number 964 965 227 has a wrong check digit: the last digit must be 6, not 7"
    )
    assert diagnose("990000000 ", Lang.EN) == (
        "organisation number 990000000 cannot exist: its first 8 digits allow no valid check digit"
    )
    assert diagnose("964 965 226", Lang.EN) is None


PARTNERS = """\
partners:
  - name: Sandnes kommune
    kind: municipality
    org_number: {first}
    role: Deler behovet og tester løsningen.
  - name: Bergen kommune
    kind: municipality
    org_number: {second}
    role: Deler behovet og tester løsningen.
"""


def partners(first: str, second: str, lang: Lang = Lang.NB) -> list[Found]:
    return findings(PARTNERS.format(first=first, second=second), lang=lang)


def test_partners_with_their_own_numbers_pass() -> None:
    assert partners("964 965 137", "964 338 531") == []


def test_a_partner_with_the_applicants_number_warns() -> None:
    assert partners("964 965 137", "964965226") == [
        Found(
            8,
            17,
            WARNING,
            RuleId.ORG_NUMBER,
            "partneren har samme organisasjonsnummer som søkeren",
            "Søkeren skal ikke stå som partner; fjern den eller rett nummeret.",
        )
    ]


def test_every_partners_number_is_checked_in_english() -> None:
    assert partners("964 965 138", "964 965 226", Lang.EN) == [
        Found(
            4,
            17,
            ERROR,
            RuleId.ORG_NUMBER,
            "organisation number 964 965 138 has a wrong check digit: the last digit must be 7, "
            "not 8",
            "Check the number at brreg.no; often two digits are swapped.",
        ),
        Found(
            8,
            17,
            WARNING,
            RuleId.ORG_NUMBER,
            "the partner has the same organisation number as the applicant",
            "The applicant should not be listed as a partner; remove it or fix the number.",
        ),
    ]


def test_two_partners_with_one_number_are_not_compared_with_each_other() -> None:
    assert partners("964 338 531", "964 338 531") == []


def test_an_invalid_applicant_number_is_not_compared_with_the_partners() -> None:
    case = applicant(org_number="964 965 227") + PARTNERS.format(
        first="964 965 227", second="964 338 531"
    )
    assert [(f.line, f.severity) for f in findings(case)] == [(3, ERROR), (14, ERROR)]


def test_partners_are_checked_when_the_applicant_has_no_number() -> None:
    case = applicant(org_number="''") + PARTNERS.format(first="964 965 138", second="964 338 531")
    assert [(f.line, f.rule) for f in findings(case)] == [(14, RuleId.ORG_NUMBER)]
