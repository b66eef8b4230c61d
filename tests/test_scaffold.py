from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import yaml

from sketchkit.calls import load_call
from sketchkit.checking.checker import CheckOptions, check_file, check_text
from sketchkit.core import pointer as ptr
from sketchkit.core.i18n import Lang
from sketchkit.scaffolding.scaffold import scaffold
from tests.conftest import EXAMPLES, run_cli

CALL = load_call("innovasjonspartnerskap-2017")
TODAY = CheckOptions(today=dt.date(2017, 8, 1))


@pytest.mark.parametrize("lang", list(Lang))
def test_fresh_scaffold_fails_only_on_placeholders(lang: Lang) -> None:
    result = check_text(scaffold(CALL, lang), options=TODAY)
    assert result.findings
    assert {f.rule for f in result.findings} == {"placeholder"}


def test_every_section_is_present_and_guided_by_the_schema_text() -> None:
    text = scaffold(CALL, Lang.NB)
    data = yaml.safe_load(text)
    assert list(data) == [k for k in CALL.schema["properties"] if k != "partners"]
    for key, sub in CALL.schema["properties"].items():
        first_words = " ".join(CALL.nav.effective(sub)["description"].split()[:4])
        assert first_words in " ".join(text.split()), key


def test_english_guidance_comes_from_the_english_descriptions() -> None:
    text = " ".join(scaffold(CALL, Lang.EN).split())
    assert "The large, unsolved problem or societal need the project starts from." in text
    assert "<<FILL IN: project name>>" in text


def test_modeline_names_the_schema_beside_the_sketch(tmp_path: Path) -> None:
    folder = tmp_path / "deles"
    folder.mkdir()
    target = folder / "skisse.yaml"
    assert run_cli("new", target, "--no-input").exit_code == 0
    first = target.read_text(encoding="utf-8").splitlines()[0]
    # Relative: it survives copying the folder to a colleague and upgrading sketchkit.
    assert first == "# yaml-language-server: $schema=innovasjonspartnerskap-2017.schema.json"
    schema = json.loads((folder / "innovasjonspartnerskap-2017.schema.json").read_text("utf-8"))
    assert schema["$id"] == CALL.schema["$id"]
    assert schema["properties"]["title"]["title"] == "Prosjektnavn"
    moved = tmp_path / "hos-kollega"
    folder.rename(moved)
    assert (moved / "innovasjonspartnerskap-2017.schema.json").is_file()


def test_an_existing_schema_file_is_kept_without_force(tmp_path: Path) -> None:
    own = tmp_path / "innovasjonspartnerskap-2017.schema.json"
    own.write_text("{}\n", encoding="utf-8")
    assert run_cli("new", tmp_path / "a.yaml", "--no-input").exit_code == 0
    assert own.read_text(encoding="utf-8") == "{}\n"
    assert run_cli("new", tmp_path / "b.yaml", "--no-input", "--force").exit_code == 0
    assert json.loads(own.read_text(encoding="utf-8"))["$id"] == CALL.schema["$id"]


def _example_value(data: Any, pointer: str) -> Any:
    node = data
    for token in ptr.parts(pointer):
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def test_filled_in_scaffold_passes(tmp_path: Path) -> None:
    example = check_file(EXAMPLES[-1], TODAY)  # Stavanger: a municipality
    assert example.document is not None
    data = example.document.data
    facts = {
        "/title": data["title"],
        "/applicant/name": data["applicant"]["name"],
        "/applicant/org_number": data["applicant"]["org_number"],
        "/applicant/kind": data["applicant"]["kind"],
    }
    text = scaffold(CALL, Lang.NB, facts)
    lines = text.splitlines()
    own_costs = sum(item["amount_nok"] for item in data["budget"]["own_costs"])
    overrides = {"/budget/own_costs/0/amount_nok": own_costs}
    for f in check_text(text, options=TODAY).findings:
        value = overrides.get(f.pointer, _example_value(data, f.pointer))
        # A block scalar's finding points at its "key: >" line; the marker is on the next.
        at = f.line - 1 if "<<" in lines[f.line - 1] else f.line
        line = lines[at]
        marker = re.search(r'"?<<FYLL INN[^>]*>>"?', line)
        assert marker, line
        quoted = marker.group(0).startswith('"')
        new = json.dumps(value, ensure_ascii=False) if quoted else str(value)
        lines[at] = line[: marker.start()] + new + line[marker.end() :]
    sketch = tmp_path / "skisse.yaml"
    sketch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    shutil.copy(EXAMPLES[-1].parent / "forpliktelseserklaering.pdf", tmp_path)
    result = check_file(sketch, replace(TODAY, klarsprak=False))  # advice: tests/language
    assert result.findings == ()
    assert {c.status.value for c in result.criteria} == {"met"}


