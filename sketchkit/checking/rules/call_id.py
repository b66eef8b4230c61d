"""The sketch names the call it is checked against."""

from __future__ import annotations

from collections.abc import Iterator

from sketchkit.checking.findings import BasisKind, Finding, Severity
from sketchkit.checking.rule import Context, Rule, RuleInfo
from sketchkit.checking.ruleids import RuleId
from sketchkit.core.i18n import Msg

INFO = RuleInfo(
    id=RuleId.CALL_ID,
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
    basis=BasisKind.ADVICE,
    fields=("/call",),
)

# A call the sketch names that sketchkit does not know: the checker reports it while choosing
# the call, before any rule runs. An error, because the result then answers the wrong call.
UNKNOWN = RuleInfo(
    id=RuleId.CALL_UNKNOWN,
    severity=Severity.ERROR,
    summary=Msg(
        "Utlysningen skissen oppgir, er en sketchkit kjenner.",
        "The call the sketch names is one sketchkit knows.",
    ),
    why=INFO.why,
    fix=INFO.fix,
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
