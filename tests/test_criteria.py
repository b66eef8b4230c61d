from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sketchkit.calls import Criterion
from sketchkit.checking.checker import CheckOptions, check_file, check_text
from sketchkit.checking.criteria import (
    Coverage,
    Status,
    coverage,
    missing_coverage,
    score,
)
from sketchkit.checking.findings import Finding, Severity
from sketchkit.checking.rule import Context
from sketchkit.core.i18n import Lang
from sketchkit.input.yamldoc import load
from tests.rules.sketch import call_2017

TODAY = CheckOptions(today=dt.date(2017, 8, 1))


def _statuses(path: Path) -> dict[str, str]:
    return {c.criterion.id: c.status.value for c in check_file(path, TODAY).criteria}


def test_a_warning_on_a_field_makes_its_criterion_weak(tmp_sketch: Path) -> None:
    text = tmp_sketch.read_text(encoding="utf-8")
    tmp_sketch.write_text(
        text.replace("41 000 000", "500 000 000"), encoding="utf-8"
    )  # savings above 50 % of baseline: a warning
    statuses = _statuses(tmp_sketch)
    assert statuses["cost_savings"] == "weak"
    assert statuses["unsolved_need"] == "met"


def test_criterion_with_no_field_answered_is_missing(tmp_sketch: Path) -> None:
    text = tmp_sketch.read_text(encoding="utf-8")
    start = text.index("innovation:\n")
    end = text.index("plan:\n")
    tmp_sketch.write_text(text[:start] + text[end:], encoding="utf-8")
    statuses = _statuses(tmp_sketch)
    assert statuses["novelty"] == "weak"  # existing_solutions still answers it in part
    assert statuses["business_involvement"] == "met"


def test_placeholders_do_not_count_as_answers() -> None:
    result = check_text(
        'call: innovasjonspartnerskap-2017\nbusiness_involvement:\n  market_dialogue: "<<FYLL INN>>"\n',
        options=TODAY,
    )
    by_id = {c.criterion.id: c.status for c in result.criteria}
    assert by_id["business_involvement"] is Status.MISSING
    assert set(by_id.values()) == {Status.MISSING}


# The fine detail: each status, the severities that count, what "answered" means, the score.


TWO = (
    Criterion("a", {"nb": "A"}, {"nb": "A"}, ("/a", "/b")),
    Criterion("c", {"nb": "C"}, {"nb": "C"}, ("/c",)),
)


def _context(text: str, criteria: tuple[Criterion, ...] = TWO) -> Context:
    doc, problems = load(text, Lang.NB)
    assert doc is not None and problems == []
    call = call_2017(criteria=criteria)
    return Context(doc=doc, call=call, lang=Lang.NB, today=dt.date(2017, 8, 1), folder=None)


def _finding(pointer: str, severity: Severity) -> Finding:
    return Finding("x", severity, "m", pointer, 1, 1)


def _status(text: str, findings: tuple[Finding, ...] = ()) -> dict[str, Status]:
    return {c.criterion.id: c.status for c in coverage(_context(text), list(findings))}


def test_all_answered_is_met_some_is_weak_none_is_missing() -> None:
    assert _status("a: x\nb: y\nc: z\n") == {"a": Status.MET, "c": Status.MET}
    assert _status("a: x\nc: z\n") == {"a": Status.WEAK, "c": Status.MET}
    assert _status("b: y\n") == {"a": Status.WEAK, "c": Status.MISSING}


@pytest.mark.parametrize("value", ["", "''", "[]", "{}", "null", "'<<FYLL INN>>'", "[TODO]"])
def test_what_is_not_an_answer(value: str) -> None:
    # Each alone: any of them treated as an answer would make "c" met.
    assert _status(f"a: x\nb: y\nc: {value}\n")["c"] is Status.MISSING


@pytest.mark.parametrize("value", ["0", "false", "x", "[x]", "{k: v}"])
def test_what_is_an_answer(value: str) -> None:
    assert _status(f"a: x\nb: y\nc: {value}\n")["c"] is Status.MET


@pytest.mark.parametrize(
    ("severity", "status"),
    [(Severity.ERROR, Status.WEAK), (Severity.WARNING, Status.WEAK), (Severity.INFO, Status.MET)],
)
def test_an_error_or_warning_on_a_field_or_below_it_makes_it_weak(
    severity: Severity, status: Status
) -> None:
    text = "a: x\nb: {d: y}\nc: z\n"
    assert _status(text, (_finding("/b/d", severity),))["a"] is status
    assert _status(text, (_finding("/b", severity),))["a"] is status
    # A finding elsewhere, or on a field whose name merely starts alike, says nothing about it.
    assert _status(text, (_finding("/bb", severity),))["a"] is Status.MET


def _coverages(*statuses: tuple[float | None, Status]) -> list[Coverage]:
    return [
        Coverage(Criterion(str(i), {}, {}, (), weight), status)
        for i, (weight, status) in enumerate(statuses)
    ]


def test_score_is_the_share_met_weighted_where_the_call_weighs() -> None:
    assert score(_coverages((None, Status.MET), (None, Status.WEAK))) == 0.5
    assert score(_coverages((3.0, Status.MET), (1.0, Status.MISSING))) == 0.75
    assert score(_coverages((3.0, Status.WEAK), (1.0, Status.MET))) == 0.25
    assert score(_coverages((None, Status.MET), (None, Status.MET))) == 1.0
    assert score([]) == 0.0


def test_an_unreadable_sketch_has_every_criterion_not_assessed() -> None:
    # Nobody could read it: «ikke vurdert», not «mangler», which would say nothing was answered.
    call = call_2017(criteria=TWO)
    assert missing_coverage(call) == [
        Coverage(TWO[0], Status.NOT_ASSESSED),
        Coverage(TWO[1], Status.NOT_ASSESSED),
    ]
