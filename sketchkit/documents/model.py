"""The submission document as plain data, before any format.

Every renderer (Markdown, HTML, Word, PDF) draws the same document from
here, so the formats cannot drift apart. Headings and labels come from the
call's schema in the sketch's own language; values are formatted the
Norwegian way (``1 250 000 kr``, ``964 965 226``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from sketchkit.calls import Call
from sketchkit.calls.navigation import Schema, SchemaNav, schema_text
from sketchkit.checking.checker import FileResult
from sketchkit.checking.ruleids import RuleId
from sketchkit.core import pointer as ptr
from sketchkit.core.i18n import Lang, Msg
from sketchkit.core.identifiers import display_org_number
from sketchkit.documents import charts as ch
from sketchkit.documents import localise as loc
from sketchkit.documents.charts import Chart
from sketchkit.documents.prose import folded_source, parts

# Fields shown in the document's header rather than as sections of their own.
_HEADER_FIELDS = ("call", "language", "title", "applicant")
# A unit in a label, where the value carries it already: "Totalt (kr)" + "13 000 000 kr".
_UNIT = re.compile(r"\s*\((?:kr|NOK)\)\s*$")


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


@dataclass(frozen=True, slots=True)
class Signature:
    """Where the top manager signs: printed name and title, then lines to write on."""

    rows: tuple[tuple[str, str], ...]  # (label, value): name, title
    lines: tuple[str, ...]  # labels of the lines left blank: place and date, signature


@dataclass(frozen=True, slots=True)
class Figure:
    chart: Chart
    number: int = 0  # "Figur 2": counted in the order the document shows them


Block = Paragraph | Fields | Bullets | Table | Signature | Figure


@dataclass(frozen=True, slots=True)
class Section:
    id: str
    heading: str
    blocks: tuple[Block, ...] = ()
    subsections: tuple[Section, ...] = ()


@dataclass(frozen=True, slots=True)
class Logo:
    """An image checked by ``documents.logo``: its bytes and what it really is."""

    data: bytes
    kind: str  # png | jpeg | svg
    name: str  # a safe file name for engines that read files: logo.png, logo.jpg, logo.svg


@dataclass(frozen=True)
class Document:
    lang: str  # the document's language: nb, nn or en
    title: str
    call_id: str
    call_title: str
    header: Fields
    sections: tuple[Section, ...]
    appendix_heading: str
    appendix: Table | None  # the applicant's own checklist; only with --appendix
    draft: bool
    draft_label: str
    labels: dict[str, str] = field(default_factory=dict)
    date: str = ""  # ISO date of the render: the document's date and its files' timestamps
    author: str = ""  # the applicant
    logo: Logo | None = None

    @property
    def language(self) -> Lang:
        return Lang(self.lang)

    def charts(self) -> list[Chart]:
        """Every chart, in the order the document shows them."""
        found: list[Chart] = []

        def walk(section: Section) -> None:
            found.extend(b.chart for b in section.blocks if isinstance(b, Figure))
            for sub in section.subsections:
                walk(sub)

        for section in self.sections:
            walk(section)
        return found

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
            "appendix": _block_dict(self.appendix) if self.appendix else None,
            "draft": self.draft,
            "draft_label": self.draft_label,
            "labels": self.labels,
            "date": self.date,
            "author": self.author,
            "logo": self.logo.name if self.logo else None,
        }


def _block_dict(block: Block) -> dict[str, Any]:
    kind = type(block).__name__.lower()
    if isinstance(block, Paragraph):
        return {"kind": kind, "text": block.text, "label": block.label}
    if isinstance(block, Fields):
        return {"kind": kind, "rows": [list(r) for r in block.rows]}
    if isinstance(block, Bullets):
        return {"kind": kind, "items": list(block.items), "label": block.label}
    if isinstance(block, Signature):
        return {"kind": kind, "rows": [list(r) for r in block.rows], "lines": list(block.lines)}
    if isinstance(block, Figure):
        return {
            **block.chart.to_dict(),
            "chart": block.chart.kind,
            "kind": kind,
            "number": block.number,
        }
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
        "Vedlegg: Søkerens egen sjekkliste mot utlysningens kriterier",
        "Appendix: The applicant's own checklist against the call's criteria",
    ),
    "criterion": Msg("Kriterium", "Criterion"),
    "answered_in": Msg("Besvart i", "Answered in"),
    "draft": Msg("UTKAST", "DRAFT"),
    "page": Msg("Side", "Page"),
    "yes": Msg("ja", "yes"),
    "no": Msg("nei", "no"),
    "signature": Msg("Underskrift", "Signature"),
    "signed_by": Msg("Forankret hos toppledelsen", "Anchored with top management"),
    "name": Msg("Navn", "Name"),
    "job_title": Msg("Tittel", "Title"),
    "place_date": Msg("Sted og dato", "Place and date"),
    "logo": Msg("Logo for {name}", "Logo of {name}"),
    "figure": Msg("Figur", "Figure"),
    "letter": Msg("Forpliktelseserklæring, side", "Commitment letter, page"),
}


def document_lang(data: Any, fallback: Lang = Lang.NB) -> Lang:
    """The sketch's own ``language``; ``fallback`` (``--lang``) where it names none."""
    value = data.get("language") if isinstance(data, dict) else None
    return Lang(value) if value in ("nb", "nn", "en") else fallback


