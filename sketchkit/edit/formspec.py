"""The form, as data for the browser: built from the call's schema in the user's language.

A new call (data only) gets its form without new code: every field, section and list of the
schema becomes an input, a fieldset or a list with add, remove and reorder.
"""

from __future__ import annotations

from typing import Any

from sketchkit.calls.model import Call, Limit
from sketchkit.calls.navigation import Schema, schema_text
from sketchkit.core.i18n import Lang

MAX_DEPTH = 12  # a recursive schema stops here instead of building forever
_LONG_TEXT = 200  # a text field that may hold more than this many characters is a text area


def _limit(limit: Limit | None, node: Schema, lang: Lang) -> dict[str, Any] | None:
    out: dict[str, Any] = {}
    if limit is not None:
        out = {
            "text": limit.describe(lang),
            "min_words": limit.min_words,
            "max_words": limit.max_words,
            "min_chars": limit.min_chars,
            "max_chars": limit.max_chars,
        }
    if isinstance(node.get("maxLength"), int) and out.get("max_chars") is None:
        out["max_chars"] = node["maxLength"]
    if isinstance(node.get("minLength"), int) and out.get("min_chars") is None:
        out["min_chars"] = node["minLength"]
    return out or None


def _choices(node: Schema, lang: Lang) -> list[list[str]]:
    titles = node.get("x-enum-titles")
    out = []
    for value in node.get("enum", []):
        label = str(value)
        if isinstance(titles, dict) and str(value) in titles:
            entry = titles[str(value)]
            label = (
                str(entry.get(lang.value) or entry.get("nb") or value)
                if isinstance(entry, dict)
                else str(entry)
            )
        out.append([str(value), label])
    return out


def form_spec(call: Call, lang: Lang) -> dict[str, Any]:
    """The whole form: the schema's top level as an object."""
    return _node(call, call.nav.effective(call.schema), "", "", lang, required=True, depth=0)


def _node(
    call: Call, node: Schema, key: str, pattern: str, lang: Lang, *, required: bool, depth: int
) -> dict[str, Any]:
    eff = call.nav.effective(node)
    spec: dict[str, Any] = {
        "key": key,
        "pointer": pattern,
        "title": schema_text(eff, "title", lang) or key,
        "description": schema_text(eff, "description", lang),
        "required": required,
    }
    examples = eff.get("examples")
    if isinstance(examples, list) and examples:
        spec["example"] = str(examples[0])
    kind = eff.get("type")
    if depth >= MAX_DEPTH:
        spec["kind"] = "text"
        return spec
    if kind == "object":
        needed = set(eff.get("required", []))
        spec["kind"] = "object"
        spec["properties"] = [
            _node(
                call, sub, name, f"{pattern}/{name}", lang, required=name in needed, depth=depth + 1
            )
            for name, sub in (eff.get("properties") or {}).items()
            if isinstance(sub, dict)
        ]
        return spec
    if kind == "array":
        items = eff.get("items")
        spec["kind"] = "array"
        spec["items"] = _node(
            call,
            items if isinstance(items, dict) else {},
            "",
            f"{pattern}/*",
            lang,
            required=True,
            depth=depth + 1,
        )
        spec["min_items"] = eff.get("minItems", 0)
        return spec
    if "enum" in eff:
        spec["kind"] = "choice"
        spec["choices"] = _choices(eff, lang)
        return spec
    if kind == "boolean":
        spec["kind"] = "bool"
        return spec
    limit = call.limit_for(pattern.replace("*", "0"))
    spec["limit"] = _limit(limit, eff, lang)
    long_text = isinstance(eff.get("maxLength"), int) and eff["maxLength"] > _LONG_TEXT
    spec["kind"] = "prose" if (limit is not None and limit.counts_words) or long_text else "text"
    return spec
