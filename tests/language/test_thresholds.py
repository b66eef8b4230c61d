"""Thresholds are data with their sources; a call and a project may change them, and a value
that cannot be used stops the command with a message naming the file."""

from __future__ import annotations

import ast
import copy
import datetime as dt
import json
import shutil
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import pytest

from sketchkit.calls import Call, load_call
from sketchkit.checking import language_config
from sketchkit.checking.checker import CheckOptions, check_file
from sketchkit.core.i18n import Lang
from sketchkit.language import defaults, sources
from sketchkit.language.wordlists import DATA
from tests.conftest import ROOT, run_cli

TODAY = dt.date(2017, 8, 1)
LIX_SKETCH = ROOT / "tests" / "sketches" / "klarsprak" / "klarsprak-lix.yaml"


def test_defaults_come_from_the_data_file_with_a_source_each() -> None:
    data = json.loads((DATA / "thresholds.json").read_text(encoding="utf-8"))
    t = defaults()
    for name, entry in data.items():
        if name.startswith("_"):
            continue
        assert getattr(t, name) == entry["value"], name
        assert entry["source"].strip(), name
    assert sources()["lix_info"].startswith("tansa.com/no/liks")
    assert sources()["long_word_letters"].startswith("klartsagt.no")
    assert (t.lix_info, t.lix_warning, t.long_word_letters) == (50, 60, 7)


def test_overrides_are_checked() -> None:
    t, problems = defaults().overridden(
        {"lix_warning": 65, "s_passive_info": None, "nominal_info": False}, Lang.NB
    )
    assert (t.lix_warning, t.s_passive_info, t.nominal_info, problems) == (65, None, None, [])
    _, problems = defaults().overridden(
        {"lix_warnign": 65, "lix_info": "høy", "enabled": "nei", "lix_min_words": 10**6},
        Lang.NB,
    )
    assert problems[0].startswith("klarsprak: ukjent innstilling «lix_warnign»; kjente er ")
    assert problems[1:] == [
        "klarsprak: «lix_info» må være et tall fra 0 til 1000, eller null eller false for å "
        "slå rådet av",
        "klarsprak: «enabled» må være true eller false",
        "klarsprak: «lix_min_words» må være et tall fra 0 til 1000, eller null eller false for "
        "å slå rådet av",
    ]


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / LIX_SKETCH.name
    shutil.copy(LIX_SKETCH, target)
    return target


def _lix_severities(path: Path) -> list[str]:
    result = check_file(path, CheckOptions(today=TODAY))
    assert result.fatal is None, result.fatal
    return [f.severity.value for f in result.findings if f.rule == "klarsprak-lix"]


def test_a_project_file_changes_the_thresholds(tmp_path: Path) -> None:
    sketch = _copy(tmp_path)
    assert _lix_severities(sketch) == ["warning", "info"]
    (tmp_path / "sketchkit.toml").write_text(
        "# our agency writes for experts\n[klarsprak]\nlix_info = 55\nlix_warning = 80\n",
        encoding="utf-8",
    )
    assert _lix_severities(sketch) == ["info"]  # 77,1 is info now; 51,9 is under 55
    (tmp_path / "sketchkit.toml").write_text("[klarsprak]\nlix_info = false\n", encoding="utf-8")
    assert _lix_severities(sketch) == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[klarsprak]\nlix_info = 'høy'\n", "«lix_info» må være et tall"),
        ("[klarsprak\n", "kan ikke leses: "),
        ("klarsprak = 3\n", "«klarsprak» må være en samling innstillinger"),
    ],
)
def test_a_bad_project_file_stops_with_its_name(tmp_path: Path, content: str, message: str) -> None:
    sketch = _copy(tmp_path)
    (tmp_path / "sketchkit.toml").write_text(content, encoding="utf-8")
    result = check_file(sketch, CheckOptions(today=TODAY))
    assert result.fatal is not None
    assert result.fatal.startswith(str(tmp_path / "sketchkit.toml"))
    assert message in result.fatal
    r = run_cli("check", sketch, "--today", "2017-08-01")
    assert r.exit_code == 2
    assert message in r.stdout


def test_a_project_file_without_klarsprak_changes_nothing(tmp_path: Path) -> None:
    sketch = _copy(tmp_path)
    (tmp_path / "sketchkit.toml").write_text("[annet]\nx = 1\n", encoding="utf-8")
    assert _lix_severities(sketch) == ["warning", "info"]


def test_a_call_changes_the_thresholds_and_the_project_wins(tmp_path: Path) -> None:
    call = copy.copy(load_call("innovasjonspartnerskap-2017"))
    # What the call loader will give once call.yaml may hold «klarsprak:».
    object.__setattr__(call, "klarsprak", {"lix_warning": 90, "sentence_words_info": 30})
    t, problem = language_config.resolve(call, None, Lang.NB)
    assert problem is None and (t.lix_warning, t.sentence_words_info) == (90, 30)
    (tmp_path / "sketchkit.toml").write_text("[klarsprak]\nlix_warning = 70\n", encoding="utf-8")
    t, problem = language_config.resolve(call, tmp_path, Lang.NB)
    assert problem is None and (t.lix_warning, t.sentence_words_info) == (70, 30)
    object.__setattr__(call, "klarsprak", ["ikke", "en", "samling"])
    _, problem = language_config.resolve(call, None, Lang.NB)
    assert problem is not None and problem.endswith(
        "call.yaml: «klarsprak» må være en samling innstillinger (nøkkel: verdi)"
    )


def test_the_calls_thresholds_come_from_the_loaded_call(tmp_path: Path) -> None:
    # The call loader keeps ``klarsprak:`` from call.yaml; nothing reads the file again.
    call = cast(
        Call, SimpleNamespace(folder=tmp_path, klarsprak={"lix_info": 45, "s_passive_info": None})
    )
    t, problem = language_config.resolve(call, None, Lang.NB)
    assert problem is None and (t.lix_info, t.s_passive_info) == (45, None)


def test_every_message_has_its_nynorsk() -> None:
    catalogue: dict[str, Any] = json.loads(
        (ROOT / "sketchkit" / "core" / "nynorsk" / "klarsprak.json").read_text(encoding="utf-8")
    )
    modules = [
        ROOT / "sketchkit" / "checking" / "clear_language.py",
        ROOT / "sketchkit" / "checking" / "language_config.py",
        ROOT / "sketchkit" / "language" / "thresholds.py",
        ROOT / "sketchkit" / "reporting" / "language_table.py",
        ROOT / "sketchkit" / "cli" / "klarsprak.py",
    ]
    found = set()
    for module in modules:
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Msg":
                first = node.args[0]
                assert isinstance(first, ast.Constant) and isinstance(first.value, str)
                found.add(first.value)
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "opt":
                found |= {
                    str(k.value.value)
                    for k in node.keywords
                    if k.arg == "nb" and isinstance(k.value, ast.Constant)
                }
    assert found, "no messages found"
    assert sorted(found - set(catalogue)) == []
    assert sorted(set(catalogue) - found) == []  # nothing stale either
    # Written as nynorsk: none of the bokmål forms a nynorsk reader would stumble on.
    for text in catalogue.values():
        for word in ("ikke", "hvem", "hva", "setningen", "skissen", "utlysningen"):
            assert f" {word} " not in f" {text} ", (word, text)
