"""JSON Pointers (RFC 6901), as used for every place in a sketch."""

from __future__ import annotations

from typing import Any


def escape(token: str) -> str:
    if "~" not in token and "/" not in token:  # the common case, on a hot path
        return token
    return token.replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def join(parent: str, token: str | int) -> str:
    return f"{parent}/{escape(str(token))}"


def parts(pointer: str) -> list[str]:
    return [unescape(t) for t in pointer.split("/")[1:]] if pointer else []


def parent(pointer: str) -> str:
    """The pointer one level up; always shorter than ``pointer`` unless it is the root, so a
    walk up to the root ends. Text without a ``/`` (no pointer at all) has the root as parent."""
    return pointer.rsplit("/", 1)[0] if "/" in pointer else ""


def is_within(pointer: str, ancestor: str) -> bool:
    """True when ``pointer`` is ``ancestor`` or lies below it."""
    return pointer == ancestor or pointer.startswith(ancestor + "/")


def dotted(pointer: str) -> str:
    """A human-readable path: ``/plan/phases/2/end`` → ``plan.phases[2].end``."""
    out = ""
    for token in parts(pointer):
        if token.isdigit():
            out += f"[{token}]"
        else:
            out += f".{token}" if out else token
    return out or "(rot)"


def lookup(data: Any, pointer: str, missing: Any = None) -> Any:
    """The value at ``pointer`` in plain data (mappings and lists), or ``missing``."""
    node = data
    for token in parts(pointer):
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return missing
    return node
