"""Completion: the keys valid at the cursor (snippets for sections and list items), choices with
their Norwegian labels, and call ids for ``call:``. Works on half-typed text: where the text does
not parse, the place is read from indentation alone."""

from __future__ import annotations

from lsprotocol import types as t

from sketchkit.calls.loading import builtin_call_ids, load_call
from sketchkit.calls.model import Call, CallError
from sketchkit.calls.navigation import Schema, schema_text
from sketchkit.core import pointer as ptr
from sketchkit.core.i18n import Lang
from sketchkit.lsp.locate import block_keys, key_before_cursor, parent_at
from sketchkit.lsp.state import Snapshot

DEFAULT_CALL = "innovasjonspartnerskap-2017"


def _call(snap: Snapshot) -> Call | None:
    if snap.result is not None and snap.result.call is not None:
        return snap.result.call
    try:
        return load_call(DEFAULT_CALL, snap.lang)
    except CallError:
        return None


def _snippet(key: str, node: Schema, indent: str) -> str:
    """What accepting a key inserts: a section opens an indented line, a list its first item."""
    kind = node.get("type")
    if kind == "object":
        return f"{key}:\n{indent}  $0"
    if kind == "array":
        items = node.get("items")
        if isinstance(items, dict) and items.get("type") == "object":
            return f"{key}:\n{indent}  - $0"
        return f"{key}:\n{indent}  - $0"
    if "enum" in node:
        choices = ",".join(str(v) for v in node["enum"])
        return f"{key}: ${{1|{choices}|}}"
    return f"{key}: $0"


def _enum_label(node: Schema, value: object, lang: Lang) -> str | None:
    titles = node.get("x-enum-titles")
    if not isinstance(titles, dict) or str(value) not in titles:
        return None
    entry = titles[str(value)]
    if isinstance(entry, dict):
        return str(entry.get(lang.value) or entry.get("nb") or value)
    return str(entry)


def complete(snap: Snapshot, line: int, character: int) -> list[t.CompletionItem]:
    call = _call(snap)
    if call is None:
        return []
    lines = snap.lines
    lang = snap.lang
    typing_value_of = key_before_cursor(lines, line, character)
    parent = parent_at(lines, line, character)
    if typing_value_of is not None:
        pointer = ptr.join(parent, typing_value_of)
        if pointer == "/call":
            return [
                t.CompletionItem(
                    label=cid, kind=t.CompletionItemKind.Value, detail=_title(cid, lang)
                )
                for cid in builtin_call_ids()
            ]
        choices = call.nav.at(pointer) or {}
        return [
            t.CompletionItem(
                label=str(value),
                kind=t.CompletionItemKind.EnumMember,
                detail=_enum_label(choices, value, lang),
            )
            for value in choices.get("enum", [])
        ]
    node = call.nav.at(parent)
    if node is None or node.get("type") == "array":
        return []
    current = lines[line][:character] if line < len(lines) else ""
    indent = " " * (len(current) - len(current.lstrip(" ")))
    if current.lstrip(" ").startswith("- "):
        indent += "  "
    taken = block_keys(lines, line, len(indent))
    required = set(node.get("required", []))
    items: list[t.CompletionItem] = []
    for key, sub in (node.get("properties") or {}).items():
        if key in taken or not isinstance(sub, dict):
            continue
        eff = call.nav.effective(sub)
        title = schema_text(eff, "title", lang)
        description = schema_text(eff, "description", lang)
        items.append(
            t.CompletionItem(
                label=key,
                kind=t.CompletionItemKind.Property,
                detail=title or None,
                documentation=t.MarkupContent(kind=t.MarkupKind.Markdown, value=description)
                if description
                else None,
                insert_text=_snippet(key, eff, indent),
                insert_text_format=t.InsertTextFormat.Snippet,
                # Required fields first, then the schema's order.
                sort_text=f"{0 if key in required else 1}{len(items):03d}",
            )
        )
    return sorted(items, key=lambda item: item.sort_text or "")


def _title(call_id: str, lang: Lang) -> str | None:
    try:
        return load_call(call_id, lang).title_in(lang)
    except CallError:
        return None
