"""A new sketch with every section of the call, each field preceded by its guidance.

The guidance is the call's own schema descriptions: one source of truth for
the editor's hover text, the scaffold and the messages. Whatever the user has
not told us yet is a visible placeholder that ``check`` reports.
"""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Mapping

from sketchkit.calls import Call
from sketchkit.calls.navigation import Schema, SchemaNav, schema_text
from sketchkit.checking.placeholders import placeholder
from sketchkit.core.i18n import Lang, Msg, pick

WIDTH = 92

_HEADER = Msg(
    "Prosjektskisse til «{title}».\n"
    "Fyll inn alt som er merket <<FYLL INN>>, og sjekk skissen med: sketchkit check {name}\n"
    "Linjer som starter med # er veiledning og kan stå eller slettes.",
    "Project sketch for '{title}'.\n"
    "Fill in everything marked <<FILL IN>>, then check the sketch with: sketchkit check {name}\n"
    "Lines starting with # are guidance; keep or delete them.",
)
_OPTIONAL = Msg(
    "Valgfritt: fjern # foran linjene under for å bruke feltet.",
    "Optional: remove the # before the lines below to use the field.",
)
_ONLY_WHEN = Msg("Bare når {field} er {value}.", "Only when {field} is {value}.")
_CHOICES = Msg("én av: {choices}", "one of: {choices}")
_DATE = Msg("dato, f.eks. 2018-03-01", "date, e.g. 2018-03-01")
_AMOUNT = Msg("beløp i kroner, f.eks. 1 250 000", "amount in kroner, e.g. 1 250 000")
_NUMBER = Msg("tall", "number")


def scaffold(
    call: Call,
    lang: Lang,
    facts: Mapping[str, str] | None = None,
    *,
    schema_uri: str | None = None,
    file_name: str = "skisse.yaml",
) -> str:
    """The text of a new sketch. ``facts`` maps JSON Pointers to values the user already gave."""
    known = {"/call": call.id, "/language": lang.value, **(facts or {})}
    writer = _ScaffoldWriter(call, lang, known)
    if schema_uri:
        writer.lines.append(f"# yaml-language-server: $schema={schema_uri}")
    for line in _HEADER(lang, title=call.title_in(lang), name=file_name).splitlines():
        writer.lines.append(f"# {line}")
    root = call.nav.effective(call.schema)
    required = set(root.get("required", []))
    for key, sub in root.get("properties", {}).items():
        writer.lines.append("")
        writer.field(key, call.nav.effective(sub), f"/{key}", 0, optional=key not in required)
    return "\n".join(writer.lines) + "\n"


