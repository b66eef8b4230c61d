"""Documents fit to send (issue 12): every format read back by an independent reader."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import zipfile
import zlib
from pathlib import Path

import docx
import pypdf
import pytest
from docx.shared import Cm

from tests.conftest import EXAMPLES, ROOT, run_cli
from tests.render.conftest import HORDALAND
from tests.render.helpers import Elements, W, docx_part, docx_text, pdf_root, pdf_text

TODAY = "2017-08-15"
OSLO = ROOT / "examples" / "oslo-overvann-2020" / "skisse.yaml"


def _png(width: int, height: int) -> bytes:
    """A real PNG of one colour, made with zlib alone."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    rows = b"".join(b"\0" + b"\x1f\x5f\x8b" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


PNG = _png(40, 20)


def _set(sketch: Path, old: str, new: str) -> None:
    text = sketch.read_text(encoding="utf-8")
    assert old in text, old
    sketch.write_text(text.replace(old, new, 1), encoding="utf-8")


def _render(sketch: Path, *args: str | Path) -> None:
    r = run_cli("render", sketch, "--today", TODAY, *args)
    assert r.exit_code == 0, r.stdout + r.stderr


# 1. Format from the file name.


@pytest.mark.parametrize(
    ("suffix", "magic"),
    [("docx", b"PK\x03\x04"), ("pdf", b"%PDF-"), ("html", b"<!DOCTYPE html>"), ("md", b"# ")],
)
def test_the_output_name_picks_the_format(sketch_dir: Path, suffix: str, magic: bytes) -> None:
    out = sketch_dir / f"ut.{suffix}"
    r = run_cli("render", sketch_dir / "skisse.yaml", "-o", out, "--today", TODAY)
    assert r.exit_code == 0, r.stderr
    assert out.read_bytes().startswith(magic)


def test_a_clash_between_name_and_format_is_a_usage_error(sketch_dir: Path) -> None:
    out = sketch_dir / "skisse.docx"
    r = run_cli("render", sketch_dir / "skisse.yaml", "-o", out, "-f", "pdf", "--today", TODAY)
    assert r.exit_code == 2
    assert f"--format pdf passer ikke med filendelsen i {out}" in r.stderr
    assert not out.exists()


def test_without_output_the_default_stays_pdf(sketch_dir: Path) -> None:
    _render(sketch_dir / "skisse.yaml")
    assert (sketch_dir / "skisse.pdf").read_bytes().startswith(b"%PDF-")


# 2. Word as a Norwegian office would make it.


def test_word_is_a4_in_the_sketchs_language_with_real_properties(sketch_dir: Path) -> None:
    out = sketch_dir / "s.docx"
    _render(sketch_dir / "skisse.yaml", "-o", out)
    d = docx.Document(str(out))
    section = d.sections[0]
    assert section.page_width is not None and section.page_height is not None
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    assert section.left_margin is not None and round(section.left_margin.cm, 1) == 2.5
    styles = docx_part(out, "word/styles.xml")
    defaults = styles.split("<w:docDefaults>", 1)[1].split("</w:docDefaults>", 1)[0]
    assert 'w:val="nb-NO"' in defaults
    assert "en-US" not in styles
    for name in ("Normal", "Heading 1", "Heading 2", "Title", "Table Grid"):
        xml = d.styles[name].element.xml
        assert 'w:val="nb-NO"' in xml, name
    props = d.core_properties
    assert props.title == "Glatte fylkesveier – varsling før ulykken"
    assert props.subject == "Skissekonkurranse for innovasjonspartnerskap 2017"
    assert props.author == "Hordaland fylkeskommune"
    assert props.created is not None and props.created.date().isoformat() == TODAY
    assert props.modified is not None and props.modified.date().isoformat() == TODAY
    core = docx_part(out, "docProps/core.xml")
    assert "python-docx" not in core and "2013" not in core


