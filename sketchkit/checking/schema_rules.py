"""The call's JSON Schema, applied by a compiled validator, reported in the user's words."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from sketchkit.calls import Call
from sketchkit.calls.navigation import SchemaNav, schema_text
from sketchkit.checking.findings import Finding, Severity
from sketchkit.checking.rule import RuleInfo
from sketchkit.checking.ruleids import RuleId
from sketchkit.core import pointer as ptr
from sketchkit.core.i18n import Lang, Msg, pick
from sketchkit.core.numbers import format_number
from sketchkit.input.yamldoc import YamlDocument

if TYPE_CHECKING:
    import jsonschema_rs

_SCHEMA_WHY = Msg(
    "Utlysningens skjema sier hvilke felt en skisse må ha, og hva de skal inneholde.",
    "The call's schema says which fields a sketch must have, and what they hold.",
)

REQUIRED = RuleInfo(
    RuleId.SCHEMA_REQUIRED,
    Severity.ERROR,
    Msg("Alle påkrevde felt er med.", "Every required field is present."),
    _SCHEMA_WHY,
    Msg(
        "Legg til feltet; «sketchkit new» viser alle felt med veiledning.",
        "Add the field; 'sketchkit new' shows every field with guidance.",
    ),
)
UNKNOWN = RuleInfo(
    RuleId.SCHEMA_UNKNOWN_FIELD,
    Severity.ERROR,
    Msg("Ingen ukjente felt.", "No unknown fields."),
    Msg(
        "Et ukjent felt er som regel en skrivefeil i feltnavnet, og teksten i det "
        "ville ikke kommet med i dokumentet.",
        "An unknown field is usually a typo in the field name, and its text would "
        "not reach the document.",
    ),
    Msg(
        "Rett feltnavnet, eller flytt innholdet til riktig felt.",
        "Fix the field name, or move the content to the right field.",
    ),
)
TYPE = RuleInfo(
    RuleId.SCHEMA_TYPE,
    Severity.ERROR,
    Msg(
        "Hvert felt har riktig type (tekst, tall, liste, seksjon).",
        "Each field has the right type (text, number, list, section).",
    ),
    _SCHEMA_WHY,
    Msg(
        "Skriv verdien slik feltbeskrivelsen sier.",
        "Write the value as the field's description says.",
    ),
)
ENUM = RuleInfo(
    RuleId.SCHEMA_ENUM,
    Severity.ERROR,
    Msg(
        "Felt med faste valg har et av de tillatte valgene.",
        "Fields with fixed choices hold one of the allowed choices.",
    ),
    _SCHEMA_WHY,
    Msg(
        "Velg en av verdiene som er listet i meldingen.",
        "Pick one of the values listed in the message.",
    ),
)
FORMAT = RuleInfo(
    RuleId.SCHEMA_FORMAT,
    Severity.ERROR,
    Msg(
        "Datoer, beløp og lignende har riktig form.", "Dates, amounts and the like are well-formed."
    ),
    _SCHEMA_WHY,
    Msg(
        "Skriv datoer som 2017-08-21 og beløp i hele kroner som 1 250 000.",
        "Write dates as 2017-08-21 and amounts in whole kroner as 1 250 000.",
    ),
)
RANGE = RuleInfo(
    RuleId.SCHEMA_RANGE,
    Severity.ERROR,
    Msg(
        "Tall, tekster og lister er innenfor skjemaets grenser.",
        "Numbers, texts and lists are within the schema's bounds.",
    ),
    _SCHEMA_WHY,
    Msg(
        "Juster verdien eller antallet så det er innenfor grensen i meldingen.",
        "Adjust the value or the count to within the bound in the message.",
    ),
)
SCHEMA_RULES: tuple[RuleInfo, ...] = (REQUIRED, UNKNOWN, TYPE, ENUM, FORMAT, RANGE)

_TYPE_WORDS = {
    "string": Msg("tekst", "text"),
    "integer": Msg("et heltall", "a whole number"),
    "number": Msg("et tall", "a number"),
    "array": Msg("en liste (linjer som starter med «- »)", "a list (lines starting with '- ')"),
    "object": Msg("en seksjon med felt under seg", "a section with fields below it"),
    "boolean": Msg("true eller false", "true or false"),
    "null": Msg("tomt", "empty"),
}
_FOUND_WORDS: dict[type, Msg] = {
    str: Msg("tekst", "text"),
    bool: Msg("true/false", "true/false"),
    int: Msg("et tall", "a number"),
    float: Msg("et desimaltall", "a decimal number"),
    list: Msg("en liste", "a list"),
    dict: Msg("en seksjon med felt", "a section with fields"),
}
_OR = Msg(" eller ", " or ")

_M_REQUIRED = Msg("feltet {field} mangler", "the field {field} is missing")
_M_TOP = Msg("skissens øverste nivå", "the top level of the sketch")
_M_UNKNOWN = Msg("ukjent felt «{key}» i {parent}", "unknown field '{key}' in {parent}")
_M_DID_YOU_MEAN = Msg("Mente du «{suggestion}»?", "Did you mean '{suggestion}'?")
_M_ALLOWED = Msg("Tillatte felt her: {allowed}.", "Fields allowed here: {allowed}.")
_M_EMPTY = Msg("{field} er tomt; forventet {expected}", "{field} is empty; expected {expected}")
_M_TYPE = Msg(
    "{field} må være {expected}; fant {found}", "{field} must be {expected}; found {found}"
)
_M_ENUM = Msg(
    "{field} må være en av {options}; fant «{value}»",
    "{field} must be one of {options}; found '{value}'",
)
_M_CUSTOM = Msg("{field} {text}; fant «{value}»", "{field} {text}; found '{value}'")
_M_MIN_ITEMS = Msg(
    "{field} må ha minst {limit} element; har {count}",
    "{field} must have at least {limit} item(s); has {count}",
)
_M_MAX_ITEMS = Msg(
    "{field} kan ha høyst {limit} element; har {count}",
    "{field} may have at most {limit} item(s); has {count}",
)
_M_MIN = Msg(
    "{field} må være minst {limit}; er {value}", "{field} must be at least {limit}; is {value}"
)
_M_MAX = Msg(
    "{field} kan være høyst {limit}; er {value}", "{field} may be at most {limit}; is {value}"
)
_M_XMIN = Msg(
    "{field} må være større enn {limit}; er {value}",
    "{field} must be greater than {limit}; is {value}",
)
_M_XMAX = Msg(
    "{field} må være mindre enn {limit}; er {value}",
    "{field} must be less than {limit}; is {value}",
)
_M_MIN_LEN = Msg(
    "{field} må ha minst {limit} tegn; har {count}",
    "{field} must have at least {limit} characters; has {count}",
)
_M_MAX_LEN = Msg(
    "{field} kan ha høyst {limit} tegn; har {count}",
    "{field} may have at most {limit} characters; has {count}",
)
_RANGE = {
    "minItems": _M_MIN_ITEMS,
    "maxItems": _M_MAX_ITEMS,
    "minimum": _M_MIN,
    "maximum": _M_MAX,
    "exclusiveMinimum": _M_XMIN,
    "exclusiveMaximum": _M_XMAX,
    "minLength": _M_MIN_LEN,
    "maxLength": _M_MAX_LEN,
}
_LENGTHS = frozenset({"minLength", "maxLength"})
_M_OTHER = Msg(
    "{field} stemmer ikke med skjemaet: {detail}", "{field} does not match the schema: {detail}"
)


def validate(doc: YamlDocument, call: Call, nav: SchemaNav, lang: Lang) -> Iterator[Finding]:
    for error in call.validator.iter_errors(doc.data):
        yield from _to_findings(error, doc, nav, lang)


def _description(nav: SchemaNav, pointer: str, lang: Lang) -> str | None:
    node = nav.at(pointer)
    if not node:
        return None
    return schema_text(node, "description", lang) or None


def _custom_text(nav: SchemaNav, schema_path: list[str | int], lang: Lang) -> str | None:
    for node in reversed(nav.at_schema_path(schema_path)):
        texts = node.get("x-error")
        if isinstance(texts, dict):
            return pick(texts, lang)
    return None


def _named(nav: SchemaNav, pointer: str, lang: Lang) -> str:
    """A field as the user knows it: its title from the schema, then its YAML path —
    «Prosjektnavn» (title); the path alone where the schema gives no title."""
    if not pointer:
        return _M_TOP(lang)
    path = ptr.dotted(pointer)
    node = nav.at(pointer)
    title = schema_text(node, "title", lang) if node else ""
    quoted = "'{}'" if lang is Lang.EN else "«{}»"
    return f"{quoted.format(title)} ({path})" if title else quoted.format(path)


def _show(
    value: Any, doc: YamlDocument | None = None, pointer: str = "", lang: Lang = Lang.NB
) -> str:
    """A value as the user wrote it: ``false``, not ``False``; ``4,8`` in Norwegian."""
    raw = doc.raw.get(pointer) if doc is not None else None
    if raw is not None:
        text = raw
    elif isinstance(value, bool | int | float):
        text = format_number(value, lang)
    else:
        text = str(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _to_findings(
    error: jsonschema_rs.ValidationError, doc: YamlDocument, nav: SchemaNav, lang: Lang
) -> Iterator[Finding]:
    pointer = "".join(f"/{ptr.escape(str(t))}" for t in error.instance_path)
    field = _named(nav, pointer, lang)
    kind = error.kind.name
    import difflib  # only when there is an error to explain; saves start-up time

    info: dict[str, Any] = error.kind.as_dict()
    value = error.instance

    def at(
        rule: RuleInfo,
        message: str,
        hint: str | None = None,
        *,
        where: str = pointer,
        key: bool = False,
    ) -> Finding:
        line, column = doc.where(where, key=key)
        return Finding(rule.id, rule.severity, message, where, line, column, hint)

    if kind == "required":
        missing = ptr.join(pointer, info["property"])
        line, column = doc.where(pointer, key=True)
        yield Finding(
            REQUIRED.id,
            REQUIRED.severity,
            _M_REQUIRED(lang, field=_named(nav, missing, lang)),
            missing,
            line,
            column,
            _description(nav, missing, lang),
        )
    elif kind == "additionalProperties":
        allowed = sorted((nav.at(pointer) or {}).get("properties", {}))
        for key in info.get("unexpected", []):
            close = difflib.get_close_matches(str(key), allowed, n=1, cutoff=0.6)
            hint = (
                _M_DID_YOU_MEAN(lang, suggestion=close[0])
                if close
                else _M_ALLOWED(lang, allowed=", ".join(allowed))
            )
            yield at(
                UNKNOWN,
                _M_UNKNOWN(lang, key=key, parent=field),
                hint,
                where=ptr.join(pointer, str(key)),
                key=True,
            )
    elif kind == "type":
        expected = _OR(lang).join(
            _TYPE_WORDS[t](lang) if t in _TYPE_WORDS else t for t in info.get("types", [])
        )
        if value is None:
            yield at(
                TYPE,
                _M_EMPTY(lang, field=field, expected=expected),
                _description(nav, pointer, lang),
            )
        else:
            found = _FOUND_WORDS.get(type(value), Msg("?", "?"))(lang)
            yield at(
                TYPE,
                _M_TYPE(lang, field=field, expected=expected, found=found),
                _description(nav, pointer, lang),
            )
    elif kind == "enum":
        titles = (nav.at(pointer) or {}).get("x-enum-titles") or {}
        codes = list(info.get("options", []))
        shown = [
            f"{_show(o, lang=lang)} ({pick(titles[o], lang)})"
            if isinstance(o, str) and isinstance(titles.get(o), dict)
            else _show(o, lang=lang)
            for o in codes
        ]
        # «0,5; 1,5», not «0,5, 1,5»: a decimal comma must not read as a separator.
        options = ("; " if any("," in o for o in shown) else ", ").join(shown)
        # «kommune» written for municipality: the code whose title it is, in any language.
        by_title = {
            text.casefold(): code
            for code, names in titles.items()
            if isinstance(names, dict)
            for text in [*names.values(), pick(names, Lang.NN)]
        }
        typed = str(value).strip().casefold()
        near = difflib.get_close_matches(typed, list(by_title), n=1, cutoff=0.75)
        named = by_title.get(typed) or (by_title[near[0]] if near else None)
        close = (
            [named]
            if named
            else difflib.get_close_matches(str(value), [str(o) for o in codes], n=1)
        )
        enum_hint = (
            _M_DID_YOU_MEAN(lang, suggestion=close[0])
            if close
            else _description(nav, pointer, lang)
        )
        yield at(
            ENUM,
            _M_ENUM(lang, field=field, options=options, value=_show(value, doc, pointer, lang)),
            enum_hint,
        )
    elif kind in _RANGE and (
        kind not in _LENGTHS or _custom_text(nav, error.schema_path, lang) is None
    ):
        # Lengths with a field-specific message (x-error) fall through to it below.
        count = len(value) if isinstance(value, list | str) else 0
        yield at(
            RANGE,
            _RANGE[kind](
                lang,
                field=field,
                limit=_show(info.get("limit"), lang=lang),
                count=count,
                value=_show(value, doc, pointer, lang),
            ),
            _description(nav, pointer, lang),
        )
    else:
        custom = _custom_text(nav, error.schema_path, lang)
        if custom is not None:
            yield at(
                FORMAT,
                _M_CUSTOM(lang, field=field, text=custom, value=_show(value, doc, pointer, lang)),
                _description(nav, pointer, lang),
            )
        else:
            yield at(
                FORMAT,
                _M_OTHER(lang, field=field, detail=error.message),
                _description(nav, pointer, lang),
            )
