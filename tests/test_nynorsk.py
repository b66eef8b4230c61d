"""Every text the user can meet exists in bokmål, nynorsk and English, and the nynorsk reads
as nynorsk: the catalogues are complete and no tell-tale bokmål word hides in them."""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from sketchkit.core.i18n import nynorsk_catalogue

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "sketchkit"

# Words a nynorsk text never has (bokmål forms), and English words of the framework.
BOKMAL_WORDS = (
    "ikke",
    "jeg",
    "hva",
    "hvordan",
    "hvorfor",
    "hvem",
    "hvilken",
    "hvilke",
    "hver",
    "bare",
    "fra",
    "mangler",
    "noen",
    "være",
    "også",
    "mye",
    "skissen",
    "filen",
    "mappen",
    "løsning",
    "løsninger",
    "virksomhet",
    "tjenester",
    "søker",
    "finnes",
    "kjør",
    "hjelpen",
    "valget",
    "valgene",
    "feltene",
    "sjekket",
    "advarsel",
    "advarsler",
    "utlysningen",
    "utlysningens",
    "ble",
    "hvis",
    "dere",
    "deres",
    "gjør",
    "sier",
    "leser",
    "skrevet",
    "uten",
    "selv",
    "tegn",
    "navn",
    "lagret",
    "laget",
    "noe",
    "hele",
    "samme",
    "kommer",
    "mulig",
)
ENGLISH_WORDS = (
    "Usage",
    "Missing",
    "Show this message",
    "Error",
    "Options",
    "Arguments",
    "Commands",
    "default",
    "env var",
    "required",
    "Try",
    "No such",
    "Did you mean",
    "Invalid value",
    "is not one of",
    "Aborted",
    "int range",
    "the",
    "is",
)
_TELLTALE = re.compile(
    r"(?<![\w.\-/])("
    + "|".join(re.escape(w) for w in BOKMAL_WORDS + ENGLISH_WORDS)
    + r")(?![\w\-])",
    re.IGNORECASE,
)


_ENGLISH = re.compile(
    r"(?<![\w.\-/])(" + "|".join(re.escape(w) for w in ENGLISH_WORDS) + r")(?![\w\-])",
    re.IGNORECASE,
)


def _prose(text: str) -> str:
    """Quoted values («…»), code (`…`), placeholders ({…}) and file paths are the user's or
    the program's, not prose."""
    return re.sub(r"«[^»]*»|`[^`]*`|\{[^}]*\}|\S+\.(?:yaml|yml|pdf|json)\b", " ", text)


def telltale_words(text: str) -> list[str]:
    """Bokmål or English words in a text meant to be nynorsk."""
    return [m.group(1) for m in _TELLTALE.finditer(_prose(text))]


def english_words(text: str) -> list[str]:
    """English words in a text meant to be Norwegian (bokmål or nynorsk)."""
    return [m.group(1) for m in _ENGLISH.finditer(_prose(text))]


def _msg_literals() -> Iterator[tuple[str, str, str]]:
    """(file, bokmål, English) for every ``Msg("…", "…")`` and every ``nb=…, en=…`` help text."""
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            where = str(path.relative_to(ROOT))
            pairs = []
            if node.func.id == "Msg" and len(node.args) == 2:
                pairs.append((node.args[0], node.args[1]))
            kw = {k.arg: k.value for k in node.keywords}
            if "nb" in kw and "en" in kw:
                pairs.append((kw["nb"], kw["en"]))
            for nb, en in pairs:
                if isinstance(nb, ast.Constant) and isinstance(en, ast.Constant):
                    yield where, str(nb.value), str(en.value)


def _schema_texts() -> Iterator[tuple[str, str, str | None]]:
    """(file, bokmål, English) for every title and description in the calls' schemas, every
    ``{nb: …, en: …}`` in them, and every such text in call.yaml."""

    def walk(node: object, where: str) -> Iterator[tuple[str, str, str | None]]:
        if isinstance(node, dict):
            for key in ("title", "description"):
                if isinstance(node.get(key), str):
                    english = node.get(f"x-{key}-en")
                    yield where, node[key], english if isinstance(english, str) else None
            if isinstance(node.get("nb"), str):
                english = node.get("en")
                yield where, node["nb"], english if isinstance(english, str) else None
            for value in node.values():
                yield from walk(value, where)
        elif isinstance(node, list):
            for value in node:
                yield from walk(value, where)

    for path in sorted((ROOT / "schemas").glob("*/sketch.schema.json")):
        yield from walk(json.loads(path.read_text(encoding="utf-8")), str(path.relative_to(ROOT)))
    for path in sorted((ROOT / "schemas").glob("*/call.yaml")):
        call = yaml.safe_load(path.read_text(encoding="utf-8"))
        # A call's sources are citations, shown as their authors wrote them in every language
        # (the loader allows a source only a title and a url): not texts to translate.
        call.pop("sources", None)
        yield from walk(call, str(path.relative_to(ROOT)))


def test_every_message_has_nynorsk_and_english() -> None:
    catalogue = nynorsk_catalogue()
    lacking = [f"{where}: {nb!r}" for where, nb, en in _msg_literals() if nb not in catalogue]
    no_english = [f"{where}: {nb!r}" for where, nb, en in _msg_literals() if nb and not en]
    assert not lacking, "no nynorsk in sketchkit/core/nynorsk/*.json for:\n" + "\n".join(lacking)
    assert not no_english


def test_every_schema_and_call_text_has_nynorsk_and_english() -> None:
    catalogue = nynorsk_catalogue()
    texts = list(_schema_texts())
    lacking = [f"{where}: {nb!r}" for where, nb, _ in texts if nb not in catalogue]
    no_english = [f"{where}: {nb!r}" for where, nb, en in texts if not en]
    assert not lacking, "no nynorsk in sketchkit/core/nynorsk/*.json for:\n" + "\n".join(lacking)
    assert not no_english, "no English for:\n" + "\n".join(no_english)


def test_nynorsk_keeps_every_field_of_the_message() -> None:
    fields = re.compile(r"\{[^{}]*\}")
    wrong = [
        bokmal
        for bokmal, nynorsk in nynorsk_catalogue().items()
        if sorted(fields.findall(bokmal)) != sorted(fields.findall(nynorsk))
    ]
    assert not wrong


def test_the_nynorsk_has_no_bokmal_or_english_words() -> None:
    found = {
        nynorsk: words
        for nynorsk in nynorsk_catalogue().values()
        if (words := telltale_words(nynorsk))
    }
    assert not found


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Fila finst ikkje", []),
        ("Filen finnes ikke", ["Filen", "finnes", "ikke"]),
        ("Usage: sketchkit check [OPTIONS]", ["Usage", "OPTIONS"]),
        ("feltet «hva som ikke virker» manglar", []),
        ("sjå fra.yaml", []),
    ],
)
def test_the_word_list_finds_what_it_should(text: str, words: list[str]) -> None:
    assert telltale_words(text) == words
