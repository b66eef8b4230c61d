"""PDF through typst, from pip-installed packages alone: fonts embedded, PDF/A on request."""

from __future__ import annotations

import json

from sketchkit.core import resources
from sketchkit.core.i18n import Lang, Msg
from sketchkit.documents.model import Document
from sketchkit.documents.renderers import DocumentFormat, Rendered, RenderError, RenderOptions


def render(doc: Document, *, pdfa: bool = False, lang: Lang = Lang.NB) -> Rendered:
    import typst

    source = resources.templates_dir() / "sketch.typ"
    inputs = {"data": json.dumps(doc.to_dict(), ensure_ascii=False)}
    try:
        # System fonts are ignored so every machine makes the same document with the fonts
        # typst carries, all embedded in the PDF.
        compiler = typst.Compiler(source, ignore_system_fonts=True, sys_inputs=inputs)
        # Norwegian public archives keep PDF/A; 2b is the level typst's fonts and colours meet.
        data = compiler.compile(format="pdf", pdf_standards=["a-2b"] if pdfa else [])
        pages = json.loads(compiler.query("<sketchkit-pages>", field="value", one=True))
    except typst.TypstError as e:
        raise RenderError(
            Msg("typst feilet: {m}", "typst failed: {m}")(lang, m=e.message)
        ) from None
    if not isinstance(data, bytes):  # pragma: no cover - pdf output is always one file
        raise RenderError("typst returned no PDF")
    return Rendered(data, int(pages))


def draw(doc: Document, fmt: DocumentFormat, opts: RenderOptions) -> Rendered:
    """This module's entry in the renderer registry."""
    return render(doc, pdfa=opts.pdfa, lang=opts.lang)
