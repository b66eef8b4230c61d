"""Renderers: one per output format, behind a registry, imported only when asked for."""

from __future__ import annotations

import enum
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sketchkit.core.i18n import Lang
from sketchkit.documents.model import Document


class DocumentFormat(enum.StrEnum):
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
    attach: bytes | None = None  # a checked PDF whose pages follow the document (PDF only)


@dataclass(frozen=True)
class Rendered:
    data: bytes
    pages: int | None = None  # known for PDF


Renderer = Callable[[Document, DocumentFormat, RenderOptions], Rendered]

# Each format's module has a ``draw`` function; imported only when that format is asked for
# (python-docx and typst are heavy, and ``check`` must never pay for them).
_MODULES: dict[DocumentFormat, str] = {
    DocumentFormat.MD: "sketchkit.documents.renderers.jinja_text",
    DocumentFormat.HTML: "sketchkit.documents.renderers.jinja_text",
    DocumentFormat.DOCX: "sketchkit.documents.renderers.word",
    DocumentFormat.PDF: "sketchkit.documents.renderers.pdf",
}


def get_renderer(fmt: DocumentFormat) -> Renderer:
    draw: Renderer = importlib.import_module(_MODULES[fmt]).draw
    return draw


def render(doc: Document, fmt: DocumentFormat, options: RenderOptions | None = None) -> Rendered:
    return get_renderer(fmt)(doc, fmt, options or RenderOptions())