# What YAML will not take raw in a stream (PyYAML's reader refuses these characters).
_NOT_PRINTABLE = re.compile(
    "[^\x09\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)  # also line separators (\x85, \u2028, \u2029) and the BOM, which YAML would swallow


def yaml_string(value: str) -> str:
    """A double-quoted YAML scalar that reads back as exactly ``value``, æøå left readable."""
    quoted = json.dumps(value, ensure_ascii=False)
    return _NOT_PRINTABLE.sub(_escape_char, quoted)


def _plain_prose(value: str) -> bool:
    """Text a folded block keeps exactly: one paragraph of printable characters."""
    return (
        bool(value.strip())
        and value == " ".join(value.split())
        and not _NOT_PRINTABLE.search(value)
    )


def _escape_char(m: re.Match[str]) -> str:
    code = ord(m.group(0))
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


class _ScaffoldWriter:
    def __init__(self, call: Call, lang: Lang, known: Mapping[str, str]) -> None:
        self.call = call
        self.nav: SchemaNav = call.nav
        self.lang = lang
        self.known = known
        self.lines: list[str] = []

    # -- text helpers -------------------------------------------------------------------------
    def _t(self, node: Schema, key: str) -> str:
        return schema_text(node, key, self.lang)

    def _comment(self, node: Schema, pointer: str, indent: int, extra: list[str]) -> None:
        title, desc = self._t(node, "title"), self._t(node, "description")
        notes = [n for n in extra if n]
        limit = self.call.limit_for(pointer)
        if limit is not None:
            notes.append(limit.describe(self.lang))
        text = " ".join(p for p in (f"{title}:" if title and desc else title, desc) if p)
        if notes:
            text += f" ({'; '.join(notes)})"
        if not text:
            return
        prefix = " " * indent + "# "
        self.lines.extend(
            textwrap.wrap(text, WIDTH, initial_indent=prefix, subsequent_indent=prefix)
        )

    def _choices(self, node: Schema) -> str:
        """The codes the schema takes, each with its name: ``municipality (kommune)``."""
        titles = node.get("x-enum-titles") or {}
        return ", ".join(
            f"{code} ({pick(titles[code], self.lang).lower()})"
            if isinstance(titles.get(code), dict)
            else str(code)
            for code in node["enum"]
        )

    def _hint(self, node: Schema) -> str:
        """What the placeholder says: the field's title, or the kind of value wanted."""
        if "enum" in node:
            return " | ".join(str(v) for v in node["enum"])
        kind = node.get("x-sketchkit-kind")
        if kind == "date":
            return _DATE(self.lang)
        if kind == "amount":
            return _AMOUNT(self.lang)
        if node.get("type") in ("number", "integer"):
            return _NUMBER(self.lang)
        return self._t(node, "title").lower()

    # -- emitting -----------------------------------------------------------------------------
    def field(self, key: str, node: Schema, pointer: str, indent: int, *, optional: bool) -> None:
        if optional and not self._wanted(node, pointer):
            self._commented(key, node, pointer, indent)
            return
        in_list = any(t.isdigit() for t in pointer.split("/"))
        if not (in_list and "enum" in node and pointer in self.known):
            # A choice already made for each list item (the plan's phases) needs no guidance.
            notes = []
            if "enum" in node:
                notes.append(_CHOICES(self.lang, choices=self._choices(node)))
            self._comment(node, pointer, indent, notes)
        self._value(key, node, pointer, indent)

    def _wanted(self, node: Schema, pointer: str) -> bool:
        """An optional field is written out when a sibling's value calls for it (or is unknown)."""
        when = node.get("x-required-when")
        if not isinstance(when, dict):
            return pointer in self.known
        parent = pointer.rsplit("/", 1)[0]
        for sibling, value in when.items():
            given = self.known.get(f"{parent}/{sibling}")
            if given is not None and given != value:
                return False
        return True

    def _commented(self, key: str, node: Schema, pointer: str, indent: int) -> None:
        pad = " " * indent
        when = node.get("x-required-when")
        extra = ""
        if isinstance(when, dict):
            extra = " " + " ".join(_ONLY_WHEN(self.lang, field=k, value=v) for k, v in when.items())
        self.lines.append(f"{pad}# {_OPTIONAL(self.lang)}{extra}")
        self._comment(node, pointer, indent, [])
        start = len(self.lines)
        self._value(key, node, pointer, indent)
        # Comment the field out; its inner guidance goes, so that removing one "# " per line
        # gives clean YAML.
        body = [line for line in self.lines[start:] if not line.lstrip().startswith("#")]
        self.lines[start:] = [f"{pad}# {line[indent:]}" for line in body]

    def _value(self, key: str, node: Schema, pointer: str, indent: int) -> None:
        pad = " " * indent
        kind = node.get("type")
        if kind == "object":
            self.lines.append(f"{pad}{key}:")
            self._object_body(node, pointer, indent + 2)
        elif kind == "array":
            self.lines.append(f"{pad}{key}:")
            self._array_items(node, pointer, indent + 2)
        else:
            self.lines.append(f"{pad}{key}:{self._scalar(node, pointer, indent)}")

    def _object_body(self, node: Schema, pointer: str, indent: int, *, first: str = "") -> None:
        """The fields of an object; ``first`` replaces the indent of the first line (``- ``)."""
        required = set(node.get("required", []))
        for i, (key, sub) in enumerate(node.get("properties", {}).items()):
            start = len(self.lines)
            self.field(
                key,
                self.nav.effective(sub),
                f"{pointer}/{key}",
                indent,
                optional=key not in required,
            )
            if i == 0 and first:
                # The list dash goes on the first field line; its guidance sits at the dash.
                dash = " " * (indent - len(first))
                for j in range(start, len(self.lines)):
                    if self.lines[j].lstrip().startswith("#"):
                        self.lines[j] = dash + self.lines[j][indent:]
                    else:
                        self.lines[j] = dash + first + self.lines[j][indent:]
                        break

    def _array_items(self, node: Schema, pointer: str, indent: int) -> None:
        items = self.nav.effective(node.get("items", {}))
        each = node.get("x-scaffold-each")
        if items.get("type") == "object":
            enum_prop = (
                self.nav.effective(items.get("properties", {}).get(each, {})) if each else {}
            )
            values = enum_prop.get("enum") or [None]
            for n, value in enumerate(values):
                item_pointer = f"{pointer}/{n}"
                known = dict(self.known)
                if value is not None:
                    known[f"{item_pointer}/{each}"] = value
                saved, self.known = self.known, known
                self._object_body(items, item_pointer, indent + 2, first="- ")
                self.known = saved
        else:
            # A list of texts: the placeholder names the list ("dokumentasjon").
            titled = {**items, "title": node.get("title"), "x-title-en": node.get("x-title-en")}
            line = self._scalar(titled, f"{pointer}/0", indent + 2).lstrip()
            self.lines.append(f"{' ' * indent}- {line}")

    def _scalar(self, node: Schema, pointer: str, indent: int) -> str:
        limit = self.call.limit_for(pointer)
        if pointer in self.known:
            value = self.known[pointer]
            if limit is not None and limit.counts_words and _plain_prose(value):
                # Prose typed at the prompt: a folded block, wrapped, as the user would write it.
                pad = " " * (indent + 2)
                return " >\n" + "\n".join(
                    textwrap.wrap(value, WIDTH, initial_indent=pad, subsequent_indent=pad)
                )
            return " " + yaml_string(value)
        marker = placeholder(self.lang.value, self._hint(node))
        if limit is not None and limit.counts_words:
            # Prose: a literal block, so the answer can run over several lines and keeps its
            # paragraphs and "-" lists as written (a folded ">" block would join them).
            return f" |\n{' ' * (indent + 2)}{marker}"
        return " " + yaml_string(marker)
