"""The submission document as plain data, before any format.

Every renderer (Markdown, HTML, Word, PDF) draws the same document from
here, so the formats cannot drift apart. Headings and labels come from the
call's schema in the sketch's own language; values are formatted the
Norwegian way (``1 250 000 kr``, ``964 965 226``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sketchkit.calls import Call
from sketchkit.calls.navigation import Schema, SchemaNav, schema_text
from sketchkit.checking.checker import FileResult
from sketchkit.checking.criteria import STATUS_WORDS, Status
from sketchkit.core import pointer as ptr
from sketchkit.core.i18n import Lang, Msg
from sketchkit.core.identifiers import display_org_number
from sketchkit.core.numbers import format_nok

# Fields shown in the document's header rather than as sections of their own.
_HEADER_FIELDS = ("call", "language", "title")
_MONTHS_NB = (
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
)
_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    label: str | None = None  # a sub-heading for prose fields


@dataclass(frozen=True, slots=True)
class Fields:
    """Label–value pairs (a definition list)."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Bullets:
    items: tuple[str, ...]
    label: str | None = None


@dataclass(frozen=True, slots=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: tuple[bool, ...]  # right-align these columns
    label: str | None = None


Block = Paragraph | Fields | Bullets | Table


@dataclass(frozen=True, slots=True)
class Section:
    id: str
    heading: str
    blocks: tuple[Block, ...] = ()
    subsections: tuple[Section, ...] = ()


@dataclass(frozen=True)
class Document:
    lang: str  # the sketch's language: nb, nn or en
    title: str
    call_id: str
    call_title: str
    header: Fields
    sections: tuple[Section, ...]
    appendix_heading: str
    appendix: Table
    draft: bool
    draft_label: str
    labels: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain data for templates and engines that read JSON (typst)."""
        return {
            "lang": self.lang,
            "title": self.title,
            "call_id": self.call_id,
            "call_title": self.call_title,
            "header": _block_dict(self.header),
            "sections": [_section_dict(s) for s in self.sections],
            "appendix_heading": self.appendix_heading,
            "appendix": _block_dict(self.appendix),
            "draft": self.draft,
            "draft_label": self.draft_label,
            "labels": self.labels,
        }


def _block_dict(block: Block) -> dict[str, Any]:
    kind = type(block).__name__.lower()
    if isinstance(block, Paragraph):
        return {"kind": kind, "text": block.text, "label": block.label}
    if isinstance(block, Fields):
        return {"kind": kind, "rows": [list(r) for r in block.rows]}
    if isinstance(block, Bullets):
        return {"kind": kind, "items": list(block.items), "label": block.label}
    return {
        "kind": kind,
        "header": list(block.header),
        "rows": [list(r) for r in block.rows],
        "numeric": list(block.numeric),
        "label": block.label,
    }


def _section_dict(section: Section) -> dict[str, Any]:
    return {
        "id": section.id,
        "heading": section.heading,
        "blocks": [_block_dict(b) for b in section.blocks],
        "subsections": [_section_dict(s) for s in section.subsections],
    }


_L = {
    "applicant": Msg("Søker", "Applicant"),
    "org_number": Msg("Organisasjonsnummer", "Organisation number"),
    "contact": Msg("Kontaktperson", "Contact person"),
    "call": Msg("Utlysning", "Call"),
    "date": Msg("Dato", "Date"),
    "appendix": Msg(
        "Vedlegg: Hvor skissen svarer på utlysningens kriterier",
        "Appendix: Where the sketch answers the call's criteria",
    ),
    "criterion": Msg("Kriterium", "Criterion"),
    "answered_in": Msg("Besvart i", "Answered in"),
    "status": Msg("Dekning (sketchkit)", "Coverage (sketchkit)"),
    "draft": Msg("UTKAST", "DRAFT"),
    "page": Msg("Side", "Page"),
    "yes": Msg("ja", "yes"),
    "no": Msg("nei", "no"),
}


def build(result: FileResult, *, draft: bool = False, date: dt.date | None = None) -> Document:
    """The document for a checked sketch. The sketch must have loaded (``result.document``)."""
    if result.document is None or result.call is None or not isinstance(result.document.data, dict):
        raise ValueError("the sketch could not be read; nothing to render")
    data: dict[str, Any] = result.document.data
    call = result.call
    sketch_lang = data.get("language") if data.get("language") in ("nb", "nn", "en") else "nb"
    lang = Lang.EN if sketch_lang == "en" else Lang.NB
    builder = _DocumentBuilder(call, lang)
    sections = tuple(
        builder.section(key, sub, data[key], f"/{key}")
        for key, sub in call.schema.get("properties", {}).items()
        if key not in _HEADER_FIELDS and key in data and data[key] not in (None, "", [], {})
    )
    return Document(
        lang=str(sketch_lang),
        title=str(data.get("title") or ""),
        call_id=call.id,
        call_title=call.title_in(lang),
        header=builder.header(data, date or dt.date.today()),
        sections=sections,
        appendix_heading=_L["appendix"](lang),
        appendix=builder.appendix(result),
        draft=draft,
        draft_label=_L["draft"](lang),
        labels={
            **{k: m(lang) for k, m in _L.items()},
            **{s.value: STATUS_WORDS[s](lang) for s in Status},
        },
    )


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


class _DocumentBuilder:
    def __init__(self, call: Call, lang: Lang) -> None:
        self.call = call
        self.nav: SchemaNav = call.nav
        self.lang = lang

    def title(self, node: Schema, fallback: str) -> str:
        return schema_text(node, "title", self.lang) or fallback

    def _is_prose(self, node: Schema, pointer: str, value: Any) -> bool:
        limit = self.call.limit_for(pointer)
        if limit is not None and limit.counts_words:
            return True
        return isinstance(value, str) and len(value) > 120

    def value(self, node: Schema, value: Any) -> str:
        """A scalar as the reader should see it."""
        if value is None:
            return ""
        titles = node.get("x-enum-titles")
        if isinstance(titles, dict) and isinstance(value, str) and value in titles:
            t = titles[value]
            return (
                str(t.get(self.lang.value) or t.get("nb") or value)
                if isinstance(t, dict)
                else str(t)
            )
        kind = node.get("x-sketchkit-kind")
        if kind == "amount" and isinstance(value, int) and not isinstance(value, bool):
            return format_nok(value)
        if kind == "date" and isinstance(value, str):
            return self.date(value)
        if kind == "org_number" and isinstance(value, str):
            return display_org_number(value)
        if isinstance(value, bool):
            return (_L["yes"] if value else _L["no"])(self.lang)
        if isinstance(value, float):
            return f"{value:g}".replace(".", ",") if self.lang is not Lang.EN else f"{value:g}"
        return str(value).strip()

    def date(self, iso: str) -> str:
        try:
            d = dt.date.fromisoformat(iso)
        except ValueError:
            return iso
        if self.lang is Lang.EN:
            return f"{d.day} {_MONTHS_EN[d.month - 1]} {d.year}"
        return f"{d.day}. {_MONTHS_NB[d.month - 1]} {d.year}"

    def header(self, data: dict[str, Any], date: dt.date) -> Fields:
        applicant = _mapping(data.get("applicant"))
        contact = _mapping(applicant.get("contact"))
        org = display_org_number(str(applicant.get("org_number") or ""))
        contact_text = ", ".join(
            str(contact[k]).strip() for k in ("name", "role", "email", "phone") if contact.get(k)
        )
        rows = [
            (_L["call"](self.lang), self.call.title_in(self.lang)),
            (_L["applicant"](self.lang), str(applicant.get("name") or "")),
            (_L["org_number"](self.lang), org),
            (_L["contact"](self.lang), contact_text),
            (_L["date"](self.lang), self.date(date.isoformat())),
        ]
        return Fields(tuple((k, v) for k, v in rows if v))

    def section(self, key: str, node: Schema, value: Any, pointer: str) -> Section:
        eff = self.nav.effective(node)
        heading = self.title(eff, key)
        if isinstance(value, dict) and eff.get("type") == "object":
            blocks, subs = self._object(eff, value, pointer)
            return Section(key, heading, tuple(blocks), tuple(subs))
        return Section(key, heading, tuple(self._blocks_for(key, eff, value, pointer, label=None)))

    def _object(
        self, eff: Schema, value: dict[str, Any], pointer: str
    ) -> tuple[list[Block], list[Section]]:
        blocks: list[Block] = []
        subs: list[Section] = []
        pending: list[tuple[str, str]] = []

        def flush() -> None:
            if pending:
                blocks.append(Fields(tuple(pending)))
                pending.clear()

        for key, sub in eff.get("properties", {}).items():
            if key not in value or value[key] in (None, "", [], {}):
                continue
            sub_eff = self.nav.effective(sub)
            child = value[key]
            child_pointer = ptr.join(pointer, key)
            label = self.title(sub_eff, key)
            if isinstance(child, dict) and sub_eff.get("type") == "object":
                flush()
                subs.append(self.section(key, sub_eff, child, child_pointer))
            elif isinstance(child, list) or self._is_prose(sub_eff, child_pointer, child):
                flush()
                blocks.extend(self._blocks_for(key, sub_eff, child, child_pointer, label=label))
            else:
                pending.append((label, self.value(sub_eff, child)))
        flush()
        return blocks, subs

    def _blocks_for(
        self, key: str, eff: Schema, value: Any, pointer: str, *, label: str | None
    ) -> list[Block]:
        if isinstance(value, list):
            items = self.nav.effective(eff.get("items", {}))
            if items.get("type") == "object" and all(isinstance(v, dict) for v in value):
                table = self._table(items, value, label)
                return [table] if table.header else []  # rows with no known field: nothing to show
            return [Bullets(tuple(self.value(items, v) for v in value), label)]
        if isinstance(value, dict):
            blocks, _ = self._object(eff, value, pointer)
            return blocks
        return [Paragraph(self.value(eff, value), label)]

    def _table(self, items: Schema, rows: list[dict[str, Any]], label: str | None) -> Table:
        props = [(k, self.nav.effective(v)) for k, v in items.get("properties", {}).items()]
        present = [(k, s) for k, s in props if any(k in r for r in rows)]
        header = tuple(self.title(s, k) for k, s in present)
        numeric = tuple(
            s.get("x-sketchkit-kind") == "amount" or s.get("type") in ("number", "integer")
            for _, s in present
        )
        body = tuple(tuple(self.value(s, r.get(k)) for k, s in present) for r in rows)
        return Table(header, body, numeric, label)

    def where(self, pointer: str) -> str:
        """``/benefits/cost_savings/assumptions`` → ``Gevinster › Kostnadsbesparelser › Forutsetninger``."""
        names = []
        node: Schema | None = self.nav.effective(self.call.schema)
        for token in ptr.parts(pointer):
            if node is None:
                break
            node = self.nav.child(node, token)
            if node is not None and not token.isdigit():
                names.append(self.title(node, token))
        return " › ".join(names)

    def appendix(self, result: FileResult) -> Table:
        status = {c.criterion.id: c.status for c in result.criteria}
        rows = []
        for criterion in self.call.criteria:
            st = status.get(criterion.id, Status.MISSING)
            rows.append(
                (
                    criterion.title_in(self.lang),
                    "; ".join(self.where(f) for f in criterion.fields),
                    STATUS_WORDS[st](self.lang),
                )
            )
        return Table(
            (_L["criterion"](self.lang), _L["answered_in"](self.lang), _L["status"](self.lang)),
            tuple(rows),
            (False, False, False),
        )
