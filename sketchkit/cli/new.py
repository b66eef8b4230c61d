"""``sketchkit new``: facts from flags or prompts, the library's scaffold, an atomic write."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

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
    from sketchkit.calls import CallError, load_call
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
    target = path / "skisse.yaml" if path.is_dir() else path
    if not dry_run:
        refuse_existing(target, force, lang)  # before asking anything
        if not no_input and _common.stdin_is_tty():
            facts = ask_facts(facts, lang, ask=input, say=lambda text: typer.echo(text, err=True))
    text = scaffold(
        the_call,
        lang,
        facts,
        schema_uri=the_call.schema_path.resolve().as_uri(),
        file_name=target.name,
    )
    write_or_print(text, None if dry_run else target, force, lang)
    if not dry_run:
        typer.echo(
            Msg(
                "Laget {p}. Fyll inn alt som er merket <<FYLL INN>>, og kjør: sketchkit check {p}",
                "Created {p}. Fill in everything marked <<FILL IN>>, then run: sketchkit check {p}",
            )(lang, p=target)
        )
    raise typer.Exit(EXIT_OK)
