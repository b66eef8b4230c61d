"""One base sketch schema plus each call's additions; the bundle editors read is kept in step."""

from __future__ import annotations

import json
from pathlib import Path

from sketchkit.calls import builtin_call_ids, load_call
from sketchkit.calls.composition import (
    ADDITIONS_FILE,
    BASE_FILE,
    BASE_FOLDER,
    bundle_text,
    merge_patch,
)
from sketchkit.calls.loading import EDITOR_FILE
from sketchkit.core import resources
from tests.conftest import run_cli


def test_merge_patch_follows_rfc_7386() -> None:
    # The examples of RFC 7386, appendix A.
    assert merge_patch({"a": "b"}, {"a": "c"}) == {"a": "c"}
    assert merge_patch({"a": "b"}, {"b": "c"}) == {"a": "b", "b": "c"}
    assert merge_patch({"a": "b"}, {"a": None}) == {}
    assert merge_patch({"a": "b", "b": "c"}, {"a": None}) == {"b": "c"}
    assert merge_patch({"a": ["b"]}, {"a": "c"}) == {"a": "c"}
    assert merge_patch({"a": {"b": "c"}}, {"a": {"b": "d", "c": None}}) == {"a": {"b": "d"}}
    assert merge_patch({"a": [{"b": "c"}]}, {"a": [1]}) == {"a": [1]}
    assert merge_patch({"e": None}, {"a": 1}) == {"e": None, "a": 1}
    assert merge_patch([1, 2], {"a": "b", "c": None}) == {"a": "b"}


def test_builtin_calls_extend_the_base_with_small_additions() -> None:
    base = resources.schemas_dir() / BASE_FOLDER / BASE_FILE
    for call_id in builtin_call_ids():
        folder = resources.schemas_dir() / call_id
        additions = folder / ADDITIONS_FILE
        assert additions.is_file(), call_id
        # No call carries a copy of the base: its additions are a fraction of it.
        assert additions.stat().st_size * 3 < base.stat().st_size, call_id


def test_editor_bundles_are_in_step_with_base_and_additions() -> None:
    for call_id in builtin_call_ids():
        call = load_call(call_id)
        path = call.folder / EDITOR_FILE
        assert call.schema_path == path
        assert path.read_text(encoding="utf-8") == bundle_text(call.schema), (
            f"{path} is stale: run python -m sketchkit.calls.composition"
        )


def test_schema_command_prints_the_whole_schema(tmp_path: Path) -> None:
    out = tmp_path / "s.json"
    r = run_cli("schema", "--call", "innovasjonspartnerskap-2020", "-o", out)
    assert r.exit_code == 0, r.stderr
    schema = json.loads(out.read_text(encoding="utf-8"))
    # The 2020 additions and the base's fields are both there, in one document.
    assert "declarations" in schema["properties"]
    assert "socio_economic" in schema["properties"]["benefits"]["properties"]
    assert "applicant" in schema["properties"]
