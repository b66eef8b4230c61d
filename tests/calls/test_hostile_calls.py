"""A call folder is untrusted: it cannot reach outside itself or the network, hang on a FIFO,
loop on a recursive schema, or carry a schema, weight or setting that breaks a command; and a
sketch cannot choose its own call folder. Every such case is a clear call error with a line."""

from __future__ import annotations

import json
import os
import shutil
import socket
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sketchkit.calls import CallError, load_call
from sketchkit.calls.composition import MAX_CALL_FILE_BYTES
from sketchkit.checking.checker import CheckOptions, check_file
from sketchkit.checking.ruleids import RuleId
from sketchkit.core import resources
from sketchkit.core.i18n import Lang
from tests.conftest import ROOT, run_cli

STAVANGER = ROOT / "examples" / "stavanger-hjemmetjenester" / "skisse.yaml"


def _own_call(tmp_path: Path, name: str = "egen") -> Path:
    """A call with a whole schema of its own (the form programme staff write by hand)."""
    folder = tmp_path / name
    src = resources.schemas_dir() / "innovasjonspartnerskap-2017"
    folder.mkdir()
    shutil.copy(src / "sketch.schema.json", folder / "sketch.schema.json")
    text = (src / "call.yaml").read_text(encoding="utf-8")
    text = text.replace(
        "schema: {base: sketchkit, add: sketch.additions.json}", "schema: sketch.schema.json"
    )
    (folder / "call.yaml").write_text(text, encoding="utf-8")
    return folder


