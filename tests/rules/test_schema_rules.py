"""schema-*: the call's JSON Schema in the user's words, at the exact line and column.

Each kind of error is checked on a small schema of its own (every keyword sketchkit words
itself), and the common ones once more on the real 2017 call.
"""

from __future__ import annotations

from typing import Any

import pytest

from sketchkit.checking.ruleids import RuleId
from sketchkit.checking.schema_rules import validate
from sketchkit.core.i18n import Lang
from sketchkit.input import yamldoc
from tests.rules.sketch import ERROR, Found, applicant, as_found, call_2017, findings

SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["name"],
    "properties": {
        "name": {"type": "string", "description": "Navnet.", "x-description-en": "The name."},
        "count": {"type": "integer", "minimum": 1, "maximum": 10, "description": "Antallet."},
        "share": {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1},
        "tags": {"type": "array", "minItems": 1, "maxItems": 2, "items": {"type": "string"}},
        "code": {"type": "string", "minLength": 2, "maxLength": 4},
        "text": {"$ref": "#/$defs/text"},
        "short": {
            "type": "string",
            "maxLength": 3,
            "x-error": {"nb": "må være en forkortelse", "en": "must be an abbreviation"},
        },
        "kind": {"enum": ["municipality", "state_agency"], "description": "Hva slags."},
        "level": {"enum": [1, 2, 3]},
        "date": {"$ref": "#/$defs/date"},
        "word": {"type": "string", "pattern": "^[a-z]+$", "description": "Ett ord."},
        "flag": {"type": "boolean"},
        "either": {"type": ["string", "integer"]},
        "section": {
            "type": "object",
            "additionalProperties": False,
            "required": ["first"],
            "x-error": {"nb": "følger ikke seksjonens regler", "en": "breaks the section's rules"},
            "properties": {
                "first": {"type": "string"},
                "second": {"type": "string", "pattern": "^x$"},
                "abbr": {
                    "type": "string",
                    "maxLength": 2,
                    "x-error": {"nb": "må være to bokstaver", "en": "must be two letters"},
                },
            },
        },
    },
    "$defs": {
        "text": {
            "type": "string",
            "minLength": 1,
            "x-error": {"nb": "må være tekst som ikke er tom", "en": "must be non-empty text"},
        },
        "date": {
            "type": "string",
            "format": "date",
            "x-error": {"nb": "må være en dato som 2017-08-21", "en": "must be a date"},
        },
    },
}


def schema_findings(
    text: str, lang: Lang = Lang.NB, schema: dict[str, Any] = SCHEMA
) -> list[Found]:
    call = call_2017(schema=schema)
    doc, problems = yamldoc.load(text, lang)
    assert doc is not None and problems == []
    return [as_found(f) for f in validate(doc, call, call.nav, lang)]


REQUIRED, UNKNOWN, TYPE = RuleId.SCHEMA_REQUIRED, RuleId.SCHEMA_UNKNOWN_FIELD, RuleId.SCHEMA_TYPE
ENUM, FORMAT, RANGE = RuleId.SCHEMA_ENUM, RuleId.SCHEMA_FORMAT, RuleId.SCHEMA_RANGE
ALLOWED = (
    "code, count, date, either, flag, kind, level, name, section, share, short, tags, text, word"
)

