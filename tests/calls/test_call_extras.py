"""What call data may add besides criteria and rules: the pot, the jury's scale, and the
clear-language thresholds (read by intake, review and the language advice)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sketchkit.calls import CallError, load_call
from sketchkit.checking.checker import CheckOptions, check_file
from sketchkit.core.i18n import Lang
from sketchkit.core.resources import schemas_dir
from tests.conftest import EXAMPLES

OSLO = next(p for p in EXAMPLES if p.parent.name == "oslo-overvann-2020")


def _own_2020(tmp_path: Path, extra: str) -> Path:
    folder = tmp_path / "egen-2020"
    shutil.copytree(schemas_dir() / "innovasjonspartnerskap-2020", folder)
    call = folder / "call.yaml"
    call.write_text(call.read_text(encoding="utf-8") + extra, encoding="utf-8")
    return folder


def test_the_2020_pot_rests_on_its_source() -> None:
    call = load_call("innovasjonspartnerskap-2020")
    assert call.pot == {
        "nok": 100_000_000,
        "source": "Innovasjon Norge: «100 millioner til å løse samfunnsutfordringer» (2020)",
    }
    assert load_call("innovasjonspartnerskap-2017").pot is None  # no source states one


@pytest.mark.parametrize(
    ("pot", "line", "what"),
    [
        ("  nok: -5\n  source: results-2020\n", 2, "'pot.nok' must be whole kroner above 0"),
        ("  nok: 5\n  source: rykte\n", 3, "'pot.source' must be one of the sources"),
    ],
)
def test_a_pot_without_a_source_or_a_sum_is_a_call_error(
    tmp_path: Path, pot: str, line: int, what: str
) -> None:
    folder = _own_2020(tmp_path, "")
    call = folder / "call.yaml"
    text = call.read_text(encoding="utf-8")
    # Replace the built-in pot with a broken one, and say where it is.
    start = text.index("\npot:\n") + 1
    end = text.index("\n\n", start)
    text = text[:start] + "pot:\n" + pot.rstrip("\n") + text[end:]
    call.write_text(text, encoding="utf-8")
    at = text[:start].count("\n") + line
    with pytest.raises(CallError) as e:
        load_call(folder, Lang.EN)
    assert str(e.value).startswith(f"{call}:{at}:")
    assert what in str(e.value)


def test_a_call_can_turn_the_clear_language_advice_off(tmp_path: Path) -> None:
    on = check_file(OSLO, CheckOptions(call=str(schemas_dir() / "innovasjonspartnerskap-2020")))
    assert any(str(f.rule).startswith("klarsprak-") for f in on.findings)
    folder = _own_2020(tmp_path, "\nklarsprak:\n  enabled: false\n")
    off = check_file(
        OSLO, CheckOptions(call=f"./{folder}" if not folder.is_absolute() else str(folder))
    )
    assert not any(str(f.rule).startswith("klarsprak-") for f in off.findings)


def test_a_bad_threshold_in_a_call_stops_the_check_with_the_file(tmp_path: Path) -> None:
    folder = _own_2020(tmp_path, "\nklarsprak:\n  lix_warning: mye\n")
    result = check_file(OSLO, CheckOptions(call=str(folder), lang=Lang.EN))
    assert result.fatal is not None
    assert str(folder / "call.yaml") in result.fatal


def test_a_formal_requirement_must_name_a_source_the_call_lists(tmp_path: Path) -> None:
    folder = _own_2020(tmp_path, "")
    call = folder / "call.yaml"
    text = call.read_text(encoding="utf-8")
    assert "    source: evaluation\n" in text
    line = text[: text.index("    source: evaluation\n")].count("\n") + 1
    call.write_text(text.replace("    source: evaluation\n", "    source: ryktet\n", 1), "utf-8")
    with pytest.raises(CallError) as e:
        load_call(folder, Lang.EN)
    assert str(e.value).startswith(f"{call}:{line}:13: ")
    assert "'source' must be one of the sources: " in str(e.value)
    # The built-in requirements name sources that exist, and describe shows them.
    shown = load_call("innovasjonspartnerskap-2020").formal_requirements[0]
    assert shown["source"] == "evaluation"
