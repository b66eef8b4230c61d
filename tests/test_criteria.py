from __future__ import annotations

import datetime as dt
from pathlib import Path

from sketchkit.checking.checker import CheckOptions, check_file, check_text
from sketchkit.checking.criteria import Status

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
