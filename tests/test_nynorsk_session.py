"""A nynorsk session meets no bokmål and no English: every command and every error path is
run as the installed program runs it (through main's language choice), and its output is
searched for tell-tale words. Bokmål and English sessions are run too, for the same paths."""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest

from sketchkit.cli import app
from sketchkit.cli._localise import interface_lang, run
from sketchkit.core.i18n import Lang
from tests.conftest import EXAMPLES, ROOT
from tests.sketches.patches import all_patches, materialize
from tests.test_nynorsk import english_words, telltale_words

# Every bad case as a file, made once: the paths below are chosen when the tests are collected.
BAD = Path(tempfile.mkdtemp(prefix="sketchkit-bad-"))
materialize(BAD, all_patches())

EXAMPLE = EXAMPLES[-1]
COMMANDS = ["new", "check", "render", "summary", "explain", "schema", "calls"]
# Lines that show the user's own sketch (the source under a finding) are theirs, not ours;
# so are a call's sources, cited as their authors wrote them.
_ECHO = re.compile(r"^\s*\d*\s*\|.*$|^(?:Kjelder|Kilder|Sources):\n(?:- .*\n)*", re.M)


def _session(
    args: list[str], lang: Lang, capsys: pytest.CaptureFixture[str], env: dict[str, str]
) -> tuple[int, str]:
    code = run(app, args, interface_lang(args, env))
    out = capsys.readouterr()
    return code, _ECHO.sub("", out.out + out.err)


def _paths() -> list[list[str]]:
    """Every command's help, normal run and error paths."""
    bad = sorted(str(p) for p in BAD.glob("*.yaml"))
    return [
        [],
        ["--help"],
        *([c, "--help"] for c in COMMANDS),
        ["explain"],
        ["explain", "org-number"],
        ["explain", "org-numbr"],
        ["calls"],
        ["calls", "innovasjonspartnerskap-2017", "--today", "01.08.2017"],
        ["calls", "innovasjonspartnerskap-2020"],
        ["calls", "finst-ikkje"],
        ["check", str(EXAMPLE), "--today", "01.08.2017"],
        ["check", *bad],
        ["check", str(EXAMPLE), "--format", "xml"],
        ["check", "finst-ikkje.yaml"],
        ["check", str(EXAMPLE), "--today", "31.02.2017"],
        ["check", str(EXAMPLE), "--max-bytes", "0"],
        ["check", str(EXAMPLE), "--max-bytes", "mykje"],
        ["check", str(EXAMPLE), "--formt", "json"],
        ["check", str(EXAMPLE), "--today"],
        ["check"],
        ["summary", str(EXAMPLE.parent.parent), "--today", "2017-08-01"],
        ["render", str(BAD / "budget-sum.yaml"), "--format", "md", "-o", "-"],
        ["render"],
        ["sjekk", str(EXAMPLE)],
        [str(EXAMPLE)],
        ["chekc"],
        ["--versjon"],
        ["new", "--kind", "borettslag", "--no-input", "--dry-run"],
        ["new", "--title", "x" * 80, "--no-input", "--dry-run"],
        ["new", "--call", "finst-ikkje", "--no-input", "--dry-run"],
    ]


