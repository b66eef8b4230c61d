"""Nothing is left from the scaffold: every ``<<FYLL INN>>`` is filled in."""

from __future__ import annotations

from collections.abc import Iterator

from sketchkit.checking.findings import Finding, Severity
from sketchkit.checking.rule import Context, Rule, RuleInfo
from sketchkit.checking.ruleids import RuleId
from sketchkit.core.i18n import Msg

INFO = RuleInfo(
    id=RuleId.PLACEHOLDER,
    severity=Severity.ERROR,
    summary=Msg(
        "Ingen plassholdere (<<FYLL INN>>, TODO, XXX) står igjen.",
        "No placeholders (<<FILL IN>>, TODO, XXX) are left.",
    ),
    why=Msg(
        "En plassholder betyr at et felt ikke er skrevet ennå; skissen er ikke ferdig.",
        "A placeholder means a field is not written yet; the sketch is not finished.",
    ),
    fix=Msg(
        "Erstatt plassholderen med deres eget svar.",
        "Replace the placeholder with your own answer.",
    ),
)

_LEFT = Msg("plassholderen «{text}» står igjen", "the placeholder '{text}' is still there")


def check(ctx: Context) -> Iterator[Finding]:
    for pointer, text in ctx.placeholders.items():
        yield ctx.finding(INFO, pointer, _LEFT(ctx.lang, text=text), INFO.fix(ctx.lang))


RULE = Rule(INFO, check)
