"""Every rule fires on a bad sketch exactly as its snapshot says, and never on the good examples.

The bad sketches are patches of one example (tests/sketches/README.md); each case's snapshot,
``tests/sketches/bad/<name>.expected``, holds line, column, severity, rule, message and hint of
every finding. ``pytest --update-snapshots`` writes them anew; nothing else does.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sketchkit.checking.catalog import all_rule_infos
from sketchkit.checking.checker import CheckOptions, check_file
from sketchkit.checking.clear_language import RULE_IDS
from sketchkit.checking.ruleids import RuleId
from sketchkit.checking.rules import RULES
from tests.conftest import EXAMPLES, GOOD_TODAY
from tests.sketches.patches import (
    CASES,
    EXAMPLE,
    Patch,
    PatchError,
    all_patches,
    check_case,
    load_patch,
    snapshot,
)

PATCHES = all_patches()
# Bytes no patch of a YAML text can make; tests/rules/test_file_rules.py has them. The
# clear-language advice has its own sketches and tests in tests/language.
NOT_AS_PATCHES = {RuleId.NOT_TEXT, RuleId.FILE_TOO_LARGE, *RULE_IDS}


@pytest.mark.parametrize("patch", PATCHES, ids=lambda p: p.name)
def test_bad_sketch_reports_what_its_snapshot_says(
    patch: Patch, bad_sketches: Path, request: pytest.FixtureRequest
) -> None:
    result = check_case(patch, bad_sketches / f"{patch.name}.yaml")
    assert result.findings, f"{patch.name} has no findings: it tests nothing"
    got = snapshot(result, bad_sketches)
    expected = CASES / f"{patch.name}.expected"
    if request.config.getoption("--update-snapshots"):
        expected.write_text(got, encoding="utf-8")
        return
    assert expected.exists(), f"no snapshot for {patch.name}: run pytest --update-snapshots"
    assert got == expected.read_text(encoding="utf-8")


def test_every_snapshot_has_its_patch() -> None:
    names = {p.name for p in PATCHES}
    assert {p.name.removesuffix(".expected") for p in CASES.glob("*.expected")} == names


def test_every_rule_has_a_bad_sketch(bad_sketches: Path) -> None:
    found = {
        f.rule for p in PATCHES for f in check_case(p, bad_sketches / f"{p.name}.yaml").findings
    }
    every = {info.id for info in all_rule_infos()}
    assert every - NOT_AS_PATCHES <= found, sorted(every - NOT_AS_PATCHES - found)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.parent.name)
def test_good_examples_have_no_findings(path: Path) -> None:
    # The rules only: the advice on the examples' language is tested in tests/language.
    options = CheckOptions(today=dt.date.fromisoformat(GOOD_TODAY), klarsprak=False)
    result = check_file(path, options)
    assert result.findings == ()
    assert result.valid
    assert all(c.status.value == "met" for c in result.criteria)


def test_a_patch_must_match_once_and_change_something(tmp_path: Path) -> None:
    example = (EXAMPLE / "skisse.yaml").read_text(encoding="utf-8")
    twice = Patch("x", "d", replace=(("kommune", "by"),))
    with pytest.raises(PatchError, match="occurs 13 times, not once"):
        twice.apply(example)
    with pytest.raises(PatchError, match="changes nothing"):
        Patch("x", "d").apply(example)
    assert Patch("x", "d", encoding="cp1252").apply(example) == example.encode("cp1252")
    odd = tmp_path / "odd.patch.yaml"
    odd.write_text("description: d\nreplce: []\n", encoding="utf-8")
    with pytest.raises(PatchError, match="unknown keys"):
        load_patch(odd)


def test_rule_ids_are_unique_and_documented() -> None:
    infos = all_rule_infos()
    ids = [i.id for i in infos]
    assert len(ids) == len(set(ids))
    for info in infos:
        for msg in (info.summary, info.why, info.fix):
            assert msg.nb.strip() and msg.en.strip(), info.id
    assert len(RULES) >= 15
