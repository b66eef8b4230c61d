"""``sketchkit check``: the library's check_files, a reporter and the exit code."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path
from typing import Annotated, TextIO

import typer

from sketchkit.cli._common import (
    CallOpt,
    ForceOpt,
    NowOpt,
    PathsArg,
    SketchLangOpt,
    Tally,
    TodayOpt,
    app,
    fail,
    help_text,
    inputs_read,
    moment,
    opt,
    pick_format,
    refuse_existing,
    use_color,
    with_progress,
)
from sketchkit.core.i18n import Lang, Msg

MAX_BYTES_LIMIT = 1024**3  # 1 GiB: far above any sketch, far below what reading could overflow


@app.command(
    help=help_text(
        Msg(
            "Sjekk skisser mot utlysningens skjema og regler. Tar filer, mapper og mønstre (*.yaml). "
            "Avslutningskode 0: ingen feil, 1: feil i skissen, 2: kommandoen kunne ikke kjøres.",
            "Check sketches against the call's schema and rules. Takes files, folders and patterns "
            "(*.yaml). Exit 0: no errors, 1: the sketch has errors, 2: the command could not run.",
        )
    )
)
def check(
    sketches: PathsArg,
    call: CallOpt = None,
    fmt: Annotated[
        str | None,
        opt(
            "--format",
            "-f",
            show_default=False,
            nb="Utdataformat: text, json, sarif, junit eller github (standard: text; github i GitHub Actions).",
            en="Output format: text, json, sarif, junit or github (default: text; github in GitHub Actions).",
        ),
    ] = None,
    output: Annotated[
        Path | None,
        opt(
            "--output",
            "-o",
            nb="Skriv rapporten til denne filen.",
            en="Write the report to this file.",
        ),
    ] = None,
    force: ForceOpt = False,
    lang: SketchLangOpt = None,
    today: TodayOpt = None,
    now: NowOpt = None,
    strict: Annotated[
        bool,
        opt(
            "--strict",
            nb="Advarsler gir også avslutningskode 1.",
            en="Warnings also give exit code 1.",
        ),
    ] = False,
    max_bytes: Annotated[
        int,
        # Bounded above too: a limit no file system needs (10**30) is a usage error, not a
        # number too large to read with.
        opt(
            "--max-bytes",
            min=1,
            max=MAX_BYTES_LIMIT,
            show_default=False,
            nb="Største filstørrelse som leses, i byte. Standard: 5 MB (5242880).",
            en="Largest file size read, in bytes. Default: 5 MB (5242880).",
        ),
    ] = 5 * 1024 * 1024,
) -> None:
    from sketchkit.calls import CallError
    from sketchkit.checking.checker import CheckOptions, check_files
    from sketchkit.checking.settings import load_checked_call as load_call
    from sketchkit.core.atomic import WriteError, write_atomic
    from sketchkit.input.discover import DiscoveryError, expand
    from sketchkit.reporting import ReportFormat, ReportOptions, get_reporter

    # Without --lang, each sketch's messages follow the language it is written in; the frame of
    # a report on many files (table, totals) is bokmål, for the sketches may differ.
    sketch_lang, lang = lang, lang or Lang.NB
    if fmt is None:
        format_ = (
            ReportFormat.GITHUB if os.environ.get("GITHUB_ACTIONS") == "true" else ReportFormat.TEXT
        )
    else:
        format_ = pick_format(ReportFormat, fmt, lang)
    try:
        call_folders = [load_call(call, lang).folder] if call is not None else []
        paths = expand(sketches, lang)
    except (CallError, DiscoveryError) as e:
        fail(str(e))
    refuse_existing(output, force, lang, protect=[*paths, *call_folders])
    day, at = moment(today, now, lang)
    options = CheckOptions(call=call, lang=sketch_lang, today=day, now=at, max_bytes=max_bytes)
    inputs: list[Path] = [*call_folders]
    results = inputs_read(check_files(paths, options), paths, inputs)
    if sketch_lang is None and len(paths) == 1:
        # One sketch: the whole report in its language.
        checked = list(results)
        lang = checked[0].lang
        results = iter(checked)
    tally = Tally(with_progress(results, len(paths), lang))
    # A report for a file is built in memory and written in one step at the end.
    out: TextIO = io.StringIO() if output is not None else sys.stdout
    report_options = ReportOptions(
        lang=lang, color=output is None and use_color(out), strict=strict, many=len(paths) > 1
    )
    get_reporter(format_)(tally, out, report_options)
    if output is not None and isinstance(out, io.StringIO):
        try:
            data = out.getvalue().encode("utf-8", "backslashreplace")
            write_atomic(output, data, overwrite=force, lang=lang, protect=inputs)
        except (WriteError, FileExistsError) as e:
            fail(str(e))
    out.flush()
    raise typer.Exit(tally.exit_code(strict=strict))
