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


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("budget:\n  total_nok: 1500\n", 1500),  # already a number
        ("budget:\n  total_nok: 1.5\n", 1.5),  # no amount: left for the schema
        ("budget:\n  total_nok: true\n", True),
        ("budget:\n  total_nok: [1]\n", [1]),
    ],
)
def test_amounts_that_are_not_text_are_left_as_they_are(text: str, value: object) -> None:
    assert _coerced(text)["budget"]["total_nok"] == value


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("14.06.2017", "2017-06-14"),
        ("' 4.6.2017 '", "2017-06-04"),
        ("2017-06-14", "2017-06-14"),
        ("1.2.17", "1.2.17"),  # a two-digit year is not clear: the schema reports it
        ("20170614", 20170614),
    ],
)
def test_dates(written: str, value: object) -> None:
    assert (
        _coerced(f"anchoring:\n  decision:\n    date: {written}\n")["anchoring"]["decision"]["date"]
        == value
    )


@pytest.mark.parametrize(
    ("written", "value"), [("true", "true"), ("1.50", "1.50"), ("null", None), ("'x'", "x")]
)
def test_text_fields_keep_what_was_written(written: str, value: object) -> None:
    assert _coerced(f"title: {written}\n")["title"] == value


def test_values_of_the_wrong_shape_are_left_for_the_schema() -> None:
    assert _coerced("budget: 5\n") == {"budget": 5}
    assert _coerced("budget:\n  items: 5\n") == {"budget": {"items": 5}}
    assert _coerced("risks:\n  - 5\n") == {"risks": [5]}
    assert _coerced("anchoring:\n  resources:\n    person_months: '36'\n") == {
        "anchoring": {"resources": {"person_months": "36"}}
    }


def test_a_recursive_schema_is_planned_to_a_bounded_depth() -> None:
    from sketchkit.calls.coercion import plan_for
    from sketchkit.calls.navigation import SchemaNav

    schema = {
        "$ref": "#/$defs/node",
        "$defs": {
            "node": {
                "type": "object",
                "properties": {
                    "amount": {"x-sketchkit-kind": "amount"},
                    "child": {"$ref": "#/$defs/node"},
                },
            }
        },
    }
    plan = plan_for(SchemaNav(schema))
    depth = 0
    while plan.properties:
        assert plan.properties["amount"].kind == "amount"
        plan = plan.properties["child"]
        depth += 1
    assert depth == 33  # depths 0 to 32 are planned; below 32 the plan stops
