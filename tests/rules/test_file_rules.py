"""The file itself: YAML syntax, duplicate keys, size and depth limits, encoding, not text,
empty, too large; each with its rule, exact message and hint, at its line and column."""

from __future__ import annotations

import codecs
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from sketchkit.checking.checker import CheckOptions, check_file, check_text
from sketchkit.checking.ruleids import RuleId
from sketchkit.core.i18n import Lang
from sketchkit.input import yamldoc
from sketchkit.input.yamldoc import MAX_DEPTH, MAX_NODES, MAX_SCALAR_CHARS
from tests.rules.sketch import ERROR, Found, as_found

OPTIONS = CheckOptions(today=dt.date(2017, 8, 1))
SYNTAX = RuleId.YAML_SYNTAX
LIMIT_HINT = (
    "En skisse trenger bare noen få nivåer og noen hundre verdier. Fjern ankrene og skriv "
    "verdiene ut."
)


def problems(text: str, lang: Lang = Lang.NB) -> list[Found]:
    """What ``check`` says about a text whose YAML cannot be read (so nothing else is said)."""
    result = check_text(text, options=CheckOptions(lang=lang, today=OPTIONS.today))
    return [as_found(f) for f in result.findings]


# The loader class that composes a small sketch (its name differs between versions of yamldoc).
_LOADER_NAME = "_SmallLoader" if hasattr(yamldoc, "_SmallLoader") else "_Loader"


class _PythonLoader(yaml.SafeLoader):
    resolve = getattr(yamldoc, _LOADER_NAME).resolve


@pytest.fixture(params=["libyaml", "python"])
def loader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Both of PyYAML's parsers: libyaml where it is built in, pure Python where it is not."""
    if request.param == "python":
        # Small files go through libyaml's composer (_SmallLoader), large ones through the
        # counting one (_Loader): both become the pure-Python parser.
        monkeypatch.setattr(yamldoc, "_Loader", _PythonLoader)
        monkeypatch.setattr(yamldoc, "_SmallLoader", _PythonLoader)
    yield request.param


KNOWN = [
    (
        "a: @x\n",
        (1, 4),
        "et tegn her kan ikke starte en verdi",
        "Står det en tabulator i innrykket? YAML krever mellomrom. Er det en @ eller ` først i en "
        "tekst? Sett teksten i anførselstegn.",
    ),
    (
        "a: b: c\n",
        (1, 5),
        "kolon på et sted der det ikke kan stå",
        'Ofte et kolon inne i en tekst. Sett teksten i anførselstegn: tittel: "Del 1: Behov".',
    ),
    (
        "a: 1\nb c\nd: 2\n",
        (3, 1),
        "fant ikke kolonet som skulle komme",
        "Mangler kolon etter feltnavnet, eller innrykket er feil på linjen over.",
    ),
    (
        "a: *x\n",
        (1, 4),
        "en *referanse viser til et &anker som ikke finnes",
        "Skriv verdien ut i stedet for *referansen.",
    ),
    (
        "a: 1\n---\nb: 2\n",
        (2, 1),
        "filen har flere dokumenter (---)",
        "En skisse er ett dokument; fjern den ekstra --- eller del filen.",
    ),
    (
        'a: "abc',
        (1, 8),
        "filen slutter midt i en verdi",
        "Et anførselstegn eller en klamme er ikke lukket.",
    ),
    (
        'a: "abc\n---\nb: 1\n',
        (2, 1),
        "en linje med --- eller ... står midt i en tekst",
        "Lukk anførselstegnet før linjen, eller rykk linjen inn så den hører til teksten.",
    ),
    (
        "a:\n\tb: 1\n",
        (2, 1),
        "et tegn her kan ikke starte en verdi",
        "Tabulator i innrykket: YAML krever mellomrom. Bytt tabulatorene med mellomrom.",
    ),
]


@pytest.mark.parametrize(
    ("text", "where", "message", "hint"),
    KNOWN,
    ids=["token", "colon", "no-colon", "alias", "documents", "end", "quote", "tab"],
)
def test_known_yaml_errors_in_the_users_words(
    loader: str, text: str, where: tuple[int, int], message: str, hint: str
) -> None:
    assert problems(text) == [Found(*where, ERROR, SYNTAX, f"YAML-feil: {message}", hint)]


