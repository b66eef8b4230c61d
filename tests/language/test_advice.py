"""Clear-language advice in `check`: exactly what each sketch declares, suppressible, never
an error, never a criterion, and the exit code changes only with --strict."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import pytest

from sketchkit.checking.checker import CheckOptions, check_file
from sketchkit.checking.clear_language import RULE_IDS
from sketchkit.core.i18n import Lang
from tests.conftest import EXAMPLES, ROOT, run_cli

_EXPECT = re.compile(r"#\s*expect:\s*(?P<rules>[\w\-, ]+)")


def expectations(path: Path) -> set[tuple[int, str]]:
    """``(line, rule)`` for each ``# expect: RULE`` comment in a sketch."""
    found: set[tuple[int, str]] = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        for m in _EXPECT.finditer(line):
            found |= {(number, rule.strip()) for rule in m.group("rules").split(",")}
    return found


SKETCHES = sorted((ROOT / "tests" / "sketches" / "klarsprak").glob("*.yaml"))
TODAY = dt.date(2017, 8, 1)
STAVANGER = ROOT / "examples" / "stavanger-hjemmetjenester" / "skisse.yaml"

# One sentence of 48 words (over 40): a warning.
LONG_SUMMARY = (
    "summary: >\n"
    "  Stavanger kommune vil sammen med leverandørene utvikle nye løsninger som gjør at\n"
    "  innbyggere med behov for helse- og omsorgstjenester kan bo trygt hjemme lenger, og\n"
    "  som gjør at de ansatte i hjemmetjenesten bruker mindre tid på å kjøre mellom brukerne\n"
    "  og mer tid på selve omsorgen hver dag.\n"
)


@pytest.mark.parametrize("path", SKETCHES, ids=lambda p: p.stem)
def test_each_sketch_reports_exactly_the_advice_it_declares(path: Path) -> None:
    expected = expectations(path)
    result = check_file(path, CheckOptions(today=TODAY))
    assert {(f.line, f.rule) for f in result.findings if f.rule in RULE_IDS} == expected


def _messages(path: Path, lang: Lang = Lang.NB) -> list[tuple[str, str, str | None]]:
    result = check_file(path, CheckOptions(today=TODAY, lang=lang))
    return [(f.severity.value, f.message, f.hint) for f in result.findings if f.rule in RULE_IDS]


def test_messages_and_tips_are_exact() -> None:
    folder = SKETCHES[0].parent
    assert _messages(folder / "klarsprak-long-sentence.yaml") == [
        (
            "info",
            "setningen på linje 6 har 28 ord (over 25): «Fylkeskommunen vil sammen med "
            "kommunene og næringslivet utvikle en tjeneste som varsler …»",
            "Del setningen etter «veier før de oppstår»: sett punktum der og begynn en ny setning.",
        ),
        (
            "warning",
            "setningen på linje 11 har 41 ord (over 25): «Veiene går gjennom et kystklima der "
            "temperaturen svinger rundt null grader store …»",
            "Del setningen etter «glatte partier oppstår raskt»: sett punktum der og begynn en "
            "ny setning.",
        ),
    ]
    assert _messages(folder / "klarsprak-lix.yaml")[0] == (
        "warning",
        "LIKS 77,1 (svært vanskelig): 8,5 ord per setning og 69 % lange ord (sju bokstaver "
        "eller flere)",
        "Setningene er korte nok; bytt lange ord med kortere der det går, eller del "
        "sammensatte ord. De lengste her: «dobbeltregistrering», «tjenesteproduksjon», "
        "«dokumentasjonskrav».",
    )
    assert _messages(folder / "klarsprak-abbreviation.yaml") == [
        (
            "info",
            "forkortelsen «LUP» brukes på linje 6 før den forklares på linje 11",
            "Skriv den fulle formen første gang, med forkortelsen i parentes: «fullt navn (LUP)».",
        ),
        (
            "info",
            "forkortelsen «DFØ» (linje 6) er ikke forklart noe sted i skissen",
            "Skriv den fulle formen første gang, med forkortelsen i parentes: «fullt navn (DFØ)».",
        ),
    ]
    assert _messages(folder / "klarsprak-nominal-style.yaml")[0][1] == (
        "25 % av ordene er substantiv på -ing, -sjon, -het eller -else: «gjennomføring», "
        "«kartlegging», «evalueringen», «vurdering», «organiseringen»"
    )
    assert _messages(folder / "klarsprak-repeated-word.yaml") == [
        (
            "info",
            "samme ord to ganger i én setning: «tjenesten» 2 ganger (linje 6), «hjelpe» 2 "
            "ganger (linje 6)",
            "Bytt det ene «tjenesten» med et pronomen (den, det, de) eller et annet ord, eller "
            "del setningen.",
        )
    ]


