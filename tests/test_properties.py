"""Property-based tests: whatever comes in, no exception escapes and the exit code is 1 or 2."""

from __future__ import annotations

import copy
import datetime as dt
import tempfile
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from sketchkit.calls import load_call
from sketchkit.checking.checker import CheckOptions, check_file, check_text
from sketchkit.core import pointer as ptr
from sketchkit.core.i18n import Lang
from sketchkit.documents.model import build
from sketchkit.documents.renderers import DocumentFormat, render
from sketchkit.scaffolding.scaffold import scaffold
from tests.conftest import EXAMPLES, run_cli

TODAY = CheckOptions(today=dt.date(2017, 8, 1))
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)

_EXAMPLE = check_file(EXAMPLES[0], TODAY)
assert _EXAMPLE.document is not None
EXAMPLE_DATA: dict[str, Any] = _EXAMPLE.document.data
POINTERS = sorted(p for p in _EXAMPLE.document.positions if p)


def _set(data: Any, pointer: str, value: Any) -> None:
    *parents, last = ptr.parts(pointer)
    node = data
    for token in parents:
        node = node[int(token)] if isinstance(node, list) else node[token]
    if isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value


def _assert_clean(exit_code: int, output: str) -> None:
    assert exit_code in (1, 2), output
    assert "Traceback" not in output


@SETTINGS
@given(st.binary(max_size=2000))
def test_any_bytes_give_a_clean_result(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "skisse.yaml"
        path.write_bytes(data)
        result = check_file(path, TODAY)
        assert result.findings or result.fatal
        assert all(f.line >= 1 and f.column >= 1 for f in result.findings)
        r = run_cli("check", path, "--today", "2017-08-01")
        _assert_clean(r.exit_code, r.stdout + r.stderr)
        assert str(path) in r.stdout + r.stderr


@SETTINGS
@given(st.text(max_size=500))
def test_any_text_is_checked_without_exception(text: str) -> None:
    result = check_text(text, options=TODAY)
    assert result.findings  # no random text is a complete sketch


@SETTINGS
@given(json_values)
def test_any_yaml_document_is_checked_without_exception(value: Any) -> None:
    text = yaml.safe_dump(value, allow_unicode=True)
    result = check_text(text, options=TODAY)
    assert not result.valid


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(POINTERS), json_values)
@example("/title", {"x" * 300: None})  # found by hypothesis: Word's 255-character properties
@example("/anchoring", "\x08")  # found by hypothesis: a character XML cannot hold
def test_any_value_in_any_field_is_checked_and_drafted(pointer: str, value: Any) -> None:
    data = copy.deepcopy(EXAMPLE_DATA)
    _set(data, pointer, value)
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    result = check_text(text, options=TODAY, folder=EXAMPLES[0].parent)
    assert all(f.line >= 1 for f in result.findings)
    if result.document is not None:
        doc = build(result, draft=True, date=dt.date(2017, 8, 15))
        for fmt in (DocumentFormat.MD, DocumentFormat.HTML, DocumentFormat.DOCX):
            assert render(doc, fmt).data


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(POINTERS), json_values)
@example("/partners", [{}])  # found by hypothesis: a table with no columns
def test_any_value_in_any_field_makes_a_pdf(pointer: str, value: Any) -> None:
    data = copy.deepcopy(EXAMPLE_DATA)
    _set(data, pointer, value)
    result = check_text(yaml.safe_dump(data, allow_unicode=True), options=TODAY)
    if result.document is not None:
        pdf = render(build(result, draft=True), DocumentFormat.PDF)
        assert pdf.data.startswith(b"%PDF-") and pdf.pages


@SETTINGS
@given(st.text(max_size=80), st.text(max_size=80))
def test_scaffold_keeps_any_fact_exactly(title: str, name: str) -> None:
    text = scaffold(
        load_call("innovasjonspartnerskap-2017"),
        Lang.NB,
        {"/title": title, "/applicant/name": name},
    )
    data = yaml.safe_load(text)
    assert data["title"] == title
    assert data["applicant"]["name"] == name
    check_text(text, options=TODAY)


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=40).filter(lambda s: "\x00" not in s))
def test_new_with_any_flag_value_exits_0_or_2(value: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        r = run_cli(
            "new", Path(tmp) / "s.yaml", "--no-input", "--title", value, "--org-number", value
        )
        assert r.exit_code in (0, 2)
        assert "Traceback" not in r.stdout + r.stderr