def test_word_tables_keep_rows_whole_repeat_headers_and_labels_wide(sketch_dir: Path) -> None:
    out = sketch_dir / "s.docx"
    _render(sketch_dir / "skisse.yaml", "-o", out)
    d = docx.Document(str(out))
    for table in d.tables:
        for row in table.rows:
            assert row._tr.find(f"{W}trPr/{W}cantSplit") is not None
    budget = next(t for t in d.tables if t.rows[0].cells[0].text == "Post")
    assert budget.rows[0]._tr.find(f"{W}trPr/{W}tblHeader") is not None
    header = d.tables[0]
    assert header.rows[2].cells[0].text == "Organisasjonsnummer"
    width = header.columns[0].width
    # Sized by the longest word, "Organisasjonsnummer": 19 bold characters at 0.3 cm + 0.5 cm.
    assert width is not None and round(width.cm, 1) == 6.2
    assert header._tbl.tblPr.find(f"{W}tblLayout").get(f"{W}type") == "fixed"
    headings = [p.text for p in d.paragraphs if p.style is not None and p.style.name == "Heading 1"]
    assert headings[:3] == ["Sammendrag", "Partnere", "Behovet"]


def test_word_figures_are_pngs_with_alt_text(sketch_dir: Path) -> None:
    out = sketch_dir / "s.docx"
    _render(sketch_dir / "skisse.yaml", "-o", out)
    body = docx_part(out, "word/document.xml")
    descriptions = re.findall(r'<wp:docPr [^>]*descr="([^"]*)"', body)
    assert len(descriptions) == 3
    assert descriptions[0].startswith("Stolpediagram over samlet besparelse år for år: År 1: 21")
    assert descriptions[1].startswith("Tidslinje. Behovsavklaring: 15. september 2017")
    assert descriptions[2].startswith("Stolpediagram over budsjettpostene:")
    with zipfile.ZipFile(out) as z:
        media = [n for n in z.namelist() if n.startswith("word/media/")]
        assert len(media) == 3 and all(z.read(n).startswith(b"\x89PNG") for n in media)


def test_word_template_still_used_and_bytes_repeat(sketch_dir: Path, tmp_path: Path) -> None:
    letterhead = docx.Document()
    letterhead.sections[0].header.paragraphs[0].text = "Brevmal"
    path = tmp_path / "brevmal.docx"
    letterhead.save(str(path))
    first, second = tmp_path / "a.docx", tmp_path / "b.docx"
    _render(sketch_dir / "skisse.yaml", "--template", path, "-o", first)
    _render(sketch_dir / "skisse.yaml", "--template", path, "-o", second)
    assert first.read_bytes() == second.read_bytes()
    d = docx.Document(str(first))
    assert d.sections[0].header.paragraphs[0].text == "Brevmal"
    assert 'w:val="nb-NO"' in d.styles["Normal"].element.xml


def _template(path: Path, side_margins_cm: float) -> Path:
    letterhead = docx.Document()
    section = letterhead.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(side_margins_cm)
    letterhead.save(str(path))
    return path


def test_word_sets_arial_and_tight_table_cells(sketch_dir: Path) -> None:
    out = sketch_dir / "s.docx"
    _render(sketch_dir / "skisse.yaml", "-o", out)
    styles = docx_part(out, "word/styles.xml")
    # python-docx's theme fonts (Cambria, Calibri) fall back to a far wider font in
    # LibreOffice; Arial is laid out alike by Word and by LibreOffice (Liberation Sans).
    assert "Theme=" not in styles and "w:cstheme" not in styles
    defaults = styles.split("<w:docDefaults>", 1)[1].split("</w:docDefaults>", 1)[0]
    assert '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>' in (
        defaults
    )
    d = docx.Document(str(out))
    for name in ("Title", "Heading 1", "Heading 2"):
        assert d.styles[name].font.name == "Arial", name
    # Table text without Normal's spacing after and 1.15 lines: LibreOffice ignores the
    # table style's own paragraph settings, and the rows came out half as tall again.
    cells = [p for t in d.tables for r in t.rows for c in r.cells for p in c.paragraphs]
    assert cells
    for paragraph in cells:
        fmt = paragraph.paragraph_format
        assert (fmt.space_before, fmt.space_after, fmt.line_spacing) == (0, 0, 1.0)


