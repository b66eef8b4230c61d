"""Writing a command's output file: ``-`` is standard output, every file written is confirmed,
nothing is overwritten without --force, and every write is atomic."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from sketchkit.cli._common import EXISTS, fail
from sketchkit.core.i18n import Lang, Msg

WROTE = Msg("Skrev {p}", "Wrote {p}")
STDOUT = "-"


def is_stdout(path: Path | None) -> bool:
    return path is not None and str(path) == STDOUT


def refuse_existing_output(path: Path | None, force: bool, lang: Lang) -> None:
    """Before the work, not after it: an existing file without --force ends the command."""
    if path is not None and not is_stdout(path) and path.exists() and not force:
        fail(EXISTS(lang, p=path))


_IS_INPUT = Msg(
    "{p} er en av inndatafilene; velg et annet navn (heller ikke --force skriver over den)",
    "{p} is one of the input files; choose another name (not even --force overwrites it)",
)


def refuse_inputs(outputs: list[Path | None], inputs: list[Path], lang: Lang) -> None:
    """No output may be an input, also not through a symlink or a hard link."""
    seen = set()
    for p in inputs:
        try:
            info = p.stat()
        except OSError:
            continue
        seen.add((info.st_dev, info.st_ino))
    for out in outputs:
        if out is None or is_stdout(out):
            continue
        try:
            info = out.stat()
        except OSError:
            continue  # not there yet: it cannot be an input
        if (info.st_dev, info.st_ino) in seen:
            fail(_IS_INPUT(lang, p=out))


def write_output(data: bytes, path: Path, force: bool, lang: Lang) -> None:
    """``data`` to ``path`` (``-``: standard output); a written file is confirmed on stderr
    when standard output carries a report, else on standard output."""
    from sketchkit.core.atomic import WriteError, write_atomic

    if is_stdout(path):
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    try:
        write_atomic(path, data, overwrite=force, lang=lang)
    except FileExistsError:
        fail(EXISTS(lang, p=path))
    except WriteError as e:
        fail(str(e))
    typer.echo(WROTE(lang, p=path), err=True)
