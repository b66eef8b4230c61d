"""The README (a user guide for the adviser) and docs/reference.md tell the truth about
installing, the walkthrough, rules, options and exit codes."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from sketchkit.checking.catalog import all_rule_infos
from tests.conftest import EXAMPLES, GOOD_TODAY, ROOT, run_cli

README = (ROOT / "README.md").read_text(encoding="utf-8")
REFERENCE = (ROOT / "docs" / "reference.md").read_text(encoding="utf-8")


def test_every_rule_is_documented_with_its_severity() -> None:
    rows = dict(
        re.findall(r"^\| `([a-z0-9-]+)` \| (error|warning|info) \|", REFERENCE, re.MULTILINE)
    )
    assert rows == {info.id: info.severity.value for info in all_rule_infos()}


@pytest.mark.parametrize("command", ["check", "new", "render"])
def test_every_option_is_documented(command: str) -> None:
    help_text = run_cli(command, "--help").stdout
    options = set(re.findall(r"--[a-z][a-z-]+", help_text)) - {"--help"}
    assert options
    section = REFERENCE.split(f"## `sketchkit {command}`", 1)[1].split("\n## ", 1)[0]
    for option in options:
        assert re.search(rf"{option}\b", section), option


def test_the_guide_starts_with_getting_the_program() -> None:
    sections = re.findall(r"^## (.+)$", README, re.MULTILINE)
    assert sections[:2] == ["Få programmet", "Skriv skissen din – skriv skissa di"]
    install = README.split("## Få programmet", 1)[1].split("\n## ", 1)[0]
    first_block = install.split("```console", 1)[1].split("```", 1)[0]
    assert "pipx install ." in first_block and "uv tool install ." in first_block
    # Without make, on each system, and how to run the program afterwards.
    for needle in (
        "py -m venv .venv",
        r".venv\Scripts\pip install .",
        r".venv\Scripts\sketchkit check skisse.yaml",
        "python3 -m venv .venv",
        ".venv/bin/pip install .",
        ".venv/bin/sketchkit check skisse.yaml",
        "make demo",
        "source .venv/bin/activate",
        "python -m sketchkit",
    ):
        assert needle in install, needle


def test_make_demo_ends_with_a_command_that_works_in_that_shell() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    demo = makefile.split("\ndemo:", 1)[1].split("\n\n", 1)[0]
    last = [line for line in demo.splitlines() if line.strip()][-4:]
    assert last[1].strip() == '@echo "  $(SK) new skisse.yaml"'
    assert "SK := $(BIN)/sketchkit" in makefile


@pytest.mark.parametrize(
    ("argv0", "on_path", "said"),
    [
        (".venv/bin/sketchkit", None, ".venv/bin/sketchkit"),
        (".venv/bin/sketchkit", ".venv/bin/sketchkit", "sketchkit"),
        (".venv/bin/sketchkit", "/usr/local/bin/sketchkit", ".venv/bin/sketchkit"),
        ("/x/sketchkit/__main__.py", None, "python -m sketchkit"),
    ],
)
def test_new_names_the_command_as_it_works_in_this_shell(
    argv0: str, on_path: str | None, said: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sketchkit.cli import _common

    monkeypatch.setattr("sys.argv", [argv0])
    monkeypatch.setattr("shutil.which", lambda name: on_path)
    assert _common.program() == said


def test_the_walkthrough_commands_work(tmp_path: Path) -> None:
    sketch = tmp_path / "skisse.yaml"
    assert run_cli("new", sketch, "--no-input").exit_code == 0
    assert (tmp_path / "innovasjonspartnerskap-2017.schema.json").is_file()
    assert sketch.read_text(encoding="utf-8").startswith(
        "# yaml-language-server: $schema=innovasjonspartnerskap-2017.schema.json\n"
    )
    assert run_cli("check", sketch).exit_code == 1  # placeholders left
    assert "sketchkit schema -o innovasjonspartnerskap-2017.schema.json --force" in README
    r = run_cli("schema", "-o", tmp_path / "innovasjonspartnerskap-2017.schema.json", "--force")
    assert r.exit_code == 0


def test_the_check_example_is_real_output(tmp_path: Path) -> None:
    example = EXAMPLES[-1]
    for f in example.parent.iterdir():
        shutil.copy(f, tmp_path / f.name)
    sketch = tmp_path / "skisse.yaml"
    text = sketch.read_text(encoding="utf-8").replace("  kind: municipality", "  kind: kommunen")
    sketch.write_text(text, encoding="utf-8")
    out = run_cli("check", sketch, "--today", GOOD_TODAY).stdout
    lines = out.replace(str(sketch), "skisse.yaml").splitlines()
    # Clear-language advice on earlier lines comes first; the guide shows the error.
    (start,) = [i for i, line in enumerate(lines) if " feil schema-enum " in line]
    shown = "\n".join(lines[start : start + 4])
    assert shown.startswith("skisse.yaml:15:9: feil schema-enum «Type virksomhet» (applicant.kind)")
    assert shown in README


def test_the_guide_shows_a_page_that_exists() -> None:
    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", README)
    assert pictures == [
        "docs/images/edit-form.png",
        "examples/hordaland-glatte-veier/skisse-side-1.png",
    ]
    for picture in pictures:
        assert (ROOT / picture).is_file(), picture


def test_the_guide_links_to_the_reference() -> None:
    for link in re.findall(r"\]\((docs/[^)]+)\)", README):
        assert (ROOT / link).is_file(), link


def test_the_library_example_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code = REFERENCE.split("## Som bibliotek", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]
    for f in EXAMPLES[-1].parent.iterdir():
        shutil.copy(f, tmp_path / f.name)
    monkeypatch.chdir(tmp_path)
    exec(compile(code, "docs/reference.md", "exec"), {})
    printed = capsys.readouterr().out
    assert "('unsolved_need', <Status.MET: 'met'>)" in printed