def test_bad_indentation_in_each_parsers_words(loader: str) -> None:
    # libyaml words it differently from pure Python; both reach the user in the same Norwegian.
    (found,) = problems("a:\n  b: 1\n c: 2\n")
    assert found == Found(
        3,
        2,
        ERROR,
        SYNTAX,
        "YAML-feil: innrykket stemmer ikke med linjene rundt",
        "Felt på samme nivå må starte i samme kolonne; sjekk mellomrommene foran.",
    )


def test_a_tab_anywhere_before_the_error_gets_the_tab_hint() -> None:
    (found,) = problems("a: 1\n\tb: 2\n")
    assert found == Found(
        2,
        1,
        ERROR,
        SYNTAX,
        "YAML-feil: en tabulator står der YAML krever mellomrom",
        "Tabulator i innrykket: YAML krever mellomrom. Bytt tabulatorene med mellomrom.",
    )


def test_a_tab_after_the_error_is_not_the_cause() -> None:
    (found,) = problems("a: b: c\t\n")
    assert found.hint == (
        'Ofte et kolon inne i en tekst. Sett teksten i anførselstegn: tittel: "Del 1: Behov".'
    )


def test_known_errors_in_english() -> None:
    assert problems("a: b: c\n", Lang.EN) == [
        Found(
            1,
            5,
            ERROR,
            SYNTAX,
            "YAML error: a colon where none is allowed",
            'Often a colon inside text. Put the text in quotes: title: "Part 1: Need".',
        )
    ]
    assert problems("a:\n\tb: 1\n", Lang.EN)[0].hint == (
        "A tab in the indentation: YAML needs spaces. Replace the tabs with spaces."
    )


def test_duplicate_keys_name_both_lines_and_keep_the_first() -> None:
    result = check_text("a: 1\nb:\n  c: 2\n  c: 3\na: 4\n", options=OPTIONS)
    assert [as_found(f) for f in result.findings if f.rule == RuleId.DUPLICATE_KEY] == [
        Found(
            4,
            3,
            ERROR,
            RuleId.DUPLICATE_KEY,
            "feltet «c» står to ganger: på linje 3 og linje 4",
            "Slett den ene. sketchkit bruker den første (linje 3).",
        ),
        Found(
            5,
            1,
            ERROR,
            RuleId.DUPLICATE_KEY,
            "feltet «a» står to ganger: på linje 1 og linje 5",
            "Slett den ene. sketchkit bruker den første (linje 1).",
        ),
    ]
    assert result.document is not None
    assert result.document.data["a"] == 1 and result.document.data["b"] == {"c": 2}


def test_a_key_that_is_not_text_is_a_syntax_error() -> None:
    result = check_text("? [x]\n: 1\ncall: innovasjonspartnerskap-2017\n", options=OPTIONS)
    assert [as_found(f) for f in result.findings if f.rule == SYNTAX] == [
        Found(1, 3, ERROR, SYNTAX, "et feltnavn må være tekst")
    ]
    doc, found = yamldoc.load("? [x]\n: 1\n", Lang.EN)
    assert doc is not None and doc.data == {}
    assert [p.message for p in found] == ["a field name must be text"]


def _deep(n: int) -> str:
    return "a: " + "[" * n + "]" * n


def test_nesting_to_the_limit_is_read_and_one_deeper_is_refused() -> None:
    doc, found = yamldoc.load(_deep(MAX_DEPTH), Lang.NB)
    assert doc is not None and found == []
    assert problems(_deep(MAX_DEPTH + 1)) == [
        Found(
            1,
            4 + MAX_DEPTH,
            ERROR,
            RuleId.YAML_LIMITS,
            f"strukturen er nøstet dypere enn {MAX_DEPTH} nivåer",
            LIMIT_HINT,
        )
    ]


def test_libyamls_own_depth_guard_is_a_limit_too() -> None:
    assert problems(_deep(5000), Lang.EN) == [
        Found(
            1,
            1003,
            ERROR,
            RuleId.YAML_LIMITS,
            f"the structure is nested deeper than {MAX_DEPTH} levels",
            "A sketch needs only a few levels and a few hundred values. Remove the anchors and "
            "write the values out.",
        )
    ]


def _values(n: int) -> str:
    """A document of exactly ``n`` values: the root, the list and n - 2 items."""
    return "a: [" + ",".join(["x"] * (n - 2)) + "]"


