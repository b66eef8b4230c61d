"""``sketchkit summary``: the intake overview for programme staff, as text, CSV, HTML and xlsx."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Annotated

import typer

from sketchkit.cli._common import (
    EXIT_OK,
    CallOpt,
    ForceOpt,
    LangOpt,
    NowOpt,
    PathsArg,
    TodayOpt,
    app,
    fail,
    help_text,
    inputs_read,
    moment,
    opt,
    refuse_existing,
    with_progress,
)
from sketchkit.cli._output import is_stdout, write_output
from sketchkit.core.i18n import Lang, Msg


@app.command(
    help=help_text(
        Msg(
            "Oversikt over mange skisser for programstaben: per utlysning, med feil, totaler og "
            "mulige duplikater.",
            "An overview of many sketches for programme staff: per call, with problems, totals "
            "and possible duplicates.",
        )
    )
)
def summary(
    paths: PathsArg,
    csv_file: Annotated[
        Path | None,
        opt(
            "--csv",
            nb="Skriv oversikten som CSV (se --csv-dialect); - er standard ut.",
            en="Write the overview as CSV (see --csv-dialect); - is standard output.",
        ),
    ] = None,
    csv_dialect: Annotated[
        str,
        opt(
            "--csv-dialect",
            nb="excel-nb (semikolon, desimalkomma, for norsk Excel/LibreOffice) eller rfc4180 "
            "(komma, desimalpunktum).",
            en="excel-nb (semicolons, decimal comma, for Norwegian Excel/LibreOffice) or "
            "rfc4180 (commas, decimal point).",
        ),
    ] = "excel-nb",
    html_file: Annotated[
        Path | None,
        opt(
            "--html",
            nb="Skriv oversikten som én HTML-side som kan filtreres og sorteres; - er standard ut.",
            en="Write the overview as one HTML page that filters and sorts; - is standard output.",
        ),
    ] = None,
    xlsx_file: Annotated[
        Path | None,
        opt(
            "--xlsx",
            nb="Skriv oversikten som regneark (.xlsx): ett ark per utlysning og ett med funnene.",
            en="Write the overview as a workbook (.xlsx): a sheet per call and one of findings.",
        ),
    ] = None,
    force: ForceOpt = False,
    call: CallOpt = None,
    lang: LangOpt = Lang.NB,
    today: TodayOpt = None,
    now: NowOpt = None,
) -> None:
    from sketchkit.checking.checker import CheckOptions, check_files
    from sketchkit.core.atomic import WriteError, distinct_outputs
    from sketchkit.input.discover import DiscoveryError, expand
    from sketchkit.intake.csvdialect import Dialect, to_csv
    from sketchkit.intake.overview import build
    from sketchkit.intake.terminal import to_text

    try:
        dialect = Dialect(csv_dialect)
    except ValueError:
        fail(
            Msg(
                "ukjent CSV-dialekt «{d}»; velg en av: {all}",
                "unknown CSV dialect '{d}'; choose one of: {all}",
            )(lang, d=csv_dialect, all=", ".join(d.value for d in Dialect))
        )
    outputs = [p for p in (csv_file, html_file, xlsx_file) if p is not None]
    if sum(is_stdout(p) for p in outputs) > 1:
        fail(
            Msg(
                "bare én utdata kan gå til standard ut (-)",
                "only one output can go to standard output (-)",
            )(lang)
        )
    targets = [p for p in outputs if not is_stdout(p)]
    try:
        distinct_outputs(targets, lang)  # by any name: a link to the other output is the same
    except WriteError as e:
        fail(str(e))
    call_folders: list[Path] = []
    if call is not None:
        from sketchkit.calls import CallError
        from sketchkit.checking.settings import load_checked_call as load_call

        try:
            call_folders.append(load_call(call, lang).folder)
        except CallError as e:
            fail(str(e))
    try:
        files = expand(paths, lang)
    except DiscoveryError as e:
        fail(str(e))
    # Never an input, by any name: the sketches and the call now, the letters the sketches
    # name and their calls as they are read (write_output checks again at the end).
    inputs: list[Path] = [*files, *call_folders]
    for target in targets:
        refuse_existing(target, force, lang, protect=inputs)  # before the work, not after it
    day, at = moment(today, now, lang)
    # The overview is for the people who receive sketches: the writers' clear-language advice
    # (sketchkit klarsprak, check) is left out, which also keeps a thousand sketches fast.
    options = CheckOptions(call=call, lang=lang, today=day, now=at, klarsprak=False)
    results = inputs_read(check_files(files, options), files, inputs)
    overview = build(with_progress(results, len(files), lang), lang, day)
    if not any(is_stdout(p) for p in outputs):
        width = shutil.get_terminal_size((100, 24)).columns
        typer.echo(to_text(overview, lang, width), nl=False)
    if csv_file is not None:
        data = to_csv(overview, lang, dialect).encode("utf-8")
        write_output(data, csv_file, force, lang, protect=inputs)
    if html_file is not None:
        from sketchkit.intake.webpage import to_html

        base = Path.cwd() if is_stdout(html_file) else html_file.parent
        page = to_html(overview, lang, base).encode("utf-8")
        write_output(page, html_file, force, lang, protect=inputs)
    if xlsx_file is not None:
        from sketchkit.intake.spreadsheet import to_xlsx

        write_output(to_xlsx(overview, lang), xlsx_file, force, lang, protect=inputs)
    raise typer.Exit(EXIT_OK)
