"""What every command shares: the app, options with help texts, and exits.

Exit codes: 0 fine, 1 the sketch has errors, 2 the command could not run.
"""

from __future__ import annotations

import datetime as dt
import enum
import os
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, TypeVar

import typer

from sketchkit.cli._localise import help_text as help_text
from sketchkit.core.i18n import Lang, Msg
from sketchkit.core.textsafe import terminal_lines, terminal_safe

if TYPE_CHECKING:
    from sketchkit.checking.checker import FileResult

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2
T = TypeVar("T")
# Help texts are written in bokmål and put in the user's language by main() (cli/_localise.py);
# write them as help_text(Msg(nb, en)). UI stays for code written as Msg(...)(UI) before that.
UI = Lang.NB


app = typer.Typer(
    name="sketchkit",
    help=help_text(
        Msg(
            "Skriv, sjekk og eksporter prosjektskisser til innovasjonsutlysninger.",
            "Write, check and export project sketches for innovation calls.",
        )
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def opt(*decls: str, nb: str, en: str, **kw: Any) -> Any:
    """An option with help in bokmål and English; main() shows it in the user's language."""
    return typer.Option(*decls, help=help_text(Msg(nb, en)), **kw)


def arg(*, nb: str, en: str, **kw: Any) -> Any:
    return typer.Argument(help=help_text(Msg(nb, en)), show_default=False, **kw)


def outer_lang_first(ctx: typer.Context, value: Lang | None) -> Lang | None:
    """``sketchkit --lang nn check …`` means ``sketchkit check --lang nn …``, also when
    SKETCHKIT_LANG says otherwise: click ranks an environment variable above anything an outer
    command passes down, so the nearest outer ``--lang`` is applied here, unless the command was
    given its own."""
    source = ctx.get_parameter_source("lang")
    if source is not None and source.name == "COMMANDLINE":
        return value
    outer = ctx.parent
    while outer is not None:
        given = outer.params.get("lang")
        if given is not None:
            return Lang(given)
        outer = outer.parent
    return value


LangOpt = Annotated[
    Lang,
    opt(
        "--lang",
        envvar="SKETCHKIT_LANG",
        callback=outer_lang_first,
        nb="Språk for meldingene: nb (bokmål), nn (nynorsk) eller en (engelsk).",
        en="Language of messages: nb (Bokmål), nn (Nynorsk) or en (English).",
    ),
]
# For commands that read one sketch: without --lang (or SKETCHKIT_LANG), the sketch's own
# language decides (see docs/nynorsk.md).
SketchLangOpt = Annotated[
    Lang | None,
    opt(
        "--lang",
        envvar="SKETCHKIT_LANG",
        callback=outer_lang_first,
        show_default=False,
        nb="Språk for meldingene: nb (bokmål), nn (nynorsk) eller en (engelsk). Standard: "
        "språket skissen er skrevet på (language), ellers bokmål.",
        en="Language of messages: nb (Bokmål), nn (Nynorsk) or en (English). Default: "
        "the language the sketch is written in (language), else Bokmål.",
    ),
]
CallOpt = Annotated[
    str | None,
    opt(
        "--call",
        nb="Utlysningens id eller mappe; standard er den skissen oppgir.",
        en="The call's id or folder; default is the one the sketch names.",
    ),
]
TodayOpt = Annotated[
    str | None,
    opt(
        "--today",
        metavar=help_text(Msg("DATO", "DATE")),
        nb="Datoen som gjelder for fristene (2017-08-01 eller 01.08.2017); standard: i dag.",
        en="The date deadlines are judged by (2017-08-01 or 01.08.2017); default: today.",
    ),
]
NowOpt = Annotated[
    str | None,
    opt(
        "--now",
        metavar=help_text(Msg("TIDSPUNKT", "TIME")),
        nb="Tidspunktet som gjelder for fristene, i utlysningens tidssone om ikke annet er "
        "oppgitt (2020-04-16T17:30, 16.04.2020 17:30, 2020-04-16T15:30Z); standard: nå.",
        en="The moment deadlines are judged by, in the call's time zone unless one is given "
        "(2020-04-16T17:30, 16.04.2020 17:30, 2020-04-16T15:30Z); default: now.",
    ),
]
ForceOpt = Annotated[
    bool, opt("--force", nb="Skriv over en fil som finnes.", en="Overwrite an existing file.")
]
OutputOpt = Annotated[
    Path | None, opt("--output", "-o", nb="Skriv til denne filen.", en="Write to this file.")
]
PathsArg = Annotated[
    list[str],
    arg(
        nb="Skissefiler, mapper eller mønstre (*.yaml).",
        en="Sketch files, folders or patterns (*.yaml).",
    ),
]

EXISTS = Msg(
    "{p} finnes allerede; bruk --force for å skrive over den",
    "{p} already exists; use --force to overwrite it",
)
_UNKNOWN_FORMAT = Msg(
    "ukjent format «{f}»; velg en av: {all}", "unknown format '{f}'; choose one of: {all}"
)


def fail(message: str) -> NoReturn:
    """One line on standard error, exit 2: the command could not run."""
    # Messages name files and quote values: no control character of theirs reaches the terminal.
    typer.echo(f"sketchkit: {terminal_lines(message)}", err=True)
    raise typer.Exit(EXIT_USAGE)


def refuse_existing(
    path: Path | None, force: bool, lang: Lang, protect: Iterable[Path] = ()
) -> None:
    """Before the work: stop where ``path`` cannot be written (it exists and no --force; it is
    one of ``protect``, the command's inputs; it is a folder, device or FIFO)."""
    from sketchkit.core.atomic import WriteError, check_target

    if path is None:
        return
    try:
        check_target(path, overwrite=force, protect=protect, lang=lang)
    except FileExistsError:
        fail(EXISTS(lang, p=terminal_safe(str(path))))
    except WriteError as e:
        fail(str(e))


F = TypeVar("F", bound=enum.StrEnum)


def pick_format(formats: type[F], value: str, lang: Lang) -> F:
    try:
        return formats(value)
    except ValueError:
        fail(_UNKNOWN_FORMAT(lang, f=value, all=", ".join(f.value for f in formats)))


def write_or_print(
    text: str, output: Path | None, force: bool, lang: Lang, protect: Iterable[Path] = ()
) -> None:
    """To standard output, or atomically to ``output`` (never over a file without --force,
    never over one of ``protect``, the command's inputs)."""
    from sketchkit.core.atomic import WriteError, write_atomic

    if output is None or str(output) == "-":  # `-` is standard output, never a file named -
        typer.echo(text, nl=False)
        return
    try:
        write_atomic(
            output,
            # A lone surrogate (from a value or a name) is written as \udcff, never as
            # bytes that are not UTF-8.
            text.encode("utf-8", "backslashreplace"),
            overwrite=force,
            lang=lang,
            protect=protect,
        )
    except FileExistsError:
        fail(EXISTS(lang, p=terminal_safe(str(output))))
    except WriteError as e:
        fail(str(e))
    typer.echo(Msg("Skrev {p}", "Wrote {p}")(lang, p=output), err=True)


_NORWEGIAN_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})")


