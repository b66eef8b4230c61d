"""Municipality numbers: four digits, required when the applicant is a municipality."""

from __future__ import annotations

from collections.abc import Iterator

from sketchkit.checking.findings import Finding, Severity
from sketchkit.checking.rule import MISSING, Context, Rule, RuleInfo
from sketchkit.checking.ruleids import RuleId
from sketchkit.core.i18n import Msg
from sketchkit.core.identifiers import COUNTY_NUMBERS, municipality_number_ok

INFO = RuleInfo(
    id=RuleId.MUNICIPALITY_NUMBER,
    severity=Severity.ERROR,
    summary=Msg(
        "Kommuner oppgir kommunenummeret med fire siffer.",
        "Municipalities give their four-digit municipality number.",
    ),
    why=Msg(
        "Kommunenummeret viser hvilken kommune som søker, også etter sammenslåinger "
        "der navnet er likt.",
        "The municipality number shows which municipality applies, also after mergers "
        "where names stay alike.",
    ),
    fix=Msg(
        "Skriv de fire sifrene med ledende null, f.eks. «0301» for Oslo.",
        "Write the four digits with the leading zero, e.g. '0301' for Oslo.",
    ),
)

_REQUIRED = Msg(
    "søkeren er en kommune, men kommunenummer (municipality_number) mangler",
    "the applicant is a municipality, but municipality_number is missing",
)
_REQUIRED_HINT = Msg(
    'Legg til f.eks. municipality_number: "1103" under applicant.',
    'Add e.g. municipality_number: "1103" under applicant.',
)
_SHAPE = Msg(
    "«{value}» er ikke et kommunenummer: det skal ha nøyaktig 4 siffer",
    "'{value}' is not a municipality number: it must have exactly 4 digits",
)
_SHAPE_HINT = Msg(
    'Behold ledende null og skriv nummeret i anførselstegn: "0301".',
    'Keep the leading zero and quote the number: "0301".',
)
_COUNTY = Msg(
    "kommunenummeret {value} begynner med {county}, som ikke er noe fylkesnummer",
    "municipality number {value} starts with {county}, which is no county number",
)
_COUNTY_HINT = Msg(
    "De to første sifrene er fylket. Sjekk nummeret hos SSB.",
    "The first two digits are the county. Check the number with Statistics Norway.",
)


def check(ctx: Context) -> Iterator[Finding]:
    pointer = "/applicant/municipality_number"
    value = ctx.get(pointer)
    if value is MISSING or value is None:
        if ctx.get("/applicant/kind") == "municipality":
            yield ctx.finding(INFO, pointer, _REQUIRED(ctx.lang), _REQUIRED_HINT(ctx.lang))
        return
    if not isinstance(value, str):
        return
    if not municipality_number_ok(value):
        yield ctx.finding(INFO, pointer, _SHAPE(ctx.lang, value=value), _SHAPE_HINT(ctx.lang))
    elif value.strip()[:2] not in COUNTY_NUMBERS:
        yield ctx.finding(
            INFO,
            pointer,
            _COUNTY(ctx.lang, value=value.strip(), county=value.strip()[:2]),
            _COUNTY_HINT(ctx.lang),
            severity=Severity.WARNING,
        )


RULE = Rule(INFO, check)
