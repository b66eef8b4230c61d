"""Organisation numbers: 9 digits with a valid MOD11 check digit."""

from __future__ import annotations

from collections.abc import Iterator

from sketchkit.checking.findings import Finding, Severity
from sketchkit.checking.rule import Context, Rule, RuleInfo
from sketchkit.checking.ruleids import RuleId
from sketchkit.core.i18n import Lang, Msg
from sketchkit.core.identifiers import org_check_digit, org_number_digits

INFO = RuleInfo(
    id=RuleId.ORG_NUMBER,
    severity=Severity.ERROR,
    summary=Msg(
        "Organisasjonsnumre har 9 siffer og riktig kontrollsiffer.",
        "Organisation numbers have 9 digits and a valid check digit.",
    ),
    why=Msg(
        "Innovasjon Norge identifiserer søker og partnere ved organisasjonsnummeret i "
        "Enhetsregisteret; et feilskrevet nummer peker på feil virksomhet eller ingen.",
        "Innovasjon Norge identifies the applicant and partners by their number in the "
        "Central Coordinating Register; a mistyped number points at the wrong body or none.",
    ),
    fix=Msg(
        "Slå opp virksomheten på brreg.no og skriv av de 9 sifrene, gjerne som 964 965 226.",
        "Look the body up at brreg.no and copy its 9 digits, e.g. as 964 965 226.",
    ),
    fields=(
        "/applicant/org_number",
        "/partners/*/org_number",
    ),
)

_SHAPE = Msg(
    "«{value}» er ikke et organisasjonsnummer: det skal ha 9 siffer",
    "'{value}' is not an organisation number: it must have 9 digits",
)
_CHECK = Msg(
    "organisasjonsnummeret {value} har feil kontrollsiffer: siste siffer skal være {want}, "
    "ikke {got}",
    "organisation number {value} has a wrong check digit: the last digit must be {want}, not {got}",
)
_IMPOSSIBLE = Msg(
    "organisasjonsnummeret {value} kan ikke finnes: de 8 første sifrene gir ikke "
    "noe gyldig kontrollsiffer",
    "organisation number {value} cannot exist: its first 8 digits allow no valid check digit",
)
_HINT = Msg(
    "Sjekk nummeret på brreg.no; ofte er to siffer byttet om.",
    "Check the number at brreg.no; often two digits are swapped.",
)
_SAME = Msg(
    "partneren har samme organisasjonsnummer som søkeren",
    "the partner has the same organisation number as the applicant",
)
_SAME_HINT = Msg(
    "Søkeren skal ikke stå som partner; fjern den eller rett nummeret.",
    "The applicant should not be listed as a partner; remove it or fix the number.",
)


def diagnose(value: str, lang: Lang) -> str | None:
    """What is wrong with one organisation number, or None: shared by this rule and by the
    prompts of ``sketchkit new``, so both say the same."""
    digits = org_number_digits(value)
    if digits is None:
        return _SHAPE(lang, value=value.strip())
    want = org_check_digit(digits[:8])
    if want is None:
        return _IMPOSSIBLE(lang, value=value.strip())
    if want != int(digits[8]):
        return _CHECK(lang, value=value.strip(), want=want, got=digits[8])
    return None


def check(ctx: Context) -> Iterator[Finding]:
    places = ["/applicant/org_number"]
    places += [f"{p}/org_number" for p, _ in ctx.items("/partners")]
    applicant = None
    for pointer in places:
        value = ctx.text(pointer)
        if value is None:
            continue
        problem = diagnose(value, ctx.lang)
        if problem is not None:
            yield ctx.finding(INFO, pointer, problem, _HINT(ctx.lang))
            continue
        digits = org_number_digits(value)
        if pointer == places[0]:
            applicant = digits
        elif digits == applicant:
            yield ctx.finding(
                INFO, pointer, _SAME(ctx.lang), _SAME_HINT(ctx.lang), severity=Severity.WARNING
            )


RULE = Rule(INFO, check)
