"""The command line: each command parses arguments, calls the library, picks a reporter and
sets the exit code (0 fine, 1 the sketch has errors, 2 the command could not run)."""

from __future__ import annotations

import os
import sys
from typing import Annotated

import typer

from sketchkit import __version__
from sketchkit.cli._common import EXIT_OK, EXIT_USAGE, app, opt
from sketchkit.cli._localise import interface_lang, run
from sketchkit.core.i18n import Lang, Msg


def _version(value: bool) -> None:
    if value:
        typer.echo(f"sketchkit {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _root(
    ctx: typer.Context,
    version: Annotated[
        bool,
        opt(
            "--version",
            callback=_version,
            is_eager=True,
            nb="Vis versjonen og avslutt.",
            en="Show the version and exit.",
        ),
    ] = False,
    lang: Annotated[
        Lang | None,
        opt(
            "--lang",
            nb="Språk for hjelpetekstene og meldingene: nb, nn eller en.",
            en="Language of help texts and messages: nb, nn or en.",
        ),
    ] = None,
) -> None:
    # `sketchkit --lang nn check …` means the same as `sketchkit check --lang nn …`: the
    # commands take it as their default (click's default_map).
    if lang is not None:
        commands = getattr(ctx.command, "commands", {})
        ctx.default_map = {name: {"lang": lang.value} for name in commands}


# The commands register themselves on `app`, in the order `--help` lists them.
from sketchkit.cli import new, check, render, summary, info  # noqa: E402, F401, I001


def main() -> None:
    """Entry point: no traceback ever reaches the user unless SKETCHKIT_DEBUG is set.
    The language of help texts and usage errors is decided here, before parsing."""
    lang = interface_lang(sys.argv[1:], os.environ)
    try:
        sys.exit(run(app, sys.argv[1:], lang))
    except KeyboardInterrupt:
        typer.echo(Msg("avbrutt", "interrupted")(lang), err=True)
        sys.exit(130)
    except Exception as e:
        if os.environ.get("SKETCHKIT_DEBUG"):
            raise
        typer.echo(
            Msg(
                "sketchkit: intern feil: {e} (kjør med SKETCHKIT_DEBUG=1 for detaljer, og "
                "meld fra om feilen)",
                "sketchkit: internal error: {e} (run with SKETCHKIT_DEBUG=1 for details, "
                "and please report it)",
            )(lang, e=f"{type(e).__name__}: {e}"),
            err=True,
        )
        sys.exit(EXIT_USAGE)


__all__ = ["app", "main"]
