"""``sketchkit new``: facts from flags or prompts, the library's scaffold, an atomic write."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from sketchkit.cli import _common
from sketchkit.cli._common import (
    EXIT_OK,
    ForceOpt,
    LangOpt,
    app,
    arg,
    fail,
    help_text,
    opt,
    refuse_existing,
    write_or_print,
)
from sketchkit.core.i18n import Lang, Msg
from sketchkit.core.textsafe import terminal_safe


def _is_folder(path: Path) -> bool:
    """A folder to create the sketch in; a name the system refuses is reported when written."""
    try:
        return path.is_dir()
    except (OSError, ValueError):
        return False


if TYPE_CHECKING:
    from sketchkit.calls import Call


@app.command(
    help=help_text(
        Msg(
            "Lag en ny skisse med alle utlysningens felt og veiledning til hvert av dem.",
            "Create a new sketch with every field of the call and guidance for each.",
        )
    )
)
def new(
    path: Annotated[
        Path,
        arg(
            nb="Filen som lages (standard skisse.yaml).",
            en="The file to create (default skisse.yaml).",
        ),
    ] = Path("skisse.yaml"),
    call: Annotated[
        str | None,
        opt(
            "--call",
            nb="Utlysningens id eller mappe; uten den spør new (standard uten spørsmål: "
            "innovasjonspartnerskap-2017).",
            en="The call's id or folder; without it new asks (default without questions: "
            "innovasjonspartnerskap-2017).",
        ),
    ] = None,
    lang: LangOpt = Lang.NB,
    force: ForceOpt = False,
    no_input: Annotated[
        bool,
        opt(
            "--no-input",
            nb="Still aldri spørsmål (for skript og CI).",
            en="Never ask questions (for scripts and CI).",
        ),
    ] = False,
    dry_run: Annotated[
        bool,
        opt(
            "--dry-run",
            nb="Skriv skissen til standard ut i stedet for til fil.",
            en="Print the sketch instead of writing it.",
        ),
    ] = False,
    title: Annotated[str | None, opt("--title", nb="Prosjektnavn.", en="Project name.")] = None,
    applicant: Annotated[
        str | None, opt("--applicant", nb="Søkerens navn.", en="Applicant's name.")
    ] = None,
    org_number: Annotated[
        str | None, opt("--org-number", nb="Organisasjonsnummer.", en="Organisation number.")
    ] = None,
    kind: Annotated[
        str | None,
        opt(
            "--kind",
            nb="Type virksomhet: kommune, fylkeskommune, statlig virksomhet, helseforetak "
            "eller annen offentlig virksomhet.",
            en="Kind of body: municipality, county municipality, state agency, health trust "
            "or other public body.",
        ),
    ] = None,
    municipality_number: Annotated[
        str | None, opt("--municipality-number", nb="Kommunenummer.", en="Municipality number.")
    ] = None,
    contact_name: Annotated[
        str | None, opt("--contact-name", nb="Kontaktperson.", en="Contact person.")
    ] = None,
    contact_role: Annotated[
        str | None, opt("--contact-role", nb="Kontaktpersonens rolle.", en="Contact's role.")
    ] = None,
    contact_email: Annotated[
        str | None, opt("--contact-email", nb="Kontaktpersonens e-post.", en="Contact's e-mail.")
    ] = None,
    contact_phone: Annotated[
        str | None, opt("--contact-phone", nb="Kontaktpersonens telefon.", en="Contact's phone.")
    ] = None,
) -> None:
    from sketchkit.calls import CallError, builtin_call_ids
    from sketchkit.checking.checker import DEFAULT_CALL
    from sketchkit.checking.settings import load_checked_call as load_call
    from sketchkit.scaffolding.facts import FACTS, limit_problem, normalise
    from sketchkit.scaffolding.prompt import ask_facts, choose_call
    from sketchkit.scaffolding.scaffold import scaffold

    target = path / "skisse.yaml" if _is_folder(path) else path
    asking = not dry_run and not no_input and _common.stdin_is_tty()
    if not dry_run:
        refuse_existing(target, force, lang)  # before asking anything
    try:
        if call is None and asking:
            call = choose_call(
                builtin_call_ids(),
                lambda i: load_call(i, lang),
                lang,
                load_call(DEFAULT_CALL, lang).today(),
                ask=input,
                say=_say,
            )
        the_call = load_call(call or DEFAULT_CALL, lang)
    except CallError as e:
        fail(str(e))
    flags = {
        "title": title,
        "applicant": applicant,
        "org_number": org_number,
        "kind": kind,
        "municipality_number": municipality_number,
        "contact_name": contact_name,
        "contact_role": contact_role,
        "contact_email": contact_email,
        "contact_phone": contact_phone,
    }
    facts: dict[str, str] = {}
    for fact in FACTS:
        value = flags[fact.option]
        if value is None:
            continue
        problem = fact.check(value, lang) or limit_problem(the_call, fact.pointer, value, lang)
        if problem is not None:
            fail(f"--{fact.option.replace('_', '-')}: {problem}")
        facts[fact.pointer] = normalise(fact, value)
    if asking:
        facts = ask_facts(facts, lang, ask=input, say=_say, call=the_call)
    # The editor's schema goes beside the sketch and is named relatively, so the reference
    # survives sharing the folder and upgrading sketchkit (a path into the installed package
    # would not).
    # A call folder's id is the user's text: only a plain name becomes a file name.
    plain = re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,80}", the_call.id)
    schema_file = target.parent / f"{the_call.id if plain else 'skisse'}.schema.json"
    text = scaffold(the_call, lang, facts, schema_uri=schema_file.name, file_name=target.name)
    # The call's own files are never an output.
    write_or_print(text, None if dry_run else target, force, lang, protect=[the_call.folder])
    if not dry_run:
        _write_editor_schema(the_call, schema_file, force, lang)
        typer.echo(
            Msg(
                "Laget {p}. Fyll inn alt som er merket <<FYLL INN>>, og kjør: {program} check {p}",
                "Created {p}. Fill in everything marked <<FILL IN>>, then run: {program} check {p}",
            )(lang, p=terminal_safe(str(target)), program=_common.program())
        )
    raise typer.Exit(EXIT_OK)


def _say(text: str) -> None:
    typer.echo(text, err=True)


def _write_editor_schema(call: Call, schema_file: Path, force: bool, lang: Lang) -> None:
    """The call's editor schema beside the sketch. One already there is kept unless --force
    (``check`` never reads it; ``sketchkit schema -o FILE --force`` renews it)."""
    import json

    from sketchkit.calls.editor_schema import editor_schema
    from sketchkit.core.atomic import WriteError, write_atomic

    if schema_file.exists() and not force:
        return
    data = json.dumps(editor_schema(call, lang), ensure_ascii=False, indent=2) + "\n"
    try:
        write_atomic(schema_file, data.encode("utf-8"), overwrite=force, lang=lang)
    except (FileExistsError, WriteError) as e:
        typer.echo(
            Msg(
                "merk: skjemaet for redigeringsprogrammet ble ikke skrevet: {e}",
                "note: the editor's schema was not written: {e}",
            )(lang, e=e),
            err=True,
        )
