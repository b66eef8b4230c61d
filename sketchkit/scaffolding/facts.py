"""The facts a sketch starts from, and how each is checked as soon as it is typed."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from sketchkit.core.i18n import Lang, Msg
from sketchkit.core.identifiers import (
    display_org_number,
    format_org_number,
    municipality_number_ok,
    org_check_digit,
    org_number_digits,
)

KINDS = ("municipality", "county_municipality", "state_agency", "health_trust", "other_public")
_EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[A-Za-z]{2,}$")


def email_ok(value: str) -> bool:
    return _EMAIL.match(value.strip()) is not None


def phone_ok(value: str) -> bool:
    """Norwegian 8 digits, or an international number with a country code."""
    compact = re.sub(r"[\s\-.()\u00a0]", "", value)
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    if compact.startswith("+47"):
        return re.fullmatch(r"\+47\d{8}", compact) is not None
    if compact.startswith("+"):
        return re.fullmatch(r"\+[1-9]\d{6,14}", compact) is not None
    return re.fullmatch(r"\d{8}", compact) is not None


Check = Callable[[str, Lang], "str | None"]


def _org(value: str, lang: Lang) -> str | None:
    digits = org_number_digits(value)
    if digits is None:
        return Msg("et organisasjonsnummer har 9 siffer, f.eks. 964 965 226",
                   "an organisation number has 9 digits, e.g. 964 965 226")(lang)  # fmt: skip
    want = org_check_digit(digits[:8])
    if want != int(digits[8]):
        return Msg("{n} har feil kontrollsiffer; sjekk nummeret på brreg.no",
                   "{n} has a wrong check digit; check the number at brreg.no")(
            lang, n=format_org_number(digits))  # fmt: skip
    return None


def _municipality(value: str, lang: Lang) -> str | None:
    if municipality_number_ok(value):
        return None
    return Msg("et kommunenummer har 4 siffer, f.eks. 0301",
               "a municipality number has 4 digits, e.g. 0301")(lang)  # fmt: skip


def _kind(value: str, lang: Lang) -> str | None:
    if value.strip() in KINDS:
        return None
    return Msg("velg en av: {k}", "choose one of: {k}")(lang, k=", ".join(KINDS))


def _email(value: str, lang: Lang) -> str | None:
    return None if email_ok(value) else Msg(
        "ikke en e-postadresse; skriv f.eks. navn@kommune.no",
        "not an e-mail address; write e.g. name@kommune.no")(lang)  # fmt: skip


def _phone(value: str, lang: Lang) -> str | None:
    return None if phone_ok(value) else Msg(
        "ikke et telefonnummer; skriv 8 siffer eller +landskode",
        "not a phone number; write 8 digits or +country code")(lang)  # fmt: skip


def _text(value: str, lang: Lang) -> str | None:
    return None if value.strip() else Msg("kan ikke være tom", "cannot be empty")(lang)


@dataclass(frozen=True, slots=True)
class Fact:
    """One fact: the option that sets it, where it goes in the sketch and how it is checked."""

    option: str
    pointer: str
    prompt: Msg
    check: Check


FACTS: tuple[Fact, ...] = (
    Fact("title", "/title", Msg("Prosjektnavn", "Project name"), _text),
    Fact("applicant", "/applicant/name", Msg("Søkerens navn", "Applicant's name"), _text),
    Fact("org_number", "/applicant/org_number",
         Msg("Organisasjonsnummer", "Organisation number"), _org),
    Fact("kind", "/applicant/kind", Msg("Type virksomhet", "Kind of body"), _kind),
    Fact("municipality_number", "/applicant/municipality_number",
         Msg("Kommunenummer", "Municipality number"), _municipality),
    Fact("contact_name", "/applicant/contact/name", Msg("Kontaktperson", "Contact person"), _text),
    Fact("contact_role", "/applicant/contact/role", Msg("Kontaktpersonens rolle", "Contact's role"),
         _text),
    Fact("contact_email", "/applicant/contact/email", Msg("E-post", "E-mail"), _email),
    Fact("contact_phone", "/applicant/contact/phone", Msg("Telefon", "Phone"), _phone),
)  # fmt: skip


def normalise(fact: Fact, value: str) -> str:
    """The value as it goes into the sketch (organisation numbers grouped as 964 965 226)."""
    value = value.strip()
    return display_org_number(value) if fact.option == "org_number" else value