def build(
    result: FileResult,
    *,
    draft: bool = False,
    date: dt.date | None = None,
    appendix: bool = False,
    lang: Lang | None = None,
    logo: Logo | None = None,
) -> Document:
    """The document for a checked sketch. The sketch must have loaded (``result.document``).

    ``lang`` is used where the sketch names no ``language`` of its own."""
    if result.document is None or result.call is None or not isinstance(result.document.data, dict):
        raise ValueError("the sketch could not be read; nothing to render")
    data: dict[str, Any] = result.document.data
    call = result.call
    doc_lang = document_lang(data, lang or Lang.NB)
    builder = _DocumentBuilder(call, doc_lang, result)
    day = date or dt.date.today()
    sections = tuple(
        builder.section(key, sub, data[key], f"/{key}")
        for key, sub in call.schema.get("properties", {}).items()
        if key not in _HEADER_FIELDS and key in data and data[key] not in (None, "", [], {})
    )
    sections = builder.add_charts(sections, data)
    sections = builder.add_signature(sections, data)
    applicant = _mapping(data.get("applicant"))
    return Document(
        lang=doc_lang.value,
        title=str(data.get("title") or ""),
        call_id=call.id,
        call_title=call.title_in(doc_lang),
        header=builder.header(data, day),
        sections=sections,
        appendix_heading=_L["appendix"](doc_lang),
        appendix=builder.appendix() if appendix else None,
        draft=draft,
        draft_label=_L["draft"](doc_lang),
        labels={k: m(doc_lang) for k, m in _L.items() if k != "logo"}
        | {"logo": _L["logo"](doc_lang, name=str(applicant.get("name") or ""))},
        date=day.isoformat(),
        author=str(applicant.get("name") or "").strip(),
        logo=logo,
    )


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _amount(node: Schema) -> bool:
    return node.get("x-sketchkit-kind") == "amount"


