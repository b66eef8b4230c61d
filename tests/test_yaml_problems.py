"""Every problem PyYAML can report reaches the user as a Norwegian message with a tip.

The list is read from PyYAML's own sources (reader, scanner, parser, composer), so a new
wording in a new PyYAML fails here; libyaml (the C loader sketchkit uses) words the same
problems differently, and its wordings are listed below.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import yaml

from sketchkit.core.i18n import Lang
from sketchkit.input import yamldoc

_PYYAML = Path(yaml.__file__).resolve().parent


# What PyYAML puts in "while scanning a %s" and its like: the names of what it scans.
_NAMES = {"a %s node": "a block node", "a %s": "a tag", "an %s": "an anchor"}


def _text(node: ast.expr | None) -> str | None:
    """A string argument, with its %-placeholders filled the way PyYAML fills them."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
        node = node.left
    if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
        return None
    text = node.value
    for pattern, name in _NAMES.items():
        text = text.replace(pattern, name)
    return text.replace("%r", "'x'").replace("%s", "x").replace("%d", "2")


def pyyaml_problems() -> list[tuple[str, str]]:
    """(context, problem) of every error PyYAML's Python sources raise."""
    found: list[tuple[str, str]] = []
    for name in ("reader.py", "scanner.py", "parser.py", "composer.py"):
        tree = ast.parse((_PYYAML / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in {"ScannerError", "ParserError", "ComposerError", "ReaderError"}
            ):
                continue
            args = [_text(a) for a in node.args]
            if node.func.id == "ReaderError":
                # ReaderError(name, position, character, encoding, reason)
                reason = args[4] if len(args) > 4 else None
                found.append(
                    (
                        "",
                        reason
                        or "unacceptable character #x0001: special characters are not allowed",
                    )
                )
                continue
            context = args[0] if args else None
            problem = args[2] if len(args) > 2 else None
            found.append((context or "", problem or ""))
    return found


# libyaml's wordings (scanner.c, parser.c, reader.c and the composer in PyYAML's _yaml.pyx).
LIBYAML_PROBLEMS = [
    ("while scanning for the next token", "found character that cannot start any token"),
    ("", "mapping values are not allowed in this context"),
    ("", "mapping keys are not allowed in this context"),
    ("", "block sequence entries are not allowed in this context"),
    ("while scanning a simple key", "could not find expected ':'"),
    ("while parsing a block collection", "did not find expected '-' indicator"),
    ("while parsing a block mapping", "did not find expected key"),
    ("while parsing a flow sequence", "did not find expected ',' or ']'"),
    ("while parsing a flow mapping", "did not find expected ',' or '}'"),
    ("while parsing a flow mapping", "did not find expected key"),
    ("while parsing a node", "did not find expected node content"),
    ("while parsing a node", "found undefined tag handle"),
    ("", "did not find expected <document start>"),
    ("", "found duplicate %YAML directive"),
    ("", "found incompatible YAML document"),
    ("", "found duplicate %TAG directive"),
    ("while scanning a directive", "found unknown directive name"),
    ("while scanning a directive", "did not find expected directive name"),
    ("while scanning a directive", "found unexpected non-alphabetical character"),
    ("while scanning a directive", "did not find expected comment or line break"),
    ("while scanning a %YAML directive", "did not find expected whitespace"),
    ("while scanning a %YAML directive", "did not find expected digit or '.' character"),
    ("while scanning a %YAML directive", "found extremely long version number"),
    ("while scanning a %TAG directive", "did not find expected whitespace"),
    ("while scanning an anchor", "did not find expected alphabetic or numeric character"),
    ("while scanning an alias", "did not find expected alphabetic or numeric character"),
    ("while scanning a tag", "did not find the expected '>'"),
    ("while scanning a tag", "did not find expected whitespace or line break"),
    ("while parsing a tag", "did not find expected tag URI"),
    ("while parsing a tag", "did not find URI escaped octet"),
    ("while parsing a tag", "found an incorrect leading UTF-8 octet"),
    ("while scanning a block scalar", "found an indentation indicator equal to 0"),
    ("while scanning a block scalar", "did not find expected comment or line break"),
    (
        "while scanning a block scalar",
        "found a tab character where an indentation space is expected",
    ),
    ("while scanning a quoted scalar", "found unexpected end of stream"),
    ("while scanning a quoted scalar", "found unexpected document indicator"),
    ("while parsing a quoted scalar", "found unknown escape character"),
    ("while parsing a quoted scalar", "did not find expected hexdecimal number"),
    ("while parsing a quoted scalar", "found invalid Unicode character escape code"),
    ("while scanning a plain scalar", "found unexpected ':'"),
    ("while scanning a plain scalar", "found a tab character that violates indentation"),
    ("", "found undefined alias"),
    ("found duplicate anchor; first occurrence", "second occurrence"),
    ("expected a single document in the stream", "but found another document"),
    ("", "control characters are not allowed"),
    ("", "invalid leading UTF-8 octet"),
    ("", "incomplete UTF-8 octet sequence"),
    ("", "invalid trailing UTF-8 octet"),
    ("", "invalid length of a UTF-8 sequence"),
    ("", "invalid Unicode character"),
]

ALL_PROBLEMS = pyyaml_problems() + LIBYAML_PROBLEMS


def test_the_scan_finds_pyyamls_problems() -> None:
    problems = {p for _, p in pyyaml_problems()}
    assert "found unexpected end of stream" in problems
    assert "could not find expected ':'" in problems
    assert len(pyyaml_problems()) >= 40


@pytest.mark.parametrize(("context", "problem"), ALL_PROBLEMS)
@pytest.mark.parametrize("lang", [Lang.NB, Lang.NN])
def test_every_pyyaml_problem_has_a_norwegian_message_and_tip(
    context: str, problem: str, lang: Lang
) -> None:
    known = yamldoc._known_problem(f"{context} {problem}", lang)
    assert known is not None, f"no Norwegian message for {context!r} / {problem!r}"
    message, tip = known
    assert message and tip
    assert not problem or problem not in message


@pytest.mark.parametrize(
    ("text", "message", "tip"),
    [
        (
            "a:\n  - x\n  y: 1\n",
            "YAML-feil: et element i en liste har feil innrykk",
            "Alle linjene som starter med «- » i samme liste, må starte i samme kolonne; og et "
            "felt etter listen må rykkes inn som feltene rundt.",
        ),
        (
            "a: b\n- c\n",
            "YAML-feil: innrykket stemmer ikke med linjene rundt",
            "Felt på samme nivå må starte i samme kolonne; sjekk mellomrommene foran.",
        ),
        (
            "a: [1, 2\nb: 3\n",
            "YAML-feil: en liste i klammer [ … ] er ikke lukket",
            "Sjekk at hver [ har sin ], og at elementene skilles med komma. Sett tekst som "
            "inneholder komma eller klammer, i anførselstegn.",
        ),
        (
            "a: \x01\n",
            "YAML-feil: tegnet U+0001 er et kontrolltegn som ikke kan stå i en skisse",
            "Slett tegnet; det kommer ofte fra kopiering fra et annet program. Skal det stå der, "
            "skriv det som \\x01 i en tekst i doble anførselstegn.",
        ),
    ],
)
def test_the_errors_people_make_read_in_norwegian(text: str, message: str, tip: str) -> None:
    doc, problems = yamldoc.load(text, Lang.NB)
    assert doc is None
    assert [(p.message, p.hint) for p in problems] == [(message, tip)]


def test_a_reader_error_points_at_its_line() -> None:
    _, problems = yamldoc.load("a: 1\nb: x\x01\n", Lang.NN)
    assert (problems[0].line, problems[0].column) == (2, 5)
    assert (
        problems[0].message
        == "YAML-feil: teiknet U+0001 er eit kontrollteikn som ikkje kan stå i ei skisse"
    )
