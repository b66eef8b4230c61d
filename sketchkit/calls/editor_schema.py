"""The call's JSON Schema dressed for editors: ``sketchkit schema``.

The YAML language server (VS Code and others) shows ``markdownDescription`` on hover,
offers ``examples`` and ``defaultSnippets`` in completion, and uses ``title``. All of it is
derived from the call's own schema and limits, in the chosen language with the other one
alongside.
"""

from __future__ import annotations

import copy
from typing import Any

from sketchkit.calls import Call
from sketchkit.calls.describe import basis_text
from sketchkit.calls.navigation import Schema, SchemaNav, schema_text
from sketchkit.core.i18n import Lang, Msg

_OTHER = Msg("*English:* {text}", "*Bokmål:* {text}")


def editor_schema(call: Call, lang: Lang = Lang.NB) -> dict[str, Any]:
    schema = copy.deepcopy(call.schema)
    nav = SchemaNav(schema)
    _dress(schema, nav, call, lang, "")
    return schema


def _dress(node: Schema, nav: SchemaNav, call: Call, lang: Lang, pointer: str) -> None:
    title = schema_text(node, "title", lang)
    desc = schema_text(node, "description", lang)
    # The description in the other of bokmål and English, for readers of both.
    other = schema_text(node, "description", Lang.NB if lang is Lang.EN else Lang.EN)
    if title:
        node["title"] = title
    if desc:
        node["description"] = desc
        limit = call.limit_for(pointer) if pointer.startswith("/") else None
        parts = [
            f"**{title}**" if title else "",
            desc,
            # The limit says what it rests on: the call's source, or sketchkit's advice.
            f"{limit.describe(lang)} ({basis_text(limit.basis, lang)})" if limit else "",
        ]
        if other and other != desc:
            parts.append(_OTHER(lang, text=other))
        node["markdownDescription"] = "\n\n".join(p for p in parts if p)
    eff = nav.effective(node)
    if eff.get("type") == "object" and "properties" in eff and "defaultSnippets" not in node:
        node["defaultSnippets"] = [_snippet(eff, nav, lang)]
    for key, sub in (node.get("properties") or {}).items():
        if isinstance(sub, dict):
            _dress(sub, nav, call, lang, f"{pointer}/{key}")
    items = node.get("items")
    if isinstance(items, dict):
        _dress(items, nav, call, lang, f"{pointer}/*")
    for name, sub in (node.get("$defs") or {}).items():
        if isinstance(sub, dict):
            _dress(sub, nav, call, lang, f"#{name}")


def _snippet(eff: Schema, nav: SchemaNav, lang: Lang) -> dict[str, Any]:
    body: dict[str, Any] = {}
    for n, key in enumerate(eff.get("required", []), 1):
        sub = nav.effective(eff["properties"][key])
        title = schema_text(sub, "title", lang) or key
        if sub.get("type") == "array":
            body[key] = [f"${{{n}:{title}}}"]
        elif sub.get("type") == "object":
            body[key] = {}
        elif sub.get("type") in ("number", "integer") or sub.get("x-sketchkit-kind") == "amount":
            body[key] = f"^${{{n}:0}}"
        else:
            body[key] = f"${{{n}:{title}}}"
    return {"label": schema_text(eff, "title", lang), "body": body}