def test_word_template_keeps_its_own_fonts(sketch_dir: Path, tmp_path: Path) -> None:
    template = _template(tmp_path / "brevmal.docx", 2.5)
    out = sketch_dir / "s.docx"
    _render(sketch_dir / "skisse.yaml", "--template", template, "-o", out)
    assert 'w:asciiTheme="minorHAnsi"' in docx_part(out, "word/styles.xml")
    assert "Arial" not in docx_part(out, "word/styles.xml")


def _figures(path: Path) -> list[tuple[float, float, int, int]]:
    """Each picture's width and height in cm as placed, and its PNG's pixels."""
    d = docx.Document(str(path))
    out = []
    for shape in d.inline_shapes:
        blip = shape._inline.graphic.graphicData.pic.blipFill.blip
        png = d.part.related_parts[blip.embed].blob
        width, height = struct.unpack(">II", png[16:24])
        out.append((shape.width.cm, shape.height.cm, width, height))
    return out


@pytest.mark.parametrize(("side_margins", "text_width"), [(None, 16.0), (4.0, 13.0)])
def test_word_figures_fit_the_text_and_a_third_of_the_page(
    sketch_dir: Path, tmp_path: Path, side_margins: float | None, text_width: float
) -> None:
    out = sketch_dir / "s.docx"
    args: list[str | Path] = ["-o", out]
    if side_margins is not None:
        args += ["--template", _template(tmp_path / "brevmal.docx", side_margins)]
    _render(sketch_dir / "skisse.yaml", *args)
    figures = _figures(out)
    assert len(figures) == 3
    for width, height, px_w, px_h in figures:
        assert width <= text_width + 0.01
        assert height <= 0.4 * 24.7 + 0.01  # never more than 40 % of the text height
        assert abs(width / height - px_w / px_h) < 0.02  # not stretched
    if side_margins is not None:  # a letterhead's narrower text: the charts shrink with it
        assert max(width for width, *_ in figures) == pytest.approx(13.0, abs=0.01)
    d = docx.Document(str(out))
    for table in d.tables:  # and the tables take its text width, not ours
        assert sum(c.width.cm for c in table.columns) == pytest.approx(text_width, abs=0.05)
    body = d.element.body
    for drawing in body.iter(f"{W}drawing"):
        picture = next(p for p in body if drawing in p.iter())
        caption = picture.getprevious()
        assert caption.find(f"{W}pPr/{W}keepNext") is not None  # the caption stays with it


def test_word_plan_table_keeps_dates_and_words_whole(sketch_dir: Path) -> None:
    out = sketch_dir / "s.docx"
    _render(sketch_dir / "skisse.yaml", "-o", out)
    d = docx.Document(str(out))
    plan = next(t for t in d.tables if t.rows[0].cells[1].text == "Start")
    assert [c.text for c in plan.rows[0].cells] == ["Fase", "Start", "Slutt", "Innhold"]
    assert plan.rows[1].cells[1].text == "15. september 2017"
    widths = [c.width.cm for c in plan.columns]
    assert sum(widths) == pytest.approx(16.0, abs=0.05)
    # Arial 11 pt (Liberation Sans's advance widths): "15. september 2017" is 3.45 cm and
    # "15. desember 2017" 3.34 cm, plus Word's cell margins of 2 x 0.19 cm.
    assert widths[1] >= 3.45 + 0.38
    assert widths[2] >= 3.34 + 0.38
    # "Behovsavklaring" (2.85 cm) whole, and the content column gets the rest: room for its
    # longest word, "driftskontraktene." (2.98 cm), and for more than a word a line.
    assert widths[0] >= 2.85 + 0.38
    assert widths[3] >= 4.5


