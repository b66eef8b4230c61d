"""``sketchkit review``: the jury workflow. ``init`` writes one scoring sheet per evaluator,
``report`` reads them back, checks them and ranks the sketches."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from sketchkit.cli._common import (
    EXISTS,
    EXIT_ERRORS,
    EXIT_OK,
    CallOpt,
    ForceOpt,
    LangOpt,
    PathsArg,
    TodayOpt,
    app,
    arg,
    fail,
    help_text,
    opt,
    parse_today,
    refuse_existing,
)
from sketchkit.cli._output import is_stdout, write_output
from sketchkit.core.i18n import Lang, Msg
from sketchkit.core.textsafe import terminal_safe

review_app = typer.Typer(
    name="review",
    help=help_text(
        Msg(
            "Juryarbeid: skåringsark per evaluator, og rapporten som leser dem inn og rangerer.",
            "Jury work: a score sheet per evaluator, and the report that reads them and ranks.",
        )
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.add_typer(review_app)

_NO_EVALUATORS = Msg(
    "oppgi minst én evaluator med --evaluator NAVN",
    "name at least one evaluator with --evaluator NAME",
)
_SAME_EVALUATOR = Msg("evaluatoren «{n}» er oppgitt to ganger", "evaluator '{n}' is named twice")
_EMPTY_NAME = Msg("en evaluator trenger et navn", "an evaluator needs a name")
_UNREADABLE = Msg(
    "{p} kan ikke brukes i juryrunden: {why}", "{p} cannot be used in the jury round: {why}"
)
_SEVERAL_CALLS = Msg(
    "skissene hører til flere utlysninger ({calls}); lag én runde per utlysning, eller bruk --call",
    "the sketches belong to several calls ({calls}); make one round per call, or use --call",
)
_NO_SKETCHES = Msg("ingen skisser funnet", "no sketches found")
_FORMATS = Msg("--format må være yaml, xlsx eller both", "--format must be yaml, xlsx or both")
_NOT_FOLDER = Msg("{p} er ikke en mappe", "{p} is not a folder")
_XLSX_NEEDS_FILE = Msg(
    "xlsx skrives til en fil: bruk -o FIL (eller -o - for standard ut)",
    "xlsx is written to a file: use -o FILE (or -o - for standard output)",
)


def _title_and_applicant(doc: object) -> tuple[str, str]:
    data = getattr(doc, "data", None)
    if not isinstance(data, dict):
        return "", ""
    applicant = data.get("applicant")
    name = applicant.get("name") if isinstance(applicant, dict) else None
    return str(data.get("title") or ""), str(name or "")


@review_app.command(
    "init",
    help=help_text(
        Msg(
            "Lag en juryrunde: jury.yaml og ett skåringsark per evaluator (YAML og/eller xlsx).",
            "Make a jury round: jury.yaml and one score sheet per evaluator (YAML and/or xlsx).",
        )
    ),
)
def init(
    paths: PathsArg,
    evaluators: Annotated[
        list[str] | None,
        opt(
            "--evaluator",
            "-e",
            nb="Navnet på en evaluator; gjenta for flere.",
            en="An evaluator's name; repeat for more.",
        ),
    ] = None,
    out: Annotated[
        Path,
        opt("--out", "-o", nb="Mappen for runden (lages).", en="The round's folder (created)."),
    ] = Path("jury"),
    sheet_format: Annotated[
        str,
        opt("--format", nb="yaml, xlsx eller both.", en="yaml, xlsx or both."),
    ] = "yaml",
    anonymous: Annotated[
        bool,
        opt(
            "--anonymous",
            nb="Skjul søkerne for evaluatorene (første runde).",
            en="Hide applicants from the evaluators (first round).",
        ),
    ] = False,
    force: ForceOpt = False,
    call: CallOpt = None,
    lang: LangOpt = Lang.NB,
    today: TodayOpt = None,
) -> None:
    from sketchkit.calls import CallError
    from sketchkit.checking.checker import CheckOptions, check_files
    from sketchkit.core.atomic import WriteError, write_atomic
    from sketchkit.input.discover import DiscoveryError, expand
    from sketchkit.review import jury as jury_mod
    from sketchkit.review import sheets
    from sketchkit.review.scale import scale_for

    if sheet_format not in ("yaml", "xlsx", "both"):
        fail(_FORMATS(lang))
    names = [n.strip() for n in evaluators or []]
    if not names:
        fail(_NO_EVALUATORS(lang))
    if any(not n for n in names):
        fail(_EMPTY_NAME(lang))
    for n in names:
        if names.count(n) > 1:
            fail(_SAME_EVALUATOR(lang, n=n))
    day = parse_today(today, lang) or dt.date.today()
    try:
        files = expand(paths, lang)
        results = list(check_files(files, CheckOptions(call=call, lang=lang, today=day)))
    except (DiscoveryError, CallError) as e:
        fail(str(e))
    if not results:
        fail(_NO_SKETCHES(lang))
    for r in results:
        if r.fatal is not None or r.document is None or not isinstance(r.document.data, dict):
            why = r.fatal or "; ".join(f"{f.line}:{f.column} {f.message}" for f in r.findings[:1])
            fail(_UNREADABLE(lang, p=r.path, why=why))
    calls = {r.call.id: r.call for r in results if r.call is not None}
    if len(calls) != 1:
        fail(_SEVERAL_CALLS(lang, calls=", ".join(sorted(calls))))
    (the_call,) = calls.values()
    width = max(2, len(str(len(results))))
    ordered = sorted(results, key=lambda r: r.path)
    taken: set[str] = set()
    the_jury = jury_mod.Jury(
        call_id=the_call.id,
        call_title=the_call.title_in(lang),
        scale=scale_for(the_call),
        anonymous=anonymous,
        criteria=tuple(
            jury_mod.JuryCriterion(c.id, c.title_in(lang), c.weight or 1.0)
            for c in the_call.criteria
        ),
        sketches=tuple(
            jury_mod.JurySketch(f"S{i:0{width}d}", r.path, *_title_and_applicant(r.document))
            for i, r in enumerate(ordered, 1)
        ),
        evaluators=tuple(jury_mod.Evaluator(n, jury_mod.slug(n, taken)) for n in names),
    )
    if out.exists() and not out.is_dir():
        fail(_NOT_FOLDER(lang, p=out))
    writes: list[tuple[Path, bytes]] = [
        (out / jury_mod.JURY_FILE, jury_mod.dump(the_jury, lang).encode("utf-8"))
    ]
    for person in the_jury.evaluators:
        if sheet_format in ("yaml", "both"):
            text = sheets.dump(the_jury, person, lang)
            writes.append((out / f"{person.slug}.yaml", text.encode("utf-8")))
        if sheet_format in ("xlsx", "both"):
            from sketchkit.review import xlsxsheet

            writes.append(
                (out / f"{person.slug}.xlsx", xlsxsheet.dump(the_jury, person, lang, day))
            )
    if out.is_dir():  # a folder still to be made holds no file to refuse
        for path, _ in writes:
            # Nothing is written unless all can be: none there without --force, none an input.
            refuse_existing(path, force, lang, protect=files)
    try:
        out.mkdir(exist_ok=True)
    except OSError as e:
        fail(str(e))
    for path, data in writes:
        try:
            write_atomic(path, data, overwrite=force, lang=lang, protect=files)
        except FileExistsError:
            fail(EXISTS(lang, p=terminal_safe(str(path))))
        except WriteError as e:
            fail(str(e))
        typer.echo(Msg("Skrev {p}", "Wrote {p}")(lang, p=path))
    raise typer.Exit(EXIT_OK)


@review_app.command(
    "report",
    help=help_text(
        Msg(
            "Les skåringsarkene, sjekk dem og ranger skissene (text, json, html eller xlsx).",
            "Read the score sheets, check them and rank the sketches (text, json, html or xlsx).",
        )
    ),
)
def report(
    folder: Annotated[
        Path, arg(nb="Mappen som review init laget.", en="The folder review init made.")
    ],
    fmt: Annotated[
        str,
        opt("--format", "-f", nb="text, json, html eller xlsx.", en="text, json, html or xlsx."),
    ] = "text",
    output: Annotated[
        Path | None,
        opt(
            "--output",
            "-o",
            nb="Skriv til denne filen; - er standard ut.",
            en="Write to this file; - is standard output.",
        ),
    ] = None,
    force: ForceOpt = False,
    lang: LangOpt = Lang.NB,
    today: TodayOpt = None,
) -> None:
    from sketchkit.cli._common import pick_format
    from sketchkit.review import jury as jury_mod
    from sketchkit.review import reports
    from sketchkit.review.collect import collect
    from sketchkit.review.scoring import compute

    format_ = pick_format(reports.ReviewFormat, fmt, lang)
    if format_ is reports.ReviewFormat.XLSX and output is None:
        fail(_XLSX_NEEDS_FILE(lang))
    try:
        the_jury = jury_mod.load(folder, lang)
    except jury_mod.JuryError as e:
        fail(str(e))
    sheets_in = [folder / jury_mod.JURY_FILE] + [
        folder / f"{e.slug}.{suffix}" for e in the_jury.evaluators for suffix in ("yaml", "xlsx")
    ]
    inputs = sheets_in + [Path(s.path) for s in the_jury.sketches]
    if not is_stdout(output):  # before the work: not there without --force, never an input
        refuse_existing(output, force, lang, protect=inputs)
    found = collect(folder, the_jury, lang)
    outcome = compute(the_jury, found.sheets, found.absent)
    problems = found.problems
    if format_ is reports.ReviewFormat.XLSX:
        day = parse_today(today, lang) or dt.date.today()
        data = reports.to_xlsx(the_jury, outcome, problems, lang, day)
    elif format_ is reports.ReviewFormat.JSON:
        data = reports.to_json(the_jury, outcome, problems).encode("utf-8")
    elif format_ is reports.ReviewFormat.HTML:
        data = reports.to_html(the_jury, outcome, problems, lang).encode("utf-8")
    else:
        data = reports.to_text(the_jury, outcome, problems, lang).encode("utf-8")
    if output is None or is_stdout(output):
        write_output(data, Path("-"), force, lang)
    else:
        write_output(data, output, force, lang, protect=inputs)
    raise typer.Exit(EXIT_ERRORS if problems else EXIT_OK)
