"""The jury's arithmetic, exact: fractions, not floats, so that ties are real ties.

Per sketch and criterion: the mean of the evaluators' scores (an evaluator with a conflict
of interest is left out) and the spread (highest minus lowest), flagged at SPREAD_FLAG points or
more. Per sketch: the weighted score, Σ weight × criterion mean / Σ weight. A sketch is ranked
when every criterion has at least one score; equal weighted scores share a rank (1, 2, 2, 4).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from sketchkit.review.jury import Jury, JurySketch
from sketchkit.review.sheets import Filled

SPREAD_FLAG = 3


@dataclass(frozen=True)
class CriterionResult:
    criterion: str
    scores: dict[str, int]  # evaluator name → score
    mean: Fraction | None
    spread: int | None

    @property
    def flagged(self) -> bool:
        return self.spread is not None and self.spread >= SPREAD_FLAG


@dataclass(frozen=True)
class SketchResult:
    sketch: JurySketch
    criteria: tuple[CriterionResult, ...]
    weighted: Fraction | None  # None: some criterion has no score yet
    conflicts: tuple[str, ...]  # evaluators who declared a conflict
    rank: int | None = None
    tied: bool = False


@dataclass(frozen=True)
class Unfinished:
    evaluator: str
    missing: int  # scores still to give
    sheet: str | None  # None: no sheet was found


@dataclass(frozen=True)
class Outcome:
    ranked: tuple[SketchResult, ...]  # best first
    unranked: tuple[SketchResult, ...]
    unfinished: tuple[Unfinished, ...]

    @property
    def flagged(self) -> list[tuple[SketchResult, CriterionResult]]:
        return [(s, c) for s in (*self.ranked, *self.unranked) for c in s.criteria if c.flagged]


def compute(jury: Jury, sheets: Sequence[Filled], absent: Sequence[str] = ()) -> Outcome:
    """``sheets``: the evaluators' checked sheets; ``absent``: evaluators with no sheet."""
    weights = {c.id: Fraction(c.weight).limit_denominator(10_000) for c in jury.criteria}
    results = []
    for sketch in jury.sketches:
        per_criterion = []
        for c in jury.criteria:
            scores = {
                f.evaluator.name: f.scores[sketch.id, c.id]
                for f in sheets
                if (sketch.id, c.id) in f.scores and sketch.id not in f.conflicts
            }
            values = list(scores.values())
            per_criterion.append(
                CriterionResult(
                    c.id,
                    scores,
                    Fraction(sum(values), len(values)) if values else None,
                    max(values) - min(values) if values else None,
                )
            )
        complete = all(r.mean is not None for r in per_criterion)
        weighted: Fraction | None = None
        if complete:
            total = sum((weights[r.criterion] for r in per_criterion), Fraction(0))
            points = sum(
                (weights[r.criterion] * r.mean for r in per_criterion if r.mean is not None),
                Fraction(0),
            )
            weighted = points / total
        conflicts = tuple(f.evaluator.name for f in sheets if sketch.id in f.conflicts)
        results.append(SketchResult(sketch, tuple(per_criterion), weighted, conflicts))
    scored = sorted(
        (r for r in results if r.weighted is not None),
        key=lambda r: (-(r.weighted or 0), r.sketch.id),
    )
    first: dict[Fraction | None, int] = {}
    count: dict[Fraction | None, int] = {}
    for i, r in enumerate(scored):
        first.setdefault(r.weighted, i + 1)
        count[r.weighted] = count.get(r.weighted, 0) + 1
    ranked = [
        SketchResult(
            r.sketch, r.criteria, r.weighted, r.conflicts, first[r.weighted], count[r.weighted] > 1
        )
        for r in scored
    ]
    unfinished = [Unfinished(f.evaluator.name, len(f.missing), f.path) for f in sheets if f.missing]
    unfinished += [
        Unfinished(name, len(jury.sketches) * len(jury.criteria), None) for name in absent
    ]
    return Outcome(
        tuple(ranked),
        tuple(r for r in results if r.weighted is None),
        tuple(unfinished),
    )