def test_new_never_overwrites_without_force(tmp_path: Path) -> None:
    target = tmp_path / "skisse.yaml"
    target.write_text("mitt arbeid\n", encoding="utf-8")
    r = run_cli("new", target, "--no-input")
    assert r.exit_code == 2
    assert "--force" in r.stderr
    assert target.read_text(encoding="utf-8") == "mitt arbeid\n"
    assert run_cli("new", target, "--no-input", "--force").exit_code == 0
    assert "<<FYLL INN" in target.read_text(encoding="utf-8")


def test_dry_run_prints_and_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "skisse.yaml"
    r = run_cli("new", target, "--dry-run", "--title", "Snø til besvær")
    assert r.exit_code == 0
    assert 'title: "Snø til besvær"' in r.stdout
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_prefill_flags_are_checked(tmp_path: Path) -> None:
    r = run_cli("new", tmp_path / "s.yaml", "--no-input", "--org-number", "964 965 227")
    assert r.exit_code == 2
    assert "kontrollsiffer" in r.stderr
    assert not (tmp_path / "s.yaml").exists()


def test_prefilled_facts_land_in_the_sketch(tmp_path: Path) -> None:
    target = tmp_path / "s.yaml"
    r = run_cli(
        "new",
        target,
        "--no-input",
        "--org-number",
        "964965226",
        "--kind",
        "municipality",
        "--municipality-number",
        "1103",
        "--contact-email",
        "kari@stavanger.kommune.no",
    )
    assert r.exit_code == 0
    data = yaml.safe_load(target.read_text(encoding="utf-8"))
    assert data["applicant"]["org_number"] == "964 965 226"
    assert data["applicant"]["municipality_number"] == "1103"
    assert data["applicant"]["contact"]["email"] == "kari@stavanger.kommune.no"


def test_prompt_refuses_a_wrong_check_digit_as_it_is_typed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sketchkit.cli import _common

    monkeypatch.setattr(_common, "stdin_is_tty", lambda: True)
    target = tmp_path / "s.yaml"
    answers = (
        "\n".join(
            [
                "2",  # the 2017 call
                "Snø til besvær",  # title
                "Gjøvik kommune",  # applicant
                "964 965 227",  # wrong check digit: refused
                "964 965 226",  # accepted
                "kommun",  # not a kind: refused
                "kommune",
                "12",  # not a municipality number
                "0502",
                "",
                "",
                "",
                "",  # contact: skipped
                "",  # no prose now
            ]
        )
        + "\n"
    )
    r = run_cli("new", target, input=answers)
    assert r.exit_code == 0, r.stderr
    assert "feil kontrollsiffer" in r.stderr
    assert "velg en av" in r.stderr
    data = yaml.safe_load(target.read_text(encoding="utf-8"))
    assert data["title"] == "Snø til besvær"
    assert data["applicant"]["org_number"] == "964 965 226"
    assert data["applicant"]["kind"] == "municipality"
    assert data["applicant"]["municipality_number"] == "0502"
    assert data["applicant"]["contact"]["name"] == "<<FYLL INN: navn>>"


def test_no_input_never_prompts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sketchkit.cli import _common

    monkeypatch.setattr(_common, "stdin_is_tty", lambda: True)
    r = run_cli("new", tmp_path / "s.yaml", "--no-input", input="")
    assert r.exit_code == 0
    assert "Svar på noen spørsmål" not in r.stderr
