from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import docx
import pypdf
import pytest

from sketchkit.documents.renderers import DocumentFormat
from tests.conftest import run_cli
from tests.render.conftest import HOSTILE_TITLE
from tests.render.helpers import docx_text, pdf_text

TODAY = "2017-08-15"


def test_pdf_holds_title_org_number_and_budget_total(sketch_dir: Path) -> None:
    r = run_cli("render", sketch_dir / "skisse.yaml", "--today", TODAY)
    assert r.exit_code == 0, r.stdout + r.stderr
    out = sketch_dir / "skisse.pdf"
    text, pages = pdf_text(out)
    assert "Glatte fylkesveier – varsling før ulykken" in text
    assert "938 626 367" in text
    assert "8 000 000 kr" in text  # the grant applied for
    assert "Side 1 / " in text
    assert f"({pages} sider)" in r.stdout
    assert out.read_bytes().startswith(b"%PDF-")


def test_pdfa_declares_pdfa(sketch_dir: Path) -> None:
    out = sketch_dir / "arkiv.pdf"
    r = run_cli("render", sketch_dir / "skisse.yaml", "--pdfa", "-o", out, "--today", TODAY)
    assert r.exit_code == 0, r.stderr
    data = out.read_bytes()
    assert re.search(rb"pdfaid:part(>|=\")2", data)
    assert re.search(rb"pdfaid:conformance(>|=\")B", data)


