"""Issue #11: every finding says what it rests on, and sketchkit's advice never blocks.

The promise: a sketch that meets every sourced requirement and fits the format, but follows none
of sketchkit's advice, checks with exit 0 and renders without --draft.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from sketchkit.calls import builtin_call_ids, load_call
from sketchkit.checking.catalog import all_rule_infos
from sketchkit.checking.clear_language import RULE_IDS as KLARSPRAK
from sketchkit.checking.findings import BasisKind, Severity
from sketchkit.checking.rule import Context, basis_for, ceiling
from sketchkit.checking.settings import applied_rules
from sketchkit.core.i18n import Lang
from sketchkit.input import yamldoc
from tests.conftest import ROOT, run_cli

STAVANGER = ROOT / "examples" / "stavanger-hjemmetjenester"
OSLO = ROOT / "examples" / "oslo-overvann-2020"

# Every piece of sketchkit's advice ignored at once, in a 2017 sketch: no decision and no
# letter, a mayor as "top manager", a summary far over its advised length and a title over 60
# characters, the procedure's phases out of order, no municipality number.
IGNORED_2017 = [
    (
        "title: Trygg og aktiv hverdag hjemme\n",
        "title: Trygg og aktiv hverdag hjemme for alle som trenger omsorg hele døgnet i byen\n",
    ),
    ('  municipality_number: "1103"\n', ""),
    ("    title: Rådmann\n", "    title: Ordfører\n"),
    ("  decision:\n    body: Formannskapet i Stavanger kommune\n", "  x:\n    body: x\n"),
    ("  commitment_letter: forpliktelseserklaering.pdf\n", ""),
    (
        "summary: >\n",
        "summary: >\n" + "  Mange ord om det samme for å vise at lengden er et råd.\n" * 30,
    ),
]


def _ignore_advice(folder: Path, changes: list[tuple[str, str]]) -> Path:
    sketch = folder / "skisse.yaml"
    text = sketch.read_text(encoding="utf-8")
    for old, new in changes:
        assert old in text, old
        text = text.replace(old, new, 1)
    # The decision section is dropped whole (its first lines were renamed to x above).
    lines = text.splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line == "  x:\n")
    end = start + 1
    while lines[end].startswith("    "):
        end += 1
    sketch.write_text("".join(lines[:start] + lines[end:]), encoding="utf-8")
    (folder / "forpliktelseserklaering.pdf").unlink()
    return sketch


@pytest.fixture
def advice_ignored(tmp_path: Path) -> Path:
    folder = tmp_path / "skisse"
    shutil.copytree(STAVANGER, folder)
    return _ignore_advice(folder, IGNORED_2017)


def test_ignoring_every_piece_of_advice_checks_with_exit_0(advice_ignored: Path) -> None:
    r = run_cli("check", advice_ignored, "--today", "2017-08-01", "--format", "json")
    assert r.exit_code == 0, r.stdout
    every = json.loads(r.stdout)["files"][0]["findings"]
    # The clear-language advice on the example's prose: sketchkit's, never an error.
    language = [f for f in every if f["rule"] in KLARSPRAK]
    assert all(f["basis"] == "sketchkit" and f["severity"] != "error" for f in language)
    findings = [f for f in every if f["rule"] not in KLARSPRAK]
    assert {f["rule"] for f in findings} == {
        "municipality-number",
        "top-manager",
        "word-limit",
    }
    assert all(f["severity"] != "error" for f in findings)
    # top-manager rests on the 2017 call's «krever topplederforankring» (a warning); the rest
    # is sketchkit's advice.
    assert {(f["rule"], f["basis"]) for f in findings} == {
        ("municipality-number", "sketchkit"),
        ("top-manager", "call"),
        ("word-limit", "sketchkit"),
    }


def test_ignoring_every_piece_of_advice_renders_without_draft(advice_ignored: Path) -> None:
    r = run_cli("render", advice_ignored, "-f", "md", "--today", "2017-08-01")
    assert r.exit_code == 0, r.stdout + r.stderr
    text = advice_ignored.with_suffix(".md").read_text(encoding="utf-8")
    assert "UTKAST" not in text


def test_a_phase_out_of_order_is_advice_too(tmp_path: Path) -> None:
    folder = tmp_path / "skisse"
    shutil.copytree(STAVANGER, folder)
    sketch = folder / "skisse.yaml"
    text = sketch.read_text(encoding="utf-8")
    sketch.write_text(
        text.replace("- phase: market_dialogue", "- phase: purchase", 1), encoding="utf-8"
    )
    r = run_cli("check", sketch, "--today", "2017-08-01", "--format", "json")
    assert r.exit_code == 0
    (order,) = [
        f for f in json.loads(r.stdout)["files"][0]["findings"] if f["rule"] not in KLARSPRAK
    ]
    assert (order["rule"], order["severity"], order["basis"]) == (
        "plan-order",
        "warning",
        "sketchkit",
    )


def test_integrity_errors_still_block(tmp_path: Path) -> None:
    folder = tmp_path / "skisse"
    shutil.copytree(STAVANGER, folder)
    sketch = folder / "skisse.yaml"
    text = sketch.read_text(encoding="utf-8")
    sketch.write_text(text.replace('"1103"', '"1299"'), encoding="utf-8")
    r = run_cli("check", sketch, "--today", "2017-08-01", "--format", "json")
    assert r.exit_code == 1
    (wrong,) = [
        f for f in json.loads(r.stdout)["files"][0]["findings"] if f["rule"] not in KLARSPRAK
    ]
    assert wrong == {
        "rule": "municipality-number",
        "severity": "error",
        "message": "1299 er ikke noe kommunenummer på utlysningens dato 2017-08-21",
        "hint": "Sjekk nummeret i SSBs kommuneliste for 2017; de to første sifrene er fylket.",
        "pointer": "/applicant/municipality_number",
        "line": 16,
        "column": 24,
        "basis": "integrity",
        "source": None,
        "quote": None,
    }
    assert run_cli("render", sketch, "-f", "md", "--today", "2017-08-01").exit_code == 1


def test_a_sourced_requirement_names_its_source_and_words_in_json_and_sarif(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "skisse"
    shutil.copytree(OSLO, folder)
    sketch = folder / "skisse.yaml"
    text = sketch.read_text(encoding="utf-8")
    assert "      start: 2020-06-01" in text
    sketch.write_text(text.replace("      start: 2020-06-01", "      start: 2020-04-01", 1))
    r = run_cli("check", sketch, "--today", "2020-03-01", "--format", "json")
    found = json.loads(r.stdout)["files"][0]["findings"]
    (start,) = [f for f in found if f["rule"] == "plan-start"]
    assert start["basis"] == "call"
    assert start["source"]["id"] == "evaluation"
    assert start["source"]["url"].startswith("https://www.innovasjonnorge.no/")
    assert start["quote"] == (
        "Tilskuddet skal ha utløsende effekt: prosjektet og løsningssamarbeid med "
        "næringslivet er ikke igangsatt."
    )
    sarif = json.loads(run_cli("check", sketch, "--today", "2020-03-01", "-f", "sarif").stdout)
    (result,) = [r for r in sarif["runs"][0]["results"] if r["ruleId"] == "plan-start"]
    assert result["properties"] == {
        "basis": "call",
        "source": start["source"],
        "quote": start["quote"],
    }
    rules = {r["id"]: r for r in sarif["runs"][0]["tool"]["driver"]["rules"]}
    assert rules["plan-dates"]["properties"] == {"basis": "integrity"}
    assert rules["word-limit"]["properties"] == {"basis": "sketchkit"}


def test_text_says_the_basis_of_each_finding(advice_ignored: Path) -> None:
    r = run_cli("check", advice_ignored, "--today", "2017-08-01", "--lang", "en")
    lines = [line for line in r.stdout.splitlines() if ": warning " in line]
    assert lines and all(line.endswith(")") for line in lines)
    assert any(line.endswith(" (sketchkit's advice)") for line in lines)
    assert any(line.endswith(" (the call's requirement)") for line in lines)


@pytest.mark.parametrize("call_id", builtin_call_ids())
def test_advice_is_never_an_error_in_any_call(call_id: str) -> None:
    """Whatever severity a rule asks for, a finding on sketchkit's advice is at most a warning;
    one on the call's requirement or on the sketch itself keeps it."""
    call = load_call(call_id, Lang.NB)
    doc, _ = yamldoc.load("call: x\n", Lang.NB)
    assert doc is not None
    ctx = Context(doc=doc, call=call, lang=Lang.NB, today=dt.date(2017, 1, 1), folder=None)
    for rule in applied_rules(call):
        kind, _, _ = basis_for(rule.info, call.setting(rule.info.id))
        made = ctx.finding(rule.info, "", "m", severity=Severity.ERROR)
        assert made.basis is kind
        if kind is BasisKind.ADVICE:
            assert made.severity is Severity.WARNING, rule.info.id
        else:
            assert made.severity is ceiling(rule.info, call.setting(rule.info.id)), rule.info.id


