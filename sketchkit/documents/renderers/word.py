"""Word (.docx) with real heading styles, tables and page numbers, optionally on a letterhead.

A user's own ``.docx`` can serve as template: its styles, headers and footers are kept and its
body replaced by the sketch.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sketchkit.core.i18n import Lang, Msg
from sketchkit.core.oserrors import os_reason
from sketchkit.core.textsafe import xml_safe
from sketchkit.documents.model import (
    Block,
    Bullets,
    Document,
    Fields,
    Figure,
    Paragraph,
    Section,
    Signature,
    Table,
)
from sketchkit.documents.renderers import DocumentFormat, Rendered, RenderError, RenderOptions

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument


_BAD_TEMPLATE = Msg(
    "kan ikke bruke {p} som Word-mal: {err}", "cannot use {p} as a Word template: {err}"
)
_TOO_BIG = Msg(
    "pakket ut er filen over {n} MB (en zip-bombe?)",
    "unpacked, the file is over {n} MB (a zip bomb?)",
)
_NOT_ZIP = Msg("ikke en Word-fil (.docx)", "not a Word file (.docx)")
_BAD_XML = Msg("ødelagt XML i {part}", "broken XML in {part}")
# A letterhead is a few hundred kB; these bounds keep a hostile one from filling memory.
_TEMPLATE_BYTES = 50 * 1024 * 1024
_UNPACKED_BYTES = 200 * 1024 * 1024
_PARTS = 2000
# Proofing language per document language: Word underlines every word in the wrong one.
_PROOFING = {"nb": "nb-NO", "nn": "nn-NO", "en": "en-GB"}
# A4 with the margins a Norwegian office letter uses.
_A4 = (21.0, 29.7)
_MARGINS = (2.5, 2.5, 2.5, 2.5)  # top, right, bottom, left in cm
_TEXT_WIDTH_CM = _A4[0] - _MARGINS[1] - _MARGINS[3]
_LETTERHEAD_FONT_SCALE = 1.2
# A bold character in a wide fallback font (LibreOffice without Word's fonts), in cm: label
# columns are sized by their longest word so that labels never break mid-word.
_CM_PER_BOLD_CHAR = 0.3
# A figure takes at most this share of the page's text height.
_FIGURE_HEIGHT = 0.4
# A label column takes at most this share of the text width to keep its labels on one line.
_LABEL_SHARE = 0.4
# Table cells: Word's cell margins (2 × 0.19 cm) and a little air.
_CELL_PAD_CM = 0.45
# A column that needs at most this share of the text width is kept on one line.
_SHORT_SHARE = 0.3
# Body and headings: Word and LibreOffice (with Liberation Sans, Arial's metric twin, which
# Debian's LibreOffice recommends) lay it out alike; _ADVANCE holds its widths.
_FONT = "Arial"


def check_template(path: Path, lang: Lang = Lang.NB) -> None:
    """Refuse a Word template that is no zip, unpacks to too much, or holds broken XML, before
    python-docx reads it: bounded memory whatever the file claims."""
    import xml.etree.ElementTree as ET
    import zipfile

    try:
        size = path.stat().st_size
        if size > _TEMPLATE_BYTES:
            raise RenderError(_BAD_TEMPLATE(lang, p=path, err=_TOO_BIG(lang, n=size // 2**20)))
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
            if len(infos) > _PARTS or sum(i.file_size for i in infos) > _UNPACKED_BYTES:
                raise RenderError(
                    _BAD_TEMPLATE(lang, p=path, err=_TOO_BIG(lang, n=_UNPACKED_BYTES // 2**20))
                )
            for info in infos:
                if not info.filename.endswith((".xml", ".rels")):
                    continue
                # zipfile stops at the declared size, so a part that lies about it is cut
                # off (and then fails its CRC) instead of filling memory.
                data = z.read(info)
                if b"<!ENTITY" in data:  # entity expansion: no Office part declares entities
                    raise RenderError(
                        _BAD_TEMPLATE(lang, p=path, err=_BAD_XML(lang, part=info.filename))
                    )
                try:
                    ET.fromstring(data)
                except ET.ParseError:
                    raise RenderError(
                        _BAD_TEMPLATE(lang, p=path, err=_BAD_XML(lang, part=info.filename))
                    ) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError):
        raise RenderError(_BAD_TEMPLATE(lang, p=path, err=_NOT_ZIP(lang))) from None
    except OSError as e:
        raise RenderError(_BAD_TEMPLATE(lang, p=path, err=os_reason(e, lang))) from None


def render(doc: Document, template: Path | None, lang: Lang = Lang.NB) -> bytes:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    from sketchkit.documents.renderers.chart_images import pngs

    # Word files are XML: characters it cannot hold become U+FFFD rather than an error.
    doc = _xml_safe_document(doc)
    if template is not None:
        check_template(template, lang)
    try:
        word = docx.Document(str(template)) if template is not None else docx.Document()
    except (PackageNotFoundError, KeyError, ValueError, OSError, SyntaxError) as e:
        raise RenderError(_BAD_TEMPLATE(lang, p=template, err=e)) from None
    if template is not None:
        _clear_body(word)
    else:
        _a4(word)  # a user's letterhead keeps its own page setup, fonts and spacing
        _tidy_styles(word)
        _fonts(word, _FONT)
    _proofing_language(word, _PROOFING.get(doc.lang, "nb-NO"))
    charts = doc.charts()
    writer = _Writer(
        word, dict(zip((c.kind for c in charts), pngs(charts, doc.lang, lang), strict=True)), doc
    )
    if template is not None:
        # A letterhead keeps its own fonts, which may run wider than Arial (Verdana by a
        # fifth): the columns are measured as if they did, so that no word breaks.
        writer.font_scale = _LETTERHEAD_FONT_SCALE
    writer.heading(doc.title, 0)
    writer.paragraph(doc.call_title, italic=True)
    writer.block(doc.header)
    for section in doc.sections:
        writer.section(section, 1)
    if doc.appendix is not None:
        writer.heading(doc.appendix_heading, 1)
        writer.block(doc.appendix)
    if doc.logo is not None:
        _logo(word, doc, lang)
    _footer_page_numbers(word, doc.labels.get("page", "Side"))
    if doc.draft:
        _mark_draft(word, doc.draft_label)
    _properties(word, doc)
    out = io.BytesIO()
    word.save(out)
    return _stable_zip(out.getvalue(), doc.date)


def _a4(word: DocxDocument) -> None:
    from docx.shared import Cm

    for section in word.sections:
        section.page_width, section.page_height = Cm(_A4[0]), Cm(_A4[1])
        top, right, bottom, left = _MARGINS
        section.top_margin, section.right_margin = Cm(top), Cm(right)
        section.bottom_margin, section.left_margin = Cm(bottom), Cm(left)


def _fonts(word: DocxDocument, name: str) -> None:
    """One named font for body and headings instead of python-docx's theme fonts (Cambria,
    Calibri): LibreOffice lays Arial out with Liberation Sans, which has the same widths,
    where Cambria falls back to a far wider font and the document runs pages longer."""
    from docx.oxml.ns import qn

    styles = word.styles.element
    found = styles.findall(".//" + qn("w:rFonts"))
    for fonts in found:
        if not any(k.endswith("Theme") or k.endswith("theme") for k in map(str, fonts.attrib)):
            continue  # a font the style names itself (Courier for code): kept
        for key in list(fonts.attrib):
            del fonts.attrib[key]
        for key in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonts.set(qn(key), name)


def _proofing_language(word: DocxDocument, tag: str) -> None:
    """The proofing language on the defaults and on every style that sets its own font
    properties, so Word checks the spelling in the document's language."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def set_lang(rpr: Any) -> None:
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), tag)
        lang.set(qn("w:eastAsia"), tag)
        lang.set(qn("w:bidi"), tag)

    styles = word.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    set_lang(rpr)
    for style in styles.findall(qn("w:style")):
        if style.get(qn("w:type")) in ("paragraph", "character", "table"):
            set_lang(style.get_or_add_rPr())


