"""Check a sketch and, when it holds no errors (or as a draft), write its document.

The library behind ``sketchkit render``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sketchkit.checking.checker import CheckOptions, FileResult, check_file
from sketchkit.core.atomic import write_atomic
from sketchkit.core.i18n import Lang, Msg
from sketchkit.documents.renderers import DocumentFormat, RenderError, RenderOptions, render

_NO_PDF_TEMPLATE = Msg(
    "--template gjelder md, html og docx; PDF har sin egen utforming",
    "--template applies to md, html and docx; PDF uses the built-in design",
)


@dataclass(frozen=True)
class Export:
    result: FileResult  # the check that came first
    path: Path | None = None  # where the document went; None when it was not rendered
    pages: int | None = None
    page_limit: int | None = None

    @property
    def over_page_limit(self) -> bool:
        return (
            self.pages is not None and self.page_limit is not None and self.pages > self.page_limit
        )


def default_output(sketch: Path, fmt: DocumentFormat) -> Path:
    """Next to the sketch, with the format's extension: ``skisse.yaml`` → ``skisse.pdf``."""
    return sketch.with_suffix(f".{fmt.value}")


def export(
    sketch: Path,
    fmt: DocumentFormat,
    *,
    output: Path | None = None,
    draft: bool = False,
    force: bool = False,
    render_options: RenderOptions | None = None,
    check_options: CheckOptions | None = None,
    date: dt.date | None = None,
) -> Export:
    """Check, then render. A sketch with errors is not rendered unless ``draft``.

    Raises FileExistsError when ``output`` exists and not ``force``, RenderError when the
    engine or a template fails, WriteError when the file cannot be written.
    """
    from sketchkit.documents.model import build

    lang = (check_options.lang if check_options else None) or Lang.NB

    result = check_file(sketch, check_options)
    if result.fatal is not None or result.document is None:
        return Export(result)
    if not result.valid and not draft:
        return Export(result)
    target = output or default_output(sketch, fmt)
    if target.exists() and not force:
        raise FileExistsError(str(target))
    doc = build(result, draft=draft, date=date or (check_options.today if check_options else None))
    if fmt is DocumentFormat.PDF and render_options and render_options.template is not None:
        raise RenderError(_NO_PDF_TEMPLATE(lang))
    rendered = render(doc, fmt, render_options)
    # Written only once the whole document exists, in one step: an earlier file survives a
    # failed render untouched.
    write_atomic(target, rendered.data, overwrite=force, lang=lang)
    limit = result.call.page_limit if result.call else None
    return Export(result, target, rendered.pages, limit)
