"""The sketch names the call it is checked against."""

from __future__ import annotations

from collections.abc import Iterator

from sketchkit.checking.findings import Finding, Severity
from sketchkit.checking.rule import Context, Rule, RuleInfo
from sketchkit.core.i18n import Msg

INFO = RuleInfo(
    id="call-id",
    severity=Severity.WARNING,
    summary=Msg(
        "Skissen oppgir utlysningen den sjekkes mot.",
        "The sketch names the call it is checked against.",
    ),
    why=Msg(
        "Hver utlysning har egne kriterier og frister; en skisse skrevet for én utlysning "
        "svarer ikke nødvendigvis på en annen.",
        "Each call has its own criteria and deadlines; a sketch written for one call does "
        "not necessarily answer another.",
    ),
    fix=Msg(
        "Sett feltet call til utlysningens id (se sketchkit calls), eller bruk --call.",
        "Set the call field to the call's id (see sketchkit calls), or use --call.",
    ),
)

_OTHER = Msg(
    "skissen er skrevet for «{named}», men sjekkes mot «{used}»",
    "the sketch names '{named}' but is checked against '{used}'",
)


def check(ctx: Context) -> Iterator[Finding]:
    named = ctx.text("/call")
    if named is not None and named.strip() != ctx.call.id:
        yield ctx.finding(
            INFO,
            "/call",
            _OTHER(ctx.lang, named=named.strip(), used=ctx.call.id),
            INFO.fix(ctx.lang),
        )


RULE = Rule(INFO, check)