def _properties(word: DocxDocument, doc: Document) -> None:
    """Real core properties: what the document is and who sends it, dated the render date;
    none of python-docx's own boilerplate (author, comments, a 2013 date)."""
    import datetime as dt

    props = word.core_properties
    day = dt.date.fromisoformat(doc.date) if doc.date else dt.date(2000, 1, 1)
    when = dt.datetime(day.year, day.month, day.day, 12, 0, 0)
    # Word's document properties hold at most 255 characters.
    props.title = doc.title[:255]
    props.subject = doc.call_title[:255]
    props.author = doc.author[:255]
    props.last_modified_by = doc.author[:255]
    props.comments = ""
    props.keywords = ""
    props.category = ""
    props.content_status = doc.draft_label if doc.draft else ""
    props.language = _PROOFING.get(doc.lang, "nb-NO")
    props.created = when
    props.modified = when
    props.last_printed = when
    props.revision = 1


def _stable_zip(data: bytes, date: str) -> bytes:
    """The same document gives the same bytes: every zip entry dated the render date."""
    import zipfile

    day = tuple(int(x) for x in (date or "2000-01-01").split("-"))
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(*day, 12, 0, 0))  # type: ignore[arg-type]
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info))
    return out.getvalue()


def _logo(word: DocxDocument, doc: Document, lang: Lang) -> None:
    from docx.shared import Cm

    assert doc.logo is not None
    data = doc.logo.data
    if doc.logo.kind == "svg":
        from sketchkit.documents.renderers.chart_images import svg_to_png

        data = svg_to_png(data, lang)
    for section in word.sections:
        paragraph = (
            section.header.paragraphs[0]
            if section.header.paragraphs
            else section.header.add_paragraph()
        )
        run = paragraph.add_run()
        try:
            shape = run.add_picture(io.BytesIO(data), height=Cm(1.5))
        except Exception as e:  # python-docx raises several kinds for images it cannot read
            raise RenderError(_BAD_LOGO(lang, err=type(e).__name__)) from None
        _alt_text(shape, doc.labels.get("logo", ""))