def _iso(text: str) -> str:
    """``16.04.2020`` (as sketches may write dates) becomes ``2020-04-16``; the rest stays."""
    m = _NORWEGIAN_DATE.match(text)
    if m is None:
        return text
    day, month, year = m.groups()
    return f"{year}-{int(month):02d}-{int(day):02d}{text[m.end() :]}"


def parse_today(text: str | None, lang: Lang) -> dt.date | None:
    """A date option, in the forms a sketch accepts: 2017-08-01 or 01.08.2017."""
    if text is None:
        return None
    from sketchkit.core.dates import parse_date

    day = parse_date(text)
    if day is None:
        fail(
            Msg(
                "--today må være en dato som 2017-08-01 eller 01.08.2017, ikke «{v}»",
                "--today must be a date such as 2017-08-01 or 01.08.2017, not '{v}'",
            )(lang, v=text)
        )
    return day


def parse_now(text: str | None, lang: Lang) -> dt.datetime | None:
    """A moment with date and time; without a time zone it is the call's wall-clock time."""
    if text is None:
        return None
    value = _iso(text.strip())
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        moment = None
    if moment is None or len(value) <= 10:  # a date alone is --today's job
        fail(
            Msg(
                "--now må være dato og klokkeslett som 2020-04-16T17:30 eller 16.04.2020 17:30, "
                "ikke «{v}»",
                "--now must be a date and time such as 2020-04-16T17:30 or 16.04.2020 17:30, "
                "not '{v}'",
            )(lang, v=text)
        )
    return moment


