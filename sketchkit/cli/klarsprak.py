"""``sketchkit klarsprak``: the clear-language figures of each prose field, and the advice."""

from __future__ import annotations

import io
import json
from typing import Annotated

import typer

from sketchkit.cli._common import (
    EXIT_ERRORS,
    EXIT_OK,
    EXIT_USAGE,
    CallOpt,
    LangOpt,
    PathsArg,
    app,
    fail,
    help_text,
    opt,
)
from sketchkit.core.i18n import Lang, Msg


@app.command(
    help=help_text(
        Msg(
            "Klarspråk: ord, setninger, lange ord og LIKS for hvert tekstfelt, med råd om lange "
            "setninger, s-passiv, substantivsyke, forkortelser og gjentatte ord. Bare råd: "
            "avslutningskoden er 0 når tekstene kunne måles.",
            "Clear language: words, sentences, long words and LIX for each prose field, with advice "
            "on long sentences, s-passives, nominal style, abbreviations and repeated words. Advice "
            "only: the exit code is 0 when the texts could be measured.",
        )
    )
)
def klarsprak(
    sketches: PathsArg,
    call: CallOpt = None,
    fmt: Annotated[
        str,
        opt(
            "--format", "-f", nb="Utdataformat: text eller json.", en="Output format: text or json."
        ),
    ] = "text",
    lang: LangOpt = Lang.NB,
) -> None:
    from sketchkit.calls import CallError, load_call
    from sketchkit.checking.checker import CheckOptions, check_files
    from sketchkit.input.discover import DiscoveryError, expand
    from sketchkit.reporting import language_table

    if fmt not in ("text", "json"):
        fail(
            Msg(
                "ukjent format «{f}»; velg text eller json",
                "unknown format '{f}'; choose text or json",
            )(lang, f=fmt)
        )
    try:
        if call is not None:
            load_call(call, lang)
        paths = expand(sketches, lang)
    except (CallError, DiscoveryError) as e:
        fail(str(e))
    code = EXIT_OK
    documents = []
    for n, result in enumerate(check_files(paths, CheckOptions(call=call, lang=lang))):
        if result.fatal is not None:
            code = EXIT_USAGE
        elif result.language is None and result.document is None and code == EXIT_OK:
            code = EXIT_ERRORS  # the file has errors that stop the measuring
        if fmt == "json":
            documents.append(language_table.klarsprak_to_dict(result))
            continue
        out = io.StringIO()
        if n:
            out.write("\n")
        language_table.write_file(result, lang, out)
        typer.echo(out.getvalue(), nl=False)
    if fmt == "json":
        typer.echo(json.dumps({"version": 1, "files": documents}, ensure_ascii=False))
    raise typer.Exit(code)