def test_every_rule_has_a_basis_and_advice_rules_are_at_most_warnings() -> None:
    for info in all_rule_infos():
        assert isinstance(info.basis, BasisKind)
    advice = {i.id for i in all_rule_infos() if i.basis is BasisKind.ADVICE}
    assert advice == {
        "call-id",
        "deadline",
        "top-manager",
        "commitment-letter",
        "plan-order",
        "plan-start",
        "plan-duration",
        "word-limit",
        "grant-limit",
        "purchase-proportion",
        "suppression",
        *KLARSPRAK,
    }


def test_explain_says_the_basis_per_call_and_the_promise() -> None:
    out = run_cli("explain", "plan-start", "--lang", "en").stdout
    assert "- innovasjonspartnerskap-2017: does not apply\n" in out
    assert (
        "- innovasjonspartnerskap-2020: the call's requirement: «Tilskuddet skal ha utløsende "
        "effekt: prosjektet og løsningssamarbeid med næringslivet er ikke igangsatt.»"
    ) in out
    assert "passes check with exit 0 and renders without --draft" in out
    listing = run_cli("explain").stdout.splitlines()
    assert listing[0].split()[:3] == ["yaml-syntax", "feil", "skissen"]
    assert next(line for line in listing if line.startswith("word-limit")).split()[1:3] == [
        "advarsel",
        "sketchkits",
    ]


