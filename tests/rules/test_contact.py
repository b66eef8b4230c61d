"""contact: the contact's e-mail address and phone number can be used."""

from __future__ import annotations

import pytest

from sketchkit.checking.ruleids import RuleId
from sketchkit.core.i18n import Lang
from tests.rules.sketch import ERROR, Found, applicant, findings

PHONE = (
    "«{}» er ikke et telefonnummer; forventet 8 siffer (51 50 70 90) eller landskode "
    "(+47 51 50 70 90)"
)


@pytest.mark.parametrize(
    "email", ["kari@stavanger.kommune.no", "a@b.co", "ola.nordmann+skisse@nav.no"]
)
def test_usable_addresses_pass(email: str) -> None:
    assert findings(applicant(email=email)) == []


@pytest.mark.parametrize("email", ["kari@stavanger", "kari stavanger.no", "a@b.c", "kari@@x.no"])
def test_unusable_addresses_are_errors(email: str) -> None:
    assert findings(applicant(email=email)) == [
        Found(
            9,
            12,
            ERROR,
            RuleId.CONTACT,
            f"«{email}» er ikke en e-postadresse; forventet f.eks. navn@kommune.no",
        )
    ]


@pytest.mark.parametrize(
    "phone", ["51507090", "+47 51 50 70 90", "0047 51507090", "(+47) 51-50-70-90", "+1234567"]
)
def test_usable_numbers_pass(phone: str) -> None:
    assert findings(applicant(phone=f'"{phone}"')) == []


@pytest.mark.parametrize("phone", ["5150709", "+47 5150709", "+123456", "0151507090"])
def test_unusable_numbers_are_errors(phone: str) -> None:
    assert findings(applicant(phone=f'"{phone}"')) == [
        Found(10, 12, ERROR, RuleId.CONTACT, PHONE.format(phone))
    ]


def test_both_wrong_in_english() -> None:
    assert findings(applicant(email="kari", phone="123"), lang=Lang.EN) == [
        Found(
            9,
            12,
            ERROR,
            RuleId.CONTACT,
            "'kari' is not an e-mail address; expected e.g. name@kommune.no",
        ),
        Found(
            10,
            12,
            ERROR,
            RuleId.CONTACT,
            "'123' is not a phone number; expected 8 digits (51 50 70 90) or a country code "
            "(+47 51 50 70 90)",
        ),
    ]
