"""The rule registry: every rule sketchkit runs, in the order it runs them."""

from __future__ import annotations

from sketchkit.checking.rule import Context, Rule, RuleInfo
from sketchkit.checking.rules import (
    budget,
    call_id,
    commitment_letter,
    contact,
    cost_savings,
    deadline,
    grant_limit,
    municipality_number,
    org_number,
    placeholder,
    plan_dates,
    plan_duration,
    plan_order,
    plan_start,
    purchase_proportion,
    top_manager,
    word_limit,
)

RULES: tuple[Rule, ...] = (
    call_id.RULE,
    deadline.RULE,
    placeholder.RULE,
    org_number.RULE,
    municipality_number.RULE,
    contact.RULE,
    top_manager.RULE,
    commitment_letter.RULE,
    budget.RULE,
    grant_limit.RULE,
    purchase_proportion.RULE,
    cost_savings.RULE,
    plan_dates.RULE,
    plan_order.RULE,
    plan_start.RULE,
    plan_duration.RULE,
    word_limit.RULE,
)


__all__ = ["RULES", "Context", "Rule", "RuleInfo"]
