"""Markdown and HTML from Jinja2 templates, always in the sandbox."""

from __future__ import annotations

import re
from pathlib import Path

from sketchkit.core import resources
from sketchkit.core.i18n import Lang, Msg
from sketchkit.documents.model import Document
from sketchkit.documents.renderers import DocumentFormat, Rendered, RenderError, RenderOptions

# Characters with inline meaning in CommonMark/GFM (emphasis, code, links, HTML, tables,
# strikethrough, entities). A backslash before ASCII punctuation shows it literally.
_MD_INLINE = re.compile(r"([\\`*_\[\]<>|~&$])")
# What starts a block when it opens a line: headings, lists, quotes, setext underlines.
_MD_LEADING = re.compile(r"^(\s*)([#>+=-])")
_MD_ORDERED = re.compile(r"^(\s*\d+)([.)])")
_NAMES = {"md": "sketch.md.j2", "html": "sketch.html.j2"}


def md_escape(text: object) -> str:
    """Text inside a line (list item, table cell, after a label): inline markup escaped."""
    # Line breaks would end a table cell or start a new block: fold them first. Line by line,
    # not by a pattern like \s*\n\s*, which is quadratic on a long run of spaces.
    s = " ".join(part.strip() for part in str(text).splitlines() if part.strip())
    return _MD_INLINE.sub(r"\\\1", s)


def md_block_escape(text: object) -> str:
    """Text that opens a line (a paragraph, a heading): block markers escaped too."""
    s = md_escape(text)
    s = _MD_LEADING.sub(lambda m: m.group(1) + "\\" + m.group(2), s)
    return _MD_ORDERED.sub(lambda m: m.group(1) + "\\" + m.group(2), s)


_NOT_FOUND = Msg("finner ikke malen {p}", "template not found: {p}")
_FAILED = Msg("malen {where} feilet: {what}", "the template {where} failed: {what}")


def render(doc: Document, fmt: str, template: Path | None, lang: Lang = Lang.NB) -> bytes:
    from jinja2 import FileSystemLoader, StrictUndefined, TemplateError
    from jinja2.sandbox import SandboxedEnvironment

    name = _NAMES[fmt]
    search = [str(resources.templates_dir())]
    if template is not None:
        if template.is_dir():
            search.insert(0, str(template))
        elif template.is_file():
            search.insert(0, str(template.parent))
            name = template.name
        else:
            raise RenderError(_NOT_FOUND(lang, p=template))
    env = SandboxedEnvironment(
        loader=FileSystemLoader(search),
        autoescape=fmt == "html",
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )
    env.filters["md"] = md_escape
    env.filters["md_block"] = md_block_escape
    try:
        text = env.get_template(name).render(doc=doc.to_dict())
    except TemplateError as e:
        where = f"{getattr(e, 'filename', None) or name}"
        line = getattr(e, "lineno", None)
        where += f":{line}" if line else ""
        raise RenderError(_FAILED(lang, where=where, what=f"{type(e).__name__}: {e}")) from None
    return text.encode("utf-8")


def draw(doc: Document, fmt: DocumentFormat, opts: RenderOptions) -> Rendered:
    """This module's entry in the renderer registry."""
    return Rendered(render(doc, fmt.value, opts.template, opts.lang))
