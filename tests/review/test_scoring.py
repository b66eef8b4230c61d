"""The jury maths on an example computed by hand: weights, ties, spread, conflicts."""

from __future__ import annotations

from fractions import Fraction

from sketchkit.review.jury import Evaluator, Jury, JuryCriterion, JurySketch
from sketchkit.review.scale import DEFAULT_SCALE
from sketchkit.review.scoring import compute
from sketchkit.review.sheets import Filled

JURY = Jury(
    call_id="test",
    call_title="Test",
    scale=DEFAULT_SCALE,
    anonymous=False,
    criteria=(
        JuryCriterion("a", "A", 2.0),
        JuryCriterion("b", "B", 1.0),
        JuryCriterion("c", "C", 1.0),
    ),
    sketches=(
        JurySketch("S01", "1.yaml", "En", "X"),
        JurySketch("S02", "2.yaml", "To", "Y"),
        JurySketch("S03", "3.yaml", "Tre", "Z"),
    ),
    evaluators=(Evaluator("E1", "e1"), Evaluator("E2", "e2"), Evaluator("E3", "e3")),
)


def _sheet(name: str, scores: dict[str, tuple[int, int, int]], conflicts: set[str]) -> Filled:
    f = Filled(Evaluator(name, name.lower()), f"{name}.yaml", conflicts=conflicts)
    for sketch, values in scores.items():
        for cid, v in zip("abc", values, strict=True):
            f.scores[sketch, cid] = v
    return f


SHEETS = [
    _sheet("E1", {"S01": (5, 4, 6), "S02": (7, 6, 6), "S03": (5, 5, 4)}, set()),
    _sheet("E2", {"S01": (6, 4, 5), "S02": (3, 5, 4), "S03": (5, 6, 4)}, set()),
    _sheet("E3", {"S01": (4, 5, 5), "S03": (5, 5, 5)}, {"S02"}),
]


def test_weighted_scores_ranking_ties_and_spread_by_hand() -> None:
    outcome = compute(JURY, SHEETS)
    by_id = {r.sketch.id: r for r in outcome.ranked}
    # S01: means a = (5+6+4)/3 = 5, b = (4+4+5)/3 = 13/3, c = (6+5+5)/3 = 16/3;
    #      weighted = (2·5 + 13/3 + 16/3) / (2+1+1) = (59/3) / 4 = 59/12 ≈ 4.92
    assert [c.mean for c in by_id["S01"].criteria] == [5, Fraction(13, 3), Fraction(16, 3)]
    assert by_id["S01"].weighted == Fraction(59, 12)
    # S03: a = 5, b = (5+6+5)/3 = 16/3, c = (4+4+5)/3 = 13/3 → the same 59/12: a tie.
    assert by_id["S03"].weighted == Fraction(59, 12)
    # S02: E3 declared a conflict, so only E1 and E2 count: a = (7+3)/2 = 5, b = 11/2, c = 5;
    #      weighted = (2·5 + 11/2 + 5) / 4 = 41/8 = 5.125
    assert by_id["S02"].weighted == Fraction(41, 8)
    assert by_id["S02"].conflicts == ("E3",)
    assert by_id["S02"].criteria[0].scores == {"E1": 7, "E2": 3}
    # Ranking: S02 first; S01 and S03 share second place (1, 2, 2).
    assert [(r.sketch.id, r.rank, r.tied) for r in outcome.ranked] == [
        ("S02", 1, False),
        ("S01", 2, True),
        ("S03", 2, True),
    ]
    # Spread: S02's criterion a runs 3–7 (4 points): flagged; S01's a runs 4–6 (2): not.
    assert [(s.sketch.id, c.criterion, c.spread) for s, c in outcome.flagged] == [("S02", "a", 4)]
    assert by_id["S01"].criteria[0].spread == 2 and not by_id["S01"].criteria[0].flagged
    assert outcome.unranked == () and outcome.unfinished == ()


def test_a_spread_of_exactly_three_is_flagged_and_two_is_not() -> None:
    sheets = [
        _sheet("E1", {"S01": (2, 4, 4), "S02": (4, 4, 4), "S03": (4, 4, 4)}, set()),
        _sheet("E2", {"S01": (5, 6, 4), "S02": (4, 4, 4), "S03": (4, 4, 4)}, set()),
    ]
    flagged = compute(JURY, sheets).flagged
    assert [(s.sketch.id, c.criterion, c.spread) for s, c in flagged] == [("S01", "a", 3)]


def test_missing_scores_leave_a_sketch_unranked_and_the_evaluator_unfinished() -> None:
    partial = _sheet("E1", {"S01": (5, 4, 6), "S02": (7, 6, 6)}, set())
    partial.missing.extend([("S03", "a"), ("S03", "b"), ("S03", "c")])
    outcome = compute(JURY, [partial], absent=["E2"])
    assert [r.sketch.id for r in outcome.ranked] == ["S02", "S01"]
    assert [r.sketch.id for r in outcome.unranked] == ["S03"]
    assert [(u.evaluator, u.missing, u.sheet) for u in outcome.unfinished] == [
        ("E1", 3, "E1.yaml"),
        ("E2", 9, None),
    ]