@pytest.mark.parametrize(
    ("titles", "rows", "numeric"),
    [
        # Two short columns and a long one: the dates whole, the text takes the rest.
        (
            ("Fra", "Til", "Hva"),
            (("1. september 2017", "31. desember 2019", "tekst " * 30),),
            (False, False, False),
        ),
        # Only short columns: they share out the spare width and fill the text.
        (("Post", "Beløp (kr)"), (("Lønn", "1 000"),), (False, True)),
        # Too many dates to keep all whole: no word broken, the width still filled.
        (
            tuple(f"D{i}" for i in range(5)),
            (tuple("30. november 2017" for _ in range(5)),),
            (False,) * 5,
        ),
    ],
)
def test_word_column_widths_fill_the_text_and_break_no_word(
    titles: tuple[str, ...], rows: tuple[tuple[str, ...], ...], numeric: tuple[bool, ...]
) -> None:
    from sketchkit.documents.renderers.word import _column_widths

    widths = _column_widths(titles, rows, numeric, 16.0)
    assert sum(widths) == pytest.approx(16.0, abs=0.03)
    # "november", the longest word of a date: 1.73 cm in Arial 11 pt, plus 0.38 of margins.
    assert min(widths) >= 1.73 + 0.38
    if len(titles) == 3:  # "1. september 2017": 3.24 cm; "31. desember 2019": 3.34 cm
        assert widths[0] >= 3.24 + 0.38 and widths[1] >= 3.34 + 0.38
        assert widths[2] > 16.0 - 2 * 4.0


def test_word_columns_for_a_letterhead_are_measured_for_a_wider_font() -> None:
    # A letterhead keeps its own font, perhaps a fifth wider than Arial (Verdana): the dates
    # still get room for their longest line at that width.
    from sketchkit.documents.renderers.word import _column_widths

    titles, rows = (
        ("Fra", "Til", "Hva"),
        (("1. september 2017", "31. desember 2019", "tekst " * 30),),
    )
    plain = _column_widths(titles, rows, (False, False, False), 16.0)
    wider = _column_widths(titles, rows, (False, False, False), 16.0, 1.2)
    assert sum(wider) == pytest.approx(16.0, abs=0.03)
    assert wider[1] >= 3.34 * 1.2 + 0.38 > plain[1] >= 3.34 + 0.38


# 3. Charts in every format, from one source.


def test_pdf_has_three_figures_with_norwegian_numbers_and_dates(sketch_dir: Path) -> None:
    _render(sketch_dir / "skisse.yaml")
    text, _ = pdf_text(sketch_dir / "skisse.pdf")
    flat = " ".join(text.split())
    assert "Figur 1: Kostnader og besparelser over 4 år" in flat
    assert "Figur 2: Tidslinje for framdriftsplanen" in flat
    assert "Figur 3: Budsjettet fordelt på poster" in flat
    assert "Utlysningens frist 21. aug. 2017" in flat
    assert (
        "Årlig kostnad i dag: 212 mill. kr. Forventet besparelse: 21 mill. kr per år (9,9 %)."
        in flat
    )
    assert "Nåverdi, 4 % kalkulasjonsrente (R-109)" in flat
    # The 2017 call states no maximum duration (sketchkit's own rule of thumb): not drawn.
    assert "Maks. varighet" not in flat


def test_the_maximum_duration_is_drawn_where_the_call_states_it(tmp_path: Path) -> None:
    out = tmp_path / "oslo.pdf"
    r = run_cli("render", OSLO, "-o", out, "--today", "2020-03-01")
    assert r.exit_code == 0, r.stderr
    assert "Maks. varighet 3 år" in " ".join(pdf_text(out)[0].split())


def test_html_figures_are_inline_svg_named_for_screen_readers(sketch_dir: Path) -> None:
    out = sketch_dir / "s.html"
    _render(sketch_dir / "skisse.yaml", "-o", out)
    page = Elements(out.read_text(encoding="utf-8"))
    svgs = page.all("svg")
    assert len(svgs) == 3
    assert all(s["role"] == "img" for s in svgs)
    labels = [str(s["aria-label"]) for s in svgs]
    assert labels[1].startswith(
        "Tidslinje. Behovsavklaring: 15. september 2017 – 15. desember 2017"
    )
    assert "Figur 3: Budsjettet fordelt på poster" in page.joined()
    ids = [a["id"] for _, a in page.tags if a.get("id")]
    assert len(ids) == len(set(ids))  # several charts, no clashing ids


def test_same_input_same_bytes_in_every_format(sketch_dir: Path, tmp_path: Path) -> None:
    for suffix in ("pdf", "html", "docx", "md"):
        a, b = tmp_path / f"a.{suffix}", tmp_path / f"b.{suffix}"
        _render(sketch_dir / "skisse.yaml", "-o", a)
        _render(sketch_dir / "skisse.yaml", "-o", b)
        assert a.read_bytes() == b.read_bytes(), suffix


