"""Turn what the user typed into what the schema expects, where the meaning is clear.

``org_number: 964965226`` is text as written; ``budget_nok: 1 250 000`` is
one and a quarter million; ``date: 14.06.2017`` is ``2017-06-14``. Anything
unclear is left alone for the schema to report.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sketchkit.calls.navigation import Schema, SchemaNav, kind_of
from sketchkit.core import pointer as ptr
from sketchkit.core.dates import to_iso
from sketchkit.core.numbers import parse_nok, whole_number
from sketchkit.input.yamldoc import YamlDocument


@dataclass(slots=True)
class Plan:
    """What to do at one place of the schema, worked out once per call, not per sketch."""

    kind: str | None = None
    properties: dict[str, Plan] = field(default_factory=dict)
    items: Plan | None = None


def plan_for(nav: SchemaNav) -> Plan:
    return _plan(nav.effective(nav.root), nav, 0)


def _plan(eff: Schema, nav: SchemaNav, depth: int) -> Plan:
    plan = Plan(kind=kind_of(eff))
    if depth > 32:  # a recursive schema: stop converting below here
        return plan
    props = eff.get("properties")
    if isinstance(props, dict):
        plan.properties = {
            k: _plan(nav.effective(v), nav, depth + 1)
            for k, v in props.items()
            if isinstance(v, dict)
        }
    items = eff.get("items")
    if isinstance(items, dict):
        plan.items = _plan(nav.effective(items), nav, depth + 1)
    return plan


def coerce(doc: YamlDocument, plan: Plan) -> None:
    """Convert values in ``doc.data`` in place, following the call's plan."""
    doc.data = _walk(doc.data, plan, "", doc)


def _walk(value: Any, plan: Plan, pointer: str, doc: YamlDocument) -> Any:
    if isinstance(value, dict):
        if plan.properties:
            for key, child in value.items():
                sub = plan.properties.get(key)
                if sub is not None:
                    value[key] = _walk(child, sub, ptr.join(pointer, key), doc)
        return value
    if isinstance(value, list):
        if plan.items is not None:
            for i, child in enumerate(value):
                value[i] = _walk(child, plan.items, f"{pointer}/{i}", doc)
        return value
    kind = plan.kind
    if kind is None or (kind == "text" and isinstance(value, str)):
        return value
    raw = doc.raw.get(pointer)
    if kind == "amount":
        text = raw if raw is not None else value
        if isinstance(text, str):
            amount = parse_nok(text)  # "1.250" as written is 1 250 kroner, not 1.25
            if amount is not None:
                return amount
        # A float written for an amount (``1.0``, ``99e6``) is checked exactly like the
        # integer it equals; one with a fraction, or inf, goes back to the text as written, for
        # the schema to refuse and quote as the user wrote it.
        whole = whole_number(value)
        if whole is not None:
            return whole
        return raw if isinstance(value, float) and raw is not None else value
    if kind == "date":
        if isinstance(value, str):
            iso = to_iso(value)
            if iso is not None:
                return iso
        return value
    # text: an unquoted number or true/false means the characters as written.
    if raw is not None and not isinstance(value, str):
        return raw
    return value
