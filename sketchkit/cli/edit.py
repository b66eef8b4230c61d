"""``sketchkit edit``: write a sketch in a form in the browser, checked as you type."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from sketchkit.cli._common import EXIT_OK, CallOpt, LangOpt, app, arg, fail, help_text, opt
from sketchkit.core.i18n import Lang, Msg
from sketchkit.core.oserrors import os_reason


@app.command(
    help=help_text(
        Msg(
            "Skriv skissen i et skjema i nettleseren: hvert felt med veiledning, sjekket mens du "
            "skriver, lagret som YAML som beholder kommentarene dine.",
            "Write the sketch in a form in the browser: every field with guidance, checked as you "
            "type, saved as YAML that keeps your comments.",
        )
    )
)
def edit(
    sketch: Annotated[
        Path,
        arg(
            nb="Skissefilen (.yaml); finnes den ikke, starter skjemaet fra en ny skisse.",
            en="The sketch file (.yaml); if it does not exist, the form starts from a new sketch.",
        ),
    ] = Path("skisse.yaml"),
    call: CallOpt = None,
    port: Annotated[
        int,
        opt(
            "--port",
            min=0,
            max=65535,
            nb="Porten på 127.0.0.1 (0: en ledig port).",
            en="The port on 127.0.0.1 (0: a free one).",
        ),
    ] = 0,
    no_browser: Annotated[
        bool,
        opt(
            "--no-browser",
            nb="Ikke åpne nettleseren; skriv bare adressen.",
            en="Do not open the browser; only print the address.",
        ),
    ] = False,
    lang: LangOpt = Lang.NB,
) -> None:
    # The server, ruamel.yaml and the form are imported here only: no other command pays for them.
    from sketchkit.calls.model import CallError
    from sketchkit.edit.server import serve
    from sketchkit.edit.session import EditError

    target = sketch / "skisse.yaml" if sketch.is_dir() else sketch
    try:
        serve(target, call, lang, port, browser=not no_browser)
    except (EditError, CallError) as e:
        fail(str(e))
    except OSError as e:
        fail(
            Msg("kan ikke starte serveren: {e}", "cannot start the server: {e}")(
                lang, e=os_reason(e, lang)
            )
        )
    raise typer.Exit(EXIT_OK)
