"""Saving from the form changes exactly what changed: comments, order, quoting and styles stay."""

from __future__ import annotations

import copy
import difflib
from pathlib import Path
from typing import Any

import pytest

from sketchkit.core.i18n import Lang
from sketchkit.edit.roundtrip import RoundTrip, guess_indent
from sketchkit.input.yamldoc import load

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted(ROOT.glob("examples/*/skisse.yaml"))


def _data(text: str) -> Any:
    doc, problems = load(text, Lang.NB)
    assert doc is not None and not problems
    return doc.data


def _changed(before: str, after: str) -> list[str]:
    return [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.parent.name)
def test_nothing_changed_is_written_back_byte_for_byte(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    trip = RoundTrip(text)
    data = _data(text)
    trip.apply(data, copy.deepcopy(data))
    assert trip.dump() == text


SKETCH = """\
# Kommentar øverst
title: Gammel tittel  # etter verdien
summary: >
  Første linje
  fortsetter her.
kommune: "0301"
budget:
  total_nok: 1 000 000
  items:
    # om postene
    - item: A
      amount_nok: 600 000
    - item: B  # B er viktig
      amount_nok: 400 000
plan:
  phases:
    - phase: competition
      start: 2018-01-01
    - phase: development
      start: 2018-06-01
flag: true
count: 3
"""


def _apply(change: Any, *, read_back: Any = None) -> tuple[str, Any]:
    trip = RoundTrip(SKETCH)
    old = _data(SKETCH)
    new = copy.deepcopy(old)
    change(new)
    trip.apply(old, new)
    out = trip.dump()
    assert _data(out) == (new if read_back is None else read_back), "sketchkit reads it back"
    return out, new


def test_a_changed_scalar_is_the_only_changed_line() -> None:
    def change(d: Any) -> None:
        d["title"] = "Ny tittel"
        d["budget"]["total_nok"] = "1 100 000"

    out, _ = _apply(change)
    # ruamel keeps a comment after a value in its column.
    assert _changed(SKETCH, out) == [
        "-title: Gammel tittel  # etter verdien",
        "+title: Ny tittel      # etter verdien",
        "-  total_nok: 1 000 000",
        "+  total_nok: 1 100 000",
    ]


def test_quoting_and_types_follow_the_old_value() -> None:
    def change(d: Any) -> None:
        d["kommune"] = "1103"
        d["count"] = "4"
        d["flag"] = "false"
        d["plan"]["phases"][0]["start"] = "2018-02-01"

    # The form sends what was typed; where the old value was a number or true/false, the new one
    # is written as one too, so sketchkit reads it as before.
    expected = _data(SKETCH)
    change(expected)
    expected.update(count=4, flag=False)
    out, _ = _apply(change, read_back=expected)
    assert _changed(SKETCH, out) == [
        '-kommune: "0301"',
        '+kommune: "1103"',
        "-      start: 2018-01-01",
        "+      start: 2018-02-01",
        "-flag: true",
        "-count: 3",
        "+flag: false",
        "+count: 4",
    ]


def test_text_that_yaml_would_misread_is_quoted() -> None:
    def change(d: Any) -> None:
        d["title"] = "Del 1: behov"

    out, _ = _apply(change)
    assert "title: 'Del 1: behov' # etter verdien" in out


def test_a_folded_block_stays_folded_and_lines_typed_become_a_literal_block() -> None:
    out, _ = _apply(lambda d: d.__setitem__("summary", "Ett avsnitt som er nytt.\n"))
    assert "summary: >\n  Ett avsnitt som er nytt.\n" in out
    out, _ = _apply(lambda d: d.__setitem__("summary", "Innledning.\n\n- første\n- andre\n"))
    assert "summary: |\n  Innledning.\n\n  - første\n  - andre\n" in out


def test_an_item_added_and_one_removed_keep_the_others_comments() -> None:
    def change(d: Any) -> None:
        d["budget"]["items"].append({"item": "C", "amount_nok": "100 000"})
        del d["budget"]["items"][0]

    out, _ = _apply(change)
    assert "    - item: B  # B er viktig\n      amount_nok: 400 000\n" in out
    assert "    - item: C\n      amount_nok: 100 000\n" in out
    assert "item: A" not in out


def test_items_moved_keep_their_nodes() -> None:
    def change(d: Any) -> None:
        d["plan"]["phases"].reverse()

    out, _ = _apply(change)
    assert out.index("phase: development") < out.index("phase: competition")
    assert "start: 2018-06-01" in out and "start: 2018-01-01" in out  # dates stay plain


def test_a_field_added_and_one_removed() -> None:
    def change(d: Any) -> None:
        d["language"] = "nn"
        del d["count"]

    out, _ = _apply(change)
    assert _changed(SKETCH, out) == ["-count: 3", "+language: nn"]


@pytest.mark.parametrize(
    ("text", "indent"),
    [
        ("a:\n  b: 1\nl:\n  - x\n", (2, 4, 2)),
        ("a:\n    b: 1\nl:\n- x\n", (4, 2, 0)),
        ("a:\n  b: 1\n", (2, 4, 2)),
        ("", (2, 4, 2)),
    ],
)
def test_the_file_keeps_its_indentation(text: str, indent: tuple[int, int, int]) -> None:
    assert guess_indent(text) == indent
