"""Hover: on a key, what the field is for; on a value, what sketchkit read it as."""

from __future__ import annotations

from typing import Any

from sketchkit.calls.model import Call
from sketchkit.calls.navigation import Schema, schema_text
from sketchkit.checking.catalog import rules_for
from sketchkit.checking.rule import MISSING
from sketchkit.checking.rules.word_limit import count_words
from sketchkit.core import pointer as ptr
from sketchkit.core.i18n import Lang, Msg
from sketchkit.core.numbers import format_nok
from sketchkit.lsp.locate import locate
from sketchkit.lsp.state import Snapshot

_LIMIT = Msg(
    "**Grense:** {limit} (nå {words} ord, {chars} tegn)",
    "**Limit:** {limit} (now {words} words, {chars} characters)",
)
_CRITERIA = Msg("**Kriterier:** {titles}", "**Criteria:** {titles}")
_RULES = Msg("**Sjekkes av:** {ids}", "**Checked by:** {ids}")
_READ_AS = Msg("sketchkit leser `{raw}` som {what}", "sketchkit reads `{raw}` as {what}")
_TEXT = Msg("tekst «{value}»", "text '{value}'")
_AMOUNT = Msg("beløpet {value}", "the amount {value}")
_WHOLE = Msg("heltallet {value}", "the whole number {value}")
_DECIMAL = Msg("desimaltallet {value}", "the decimal number {value}")
_BOOL = Msg("sannhetsverdien {value}", "the truth value {value}")
_EMPTY = Msg("tomt (ingen verdi)", "empty (no value)")
_DATE = Msg("datoen {value}", "the date {value}")


def _criteria(call: Call, pointer: str, lang: Lang) -> list[str]:
    return [
        c.title_in(lang)
        for c in call.criteria
        if any(ptr.is_within(pointer, f) or ptr.is_within(f, pointer) for f in c.fields)
    ]


def _read_as(node: Schema, value: Any, raw: str, lang: Lang) -> str:
    if value is None:
        what = _EMPTY(lang)
    elif isinstance(value, bool):
        what = _BOOL(lang, value="true" if value else "false")
    elif isinstance(value, int) and node.get("x-sketchkit-kind") == "amount":
        what = _AMOUNT(lang, value=format_nok(value))
    elif isinstance(value, int):
        what = _WHOLE(lang, value=value)
    elif isinstance(value, float):
        what = _DECIMAL(lang, value=value)
    elif node.get("x-sketchkit-kind") == "date":
        what = _DATE(lang, value=value)
    else:
        what = _TEXT(lang, value=str(value))
    return _READ_AS(lang, raw=raw.strip(), what=what)


def hover_markdown(snap: Snapshot, line: int, character: int) -> str | None:
    """The hover text at a position, as Markdown, or None where there is nothing to say."""
    result = snap.result
    if result is None or result.document is None or result.call is None:
        return None
    spot = locate(result.document, line, character)
    if spot is None or not spot.pointer:
        return None
    call, lang = result.call, snap.lang
    node = call.nav.at(spot.pointer) or {}
    value = ptr.lookup(result.document.data, spot.pointer, MISSING)
    if not spot.on_key:
        if isinstance(value, dict | list) or value is MISSING:
            return None
        vline, vcol = result.document.positions[spot.pointer]
        raw = snap.lines[vline - 1][vcol - 1 :] if vline - 1 < len(snap.lines) else ""
        raw = raw.split(" #", 1)[0]
        return _read_as(node, value, raw[:80], lang)
    parts = []
    title = schema_text(node, "title", lang)
    parts.append(f"**{title}** (`{ptr.dotted(spot.pointer)}`)" if title else f"`{spot.pointer}`")
    description = schema_text(node, "description", lang)
    if description:
        parts.append(description)
    limit = call.limit_for(spot.pointer)
    if limit is not None:
        text = value if isinstance(value, str) else ""
        parts.append(
            _LIMIT(
                lang, limit=limit.describe(lang), words=count_words(text), chars=len(text.strip())
            )
        )
    criteria = _criteria(call, spot.pointer, lang)
    if criteria:
        parts.append(_CRITERIA(lang, titles=", ".join(criteria)))
    ids = rules_for(spot.pointer, node)
    if ids:
        parts.append(_RULES(lang, ids=", ".join(f"`{i}`" for i in ids)))
    return "\n\n".join(parts)