def _schema(folder: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((folder / "sketch.schema.json").read_text(encoding="utf-8"))
    return data


def _write_schema(folder: Path, schema: dict[str, Any]) -> None:
    (folder / "sketch.schema.json").write_text(
        json.dumps(schema, ensure_ascii=False, indent=2), encoding="utf-8"
    )


def _line_of(path: Path, needle: str) -> int:
    text = path.read_text(encoding="utf-8")
    return text[: text.index(needle)].count("\n") + 1


def _error(folder: Path) -> str:
    with pytest.raises(CallError) as e:
        load_call(folder, Lang.EN)
    return str(e.value)


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every attempt to open a connection is recorded and refused."""
    tries: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        tries.append(address)
        raise OSError("network refused by the test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    return tries


@pytest.mark.parametrize(
    "ref",
    [
        "https://example.com/schema.json",
        "http://127.0.0.1:9/x.json#/a",
        "file:///etc/passwd",
        "//example.com/x.json",
        "../outside.json",
        "sub/../../outside.json",
        "/etc/passwd",
        "%2e%2e/outside.json",
    ],
)
def test_a_ref_never_leaves_the_call_folder(
    tmp_path: Path, ref: str, no_network: list[object]
) -> None:
    folder = _own_call(tmp_path)
    (tmp_path / "outside.json").write_text('{"type": "string"}', encoding="utf-8")
    schema = _schema(folder)
    schema["properties"]["title"] = {"$ref": ref}
    _write_schema(folder, schema)
    message = _error(folder)
    line = _line_of(folder / "sketch.schema.json", '"$ref"')
    assert message.startswith(f"{folder / 'sketch.schema.json'}:{line}:")
    assert "points outside the call's folder" in message or "is not a file name inside" in message
    assert no_network == []


def test_a_symlink_out_of_the_folder_is_refused(tmp_path: Path) -> None:
    folder = _own_call(tmp_path)
    (tmp_path / "secret.json").write_text('{"type": "string"}', encoding="utf-8")
    (folder / "title.json").symlink_to(tmp_path / "secret.json")
    schema = _schema(folder)
    schema["properties"]["title"] = {"$ref": "title.json"}
    _write_schema(folder, schema)
    assert _error(folder).endswith("malformed call: 'title.json' points outside the call's folder")


def test_a_ref_to_a_file_inside_the_folder_is_bundled(
    tmp_path: Path, no_network: list[object]
) -> None:
    folder = _own_call(tmp_path)
    (folder / "parts").mkdir()
    (folder / "parts" / "title.json").write_text(
        '{"$defs": {"t": {"type": "string", "maxLength": 5}}, "$ref": "#/$defs/t"}',
        encoding="utf-8",
    )
    schema = _schema(folder)
    schema["properties"]["title"] = {"$ref": "parts/title.json"}
    _write_schema(folder, schema)
    call = load_call(folder, Lang.EN)
    refs = json.dumps(call.schema)
    assert "parts/title.json" not in refs.replace("parts_title.json", "")
    assert not call.validator.is_valid({"title": "far too long"} | {})
    result = check_file(STAVANGER, CheckOptions(call=folder, lang=Lang.EN))
    assert RuleId.SCHEMA_RANGE in {f.rule for f in result.findings} or any(
        f.pointer == "/title" for f in result.findings
    )
    assert no_network == []


def test_a_schema_naming_a_foreign_metaschema_is_refused_unfetched(
    tmp_path: Path, no_network: list[object]
) -> None:
    folder = _own_call(tmp_path)
    schema = _schema(folder)
    schema["$schema"] = "http://127.0.0.1:9/meta.json"
    _write_schema(folder, schema)
    assert "'$schema' must be https://json-schema.org/draft/2020-12/schema" in _error(folder)
    assert no_network == []


@pytest.mark.parametrize(
    ("node", "needle", "what"),
    [
        (
            {"type": "strnig"},
            '"strnig"',
            'not a valid JSON Schema (draft 2020-12): "strnig" is not valid',
        ),
        ({"type": "string", "pattern": "(("}, '"(("', "not a valid JSON Schema (draft 2020-12): "),
        (
            {"type": "string", "minLength": -1},
            '"minLength": -1',
            "not a valid JSON Schema (draft 2020-12): ",
        ),
    ],
)
def test_an_invalid_schema_is_a_call_error_at_its_line(
    tmp_path: Path, node: dict[str, Any], needle: str, what: str
) -> None:
    folder = _own_call(tmp_path)
    schema = _schema(folder)
    schema["properties"]["summary"] = node
    _write_schema(folder, schema)
    message = _error(folder)
    path = folder / "sketch.schema.json"
    assert f"{path}:{_line_of(path, needle)}:" in message
    assert what in message


@pytest.mark.parametrize(
    "make",
    [
        lambda s: s["properties"].__setitem__("title", {"$ref": "#"}),
        lambda s: s["$defs"].update(a={"$ref": "#/$defs/b"}, b={"$ref": "#/$defs/a"}),
        lambda s: s["$defs"].update(
            node={"type": "object", "properties": {"child": {"$ref": "#/$defs/node"}}}
        ),
    ],
    ids=["root", "mutual", "tree"],
)
@pytest.mark.parametrize("command", ["check", "new", "render", "schema"])
def test_a_recursive_schema_is_a_call_error_in_every_command(
    tmp_path: Path, make: Any, command: str
) -> None:
    folder = _own_call(tmp_path)
    schema = _schema(folder)
    make(schema)
    _write_schema(folder, schema)
    sketch = tmp_path / "s" / "skisse.yaml"
    sketch.parent.mkdir()
    shutil.copy(STAVANGER, sketch)
    args: dict[str, list[str | Path]] = {
        "check": ["check", sketch],
        "new": ["new", tmp_path / "ny.yaml", "--no-input"],
        "render": ["render", sketch, "--draft"],
        "schema": ["schema"],
    }
    started = time.monotonic()
    r = run_cli(*args[command], "--call", folder, "--lang", "en")
    assert time.monotonic() - started < 5
    assert r.exit_code == 2
    assert "the schema is recursive: $ref '#" in r.stderr
    assert f"{folder / 'sketch.schema.json'}:" in r.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
@pytest.mark.parametrize("which", ["call.yaml", "sketch.schema.json"])
def test_a_fifo_is_refused_without_reading(tmp_path: Path, which: str) -> None:
    folder = _own_call(tmp_path)
    (folder / which).unlink()
    os.mkfifo(folder / which)
    started = time.monotonic()
    message = _error(folder)
    assert time.monotonic() - started < 2
    assert message.endswith(
        f"'{which}' is not a regular file (a folder, FIFO or device); it is not read"
    )


def test_a_device_is_refused(tmp_path: Path) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    folder = _own_call(tmp_path)
    (folder / "sketch.schema.json").unlink()
    (folder / "sketch.schema.json").symlink_to("/dev/zero")
    message = _error(folder)
    assert "points outside the call's folder" in message or "not a regular file" in message


def test_a_call_file_over_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    folder = _own_call(tmp_path)
    with (folder / "sketch.schema.json").open("ab") as f:
        f.truncate(MAX_CALL_FILE_BYTES + 1)
    assert _error(folder).endswith(
        f"'sketch.schema.json' is {MAX_CALL_FILE_BYTES + 1} bytes; the limit for a call file is "
        f"{MAX_CALL_FILE_BYTES} bytes"
    )


@pytest.mark.parametrize("weight", [".nan", ".inf", "-.inf", "0", "-1", "true", "1e999"])
def test_weights_are_finite_positive_numbers(tmp_path: Path, weight: str) -> None:
    folder = _own_call(tmp_path)
    path = folder / "call.yaml"
    text = path.read_text(encoding="utf-8")
    old = "  - id: unsolved_need\n"
    path.write_text(text.replace(old, f"{old}    weight: {weight}\n"), encoding="utf-8")
    line = _line_of(path, f"    weight: {weight}")
    message = _error(folder)
    assert message == (
        f"{path}:{line}:13: malformed call: 'weight' must be a finite, positive number"
    )


def test_huge_weights_cannot_overflow_into_nan(tmp_path: Path) -> None:
    folder = _own_call(tmp_path)
    path = folder / "call.yaml"
    text = path.read_text(encoding="utf-8")
    old = "  - id: unsolved_need\n"
    path.write_text(text.replace(old, f"{old}    weight: 1e308\n"), encoding="utf-8")
    assert _error(folder).endswith(
        "malformed call: 'weight' may be at most 1,000,000; weights are relative"
    )


def test_nan_in_a_schema_file_is_refused(tmp_path: Path) -> None:
    folder = _own_call(tmp_path)
    text = (folder / "sketch.schema.json").read_text(encoding="utf-8")
    (folder / "sketch.schema.json").write_text(
        text.replace('"type": "object"', '"type": "object", "maximum": NaN', 1), encoding="utf-8"
    )
    assert "invalid JSON: NaN is not a JSON number" in _error(folder)


def test_json_output_is_strict_json(tmp_path: Path) -> None:
    r = run_cli("check", STAVANGER, "--format", "json", "--today", "2017-08-01")

    def refuse(value: str) -> Any:
        raise AssertionError(f"{value} in JSON output")

    json.loads(r.stdout, parse_constant=refuse)


# --- a sketch cannot choose its call --------------------------------------------------------


@pytest.mark.parametrize(
    "named", ["./egen", "egen", "../egen", "/tmp/egen", "egen/call.yaml", "file:///tmp/egen"]
)
def test_a_sketch_naming_a_folder_is_checked_against_a_builtin_call(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, named: str
) -> None:
    folder = _own_call(tmp_path)
    # The folder's call would turn every rule off: it must never be used.
    path = folder / "call.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "  budget-sum:\n    applies: false\n")
    monkeypatch.chdir(tmp_path)
    sketch = tmp_path / "skisse.yaml"
    text = STAVANGER.read_text(encoding="utf-8")
    sketch.write_text(
        text.replace("call: innovasjonspartnerskap-2017", f"call: {named}").replace(
            "requested_nok: 9 000 000", "requested_nok: 99 000 000"
        ),
        encoding="utf-8",
    )
    result = check_file(sketch, CheckOptions(lang=Lang.EN))
    assert result.call is not None and result.call.id == "innovasjonspartnerskap-2017"
    assert result.call.folder == resources.schemas_dir() / "innovasjonspartnerskap-2017"
    rules = {f.rule for f in result.findings}
    assert RuleId.CALL_UNKNOWN in rules and RuleId.BUDGET_SUM in rules


def test_a_folder_named_like_a_builtin_id_never_shadows_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _own_call(tmp_path, "innovasjonspartnerskap-2017")
    hostile = tmp_path / "innovasjonspartnerskap-2017" / "call.yaml"
    hostile.write_text("id: innovasjonspartnerskap-2017\nrules: {budget-sum: {applies: false}}\n")
    monkeypatch.chdir(tmp_path)
    builtin = resources.schemas_dir() / "innovasjonspartnerskap-2017"
    assert load_call("innovasjonspartnerskap-2017").folder == builtin
    # ... also as --call ID; the folder is still reachable as a path the user writes.
    r = run_cli(
        "check", STAVANGER, "--call", "innovasjonspartnerskap-2017", "--today", "2017-08-01"
    )
    assert r.exit_code == 0, r.stderr
    r = run_cli("check", STAVANGER, "--call", "./innovasjonspartnerskap-2017")
    assert r.exit_code == 2 and "feil i utlysningen" in r.stderr


def test_a_malformed_call_folder_does_not_break_other_sketches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "odelagt"
    broken.mkdir()
    (broken / "call.yaml").write_text("id: [\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    naming = tmp_path / "a.yaml"
    naming.write_text(
        STAVANGER.read_text(encoding="utf-8").replace(
            "call: innovasjonspartnerskap-2017", "call: odelagt"
        ),
        encoding="utf-8",
    )
    good = tmp_path / "b.yaml"
    good.write_text(STAVANGER.read_text(encoding="utf-8"), encoding="utf-8")
    shutil.copy(STAVANGER.parent / "forpliktelseserklaering.pdf", tmp_path)
    r = run_cli("check", naming, good, "--format", "json", "--today", "2017-08-01")
    assert r.exit_code == 1
    report = json.loads(r.stdout)
    files = {Path(f["path"]).name: f for f in report["files"]}
    assert {f["rule"] for f in files["a.yaml"]["findings"]} >= {RuleId.CALL_UNKNOWN.value}
    assert [f["rule"] for f in files["b.yaml"]["findings"]] == []


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ref=st.text(min_size=1, max_size=40))
def test_any_ref_is_bundled_or_refused(tmp_path: Path, ref: str) -> None:
    folder = tmp_path / "h"
    if not folder.exists():
        shutil.copytree(_own_call(tmp_path, "base-h"), folder)
    schema = _schema(folder)
    schema["properties"]["title"] = {"$ref": ref}
    _write_schema(folder, schema)
    try:
        call = load_call(folder, Lang.EN)
    except CallError as e:
        assert str(e).startswith(str(folder))
        return
    text = json.dumps(call.schema)
    assert '"$ref": "#' in text
    assert all(r.startswith("#") for r in _refs(call.schema)), (
        "every reference left in a loaded schema is internal"
    )


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        own = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return own + [r for v in node.values() for r in _refs(v)]
    if isinstance(node, list):
        return [r for v in node for r in _refs(v)]
    return []


def test_deep_nesting_is_a_call_error(tmp_path: Path) -> None:
    folder = _own_call(tmp_path)
    deep = "[" * (sys.getrecursionlimit() + 10) + "]" * (sys.getrecursionlimit() + 10)
    text = (folder / "sketch.schema.json").read_text(encoding="utf-8")
    (folder / "sketch.schema.json").write_text(
        text.replace('"type": "object"', f'"type": "object", "x-deep": {deep}', 1),
        encoding="utf-8",
    )
    assert "malformed call" in _error(folder)


@pytest.mark.parametrize(
    "name",
    ["../outside.json", "/etc/hostname", "https://example.com/s.json", "sub/../../outside.json"],
)
def test_the_schema_call_yaml_names_stays_in_the_folder(tmp_path: Path, name: str) -> None:
    folder = _own_call(tmp_path)
    (tmp_path / "outside.json").write_text('{"type": "object"}', encoding="utf-8")
    path = folder / "call.yaml"
    text = path.read_text(encoding="utf-8").replace(
        "schema: sketch.schema.json", f"schema: '{name}'"
    )
    path.write_text(text, encoding="utf-8")
    line = _line_of(path, "schema: '")
    message = _error(folder)
    assert message.startswith(f"{path}:{line}:9: malformed call: ")
    assert "is not a file name inside the call's folder" in message


_JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rule=st.sampled_from(["plan-duration", "grant-limit", "top-manager", "nonsense", "word-limit"]),
    key=st.sampled_from(
        ["max_years", "tiers", "titles", "max_nok", "basis", "severity", "applies"]
    ),
    value=_JSONISH,
)
def test_any_rule_setting_loads_or_is_a_call_error(
    tmp_path: Path, rule: str, key: str, value: object
) -> None:
    folder = tmp_path / "r"
    if not folder.exists():
        shutil.copytree(_own_call(tmp_path, "base-r"), folder)
    path = folder / "call.yaml"
    text = (tmp_path / "base-r" / "call.yaml").read_text(encoding="utf-8")
    entry = json.dumps({rule: {key: value}}, ensure_ascii=False)
    path.write_text(text.replace("rules:\n", f"rules:\n  {entry[1:-1]}\n", 1), encoding="utf-8")
    from sketchkit.checking.settings import check_settings

    try:
        call = load_call(folder, Lang.EN)
        check_settings(call, Lang.EN)
    except CallError as e:
        assert str(e).startswith(f"{path}:")