# 4. Nothing that undermines the sketch.


def test_no_self_assessment_and_applicant_and_units_once(sketch_dir: Path) -> None:
    sketch = sketch_dir / "skisse.yaml"
    for suffix in ("pdf", "docx", "html", "md"):
        _render(sketch, "-o", sketch_dir / f"s.{suffix}")
    texts = {
        "pdf": pdf_text(sketch_dir / "s.pdf")[0],
        "docx": docx_text(sketch_dir / "s.docx"),
        "html": Elements((sketch_dir / "s.html").read_text(encoding="utf-8")).joined(),
        "md": (sketch_dir / "s.md").read_text(encoding="utf-8").replace("\u00a0", " "),
    }
    for fmt, text in texts.items():
        assert "Dekning" not in text and "sketchkit" not in text.lower(), fmt
        assert "Vedlegg" not in text, fmt
        assert not re.search(r"\(kr\)\W+[\d ]+ kr", text), fmt  # never "(kr) 1 500 000 kr"
    rows = [
        [c.text for c in row.cells]
        for t in docx.Document(str(sketch_dir / "s.docx")).tables
        for row in t.rows
    ]
    assert [r for r in rows if r[0] == "Søker"] == [["Søker", "Hordaland fylkeskommune"]]
    assert ["Budsjett", "2\u00a0500\u00a0000\u00a0kr"] in rows


def test_appendix_is_the_applicants_own_checklist(sketch_dir: Path) -> None:
    out = sketch_dir / "s.html"
    _render(sketch_dir / "skisse.yaml", "--appendix", "-o", out)
    page = Elements(out.read_text(encoding="utf-8"))
    assert "Vedlegg: Søkerens egen sjekkliste mot utlysningens kriterier" in page.joined()
    html = out.read_text(encoding="utf-8")
    appendix = html.split('<section id="appendix">', 1)[1]
    assert re.findall(r'<th scope="col">([^<]*)</th>', appendix) == ["Kriterium", "Besvart i"]
    assert "oppfylt" not in appendix and "Dekning" not in appendix


# 5. Anchoring you can sign; the letter's pages appended.


def test_signature_block_and_attached_letter(sketch_dir: Path) -> None:
    plain, attached = sketch_dir / "a.pdf", sketch_dir / "b.pdf"
    _render(sketch_dir / "skisse.yaml", "-o", plain)
    r = run_cli("render", sketch_dir / "skisse.yaml", "--attach", "-o", attached, "--today", TODAY)
    assert r.exit_code == 0, r.stderr
    text, pages = pdf_text(plain)
    flat = " ".join(text.split())
    assert (
        "Forankret hos toppledelsen Navn Anne Vik Tittel Fylkesrådmann Sted og dato Underskrift"
        in flat
    )
    more, pages_attached = pdf_text(attached)
    assert pages_attached == pages + 1
    assert f"({pages} sider)" in r.stdout  # the letter does not count against a page limit
    last = pypdf.PdfReader(attached).pages[-1]
    assert "Forpliktelseserklæring" in last.extract_text()  # the letter's own text, embedded
    assert f"Side {pages} / {pages}" in more


def test_attach_with_pdfa_is_refused_clearly(sketch_dir: Path) -> None:
    r = run_cli("render", sketch_dir / "skisse.yaml", "--attach", "--pdfa", "--today", TODAY)
    assert r.exit_code == 2
    assert "--attach kan ikke brukes med --pdfa" in r.stderr
    assert not (sketch_dir / "skisse.pdf").exists()


@pytest.mark.parametrize(
    ("letter", "needle"),
    [
        ("../utenfor.pdf", "ligger utenfor skissens mappe"),
        ("finnes-ikke.pdf", "finner ikke finnes-ikke.pdf"),
        ("falsk.pdf", "er ikke en PDF-fil"),
    ],
)
def test_attach_takes_only_a_pdf_inside_the_folder(
    sketch_dir: Path, letter: str, needle: str
) -> None:
    (sketch_dir.parent / "utenfor.pdf").write_bytes(
        (sketch_dir / "forpliktelseserklaering.pdf").read_bytes()
    )
    (sketch_dir / "falsk.pdf").write_text("ikke en pdf", encoding="utf-8")
    _set(
        sketch_dir / "skisse.yaml",
        "commitment_letter: forpliktelseserklaering.pdf",
        f"commitment_letter: {letter}",
    )
    # A missing letter is also a finding of the check; --draft goes on to the render.
    r = run_cli("render", sketch_dir / "skisse.yaml", "--attach", "--draft", "--today", TODAY)
    assert r.exit_code == 2
    assert needle in r.stderr


