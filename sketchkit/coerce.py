"""Turn what the user typed into what the schema expects, where the meaning is clear.

``org_number: 964965226`` is text as written; ``budget_nok: 1 250 000`` is
one and a quarter million; ``date: 14.06.2017`` is ``2017-06-14``. Anything
unclear is left alone for the schema to report.
"""

from __future__ import annotations

import re
from typing import Any

from sketchkit import pointer as ptr
from sketchkit.numbers import parse_nok
from sketchkit.schemanav import Schema, SchemaNav, kind_of
from sketchkit.yamlload import Document

_NORWEGIAN_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


def coerce(doc: Document, nav: SchemaNav) -> None:
    """Convert values in ``doc.data`` in place, guided by the schema."""
    doc.data = _walk(doc.data, nav.effective(nav.root), "", doc, nav)


def _walk(value: Any, eff: Schema, pointer: str, doc: Document, nav: SchemaNav) -> Any:
    if isinstance(value, dict):
        props = eff.get("properties")
        if isinstance(props, dict):
            for key, child in value.items():
                sub = props.get(key)
                if isinstance(sub, dict):
                    value[key] = _walk(child, nav.effective(sub), ptr.join(pointer, key), doc, nav)
        return value
    if isinstance(value, list):
        items = eff.get("items")
        if isinstance(items, dict):
            sub_eff = nav.effective(items)
            for i, child in enumerate(value):
                value[i] = _walk(child, sub_eff, f"{pointer}/{i}", doc, nav)
        return value
    kind = kind_of(eff)
    if kind is None:
        return value
    raw = doc.raw.get(pointer)
    if kind == "amount":
        text = raw if raw is not None else value
        if isinstance(text, str):
            amount = parse_nok(text)
            return value if amount is None else amount
        return value
    if kind == "date":
        if isinstance(value, str):
            m = _NORWEGIAN_DATE.match(value.strip())
            if m:
                day, month, year = m.groups()
                return f"{year}-{int(month):02d}-{int(day):02d}"
        return value
    # text: an unquoted number or true/false means the characters as written.
    if raw is not None and not isinstance(value, str):
        return raw
    return value
