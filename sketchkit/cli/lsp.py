"""``sketchkit lsp``: the language server over standard input and output, for any editor."""

from __future__ import annotations

from typing import Annotated

import typer

from sketchkit.cli._common import EXIT_OK, app, help_text, opt, outer_lang_first
from sketchkit.core.i18n import Lang, Msg


@app.command(
    help=help_text(
        Msg(
            "Start språktjeneren (LSP) for redigeringsprogrammer: alle funn fra check mens du "
            "skriver, hjelp når du holder over et felt, forslag og hurtigrettinger.",
            "Start the language server (LSP) for editors: every finding of check as you type, "
            "help on hover, completion and quick fixes.",
        )
    )
)
def lsp(
    lang: Annotated[
        Lang | None,
        opt(
            "--lang",
            callback=outer_lang_first,
            nb="Språk for meldingene; standard: redigeringsprogrammets innstilling eller språk.",
            en="Language of messages; default: the editor's setting or locale.",
        ),
    ] = None,
) -> None:
    # pygls is imported here only: no other command pays for it.
    from sketchkit.lsp.server import serve

    serve(lang)
    raise typer.Exit(EXIT_OK)
