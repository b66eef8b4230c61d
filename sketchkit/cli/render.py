"""``sketchkit render``: the library's export, the findings when it refuses, the exit code."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from sketchkit.cli._common import (
    EXISTS,
    EXIT_ERRORS,
    EXIT_OK,
    CallOpt,
    ForceOpt,
    NowOpt,
    SketchLangOpt,
    TodayOpt,
    app,
    arg,
    fail,
    help_text,
    moment,
    opt,
    pick_format,
    use_color,
)
from sketchkit.core.i18n import Lang, Msg
from sketchkit.core.textsafe import terminal_safe

if TYPE_CHECKING:
    from sketchkit.documents.renderers import DocumentFormat

_NOT_MADE = Msg(
    "\nDokumentet ble ikke laget fordi skissen har feil. Rett dem, eller bruk --draft "
    "for et utkast.",
    "\nThe document was not made because the sketch has errors. Fix them, or use "
    "--draft for a draft.",
)


_CLASH = Msg(
    "--format {f} passer ikke med filendelsen i {p}",
    "--format {f} does not match the extension of {p}",
)


def _format(
    formats: type[DocumentFormat], fmt: str | None, output: Path | None, lang: Lang
) -> DocumentFormat:
    """--format when given; else the output file's extension; else PDF. A clash is a usage
    error, so a PDF never ends up named .docx."""
    suffix = output.suffix.lower().lstrip(".") if output is not None else ""
    from_name = next((f for f in formats if f.value == suffix), None)
    if fmt is None:
        return from_name or formats("pdf")
    chosen = pick_format(formats, fmt, lang)
    if from_name is not None and from_name is not chosen:
        fail(_CLASH(lang, f=chosen.value, p=output))
    return chosen


@app.command(
    help=help_text(
        Msg(
            "Lag dokumentet som sendes inn (md, html, docx eller pdf). En skisse med feil lages ikke, "
            "unntatt med --draft.",
            "Produce the submission document (md, html, docx or pdf). A sketch with errors is not "
            "rendered, except with --draft.",
        )
    )
)
def render(
    sketch: Annotated[Path, arg(nb="Skissefilen (.yaml).", en="The sketch file (.yaml).")],
    fmt: Annotated[
        str | None,
        opt(
            "--format",
            "-f",
            nb="md, html, docx eller pdf; standard er filendelsen i -o, ellers pdf.",
            en="md, html, docx or pdf; default is the -o file's extension, else pdf.",
        ),
    ] = None,
    output: Annotated[
        Path | None,
        opt(
            "--output",
            "-o",
            nb="Utdatafil; standard er ved siden av skissen.",
            en="Output file; default is next to the sketch.",
        ),
    ] = None,
    draft: Annotated[
        bool,
        opt(
            "--draft",
            nb="Lag dokumentet selv om skissen har feil, merket UTKAST.",
            en="Render even when the sketch has errors, marked DRAFT.",
        ),
    ] = False,
    force: ForceOpt = False,
    template: Annotated[
        Path | None,
        opt(
            "--template",
            nb="Egen mal: Jinja2-fil eller -mappe (md, html) eller Word-fil (docx).",
            en="Own template: Jinja2 file or folder (md, html) or Word file (docx).",
        ),
    ] = None,
    pdfa: Annotated[
        bool, opt("--pdfa", nb="Lag arkivformatet PDF/A-2b.", en="Produce archival PDF/A-2b.")
    ] = False,
    appendix: Annotated[
        bool,
        opt(
            "--appendix",
            nb="Legg ved søkerens egen sjekkliste: hvor skissen svarer på hvert kriterium.",
            en="Add the applicant's own checklist: where the sketch answers each criterion.",
        ),
    ] = False,
    attach: Annotated[
        bool,
        opt(
            "--attach",
            nb="Legg forpliktelseserklæringens sider bakerst i PDF-en (ikke med --pdfa).",
            en="Append the commitment letter's pages to the PDF (not with --pdfa).",
        ),
    ] = False,
    call: CallOpt = None,
    lang: SketchLangOpt = None,
    today: TodayOpt = None,
    now: NowOpt = None,
) -> None:
    from sketchkit.calls import CallError
    from sketchkit.checking.checker import CheckOptions
    from sketchkit.core.atomic import WriteError
    from sketchkit.documents.export import export
    from sketchkit.documents.renderers import DocumentFormat, RenderError, RenderOptions
    from sketchkit.reporting import ReportFormat, ReportOptions, get_reporter

    # Without --lang the sketch's own language decides; until it is read, bokmål.
    sketch_lang, lang = lang, lang or Lang.NB
    format_ = _format(DocumentFormat, fmt, output, lang)
    if pdfa and format_ is not DocumentFormat.PDF:
        fail(Msg("--pdfa gjelder bare --format pdf", "--pdfa applies to --format pdf only")(lang))
    if attach and format_ is not DocumentFormat.PDF:
        fail(
            Msg("--attach gjelder bare --format pdf", "--attach applies to --format pdf only")(lang)
        )
    day, at = moment(today, now, lang)
    options = CheckOptions(call=call, lang=sketch_lang, today=day, now=at)
    try:
        done = export(
            sketch,
            format_,
            output=output,
            draft=draft,
            force=force,
            render_options=RenderOptions(template=template, pdfa=pdfa, lang=lang),
            check_options=options,
            appendix=appendix,
            attach=attach,
        )
    except FileExistsError as e:
        fail(EXISTS(lang, p=terminal_safe(str(e.args[0]))))
    except (CallError, RenderError, WriteError) as e:
        fail(str(e))
    result = done.result
    lang = result.lang
    if result.fatal is not None:
        fail(f"{result.path}: {result.fatal}")
    if done.path is None:
        get_reporter(ReportFormat.TEXT)(
            [result], sys.stdout, ReportOptions(lang=lang, color=use_color(sys.stdout))
        )
        typer.echo(_NOT_MADE(lang), err=True)
        raise typer.Exit(EXIT_ERRORS)
    pages = (
        Msg(" ({n} sider)", " ({n} pages)")(lang, n=done.pages) if done.pages is not None else ""
    )
    shown = terminal_safe(str(done.path))
    typer.echo(Msg("Skrev {p}{pages}", "Wrote {p}{pages}")(lang, p=shown, pages=pages))
    if done.over_page_limit:
        typer.echo(
            Msg(
                "advarsel: dokumentet har {n} sider; utlysningen tillater {limit}",
                "warning: the document has {n} pages; the call allows {limit}",
            )(lang, n=done.pages, limit=done.page_limit),
            err=True,
        )
    # A draft of a sketch with errors was written, but the sketch still has errors.
    raise typer.Exit(EXIT_ERRORS if not result.valid else EXIT_OK)
