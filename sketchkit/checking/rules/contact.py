"""The contact person's e-mail address and phone number can be used."""

from __future__ import annotations

from collections.abc import Iterator

from sketchkit.checking.findings import Finding, Severity
from sketchkit.checking.rule import Context, Rule, RuleInfo
from sketchkit.checking.ruleids import RuleId
from sketchkit.core.i18n import Msg
from sketchkit.core.identifiers import email_ok, phone_ok

INFO = RuleInfo(
    id=RuleId.CONTACT,
    severity=Severity.ERROR,
    summary=Msg(
        "Kontaktpersonens e-post og telefon har riktig form.",
        "The contact's e-mail and phone are well-formed.",
    ),
    why=Msg(
        "Programstaben må kunne nå søkeren om skissen, f.eks. for å invitere til pitch.",
        "Programme staff must be able to reach the applicant, e.g. to invite a pitch.",
    ),
    fix=Msg(
        "Skriv en e-postadresse som navn@kommune.no og et telefonnummer med 8 siffer "
        "eller med landskode (+47 …).",
        "Write an e-mail such as name@kommune.no and a phone number with 8 digits or a "
        "country code (+47 …).",
    ),
    fields=(
        "/applicant/contact/email",
        "/applicant/contact/phone",
    ),
)

_BAD_EMAIL = Msg(
    "«{value}» er ikke en e-postadresse; forventet f.eks. navn@kommune.no",
    "'{value}' is not an e-mail address; expected e.g. name@kommune.no",
)
_BAD_PHONE = Msg(
    "«{value}» er ikke et telefonnummer; forventet 8 siffer (51 50 70 90) eller "
    "landskode (+47 51 50 70 90)",
    "'{value}' is not a phone number; expected 8 digits (51 50 70 90) or a country "
    "code (+47 51 50 70 90)",
)


def check(ctx: Context) -> Iterator[Finding]:
    email = ctx.text("/applicant/contact/email")
    if email is not None and not email_ok(email):
        yield ctx.finding(INFO, "/applicant/contact/email", _BAD_EMAIL(ctx.lang, value=email))
    phone = ctx.text("/applicant/contact/phone")
    if phone is not None and not phone_ok(phone):
        yield ctx.finding(INFO, "/applicant/contact/phone", _BAD_PHONE(ctx.lang, value=phone))


RULE = Rule(INFO, check)
