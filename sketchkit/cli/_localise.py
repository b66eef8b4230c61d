"""The command line in the user's language: help texts, usage lines and usage errors.

The language is decided once, in ``main()``, from ``--lang``, then ``SKETCHKIT_LANG``, then
bokmål (:func:`interface_lang`). Help texts are written in code in bokmål and registered with
their English (:func:`help_text`); :func:`localise` walks the click command tree built from the
app and puts every text in the chosen language. Typer's vendored click writes its own words in
English without gettext, so they are replaced here: the usage line and the ``--help`` option
through a context class, the help panels' words (``[default: …]``, ``[env var: …]``) when help
is formatted, and usage errors (unknown command or option, missing argument, a value that is
not one of the choices) by :func:`error_text`, which rebuilds each message from the exception.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping, Sequence
from difflib import get_close_matches
from pathlib import Path
from typing import Any

import typer
import typer.main
from typer import _click as click
from typer._click import exceptions as click_errors
from typer.core import TyperGroup, TyperOption

from sketchkit.core.i18n import Lang, Msg, to_nynorsk

_HELP: dict[str, Msg] = {}


def help_text(message: Msg) -> str:
    """A help text for the command line: its bokmål, registered so :func:`localise` can put
    it in the user's language."""
    _HELP[message.nb] = message
    return message.nb


def _tr(text: str, lang: Lang) -> str:
    registered = _HELP.get(text)
    if registered is not None:
        return registered(lang)
    # A bokmål help text not registered (written as Msg(...)(UI)): its nynorsk from the
    # catalogues still; its English is not known here.
    return to_nynorsk(text) if lang is Lang.NN else text


def argv_lang(argv: Sequence[str]) -> Lang | None:
    """The first valid ``--lang`` on the command line, wherever it stands; None without one."""
    for i, arg in enumerate(argv):
        value = None
        if arg.startswith("--lang="):
            value = arg.partition("=")[2]
        elif arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        if value is not None and value.lower() in {lang.value for lang in Lang}:
            return Lang(value.lower())
    return None


def interface_lang(argv: Sequence[str], environ: Mapping[str, str]) -> Lang:
    """The language of the command line: ``--lang``, then ``SKETCHKIT_LANG``, then bokmål.
    Decided before parsing, so that ``--help`` and usage errors already speak it."""
    given = argv_lang(argv)
    if given is not None:
        return given
    env = environ.get("SKETCHKIT_LANG", "").strip().lower()
    return Lang(env) if env in {lang.value for lang in Lang} else Lang.NB


_USAGE = Msg("Bruk: ", "Usage: ")
_OPTIONS = Msg("[VALG]", "[OPTIONS]")
_SUBCOMMAND = Msg("KOMMANDO [ARGUMENTER]...", "COMMAND [ARGS]...")
_HELP_OPTION = Msg("Vis denne hjelpen og avslutt.", "Show this message and exit.")
_TRY = Msg("Prøv «{command} --help» for hjelp.", "Try '{command} --help' for help.")
_ERROR = Msg("Feil", "Error")

# The words typer's rich help puts around the texts (typer.rich_utils' module constants).
_RICH_WORDS: dict[str, Msg] = {
    "DEPRECATED_STRING": Msg("(utgått) ", "(deprecated) "),
    "DEFAULT_STRING": Msg("[standard: {}]", "[default: {}]"),
    "ENVVAR_STRING": Msg("[miljøvariabel: {}]", "[env var: {}]"),
    "REQUIRED_LONG_STRING": Msg("[må oppgis]", "[required]"),
    "ARGUMENTS_PANEL_TITLE": Msg("Argumenter", "Arguments"),
    "OPTIONS_PANEL_TITLE": Msg("Valg", "Options"),
    "COMMANDS_PANEL_TITLE": Msg("Kommandoer", "Commands"),
    "ERRORS_PANEL_TITLE": Msg("Feil", "Error"),
    "ABORTED_TEXT": Msg("Avbrutt.", "Aborted."),
    "RICH_HELP": Msg(
        "Prøv [blue]«{command_path} {help_option}»[/] for hjelp.",
        "Try [blue]'{command_path} {help_option}'[/] for help.",
    ),
}

