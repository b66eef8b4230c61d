"""PDF through typst, from pip-installed packages alone: fonts embedded, tagged, PDF/A on request.

typst reads files only below its root. With no logo and no letter the root is the templates
folder; otherwise the templates, the checked logo and the letter are copied into a private
temporary folder that becomes the root, so a template never sees any other file.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sketchkit.core import resources
from sketchkit.core.i18n import Lang, Msg
from sketchkit.documents.model import Document
from sketchkit.documents.renderers import DocumentFormat, Rendered, RenderError, RenderOptions

_TEMPLATES = ("sketch.typ", "charts.typ")
_FAILED = Msg("typst feilet: {m}", "typst failed: {m}")
_NO_ATTACH_PDFA = Msg(
    "--attach kan ikke brukes med --pdfa: typst kan ikke legge inn PDF-sider i PDF/A. Lag "
    "PDF/A uten --attach og send forpliktelseserklæringen som eget vedlegg.",
    "--attach cannot be used with --pdfa: typst cannot embed PDF pages in PDF/A. Make the "
    "PDF/A without --attach and send the commitment letter as a separate attachment.",
)
_BAD_LETTER = Msg(
    "kan ikke legge ved forpliktelseserklæringen: typst kan ikke lese den som PDF",
    "cannot attach the commitment letter: typst cannot read it as a PDF",
)


def timestamp(doc: Document) -> dt.datetime:
    """The render date at noon UTC: the same input gives the same bytes."""
    day = dt.date.fromisoformat(doc.date) if doc.date else dt.date(2000, 1, 1)
    return dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.UTC)


@contextmanager
def _root(doc: Document, attach: bytes | None) -> Iterator[Path]:
    """The folder typst may read: the templates, or a private copy with the logo and letter."""
    if doc.logo is None and attach is None:
        yield resources.templates_dir()
        return
    with tempfile.TemporaryDirectory(prefix="sketchkit-") as tmp:
        root = Path(tmp)
        for name in _TEMPLATES:
            shutil.copyfile(resources.templates_dir() / name, root / name)
        if doc.logo is not None:
            (root / doc.logo.name).write_bytes(doc.logo.data)
        if attach is not None:
            (root / "letter.pdf").write_bytes(attach)
        yield root


_MAX_LETTER_PAGES = 50
_COUNT = re.compile(rb"/Count\s+(\d{1,4})\b")


def _letter_pages(typst: Any, root: Path) -> int:
    """How many pages the letter has: the largest ``/Count`` its page tree states (when that
    is readable without decompressing), confirmed by asking typst for that page and the next;
    otherwise found by bisection. typst itself says nothing about a PDF's page count."""

    def has(page: int) -> bool:
        probe = f'#image("letter.pdf", page: {page}, width: 1cm)'.encode()
        try:
            typst.compile(probe, root=root, format="svg", ignore_system_fonts=True)
        except typst.TypstError:
            return False
        return True

    guess = max((int(n) for n in _COUNT.findall((root / "letter.pdf").read_bytes())), default=1)
    guess = min(max(guess, 1), _MAX_LETTER_PAGES)
    if has(guess) and (guess == _MAX_LETTER_PAGES or not has(guess + 1)):
        return guess
    lo, hi = 0, _MAX_LETTER_PAGES  # has(lo) is taken as true; 0 pages: not a PDF typst reads
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if has(mid):
            lo = mid
        else:
            hi = mid - 1
    return lo


def render(
    doc: Document,
    *,
    pdfa: bool = False,
    attach: bytes | None = None,
    lang: Lang = Lang.NB,
) -> Rendered:
    import typst

    if attach is not None and pdfa:
        raise RenderError(_NO_ATTACH_PDFA(lang))
    inputs = {"data": json.dumps(doc.to_dict(), ensure_ascii=False)}
    try:
        with _root(doc, attach) as root:
            if attach is not None:
                pages = _letter_pages(typst, root)
                if pages == 0:
                    raise RenderError(_BAD_LETTER(lang))
                inputs["attach"] = json.dumps({"file": "letter.pdf", "pages": pages})
            # System fonts are ignored so every machine makes the same document with the fonts
            # typst carries, all embedded in the PDF.
            compiler = typst.Compiler(
                root / "sketch.typ", root=root, ignore_system_fonts=True, sys_inputs=inputs
            )
            # Norwegian public archives keep PDF/A; 2b is the level typst's fonts and colours
            # meet. The PDF is tagged (typst's default), with the document's language.
            data = compiler.compile(
                format="pdf", pdf_standards=["a-2b"] if pdfa else [], timestamp=timestamp(doc)
            )
            pages = json.loads(compiler.query("<sketchkit-pages>", field="value", one=True))
    except typst.TypstError as e:
        raise RenderError(_FAILED(lang, m=e.message)) from None
    if not isinstance(data, bytes):  # pragma: no cover - pdf output is always one file
        raise RenderError("typst returned no PDF")
    return Rendered(data, int(pages))


def figure_page(doc: Document, *, ppi: float = 110) -> bytes:
    """The page that holds the most figures, as PNG: the README's picture of a document."""
    import typst

    inputs = {"data": json.dumps(doc.to_dict(), ensure_ascii=False)}
    with _root(doc, None) as root:
        compiler = typst.Compiler(
            root / "sketch.typ", root=root, ignore_system_fonts=True, sys_inputs=inputs
        )
        pngs = compiler.compile(format="png", ppi=ppi, timestamp=timestamp(doc))
        pages = json.loads(compiler.query("<sketchkit-figure>", field="value"))
    if not isinstance(pngs, list):
        pngs = [pngs] if isinstance(pngs, bytes) else []
    best = max(set(pages), key=lambda p: (pages.count(p), -p)) if pages else 1
    return pngs[best - 1]


def draw(doc: Document, fmt: DocumentFormat, opts: RenderOptions) -> Rendered:
    """This module's entry in the renderer registry."""
    return render(doc, pdfa=opts.pdfa, attach=opts.attach, lang=opts.lang)
