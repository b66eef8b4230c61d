"""`sketchkit new` for someone who knows Word, not YAML: Norwegian choices, the call asked
for, every limit checked as it is typed, the main texts offered, progress shown."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
import yaml

from sketchkit.calls import load_call
from sketchkit.checking.checker import CheckOptions, check_file
from sketchkit.checking.ruleids import RuleId
from sketchkit.core.i18n import Lang
from sketchkit.scaffolding.facts import kind_code
from sketchkit.scaffolding.prompt import ask_facts, choose_call
from tests.conftest import ROOT, run_cli

CALL = load_call("innovasjonspartnerskap-2017", Lang.NN)


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("kommune", "municipality"),
        ("Kommune", "municipality"),
        ("1", "municipality"),
        ("fylkeskommune", "county_municipality"),
        ("statlig virksomhet", "state_agency"),
        ("statleg verksemd", "state_agency"),
        ("statleg", "state_agency"),
        ("helseforetak", "health_trust"),
        ("helseføretak", "health_trust"),
        ("annen offentlig virksomhet", "other_public"),
        ("anna offentleg verksemd", "other_public"),
        ("anna", "other_public"),
        ("other_public", "other_public"),
        ("state agency", "state_agency"),
        ("kommun", None),
        ("6", None),
    ],
)
def test_a_kind_of_body_is_understood_as_people_say_it(typed: str, code: str | None) -> None:
    assert kind_code(typed) == code


def _run(answers: list[str], lang: Lang = Lang.NN) -> tuple[dict[str, str], list[str], list[str]]:
    asked: list[str] = []
    said: list[str] = []
    queue = list(answers)

    def ask(prompt: str) -> str:
        asked.append(prompt)
        if not queue:
            raise EOFError
        return queue.pop(0)

    facts = ask_facts({}, lang, ask=ask, say=said.append, call=CALL)
    return facts, asked, said


def test_the_prompt_shows_progress_and_takes_the_kind_by_number() -> None:
    facts, asked, said = _run(
        ["Snø til besvær", "Helse Vest", "", "4", "Kari Nordmann", "", "", "", ""]
    )
    assert facts["/applicant/kind"] == "health_trust"
    # No municipality number is asked of a health trust: 8 steps, not 9.
    assert asked[:3] == [
        "Steg 1 av 9: Prosjektnamn: ",
        "Steg 2 av 9: Namnet på søkjaren: ",
        "Steg 3 av 9: Organisasjonsnummer: ",
    ]
    assert asked[4] == "Steg 5 av 8: Kontaktperson: "
    assert (
        "Steg 4 av 9: Type verksemd\n  1  kommune\n  2  fylkeskommune\n  3  statleg verksemd\n  4  helseføretak\n  5  anna offentleg verksemd"
        in said
    )


def test_a_title_longer_than_the_call_allows_is_refused_as_it_is_typed() -> None:
    long = "Snø til besvær: vintervedlikehald som kjem tidsnok for alle innbyggjarane"
    facts, _, said = _run([long, "Snø til besvær"])
    assert facts["/title"] == "Snø til besvær"
    assert (
        f"  for lang: {len(long)} teikn; utlysinga tillèt høgst 60. Prøv igjen, eller trykk "
        "Enter for å hoppe over."
    ) in said


def test_a_too_long_title_flag_stops_new(tmp_path: Path) -> None:
    r = run_cli("new", tmp_path / "s.yaml", "--no-input", "--title", "x" * 61)
    assert r.exit_code == 2
    assert r.stderr == ("sketchkit: --title: for lang: 61 tegn; utlysningen tillater høyst 60\n")
    assert not (tmp_path / "s.yaml").exists()


def test_the_kind_flag_takes_the_norwegian_name(tmp_path: Path) -> None:
    target = tmp_path / "s.yaml"
    assert run_cli("new", target, "--no-input", "--kind", "fylkeskommune").exit_code == 0
    data = yaml.safe_load(target.read_text(encoding="utf-8"))
    assert data["applicant"]["kind"] == "county_municipality"


def test_the_main_texts_can_be_written_at_the_prompt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sketchkit.cli import _common

    monkeypatch.setattr(_common, "stdin_is_tty", lambda: True)
    summary_lines = [
        "Vegane i Hordaland blir glatte når temperaturen søkk under null,",
        "og i dag veit ingen kvar det skjer først.",
    ]
    answers = ["2"] + [""] * 9 + ["j", *summary_lines, ""] + [""] * 20
    target = tmp_path / "skisse.yaml"
    r = run_cli("new", target, "--lang", "nn", input="\n".join(answers) + "\n")
    assert r.exit_code == 0, r.stderr
    assert "Steg 1 av 9: Samandrag" in r.stderr
    assert "Merk: 19 ord; utlysinga ønskjer minst 30. Du kan utdjupe seinare." in r.stderr
    data = yaml.safe_load(target.read_text(encoding="utf-8"))
    assert data["summary"] == " ".join(summary_lines) + "\n"
    result = check_file(target, CheckOptions(lang=Lang.NN))
    # Read back by check: the summary is there, short of the call's wish and nothing else.
    assert [f.rule for f in result.findings if f.pointer == "/summary"] == [RuleId.WORD_LIMIT]


def test_open_calls_come_first_and_closed_ones_are_marked() -> None:
    said: list[str] = []
    ids = ["innovasjonspartnerskap-2017", "innovasjonspartnerskap-2020"]

    def load(i: str):  # type: ignore[no-untyped-def]
        return load_call(i, Lang.NB)

    chosen = choose_call(ids, load, Lang.NB, dt.date(2020, 3, 1), ask=lambda _: "", say=said.append)
    assert chosen == "innovasjonspartnerskap-2020"
    assert said == [
        "Hvilken utlysning svarer skissen på? Åpne utlysninger står først.",
        "  1  Utlysning for innovative offentlige anskaffelser 2020 (frist 2020-04-16)",
        "  2  Skissekonkurranse for innovasjonspartnerskap 2017 (frist 2017-08-21) – stengt",
    ]
    answers = iter(["9", "2"])
    chosen = choose_call(
        ids, load, Lang.NB, dt.date(2020, 3, 1), ask=lambda _: next(answers), say=said.append
    )
    assert chosen == "innovasjonspartnerskap-2017"
    assert said[-1] == "  Skriv et tall fra 1 til 2."


def test_an_odd_call_id_never_becomes_a_path(tmp_path: Path) -> None:
    folder = tmp_path / "utlysing"
    shutil.copytree(ROOT / "schemas" / "innovasjonspartnerskap-2017", folder)
    call_yaml = folder / "call.yaml"
    text = call_yaml.read_text(encoding="utf-8")
    call_yaml.write_text(
        text.replace("id: innovasjonspartnerskap-2017", 'id: "../../ut"'), encoding="utf-8"
    )
    work = tmp_path / "skisser"
    work.mkdir()
    r = run_cli("new", work / "s.yaml", "--no-input", "--call", folder)
    assert r.exit_code == 0, r.stderr
    assert sorted(p.name for p in work.iterdir()) == ["s.yaml", "skisse.schema.json"]
    assert not (tmp_path / "ut.schema.json").exists()
