"""Rule settings as call data: ``rules:`` in call.yaml decides which rules run, how severe they
may be, on what basis, and with which parameters; malformed settings are call errors at a line."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from sketchkit.calls import CallError, load_call
from sketchkit.calls.model import ParamKind, param_value_ok
from sketchkit.checking.checker import CheckOptions, check_file
from sketchkit.checking.findings import Severity
from sketchkit.checking.ruleids import RuleId
from sketchkit.checking.rules import RULES
from sketchkit.checking.settings import applied_rules, check_settings
from sketchkit.core import resources
from sketchkit.core.i18n import Lang
from tests.conftest import ROOT

OSLO = ROOT / "examples" / "oslo-overvann-2020"
TODAY = dt.date(2020, 3, 1)


@pytest.fixture
def call_dir(tmp_path: Path) -> Path:
    """The 2020 call copied into a folder of its own, to edit."""
    folder = tmp_path / "egen-2020"
    shutil.copytree(resources.schemas_dir() / "innovasjonspartnerskap-2020", folder)
    return folder


def _edit(folder: Path, old: str, new: str) -> int:
    """Replace ``old`` by ``new`` in call.yaml; the line ``new`` starts on."""
    path = folder / "call.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    changed = text.replace(old, new, 1)
    path.write_text(changed, encoding="utf-8")
    return (
        changed[: changed.index(new)].count("\n")
        + 1
        + new[: len(new) - len(new.lstrip("\n"))].count("\n")
    )


def _sketch(tmp_path: Path, old: str = "", new: str = "") -> Path:
    folder = tmp_path / "skisse"
    shutil.copytree(OSLO, folder)
    # The call's rules only: the clear-language advice is tested in tests/language.
    (folder / "sketchkit.toml").write_text("[klarsprak]\nenabled = false\n", encoding="utf-8")
    path = folder / "skisse.yaml"
    if old:
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


PLAN_DURATION = """  plan-duration:
    basis:
      source: evaluation
      quote: Prosjektvarighet inntil 3 år.
    severity: warning
    max_years: 3
