"""Renderers: one per output format, behind a registry, imported only when asked for."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path

from sketchkit.document import Document
from sketchkit.i18n import Lang


class Format(enum.StrEnum):
    MD = "md"
    HTML = "html"
    DOCX = "docx"
    PDF = "pdf"


class RenderError(Exception):
    """The document could not be produced; the message says why (exit 2)."""


@dataclass(frozen=True)
class RenderOptions:
    template: Path | None = None  # a user's Jinja2 template or folder (md, html) or .docx
    pdfa: bool = False
    lang: Lang = Lang.NB  # of error messages; the document itself speaks the sketch's language


@dataclass(frozen=True)
class Rendered:
    data: bytes
    pages: int | None = None  # known for PDF


def render(doc: Document, fmt: Format, options: RenderOptions | None = None) -> Rendered:
    opts = options or RenderOptions()
    if fmt is Format.MD or fmt is Format.HTML:
        from sketchkit.render import jinja

        return Rendered(jinja.render(doc, fmt.value, opts.template, opts.lang))
    if fmt is Format.DOCX:
        from sketchkit.render import docx

        return Rendered(docx.render(doc, opts.template, opts.lang))
    if fmt is Format.PDF:
        from sketchkit.render import pdf

        return pdf.render(doc, pdfa=opts.pdfa, lang=opts.lang)
    raise ValueError(fmt)  # pragma: no cover - the exhaustiveness test keeps this unreachable
