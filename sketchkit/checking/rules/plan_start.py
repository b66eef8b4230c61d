"""No phase starts before the call's deadline: the project must not have started."""

from __future__ import annotations

from collections.abc import Iterator

from sketchkit.checking.findings import BasisKind, Finding, Severity
from sketchkit.checking.rule import Context, Rule, RuleInfo
from sketchkit.checking.ruleids import RuleId
from sketchkit.checking.rules._phases import phases
from sketchkit.core.i18n import Msg

INFO = RuleInfo(
    id=RuleId.PLAN_START,
    severity=Severity.WARNING,
    summary=Msg(
        "Ingen fase starter før søknadsfristen.", "No phase starts before the call's deadline."
    ),
    why=Msg(
        "Støtten skal utløse prosjektet: verken prosjektet eller samarbeidet med "
        "næringslivet kan ha startet når skissen sendes.",
        "The grant must trigger the project: neither the project nor the collaboration "
        "with business may have started when the sketch is sent.",
    ),
    fix=Msg(
        "Flytt startdatoen til etter fristen, eller forklar at arbeidet før fristen "
        "er forberedelser og ikke selve prosjektet.",
        "Move the start date after the deadline, or explain that work before it is "
        "preparation and not the project itself.",
    ),
    basis=BasisKind.ADVICE,
    default_on=False,
    fields=("/plan/phases/*/start",),
)

_EARLY = Msg(
    "fasen starter {start}, før utlysningens frist {deadline}",
    "the phase starts {start}, before the call's deadline {deadline}",
)


def check(ctx: Context) -> Iterator[Finding]:
    deadline = ctx.call.deadline.date()
    for p in phases(ctx):
        if p.start and p.start <= deadline:
            yield ctx.finding(
                INFO,
                f"{p.pointer}/start",
                _EARLY(ctx.lang, start=p.start.isoformat(), deadline=deadline.isoformat()),
            )


RULE = Rule(INFO, check)