def test_pdf_embeds_its_fonts(sketch_dir: Path) -> None:
    run_cli("render", sketch_dir / "skisse.yaml", "--today", TODAY)
    reader = pypdf.PdfReader(sketch_dir / "skisse.pdf")
    fonts: Any = reader.pages[0]["/Resources"]["/Font"]  # type: ignore[index]
    assert fonts
    for ref in fonts.values():
        descriptor = ref.get_object()["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))


def test_html_has_every_heading_and_escapes_sketch_text(hostile_sketch: Path) -> None:
    r = run_cli("render", hostile_sketch, "-f", "html", "--draft", "--today", TODAY)
    # The over-long title is sketchkit's advice (word-limit), never an error: exit 0.
    assert r.exit_code == 0
    html = hostile_sketch.with_suffix(".html").read_text(encoding="utf-8")
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<dt>Søker</dt><dd>Hordaland fylkeskommune</dd>" in html  # once, in the header
    assert ">Søker</h2>" not in html
    for heading in (
        "Sammendrag",
        "Partnere",
        "Behovet",
        "Topplederforankring",
        "Gevinster",
        "Næringslivets rolle",
        "Nyskaping",
        "Framdriftsplan",
        "Budsjett",
        "Risiko",
    ):
        assert f">{heading}</h2>" in html, heading
    assert "Vedlegg" not in html and "Dekning" not in html  # no checklist unless asked for
    assert 'class="draft"' in html and "UTKAST" in html
    assert "<style>" in html and "<link" not in html  # one self-contained file


def test_markdown_shows_markup_literally(hostile_sketch: Path) -> None:
    r = run_cli("render", hostile_sketch, "-f", "md", "--draft", "--today", TODAY)
    assert r.exit_code == 0
    md = hostile_sketch.with_suffix(".md").read_text(encoding="utf-8")
    assert "# \\<script\\>alert(1)\\</script\\> #set page(width: 1cm) \\*fet\\* \\$x\\$" in md
    assert "| Post | Beløp (kr) |" in md
    # The unit once: in the column heading, not again in every cell.
    assert "| Egne ansatte og prosjektledelse | 2\u00a0500\u00a0000 |" in md


def test_docx_reopens_with_headings_budget_rows_and_total(sketch_dir: Path) -> None:
    r = run_cli("render", sketch_dir / "skisse.yaml", "-f", "docx", "--today", TODAY)
    assert r.exit_code == 0, r.stderr
    out = sketch_dir / "skisse.docx"
    d = docx.Document(str(out))
    styled = [(p.style.name if p.style else "", p.text) for p in d.paragraphs]
    headings = [(name, text) for name, text in styled if name.startswith(("Heading", "Title"))]
    assert ("Title", "Glatte fylkesveier – varsling før ulykken") in headings
    assert ("Heading 1", "Budsjett") in headings
    assert ("Heading 2", "Kostnadsbesparelser") in headings
    rows = [[c.text for c in row.cells] for t in d.tables for row in t.rows]
    assert ["Markedsdialog og konkurranse", "900\u00a0000"] in rows
    assert ["Omsøkt tilskudd", "8\u00a0000\u00a0000\u00a0kr"] in rows
    footer = zipfile.ZipFile(out).read("word/footer1.xml").decode()
    assert "PAGE" in footer and "NUMPAGES" in footer


def test_docx_shows_hostile_text_literally(hostile_sketch: Path) -> None:
    run_cli("render", hostile_sketch, "-f", "docx", "--draft", "--today", TODAY)
    text = docx_text(hostile_sketch.with_suffix(".docx"))
    assert HOSTILE_TITLE in text


def test_pdf_shows_hostile_text_literally_and_marks_every_page(hostile_sketch: Path) -> None:
    r = run_cli("render", hostile_sketch, "--draft", "--today", TODAY)
    assert r.exit_code == 0
    reader = pypdf.PdfReader(hostile_sketch.with_suffix(".pdf"))
    assert reader.pages[0].mediabox.width > 500  # "#set page(width: 1cm)" did nothing
    first = " ".join(reader.pages[0].extract_text().split())  # the long title wraps
    assert HOSTILE_TITLE in first
    assert all("UTKAST" in page.extract_text() for page in reader.pages)


def test_sketch_with_errors_is_not_rendered(sketch_dir: Path) -> None:
    sketch = sketch_dir / "skisse.yaml"
    text = sketch.read_text(encoding="utf-8")
    sketch.write_text(
        text.replace("requested_nok: 8 000 000", "requested_nok: 9 000 000"), encoding="utf-8"
    )
    r = run_cli("render", sketch, "--today", TODAY)
    assert r.exit_code == 1
    assert "budget-sum" in r.stdout
    assert "--draft" in r.stderr
    assert not sketch.with_suffix(".pdf").exists()


def test_never_overwrites_without_force(sketch_dir: Path) -> None:
    out = sketch_dir / "skisse.html"
    out.write_text("tidligere versjon", encoding="utf-8")
    r = run_cli("render", sketch_dir / "skisse.yaml", "-f", "html", "--today", TODAY)
    assert r.exit_code == 2
    assert "--force" in r.stderr
    assert out.read_text(encoding="utf-8") == "tidligere versjon"
    r = run_cli("render", sketch_dir / "skisse.yaml", "-f", "html", "--force", "--today", TODAY)
    assert r.exit_code == 0
    assert "<!DOCTYPE html>" in out.read_text(encoding="utf-8")


def test_user_template_for_markdown(sketch_dir: Path, tmp_path: Path) -> None:
    template = tmp_path / "kort.md.j2"
    template.write_text(
        "{{ doc.title | md }} – {{ doc.sections | length }} seksjoner\n", encoding="utf-8"
    )
    out = tmp_path / "kort.md"
    r = run_cli(
        "render",
        sketch_dir / "skisse.yaml",
        "-f",
        "md",
        "--template",
        template,
        "-o",
        out,
        "--today",
        TODAY,
    )
    assert r.exit_code == 0, r.stderr
    assert (
        out.read_text(encoding="utf-8")
        == "Glatte fylkesveier – varsling før ulykken – 11 seksjoner\n"
    )


def test_user_template_cannot_reach_python_internals(sketch_dir: Path, tmp_path: Path) -> None:
    template = tmp_path / "ond.html.j2"
    template.write_text("{{ ''.__class__.__mro__[1].__subclasses__() }}", encoding="utf-8")
    r = run_cli(
        "render", sketch_dir / "skisse.yaml", "-f", "html", "--template", template, "--today", TODAY
    )
    assert r.exit_code == 2
    assert "SecurityError" in r.stderr or "unsafe" in r.stderr
    assert not (sketch_dir / "skisse.html").exists()


def test_docx_takes_on_a_letterhead(sketch_dir: Path, tmp_path: Path) -> None:
    letterhead = docx.Document()
    letterhead.sections[0].header.paragraphs[0].text = "Hordaland fylkeskommune – brevmal"
    letterhead.add_paragraph("Denne teksten skal ikke komme med.")
    path = tmp_path / "brevmal.docx"
    letterhead.save(str(path))
    out = tmp_path / "med-mal.docx"
    r = run_cli(
        "render",
        sketch_dir / "skisse.yaml",
        "-f",
        "docx",
        "--template",
        path,
        "-o",
        out,
        "--today",
        TODAY,
    )
    assert r.exit_code == 0, r.stderr
    d = docx.Document(str(out))
    assert d.sections[0].header.paragraphs[0].text == "Hordaland fylkeskommune – brevmal"
    assert "Denne teksten skal ikke komme med." not in docx_text(out)
    assert "Glatte fylkesveier – varsling før ulykken" in docx_text(out)


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["-f", "odt"], "ukjent format"),
        (["-f", "html", "--pdfa"], "--pdfa"),
        (["--template", "finnes-ikke.j2", "-f", "md"], "finner ikke malen"),
        (["--template", "x.j2"], "PDF"),
    ],
)
def test_bad_render_options_exit_2(sketch_dir: Path, args: list[str], needle: str) -> None:
    if "x.j2" in args:
        (sketch_dir / "x.j2").write_text("x", encoding="utf-8")
        args = [a if a != "x.j2" else str(sketch_dir / "x.j2") for a in args]
    r = run_cli("render", sketch_dir / "skisse.yaml", *args, "--today", TODAY)
    assert r.exit_code == 2
    assert needle in r.stderr