_BAD_LOGO = Msg("kan ikke bruke logoen i Word: {err}", "cannot use the logo in Word: {err}")


def _alt_text(shape: Any, text: str) -> None:
    """Alt text Word shows and screen readers read: the picture's ``descr``."""
    doc_pr = shape._inline.docPr
    doc_pr.set("descr", text)
    doc_pr.set("title", text[:255])


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
    def __init__(self, word: DocxDocument, pictures: dict[str, bytes], doc: Document) -> None:
        self.word = word
        self.pictures = pictures
        self.labels = doc.labels
        names = {s.name for s in word.styles}
        self.has = names.__contains__
        self.width, self.height = _text_area(word)
        self.font_scale = 1.0  # text widths measured in Arial, times this

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
        elif isinstance(block, Signature):
            rows = (*block.rows, *((line, "") for line in block.lines))
            table = self._table(("", ""), rows, (False, False), header=False)
            for row in table.rows[len(block.rows) :]:
                _bottom_border(row.cells[1])
                row.height = _cm(1.2)
        elif isinstance(block, Figure):
            self._figure(block)
        else:
            assert isinstance(block, Table)
            self._table(block.header, block.rows, block.numeric, header=True)

    def _figure(self, block: Figure) -> None:
        from docx.shared import Cm

        chart = block.chart
        caption = f"{self.labels.get('figure', 'Figur')} {block.number}: {chart.caption}"
        if self.has("Caption"):
            head = self.word.add_paragraph(caption, style="Caption")
        else:
            head = self.word.add_paragraph()
            head.add_run(caption).italic = True
        head.paragraph_format.keep_with_next = True  # the caption stays with its picture
        png = self.pictures.get(chart.kind)
        if png is not None:
            paragraph = self.word.add_paragraph()
            paragraph.paragraph_format.keep_together = True
            width, height = _figure_size(png, self.width, self.height)
            shape = paragraph.add_run().add_picture(
                io.BytesIO(png), width=Cm(width), height=Cm(height)
            )
            _alt_text(shape, chart.alt)
        if chart.note:
            self.paragraph(chart.note)

    def _table(
        self,
        titles: tuple[str, ...],
        rows: tuple[tuple[str, ...], ...],
        numeric: tuple[bool, ...],
        *,
        header: bool,
    ) -> Any:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        table = self.word.add_table(rows=0, cols=len(numeric))
        if self.has("Table Grid"):
            table.style = "Table Grid"
        if header:
            head = table.add_row()
            _repeat_header(head)
            for cell, text in zip(head.cells, titles, strict=True):
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
        _cell_margins(table)
        for row in table.rows:
            _cant_split(row)
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    _compact(paragraph)
        if header:
            _widths(table, _column_widths(titles, rows, numeric, self.width, self.font_scale))
        else:
            # Label and value: the label column wide enough for its longest word, and the
            # short table kept on one page.
            label = _label_width((row[0] for row in rows), self.width)
            _widths(table, (label, max(self.width - label, 2.0)))
            for row in table.rows[:-1]:
                for cell in row.cells:
                    for paragraph in cell.paragraphs:
                        paragraph.paragraph_format.keep_with_next = True
        _spacer(self.word.add_paragraph())  # also keeps two tables from merging into one
        return table