@pytest.mark.parametrize("args", _paths(), ids=lambda a: " ".join(a)[:60] or "(ingenting)")
@pytest.mark.parametrize("how", ["flag", "env"])
def test_a_nynorsk_session_has_no_bokmal_or_english(
    args: list[str], how: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    env = {"SKETCHKIT_LANG": "nn"} if how == "env" else {}
    if how == "env":
        monkeypatch.setenv("SKETCHKIT_LANG", "nn")
    else:
        monkeypatch.delenv("SKETCHKIT_LANG", raising=False)
        args = (
            [*args[:1], "--lang", "nn", *args[1:]]
            if args and args[0] in COMMANDS
            else ["--lang", "nn", *args]
        )
    code, text = _session(args, Lang.NN, capsys, env)
    assert text.strip()
    assert code in (0, 1, 2)
    if "summary" in args:
        # The overview's rows are the sketches' own names and titles («Leve hele livet»).
        text = re.sub(r"(?m)^.*skisse\.yaml.*$", "", text)
    assert telltale_words(text) == [], text


@pytest.mark.parametrize("args", _paths(), ids=lambda a: " ".join(a)[:60] or "(ingenting)")
@pytest.mark.parametrize("lang", [Lang.NB, Lang.EN])
def test_a_bokmal_session_has_no_english_and_english_runs_too(
    args: list[str], lang: Lang, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SKETCHKIT_LANG", lang.value)
    code, text = _session(args, lang, capsys, {"SKETCHKIT_LANG": lang.value})
    assert text.strip()
    assert code in (0, 1, 2)
    if lang is Lang.NB:
        assert english_words(text) == [], text


def test_the_scaffold_guidance_is_nynorsk(capsys: pytest.CaptureFixture[str]) -> None:
    code, text = _session(["new", "--lang", "nn", "--no-input", "--dry-run"], Lang.NN, capsys, {})
    assert code == 0
    guidance = "\n".join(line for line in text.splitlines() if line.lstrip().startswith("#"))
    assert telltale_words(guidance) == []


def _texts(node: Any) -> list[str]:
    """Every title and description, without the English the editor shows on purpose beside
    the user's language (labelled *English:*)."""
    if isinstance(node, dict):
        found = [
            v.split("\n\n*English:*")[0]
            for k, v in node.items()
            if k in {"title", "description", "markdownDescription"} and isinstance(v, str)
        ]
        return found + [t for v in node.values() for t in _texts(v)]
    if isinstance(node, list):
        return [t for v in node for t in _texts(v)]
    return []


def test_the_editor_schema_is_nynorsk(capsys: pytest.CaptureFixture[str]) -> None:
    for call in ("innovasjonspartnerskap-2017", "innovasjonspartnerskap-2020"):
        code, text = _session(["schema", "--call", call, "--lang", "nn"], Lang.NN, capsys, {})
        assert code == 0
        texts = _texts(json.loads(text))
        assert texts
        assert [t for t in texts if telltale_words(t)] == []


def test_a_sketch_in_nynorsk_is_answered_in_nynorsk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SKETCHKIT_LANG", raising=False)
    for f in EXAMPLE.parent.iterdir():
        shutil.copy(f, tmp_path / f.name)
    sketch = tmp_path / "skisse.yaml"
    text = sketch.read_text(encoding="utf-8")
    sketch.write_text(re.sub(r"(?m)^language: nb", "language: nn", text), encoding="utf-8")
    code, out = _session(["check", str(sketch)], Lang.NN, capsys, {})
    assert code == 0
    # Clear-language advice may add info, never an error.
    assert re.search(r": 0 feil, 1 åtvaring, \d+ info; 6/6 kriterium oppfylte\n$", out)
    assert telltale_words(out) == []
    # --lang wins over the sketch.
    _, out = _session(["check", str(sketch), "--lang", "nb"], Lang.NB, capsys, {})
    assert re.search(r": 0 feil, 1 advarsel, \d+ info; 6/6 kriterier oppfylt\n$", out)


@pytest.mark.parametrize(
    ("args", "lang", "expected"),
    [
        (
            ["sjekk", "x.yaml"],
            Lang.NN,
            "Bruk: sketchkit [VAL] KOMMANDO [ARGUMENT]...\nPrøv «sketchkit --help» for hjelp.\n\n"
            "Feil: Ingen kommando heiter «sjekk». Meinte du «check»?\n",
        ),
        (
            ["sjekk", "x.yaml"],
            Lang.NB,
            "Bruk: sketchkit [VALG] KOMMANDO [ARGUMENTER]...\nPrøv «sketchkit --help» for hjelp.\n\n"
            "Feil: Ingen kommando heter «sjekk». Mente du «check»?\n",
        ),
        (
            ["sjekk", "x.yaml", "--lang", "en"],
            Lang.EN,
            "Usage: sketchkit [OPTIONS] COMMAND [ARGS]...\nTry 'sketchkit --help' for help.\n\n"
            "Error: No such command 'sjekk'. Did you mean 'check'?\n",
        ),
        (
            ["skisse.yaml"],
            Lang.NN,
            "Bruk: sketchkit [VAL] KOMMANDO [ARGUMENT]...\nPrøv «sketchkit --help» for hjelp.\n\n"
            "Feil: «skisse.yaml» er ikkje ein kommando. Vil du sjekke fila, skriv: "
            "sketchkit check skisse.yaml\n",
        ),
        (
            ["check", "x.yaml", "--formt", "json"],
            Lang.NB,
            "Bruk: sketchkit check [VALG] {SKISSER}\nPrøv «sketchkit check --help» for hjelp.\n\n"
            "Feil: Ukjent valg: --formt. Mente du «--force», «--format»?\n",
        ),
        (
            ["render", "--lang", "nn"],
            Lang.NN,
            "Bruk: sketchkit render [VAL] {SKISSE}\nPrøv «sketchkit render --help» for hjelp.\n\n"
            "Feil: Argumentet SKISSE manglar.\n",
        ),
        (
            ["check", "x.yaml", "--lang", "xx"],
            Lang.NB,
            "Bruk: sketchkit check [VALG] {SKISSER}\nPrøv «sketchkit check --help» for hjelp.\n\n"
            "Feil: Ugyldig verdi for --lang: «xx» er ikke blant valgene «nb», «nn», «en».\n",
        ),
        (
            ["check", "x.yaml", "--max-bytes", "mykje", "--lang", "en"],
            Lang.EN,
            "Usage: sketchkit check [OPTIONS] {SKETCHES}\nTry 'sketchkit check --help' for help.\n\n"
            "Error: Invalid value for --max-bytes: 'mykje' is not a whole number.\n",
        ),
    ],
)
def test_usage_errors_in_each_language(
    args: list[str],
    lang: Lang,
    expected: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("SKETCHKIT_LANG", raising=False)
    env = {"SKETCHKIT_LANG": "nn"} if lang is Lang.NN and "--lang" not in args else {}
    if env:
        monkeypatch.setenv("SKETCHKIT_LANG", "nn")
    code = run(app, args, interface_lang(args, env))
    out = capsys.readouterr()
    assert code == 2
    assert out.err == expected


@pytest.mark.parametrize("lang", list(Lang))
def test_help_names_nothing_in_another_language(
    lang: Lang, capsys: pytest.CaptureFixture[str]
) -> None:
    code, text = _session(["check", "--help", "--lang", lang.value], lang, capsys, {})
    assert code == 0
    words = {
        Lang.NB: (
            "Bruk:",
            "Valg",
            "Standard: 5 MB (5242880).",
            "[miljøvariabel: SKETCHKIT_LANG]",
            "Vis denne hjelpen og avslutt.",
        ),
        Lang.NN: (
            "Bruk:",
            "Val",
            "Standard: 5 MB (5242880).",
            "[miljøvariabel: SKETCHKIT_LANG]",
            "Vis denne hjelpa og avslutt.",
        ),
        Lang.EN: (
            "Usage:",
            "Options",
            "Default: 5 MB (5242880).",
            "[env var: SKETCHKIT_LANG]",
            "Show this message and exit.",
        ),
    }[lang]
    flat = " ".join(text.replace("│", " ").split())
    for word in words:
        assert word in flat
    assert "<int range>" not in text


def test_no_arguments_show_the_help_once(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SKETCHKIT_LANG", "nn")
    code, text = _session([], Lang.NN, capsys, {"SKETCHKIT_LANG": "nn"})
    assert code == 2
    assert text.count("Bruk: sketchkit [VAL] KOMMANDO [ARGUMENT]...") == 1


def test_lang_before_the_command_reaches_the_command(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SKETCHKIT_LANG", raising=False)
    code, text = _session(["--lang", "nn", "explain", "org-number"], Lang.NN, capsys, {})
    assert code == 0
    assert text.startswith("org-number (feil)\n\nSjekkar: Organisasjonsnummer har 9 siffer")


def test_the_nynorsk_example_is_checked_and_rendered_in_nynorsk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SKETCHKIT_LANG", raising=False)
    sketch = ROOT / "examples" / "hordaland-glatte-veier" / "skisse.yaml"
    code, out = _session(["check", str(sketch), "--today", "2017-08-01"], Lang.NN, capsys, {})
    assert code == 0
    assert re.search(r": 0 feil, 0 åtvaringar, \d+ info; 6/6 kriterium oppfylte\n$", out)
    assert out.splitlines()[-1].startswith(f"{sketch}: ")
    target = tmp_path / "skisse.md"
    args = ["render", str(sketch), "-f", "md", "-o", str(target), "--today", "2017-08-15"]
    code, out = _session(args, Lang.NN, capsys, {})
    assert (code, out) == (0, f"Skreiv {target}\n")


def test_the_overview_files_are_nynorsk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SKETCHKIT_LANG", raising=False)
    html, csv = tmp_path / "o.html", tmp_path / "o.csv"
    args = [
        "summary",
        str(ROOT / "examples"),
        "--lang",
        "nn",
        "--html",
        str(html),
        "--csv",
        str(csv),
    ]
    code, _ = _session([*args, "--today", "2017-08-01"], Lang.NN, capsys, {})
    assert code == 0
    page = re.sub(
        r"<(script|style)[^>]*>.*?</\1>", " ", html.read_text(encoding="utf-8"), flags=re.S
    )
    shown = re.sub(r"<[^>]+>", " ", page)
    # The sketches' own titles and names are theirs; the page's words are ours.
    ours = re.sub(r"(?m)^.*skisse\.yaml.*$", "", shown)
    assert "Åtvaringar" in ours and "Dekningsgrad (sketchkit)" in ours
    assert telltale_words(ours) == []
    header = csv.read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith(
        "Nr.;Utlysing;Fil;Søkjar;Org.nr.;Prosjekt;Søkt beløp (kr);Årleg innsparing (kr);"
    )


@pytest.mark.parametrize(("lang", "word"), [("nb", "ikke vurdert"), ("nn", "ikkje vurdert")])
def test_after_a_syntax_error_the_criteria_are_not_assessed(
    lang: str, word: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SKETCHKIT_LANG", raising=False)
    bad = str(BAD / "yaml-syntax.yaml")
    code, out = _session(["check", bad, "--lang", lang], Lang(lang), capsys, {})
    assert code == 1
    assert f"  ? {word}  Stort, " in out
    assert "mangler" not in out and "manglar" not in out
    assert "Dekningsgrad" not in out
    code, out = _session(["check", bad, "--format", "json"], Lang.NB, capsys, {})
    statuses = {c["status"] for c in json.loads(out)["files"][0]["criteria"]}
    assert statuses == {"not_assessed"}
