"""How well a sketch answers each of the call's criteria: met, weak or missing."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from sketchkit.calls import Call, Criterion
from sketchkit.checking.findings import Finding, Severity
from sketchkit.checking.rule import Context
from sketchkit.core import pointer as ptr
from sketchkit.core.i18n import Msg


class Status(enum.StrEnum):
    MET = "met"
    WEAK = "weak"
    MISSING = "missing"
    # The sketch could not be read (a YAML syntax error, a binary file): nothing was judged.
    NOT_ASSESSED = "not_assessed"


# How each status reads, one place for the report, the document and the overview.
STATUS_WORDS = {
    Status.MET: Msg("oppfylt", "met"),
    Status.WEAK: Msg("svak", "weak"),
    Status.MISSING: Msg("mangler", "missing"),
    Status.NOT_ASSESSED: Msg("ikke vurdert", "not assessed"),
}


@dataclass(frozen=True, slots=True)
class Coverage:
    criterion: Criterion
    status: Status


def coverage(ctx: Context, findings: Sequence[Finding]) -> list[Coverage]:
    """Derive each criterion's status from its fields and the findings on them.

    missing: none of its fields is answered; weak: some are not, or an error or
    warning sits on one of them; met: all are answered and none has a problem.
    """
    serious = [f for f in findings if f.severity is not Severity.INFO]
    out = []
    for criterion in ctx.call.criteria:
        answered = [ctx.answered(field) for field in criterion.fields]
        if not any(answered):
            status = Status.MISSING
        elif not all(answered) or any(
            ptr.is_within(f.pointer, field) for f in serious for field in criterion.fields
        ):
            status = Status.WEAK
        else:
            status = Status.MET
        out.append(Coverage(criterion, status))
    return out


def score(coverages: Sequence[Coverage]) -> float:
    """The share of criteria met, weighted by the call's weights where it gives them.

    sketchkit's own measure of how completely the sketch answers the criteria; it is not,
    and must never be presented as, the call owner's assessment.
    """
    total = sum(c.criterion.weight or 1.0 for c in coverages)
    met = sum(c.criterion.weight or 1.0 for c in coverages if c.status is Status.MET)
    return met / total if total else 0.0


def missing_coverage(call: Call) -> list[Coverage]:
    """Coverage for a sketch that could not be read at all: not assessed, which is not the
    same as missing (the answers may well be there, behind a syntax error)."""
    return [Coverage(c, Status.NOT_ASSESSED) for c in call.criteria]
