"""The top manager's title reads as top management."""

from __future__ import annotations

import re
from collections.abc import Iterator

from sketchkit.calls.model import ParamKind
from sketchkit.checking.findings import Finding, Severity
from sketchkit.checking.rule import Context, Param, Rule, RuleInfo
from sketchkit.checking.ruleids import RuleId
from sketchkit.core.i18n import Msg

INFO = RuleInfo(
    id=RuleId.TOP_MANAGER,
    severity=Severity.WARNING,
    summary=Msg(
        "Topplederen har en tittel som toppleder (rådmann, kommunedirektør, direktør …).",
        "The top manager's title reads as top management (chief executive, director …).",
    ),
    why=Msg(
        "Utlysningen krever topplederforankring: prosjektet må være forankret hos den "
        "øverste lederen, ikke bare hos en avdeling.",
        "The call requires top-management anchoring: the project must be backed by the "
        "highest manager, not only by a department.",
    ),
    fix=Msg(
        "Oppgi virksomhetens øverste leder (rådmann/kommunedirektør, administrerende "
        "direktør, etatsdirektør) og hennes eller hans tittel.",
        "Name the body's highest manager (chief municipal executive, CEO, director general) "
        "and their title.",
    ),
    params=(
        Param(
            "titles",
            ParamKind.TEXTS,
            Msg(
                "titler som leses som toppledelse (hele ord, uansett store og små bokstaver)",
                "titles that read as top management (whole words, any case)",
            ),
            required=True,
        ),
    ),
    default_on=False,
)

_POINTER = "/anchoring/top_manager/title"
_NOT_TOP = Msg(
    "«{title}» leses ikke som toppledelse; forventet f.eks. {examples}",
    "'{title}' does not read as top management; expected e.g. {examples}",
)


def check(ctx: Context) -> Iterator[Finding]:
    title = ctx.text(_POINTER)
    titles = tuple(t.lower() for t in ctx.setting(INFO).texts("titles"))
    if title is None or not titles:
        return
    lowered = title.lower()
    for known in titles:
        if re.search(rf"(?<!\w){re.escape(known)}(?!\w)", lowered):
            return
    yield ctx.finding(
        INFO,
        _POINTER,
        _NOT_TOP(ctx.lang, title=title, examples=", ".join(titles[:3])),
        INFO.fix(ctx.lang),
    )


RULE = Rule(INFO, check)
