"""The facts a sketch starts from, and how each is checked as soon as it is typed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sketchkit.checking.rules import org_number
from sketchkit.core.i18n import Lang, Msg
from sketchkit.core.identifiers import (
    display_org_number,
    email_ok,
    municipality_number_ok,
    phone_ok,
)

KINDS = ("municipality", "county_municipality", "state_agency", "health_trust", "other_public")
Check = Callable[[str, Lang], "str | None"]


def _org(value: str, lang: Lang) -> str | None:
    return org_number.diagnose(value, lang)


def _municipality(value: str, lang: Lang) -> str | None:
    if municipality_number_ok(value):
        return None
    return Msg(
        "et kommunenummer har 4 siffer, f.eks. 0301",
        "a municipality number has 4 digits, e.g. 0301",
    )(lang)


def _kind(value: str, lang: Lang) -> str | None:
    if value.strip() in KINDS:
        return None
    return Msg("velg en av: {k}", "choose one of: {k}")(lang, k=", ".join(KINDS))


def _email(value: str, lang: Lang) -> str | None:
    return (
        None
        if email_ok(value)
        else Msg(
            "ikke en e-postadresse; skriv f.eks. navn@kommune.no",
            "not an e-mail address; write e.g. name@kommune.no",
        )(lang)
    )


def _phone(value: str, lang: Lang) -> str | None:
    return (
        None
        if phone_ok(value)
        else Msg(
            "ikke et telefonnummer; skriv 8 siffer eller +landskode",
            "not a phone number; write 8 digits or +country code",
        )(lang)
    )


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
    Fact(
        "org_number",
        "/applicant/org_number",
        Msg("Organisasjonsnummer", "Organisation number"),
        _org,
    ),
    Fact("kind", "/applicant/kind", Msg("Type virksomhet", "Kind of body"), _kind),
    Fact(
        "municipality_number",
        "/applicant/municipality_number",
        Msg("Kommunenummer", "Municipality number"),
        _municipality,
    ),
    Fact("contact_name", "/applicant/contact/name", Msg("Kontaktperson", "Contact person"), _text),
    Fact(
        "contact_role",
        "/applicant/contact/role",
        Msg("Kontaktpersonens rolle", "Contact's role"),
        _text,
    ),
    Fact("contact_email", "/applicant/contact/email", Msg("E-post", "E-mail"), _email),
    Fact("contact_phone", "/applicant/contact/phone", Msg("Telefon", "Phone"), _phone),
)


def normalise(fact: Fact, value: str) -> str:
    """The value as it goes into the sketch (organisation numbers grouped as 964 965 226)."""
    value = value.strip()
    return display_org_number(value) if fact.option == "org_number" else value