def test_every_format_has_a_renderer(sketch_dir: Path) -> None:
    import datetime as dt

    from sketchkit.checking.checker import CheckOptions, check_file
    from sketchkit.documents.model import build
    from sketchkit.documents.renderers import render

    doc = build(check_file(sketch_dir / "skisse.yaml", CheckOptions(today=dt.date(2017, 8, 15))))
    for fmt in DocumentFormat:
        assert render(doc, fmt).data


def test_failed_render_leaves_earlier_output_intact(sketch_dir: Path, tmp_path: Path) -> None:
    out = sketch_dir / "skisse.md"
    out.write_text("forrige", encoding="utf-8")
    bad = tmp_path / "feil.md.j2"
    bad.write_text("{{ doc.finnes_ikke }}", encoding="utf-8")
    r = run_cli(
        "render",
        sketch_dir / "skisse.yaml",
        "-f",
        "md",
        "--template",
        bad,
        "--force",
        "--today",
        TODAY,
    )
    assert r.exit_code == 2
    assert out.read_text(encoding="utf-8") == "forrige"
    assert sorted(p.name for p in sketch_dir.iterdir() if p.name.startswith(".")) == []


def test_bytes_are_stable_enough_to_zip(sketch_dir: Path) -> None:
    run_cli("render", sketch_dir / "skisse.yaml", "-f", "docx", "--today", TODAY)
    with zipfile.ZipFile(io.BytesIO((sketch_dir / "skisse.docx").read_bytes())) as z:
        assert z.testzip() is None
        assert "word/document.xml" in z.namelist()


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed here")
def test_libreoffice_opens_the_docx(sketch_dir: Path, tmp_path: Path) -> None:
    run_cli("render", sketch_dir / "skisse.yaml", "-f", "docx", "--today", TODAY)
    out = tmp_path / "lo"
    done = subprocess.run(
        [
            "soffice",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(sketch_dir / "skisse.docx"),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    text, pages = pdf_text(out / "skisse.pdf")
    assert "Glatte fylkesveier" in text and "938 626 367" in text
    assert f"Side 1 / {pages}" in text  # Word's PAGE and NUMPAGES fields were filled in
