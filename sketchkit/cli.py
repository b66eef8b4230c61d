"""The command line: parse arguments, call the library, pick a reporter, set the exit code.

Exit codes: 0 fine, 1 the sketch has errors, 2 the command could not run.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Annotated, NoReturn, TextIO, TypeVar

import typer

from sketchkit import __version__
from sketchkit.i18n import Lang, Msg

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2
T = TypeVar("T")


def _ui_lang(argv: list[str]) -> Lang:
    """The language for help texts, decided before parsing so ``--help`` can use it."""
    for i, arg in enumerate(argv):
        if arg == "--lang=en" or (arg == "--lang" and argv[i + 1 : i + 2] == ["en"]):
            return Lang.EN
    return Lang.EN if os.environ.get("SKETCHKIT_LANG", "").lower() == "en" else Lang.NB


UI = _ui_lang(sys.argv)

app = typer.Typer(
    name="sketchkit",
    help=Msg(
        "Skriv, sjekk og eksporter prosjektskisser til innovasjonsutlysninger.",
        "Write, check and export project sketches for innovation calls.",
    )(UI),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _fail(message: str) -> NoReturn:
    typer.echo(f"sketchkit: {message}", err=True)
    raise typer.Exit(EXIT_USAGE)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"sketchkit {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            callback=_version,
            is_eager=True,
            help=Msg("Vis versjonen og avslutt.", "Show the version and exit.")(UI),
        ),
    ] = False,
) -> None:
    pass


def _parse_today(text: str | None, lang: Lang) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        _fail(
            Msg(
                "--today må være en dato som 2017-08-01, ikke «{v}»",
                "--today must be a date such as 2017-08-01, not '{v}'",
            )(lang, v=text)
        )


def _use_color(stream: object) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


class _Tally:
    """Counts what passes through, for the exit code, without holding the results."""

    def __init__(self, results: Iterable[object]) -> None:
        self._results = results
        self.fatal = self.errors = self.warnings = 0

    def __iter__(self) -> Iterator[object]:
        for r in self._results:
            if getattr(r, "fatal", None) is not None:
                self.fatal += 1
            counts = getattr(r, "counts", {})
            self.errors += counts.get("error", 0)
            self.warnings += counts.get("warning", 0)
            yield r


LangOpt = Annotated[
    Lang,
    typer.Option(
        "--lang",
        envvar="SKETCHKIT_LANG",
        help=Msg("Språk for meldingene: nb (bokmål) eller en.", "Language of messages: nb or en.")(
            UI
        ),
    ),
]
CallOpt = Annotated[
    str | None,
    typer.Option(
        "--call",
        help=Msg(
            "Utlysningens id eller mappe; standard er den skissen oppgir.",
            "The call's id or folder; default is the one the sketch names.",
        )(UI),
    ),
]


@app.command(help=Msg(
    "Sjekk skisser mot utlysningens skjema og regler. Tar filer, mapper og mønstre (*.yaml). "
    "Avslutningskode 0: ingen feil, 1: feil i skissen, 2: kommandoen kunne ikke kjøres.",
    "Check sketches against the call's schema and rules. Takes files, folders and patterns "
    "(*.yaml). Exit 0: no errors, 1: the sketch has errors, 2: the command could not run.")(UI))  # fmt: skip
def check(
    sketches: Annotated[
        list[str],
        typer.Argument(
            help=Msg("Skissefiler, mapper eller mønstre.", "Sketch files, folders or patterns.")(
                UI
            ),
            show_default=False,
        ),
    ],
    call: CallOpt = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help=Msg(
                "Utdataformat: text, json, sarif, junit eller github (standard: text; github i GitHub Actions).",
                "Output format: text, json, sarif, junit or github (default: text; github in GitHub Actions).",
            )(UI),
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help=Msg("Skriv rapporten til denne filen.", "Write the report to this file.")(UI),
        ),
    ] = None,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help=Msg("Skriv over en rapportfil som finnes.", "Overwrite an existing report file.")(
                UI
            ),
        ),
    ] = False,
    lang: LangOpt = Lang.NB,
    today: Annotated[
        str | None,
        typer.Option(
            "--today",
            metavar="DATO" if UI is Lang.NB else "DATE",
            help=Msg(
                "Sjekk som om det var denne datoen (2017-08-01); standard: i dag.",
                "Check as if it were this date (2017-08-01); default: today.",
            )(UI),
        ),
    ] = None,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict",
            help=Msg("Advarsler gir også avslutningskode 1.", "Warnings also give exit code 1.")(
                UI
            ),
        ),
    ] = False,
    max_bytes: Annotated[
        int,
        typer.Option(
            "--max-bytes",
            min=1,
            help=Msg("Største filstørrelse som leses.", "Largest file size read.")(UI),
        ),
    ] = 5 * 1024 * 1024,
) -> None:
    import io

    from sketchkit.atomic import WriteError, write_atomic
    from sketchkit.calls import CallError, load_call
    from sketchkit.checker import CheckOptions, check_files
    from sketchkit.discover import DiscoveryError, expand
    from sketchkit.reporters import Format, ReportOptions, get_reporter

    if fmt is None:
        format_ = Format.GITHUB if os.environ.get("GITHUB_ACTIONS") == "true" else Format.TEXT
    else:
        try:
            format_ = Format(fmt)
        except ValueError:
            _fail(Msg("ukjent format «{f}»; velg en av: {all}", "unknown format '{f}'; choose one of: {all}")(
                lang, f=fmt, all=", ".join(f.value for f in Format)))  # fmt: skip
    if call is not None:
        try:
            load_call(call, lang)
        except CallError as e:
            _fail(str(e))
    try:
        paths = expand(sketches, lang)
    except DiscoveryError as e:
        _fail(str(e))
    if output is not None and output.exists() and not force:
        _fail(Msg("{p} finnes allerede; bruk --force for å skrive over den",
                  "{p} already exists; use --force to overwrite it")(lang, p=output))  # fmt: skip
    options = CheckOptions(
        call=call, lang=lang, today=_parse_today(today, lang), max_bytes=max_bytes
    )
    tally = _Tally(_with_progress(check_files(paths, options), len(paths)))
    out: TextIO = io.StringIO() if output is not None else sys.stdout
    report_options = ReportOptions(lang=lang, color=output is None and _use_color(out),
                                   strict=strict, many=len(paths) > 1)  # fmt: skip
    get_reporter(format_)(tally, out, report_options)  # type: ignore[arg-type]
    if isinstance(out, io.StringIO) and output is not None:
        try:
            write_atomic(output, out.getvalue().encode("utf-8"), overwrite=force)
        except (WriteError, FileExistsError) as e:
            _fail(str(e))
    else:
        out.flush()
    if tally.fatal:
        raise typer.Exit(EXIT_USAGE)
    if tally.errors or (strict and tally.warnings):
        raise typer.Exit(EXIT_ERRORS)
    raise typer.Exit(EXIT_OK)


def _with_progress(results: Iterator[T], total: int) -> Iterator[T]:
    """A progress bar on the terminal when there are more files than fit on a screen."""
    import shutil

    if not sys.stderr.isatty() or total <= shutil.get_terminal_size().lines:
        yield from results
        return
    from rich.console import Console
    from rich.progress import track

    yield from track(results, total=total, console=Console(stderr=True), transient=True,
                     description=Msg("Sjekker", "Checking")(UI))  # fmt: skip


def _stdin_is_tty() -> bool:
    return sys.stdin.isatty()


@app.command(help=Msg(
    "Lag en ny skisse med alle utlysningens felt og veiledning til hvert av dem.",
    "Create a new sketch with every field of the call and guidance for each.")(UI))  # fmt: skip
def new(
    path: Annotated[
        Path,
        typer.Argument(
            help=Msg(
                "Filen som lages (standard skisse.yaml).",
                "The file to create (default skisse.yaml).",
            )(UI),
            show_default=False,
        ),
    ] = Path("skisse.yaml"),
    call: Annotated[
        str,
        typer.Option(
            "--call", help=Msg("Utlysningens id eller mappe.", "The call's id or folder.")(UI)
        ),
    ] = "innovasjonspartnerskap-2017",
    lang: LangOpt = Lang.NB,
    force: Annotated[
        bool,
        typer.Option(
            "--force", help=Msg("Skriv over en fil som finnes.", "Overwrite an existing file.")(UI)
        ),
    ] = False,
    no_input: Annotated[
        bool,
        typer.Option(
            "--no-input",
            help=Msg(
                "Still aldri spørsmål (for skript og CI).",
                "Never ask questions (for scripts and CI).",
            )(UI),
        ),
    ] = False,
    dry_run: Annotated[
        bool,
        typer.Option(
            "--dry-run",
            help=Msg(
                "Skriv skissen til standard ut i stedet for til fil.",
                "Print the sketch instead of writing it.",
            )(UI),
        ),
    ] = False,
    title: Annotated[
        str | None, typer.Option("--title", help=Msg("Prosjektnavn.", "Project name.")(UI))
    ] = None,
    applicant: Annotated[
        str | None, typer.Option("--applicant", help=Msg("Søkerens navn.", "Applicant's name.")(UI))
    ] = None,
    org_number: Annotated[
        str | None,
        typer.Option("--org-number", help=Msg("Organisasjonsnummer.", "Organisation number.")(UI)),
    ] = None,
    kind: Annotated[
        str | None,
        typer.Option(
            "--kind",
            help=Msg("Type virksomhet, f.eks. municipality.", "Kind of body, e.g. municipality.")(
                UI
            ),
        ),
    ] = None,
    municipality_number: Annotated[
        str | None,
        typer.Option(
            "--municipality-number", help=Msg("Kommunenummer.", "Municipality number.")(UI)
        ),
    ] = None,
    contact_name: Annotated[
        str | None,
        typer.Option("--contact-name", help=Msg("Kontaktperson.", "Contact person.")(UI)),
    ] = None,
    contact_role: Annotated[
        str | None,
        typer.Option("--contact-role", help=Msg("Kontaktpersonens rolle.", "Contact's role.")(UI)),
    ] = None,
    contact_email: Annotated[
        str | None,
        typer.Option(
            "--contact-email", help=Msg("Kontaktpersonens e-post.", "Contact's e-mail.")(UI)
        ),
    ] = None,
    contact_phone: Annotated[
        str | None,
        typer.Option(
            "--contact-phone", help=Msg("Kontaktpersonens telefon.", "Contact's phone.")(UI)
        ),
    ] = None,
) -> None:
    from sketchkit.atomic import WriteError, write_atomic
    from sketchkit.calls import CallError, load_call
    from sketchkit.facts import FACTS, normalise
    from sketchkit.prompt import ask_facts
    from sketchkit.scaffold import scaffold

    try:
        the_call = load_call(call, lang)
    except CallError as e:
        _fail(str(e))
    flags = {
        "title": title, "applicant": applicant, "org_number": org_number, "kind": kind,
        "municipality_number": municipality_number, "contact_name": contact_name,
        "contact_role": contact_role, "contact_email": contact_email, "contact_phone": contact_phone,
    }  # fmt: skip
    facts: dict[str, str] = {}
    for fact in FACTS:
        value = flags[fact.option]
        if value is None:
            continue
        problem = fact.check(value, lang)
        if problem is not None:
            _fail(f"--{fact.option.replace('_', '-')}: {problem}")
        facts[fact.pointer] = normalise(fact, value)
    if not no_input and not dry_run and _stdin_is_tty():
        facts = ask_facts(facts, lang, ask=input, say=lambda text: typer.echo(text, err=True))
    target = path / "skisse.yaml" if path.is_dir() else path
    text = scaffold(the_call, lang, facts, schema_uri=the_call.schema_path.resolve().as_uri(),
                    file_name=target.name)  # fmt: skip
    if dry_run:
        typer.echo(text, nl=False)
        raise typer.Exit(EXIT_OK)
    try:
        write_atomic(target, text.encode("utf-8"), overwrite=force)
    except FileExistsError:
        _fail(Msg("{p} finnes allerede; bruk --force for å skrive over den",
                  "{p} already exists; use --force to overwrite it")(lang, p=target))  # fmt: skip
    except WriteError as e:
        _fail(str(e))
    typer.echo(Msg("Laget {p}. Fyll inn alt som er merket <<FYLL INN>>, og kjør: sketchkit check {p}",
                   "Created {p}. Fill in everything marked <<FILL IN>>, then run: sketchkit check {p}")(
        lang, p=target))  # fmt: skip
    raise typer.Exit(EXIT_OK)


@app.command(help=Msg(
    "Lag dokumentet som sendes inn (md, html, docx eller pdf). En skisse med feil lages ikke, "
    "unntatt med --draft.",
    "Produce the submission document (md, html, docx or pdf). A sketch with errors is not "
    "rendered, except with --draft.")(UI))  # fmt: skip
def render(
    sketch: Annotated[
        Path,
        typer.Argument(
            help=Msg("Skissefilen (.yaml).", "The sketch file (.yaml).")(UI), show_default=False
        ),
    ],
    fmt: Annotated[
        str,
        typer.Option(
            "--format", "-f", help=Msg("md, html, docx eller pdf.", "md, html, docx or pdf.")(UI)
        ),
    ] = "pdf",
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help=Msg(
                "Utdatafil; standard er ved siden av skissen.",
                "Output file; default is next to the sketch.",
            )(UI),
        ),
    ] = None,
    draft: Annotated[
        bool,
        typer.Option(
            "--draft",
            help=Msg(
                "Lag dokumentet selv om skissen har feil, merket UTKAST.",
                "Render even when the sketch has errors, marked DRAFT.",
            )(UI),
        ),
    ] = False,
    force: Annotated[
        bool,
        typer.Option(
            "--force", help=Msg("Skriv over en fil som finnes.", "Overwrite an existing file.")(UI)
        ),
    ] = False,
    template: Annotated[
        Path | None,
        typer.Option(
            "--template",
            help=Msg(
                "Egen mal: Jinja2-fil eller -mappe (md, html) eller Word-fil (docx).",
                "Own template: Jinja2 file or folder (md, html) or Word file (docx).",
            )(UI),
        ),
    ] = None,
    pdfa: Annotated[
        bool,
        typer.Option(
            "--pdfa", help=Msg("Lag arkivformatet PDF/A-2b.", "Produce archival PDF/A-2b.")(UI)
        ),
    ] = False,
    call: CallOpt = None,
    lang: LangOpt = Lang.NB,
    today: Annotated[
        str | None,
        typer.Option(
            "--today",
            help=Msg(
                "Datoen i dokumentet og for fristene (2017-08-15).",
                "The date in the document and for deadlines (2017-08-15).",
            )(UI),
        ),
    ] = None,
) -> None:
    from sketchkit.atomic import WriteError
    from sketchkit.calls import CallError
    from sketchkit.checker import CheckOptions
    from sketchkit.export import export
    from sketchkit.render import Format as DocFormat
    from sketchkit.render import RenderError, RenderOptions
    from sketchkit.reporters import Format as ReportFormat
    from sketchkit.reporters import ReportOptions, get_reporter

    try:
        format_ = DocFormat(fmt)
    except ValueError:
        _fail(Msg("ukjent format «{f}»; velg en av: {all}", "unknown format '{f}'; choose one of: {all}")(
            lang, f=fmt, all=", ".join(f.value for f in DocFormat)))  # fmt: skip
    if pdfa and format_ is not DocFormat.PDF:
        _fail(Msg("--pdfa gjelder bare --format pdf", "--pdfa applies to --format pdf only")(lang))
    options = CheckOptions(call=call, lang=lang, today=_parse_today(today, lang))
    try:
        done = export(sketch, format_, output=output, draft=draft, force=force,
                      render_options=RenderOptions(template=template, pdfa=pdfa),
                      check_options=options)  # fmt: skip
    except CallError as e:
        _fail(str(e))
    except FileExistsError as e:
        _fail(Msg("{p} finnes allerede; bruk --force for å skrive over den",
                  "{p} already exists; use --force to overwrite it")(lang, p=e.args[0]))  # fmt: skip
    except (RenderError, WriteError) as e:
        _fail(str(e))
    result = done.result
    if result.fatal is not None:
        _fail(f"{result.path}: {result.fatal}")
    if done.path is None:
        out = sys.stdout
        get_reporter(ReportFormat.TEXT)(
            [result], out, ReportOptions(lang=lang, color=_use_color(out))
        )
        typer.echo(Msg("\nDokumentet ble ikke laget fordi skissen har feil. Rett dem, eller bruk "
                       "--draft for et utkast.",
                       "\nThe document was not made because the sketch has errors. Fix them, "
                       "or use --draft for a draft.")(lang), err=True)  # fmt: skip
        raise typer.Exit(EXIT_ERRORS)
    pages = (Msg(" ({n} sider)", " ({n} pages)")(lang, n=done.pages)
             if done.pages is not None else "")  # fmt: skip
    typer.echo(Msg("Skrev {p}{pages}", "Wrote {p}{pages}")(lang, p=done.path, pages=pages))
    if done.over_page_limit:
        typer.echo(Msg("advarsel: dokumentet har {n} sider; utlysningen tillater {limit}",
                       "warning: the document has {n} pages; the call allows {limit}")(
            lang, n=done.pages, limit=done.page_limit), err=True)  # fmt: skip
    raise typer.Exit(EXIT_ERRORS if draft and not result.valid else EXIT_OK)


@app.command(help=Msg(
    "Forklar en regel: hva den sjekker, hvorfor utlysningen bryr seg, og hvordan du retter. "
    "Uten regel: list alle.",
    "Explain a rule: what it checks, why the call cares, and how to fix it. Without a rule: "
    "list them all.")(UI))  # fmt: skip
def explain(
    rule: Annotated[
        str | None,
        typer.Argument(
            help=Msg("Regelens id, f.eks. org-number.", "The rule's id, e.g. org-number.")(UI),
            show_default=False,
        ),
    ] = None,
    lang: LangOpt = Lang.NB,
) -> None:
    from sketchkit.explain import UnknownRule, list_rules
    from sketchkit.explain import explain as explain_rule

    if rule is None:
        typer.echo(list_rules(lang), nl=False)
        raise typer.Exit(EXIT_OK)
    try:
        typer.echo(explain_rule(rule, lang), nl=False)
    except UnknownRule as e:
        _fail(str(e.args[0]))
    raise typer.Exit(EXIT_OK)


def _write_or_print(text: str, output: Path | None, force: bool, lang: Lang) -> None:
    from sketchkit.atomic import WriteError, write_atomic

    if output is None:
        typer.echo(text, nl=False)
        return
    try:
        write_atomic(output, text.encode("utf-8"), overwrite=force)
    except FileExistsError:
        _fail(Msg("{p} finnes allerede; bruk --force for å skrive over den",
                  "{p} already exists; use --force to overwrite it")(lang, p=output))  # fmt: skip
    except WriteError as e:
        _fail(str(e))


OutputOpt = Annotated[
    Path | None,
    typer.Option("--output", "-o", help=Msg("Skriv til denne filen.", "Write to this file.")(UI)),
]
ForceOpt = Annotated[
    bool,
    typer.Option(
        "--force", help=Msg("Skriv over en fil som finnes.", "Overwrite an existing file.")(UI)
    ),
]


@app.command(help=Msg(
    "Skriv utlysningens JSON Schema med titler, beskrivelser, eksempler og utdrag for "
    "redigeringsprogrammer (YAML-språktjeneren i VS Code).",
    "Write the call's JSON Schema with titles, descriptions, examples and snippets for "
    "editors (the YAML language server in VS Code).")(UI))  # fmt: skip
def schema(
    call: Annotated[
        str,
        typer.Option(
            "--call", help=Msg("Utlysningens id eller mappe.", "The call's id or folder.")(UI)
        ),
    ] = "innovasjonspartnerskap-2017",
    output: OutputOpt = None,
    force: ForceOpt = False,
    lang: LangOpt = Lang.NB,
) -> None:
    import json

    from sketchkit.calls import CallError, load_call
    from sketchkit.editor_schema import editor_schema

    try:
        the_call = load_call(call, lang)
    except CallError as e:
        _fail(str(e))
    text = json.dumps(editor_schema(the_call, lang), ensure_ascii=False, indent=2) + "\n"
    _write_or_print(text, output, force, lang)
    raise typer.Exit(EXIT_OK)


@app.command(help=Msg(
    "Oversikt over mange skisser for programstaben: én rad per skisse, de komplette først.",
    "An overview of many sketches for programme staff: one row per sketch, complete ones "
    "first.")(UI))  # fmt: skip
def summary(
    paths: Annotated[
        list[str],
        typer.Argument(
            help=Msg("Skissefiler, mapper eller mønstre.", "Sketch files, folders or patterns.")(
                UI
            ),
            show_default=False,
        ),
    ],
    csv_file: Annotated[
        Path | None,
        typer.Option(
            "--csv",
            help=Msg(
                "Skriv oversikten som CSV (semikolon, for Excel).",
                "Write the overview as CSV (semicolons, for Excel).",
            )(UI),
        ),
    ] = None,
    html_file: Annotated[
        Path | None,
        typer.Option(
            "--html",
            help=Msg(
                "Skriv oversikten som én HTML-side som kan sorteres.",
                "Write the overview as one sortable HTML page.",
            )(UI),
        ),
    ] = None,
    force: ForceOpt = False,
    call: CallOpt = None,
    lang: LangOpt = Lang.NB,
    today: Annotated[
        str | None,
        typer.Option(
            "--today",
            help=Msg("Sjekk som om det var denne datoen.", "Check as if it were this date.")(UI),
        ),
    ] = None,
) -> None:
    from sketchkit.calls import CallError, load_call
    from sketchkit.checker import DEFAULT_CALL, CheckOptions, check_files
    from sketchkit.discover import DiscoveryError, expand
    from sketchkit.summary import rows_for, to_csv, to_html, to_text

    try:
        files = expand(paths, lang)
        the_call = load_call(call or DEFAULT_CALL, lang)
    except (DiscoveryError, CallError) as e:
        _fail(str(e))
    for target in (csv_file, html_file):
        if target is not None and target.exists() and not force:
            _fail(Msg("{p} finnes allerede; bruk --force for å skrive over den",
                      "{p} already exists; use --force to overwrite it")(lang, p=target))  # fmt: skip
    options = CheckOptions(call=call, lang=lang, today=_parse_today(today, lang))
    rows = rows_for(_with_progress(check_files(files, options), len(files)), lang)
    criteria = [(c.id, c.title_in(lang)) for c in the_call.criteria]
    typer.echo(to_text(rows, criteria, lang), nl=False)
    if csv_file is not None:
        # With a BOM, so that Excel reads æøå right.
        _write_or_print("\ufeff" + to_csv(rows, criteria, lang), csv_file, force, lang)
    if html_file is not None:
        title = Msg("Skisser til «{c}»", "Sketches for '{c}'")(lang, c=the_call.title_in(lang))
        _write_or_print(to_html(rows, criteria, lang, title), html_file, force, lang)
    raise typer.Exit(EXIT_OK)


@app.command(help=Msg(
    "Vis utlysningene sketchkit kjenner, eller én utlysnings kriterier, vekter og grenser.",
    "List the calls sketchkit knows, or show one call's criteria, weights and limits.")(UI))  # fmt: skip
def calls(
    call: Annotated[
        str | None,
        typer.Argument(
            help=Msg("Utlysningens id eller mappe.", "The call's id or folder.")(UI),
            show_default=False,
        ),
    ] = None,
    lang: LangOpt = Lang.NB,
    today: Annotated[
        str | None,
        typer.Option(
            "--today",
            help=Msg(
                "Om utlysningen er åpen denne datoen.", "Whether the call is open on this date."
            )(UI),
        ),
    ] = None,
) -> None:
    from sketchkit.callinfo import describe_call, list_calls
    from sketchkit.calls import CallError, load_call

    day = _parse_today(today, lang)
    if call is None:
        typer.echo(list_calls(lang, day), nl=False)
        raise typer.Exit(EXIT_OK)
    try:
        typer.echo(describe_call(load_call(call, lang), lang, day), nl=False)
    except CallError as e:
        _fail(str(e))
    raise typer.Exit(EXIT_OK)


def main() -> None:
    """Entry point: no traceback ever reaches the user unless SKETCHKIT_DEBUG is set."""
    try:
        app()
    except KeyboardInterrupt:
        typer.echo(Msg("avbrutt", "interrupted")(UI), err=True)
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
            )(UI, e=f"{type(e).__name__}: {e}"),
            err=True,
        )
        sys.exit(EXIT_USAGE)
