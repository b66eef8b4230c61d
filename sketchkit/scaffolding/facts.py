"""The facts a sketch starts from, and how each is checked as soon as it is typed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sketchkit.calls import Call
from sketchkit.checking.rules import org_number
from sketchkit.core.i18n import Lang, Msg
from sketchkit.core.identifiers import (
    display_org_number,
    email_ok,
    municipality_number_ok,
    phone_ok,
)

KINDS = ("municipality", "county_municipality", "state_agency", "health_trust", "other_public")
# The kinds as a municipal adviser says them; the sketch keeps the codes the schema wants.
KIND_NAMES: dict[str, Msg] = {
    "municipality": Msg("kommune", "municipality"),
    "county_municipality": Msg("fylkeskommune", "county municipality"),
    "state_agency": Msg("statlig virksomhet", "state agency"),
    "health_trust": Msg("helseforetak", "health trust"),
    "other_public": Msg("annen offentlig virksomhet", "other public body"),
}
# Short forms people type, in bokmål and nynorsk.
_KIND_WORDS = {
    "statlig": "state_agency",
    "statleg": "state_agency",
    "stat": "state_agency",
    "statlig etat": "state_agency",
    "statleg etat": "state_agency",
    "annen": "other_public",
    "anna": "other_public",
    "annen offentlig": "other_public",
    "anna offentleg": "other_public",
    "fylke": "county_municipality",
}
Check = Callable[[str, Lang], "str | None"]


def kind_code(value: str) -> str | None:
    """The code for a kind of body as typed: the code itself, its name in bokmål, nynorsk or
    English (``kommune``, ``statleg verksemd``), a short form, or its number in the list."""
    typed = " ".join(value.strip().casefold().replace("_", " ").split())
    if typed.isdigit() and 1 <= int(typed) <= len(KINDS):
        return KINDS[int(typed) - 1]
    for code, name in KIND_NAMES.items():
        if typed in {code.replace("_", " "), *(name(lang).casefold() for lang in Lang)}:
            return code
    return _KIND_WORDS.get(typed)


def kind_choices(lang: Lang) -> str:
    """The kinds as a numbered list, for the prompt."""
    return "\n".join(f"  {n}  {KIND_NAMES[code](lang)}" for n, code in enumerate(KINDS, 1))


def _org(value: str, lang: Lang) -> str | None:
    return org_number.diagnose(value, lang)


def _municipality(value: str, lang: Lang) -> str | None:
    if municipality_number_ok(value):
        return None
    return Msg(
        "et kommunenummer har 4 siffer, f.eks. 0301",
        "a municipality number has 4 digits, e.g. 0301",
    )(lang)


def _kind(value: str, lang: Lang) -> str | None:
    if kind_code(value) is not None:
        return None
    return Msg("velg en av: {k}", "choose one of: {k}")(
        lang, k=", ".join(KIND_NAMES[code](lang) for code in KINDS)
    )


def _email(value: str, lang: Lang) -> str | None:
    return (
        None
        if email_ok(value)
        else Msg(
            "ikke en e-postadresse; skriv f.eks. navn@kommune.no",
            "not an e-mail address; write e.g. name@kommune.no",
        )(lang)
    )


def _phone(value: str, lang: Lang) -> str | None:
    return (
        None
        if phone_ok(value)
        else Msg(
            "ikke et telefonnummer; skriv 8 siffer eller +landskode",
            "not a phone number; write 8 digits or +country code",
        )(lang)
    )


def _text(value: str, lang: Lang) -> str | None:
    return None if value.strip() else Msg("kan ikke være tom", "cannot be empty")(lang)


@dataclass(frozen=True, slots=True)
class Fact:
    """One fact: the option that sets it, where it goes in the sketch and how it is checked."""

    option: str
    pointer: str
    prompt: Msg
    check: Check


FACTS: tuple[Fact, ...] = (
    Fact("title", "/title", Msg("Prosjektnavn", "Project name"), _text),
    Fact("applicant", "/applicant/name", Msg("Søkerens navn", "Applicant's name"), _text),
    Fact(
        "org_number",
        "/applicant/org_number",
        Msg("Organisasjonsnummer", "Organisation number"),
        _org,
    ),
    Fact("kind", "/applicant/kind", Msg("Type virksomhet", "Kind of body"), _kind),
    Fact(
        "municipality_number",
        "/applicant/municipality_number",
        Msg("Kommunenummer", "Municipality number"),
        _municipality,
    ),
    Fact("contact_name", "/applicant/contact/name", Msg("Kontaktperson", "Contact person"), _text),
    Fact(
        "contact_role",
        "/applicant/contact/role",
        Msg("Kontaktpersonens rolle", "Contact's role"),
        _text,
    ),
    Fact("contact_email", "/applicant/contact/email", Msg("E-post", "E-mail"), _email),
    Fact("contact_phone", "/applicant/contact/phone", Msg("Telefon", "Phone"), _phone),
)


def normalise(fact: Fact, value: str) -> str:
    """The value as it goes into the sketch (organisation numbers grouped as 964 965 226, a
    kind of body as its code)."""
    value = value.strip()
    if fact.option == "org_number":
        return display_org_number(value)
    if fact.option == "kind":
        return kind_code(value) or value
    return value


_TOO_MANY_CHARS = Msg(
    "for lang: {count} tegn; utlysningen tillater høyst {limit}",
    "too long: {count} characters; the call allows at most {limit}",
)
_TOO_FEW_CHARS = Msg(
    "for kort: {count} tegn; utlysningen krever minst {limit}",
    "too short: {count} characters; the call requires at least {limit}",
)
_TOO_MANY_WORDS = Msg(
    "for lang: {count} ord; grensen er {limit}",
    "too long: {count} words; the limit is {limit}",
)


def limit_problem(call: Call, pointer: str, value: str, lang: Lang) -> str | None:
    """What stops ``value`` at ``pointer`` from passing ``check``'s length limits (the call's
    limits and the schema's), said as soon as it is typed; None when it fits."""
    from sketchkit.checking.rules.word_limit import count_words

    text = value.strip()
    node = call.nav.at(pointer) or {}
    limit = call.limit_for(pointer)
    max_chars = min(
        (n for n in (node.get("maxLength"), limit.max_chars if limit else None) if n is not None),
        default=None,
    )
    min_chars = node.get("minLength")
    if isinstance(max_chars, int) and len(text) > max_chars:
        return _TOO_MANY_CHARS(lang, count=len(text), limit=max_chars)
    if isinstance(min_chars, int) and len(text) < min_chars:
        return _TOO_FEW_CHARS(lang, count=len(text), limit=min_chars)
    if limit is not None and limit.max_words is not None:
        words = count_words(text)
        if words > limit.max_words:
            return _TOO_MANY_WORDS(lang, count=words, limit=limit.max_words)
    return None
