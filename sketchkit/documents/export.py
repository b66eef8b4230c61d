"""Check a sketch and, when it holds no errors (or as a draft), write its document.

The library behind ``sketchkit render``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sketchkit.checking.checker import CheckOptions, FileResult, check_file
from sketchkit.core.atomic import check_target, write_atomic
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


def _letter(result: FileResult, sketch: Path) -> list[Path]:
    from sketchkit.checking.rules.commitment_letter import letter_path

    data = result.document.data if result.document is not None else None
    letter = letter_path(data, sketch.parent)
    return [letter] if letter is not None else []


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
    appendix: bool = False,
    attach: bool = False,
) -> Export:
    """Check, then render. A sketch with errors is not rendered unless ``draft``.

    Raises FileExistsError when ``output`` exists and not ``force``, RenderError when the
    engine or a template fails, WriteError when the file cannot be written.
    """
    import dataclasses

    from sketchkit.documents.files import FileCheckError, find_letter, load_logo
    from sketchkit.documents.model import build

    lang = (check_options.lang if check_options else None) or Lang.NB
    options = render_options or RenderOptions(lang=lang)

    result = check_file(sketch, check_options)
    if result.fatal is not None or result.document is None:
        return Export(result)
    if not result.valid and not draft:
        return Export(result)
    target = output or default_output(sketch, fmt)
    data = result.document.data if isinstance(result.document.data, dict) else {}
    folder = sketch.parent
    inputs = [sketch]
    if options.template is not None:
        inputs.append(options.template)
    logo = None
    try:
        applicant = data.get("applicant")
        logo_name = applicant.get("logo") if isinstance(applicant, dict) else None
        if isinstance(logo_name, str) and logo_name.strip():
            logo_path, logo = load_logo(folder, logo_name, lang)
            inputs.append(logo_path)
        if attach:
            anchoring = data.get("anchoring")
            name = anchoring.get("commitment_letter") if isinstance(anchoring, dict) else None
            letter_path, letter = find_letter(folder, name, lang)
            inputs.append(letter_path)
            options = dataclasses.replace(options, attach=letter)
    except FileCheckError as e:
        raise RenderError(str(e)) from None
    # Never over an input, not even with --force (also through a symlink or a hard link): the
    # files read above, the letter and the call's files; nor over anything but a regular file:
    # a folder, a device or a FIFO is never replaced.
    protect = [*inputs, *_letter(result, sketch)]
    if result.call is not None:
        protect.append(result.call.folder)
    check_target(target, overwrite=force, protect=protect, lang=lang)
    doc = build(
        result,
        draft=draft,
        date=date or (check_options.today if check_options else None),
        appendix=appendix,
        lang=lang,
        logo=logo,
    )
    if fmt is DocumentFormat.PDF and options.template is not None:
        raise RenderError(_NO_PDF_TEMPLATE(lang))
    rendered = render(doc, fmt, options)
    # Written only once the whole document exists, in one step: an earlier file survives a
    # failed render untouched.
    write_atomic(target, rendered.data, overwrite=force, lang=lang, protect=protect)
    limit = result.call.page_limit if result.call else None
    return Export(result, target, rendered.pages, limit)