def _figure_size(png: bytes, width: float, height: float) -> tuple[float, float]:
    """A chart's size in cm: as drawn (at chart_images.PNG_PPI), but never wider than the text nor
    taller than _FIGURE_HEIGHT of the page, so that it and its caption fit on a page that
    already holds some text instead of leaving the rest of the page empty."""
    import struct

    from sketchkit.documents.renderers.chart_images import PNG_PPI

    px_w, px_h = struct.unpack(">II", png[16:24])  # the PNG's IHDR chunk
    w = min(px_w / PNG_PPI * 2.54, width)
    h = w * px_h / max(px_w, 1)
    cap = height * _FIGURE_HEIGHT
    if h > cap:
        w, h = w * cap / h, cap
    return round(w, 2), round(h, 2)


def _text_area(word: DocxDocument) -> tuple[float, float]:
    """The page's text width and height in cm: A4 with our margins, or a letterhead's own."""
    section = word.sections[-1]
    sizes = (
        section.page_width,
        section.page_height,
        section.left_margin,
        section.right_margin,
        section.top_margin,
        section.bottom_margin,
    )
    values = [float(size.cm) for size in sizes if size is not None]
    if len(values) < len(sizes):  # a template that leaves the page to Word's defaults
        return _TEXT_WIDTH_CM, _A4[1] - _MARGINS[0] - _MARGINS[2]
    page_w, page_h, left, right, top, bottom = values
    return max(page_w - left - right, 4.0), max(page_h - top - bottom, 4.0)


def _cm(value: float) -> Any:
    from docx.shared import Cm

    return Cm(value)