# What an option's value is, where the code gives no name for it (typer would say <str>).
_METAVARS: dict[str, Msg] = {
    "str": Msg("TEKST", "TEXT"),
    "path": Msg("FIL", "FILE"),
    "integer": Msg("TALL", "NUMBER"),
    "integer range": Msg("TALL", "NUMBER"),
    "int range": Msg("TALL", "NUMBER"),
}

# What an argument stands for, by its parameter name in the code.
_ARGUMENTS: dict[str, Msg] = {
    "sketches": Msg("SKISSER", "SKETCHES"),
    "paths": Msg("SKISSER", "SKETCHES"),
    "sketch": Msg("SKISSE", "SKETCH"),
    "path": Msg("FIL", "FILE"),
    "rule": Msg("REGEL", "RULE"),
    "call": Msg("UTLYSNING", "CALL"),
}

# Commands people type in Norwegian, for "did you mean".
_COMMAND_WORDS = {
    "sjekk": "check",
    "kontroller": "check",
    "ny": "new",
    "lag": "render",
    "eksporter": "render",
    "skriv": "render",
    "oversikt": "summary",
    "oversyn": "summary",
    "forklar": "explain",
    "utlysninger": "calls",
    "utlysingar": "calls",
    "skjema": "schema",
}

_lang = Lang.NB


class _Formatter(click.HelpFormatter):
    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, _USAGE(_lang) if prefix is None else prefix)


class _Context(click.Context):
    formatter_class = _Formatter

    def get_help(self) -> str:
        from typer import rich_utils

        for name, words in _RICH_WORDS.items():
            setattr(rich_utils, name, words(_lang))
        option = self.command.get_help_option(self)
        if option is not None:
            option.help = _HELP_OPTION(_lang)
        return super().get_help()


_AT_LEAST = Msg("minst {lo}", "at least {lo}")
_AT_MOST = Msg("høyst {hi}", "at most {hi}")


def _range_words(ranged: Any, lang: Lang) -> str:
    """``1–65535``, ``minst 1``, ``høyst 10``: a number option's range as people write it."""
    lo, hi = ranged.min, ranged.max
    if lo is not None and hi is not None:
        return f"{lo}–{hi}"
    if lo is not None:
        return _AT_LEAST(lang, lo=lo)
    return _AT_MOST(lang, hi=hi) if hi is not None else ""


def localise(command: click.Command, lang: Lang) -> None:
    """Put every text of ``command`` and its subcommands in ``lang``."""
    global _lang
    _lang = lang
    command.context_class = _Context
    if command.help is not None:
        command.help = _tr(command.help, lang)
    if command.options_metavar:
        command.options_metavar = _OPTIONS(lang)
    for param in command.params:
        help_ = getattr(param, "help", None)
        if isinstance(help_, str):
            param.help = _tr(help_, lang)  # type: ignore[attr-defined]
        if param.metavar is not None:
            param.metavar = _tr(param.metavar, lang)
        elif not isinstance(param, TyperOption) and param.name in _ARGUMENTS:
            param.metavar = _ARGUMENTS[param.name](lang)
            named = _METAVARS.get(param.type.name)
            if named is not None:
                # typer shows an argument's type as <str>; a copy, for the type is shared.
                param.type = copy.copy(param.type)
                param.type.name = named(lang).lower()
        elif isinstance(param, TyperOption) and not param.is_flag:
            named = _METAVARS.get(param.type.name)
            if named is not None:
                param.metavar = named(lang)
        if isinstance(param.type, click.types._NumberRangeBase):
            # click would show «[1<=x<=1073741824]»: the range in words, in the user's language.
            ranged = copy.copy(param.type)
            setattr(ranged, "_describe_range", lambda t=ranged: _range_words(t, lang))  # noqa: B010
            param.type = ranged
        shown = getattr(param, "show_default", None)
        if isinstance(shown, str):
            param.show_default = _tr(shown, lang)  # type: ignore[attr-defined]
    if isinstance(command, TyperGroup):
        command.subcommand_metavar = _SUBCOMMAND(lang)
        for sub in command.commands.values():
            localise(sub, lang)