# (sketch, what it says in bokmål, (message, hint) in English)
CASES: list[tuple[str, list[Found], list[tuple[str, str | None]]]] = [
    (
        "count: 1\n",
        [Found(1, 1, ERROR, REQUIRED, "feltet «name» mangler", "Navnet.")],
        [("the field 'name' is missing", "The name.")],
    ),
    (
        "name: x\nsection:\n  second: x\n",
        [Found(2, 1, ERROR, REQUIRED, "feltet «section.first» mangler", None)],
        [("the field 'section.first' is missing", None)],
    ),
    (
        "name: x\nnmae: y\n",
        [
            Found(
                2,
                1,
                ERROR,
                UNKNOWN,
                "ukjent felt «nmae» i skissens øverste nivå",
                "Mente du «name»?",
            )
        ],
        [("unknown field 'nmae' in the top level of the sketch", "Did you mean 'name'?")],
    ),
    (
        "name: x\nzzzz: 1\n",
        [
            Found(
                2,
                1,
                ERROR,
                UNKNOWN,
                "ukjent felt «zzzz» i skissens øverste nivå",
                f"Tillatte felt her: {ALLOWED}.",
            )
        ],
        [
            (
                "unknown field 'zzzz' in the top level of the sketch",
                f"Fields allowed here: {ALLOWED}.",
            )
        ],
    ),
    (
        "name: x\nsection:\n  first: a\n  thrid: b\n",
        [
            Found(
                4,
                3,
                ERROR,
                UNKNOWN,
                "ukjent felt «thrid» i «section»",
                "Tillatte felt her: abbr, first, second.",
            )
        ],
        [("unknown field 'thrid' in 'section'", "Fields allowed here: abbr, first, second.")],
    ),
    (
        "name:\n",
        [Found(1, 6, ERROR, TYPE, "«name» er tomt; forventet tekst", "Navnet.")],
        [("'name' is empty; expected text", "The name.")],
    ),
    (
        "name: x\neither:\n",
        [Found(2, 8, ERROR, TYPE, "«either» er tomt; forventet et heltall eller tekst", None)],
        [("'either' is empty; expected a whole number or text", None)],
    ),
    (
        "name: 1\n",
        [Found(1, 7, ERROR, TYPE, "«name» må være tekst; fant et tall", "Navnet.")],
        [("'name' must be text; found a number", "The name.")],
    ),
    (
        "name: 1.5\n",
        [Found(1, 7, ERROR, TYPE, "«name» må være tekst; fant et desimaltall", "Navnet.")],
        [("'name' must be text; found a decimal number", "The name.")],
    ),
    (
        "name: true\n",
        [Found(1, 7, ERROR, TYPE, "«name» må være tekst; fant true/false", "Navnet.")],
        [("'name' must be text; found true/false", "The name.")],
    ),
    (
        "name: [a]\n",
        [Found(1, 7, ERROR, TYPE, "«name» må være tekst; fant en liste", "Navnet.")],
        [("'name' must be text; found a list", "The name.")],
    ),
    (
        "name: {a: 1}\n",
        [Found(1, 7, ERROR, TYPE, "«name» må være tekst; fant en seksjon med felt", "Navnet.")],
        [("'name' must be text; found a section with fields", "The name.")],
    ),
    (
        'name: x\ncount: "3"\n',
        [Found(2, 8, ERROR, TYPE, "«count» må være et heltall; fant tekst", "Antallet.")],
        [("'count' must be a whole number; found text", "Antallet.")],
    ),
    (
        "name: x\nflag: ja\n",
        [Found(2, 7, ERROR, TYPE, "«flag» må være true eller false; fant tekst", None)],
        [("'flag' must be true or false; found text", None)],
    ),
    (
        "name: x\neither: [1]\n",
        [Found(2, 9, ERROR, TYPE, "«either» må være et heltall eller tekst; fant en liste", None)],
        [("'either' must be a whole number or text; found a list", None)],
    ),
    (
        "name: x\nsection: abc\n",
        [
            Found(
                2,
                10,
                ERROR,
                TYPE,
                "«section» må være en seksjon med felt under seg; fant tekst",
                None,
            )
        ],
        [("'section' must be a section with fields below it; found text", None)],
    ),
    (
        "name: x\ntags: abc\n",
        [
            Found(
                2,
                7,
                ERROR,
                TYPE,
                "«tags» må være en liste (linjer som starter med «- »); fant tekst",
                None,
            )
        ],
        [("'tags' must be a list (lines starting with '- '); found text", None)],
    ),
    (
        "name: x\nkind: municipalty\n",
        [
            Found(
                2,
                7,
                ERROR,
                ENUM,
                "«kind» må være en av municipality, state_agency; fant «municipalty»",
                "Mente du «municipality»?",
            )
        ],
        [
            (
                "'kind' must be one of municipality, state_agency; found 'municipalty'",
                "Did you mean 'municipality'?",
            )
        ],
    ),
    (
        "name: x\nkind: zzz\n",
        [
            Found(
                2,
                7,
                ERROR,
                ENUM,
                "«kind» må være en av municipality, state_agency; fant «zzz»",
                "Hva slags.",
            )
        ],
        [("'kind' must be one of municipality, state_agency; found 'zzz'", "Hva slags.")],
    ),
    (
        "name: x\nlevel: 4\n",
        [Found(2, 8, ERROR, ENUM, "«level» må være en av 1, 2, 3; fant «4»", None)],
        [("'level' must be one of 1, 2, 3; found '4'", None)],
    ),
    (
        "name: x\ncount: 0\n",
        [Found(2, 8, ERROR, RANGE, "«count» må være minst 1; er 0", "Antallet.")],
        [("'count' must be at least 1; is 0", "Antallet.")],
    ),
    (
        "name: x\ncount: 11\n",
        [Found(2, 8, ERROR, RANGE, "«count» kan være høyst 10; er 11", "Antallet.")],
        [("'count' may be at most 10; is 11", "Antallet.")],
    ),
    (
        "name: x\nshare: 0\n",
        [Found(2, 8, ERROR, RANGE, "«share» må være større enn 0; er 0", None)],
        [("'share' must be greater than 0; is 0", None)],
    ),
    (
        "name: x\nshare: 1\n",
        [Found(2, 8, ERROR, RANGE, "«share» må være mindre enn 1; er 1", None)],
        [("'share' must be less than 1; is 1", None)],
    ),
    (
        "name: x\ntags: []\n",
        [Found(2, 7, ERROR, RANGE, "«tags» må ha minst 1 element; har 0", None)],
        [("'tags' must have at least 1 item(s); has 0", None)],
    ),
    (
        "name: x\ntags: [a, b, c]\n",
        [Found(2, 7, ERROR, RANGE, "«tags» kan ha høyst 2 element; har 3", None)],
        [("'tags' may have at most 2 item(s); has 3", None)],
    ),
    (
        "name: x\ncode: a\n",
        [Found(2, 7, ERROR, RANGE, "«code» må ha minst 2 tegn; har 1", None)],
        [("'code' must have at least 2 characters; has 1", None)],
    ),
    (
        "name: x\ncode: abcde\n",
        [Found(2, 7, ERROR, RANGE, "«code» kan ha høyst 4 tegn; har 5", None)],
        [("'code' may have at most 4 characters; has 5", None)],
    ),
    (
        # A length with a field's own message (x-error, here from a $ref) says that instead.
        "name: x\ntext: ''\n",
        [Found(2, 7, ERROR, FORMAT, "«text» må være tekst som ikke er tom; fant «»", None)],
        [("'text' must be non-empty text; found ''", None)],
    ),
    (
        "name: x\nshort: abcd\n",
        [Found(2, 8, ERROR, FORMAT, "«short» må være en forkortelse; fant «abcd»", None)],
        [("'short' must be an abbreviation; found 'abcd'", None)],
    ),
    (
        "name: x\ndate: 2017-13-01\n",
        [
            Found(
                2,
                7,
                ERROR,
                FORMAT,
                "«date» må være en dato som 2017-08-21; fant «2017-13-01»",
                None,
            )
        ],
        [("'date' must be a date; found '2017-13-01'", None)],
    ),
    (
        # No message of our own for a pattern: the validator's, said to be one.
        "name: x\nword: ABC\n",
        [
            Found(
                2,
                7,
                ERROR,
                FORMAT,
                '«word» stemmer ikke med skjemaet: "ABC" does not match "^[a-z]+$"',
                "Ett ord.",
            )
        ],
        [('\'word\' does not match the schema: "ABC" does not match "^[a-z]+$"', "Ett ord.")],
    ),
    (
        # A slash in a key is escaped in the pointer, and the finding still finds the key.
        "name: x\na/b: 1\n",
        [
            Found(
                2,
                1,
                ERROR,
                UNKNOWN,
                "ukjent felt «a/b» i skissens øverste nivå",
                f"Tillatte felt her: {ALLOWED}.",
            )
        ],
        [
            (
                "unknown field 'a/b' in the top level of the sketch",
                f"Fields allowed here: {ALLOWED}.",
            )
        ],
    ),
    (
        # Close enough to suggest (difflib's ratio 0.67, above its 0.6 cut-off).
        "name: x\nnamxy: 1\n",
        [
            Found(
                2,
                1,
                ERROR,
                UNKNOWN,
                "ukjent felt «namxy» i skissens øverste nivå",
                "Mente du «name»?",
            )
        ],
        [("unknown field 'namxy' in the top level of the sketch", "Did you mean 'name'?")],
    ),
    (
        # The innermost x-error wins over the section's own.
        "name: x\nsection:\n  first: a\n  abbr: abc\n",
        [Found(4, 9, ERROR, FORMAT, "«section.abbr» må være to bokstaver; fant «abc»", None)],
        [("'section.abbr' must be two letters; found 'abc'", None)],
    ),
    (
        # A field without an x-error of its own takes the nearest one around it.
        "name: x\nsection:\n  first: a\n  second: y\n",
        [
            Found(
                4,
                11,
                ERROR,
                FORMAT,
                "«section.second» følger ikke seksjonens regler; fant «y»",
                None,
            )
        ],
        [("'section.second' breaks the section's rules; found 'y'", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected", "english"), CASES, ids=[c[0].splitlines()[-1] for c in CASES]
)
def test_each_kind_of_schema_error(
    text: str, expected: list[Found], english: list[tuple[str, str | None]]
) -> None:
    assert schema_findings(text) == expected
    assert [(f.message, f.hint) for f in schema_findings(text, Lang.EN)] == english


@pytest.mark.parametrize(
    ("value", "shown"),
    [("a" * 60, "a" * 60), ("a" * 61, "a" * 57 + "…")],
)
def test_a_long_value_is_shortened_in_the_message(value: str, shown: str) -> None:
    (found,) = schema_findings(f"name: x\nkind: {value}\n")
    assert found.message == f"«kind» må være en av municipality, state_agency; fant «{shown}»"


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        (Lang.NB, "skissens øverste nivå må være en seksjon med felt under seg; fant en liste"),
        (
            Lang.NN,
            "det øvste nivået i skissa må vere ein seksjon med felt under seg; fann ei liste",
        ),
        (
            Lang.EN,
            "the top level of the sketch must be a section with fields below it; found a list",
        ),
    ],
)
def test_the_top_level_is_named_in_words_in_every_language(lang: Lang, message: str) -> None:
    (found,) = schema_findings("- a\n- b\n", lang)
    assert (found.line, found.column, found.rule, found.message) == (1, 1, TYPE, message)


def test_a_valid_document_has_no_findings() -> None:
    assert schema_findings("name: x\ncount: 10\nshare: 0.5\ntags: [a, b]\ncode: ab\n") == []


def test_on_the_real_call_a_misspelt_field_is_unknown_and_the_right_one_missing() -> None:
    assert findings(applicant().replace("  org_number:", "  org_nummer:")) == [
        Found(
            1,
            1,
            ERROR,
            REQUIRED,
            "feltet «Organisasjonsnummer» (applicant.org_number) mangler",
            "Organisasjonsnummeret fra Brønnøysundregistrene: 9 siffer, gjerne skrevet som "
            "964 965 226.",
        ),
        Found(
            3,
            3,
            ERROR,
            UNKNOWN,
            "ukjent felt «org_nummer» i «Søker» (applicant)",
            "Mente du «org_number»?",
        ),
    ]


def test_on_the_real_call_a_list_item_missing_a_field_points_at_the_item() -> None:
    case = "risks:\n  - risk: Forsinkelser\n    mitigaton: Ansatte deltar i utformingen.\n"
    assert findings(case) == [
        Found(
            2,
            5,
            ERROR,
            REQUIRED,
            "feltet «Tiltak» (risks[0].mitigation) mangler",
            "Hva dere gjør for å hindre eller begrense det.",
        ),
        Found(
            3, 5, ERROR, UNKNOWN, "ukjent felt «mitigaton» i «risks[0]»", "Mente du «mitigation»?"
        ),
    ]


def test_on_the_real_call_the_calls_own_messages() -> None:
    assert findings("title: ''\n") == [
        Found(
            1,
            8,
            ERROR,
            FORMAT,
            "«Prosjektnavn» (title) må være tekst som ikke er tom; fant «»",
            "Et kort, beskrivende navn på prosjektet.",
        )
    ]
    case = (
        "budget:\n  own_costs:\n    - item: A\n      amount_nok: mange\n"
        "  companies_development_nok: 9 000 000\n"
        "  own_contribution_nok: 4 000 000\n  requested_nok: 9 000 000\n"
    )
    assert findings(case) == [
        Found(
            4,
            19,
            ERROR,
            FORMAT,
            "«Beløp (kr)» (budget.own_costs[0].amount_nok) må være et beløp i hele kroner, "
            "f.eks. 1 250 000; fant «mange»",
            "Beløpet i kroner.",
        )
    ]


DECIMALS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "ratio": {"type": "number", "maximum": 2.5},
        "step": {"enum": [0.5, 1.5]},
        "half": {
            "type": "number",
            "multipleOf": 0.5,
            "x-error": {"nb": "må være hele eller halve", "en": "must be whole or half"},
        },
    },
}


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            Lang.NB,
            [
                "«ratio» kan være høyst 2,5; er 3.50",
                "«step» må være en av 0,5; 1,5; fant «2.0»",
                "«half» må være hele eller halve; fant «0.70»",
            ],
        ),
        (
            Lang.EN,
            [
                "'ratio' may be at most 2.5; is 3.50",
                "'step' must be one of 0.5, 1.5; found '2.0'",
                "'half' must be whole or half; found '0.70'",
            ],
        ),
    ],
)
def test_limits_and_options_in_the_languages_numbers_values_as_written(
    lang: Lang, expected: list[str]
) -> None:
    found = schema_findings("ratio: 3.50\nstep: 2.0\nhalf: 0.70\n", lang, DECIMALS)
    assert [(f.line, f.column, f.rule) for f in found] == [
        (1, 8, RANGE),
        (2, 7, ENUM),
        (3, 7, FORMAT),
    ]
    assert [f.message for f in found] == expected


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("kommune", "municipality"),  # the bokmål title
        ("Kommunen", "municipality"),  # near a title
        ("statleg verksemd", "state_agency"),  # the nynorsk title
        ("State agency", "state_agency"),  # the English title
        ("fylkeskommunal", "county_municipality"),
        ("munisipality", "municipality"),  # near a code
    ],
)
def test_on_the_real_call_a_kind_written_in_words_suggests_its_code(typed: str, meant: str) -> None:
    (found,) = findings(applicant(kind=typed))
    assert (found.line, found.column, found.rule) == (4, 9, ENUM)
    assert found.message == (
        "«Type virksomhet» (applicant.kind) må være en av municipality (Kommune), "
        "county_municipality (Fylkeskommune), state_agency (Statlig virksomhet), health_trust "
        f"(Helseforetak), other_public (Annen offentlig virksomhet); fant «{typed}»"
    )
    assert found.hint == f"Mente du «{meant}»?"


def test_on_the_real_call_a_kind_like_nothing_gets_the_fields_description() -> None:
    (found,) = findings(applicant(kind="xyz"), lang=Lang.EN)
    assert found.message == (
        "'Kind of body' (applicant.kind) must be one of municipality (Municipality), "
        "county_municipality (County municipality), state_agency (State agency), health_trust "
        "(Health trust), other_public (Other public body); found 'xyz'"
    )
    assert (
        found.hint
        == "municipality, county_municipality, state_agency, health_trust or other_public."
    )