class _DocumentBuilder:
    def __init__(self, call: Call, lang: Lang, result: FileResult) -> None:
        self.call = call
        self.nav: SchemaNav = call.nav
        self.lang = lang
        self.source = result.document.source if result.document else ""
        self.positions = result.document.positions if result.document else {}

    def title(self, node: Schema, fallback: str) -> str:
        return schema_text(node, "title", self.lang) or fallback

    def node_at(self, pointer: str) -> Schema:
        """The effective schema at a pointer (``0`` stands for any array item); {} if none."""
        node: Schema | None = self.nav.effective(self.call.schema)
        for token in ptr.parts(pointer):
            node = self.nav.child(node, token) if node is not None else None
        return self.nav.effective(node) if node is not None else {}

    def title_at(self, pointer: str) -> str:
        """The schema's title for a pointer, without a unit: for chart labels."""
        parts = ptr.parts(pointer)
        return _UNIT.sub("", self.title(self.node_at(pointer), parts[-1] if parts else ""))

    def _is_prose(self, node: Schema, pointer: str, value: Any) -> bool:
        limit = self.call.limit_for(pointer)
        if limit is not None and limit.counts_words:
            return True
        return isinstance(value, str) and (len(value) > 120 or "\n" in value.strip())

    def value(self, node: Schema, value: Any, *, unit: bool = True) -> str:
        """A scalar as the reader should see it."""
        if value is None:
            return ""
        titles = node.get("x-enum-titles")
        if isinstance(titles, dict) and isinstance(value, str) and value in titles:
            t = titles[value]
            if not isinstance(t, dict):
                return str(t)
            chosen = t.get(self.lang.value)
            if not chosen and isinstance(t.get("nb"), str):
                chosen = schema_text({"title": t["nb"]}, "title", self.lang)
            return str(chosen or value)
        kind = node.get("x-sketchkit-kind")
        if kind == "amount" and isinstance(value, int) and not isinstance(value, bool):
            return loc.nok(self.lang, value, unit=unit)
        if kind == "date" and isinstance(value, str):
            return loc.date_text(self.lang, value)
        if kind == "org_number" and isinstance(value, str):
            return display_org_number(value)
        if isinstance(value, bool):
            return (_L["yes"] if value else _L["no"])(self.lang)
        if isinstance(value, float):
            return f"{value:g}".replace(".", ",") if self.lang is not Lang.EN else f"{value:g}"
        if isinstance(value, int):
            return loc.integer(self.lang, value) if abs(value) >= 10_000 else str(value)
        return str(value).strip()

    def label(self, node: Schema, key: str) -> str:
        """A field's label; a unit the value will carry is left out, so it shows once."""
        title = self.title(node, key)
        return _UNIT.sub("", title) if _amount(node) else title

    def header(self, data: dict[str, Any], date: dt.date) -> Fields:
        """The call, the applicant (once: it is not repeated as a section), and the date."""
        applicant = _mapping(data.get("applicant"))
        contact = _mapping(applicant.get("contact"))
        org = display_org_number(str(applicant.get("org_number") or ""))
        contact_text = ", ".join(
            str(contact[k]).strip() for k in ("name", "role", "email", "phone") if contact.get(k)
        )
        rows = [
            (_L["call"](self.lang), self.call.title_in(self.lang)),
            (_L["applicant"](self.lang), str(applicant.get("name") or "").strip()),
            (_L["org_number"](self.lang), org),
        ]
        node = self.nav.effective(self.call.schema.get("properties", {}).get("applicant", {}))
        for key, sub in node.get("properties", {}).items():
            value = applicant.get(key)
            if key in ("name", "org_number", "contact", "logo") or isinstance(value, dict | list):
                continue
            if value not in (None, ""):
                sub_eff = self.nav.effective(sub)
                rows.append((self.label(sub_eff, key), self.value(sub_eff, value)))
        rows += [
            (_L["contact"](self.lang), contact_text),
            (_L["date"](self.lang), loc.date(self.lang, date)),
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
                pending.append((self.label(sub_eff, key), self.value(sub_eff, child)))
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
        if isinstance(value, str):
            return self._prose(value, pointer, label)
        return [Paragraph(self.value(eff, value), label)]

    def _prose(self, value: str, pointer: str, label: str | None) -> list[Block]:
        """Paragraphs and lists as written, also inside a folded (``>``) block."""
        text = value
        where = self.positions.get(pointer)
        if where is not None:
            text = folded_source(self.source, *where) or value
        out: list[Block] = []
        for part in parts(text):
            if part.items:
                out.append(Bullets(part.items, label))
            else:
                out.append(Paragraph(part.text, label))
            label = None  # the label heads the first part only
        return out or [Paragraph("", label)]

    def _table(self, items: Schema, rows: list[dict[str, Any]], label: str | None) -> Table:
        props = [(k, self.nav.effective(v)) for k, v in items.get("properties", {}).items()]
        present = [(k, s) for k, s in props if any(k in r for r in rows)]
        header = tuple(self.title(s, k) for k, s in present)
        numeric = tuple(_amount(s) or s.get("type") in ("number", "integer") for _, s in present)
        # The column heading carries the unit ("Beløp (kr)"); the cells are bare numbers.
        body = tuple(
            tuple(
                self.value(s, r.get(k), unit=not _UNIT.search(self.title(s, k))) for k, s in present
            )
            for r in rows
        )
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

    def appendix(self) -> Table:
        """The call's criteria and where the sketch answers each: the applicant's own
        checklist. It never carries sketchkit's judgement of the sketch."""
        rows = tuple(
            (
                criterion.title_in(self.lang),
                "; ".join(self.where(f) for f in criterion.fields),
            )
            for criterion in self.call.criteria
        )
        return Table(
            (_L["criterion"](self.lang), _L["answered_in"](self.lang)), rows, (False, False)
        )

    # Charts and the signature block, placed into the sections they illustrate.

    def add_charts(
        self, sections: tuple[Section, ...], data: dict[str, Any]
    ) -> tuple[Section, ...]:
        plan = _mapping(data.get("plan"))
        name_node = self.node_at("/plan/phases/0/phase")
        phases = []
        raw = plan.get("phases")
        for p in raw if isinstance(raw, list) else []:
            if not isinstance(p, dict):
                continue
            start, end = ch.as_day(p.get("start")), ch.as_day(p.get("end"))
            if start is not None and end is not None:
                phases.append((self.value(name_node, p.get("phase")) or "?", start, end))
        # A maximum the call does not state (sketchkit's own rule of thumb) is not drawn into
        # the applicant's document as if it were the call's.
        duration = self.call.setting(RuleId.PLAN_DURATION)
        stated = (
            duration.number("max_years")
            if duration is not None and duration.applies and not duration.basis.advice
            else None
        )
        timeline = ch.timeline(
            phases, self.lang, deadline=self.call.deadline.date(), max_years=stated
        )
        benefits = _mapping(data.get("benefits"))
        cs = _mapping(benefits.get("cost_savings"))
        budget = _mapping(data.get("budget"))
        costs = ch.costs(
            baseline=ch.as_amount(cs.get("baseline_annual_cost_nok")),
            savings=ch.as_amount(cs.get("expected_annual_savings_nok")),
            horizon=cs.get("horizon_years"),
            project_cost=ch.as_amount(budget.get("total_nok")),
            lang=self.lang,
        )
        items_raw = budget.get("items")
        items = [
            (str(i.get("item") or "").strip(), a)
            for i in (items_raw if isinstance(items_raw, list) else [])
            if isinstance(i, dict) and (a := ch.as_amount(i.get("amount_nok"))) is not None
        ]
        budget_chart = ch.budget(items, ch.budget_splits(budget, self.title_at), self.lang)
        placed = {"plan": timeline, "cost_savings": costs, "budget": budget_chart}
        count = 0

        def place(section: Section) -> Section:
            nonlocal count
            chart = placed.get(section.id)
            blocks = section.blocks
            if chart is not None:
                count += 1
                blocks += (Figure(chart, count),)
            subs = tuple(place(s) for s in section.subsections)
            return Section(section.id, section.heading, blocks, subs)

        return tuple(place(s) for s in sections)

    def add_signature(
        self, sections: tuple[Section, ...], data: dict[str, Any]
    ) -> tuple[Section, ...]:
        manager = _mapping(_mapping(data.get("anchoring")).get("top_manager"))
        name = str(manager.get("name") or "").strip()
        job = str(manager.get("title") or "").strip()
        if not name:
            return sections
        block = Signature(
            ((_L["name"](self.lang), name), (_L["job_title"](self.lang), job)),
            (_L["place_date"](self.lang), _L["signature"](self.lang)),
        )
        signed = Section("signature", _L["signed_by"](self.lang), (block,))
        return tuple(
            Section(s.id, s.heading, s.blocks, (*s.subsections, signed))
            if s.id == "anchoring"
            else s
            for s in sections
        )
