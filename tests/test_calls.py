from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest

from sketchkit.calls import CallError, builtin_call_ids, load_call
from sketchkit.calls.navigation import SchemaNav
from sketchkit.core import resources
from sketchkit.core.i18n import Lang

CALL_IDS = builtin_call_ids()


def test_the_2017_call_is_built_in() -> None:
    assert "innovasjonspartnerskap-2017" in CALL_IDS
    call = load_call("innovasjonspartnerskap-2017")
    assert call.deadline.isoformat() == "2017-08-21T23:59:00"
    assert call.timezone == "Europe/Oslo"
    assert "Difi" in call.organisers
    assert [c.id for c in call.criteria] == [
        "unsolved_need",
        "service_quality",
        "cost_savings",
        "anchoring",
        "business_involvement",
        "novelty",
    ]


@pytest.mark.parametrize("call_id", CALL_IDS)
def test_schema_passes_the_draft_2020_12_metaschema(call_id: str) -> None:
    schema = load_call(call_id).schema
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize("call_id", CALL_IDS)
def test_every_field_is_documented_in_both_languages(call_id: str) -> None:
    nav = SchemaNav(load_call(call_id).schema)

    def walk(node: dict[str, object], where: str) -> None:
        eff = nav.effective(node)
        props = eff.get("properties")
        if isinstance(props, dict):
            for name, sub in props.items():
                sub_eff = nav.effective(sub)
                assert sub_eff.get("description"), f"{where}/{name} has no description"
                assert sub_eff.get("x-description-en"), f"{where}/{name} has no English text"
                walk(sub, f"{where}/{name}")
        items = eff.get("items")
        if isinstance(items, dict):
            walk(items, f"{where}/*")

    walk(nav.root, "")


@pytest.mark.parametrize("call_id", CALL_IDS)
def test_criteria_and_limits_point_at_fields_the_schema_has(call_id: str) -> None:
    call = load_call(call_id)
    nav = SchemaNav(call.schema)
    for criterion in call.criteria:
        for field in criterion.fields:
            assert nav.at(field) is not None, f"{criterion.id}: {field}"
    for limit in call.limits:
        assert nav.at(limit.pattern.replace("*", "0")) is not None, limit.pattern


@pytest.mark.parametrize("call_id", CALL_IDS)
def test_compiled_validator_agrees_with_the_reference(call_id: str, bad_sketches: Path) -> None:
    from sketchkit.checking.checker import check_file

    call = load_call(call_id)
    reference = jsonschema.Draft202012Validator(
        call.schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    root = Path(__file__).parent.parent
    for path in [*root.glob("examples/*/skisse.yaml"), *bad_sketches.glob("*.yaml")]:
        result = check_file(path)
        if result.document is None or result.call is not call:
            continue
        ours = call.validator.is_valid(result.document.data)
        assert ours == reference.is_valid(result.document.data), path.name


def test_unknown_call_lists_the_known_ones() -> None:
    with pytest.raises(CallError, match="innovasjonspartnerskap-2017"):
        load_call("finnes-ikke")


def _copy_call(tmp_path: Path) -> Path:
    folder = tmp_path / "min-utlysning"
    shutil.copytree(resources.schemas_dir() / "innovasjonspartnerskap-2017", folder)
    return folder


def test_call_can_be_loaded_from_a_folder(tmp_path: Path) -> None:
    folder = _copy_call(tmp_path)
    call = load_call(folder)
    assert call.folder == folder
    assert load_call(str(folder / "call.yaml")).id == call.id


def test_malformed_call_is_reported_with_file_and_line(tmp_path: Path) -> None:
    folder = _copy_call(tmp_path)
    text = (folder / "call.yaml").read_text(encoding="utf-8")
    (folder / "call.yaml").write_text(
        text.replace('deadline: "2017-08-21T23:59"', "deadline: snart"), encoding="utf-8"
    )
    line = next(i for i, row in enumerate(text.splitlines(), 1) if row.startswith("deadline:"))
    with pytest.raises(CallError) as e:
        load_call(folder, Lang.EN)
    assert f"call.yaml:{line}:" in str(e.value)
    assert "deadline" in str(e.value)


def test_broken_schema_json_is_reported(tmp_path: Path) -> None:
    # The built-in calls name the base schema plus their additions; the additions are read.
    folder = _copy_call(tmp_path)
    (folder / "sketch.additions.json").write_text("{ broken", encoding="utf-8")
    with pytest.raises(CallError, match=r"sketch\.additions\.json:1:3: .*invalid JSON"):
        load_call(folder, Lang.EN)


def test_schema_file_is_json_an_editor_can_read() -> None:
    path = resources.schemas_dir() / "innovasjonspartnerskap-2017" / "sketch.schema.json"
    assert json.loads(path.read_text(encoding="utf-8"))["type"] == "object"