# 6. Every language the sketch may be written in.


def test_nynorsk_sketch_gets_nynorsk_labels_everywhere(sketch_dir: Path) -> None:
    sketch = sketch_dir / "skisse.yaml"
    _set(sketch, "language: nb", "language: nn")
    for suffix in ("pdf", "docx", "html"):
        _render(sketch, "--appendix", "-o", sketch_dir / f"s.{suffix}")
    flat = " ".join(pdf_text(sketch_dir / "s.pdf")[0].split())
    for label in ("Søkjar", "Kontaktperson", "Forankra hos toppleiinga", "Stad og dato"):
        assert label in flat, label
    assert "Vedlegg: Søkjaren si eiga sjekkliste mot kriteria i utlysinga" in flat
    assert "Kostnader og innsparingar over 4 år" in flat
    assert "15. august 2017" in flat
    assert str(pdf_root(sketch_dir / "s.pdf")["/Lang"]) == "nn-NO"
    page = Elements((sketch_dir / "s.html").read_text(encoding="utf-8"))
    assert page.all("html")[0]["lang"] == "nn"
    assert 'w:val="nn-NO"' in docx_part(sketch_dir / "s.docx", "word/styles.xml")


def test_english_sketch_gets_english_labels_dates_and_numbers(sketch_dir: Path) -> None:
    sketch = sketch_dir / "skisse.yaml"
    _set(sketch, "language: nb", "language: en")
    _render(sketch, "-o", sketch_dir / "s.md")
    md = (sketch_dir / "s.md").read_text(encoding="utf-8").replace("\u00a0", " ")
    assert "- **Applicant:** Hordaland fylkeskommune" in md
    assert "- **Date:** 15 August 2017" in md
    assert "- **Grant applied for:** NOK 8,000,000" in md
    assert "**Figure 1: Costs and savings over 4 years**" in md


def test_lang_option_applies_where_the_sketch_names_no_language(sketch_dir: Path) -> None:
    sketch = sketch_dir / "skisse.yaml"
    _set(sketch, "language: nb\n", "")  # an error of the sketch: rendered as a draft
    out = sketch_dir / "s.md"
    r = run_cli("render", sketch, "--lang", "en", "--draft", "-o", out, "--today", TODAY)
    assert r.exit_code == 1, r.stderr
    assert "- **Applicant:** Hordaland fylkeskommune" in (sketch_dir / "s.md").read_text(
        encoding="utf-8"
    )


# 7. Prose as written.

FOLDED_LIST = """summary: >
  Vi skal gjøre tre ting:
  - varsle glatte veier
  - styre strøingen
  - følge opp kontraktene

  Det gir færre ulykker.
"""


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_list_inside_a_folded_block_stays_a_list(sketch_dir: Path, newline: str) -> None:
    sketch = sketch_dir / "skisse.yaml"
    text = sketch.read_text(encoding="utf-8")
    start = text.index("summary: >")
    end = text.index("\napplicant:")
    text = text[:start] + FOLDED_LIST + text[end:]
    sketch.write_bytes(text.replace("\n", newline).encode("utf-8"))
    _render(sketch, "-o", sketch_dir / "s.html")
    _render(sketch, "-o", sketch_dir / "s.md")
    _render(sketch, "-o", sketch_dir / "s.docx")
    html = (sketch_dir / "s.html").read_text(encoding="utf-8")
    summary = html.split('<section id="summary">', 1)[1].split("</section>", 1)[0]
    assert re.findall(r"<(p|li)>([^<]*)<", summary) == [
        ("p", "Vi skal gjøre tre ting:"),
        ("li", "varsle glatte veier"),
        ("li", "styre strøingen"),
        ("li", "følge opp kontraktene"),
        ("p", "Det gir færre ulykker."),
    ]
    md = (sketch_dir / "s.md").read_text(encoding="utf-8")
    assert "Vi skal gjøre tre ting:\n\n- varsle glatte veier\n- styre strøingen\n" in md
    d = docx.Document(str(sketch_dir / "s.docx"))
    bullets = [
        p.text for p in d.paragraphs if p.style is not None and p.style.name == "List Bullet"
    ]
    assert bullets[:3] == ["varsle glatte veier", "styre strøingen", "følge opp kontraktene"]


