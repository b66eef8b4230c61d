"""Every rule says which fields it reads (editors show it on hover), and each is a real field."""

from __future__ import annotations

import pytest

from sketchkit.calls import load_call
from sketchkit.checking.catalog import rules_for
from sketchkit.checking.rule import Rule
from sketchkit.checking.ruleids import RuleId
from sketchkit.checking.rules import RULES

# Rules about every text (placeholders) or about the fields a call's limits name (word limits).
_ANY_FIELD = {RuleId.PLACEHOLDER, RuleId.WORD_LIMIT}


@pytest.mark.parametrize("rule", RULES, ids=lambda r: str(r.info.id))
def test_each_rule_names_fields_the_schema_has(rule: Rule) -> None:
    info = rule.info
    if info.id in _ANY_FIELD:
        assert info.fields == ()
        return
    assert info.fields, f"{info.id} names no field"
    call = load_call("innovasjonspartnerskap-2020")
    for pattern in info.fields:
        assert call.nav.at(pattern.replace("*", "0")) is not None, (info.id, pattern)


def test_rules_for_a_field_lists_schema_rules_then_the_rules() -> None:
    assert rules_for("/applicant/org_number", {"type": "string"}) == ["schema-type", "org-number"]
    assert rules_for("/plan/phases/3/end", {"type": "string", "format": "date"}) == [
        "schema-type",
        "schema-format",
        "plan-dates",
        "plan-duration",
    ]
