"""The outline: a symbol per section and field, and the criteria summed up at the top."""

from __future__ import annotations

from lsprotocol import types as t

from sketchkit.calls.navigation import schema_text
from sketchkit.checking.criteria import STATUS_WORDS, Status
from sketchkit.core import pointer as ptr
from sketchkit.core.i18n import Msg
from sketchkit.lsp.state import Snapshot

SHOW_CRITERIA = "sketchkit.showCriteria"
_MARK = {Status.MET: "✔", Status.WEAK: "~", Status.MISSING: "✘", Status.NOT_ASSESSED: "?"}
_LENS = Msg("Kriterier: {met}/{total} oppfylt — {each}", "Criteria: {met}/{total} met — {each}")
_MAX_DEPTH = 3  # sections, their fields and one level below: enough to find one's way


def symbols(snap: Snapshot) -> list[t.DocumentSymbol]:
    result = snap.result
    if result is None or result.document is None:
        return []
    doc = result.document
    keys = sorted(doc.key_positions.items(), key=lambda item: item[1])
    last = len(snap.lines) - 1

    def end_of(pointer: str, index: int) -> int:
        # A field runs to the line before the next key that is not inside it.
        for other, (line, _) in keys[index + 1 :]:
            if not ptr.is_within(other, pointer):
                return max(line - 2, keys[index][1][0] - 1)
        return last

    nodes: dict[str, t.DocumentSymbol] = {}
    children: dict[str, list[t.DocumentSymbol]] = {}
    roots: list[t.DocumentSymbol] = []
    for index, (pointer, (line, column)) in enumerate(keys):
        depth = pointer.count("/")
        if depth > _MAX_DEPTH:
            continue
        name = ptr.parts(pointer)[-1]
        node = result.call.nav.at(pointer) if result.call else None
        title = schema_text(node, "title", snap.lang) if node else ""
        end = end_of(pointer, index)
        end_char = len(snap.lines[end]) if end < len(snap.lines) else 0
        symbol = t.DocumentSymbol(
            name=name,
            detail=title or None,
            kind=t.SymbolKind.Namespace if depth == 1 else t.SymbolKind.Field,
            range=t.Range(t.Position(line - 1, 0), t.Position(end, end_char)),
            selection_range=t.Range(
                t.Position(line - 1, column - 1), t.Position(line - 1, column - 1 + len(name))
            ),
            children=children.setdefault(pointer, []),
        )
        nodes[pointer] = symbol
        # The nearest ancestor that has a symbol (list items have none of their own).
        parent = ptr.parent(pointer)
        while parent and parent not in nodes:
            parent = ptr.parent(parent)
        if parent:
            children[parent].append(symbol)
        else:
            roots.append(symbol)
    return roots


def lenses(snap: Snapshot) -> list[t.CodeLens]:
    result = snap.result
    if result is None or not result.criteria:
        return []
    each = " · ".join(
        f"{_MARK[c.status]} {c.criterion.title_in(snap.lang)}" for c in result.criteria
    )
    title = _LENS(snap.lang, met=result.met(), total=len(result.criteria), each=each)
    details = "\n".join(
        f"{_MARK[c.status]} {c.criterion.title_in(snap.lang)}: {STATUS_WORDS[c.status](snap.lang)}"
        for c in result.criteria
    )
    return [
        t.CodeLens(
            range=t.Range(t.Position(0, 0), t.Position(0, 0)),
            command=t.Command(title=title, command=SHOW_CRITERIA, arguments=[details]),
        )
    ]
