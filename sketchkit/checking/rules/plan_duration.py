"""The whole plan fits the call's longest duration (three years by default)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from sketchkit.calls.model import ParamKind
from sketchkit.checking.findings import BasisKind, Finding, Severity
from sketchkit.checking.rule import Context, Param, Rule, RuleInfo
from sketchkit.checking.ruleids import RuleId
from sketchkit.checking.rules._phases import phases
from sketchkit.core.dates import past_limit
from sketchkit.core.i18n import Msg
from sketchkit.core.numbers import format_number

INFO = RuleInfo(
    id=RuleId.PLAN_DURATION,
    severity=Severity.WARNING,
    summary=Msg(
        "Prosjektet varer ikke lenger enn utlysningen tillater (vanligvis 3 år).",
        "The project lasts no longer than the call allows (usually 3 years).",
    ),
    why=Msg(
        "Innovasjon Norge vurderer prosjekter på inntil tre år; lengre planer passer "
        "dårlig med ordningen.",
        "Innovasjon Norge assesses projects of up to three years; longer plans fit the "
        "scheme poorly.",
    ),
    fix=Msg(
        "Kort ned fasene, eller del prosjektet i trinn.",
        "Shorten the phases, or split the project into stages.",
    ),
    params=(
        Param(
            "max_years",
            ParamKind.NUMBER,
            Msg("lengste varighet i år", "longest duration in years"),
            required=True,
        ),
    ),
    basis=BasisKind.ADVICE,
    default_on=False,
    fields=(
        "/plan/phases/*/start",
        "/plan/phases/*/end",
    ),
)

_LONG = Msg(
    "planen varer fra {start} til {end}, lenger enn {limit} år: siste dag innenfor er {last}",
    "the plan runs from {start} to {end}, longer than {limit} years: the last day within is {last}",
)


def check(ctx: Context) -> Iterator[Finding]:
    limit = ctx.setting(INFO).number("max_years")
    dated = [p for p in phases(ctx) if p.start and p.end]
    if limit is None or not dated:
        return
    start = min(p.start for p in dated if p.start)
    last = max(dated, key=lambda p: p.end or start)
    assert last.end is not None
    # In calendar time, not in days of an average year (core.dates.past_limit).
    beyond = past_limit(start, limit)
    if beyond is None:
        return  # the limit lies past the year 9999: no plan reaches it
    if last.end >= beyond:
        yield ctx.finding(
            INFO,
            f"{last.pointer}/end",
            _LONG(
                ctx.lang,
                start=start.isoformat(),
                end=last.end.isoformat(),
                limit=format_number(limit, ctx.lang),
                last=(beyond - dt.timedelta(days=1)).isoformat(),
            ),
        )


RULE = Rule(INFO, check)
