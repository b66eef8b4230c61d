"""Each phase of the plan ends after it starts."""

from __future__ import annotations

from collections.abc import Iterator

from sketchkit.checking.findings import Finding, Severity
from sketchkit.checking.rule import Context, Rule, RuleInfo
from sketchkit.checking.ruleids import RuleId
from sketchkit.checking.rules._phases import phases
from sketchkit.core.i18n import Msg

INFO = RuleInfo(
    id=RuleId.PLAN_DATES,
    severity=Severity.ERROR,
    summary=Msg("Hver fase slutter etter at den starter.", "Each phase ends after it starts."),
    why=Msg(
        "En fase som slutter før den starter, er en skrivefeil som gjør planen uleselig.",
        "A phase that ends before it starts is a typo that makes the plan unreadable.",
    ),
    fix=Msg("Rett start- eller sluttdatoen.", "Correct the start or end date."),
    fields=(
        "/plan/phases/*/start",
        "/plan/phases/*/end",
    ),
)

_ORDER = Msg(
    "fasen slutter {end}, før den starter {start}", "the phase ends {end}, before it starts {start}"
)


def check(ctx: Context) -> Iterator[Finding]:
    for p in phases(ctx):
        if p.start and p.end and p.end <= p.start:
            yield ctx.finding(
                INFO,
                f"{p.pointer}/end",
                _ORDER(ctx.lang, start=p.start.isoformat(), end=p.end.isoformat()),
            )


RULE = Rule(INFO, check)