def test_the_editor_schema_says_a_limit_is_advice() -> None:
    schema = json.loads(run_cli("schema").stdout)
    summary = schema["properties"]["summary"]["markdownDescription"]
    assert "30–150 ord (sketchkits råd)" in summary


def test_calls_id_lists_each_requirement_with_its_basis() -> None:
    out = run_cli("calls", "innovasjonspartnerskap-2020", "--today", "2020-03-01", "--lang", "en")
    text = out.stdout
    evaluation = "Innovasjon Norge: «Evaluering av skisser til innovative offentlige anskaffelser»"
    assert (
        "- The applicant is a publicly funded body covered by the public procurement rules. "
        "(source: Smart Care Cluster: «innovative offentlige anskaffelser» (2020))\n"
    ) in text
    assert f"- No good solution is available today. (source: {evaluation}" in text
    # «Project duration up to 3 years» is a Relevans sub-point, not a formal requirement.
    formal = text.split("Formal requirements:\n", 1)[1].split("\n\n", 1)[0]
    assert "three years" not in formal
    assert "- summary: 30–150 words (sketchkit's advice)\n" in text
    assert f"- plan-start [warning]: {evaluation}" in text
    assert "Leverandørutviklingsprogrammet (LUP)" in text.split("\n")[5]


def test_github_and_junit_name_the_basis_too(advice_ignored: Path, tmp_path: Path) -> None:
    gh = run_cli("check", advice_ignored, "--today", "2017-08-01", "-f", "github").stdout
    (title,) = [line for line in gh.splitlines() if "title=top-manager::" in line]
    assert " (krav i utlysningen)%0AOppgi administrasjonens øverste leder" in title
    assert any(" (sketchkits råd)" in line for line in gh.splitlines())
    report = tmp_path / "rapport.xml"
    run_cli(
        "check", advice_ignored, "--today", "2017-08-01", "-f", "junit", "-o", report, "--strict"
    )
    assert "(sketchkits råd)" in report.read_text(encoding="utf-8")