def test_values_to_the_limit_are_read_and_one_more_is_refused() -> None:
    doc, found = yamldoc.load(_values(MAX_NODES), Lang.NB)
    assert doc is not None and found == []
    assert problems(_values(MAX_NODES + 1)) == [
        Found(
            1,
            5 + 2 * (MAX_NODES - 2),  # the item that is one value too many
            ERROR,
            RuleId.YAML_LIMITS,
            f"dokumentet blir over {MAX_NODES} verdier (kanskje &anker og *referanser som vokser)",
            LIMIT_HINT,
        )
    ]


def test_a_value_as_long_as_the_limit_is_read_and_one_character_more_is_refused() -> None:
    doc, found = yamldoc.load("a: " + "x" * MAX_SCALAR_CHARS, Lang.NB)
    assert doc is not None and found == []
    assert problems("a: " + "x" * (MAX_SCALAR_CHARS + 1)) == [
        Found(
            1,
            4,
            ERROR,
            RuleId.YAML_LIMITS,
            f"en verdi har {MAX_SCALAR_CHARS + 1} tegn; grensen er {MAX_SCALAR_CHARS}",
            LIMIT_HINT,
        )
    ]


def _file(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "skisse.yaml"
    path.write_bytes(data)
    return path


def _file_findings(path: Path, **options: object) -> list[Found]:
    opts = CheckOptions(today=OPTIONS.today, **options)  # type: ignore[arg-type]
    return [as_found(f) for f in check_file(path, opts).findings]


def test_an_empty_file_and_one_of_comments_only(tmp_path: Path) -> None:
    empty = Found(
        1,
        1,
        ERROR,
        RuleId.EMPTY_FILE,
        "filen er tom",
        "Lag en ny skisse med «sketchkit new», eller fyll inn feltene.",
    )
    assert _file_findings(_file(tmp_path, b"")) == [empty]
    assert _file_findings(_file(tmp_path, b"# bare en kommentar\n\n   \n")) == [empty]


def test_windows_1252_is_an_encoding_error_at_its_place(tmp_path: Path) -> None:
    path = _file(tmp_path, "a: 1\ntitle: Blåbær\n".encode("cp1252"))
    assert _file_findings(path) == [
        Found(
            2,
            10,
            ERROR,
            RuleId.ENCODING,
            "filen ser ut til å være lagret som Windows-1252/Latin-1 (her står «title: Blåbær»), "
            "ikke UTF-8",
            "Åpne filen i et redigeringsprogram og lagre den med tegnkoding UTF-8 (i Notisblokk: "
            "Lagre som → Koding: UTF-8).",
        )
    ]


def test_utf16_with_a_bom_is_read(tmp_path: Path) -> None:
    path = _file(tmp_path, codecs.BOM_UTF16_LE + "call: x\n".encode("utf-16-le"))
    assert RuleId.CALL_UNKNOWN in [f.rule for f in _file_findings(path)]


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.4\n", "en PDF-fil"),
        (b"PK\x03\x04rest", "et Word-dokument eller en zip-fil"),
        (b"\xd0\xcf\x11\xe0", "et eldre Office-dokument (.doc)"),
        (b"{\\rtf1", "et RTF-dokument"),
        (b"\x89PNG\r\n", "et PNG-bilde"),
        (b"\xff\xd8\xff\xe0", "et JPEG-bilde"),
        (b"a: 1\n\x00\x01", "binærdata"),
    ],
)
def test_a_file_that_is_not_text(tmp_path: Path, data: bytes, kind: str) -> None:
    assert _file_findings(_file(tmp_path, data)) == [
        Found(
            1,
            1,
            ERROR,
            RuleId.NOT_TEXT,
            f"filen er ikke tekst, men {kind}",
            "sketchkit leser skisser skrevet som YAML-tekst (.yaml). Lagre eller skriv skissen "
            "som ren tekst.",
        )
    ]


def test_a_file_at_the_size_limit_is_read_and_one_byte_more_is_refused(tmp_path: Path) -> None:
    path = _file(tmp_path, b"call: innovasjonspartnerskap-2017\n" + b"#" * 66)  # 100 bytes
    assert RuleId.FILE_TOO_LARGE not in [f.rule for f in _file_findings(path, max_bytes=100)]
    assert _file_findings(path, max_bytes=99) == [
        Found(
            1,
            1,
            ERROR,
            RuleId.FILE_TOO_LARGE,
            "filen er 100 byte; grensen er 99 byte",
            "En skisse er noen få kilobyte. Sjekk at det er riktig fil, eller øk grensen med "
            "--max-bytes.",
        )
    ]