# ---- usage errors ------------------------------------------------------------------------

_NO_COMMAND = Msg("Ingen kommando heter «{name}».", "No such command '{name}'.")
_MEANT = Msg(" Mente du {options}?", " Did you mean {options}?")
_FILE_NOT_COMMAND = Msg(
    "«{name}» er ikke en kommando. Vil du sjekke filen, skriv: sketchkit check {name}",
    "'{name}' is not a command. To check the file, type: sketchkit check {name}",
)
_NO_OPTION = Msg("Ukjent valg: {name}.", "No such option: {name}.")
_MISSING_ARGUMENT = Msg("Mangler argumentet {name}.", "Missing argument {name}.")
_MISSING_OPTION = Msg("Mangler valget {name}.", "Missing option {name}.")
_MISSING_COMMAND = Msg("Mangler kommando.", "Missing command.")
_NEEDS_VALUE = Msg("Valget {name} trenger en verdi.", "Option {name} requires a value.")
_NO_VALUE = Msg("Valget {name} tar ingen verdi.", "Option {name} does not take a value.")
_EXTRA = Msg("For mange argumenter: {args}.", "Got unexpected extra arguments: {args}.")
_INVALID = Msg("Ugyldig verdi for {name}: {problem}", "Invalid value for {name}: {problem}")
_INVALID_BARE = Msg("Ugyldig verdi for {name}.", "Invalid value for {name}.")
_NOT_CHOICE = Msg(
    "«{value}» er ikke blant valgene {choices}.", "'{value}' is not one of {choices}."
)
_NOT_INT = Msg("«{value}» er ikke et heltall.", "'{value}' is not a whole number.")
_OUT_OF_RANGE = Msg(
    "{value} er utenfor det tillatte området ({range}).",
    "{value} is outside the allowed range ({range}).",
)
_NO_PATH = Msg("Fant ikke «{value}».", "'{value}' does not exist.")
_USAGE_PROBLEM = Msg("Kommandoen ble skrevet feil.", "The command was not written correctly.")

# The problems click's value types report inside "Invalid value for …", by their wording.
_VALUE_PROBLEMS: list[tuple[re.Pattern[str], Msg]] = [
    (re.compile(r"^'(?P<value>.*)' is not one of (?P<choices>.*)\.$", re.S), _NOT_CHOICE),
    (
        re.compile(
            r"^'(?P<value>.*)' is not a valid (integer|integer range|int range|int)\.$", re.S
        ),
        _NOT_INT,
    ),
    (re.compile(r"^(?P<value>\S+) is not in the range (?P<range>.*)\.$", re.S), _OUT_OF_RANGE),
    (re.compile(r"^\w+ '(?P<value>.*)' does not exist\.$", re.S), _NO_PATH),
]


def _quoted_list(items: Sequence[str], lang: Lang) -> str:
    quote = "'{}'" if lang is Lang.EN else "«{}»"
    return ", ".join(quote.format(i) for i in items)


def _param_name(param: click.Parameter | None, ctx: click.Context | None) -> str:
    if param is None:
        return ""
    if isinstance(param, TyperOption):
        return " / ".join(param.opts)
    return param.metavar or (param.name or "").upper()


def _value_problem(message: str, lang: Lang) -> str | None:
    for pattern, msg in _VALUE_PROBLEMS:
        m = pattern.match(message)
        if m:
            fields = m.groupdict()
            if "choices" in fields:
                fields["choices"] = _quoted_list(re.findall(r"'([^']*)'", fields["choices"]), lang)
            return msg(lang, **fields)
    return None


def _unknown_command(name: str, ctx: click.Context | None, lang: Lang) -> str:
    if Path(name).suffix.lower() in {".yaml", ".yml"} or Path(name).exists():
        return _FILE_NOT_COMMAND(lang, name=name)
    text = _NO_COMMAND(lang, name=name)
    group = ctx.command if ctx is not None else None
    if isinstance(group, TyperGroup):
        close = get_close_matches(name, list(group.commands), n=3, cutoff=0.5)
        word = _COMMAND_WORDS.get(name.lower())
        if word is not None and word in group.commands:
            close = [word]
        if close:
            text += _MEANT(lang, options=_quoted_list(close, lang))
    return text


