"""``sketchkit new``: facts from flags or prompts, the library's scaffold, an atomic write."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from sketchkit.cli import _common
from sketchkit.cli._common import (
    EXIT_OK,
    UI,
    ForceOpt,
    LangOpt,
    app,
    arg,
    fail,
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


@app.command(
    help=Msg(
        "Lag en ny skisse med alle utlysningens felt og veiledning til hvert av dem.",
        "Create a new sketch with every field of the call and guidance for each.",
    )(UI)
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
        str, opt("--call", nb="Utlysningens id eller mappe.", en="The call's id or folder.")
    ] = "innovasjonspartnerskap-2017",
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
            nb="Type virksomhet, f.eks. municipality.",
            en="Kind of body, e.g. municipality.",
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
    from sketchkit.calls import CallError
    from sketchkit.checking.settings import load_checked_call as load_call
    from sketchkit.scaffolding.facts import FACTS, normalise
    from sketchkit.scaffolding.prompt import ask_facts
    from sketchkit.scaffolding.scaffold import scaffold

    try:
        the_call = load_call(call, lang)
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
        problem = fact.check(value, lang)
        if problem is not None:
            fail(f"--{fact.option.replace('_', '-')}: {problem}")
        facts[fact.pointer] = normalise(fact, value)
    target = path / "skisse.yaml" if _is_folder(path) else path
    if not dry_run:
        # Before asking anything; the call's own files are never an output.
        refuse_existing(target, force, lang, protect=[the_call.folder])
        if not no_input and _common.stdin_is_tty():
            facts = ask_facts(facts, lang, ask=input, say=lambda text: typer.echo(text, err=True))
    text = scaffold(
        the_call,
        lang,
        facts,
        schema_uri=the_call.schema_path.resolve().as_uri() if the_call.schema_path else None,
        file_name=target.name,
    )
    write_or_print(text, None if dry_run else target, force, lang, protect=[the_call.folder])
    if not dry_run:
        typer.echo(
            Msg(
                "Laget {p}. Fyll inn alt som er merket <<FYLL INN>>, og kjør: sketchkit check {p}",
                "Created {p}. Fill in everything marked <<FILL IN>>, then run: sketchkit check {p}",
            )(lang, p=terminal_safe(str(target)))
        )
    raise typer.Exit(EXIT_OK)