"""


def test_the_settings_are_typed_with_their_basis() -> None:
    call = load_call("innovasjonspartnerskap-2020")
    setting = call.setting(RuleId.PLAN_DURATION)
    assert setting is not None
    assert setting.number("max_years") == 3.0
    assert setting.severity == "warning"
    assert setting.basis.source is not None and setting.basis.source.id == "evaluation"
    assert setting.basis.source.url is not None
    assert setting.basis.source.url.startswith("https://www.innovasjonnorge.no/")
    letter = call.setting(RuleId.COMMITMENT_LETTER)
    assert letter is not None and letter.basis.advice and letter.params == {}


def test_every_builtin_calls_settings_suit_its_rules() -> None:
    from sketchkit.calls import builtin_call_ids

    for call_id in builtin_call_ids():
        check_settings(load_call(call_id), Lang.EN)


def test_only_a_sourced_requirement_may_be_an_error(call_dir: Path) -> None:
    line = _edit(
        call_dir,
        "  commitment-letter:\n    basis: sketchkit\n",
        "  commitment-letter:\n    basis: sketchkit\n    severity: error\n",
    )
    with pytest.raises(CallError) as e:
        load_call(call_dir, Lang.EN)
    assert str(e.value) == (
        f"{call_dir / 'call.yaml'}:{line + 2}:15: malformed call: only a sourced requirement "
        "may be an error; sketchkit's advice is at most a warning"
    )


def test_an_error_without_any_basis_is_refused_too(call_dir: Path) -> None:
    _edit(call_dir, "  word-limit:\n    basis: sketchkit\n", "  word-limit:\n    severity: error\n")
    with pytest.raises(CallError, match="only a sourced requirement may be an error"):
        load_call(call_dir, Lang.EN)


@pytest.mark.parametrize(
    ("old", "new", "what"),
    [
        (
            "      source: evaluation\n      quote: Prosjektvarighet",
            "      source: evalueringen\n      quote: Prosjektvarighet",
            "unknown source 'evalueringen'; the sources are: evaluation, round-2020, "
            "eligibility-2020, results-2020",
        ),
        (
            "      quote: Prosjektvarighet inntil 3 år.\n",
            "",
            "a basis in a source quotes the words it rests on ('quote')",
        ),
        (
            "    severity: warning\n    max_years: 3",
            "    severity: fatal\n    max_years: 3",
            "'severity' must be error, warning or info",
        ),
        (
            "  word-limit:\n    basis: sketchkit",
            "  word-limit:\n    basis: sketchkit\n    applies: ja",
            "'applies' must be true or false",
        ),
        (
            "  word-limit:\n    basis: sketchkit",
            "  word-limit:\n    basis: sketchkits",
            "a basis is 'sketchkit' (sketchkit's advice) or {source: SOURCE-ID, quote: 'the words'}",
        ),
        (
            "    url: https://www.innovasjonnorge.no/",
            "    url: javascript:alert(1)//www.innovasjonnorge.no/",
            "'url' must be an https:// or http:// address",
        ),
    ],
)
def test_malformed_settings_are_call_errors_naming_the_line(
    call_dir: Path, old: str, new: str, what: str
) -> None:
    _edit(call_dir, old, new)
    with pytest.raises(CallError) as e:
        load_call(call_dir, Lang.EN)
    message = str(e.value)
    assert message.startswith(f"{call_dir / 'call.yaml'}:")
    assert message.endswith(f"malformed call: {what}")


@pytest.mark.parametrize(
    ("old", "new", "what"),
    [
        (
            "    max_years: 3\n",
            "    max_years: .nan\n",
            "'max_years' for the rule 'plan-duration' must be a finite number > 0",
        ),
        (
            "    max_years: 3\n",
            "    max_years: -1\n",
            "'max_years' for the rule 'plan-duration' must be a finite number > 0",
        ),
        (
            "    max_years: 3\n",
            "    max_years: tre\n",
            "'max_years' for the rule 'plan-duration' must be a finite number > 0",
        ),
        (
            "    max_years: 3\n",
            "    max_year: 3\n",
            "the rule 'plan-duration' has no parameter 'max_year'; it reads: max_years",
        ),
        (
            "    max_years: 3\n",
            "",
            "the rule 'plan-duration' needs the parameter 'max_years' (a finite number > 0)",
        ),
        (
            "  word-limit:\n",
            "  ord-grense:\n",
            "unknown rule 'ord-grense' under rules; known rules: ",
        ),
        (
            # top-manager's titles are sketchkit's data since issue #11; a call may add some.
            "  top-manager:\n    basis: sketchkit\n",
            "  top-manager:\n    basis: sketchkit\n    titles: direktør\n",
            "'titles' for the rule 'top-manager' must be a list of texts",
        ),
    ],
)
def test_settings_the_rules_cannot_read_are_call_errors_in_check(
    call_dir: Path, tmp_path: Path, old: str, new: str, what: str
) -> None:
    _edit(call_dir, old, new)
    call = load_call(call_dir, Lang.EN)  # the calls layer reads the entries generically
    with pytest.raises(CallError) as e:
        check_settings(call, Lang.EN)
    assert what in str(e.value)
    assert str(e.value).startswith(f"{call_dir / 'call.yaml'}:")
    # check stops with the same message: the command cannot run (exit 2)
    with pytest.raises(CallError, match="malformed call"):
        check_file(_sketch(tmp_path), CheckOptions(call=call_dir, lang=Lang.EN, today=TODAY))


def test_a_rule_runs_only_where_the_call_applies_it() -> None:
    c2017 = {r.info.id for r in applied_rules(load_call("innovasjonspartnerskap-2017"))}
    c2020 = {r.info.id for r in applied_rules(load_call("innovasjonspartnerskap-2020"))}
    # Nothing in the 2017 sources says the project must not have started.
    assert RuleId.PLAN_START not in c2017
    assert RuleId.PLAN_START in c2020
    # Rules that hold for every sketch run unless a call turns them off.
    assert RuleId.BUDGET_SUM in c2017 and RuleId.BUDGET_SUM in c2020
    assert all(r.info.default_on or r.info.id in c2020 for r in RULES if r.info.id in c2020)


def test_applies_false_turns_a_rule_off(call_dir: Path, tmp_path: Path) -> None:
    sketch = _sketch(tmp_path, "requested_nok: 9 000 000", "requested_nok: 99 000 000")
    options = CheckOptions(call=call_dir, today=TODAY)
    assert RuleId.BUDGET_SUM in {f.rule for f in check_file(sketch, options).findings}
    _edit(call_dir, "  word-limit:\n", "  budget-sum:\n    applies: false\n  word-limit:\n")
    assert RuleId.BUDGET_SUM not in {f.rule for f in check_file(sketch, options).findings}


def test_parameters_come_from_the_call(call_dir: Path, tmp_path: Path) -> None:
    sketch = _sketch(tmp_path)
    options = CheckOptions(call=call_dir, today=TODAY, lang=Lang.EN)
    assert check_file(sketch, options).findings == ()
    _edit(call_dir, "    max_years: 3\n", "    max_years: 2.5\n")
    (finding,) = check_file(sketch, options).findings
    assert finding.rule == RuleId.PLAN_DURATION
    assert finding.severity is Severity.WARNING
    assert finding.message == (
        "the plan runs from 2020-06-01 to 2023-04-28, longer than 2.5 years: the last day within "
        "is 2022-11-30"
    )


def test_the_calls_severity_is_the_ceiling(call_dir: Path, tmp_path: Path) -> None:
    sketch = _sketch(tmp_path, "      start: 2020-06-01", "      start: 2020-04-01")
    options = CheckOptions(call=call_dir, today=TODAY)
    (start,) = [f for f in check_file(sketch, options).findings if f.rule == RuleId.PLAN_START]
    assert start.severity is Severity.WARNING
    _edit(
        call_dir,
        'ikke igangsatt."\n    severity: warning\n',
        'ikke igangsatt."\n    severity: error\n',
    )
    (start,) = [f for f in check_file(sketch, options).findings if f.rule == RuleId.PLAN_START]
    assert start.severity is Severity.ERROR
    _edit(
        call_dir,
        'ikke igangsatt."\n    severity: error\n',
        'ikke igangsatt."\n    severity: info\n',
    )
    (start,) = [f for f in check_file(sketch, options).findings if f.rule == RuleId.PLAN_START]
    assert start.severity is Severity.INFO


def test_advice_never_blocks(call_dir: Path, tmp_path: Path) -> None:
    # The letter is sketchkit's advice in the call data: a missing letter is a warning only.
    sketch = _sketch(tmp_path)
    (sketch.parent / "forpliktelseserklaering.pdf").unlink()
    result = check_file(sketch, CheckOptions(call=call_dir, today=TODAY))
    (letter,) = result.findings
    assert letter.rule == RuleId.COMMITMENT_LETTER
    assert letter.severity is Severity.WARNING
    assert result.valid


@pytest.mark.parametrize(
    ("kind", "good", "bad"),
    [
        (ParamKind.INTEGER, [0, 10_000_000], [-1, 1.5, True, "10"]),
        (ParamKind.NUMBER, [0.5, 3], [0, -1, float("nan"), float("inf"), False, "3"]),
        (ParamKind.TEXT, ["a"], ["", "  ", 1, None]),
        (ParamKind.TEXTS, [[], ["a", "b"]], ["a", [""], [1]]),
        (ParamKind.DATE, ["2019-02-12"], ["2019-2-12", "12.02.2019", "2019-02-30", 20190212]),
        (
            ParamKind.TABLE,
            [[], [{"id": "a", "max_nok": 250_000}]],
            [{"a": 1}, [1], [{"a": [1]}], [{"a": float("nan")}]],
        ),
    ],
)
def test_parameter_kinds(kind: ParamKind, good: list[object], bad: list[object]) -> None:
    assert all(param_value_ok(kind, v) for v in good)
    assert not any(param_value_ok(kind, v) for v in bad)


@pytest.mark.parametrize("command", ["check", "render", "summary", "new", "schema", "calls"])
def test_every_command_stops_cleanly_on_a_setting_the_rules_cannot_read(
    call_dir: Path, tmp_path: Path, command: str
) -> None:
    from tests.conftest import run_cli

    line = _edit(call_dir, "    max_years: 3\n", "    max_years: tre\n")
    sketch = _sketch(tmp_path)
    args: dict[str, list[str | Path]] = {
        "check": ["check", sketch, "--call", call_dir],
        "render": ["render", sketch, "--draft", "--call", call_dir],
        "summary": ["summary", sketch, "--call", call_dir],
        "new": ["new", tmp_path / "ny.yaml", "--no-input", "--call", call_dir],
        "schema": ["schema", "--call", call_dir],
        "calls": ["calls", call_dir],
    }
    r = run_cli(*args[command], "--lang", "en")
    assert r.exit_code == 2
    assert r.stderr == (
        f"sketchkit: {call_dir / 'call.yaml'}:{line}:16: malformed call: 'max_years' for the "
        "rule 'plan-duration' must be a finite number > 0\n"
    )