def error_text(e: click_errors.ClickException, lang: Lang) -> str:
    """The message of a click usage error in ``lang``, rebuilt from what the exception knows."""
    ctx: click.Context | None = getattr(e, "ctx", None)
    if isinstance(e, click_errors.NoSuchOption):
        text = _NO_OPTION(lang, name=e.option_name)
        if e.possibilities:
            text += _MEANT(lang, options=_quoted_list(sorted(e.possibilities), lang))
        return text
    if isinstance(e, click_errors.MissingParameter):
        name = _param_name(e.param, ctx)
        if isinstance(e.param, TyperOption):
            return _MISSING_OPTION(lang, name=name)
        return _MISSING_ARGUMENT(lang, name=name)
    if isinstance(e, click_errors.BadParameter):
        name = _param_name(e.param, ctx)
        problem = _value_problem(e.message, lang)
        if problem is None:
            return e.format_message() if lang is Lang.EN else _INVALID_BARE(lang, name=name)
        return _INVALID(lang, name=name, problem=problem)
    message = e.message
    m = re.match(r"^No such command '(?P<name>.*?)'\.", message, re.S)
    if m:
        return _unknown_command(m["name"], ctx, lang)
    m = re.match(r"^Option '(?P<name>.*)' requires ", message)
    if m:
        return _NEEDS_VALUE(lang, name=m["name"])
    m = re.match(r"^Option '(?P<name>.*)' does not take a value", message)
    if m:
        return _NO_VALUE(lang, name=m["name"])
    m = re.match(r"^Got unexpected extra arguments? \((?P<args>.*)\)$", message, re.S)
    if m:
        return _EXTRA(lang, args=m["args"])
    if message.startswith("Missing command"):
        return _MISSING_COMMAND(lang)
    if lang is Lang.EN:
        return message
    return _USAGE_PROBLEM(lang)


def show_error(e: click_errors.ClickException, lang: Lang) -> None:
    """A usage error as the user reads it: the usage line, where to get help, what is wrong."""
    ctx: click.Context | None = getattr(e, "ctx", None)
    lines = []
    if ctx is not None:
        lines.append(ctx.get_usage())
        lines.append(_TRY(lang, command=ctx.command_path))
        lines.append("")
    if isinstance(e, click_errors.UsageError):
        lines.append(f"{_ERROR(lang)}: {error_text(e, lang)}")
    else:
        lines.append(f"{_ERROR(lang)}: {e.format_message()}")
    typer.echo("\n".join(lines), err=True)


def _just(app: typer.Typer, args: list[str]) -> typer.Typer:
    """The app with only the command the arguments name, when they start with one.

    Building click's command from every typer command costs ~2 ms each on every run; a one-file
    ``check`` must stay instant, so only the command that runs is built (the root's own options,
    help and error suggestions need them all, and keep them all)."""
    if not args or args[0].startswith("-"):
        return app
    for info in app.registered_commands:
        name = info.name or (info.callback.__name__.replace("_", "-") if info.callback else "")
        if name == args[0]:
            just = copy.copy(app)
            just.registered_commands = [info]
            just.registered_groups = []
            return just
    return app


def run(app: typer.Typer, args: list[str], lang: Lang) -> int:
    """Run the app in ``lang``; the exit code (2 for a usage error)."""
    command = typer.main.get_command(_just(app, args))
    localise(command, lang)
    try:
        result: Any = command.main(args=args, prog_name="sketchkit", standalone_mode=False)
    except click_errors.NoArgsIsHelpError as e:
        # typer's rich help prints itself while the error is made; plain help comes back as text.
        if e.format_message().strip():
            typer.echo(e.format_message())
        return 2
    except click_errors.ClickException as e:
        show_error(e, lang)
        return e.exit_code
    except typer.Abort:
        typer.echo(_RICH_WORDS["ABORTED_TEXT"](lang), err=True)
        return 1
    return result if isinstance(result, int) else 0
