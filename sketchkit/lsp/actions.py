"""Quick fixes where the fix is certain, and a suppression comment for any finding."""

from __future__ import annotations

import re

from lsprotocol import types as t

from sketchkit.calls.navigation import schema_text
from sketchkit.checking.findings import Finding
from sketchkit.checking.placeholders import placeholder
from sketchkit.checking.ruleids import RuleId
from sketchkit.core import pointer as ptr
from sketchkit.core.i18n import Lang, Msg
from sketchkit.core.identifiers import format_org_number, org_check_digit
from sketchkit.lsp.state import Snapshot

_SET_GRANT = Msg(
    "Sett omsøkt tilskudd til det prosjektet koster minus egeninnsatsen ({sum})",
    "Set the grant applied for to the project's cost less the own contribution ({sum})",
)
_FORMAT_ORG = Msg(
    "Skriv organisasjonsnummeret som {value}", "Write the organisation number as {value}"
)
_QUOTE = Msg("Sett kommunenummeret i anførselstegn", "Quote the municipality number")
_EXAMPLE = Msg("Begynn med feltets eksempel", "Start from the field's example")
_ADD_KEY = Msg("Legg til feltet «{key}»", "Add the field '{key}'")
_SUPPRESS = Msg("Undertrykk {rule} her (med begrunnelse)", "Suppress {rule} here (with a reason)")
_REASON = Msg("<<begrunnelse>>", "<<reason>>")


def _value_span(line_text: str, column: int) -> tuple[int, int]:
    """The 0-based span of a one-line scalar that starts at 1-based ``column``: up to a comment
    (`` #``) or the end of the line, trailing spaces left out."""
    start = column - 1
    rest = line_text[start:]
    if rest[:1] in ("'", '"'):
        close = rest.find(rest[0], 1)
        end = start + close + 1 if close > 0 else len(line_text)
        return start, end
    comment = rest.find(" #")
    body = rest if comment < 0 else rest[:comment]
    return start, start + len(body.rstrip())


def _edit(line: int, start: int, end: int, text: str) -> t.TextEdit:
    return t.TextEdit(range=t.Range(t.Position(line, start), t.Position(line, end)), new_text=text)


def _action(
    snap: Snapshot,
    title: str,
    edits: list[t.TextEdit],
    diagnostic: t.Diagnostic | None,
    *,
    preferred: bool = False,
) -> t.CodeAction:
    return t.CodeAction(
        title=title,
        kind=t.CodeActionKind.QuickFix if diagnostic else t.CodeActionKind.RefactorRewrite,
        diagnostics=[diagnostic] if diagnostic else None,
        edit=t.WorkspaceEdit(changes={snap.uri: edits}),
        is_preferred=preferred or None,
    )


def _grouped(amount: int) -> str:
    # Plain spaces, as people type them; sketchkit reads «1 250 000» as an amount.
    return f"{amount:,}".replace(",", " ")


def _budget_requested(snap: Snapshot, finding: Finding) -> tuple[str, list[t.TextEdit]] | None:
    """Own contribution plus the grant may not exceed what the project costs: the grant that
    makes them meet is certain when every amount is known."""
    doc = snap.result.document if snap.result else None
    if doc is None or finding.pointer != "/budget/requested_nok":
        return None
    budget = ptr.lookup(doc.data, "/budget")
    if not isinstance(budget, dict) or not isinstance(budget.get("own_costs"), list):
        return None
    amounts = [i.get("amount_nok") if isinstance(i, dict) else None for i in budget["own_costs"]]
    known = [*amounts, budget.get("companies_development_nok"), budget.get("own_contribution_nok")]
    if not amounts or not all(isinstance(a, int) and not isinstance(a, bool) for a in known):
        return None
    cost = sum(a for a in amounts if isinstance(a, int)) + budget["companies_development_nok"]
    grant = cost - budget["own_contribution_nok"]
    if grant <= 0:
        return None
    line, column = doc.positions[finding.pointer]
    start, end = _value_span(snap.lines[line - 1], column)
    return _SET_GRANT(snap.lang, sum=_grouped(grant)), [
        _edit(line - 1, start, end, _grouped(grant))
    ]


def _org_number(snap: Snapshot, pointer: str) -> tuple[str, list[t.TextEdit]] | None:
    doc = snap.result.document if snap.result else None
    if doc is None or pointer not in doc.positions:
        return None
    line, column = doc.positions[pointer]
    start, end = _value_span(snap.lines[line - 1], column)
    written = snap.lines[line - 1][start:end].strip("'\"")
    digits = re.sub(r"\D", "", written)
    # Certain only when exactly nine digits remain and they make a valid number.
    if len(digits) != 9 or org_check_digit(digits[:8]) != int(digits[8]):
        return None
    formatted = format_org_number(digits)
    if written == formatted:
        return None
    return _FORMAT_ORG(snap.lang, value=formatted), [_edit(line - 1, start, end, formatted)]


def _quote_municipality(snap: Snapshot, pointer: str) -> tuple[str, list[t.TextEdit]] | None:
    doc = snap.result.document if snap.result else None
    if doc is None or pointer not in doc.positions:
        return None
    line, column = doc.positions[pointer]
    start, end = _value_span(snap.lines[line - 1], column)
    written = snap.lines[line - 1][start:end]
    if not re.fullmatch(r"\d{1,4}", written):
        return None
    # Other YAML readers take 0301 as the octal number 193: quoting keeps it text everywhere.
    return _QUOTE(snap.lang), [_edit(line - 1, start, end, f'"{written}"')]