def test_new_writes_prose_as_literal_blocks(tmp_path: Path) -> None:
    out = tmp_path / "ny.yaml"
    r = run_cli("new", out, "--no-input", "--title", "Snø", "--applicant", "Gjøvik kommune")
    assert r.exit_code == 0, r.stderr
    text = out.read_text(encoding="utf-8")
    assert "summary: |\n" in text and "  description: |\n" in text
    assert ": >\n" not in text


# 8. Accessible and archivable (the browser check is in test_html_accessibility.py).


def test_pdf_is_tagged_with_its_language(sketch_dir: Path) -> None:
    _render(sketch_dir / "skisse.yaml")
    root = pdf_root(sketch_dir / "skisse.pdf")
    assert bool(root["/MarkInfo"]["/Marked"])
    assert "/StructTreeRoot" in root
    assert str(root["/Lang"]) == "nb-NO"
    info = pypdf.PdfReader(sketch_dir / "skisse.pdf").metadata
    assert info is not None and info.title == "Glatte fylkesveier – varsling før ulykken"
    assert info.author == "Hordaland fylkeskommune"


def test_pdfa_with_charts_still_declares_pdfa(sketch_dir: Path) -> None:
    out = sketch_dir / "arkiv.pdf"
    _render(sketch_dir / "skisse.yaml", "--pdfa", "-o", out)
    data = out.read_bytes()
    assert re.search(rb"pdfaid:part(>|=\")2", data)
    assert "Figur 3" in pdf_text(out)[0]


# 9. An optional logo.


def _logo(sketch_dir: Path, name: str, data: bytes) -> Path:
    (sketch_dir / name).write_bytes(data)
    _set(
        sketch_dir / "skisse.yaml",
        "  kind: county_municipality\n",
        f"  kind: county_municipality\n  logo: {name}\n",
    )
    return sketch_dir / "skisse.yaml"


def test_logo_in_the_header_of_every_format(sketch_dir: Path) -> None:
    sketch = _logo(sketch_dir, "logo.png", PNG)
    for suffix in ("pdf", "docx", "html"):
        _render(sketch, "-o", sketch_dir / f"s.{suffix}")
    page = pypdf.PdfReader(sketch_dir / "s.pdf").pages[0]
    assert len(page.images) == 1
    html = Elements((sketch_dir / "s.html").read_text(encoding="utf-8"))
    img = html.all("img")[0]
    assert str(img["src"]).startswith("data:image/png;base64,")
    assert img["alt"] == "Logo for Hordaland fylkeskommune"
    header = docx_part(sketch_dir / "s.docx", "word/header1.xml")
    assert 'descr="Logo for Hordaland fylkeskommune"' in header


def test_svg_logo_becomes_png_in_word(sketch_dir: Path) -> None:
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#1f5f8b"/></svg>'
    sketch = _logo(sketch_dir, "logo.svg", svg)
    _render(sketch, "-o", sketch_dir / "s.docx")
    with zipfile.ZipFile(sketch_dir / "s.docx") as z:
        media = [z.read(n) for n in z.namelist() if n.startswith("word/media/")]
    assert sum(m.startswith(b"\x89PNG") for m in media) == 4  # three charts and the logo


@pytest.mark.parametrize(
    ("name", "data", "needle"),
    [
        ("logo.png", b"GIF89a not really", "er ikke et PNG-, JPEG- eller SVG-bilde"),
        ("logo.svg", b'<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg>&a;</svg>', "SVG-bilde"),
        ("logo.png", PNG + b"\0" * (2 * 1024 * 1024), "grensen er 2097152"),
    ],
)
def test_logo_checked_by_content_and_size(
    sketch_dir: Path, name: str, data: bytes, needle: str
) -> None:
    sketch = _logo(sketch_dir, name, data)
    r = run_cli("render", sketch, "--today", TODAY)
    assert r.exit_code == 2
    assert needle in r.stderr


