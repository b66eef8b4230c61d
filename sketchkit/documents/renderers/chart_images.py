"""The document's charts as pictures: SVG for HTML, PNG for Word (python-docx takes no SVG).

Drawn by the same ``templates/charts.typ`` as the PDF, one page per chart, in one typst run;
same input, same bytes. Also turns an SVG logo into PNG for Word.
"""

from __future__ import annotations

import html
import json
import re
from typing import Literal

from sketchkit.core import resources
from sketchkit.core.i18n import Lang, Msg
from sketchkit.documents.charts import Chart
from sketchkit.documents.renderers import RenderError

# PNG resolution for Word: sharp in print; Word places a chart at its drawn size at most.
PNG_PPI = 200.0
_FAILED = Msg("typst feilet: {m}", "typst failed: {m}")
_SIZE = re.compile(r'^(<svg\b[^>]*?)\s+width="[^"]*"\s+height="[^"]*"')
_ID = re.compile(r'\bid="([^"]+)"')
_REF = re.compile(r'(href="#|url\(#)([^")]+)')


def _compile(
    charts: list[Chart], doc_lang: str, fmt: Literal["svg", "png"], lang: Lang
) -> list[bytes]:
    import typst

    if not charts:
        return []
    folder = resources.templates_dir()
    inputs = {
        "charts": json.dumps([c.to_dict() for c in charts], ensure_ascii=False),
        "lang": doc_lang,
    }
    try:
        compiler = typst.Compiler(
            folder / "chart-pages.typ", root=folder, ignore_system_fonts=True, sys_inputs=inputs
        )
        out = compiler.compile(format=fmt, ppi=PNG_PPI if fmt == "png" else None)
    except typst.TypstError as e:
        raise RenderError(_FAILED(lang, m=e.message)) from None
    return out if isinstance(out, list) else [out] if isinstance(out, bytes) else []


def pngs(charts: list[Chart], doc_lang: str, lang: Lang = Lang.NB) -> list[bytes]:
    return _compile(charts, doc_lang, "png", lang)


def svgs(charts: list[Chart], doc_lang: str, lang: Lang = Lang.NB) -> list[str]:
    """Inline SVG, one per chart: scales with the page, named for screen readers by the
    chart's text alternative, ids prefixed so several charts can share one page."""
    out = []
    for n, data in enumerate(_compile(charts, doc_lang, "svg", lang), 1):
        svg = data.decode("utf-8")
        svg = svg[svg.index("<svg") :]
        svg = _SIZE.sub(r"\1", svg, count=1)
        svg = _ID.sub(lambda m, n=n: f'id="c{n}-{m.group(1)}"', svg)  # type: ignore[misc]
        svg = _REF.sub(lambda m, n=n: f"{m.group(1)}c{n}-{m.group(2)}", svg)  # type: ignore[misc]
        alt = html.escape(charts[n - 1].alt, quote=True)
        svg = svg.replace("<svg", f'<svg role="img" aria-label="{alt}" focusable="false"', 1)
        out.append(svg)
    return out


def svg_to_png(svg: bytes, lang: Lang = Lang.NB) -> bytes:
    """An SVG (a checked logo) as PNG, for Word."""
    import tempfile
    from pathlib import Path

    import typst

    with tempfile.TemporaryDirectory(prefix="sketchkit-") as tmp:
        root = Path(tmp)
        (root / "logo.svg").write_bytes(svg)
        (root / "main.typ").write_text(
            "#set page(width: auto, height: auto, margin: 0pt, fill: none)\n"
            '#image("logo.svg", height: 3cm)\n',
            encoding="utf-8",
        )
        try:
            out = typst.Compiler(root / "main.typ", root=root).compile(format="png", ppi=200.0)
        except typst.TypstError as e:
            raise RenderError(_FAILED(lang, m=e.message)) from None
    first = out[0] if isinstance(out, list) else out
    if not isinstance(first, bytes):  # pragma: no cover - png output is always bytes
        raise RenderError(_FAILED(lang, m="no PNG"))
    return first