def _placeholder(snap: Snapshot, finding: Finding) -> tuple[str, list[t.TextEdit]] | None:
    result = snap.result
    if result is None or result.call is None:
        return None
    node = result.call.nav.at(finding.pointer) or {}
    examples = node.get("examples")
    if not isinstance(examples, list) or not examples or not isinstance(examples[0], str):
        return None
    marker = _marker(snap, finding)
    if not marker:
        return None
    line, start, end = marker
    example = " ".join(examples[0].split())
    return _EXAMPLE(snap.lang), [_edit(line, start, end, example)]


def _marker(snap: Snapshot, finding: Finding) -> tuple[int, int, int] | None:
    """Where the placeholder's text stands: on the finding's line or in the block below it."""
    from sketchkit.checking.placeholders import PLACEHOLDER

    for line in range(finding.line - 1, min(finding.line + 200, len(snap.lines))):
        m = PLACEHOLDER.search(snap.lines[line])
        if m:
            return line, m.start(), m.end()
    return None


def _add_key(snap: Snapshot, finding: Finding) -> tuple[str, list[t.TextEdit]] | None:
    result = snap.result
    if result is None or result.call is None or result.document is None:
        return None
    doc = result.document
    parent, key = ptr.parent(finding.pointer), ptr.parts(finding.pointer)[-1]
    node = result.call.nav.at(finding.pointer) or {}
    children = [
        col for p, (_, col) in doc.key_positions.items() if ptr.parent(p) == parent and p != parent
    ]
    if children:
        indent = min(children) - 1
    elif parent in doc.key_positions:
        indent = doc.key_positions[parent][1] + 1
    else:
        indent = 0
    pad = " " * indent
    title = schema_text(node, "title", snap.lang)
    mark = placeholder(snap.lang.value if snap.lang is Lang.EN else "nb", title)
    kind = node.get("type")
    if kind == "object":
        required = node.get("required") or []
        body = "".join(f"{pad}  {child}: {placeholder('nb')}\n" for child in required)
        text = f"{pad}{key}:\n{body}" if body else f"{pad}{key}: {{}}\n"
    elif kind == "array":
        text = f"{pad}{key}:\n{pad}  - {mark}\n"
    else:
        text = f"{pad}{key}: {mark}\n"
    # Right below the parent's key line; at the end for a field of the top level.
    if parent and parent in doc.key_positions:
        at = doc.key_positions[parent][0]
    else:
        at = len(snap.lines)
        if snap.text and not snap.text.endswith("\n"):
            text = "\n" + text
    return _ADD_KEY(snap.lang, key=key), [_edit(at, 0, 0, text)]


def _suppress(snap: Snapshot, finding: Finding) -> tuple[str, list[t.TextEdit]]:
    line = max(finding.line - 1, 0)
    text = snap.lines[line] if line < len(snap.lines) else ""
    comment = f"# sketchkit: ignore[{finding.rule}] {_REASON(snap.lang)}"
    title = _SUPPRESS(snap.lang, rule=finding.rule)
    if "#" not in text:
        end = len(text.rstrip())
        return title, [_edit(line, end, len(text), f"  {comment}")]
    # The line has a comment already: a comment alone on the line above silences this line.
    pad = " " * (len(text) - len(text.lstrip(" ")))
    return title, [_edit(line, 0, 0, f"{pad}{comment}\n")]


_FIXES = {
    RuleId.BUDGET_SUM: _budget_requested,
    RuleId.PLACEHOLDER: _placeholder,
    RuleId.SCHEMA_REQUIRED: _add_key,
}


def code_actions(snap: Snapshot, line: int, diagnostics: list[t.Diagnostic]) -> list[t.CodeAction]:
    result = snap.result
    if result is None:
        return []
    actions: list[t.CodeAction] = []
    for diagnostic in diagnostics:
        data = diagnostic.data if isinstance(diagnostic.data, dict) else {}
        finding = next(
            (
                f
                for f in result.findings
                if str(f.rule) == data.get("rule")
                and f.pointer == data.get("pointer")
                and f.line - 1 == diagnostic.range.start.line
            ),
            None,
        )
        if finding is None:
            continue
        fix = _FIXES.get(RuleId(finding.rule)) if finding.rule in set(RuleId) else None
        found = fix(snap, finding) if fix else None
        if found is None and finding.rule == RuleId.ORG_NUMBER:
            found = _org_number(snap, finding.pointer)
        if found is None and finding.pointer.endswith("/municipality_number"):
            found = _quote_municipality(snap, finding.pointer)
        if found is not None:
            actions.append(_action(snap, found[0], found[1], diagnostic, preferred=True))
        title, edits = _suppress(snap, finding)
        actions.append(_action(snap, title, edits, diagnostic))
    actions += _refactorings(snap, line)
    return actions


def _refactorings(snap: Snapshot, line: int) -> list[t.CodeAction]:
    """Certain rewrites offered on a line even without a finding."""
    doc = snap.result.document if snap.result else None
    if doc is None:
        return []
    out = []
    for pointer, (vline, _) in doc.positions.items():
        if vline - 1 != line:
            continue
        found = None
        if pointer.endswith("/org_number"):
            found = _org_number(snap, pointer)
        elif pointer.endswith("/municipality_number"):
            found = _quote_municipality(snap, pointer)
        if found is not None:
            out.append(_action(snap, found[0], found[1], None))
    return out
