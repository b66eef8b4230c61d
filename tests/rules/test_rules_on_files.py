"""Every rule fires at the right line on a bad sketch, and never on the good examples."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sketchkit.checking.catalog import all_rule_infos
from sketchkit.checking.checker import CheckOptions, check_file
from sketchkit.checking.rules import RULES
from tests.conftest import BAD, EXAMPLES, GOOD_TODAY, expectations

BAD_FILES = sorted(BAD.glob("*.yaml"))


def _options(args: list[str]) -> CheckOptions:
    today = GOOD_TODAY
    if "--today" in args:
        today = args[args.index("--today") + 1]
    call = args[args.index("--call") + 1] if "--call" in args else None
    # The rules only: the clear-language advice has its own sketches and tests (tests/language).
    return CheckOptions(call=call, today=dt.date.fromisoformat(today), klarsprak=False)


@pytest.mark.parametrize("path", BAD_FILES, ids=lambda p: p.stem)
def test_bad_sketch_reports_exactly_what_it_declares(path: Path) -> None:
    expected, args = expectations(path)
    assert expected, f"{path.name} declares no '# expect:' comment"
    result = check_file(path, _options(args))
    found = {(f.line, f.rule) for f in result.findings}
    assert found == expected
    assert not result.valid or all(f.severity.value != "error" for f in result.findings)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.parent.name)
def test_good_examples_have_no_findings(path: Path) -> None:
    result = check_file(path, _options([]))
    assert result.findings == ()
    assert result.valid
    assert all(c.status.value == "met" for c in result.criteria)


def test_every_rule_has_a_bad_sketch() -> None:
    sketches = [*BAD_FILES, *sorted((BAD.parent / "klarsprak").glob("*.yaml"))]
    declared = {rule for path in sketches for _, rule in expectations(path)[0]}
    untested_here = {"not-text", "file-too-large", "yaml-limits"}  # need bytes no YAML file holds
    every = {info.id for info in all_rule_infos()}
    assert every - untested_here <= declared, sorted(every - untested_here - declared)


def test_rule_ids_are_unique_and_documented() -> None:
    infos = all_rule_infos()
    ids = [i.id for i in infos]
    assert len(ids) == len(set(ids))
    for info in infos:
        for msg in (info.summary, info.why, info.fix):
            assert msg.nb.strip() and msg.en.strip(), info.id
    assert len(RULES) >= 15
