"""The call is still open on the day of checking."""

from __future__ import annotations

from collections.abc import Iterator

from sketchkit.checking.findings import Finding, Severity
from sketchkit.checking.rule import Context, Rule, RuleInfo
from sketchkit.checking.ruleids import RuleId
from sketchkit.core.i18n import Msg

INFO = RuleInfo(
    id=RuleId.DEADLINE,
    severity=Severity.WARNING,
    summary=Msg("Utlysningen er fortsatt åpen.", "The call is still open."),
    why=Msg(
        "En skisse som kommer etter fristen, blir ikke vurdert.",
        "A sketch that arrives after the deadline is not assessed.",
    ),
    fix=Msg(
        "Sjekk om det finnes en nyere utlysning (sketchkit calls), og bruk --call for å "
        "sjekke skissen mot den.",
        "Check for a newer call (sketchkit calls), and use --call to check the sketch against it.",
    ),
)

_CLOSED = Msg("utlysningen «{call}» stengte {deadline}", "the call '{call}' closed on {deadline}")


def check(ctx: Context) -> Iterator[Finding]:
    deadline = ctx.call.deadline
    if ctx.today > deadline.date():
        when = (
            deadline.strftime("%Y-%m-%d %H:%M")
            if (deadline.hour, deadline.minute) != (23, 59)
            else deadline.date().isoformat()
        )
        pointer = "/call" if "call" in (ctx.doc.data or {}) else ""
        yield ctx.finding(
            INFO, pointer, _CLOSED(ctx.lang, call=ctx.call.id, deadline=when), INFO.fix(ctx.lang)
        )


RULE = Rule(INFO, check)