def test_messages_in_nynorsk_and_english() -> None:
    sketch = SKETCHES[0].parent / "klarsprak-s-passive.yaml"
    assert _messages(sketch, Lang.NN) == [
        (
            "info",
            "2 s-passiv etter modalverb: «må vurderast» (linje 6), «skal ikkje greiast» (linje 6)",
            "Skriv kven som gjer det: «vi må vurdere» i staden for «må vurderast».",
        )
    ]
    assert _messages(sketch, Lang.EN) == [
        (
            "info",
            "2 s-passive(s) after a modal verb: 'må vurderast' (line 6), 'skal ikkje greiast' "
            "(line 6)",
            "Say who does it: 'vi må vurdere' instead of 'må vurderast'.",
        )
    ]


@pytest.fixture
def long_summary(tmp_path: Path) -> Path:
    """Stavanger's example with a summary of one 48-word sentence (a warning)."""
    shutil.copytree(STAVANGER.parent, tmp_path / "skisse")
    sketch = tmp_path / "skisse" / "skisse.yaml"
    text = sketch.read_text(encoding="utf-8")
    start = text.index("summary: >\n")
    end = text.index("\n\n", start) + 1
    sketch.write_text(text[:start] + LONG_SUMMARY + text[end:], encoding="utf-8")
    return sketch


def test_advice_never_changes_the_exit_code_unless_strict(long_summary: Path) -> None:
    r = run_cli("check", long_summary, "--today", "2017-08-01")
    assert r.exit_code == 0, r.stdout
    assert "advarsel klarsprak-long-sentence setningen på linje 7 har 48 ord" in r.stdout
    assert run_cli("check", long_summary, "--today", "2017-08-01", "--strict").exit_code == 1
    # A project may turn the advice off; then --strict passes again.
    (long_summary.parent / "sketchkit.toml").write_text(
        "[klarsprak]\nenabled = false\n", encoding="utf-8"
    )
    assert run_cli("check", long_summary, "--today", "2017-08-01", "--strict").exit_code == 0


def test_advice_never_blocks_render(long_summary: Path, tmp_path: Path) -> None:
    out = tmp_path / "skisse.md"
    r = run_cli("render", long_summary, "-f", "md", "-o", out, "--today", "2017-08-15")
    assert r.exit_code == 0, r.stdout + r.stderr
    assert out.exists()


def test_advice_never_weakens_a_criterion(long_summary: Path) -> None:
    result = check_file(long_summary, CheckOptions(today=TODAY))
    assert any(f.severity.value == "warning" and f.rule in RULE_IDS for f in result.findings)
    assert result.valid
    assert {c.status.value for c in result.criteria} == {"met"}
    assert result.score == 1.0


def test_advice_is_suppressed_with_a_reason(long_summary: Path) -> None:
    text = long_summary.read_text(encoding="utf-8")
    long_summary.write_text(
        text.replace(
            "summary: >\n",
            "summary: >  # sketchkit: ignore[klarsprak-long-sentence] juryen vil ha én setning\n",
        ),
        encoding="utf-8",
    )
    result = check_file(long_summary, CheckOptions(today=TODAY))
    on_summary = [f.rule for f in result.findings if f.pointer == "/summary"]
    assert on_summary == ["klarsprak-repeated-word"]  # only the rule the comment names
    # Without a reason the suppression is reported, as for any rule.
    long_summary.write_text(
        text.replace("summary: >\n", "summary: >  # sketchkit: ignore[klarsprak-long-sentence]\n"),
        encoding="utf-8",
    )
    found = check_file(long_summary, CheckOptions(today=TODAY)).findings
    assert [f.rule for f in found if f.line == 6] == ["klarsprak-repeated-word", "suppression"]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.parent.name)
def test_examples_get_advice_but_stay_valid(path: Path) -> None:
    today = dt.date(2020, 3, 1) if "2020" in path.parent.name else TODAY
    result = check_file(path, CheckOptions(today=today))
    assert result.valid and result.score == 1.0
    assert all(f.rule in RULE_IDS for f in result.findings)
    assert all(f.severity.value in ("info", "warning") for f in result.findings)
    assert result.language is not None and result.lix is not None
    assert [f.pointer for f in result.language.fields][:2] == ["/summary", "/need/description"]


