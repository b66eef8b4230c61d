"""``sketchkit render``: the library's export, the findings when it refuses, the exit code."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from sketchkit.cli._common import (
    EXISTS,
    EXIT_ERRORS,
    EXIT_OK,
    CallOpt,
    ForceOpt,
    SketchLangOpt,
    TodayOpt,
    app,
    arg,
    fail,
    help_text,
    opt,
    parse_today,
    pick_format,
    use_color,
)
from sketchkit.core.i18n import Lang, Msg

_NOT_MADE = Msg(
    "\nDokumentet ble ikke laget fordi skissen har feil. Rett dem, eller bruk --draft "
    "for et utkast.",
    "\nThe document was not made because the sketch has errors. Fix them, or use "
    "--draft for a draft.",
)


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
        str, opt("--format", "-f", nb="md, html, docx eller pdf.", en="md, html, docx or pdf.")
    ] = "pdf",
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
    call: CallOpt = None,
    lang: SketchLangOpt = None,
    today: TodayOpt = None,
) -> None:
    from sketchkit.calls import CallError
    from sketchkit.checking.checker import CheckOptions
    from sketchkit.core.atomic import WriteError
    from sketchkit.documents.export import export
    from sketchkit.documents.renderers import DocumentFormat, RenderError, RenderOptions
    from sketchkit.reporting import ReportFormat, ReportOptions, get_reporter

    # Without --lang the sketch's own language decides; until it is read, bokmål.
    sketch_lang, lang = lang, lang or Lang.NB
    format_ = pick_format(DocumentFormat, fmt, lang)
    if pdfa and format_ is not DocumentFormat.PDF:
        fail(Msg("--pdfa gjelder bare --format pdf", "--pdfa applies to --format pdf only")(lang))
    options = CheckOptions(call=call, lang=sketch_lang, today=parse_today(today, lang))
    try:
        done = export(
            sketch,
            format_,
            output=output,
            draft=draft,
            force=force,
            render_options=RenderOptions(template=template, pdfa=pdfa, lang=lang),
            check_options=options,
        )
    except FileExistsError as e:
        fail(EXISTS(lang, p=e.args[0]))
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
    typer.echo(Msg("Skrev {p}{pages}", "Wrote {p}{pages}")(lang, p=done.path, pages=pages))
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
