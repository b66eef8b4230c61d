"""``sketchkit migrate``: rewrite a sketch from an older format, keeping its comments."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from sketchkit.cli._common import (
    EXIT_OK,
    ForceOpt,
    OutputOpt,
    app,
    arg,
    fail,
    help_text,
    opt,
    outer_lang_first,
    write_or_print,
)
from sketchkit.core.i18n import Lang, Msg

_SAME = Msg(
    "{p} er skissen selv; bruk --in-place for å skrive om den (en kopi lagres som {b})",
    "{p} is the sketch itself; use --in-place to rewrite it (a copy is kept as {b})",
)
_BOTH = Msg("bruk enten --output eller --in-place", "use either --output or --in-place")
_NOTHING = Msg(
    "{p} er allerede i gjeldende format; ingenting å endre",
    "{p} is already in the current format; nothing to change",
)
_CHANGED = Msg("Endret i {p}:", "Changed in {p}:")
_LAYOUT = Msg(
    "Merk: innrykket i filen kunne ikke gjenkjennes helt; noen linjer kan ha fått nytt innrykk.",
    "Note: the file's indentation could not be fully recognised; some lines may be re-indented.",
)
_NEXT = Msg(
    "Fyll inn det som er merket <<FYLL INN>>, og kjør: sketchkit check {p}",
    "Fill in everything marked <<FILL IN>>, then run: sketchkit check {p}",
)


@app.command(
    help=help_text(
        Msg(
            "Skriv om en skisse fra et eldre format til det gjeldende, med kommentarene i behold. "
            "Uten --output eller --in-place skrives resultatet til standard ut.",
            "Rewrite a sketch from an older format to the current one, keeping its comments. "
            "Without --output or --in-place the result goes to standard output.",
        )
    )
)
def migrate(
    path: Annotated[Path, arg(nb="Skissen som skal skrives om.", en="The sketch to rewrite.")],
    output: OutputOpt = None,
    in_place: Annotated[
        bool,
        opt(
            "--in-place",
            nb="Skriv om skissen selv (en kopi av originalen lagres som FIL.bak).",
            en="Rewrite the sketch itself (a copy of the original is kept as FILE.bak).",
        ),
    ] = False,
    force: ForceOpt = False,
    lang: Annotated[
        Lang | None,
        opt(
            "--lang",
            callback=outer_lang_first,
            envvar="SKETCHKIT_LANG",
            nb="Språk for meldinger og plassholdere; standard: skissens language.",
            en="Language of messages and placeholders; default: the sketch's language.",
        ),
    ] = None,
) -> None:
    from sketchkit.core.atomic import WriteError, write_atomic
    from sketchkit.input import textfile
    from sketchkit.migration.migrate import MigrationError, migrate_text

    ui = lang or Lang.NB
    if output is not None and in_place:
        fail(_BOTH(ui))
    try:
        data = textfile.read_bytes(path, ui, textfile.DEFAULT_MAX_BYTES)
    except textfile.ReadError as e:
        fail(f"{path}: {e}")
    text = data if isinstance(data, textfile.TextProblem) else textfile.decode(data, ui)
    if isinstance(text, textfile.TextProblem):
        fail(f"{path}:{text.line}:{text.column}: {text.message}")
    # From here the sketch's own language speaks, in the placeholders and the messages alike,
    # as in check: a nynorsk sketch is answered in nynorsk.
    words = ui = lang or _sketch_lang(text) or ui
    backup = path.with_name(path.name + ".bak")
    if output is not None and _same_file(output, path):
        fail(_SAME(ui, p=output, b=backup))
    try:
        result = migrate_text(text, words)
    except MigrationError as e:
        fail(f"{path}: {e}")
    if not result.changes:
        typer.echo(_NOTHING(ui, p=path), err=True)
        raise typer.Exit(EXIT_OK)
    target = path if in_place else output
    if in_place:
        try:  # the original first, so that nothing is lost if the rewrite fails
            write_atomic(backup, text.encode("utf-8"), overwrite=force, lang=ui)
            write_atomic(path, result.text.encode("utf-8"), overwrite=True, lang=ui)
        except FileExistsError:
            fail(
                Msg(
                    "{b} finnes allerede; bruk --force for å skrive over kopien",
                    "{b} already exists; use --force to overwrite the copy",
                )(ui, b=backup)
            )
        except WriteError as e:
            fail(str(e))
    else:
        write_or_print(result.text, output, force, ui)
    typer.echo(_CHANGED(ui, p=target or path), err=True)
    for change in result.changes:
        typer.echo(f"- {change}", err=True)
    if not result.same_layout:
        typer.echo(_LAYOUT(ui), err=True)
    typer.echo(_NEXT(ui, p=target or path), err=True)
    raise typer.Exit(EXIT_OK)


def _sketch_lang(text: str) -> Lang | None:
    """The sketch's own ``language:`` (nb, nn, en), so placeholders are in its language."""
    for line in text.splitlines():
        if line.startswith("language:"):
            value = line.partition(":")[2].split("#")[0].strip().strip("'\"")
            return next((lang for lang in Lang if lang.value == value), None)
    return None


def _same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file (also through a symbolic or hard link)."""
    try:
        return a.samefile(b)
    except OSError:
        return a.resolve() == b.resolve()
