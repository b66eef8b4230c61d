"""``sketchkit summary``: one row per sketch for the programme staff, as text, CSV and HTML."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from sketchkit.cli._common import (
    EXIT_OK,
    CallOpt,
    ForceOpt,
    LangOpt,
    PathsArg,
    TodayOpt,
    app,
    fail,
    help_text,
    opt,
    parse_today,
    refuse_existing,
    with_progress,
    write_or_print,
)
from sketchkit.core.i18n import Lang, Msg


@app.command(
    help=help_text(
        Msg(
            "Oversikt over mange skisser for programstaben: én rad per skisse, de komplette først.",
            "An overview of many sketches for programme staff: one row per sketch, complete ones "
            "first.",
        )
    )
)
def summary(
    paths: PathsArg,
    csv_file: Annotated[
        Path | None,
        opt(
            "--csv",
            nb="Skriv oversikten som CSV (semikolon, for Excel).",
            en="Write the overview as CSV (semicolons, for Excel).",
        ),
    ] = None,
    html_file: Annotated[
        Path | None,
        opt(
            "--html",
            nb="Skriv oversikten som én HTML-side som kan sorteres.",
            en="Write the overview as one sortable HTML page.",
        ),
    ] = None,
    force: ForceOpt = False,
    call: CallOpt = None,
    lang: LangOpt = Lang.NB,
    today: TodayOpt = None,
) -> None:
    from sketchkit.calls import CallError, load_call
    from sketchkit.checking.checker import DEFAULT_CALL, CheckOptions, check_files
    from sketchkit.input.discover import DiscoveryError, expand
    from sketchkit.intake.overview import rows_for, to_csv, to_html, to_text

    try:
        files = expand(paths, lang)
        the_call = load_call(call or DEFAULT_CALL, lang)
    except (DiscoveryError, CallError) as e:
        fail(str(e))
    for target in (csv_file, html_file):
        refuse_existing(target, force, lang)  # before the work, not after it
    options = CheckOptions(call=call, lang=lang, today=parse_today(today, lang))
    rows = rows_for(with_progress(check_files(files, options), len(files), lang), lang)
    criteria = [(c.id, c.title_in(lang)) for c in the_call.criteria]
    typer.echo(to_text(rows, criteria, lang), nl=False)
    if csv_file is not None:
        # With a BOM, so that Excel reads æøå right.
        write_or_print("\ufeff" + to_csv(rows, criteria, lang), csv_file, force, lang)
    if html_file is not None:
        title = Msg("Skisser til «{c}»", "Sketches for '{c}'")(lang, c=the_call.title_in(lang))
        write_or_print(to_html(rows, criteria, lang, title), html_file, force, lang)
    raise typer.Exit(EXIT_OK)
