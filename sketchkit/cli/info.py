"""``explain``, ``schema`` and ``calls``: what sketchkit knows, for people and for editors."""

from __future__ import annotations

from typing import Annotated

import typer

from sketchkit.cli._common import (
    EXIT_OK,
    ForceOpt,
    LangOpt,
    NowOpt,
    OutputOpt,
    TodayOpt,
    app,
    arg,
    fail,
    help_text,
    moment,
    opt,
    write_or_print,
)
from sketchkit.core.i18n import Lang, Msg
from sketchkit.core.textsafe import terminal_lines


@app.command(
    help=help_text(
        Msg(
            "Forklar en regel: hva den sjekker, hvorfor utlysningen bryr seg, og hvordan du retter. "
            "Uten regel: list alle.",
            "Explain a rule: what it checks, why the call cares, and how to fix it. Without a rule: "
            "list them all.",
        )
    )
)
def explain(
    rule: Annotated[
        str | None, arg(nb="Regelens id, f.eks. org-number.", en="The rule's id, e.g. org-number.")
    ] = None,
    lang: LangOpt = Lang.NB,
) -> None:
    from sketchkit.reporting.explain import UnknownRule, list_rules
    from sketchkit.reporting.explain import explain as explain_rule

    try:
        typer.echo(list_rules(lang) if rule is None else explain_rule(rule, lang), nl=False)
    except UnknownRule as e:
        fail(str(e.args[0]))
    raise typer.Exit(EXIT_OK)


@app.command(
    help=help_text(
        Msg(
            "Skriv utlysningens JSON Schema med titler, beskrivelser, eksempler og utdrag for "
            "redigeringsprogrammer (YAML-språktjeneren i VS Code).",
            "Write the call's JSON Schema with titles, descriptions, examples and snippets for "
            "editors (the YAML language server in VS Code).",
        )
    )
)
def schema(
    call: Annotated[
        str, opt("--call", nb="Utlysningens id eller mappe.", en="The call's id or folder.")
    ] = "innovasjonspartnerskap-2017",
    output: OutputOpt = None,
    force: ForceOpt = False,
    lang: LangOpt = Lang.NB,
) -> None:
    from sketchkit.calls import CallError
    from sketchkit.calls.editor_schema import editor_schema
    from sketchkit.checking.settings import load_checked_call as load_call
    from sketchkit.core.textsafe import json_text

    try:
        the_call = load_call(call, lang)
    except CallError as e:
        fail(str(e))
    # Always valid JSON, whatever numbers a call folder's schema holds (no NaN, no Infinity).
    text = json_text(editor_schema(the_call, lang), indent=2) + "\n"
    write_or_print(text, output, force, lang, protect=[the_call.folder])
    raise typer.Exit(EXIT_OK)


@app.command(
    help=help_text(
        Msg(
            "Vis utlysningene sketchkit kjenner, eller én utlysnings kriterier, vekter og grenser.",
            "List the calls sketchkit knows, or show one call's criteria, weights and limits.",
        )
    )
)
def calls(
    call: Annotated[
        str | None, arg(nb="Utlysningens id eller mappe.", en="The call's id or folder.")
    ] = None,
    lang: LangOpt = Lang.NB,
    today: TodayOpt = None,
    now: NowOpt = None,
) -> None:
    from sketchkit.calls import CallError
    from sketchkit.calls.describe import describe_call, list_calls
    from sketchkit.checking.settings import load_checked_call as load_call

    day, at = moment(today, now, lang)
    try:
        text = (
            list_calls(lang, day, at)
            if call is None
            else describe_call(load_call(call, lang), lang, day, at)
        )
    except CallError as e:
        fail(str(e))
    typer.echo(terminal_lines(text), nl=False)  # a call folder's texts are not ours
    raise typer.Exit(EXIT_OK)
