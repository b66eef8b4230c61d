"""Walking a call's JSON Schema alongside a sketch: what is expected at each place."""

from __future__ import annotations

from typing import Any

from sketchkit.core import pointer as ptr
from sketchkit.core.i18n import Lang, to_nynorsk

Schema = dict[str, Any]


class SchemaNav:
    """Resolves local ``$ref``s and answers "what schema applies at this pointer?"."""

    def __init__(self, root: Schema) -> None:
        self.root = root
        self._effective: dict[int, Schema] = {}

    def resolve_ref(self, ref: str) -> Schema:
        if not ref.startswith("#"):
            return {}
        node: Any = self.root
        for token in ptr.parts(ref[1:]):
            if not isinstance(node, dict) or token not in node:
                return {}
            node = node[token]
        return node if isinstance(node, dict) else {}

    def effective(self, node: Schema) -> Schema:
        """The node with its ``$ref`` target merged in (the node's own keywords win)."""
        key = id(node)
        cached = self._effective.get(key)
        if cached is not None:
            return cached
        out = node
        seen = 0
        while "$ref" in out and seen < 16:
            target = self.resolve_ref(out["$ref"])
            out = {**target, **{k: v for k, v in out.items() if k != "$ref"}}
            seen += 1
        self._effective[key] = out
        return out

    def child(self, node: Schema, token: str) -> Schema | None:
        eff = self.effective(node)
        props = eff.get("properties")
        if isinstance(props, dict) and token in props:
            return self.effective(props[token])
        items = eff.get("items")
        if token.isdigit() and isinstance(items, dict):
            return self.effective(items)
        return None

    def at(self, pointer: str) -> Schema | None:
        node: Schema | None = self.effective(self.root)
        for token in ptr.parts(pointer):
            if node is None:
                return None
            node = self.child(node, token)
        return node

    def at_schema_path(self, path: list[str | int]) -> list[Schema]:
        """Every schema node along a validator's ``schema_path``, outermost first."""
        nodes: list[Schema] = []
        node: Any = self.root
        for token in path:
            if token == "$ref" and isinstance(node, dict) and isinstance(node.get("$ref"), str):
                node = self.resolve_ref(node["$ref"])
                nodes.append(self.effective(node))
                continue
            if isinstance(node, dict):
                node = node.get(str(token)) if str(token) in node else None
            elif isinstance(node, list) and isinstance(token, int) and token < len(node):
                node = node[token]
            else:
                node = None
            if node is None:
                break
            if isinstance(node, dict):
                nodes.append(self.effective(node))
        return nodes


def schema_text(node: Schema, key: str, lang: Lang) -> str:
    """A node's ``title`` or ``description`` in ``lang``: bokmål in the keyword itself, other
    languages in ``x-title-en``, ``x-description-nn`` and the like. Nynorsk not written in the
    schema comes from the nynorsk catalogues, keyed by the bokmål text.

    The one place that knows where a schema keeps its languages."""
    if lang is not Lang.NB:
        other = node.get(f"x-{key}-{lang.value}")
        if isinstance(other, str):
            return other
    value = node.get(key)
    if not isinstance(value, str):
        return ""
    return to_nynorsk(value) if lang is Lang.NN else value


def kind_of(eff: Schema) -> str | None:
    """What a user's value at this place should become: ``amount``, ``date``, ``text``."""
    kind = eff.get("x-sketchkit-kind")
    if kind in ("amount", "date"):
        return str(kind)
    if eff.get("type") == "string":
        return "text"
    return None