def test_json_has_a_language_section_per_file() -> None:
    sketch = SKETCHES[0].parent / "klarsprak-s-passive.yaml"
    r = run_cli("check", sketch, "-f", "json", "--today", "2017-08-01")
    (doc,) = json.loads(r.stdout)["files"]
    assert doc["language"] == {
        "lang": "nn",
        "words": 30,
        "sentences": 4,
        "long_words": 8,
        "lix": 34.2,
        "fields": [
            {
                "pointer": "/summary",
                "line": 5,
                "words": 30,
                "sentences": 4,
                "long_words": 8,
                "lix": 34.2,
                "words_per_sentence": 7.5,
                "long_word_share": 0.267,
                "nominal_share": 0.033,  # «løysingar»
                "long_sentences": [],
                "s_passives": [
                    {"line": 6, "text": "må vurderast"},
                    {"line": 6, "text": "skal ikkje greiast"},
                ],
                "repeated_words": [],
            }
        ],
    }


def test_text_output_has_the_table_per_file() -> None:
    sketch = SKETCHES[0].parent / "klarsprak-lix.yaml"
    r = run_cli("check", sketch, "--today", "2017-08-01")
    table = r.stdout.split("\nKlarspråk", 1)[1].split("\n\n", 1)[0]
    assert table == (
        " – sketchkits råd, ikke krav i utlysningen (skissen er på bokmål)\n"
        "  felt               linje  ord  setninger  lange ord  LIKS\n"
        "  /summary               5   51          6  35 (69 %)  77,1\n"
        "  /need/description     14   66          6  27 (41 %)  51,9\n"
        "  -----------------  -----  ---  ---------  ---------  ----\n"
        "  hele skissen              117         12  62 (53 %)  62,7"
    )


def test_the_klarsprak_command(tmp_path: Path) -> None:
    sketch = SKETCHES[0].parent / "klarsprak-repeated-word.yaml"
    r = run_cli("klarsprak", sketch)
    assert r.exit_code == 0
    assert r.stdout == (
        f"{sketch}\n"
        "Klarspråk – sketchkits råd, ikke krav i utlysningen (skissen er på bokmål)\n"
        "  felt          linje  ord  setninger  lange ord  LIKS\n"
        "  /summary          5   18          2   6 (33 %)  42,3\n"
        "  ------------  -----  ---  ---------  ---------  ----\n"
        "  hele skissen          18          2   6 (33 %)  42,3\n"
        "\n"
        "Råd\n"
        f"{sketch}:5:10: info klarsprak-repeated-word samme ord to ganger i én setning: "
        "«tjenesten» 2 ganger (linje 6), «hjelpe» 2 ganger (linje 6)\n"
        "      = tips: Bytt det ene «tjenesten» med et pronomen (den, det, de) eller et annet "
        "ord, eller del setningen.\n"
    )
    doc = json.loads(run_cli("klarsprak", sketch, "--format", "json").stdout)
    (entry,) = doc["files"]
    assert entry["language"]["lix"] == 42.3
    assert [f["rule"] for f in entry["findings"]] == ["klarsprak-repeated-word"]
    # Exit 2 when a file cannot be read; 1 when its YAML stops the measuring.
    assert run_cli("klarsprak", tmp_path / "finnes-ikke.yaml").exit_code == 2
    broken = tmp_path / "brutt.yaml"
    broken.write_text("summary: >\n  tekst\n title: x\n", encoding="utf-8")
    r = run_cli("klarsprak", broken)
    assert r.exit_code == 1
    assert "tekstene kunne ikke måles" in r.stdout
    assert run_cli("klarsprak", sketch, "--format", "xml").exit_code == 2


def test_explain_says_it_is_advice() -> None:
    r = run_cli("explain", "klarsprak-lix")
    assert r.exit_code == 0
    assert "sketchkits råd, ikke et krav i utlysningen" in r.stdout


def test_block_lines_are_read_as_written(tmp_path: Path) -> None:
    sketch = tmp_path / "skisse.yaml"
    sketch.write_text(
        "call: innovasjonspartnerskap-2017\n"
        "language: nb\n"
        "summary: |  # en liste uten punktum\n"
        "  Vi vil oppnå dette:\n"
        "  - færre ulykker på glatte veier\n"
        "  - lavere kostnader til strøing\n"
        "\n"
        "  Fylkeskommunen vil sammen med kommunene og næringslivet utvikle en tjeneste som\n"
        "  varsler glatte veier før de oppstår, slik at mannskapene kan strø og brøyte der\n"
        "  det trengs mest.\n"
        "need:\n"
        '  description: "Et sitat. Med to setninger."\n',
        encoding="utf-8",
    )
    result = check_file(sketch, CheckOptions(today=TODAY))
    assert result.language is not None
    summary, description = result.language.fields
    assert (summary.pointer, summary.line, summary.first_line) == ("/summary", 3, 4)
    assert summary.analysis.sentences == 4  # the lead-in, two list items, one long sentence
    (long,) = summary.analysis.long_sentences
    assert summary.source_line(long.line) == 8
    # A quoted value is read as YAML gives it, on its own line.
    assert (description.line, description.first_line, description.analysis.sentences) == (12, 12, 2)
