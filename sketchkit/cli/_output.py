"""Writing a command's output file: ``-`` is standard output, every file written is confirmed,
nothing is overwritten without --force, never an input even with it (core.atomic decides
both, with its own messages), and every write is atomic."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

import typer

from sketchkit.cli._common import EXISTS, fail
from sketchkit.core.i18n import Lang, Msg
from sketchkit.core.textsafe import terminal_safe

WROTE = Msg("Skrev {p}", "Wrote {p}")
STDOUT = "-"


def is_stdout(path: Path | None) -> bool:
    return path is not None and str(path) == STDOUT


def write_output(
    data: bytes, path: Path, force: bool, lang: Lang, protect: Iterable[Path] = ()
) -> None:
    """``data`` to ``path`` (``-``: standard output), never over one of ``protect``, the
    command's inputs; a written file is confirmed on stderr, as standard output may carry a
    report."""
    from sketchkit.core.atomic import WriteError, write_atomic

    if is_stdout(path):
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    try:
        write_atomic(path, data, overwrite=force, lang=lang, protect=protect)
    except FileExistsError:
        fail(EXISTS(lang, p=terminal_safe(str(path))))
    except WriteError as e:
        fail(str(e))
    typer.echo(WROTE(lang, p=path), err=True)
