"""The command line: each command parses arguments, calls the library, picks a reporter and
sets the exit code (0 fine, 1 the sketch has errors, 2 the command could not run)."""

from __future__ import annotations

import os
import sys
from typing import Annotated

import typer

from sketchkit import __version__
from sketchkit.cli._common import EXIT_OK, EXIT_USAGE, app, opt
from sketchkit.cli._localise import argv_lang, interface_lang, run
from sketchkit.core.i18n import Lang, Msg
from sketchkit.core.textsafe import terminal_safe


def _version(value: bool) -> None:
    if value:
        typer.echo(f"sketchkit {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _root(
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
    # `sketchkit --lang nn check …` means the same as `sketchkit check --lang nn …`: each
    # command's --lang takes it up (cli/_common.py, outer_lang_first); --version acts in its
    # own callback. Nothing is left to do here.
    del version, lang


# The commands register themselves on `app`, in the order `--help` lists them.
from sketchkit.cli import new, check, render, summary, info  # noqa: E402, F401, I001
from sketchkit.cli import lsp  # noqa: E402, F401
from sketchkit.cli import edit  # noqa: E402, F401
from sketchkit.cli import review  # noqa: E402, F401
from sketchkit.cli import migrate  # noqa: E402, F401
from sketchkit.cli import klarsprak  # noqa: E402, F401


def main() -> None:
    """Entry point: no traceback ever reaches the user unless SKETCHKIT_DEBUG is set.
    The language of help texts and usage errors is decided here, before parsing."""
    from sketchkit.cli import _streams

    lang = interface_lang(sys.argv[1:], os.environ)
    if argv_lang(sys.argv[1:]) is not None:
        # The command line beats the environment, also where the environment holds no
        # language at all: click would refuse SKETCHKIT_LANG=de under `sketchkit --lang nn
        # check`, reading it for the command before the outer --lang is applied.
        os.environ.pop("SKETCHKIT_LANG", None)
    _streams.install()
    try:
        try:
            code = run(app, sys.argv[1:], lang)
        except SystemExit as done:
            code = done.code if isinstance(done.code, int) else (0 if done.code is None else 2)
        sys.exit(_streams.finish(code, lang))
    except _streams.OutputLost as e:
        sys.exit(_streams.lost(e, lang))
    except OSError as e:
        # A file the system refuses (a name too long, a loop of links) that no command
        # foresaw: the command could not run, and the message says which file and why.
        if os.environ.get("SKETCHKIT_DEBUG"):
            raise
        sys.exit(_streams.os_error(e, lang))
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
            )(lang, e=terminal_safe(f"{type(e).__name__}: {e}")),
            err=True,
        )
        sys.exit(EXIT_USAGE)


__all__ = ["app", "main"]