def moment(
    today: str | None, now: str | None, lang: Lang
) -> tuple[dt.date | None, dt.datetime | None]:
    """``--today`` and ``--now`` as the day and the moment of checking; --now sets both."""
    if today is not None and now is not None:
        fail(
            Msg(
                "bruk enten --today eller --now, ikke begge",
                "use either --today or --now, not both",
            )(lang)
        )
    at = parse_now(now, lang)
    return (at.date() if at is not None else parse_today(today, lang)), at


def use_color(stream: object) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def program() -> str:
    """The command as the user can type it again in this shell: ``sketchkit`` when that is on
    the PATH and is this program, else the path it was started by (``.venv/bin/sketchkit``),
    so that a message saying "run: … check" gives a command that works."""
    import shutil

    started = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if started is None or started.name not in {"sketchkit", "sketchkit.exe"}:
        return "sketchkit" if shutil.which("sketchkit") else "python -m sketchkit"
    found = shutil.which("sketchkit")
    if found and Path(found).resolve() == started.resolve():
        return "sketchkit"
    return str(started)


def stdin_is_tty() -> bool:
    return sys.stdin.isatty()


class Tally:
    """Counts what passes through, for the exit code, without holding the results."""

    def __init__(self, results: Iterable[FileResult]) -> None:
        self._results = results
        self.fatal = self.errors = self.warnings = 0

    def __iter__(self) -> Iterator[FileResult]:
        for r in self._results:
            self.fatal += r.fatal is not None
            self.errors += r.counts.get("error", 0)
            self.warnings += r.counts.get("warning", 0)
            yield r

    def exit_code(self, *, strict: bool) -> int:
        if self.fatal:
            return EXIT_USAGE
        if self.errors or (strict and self.warnings):
            return EXIT_ERRORS
        return EXIT_OK


def with_progress(results: Iterator[T], total: int, lang: Lang) -> Iterator[T]:
    """A progress bar on the terminal when there are more files than fit on a screen."""
    import shutil

    if not sys.stderr.isatty() or total <= shutil.get_terminal_size().lines:
        yield from results
        return
    from rich.console import Console
    from rich.progress import track

    yield from track(
        results,
        total=total,
        console=Console(stderr=True),
        transient=True,
        description=Msg("Sjekker", "Checking")(lang),
    )


def inputs_read(
    results: Iterable[FileResult], paths: Iterable[Path], found: list[Path]
) -> Iterator[FileResult]:
    """Pass the results through, adding to ``found`` every file they were read from: the
    sketch, the letter it names and its call's folder (never to be overwritten by an output)."""
    from sketchkit.checking.rules.commitment_letter import letter_path

    folders = set(found)
    for path, result in zip(paths, results, strict=False):
        found.append(path)
        if result.document is not None:
            letter = letter_path(result.document.data, path.parent)
            if letter is not None:
                found.append(letter)
        if result.call is not None and result.call.folder not in folders:
            folders.add(result.call.folder)
            found.append(result.call.folder)
        yield result
