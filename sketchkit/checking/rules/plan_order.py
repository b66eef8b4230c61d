"""The phases follow the procedure's order: need clarification … purchase."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from sketchkit.checking.findings import BasisKind, Finding, Severity
from sketchkit.checking.rule import Context, Rule, RuleInfo
from sketchkit.checking.ruleids import RuleId
from sketchkit.checking.rules._phases import PHASE_ORDER, phases
from sketchkit.core.i18n import Msg

INFO = RuleInfo(
    id=RuleId.PLAN_ORDER,
    severity=Severity.WARNING,
    summary=Msg(
        "Fasene følger prosedyrens rekkefølge: behovsavklaring, markedsdialog, "
        "konkurranse, utvikling, anskaffelse.",
        "Phases follow the procedure's order: need clarification, market dialogue, "
        "competition, development, purchase.",
    ),
    why=Msg(
        "Innovasjonspartnerskap er en anskaffelsesprosedyre med faste steg; konkurransen "
        "kan ikke komme før behovet er avklart, og kjøpet kommer til slutt.",
        "Innovation partnership is a procurement procedure with fixed steps; the competition "
        "cannot come before the need is clarified, and the purchase comes last.",
    ),
    fix=Msg(
        "Sorter fasene i prosedyrens rekkefølge og rett datoene så de ikke starter før "
        "en tidligere fase.",
        "Sort the phases in the procedure's order and fix the dates so none starts before "
        "an earlier phase.",
    ),
    basis=BasisKind.ADVICE,
    fields=(
        "/plan/phases/*/phase",
        "/plan/phases/*/start",
    ),
)

_LISTED = Msg(
    "fasen «{phase}» står etter «{previous}», men kommer før den i prosedyren",
    "phase '{phase}' is listed after '{previous}' but comes before it in the procedure",
)
_STARTS = Msg(
    "fasen «{phase}» starter {start}, før den tidligere fasen «{previous}» starter {prev}",
    "phase '{phase}' starts {start}, before the earlier phase '{previous}' starts {prev}",
)


def check(ctx: Context) -> Iterator[Finding]:
    listed = [p for p in phases(ctx) if p.phase is not None]
    for before, after in itertools.pairwise(listed):
        assert before.phase is not None and after.phase is not None
        if PHASE_ORDER.index(after.phase) < PHASE_ORDER.index(before.phase):
            yield ctx.finding(
                INFO,
                f"{after.pointer}/phase",
                _LISTED(ctx.lang, phase=after.phase, previous=before.phase),
            )
        elif (
            after.phase != before.phase
            and before.start
            and after.start
            and after.start < before.start
        ):
            yield ctx.finding(
                INFO,
                f"{after.pointer}/start",
                _STARTS(
                    ctx.lang,
                    phase=after.phase,
                    start=after.start.isoformat(),
                    previous=before.phase,
                    prev=before.start.isoformat(),
                ),
            )


RULE = Rule(INFO, check)
