from __future__ import annotations

from typing import Any

import pytest

from sketchkit.calls import load_call
from sketchkit.calls.coercion import coerce
from sketchkit.core.i18n import Lang
from sketchkit.input.yamldoc import load


def _coerced(text: str) -> Any:
    doc, problems = load(text, Lang.NB)
    assert doc is not None and not problems
    coerce(doc, load_call("innovasjonspartnerskap-2017").coercion)
    return doc.data


@pytest.mark.parametrize(
    "written", ["1000000", "1 000 000", "1.000.000", '"kr 1 000 000,-"', "1 mill.", "1.000.000,00"]
)
def test_amounts_are_whole_kroner_however_written(written: str) -> None:
    data = _coerced(f"budget:\n  total_nok: {written}\n")
    assert data["budget"]["total_nok"] == 1_000_000


def test_plain_float_looking_amount_uses_the_text_as_written() -> None:
    assert _coerced("budget:\n  total_nok: 1.000\n")["budget"]["total_nok"] == 1000


def test_unclear_amount_is_left_for_the_schema() -> None:
    assert _coerced("budget:\n  total_nok: tre\n")["budget"]["total_nok"] == "tre"


def test_text_fields_keep_numbers_as_written() -> None:
    data = _coerced(
        "title: 2020\napplicant:\n  org_number: 964965226\n  municipality_number: 1103\n"
    )
    assert data["title"] == "2020"
    assert data["applicant"] == {"org_number": "964965226", "municipality_number": "1103"}


def test_norwegian_dates_become_iso() -> None:
    data = _coerced("anchoring:\n  decision:\n    date: 4.6.2017\n")
    assert data["anchoring"]["decision"]["date"] == "2017-06-04"


def test_items_in_lists_are_coerced() -> None:
    data = _coerced("budget:\n  items:\n    - {item: a, amount_nok: 1 500}\n")
    assert data["budget"]["items"][0]["amount_nok"] == 1500


def test_unknown_fields_are_left_alone() -> None:
    assert _coerced("ukjent: 0301\n") == {"ukjent": "0301"}
