"""Word (.docx) with real heading styles, tables and page numbers, optionally on a letterhead.

A user's own ``.docx`` can serve as template: its styles, headers and footers are kept and its
body replaced by the sketch.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sketchkit.core.i18n import Lang, Msg
from sketchkit.core.textsafe import xml_safe
from sketchkit.documents.model import Block, Bullets, Document, Fields, Paragraph, Section, Table
from sketchkit.documents.renderers import DocumentFormat, Rendered, RenderError, RenderOptions

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument


_BAD_TEMPLATE = Msg(
    "kan ikke bruke {p} som Word-mal: {err}", "cannot use {p} as a Word template: {err}"
)


def render(doc: Document, template: Path | None, lang: Lang = Lang.NB) -> bytes:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    # Word files are XML: characters it cannot hold become U+FFFD rather than an error.
    doc = _xml_safe_document(doc)
    try:
        word = docx.Document(str(template)) if template is not None else docx.Document()
    except (PackageNotFoundError, KeyError, ValueError, OSError) as e:
        raise RenderError(_BAD_TEMPLATE(lang, p=template, err=e)) from None
    if template is not None:
        _clear_body(word)
    writer = _Writer(word)
    writer.heading(doc.title, 0)
    writer.paragraph(doc.call_title, italic=True)
    writer.block(doc.header)
    for section in doc.sections:
        writer.section(section, 1)
    writer.heading(doc.appendix_heading, 1)
    writer.block(doc.appendix)
    _footer_page_numbers(word, doc.labels.get("page", "Side"))
    if doc.draft:
        _mark_draft(word, doc.draft_label)
    # Word's document properties hold at most 255 characters.
    word.core_properties.title = doc.title[:255]
    word.core_properties.subject = doc.call_title[:255]
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


def _xml_safe_document(doc: Document) -> Document:
    import dataclasses

    def fix(value: Any) -> Any:
        if isinstance(value, str):
            return xml_safe(value)
        if isinstance(value, tuple):
            return tuple(fix(v) for v in value)
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return dataclasses.replace(
                value, **{f.name: fix(getattr(value, f.name)) for f in dataclasses.fields(value)}
            )
        if isinstance(value, dict):
            return {k: fix(v) for k, v in value.items()}
        return value

    fixed: Document = fix(doc)
    return fixed


def _clear_body(word: DocxDocument) -> None:
    body = word.element.body
    for child in list(body):
        if not child.tag.endswith("}sectPr"):  # keep page setup, headers and footers
            body.remove(child)


class _Writer:
    def __init__(self, word: DocxDocument) -> None:
        self.word = word
        names = {s.name for s in word.styles}
        self.has = names.__contains__

    def heading(self, text: str, level: int) -> None:
        style = "Title" if level == 0 else f"Heading {min(level, 9)}"
        if self.has(style):
            self.word.add_heading(text, level)
        else:  # a letterhead without heading styles: bold text still reads as a heading
            run = self.word.add_paragraph().add_run(text)
            run.bold = True

    def paragraph(self, text: str, *, italic: bool = False) -> None:
        run = self.word.add_paragraph().add_run(text)
        run.italic = italic

    def section(self, section: Section, level: int) -> None:
        self.heading(section.heading, level)
        for block in section.blocks:
            self.block(block, level)
        for sub in section.subsections:
            self.section(sub, level + 1)

    def block(self, block: Block, level: int = 1) -> None:
        label = getattr(block, "label", None)
        if label:
            self.heading(label, min(level + 1, 4))
        if isinstance(block, Paragraph):
            self.paragraph(block.text)
        elif isinstance(block, Bullets):
            style = "List Bullet" if self.has("List Bullet") else None
            for item in block.items:
                self.word.add_paragraph(item, style=style)
        elif isinstance(block, Fields):
            self._table(("", ""), block.rows, (False, False), header=False)
        else:
            assert isinstance(block, Table)
            self._table(block.header, block.rows, block.numeric, header=True)

    def _table(
        self,
        titles: tuple[str, ...],
        rows: tuple[tuple[str, ...], ...],
        numeric: tuple[bool, ...],
        *,
        header: bool,
    ) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        table = self.word.add_table(rows=0, cols=len(numeric))
        if self.has("Table Grid"):
            table.style = "Table Grid"
        if header:
            cells = table.add_row().cells
            for cell, text in zip(cells, titles, strict=True):
                cell.text = ""
                cell.paragraphs[0].add_run(text).bold = True
        for row in rows:
            cells = table.add_row().cells
            for i, (cell, text) in enumerate(zip(cells, row, strict=True)):
                cell.text = text
                if numeric[i]:
                    cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                elif not header and i == 0:
                    for run in cell.paragraphs[0].runs:
                        run.bold = True
        self.word.add_paragraph()


def _field(paragraph: Any, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word and LibreOffice fill in when shown."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    for kind, text in (
        ("begin", None),
        (None, instruction),
        ("separate", None),
        (None, "1"),
        ("end", None),
    ):
        if kind is not None:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            run._r.append(el)
        elif text == instruction:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {instruction} "
            run._r.append(el)
        else:
            el = OxmlElement("w:t")
            el.text = text
            run._r.append(el)


def _footer_page_numbers(word: DocxDocument, label: str) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    for section in word.sections:
        paragraph = section.footer.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        paragraph.add_run(f"{label} ")
        _field(paragraph, "PAGE")
        paragraph.add_run(" / ")
        _field(paragraph, "NUMPAGES")


def _mark_draft(word: DocxDocument, label: str) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    for section in word.sections:
        paragraph = section.header.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = paragraph.add_run(label)
        run.bold = True
        run.font.size = Pt(16)
        run.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)


def draw(doc: Document, fmt: DocumentFormat, opts: RenderOptions) -> Rendered:
    """This module's entry in the renderer registry."""
    return Rendered(render(doc, opts.template, opts.lang))