def _row_property(row: Any, tag: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    if tr_pr.find(qn(tag)) is None:
        el = OxmlElement(tag)
        el.set(qn("w:val"), "true")
        tr_pr.append(el)


def _cant_split(row: Any) -> None:
    """A row stays on one page (Word and LibreOffice honour w:cantSplit)."""
    _row_property(row, "w:cantSplit")


def _repeat_header(row: Any) -> None:
    """The header row repeats at the top of each page the table runs onto."""
    _row_property(row, "w:tblHeader")


def _label_width(labels: Any, width: float = _TEXT_WIDTH_CM) -> float:
    """Centimetres for a label column in which no word breaks (the longest word sized for a
    wide fallback font in bold, whatever font a letterhead brings), and wide enough for the
    longest label on one line where that takes at most _LABEL_SHARE of the text width."""
    texts = [str(label) for label in labels]
    longest = max((len(word) for label in texts for word in label.split()), default=8)
    words = longest * _CM_PER_BOLD_CHAR + 0.5
    whole = max((_text_cm(label, bold=True) for label in texts), default=0.0) + _CELL_PAD_CM
    if whole <= width * _LABEL_SHARE:
        words = max(words, whole)
    return min(max(words, 3.5), 8.0)


def _column_widths(
    titles: tuple[str, ...],
    rows: tuple[tuple[str, ...], ...],
    numeric: tuple[bool, ...],
    width: float = _TEXT_WIDTH_CM,
    font_scale: float = 1.0,
) -> tuple[float, ...]:
    """Column widths in cm that fill ``width``. A short column (a date, an amount, a name)
    gets its longest cell on one line; the long ones share the rest by how much they hold;
    no column narrower than its longest word, so no word breaks mid-way. Text is measured in
    Arial times ``font_scale``."""
    n = len(titles)
    size = 11.0 * font_scale
    cells = [[str(r[i]) for r in rows] for i in range(n)]
    heads = [
        max((_text_cm(w, bold=True, size=size) for w in t.split()), default=0.0) for t in titles
    ]
    floors = [
        max(heads[i], *(_text_cm(w, size=size) for c in cells[i] for w in c.split()), 0.0)
        + _CELL_PAD_CM
        for i in range(n)
    ]
    needs = [
        max(
            _text_cm(titles[i], bold=True, size=size),
            *(_text_cm(c, size=size) for c in cells[i]),
            0.0,
        )
        + _CELL_PAD_CM
        for i in range(n)
    ]
    short = [numeric[i] or needs[i] <= width * _SHORT_SHARE for i in range(n)]
    widths = [needs[i] if short[i] else 0.0 for i in range(n)]
    long_ = [i for i in range(n) if not short[i]]
    room = width - sum(widths)
    if long_ and room >= sum(floors[i] for i in long_):
        weights = {
            i: max(sum(len(c) for c in cells[i]) / max(len(cells[i]), 1), 6.0) for i in long_
        }
        _share(widths, long_, weights, floors, room)
    elif long_ or room < 0:
        # Too little room to keep the short columns whole: every column at its longest word,
        # the rest shared by how much each holds.
        widths = list(floors)
        spare = width - sum(widths)
        if spare < 0:
            widths = [w * width / sum(widths) for w in widths]
        else:
            weights = {i: needs[i] - floors[i] for i in range(n)}
            if sum(weights.values()) <= 0:
                weights = dict.fromkeys(range(n), 1.0)
            _share(widths, list(range(n)), weights, widths[:], sum(widths) + spare)
    else:  # every column short and whole: the spare spread in proportion, the table fills
        scale = width / sum(widths)
        widths = [w * scale for w in widths]
    return tuple(round(w, 2) for w in widths)


def _share(
    widths: list[float],
    columns: list[int],
    weights: dict[int, float],
    floors: list[float],
    room: float,
) -> None:
    """``room`` shared among ``columns`` by weight, none below its floor."""
    free = list(columns)
    while free:
        total = sum(weights[i] for i in free)
        share = {i: room * weights[i] / total for i in free}
        under = [i for i in free if share[i] < floors[i]]
        if not under:
            for i in free:
                widths[i] = share[i]
            return
        for i in under:
            widths[i] = floors[i]
            room -= floors[i]
            free.remove(i)


def _text_cm(text: str, *, bold: bool = False, size: float = 11.0) -> float:
    """The width of ``text`` in Arial (and Liberation Sans, its metric twin) in cm, from the
    font's advance widths; bold as a tenth wider, unknown characters as wide as a digit."""
    em = sum(_ADVANCE.get(ch, 556) for ch in text) / 1000
    return em * size / 72 * 2.54 * (1.1 if bold else 1.0)


# Arial's advance widths in thousandths of an em (the same in Liberation Sans).
_ADVANCE = {
    ch: width
    for width, chars in (
        (191, "'"),
        (222, "ijl"),
        (260, "|"),
        (278, " \u00a0!,./:;I[\\]ft"),
        (333, "()-`r"),
        (334, "{}"),
        (355, '"'),
        (389, "*"),
        (469, "^"),
        (500, "Jcksvxyz"),
        (556, "#$0123456789?L_abdeghnopquåéü–"),
        (584, "+<=>~"),
        (611, "FTZø"),
        (667, "&ABEKPSVXYÅ"),
        (722, "CDHNRUw"),
        (778, "GOQØ"),
        (833, "Mm"),
        (889, "%æ"),
        (944, "W"),
        (1000, "Æ"),
        (1015, "@"),
    )
    for ch in chars
}


def _cell_margins(table: Any) -> None:
    """A little air above and below the text of each cell (Word's own grid has none), and
    Word's usual 0.19 cm at the sides, which _CELL_PAD_CM counts on."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tbl_pr = table._tbl.tblPr
    margins = OxmlElement("w:tblCellMar")
    for side, twips in (("top", 28), ("left", 108), ("bottom", 28), ("right", 108)):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), str(twips))
        el.set(qn("w:type"), "dxa")
        margins.append(el)
    # Word refuses a part whose elements are out of the schema's order.
    tbl_pr.insert_element_before(margins, "w:tblLook", "w:tblCaption", "w:tblDescription")


def _compact(paragraph: Any) -> None:
    """Table text set tight: no paragraph spacing and single lines, as Word's own table
    style means it (LibreOffice does not apply a table style's paragraph settings)."""
    from docx.shared import Pt

    fmt = paragraph.paragraph_format
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    fmt.line_spacing = 1.0


def _spacer(paragraph: Any) -> None:
    from docx.shared import Pt

    paragraph.paragraph_format.space_before = Pt(0)
    paragraph.paragraph_format.space_after = Pt(0)
    paragraph.paragraph_format.line_spacing = Pt(6)


def _tidy_styles(word: DocxDocument) -> None:
    """Spacing like the PDF's, for python-docx's own template (a letterhead keeps its own)."""
    from docx.shared import Pt

    for name, before, after in (
        ("Normal", 0, 4),
        ("Heading 1", 14, 4),
        ("Heading 2", 10, 3),
        ("Heading 3", 8, 2),
        ("Heading 4", 6, 2),
        ("Caption", 6, 2),
    ):
        try:
            style = word.styles[name]
        except KeyError:
            continue
        fmt = style.paragraph_format
        fmt.space_before, fmt.space_after = Pt(before), Pt(after)


def _widths(table: Any, widths: tuple[float, ...]) -> None:
    """Fixed column widths: LibreOffice otherwise shrinks the label column to a few letters."""
    from docx.enum.table import WD_TABLE_ALIGNMENT

    table.autofit = False
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    for column, width in zip(table.columns, widths, strict=True):
        column.width = _cm(width)
        for cell in column.cells:
            cell.width = _cm(width)


def _bottom_border(cell: Any) -> None:
    """A line to sign or write on."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tc_pr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "0"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    tc_pr.append(borders)


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