def test_logo_symlink_out_of_the_folder_is_refused(sketch_dir: Path) -> None:
    outside = sketch_dir.parent / "hemmelig.png"
    outside.write_bytes(PNG)
    (sketch_dir / "logo.png").symlink_to(outside)
    _set(
        sketch_dir / "skisse.yaml",
        "  kind: county_municipality\n",
        "  kind: county_municipality\n  logo: logo.png\n",
    )
    r = run_cli("render", sketch_dir / "skisse.yaml", "--today", TODAY)
    assert r.exit_code == 2
    assert "applicant.logo: logo.png ligger utenfor skissens mappe" in r.stderr


# Never over an input (issue 10, item 6), also with --force.


@pytest.mark.parametrize("how", ["same", "symlink", "hardlink"])
def test_output_never_replaces_an_input(sketch_dir: Path, how: str) -> None:
    sketch = sketch_dir / "skisse.yaml"
    before = sketch.read_bytes()
    out = sketch_dir / "ut.md"
    if how == "same":
        out = sketch
    elif how == "symlink":
        out.symlink_to(sketch)
    else:
        out.hardlink_to(sketch)
    r = run_cli("render", sketch, "-f", "md", "-o", out, "--force", "--today", TODAY)
    assert r.exit_code == 2
    assert f"{out} er en av filene som leses" in r.stderr
    assert "den skrives aldri over, heller ikke med --force" in r.stderr
    assert sketch.read_bytes() == before


def test_output_never_replaces_the_letter(sketch_dir: Path) -> None:
    letter = sketch_dir / "forpliktelseserklaering.pdf"
    before = letter.read_bytes()
    r = run_cli(
        "render", sketch_dir / "skisse.yaml", "--attach", "-o", letter, "--force", "--today", TODAY
    )
    assert r.exit_code == 2
    assert r.stderr == (
        f"sketchkit: {letter} er en av filene som leses (skissen, et vedlegg, en mal, et "
        "skåringsark eller utlysningen); den skrives aldri over, heller ikke med --force\n"
    )
    assert letter.read_bytes() == before


@pytest.fixture(scope="module")
def office_profile(tmp_path_factory: pytest.TempPathFactory) -> str:
    """One LibreOffice profile of the tests' own: never the user's, nor one that a running
    LibreOffice holds locked."""
    return tmp_path_factory.mktemp("libreoffice-profile").as_uri()


_DATE = re.compile(r"^\d{1,2}\. [a-zæøå]+ \d{4}$")


@pytest.mark.skipif(
    shutil.which("soffice") is None,
    reason="LibreOffice is not installed here (the project does not install it: too heavy)",
)
@pytest.mark.parametrize(
    "sketch",
    [*EXAMPLES, HORDALAND / "skisse.yaml"],
    ids=[*(p.parent.name for p in EXAMPLES), "hordaland-nb"],
)
def test_word_in_libreoffice_is_within_a_page_of_the_pdf(
    tmp_path: Path, sketch: Path, office_profile: str
) -> None:
    word, pdf = tmp_path / "s.docx", tmp_path / "s.pdf"
    _render(sketch, "-o", word)
    _render(sketch, "-o", pdf)
    out = tmp_path / "lo"
    done = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={office_profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(word),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    word_text, word_pages = pdf_text(out / "s.pdf")
    _, pdf_pages = pdf_text(pdf)
    assert abs(word_pages - pdf_pages) <= 1, (word_pages, pdf_pages)
    assert "Organisasjonsn\n" not in word_text  # the label column never breaks a word
    dates = [
        cell.text.replace("\u00a0", " ")
        for table in docx.Document(str(word)).tables
        for row in table.rows
        for cell in row.cells
        if _DATE.match(cell.text.replace("\u00a0", " "))
    ]
    assert len(dates) >= 10  # the plan's start and end dates, at least
    for date in dates:
        assert date in word_text, date  # on one line in its column, never wrapped
