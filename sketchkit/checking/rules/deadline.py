"""The call is still open at the moment of checking, to the minute, in the call's time zone.

The 2020 call closed on 16 April 2020 at 17:00 Europe/Oslo; a sketch checked at 17:30 that day
is late. ``--now`` gives the moment (``2020-04-16T17:30``, read in the call's time zone unless
it names its own); ``--today`` gives a day, read as its first minute; without either, the
moment is now where the call is run. A call that gives a date but no time (2017) closes at the
end of that day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from sketchkit.calls.describe import date_only, is_open, local, shown
from sketchkit.checking.findings import BasisKind, Finding, Severity
from sketchkit.checking.rule import Context, Rule, RuleInfo
from sketchkit.checking.ruleids import RuleId
from sketchkit.core.i18n import Msg

INFO = RuleInfo(
    id=RuleId.DEADLINE,
    severity=Severity.WARNING,
    summary=Msg(
        "Utlysningen er fortsatt åpen (frist med klokkeslett og tidssone).",
        "The call is still open (deadline with time of day and time zone).",
    ),
    why=Msg(
        "En skisse som kommer etter fristen, blir ikke vurdert.",
        "A sketch that arrives after the deadline is not assessed.",
    ),
    fix=Msg(
        "Sjekk om det finnes en nyere utlysning (sketchkit calls), og bruk --call for å "
        "sjekke skissen mot den.",
        "Check for a newer call (sketchkit calls), and use --call to check the sketch against it.",
    ),
    basis=BasisKind.ADVICE,
    fields=("/call",),
)

_CLOSED = Msg("utlysningen «{call}» stengte {deadline}", "the call '{call}' closed on {deadline}")
_TODAY = Msg(
    "utlysningen «{call}» stenger i dag klokka {time} ({zone})",
    "the call '{call}' closes today at {time} ({zone})",
)
_TODAY_HINT = Msg(
    "Send skissen i god tid før fristen; Innovasjon Norges frister gjelder til minuttet.",
    "Send the sketch well before the deadline; Innovasjon Norge's deadlines hold to the minute.",
)


def check(ctx: Context) -> Iterator[Finding]:
    call = ctx.call
    moment = ctx.now if ctx.now is not None else dt.datetime.combine(ctx.today, dt.time())
    pointer = "/call" if "call" in (ctx.doc.data or {}) else ""
    if not is_open(call, moment):
        yield ctx.finding(
            INFO,
            pointer,
            _CLOSED(ctx.lang, call=call.id, deadline=shown(call)),
            INFO.fix(ctx.lang),
        )
    elif local(moment, call).date() == call.deadline.date() and not date_only(call):
        yield ctx.finding(
            INFO,
            pointer,
            _TODAY(
                ctx.lang,
                call=call.id,
                time=call.deadline.strftime("%H:%M"),
                zone=call.timezone,
            ),
            _TODAY_HINT(ctx.lang),
            severity=Severity.INFO,
        )


RULE = Rule(INFO, check)
