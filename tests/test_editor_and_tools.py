"""explain, schema for editors, summary for programme staff, and the pre-commit hook."""

from __future__ import annotations

import csv
import html.parser
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

from sketchkit.checking.catalog import all_rule_infos
from tests.conftest import EXAMPLES, GOOD_TODAY, ROOT, run_cli


def test_explain_lists_every_rule() -> None:
    r = run_cli("explain")
    assert r.exit_code == 0
    ids = [
        line.split()[0] for line in r.stdout.splitlines() if line and not line.startswith("Kjør")
    ]
    assert ids == [i.id for i in all_rule_infos()]


def test_explain_one_rule_in_both_languages() -> None:
    nb = run_cli("explain", "org-number")
    en = run_cli("explain", "org-number", "--lang", "en")
    assert nb.stdout.startswith("org-number (feil)\n\nSjekker: Organisasjonsnumre har 9 siffer")
    assert "Slik retter du: Slå opp virksomheten på brreg.no" in nb.stdout
    assert en.stdout.startswith("org-number (error)\n\nChecks: Organisation numbers have 9 digits")
    assert "# sketchkit: ignore[org-number] reason" in en.stdout


def test_explain_unknown_rule_suggests_the_nearest() -> None:
    r = run_cli("explain", "org-numbr")
    assert r.exit_code == 2
    assert "mente du «org-number»?" in r.stderr


def test_schema_for_editors(tmp_path: Path) -> None:
    out = tmp_path / "skisse.schema.json"
    assert run_cli("schema", "-o", out).exit_code == 0
    schema = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    need = schema["properties"]["need"]
    assert need["title"] == "Behovet"
    assert need["markdownDescription"].startswith("**Behovet**\n\nDet store, uløste problemet")
    assert "*English:* The large, unsolved problem" in need["markdownDescription"]
    assert need["defaultSnippets"][0]["body"]["description"] == "${1:Beskrivelse av behovet}"
    desc = need["properties"]["description"]["markdownDescription"]
    assert "50–400 ord" in desc
    assert schema["$defs"]["org_number"]["examples"] == ["964 965 226"]
    # the examples still validate against the dressed schema
    validator = jsonschema.Draft202012Validator(schema)
    import datetime as dt

    from sketchkit.checking.checker import CheckOptions, check_file

    for example in EXAMPLES:
        result = check_file(example, CheckOptions(today=dt.date(2017, 8, 1)))
        assert result.document is not None and result.call is not None
        if result.call.id == "innovasjonspartnerskap-2017":
            assert validator.is_valid(result.document.data)


def test_schema_in_english_and_never_overwrites(tmp_path: Path) -> None:
    out = tmp_path / "s.json"
    out.write_text("{}", encoding="utf-8")
    assert run_cli("schema", "-o", out).exit_code == 2
    assert out.read_text(encoding="utf-8") == "{}"
    r = run_cli("schema", "--lang", "en")
    schema = json.loads(r.stdout)
    assert schema["properties"]["need"]["title"] == "The need"
    assert "*Bokmål:* Det store" in schema["properties"]["need"]["markdownDescription"]


def test_summary_csv_reads_back_complete_sketches_first(tmp_path: Path, bad_sketches: Path) -> None:
    csv_file = tmp_path / "oversikt.csv"
    html_file = tmp_path / "oversikt.html"
    r = run_cli(
        "summary",
        bad_sketches / "budget-sum.yaml",
        bad_sketches / "yaml-syntax.yaml",
        str(ROOT / "examples"),
        "--csv",
        csv_file,
        "--html",
        html_file,
        "--today",
        GOOD_TODAY,
    )
    assert r.exit_code == 0, r.stderr
    text = csv_file.read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    n = len(EXAMPLES)
    assert {Path(row["Fil"]).parent.name for row in rows[:n]} == {p.parent.name for p in EXAMPLES}
    assert all(row["Feil"] == "0" for row in rows[:n])
    bad = rows[n]
    assert Path(bad["Fil"]).name == "budget-sum.yaml"
    assert bad["Feil"] == "1"
    assert bad["Omsøkt (kr)"] == "9000000"
    assert bad["Årlig besparelse (kr)"] == "41000000"
    assert bad["Org.nr."] == "964 965 226"
    assert bad["Stort, uløst behov"] == "oppfylt"
    assert bad["Dekningsgrad (sketchkit)"] == "1.0000"
    unreadable = rows[n + 1]
    assert Path(unreadable["Fil"]).name == "yaml-syntax.yaml"
    assert unreadable["Søker"].startswith("kunne ikke leses: 54:24 YAML-feil")
    assert unreadable["Feil"] == ""


class _Cells(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.cells: list[str] = []
        self.scripts = 0
        self._in_td = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_td = tag in ("td", "th")
        self.scripts += tag == "script"
        if tag == "link":
            raise AssertionError("the page must be self-contained")

    def handle_data(self, data: str) -> None:
        if self._in_td:
            self.cells.append(data)
            self._in_td = False


def test_summary_html_is_one_sortable_page(tmp_path: Path) -> None:
    sketch = tmp_path / "s" / "skisse.yaml"
    shutil.copytree(EXAMPLES[0].parent, sketch.parent)
    text = sketch.read_text(encoding="utf-8").replace(
        "title: Glatte fylkesvegar – varsel før ulukka", "title: '<b>Glatte</b> & veier'"
    )
    sketch.write_text(text, encoding="utf-8")
    out = tmp_path / "o.html"
    assert run_cli("summary", sketch, "--html", out, "--today", GOOD_TODAY).exit_code == 0
    page = out.read_text(encoding="utf-8")
    assert "&lt;b&gt;Glatte&lt;/b&gt; &amp; veier" in page
    parser = _Cells()
    parser.feed(page)
    assert parser.scripts == 1
    assert "Søker" in parser.cells and "Hordaland fylkeskommune" in parser.cells
    assert 'data-numeric="true"' in page and 'data-sort="8000000"' in page


def test_pre_commit_hook_runs_for_real(tmp_path: Path, bad_sketches: Path) -> None:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    repo = tmp_path / "repo"
    repo.mkdir()
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "cache"),
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.invalid",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.invalid",
        "NO_COLOR": "1",
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
    }
    # Offline, the published hook runs as a local hook with the same entry, files and types;
    # only the installation (language: python, which needs the network) is left out.
    local = {**hook, "language": "system"}
    config = {"repos": [{"repo": "local", "hooks": [local]}]}
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    shutil.copytree(EXAMPLES[0].parent, repo / "skisser" / "god")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(args, cwd=repo, env=env, capture_output=True, text=True, check=False)

    run("git", "init", "-q")
    run("git", "add", "-A")
    ok = run(sys.executable, "-m", "pre_commit", "run", "--all-files")
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "sketchkit check" in ok.stdout and "Passed" in ok.stdout

    shutil.copy(
        bad_sketches / "org-number-check-digit.yaml", repo / "skisser" / "god" / "feil.yaml"
    )
    run("git", "add", "-A")
    bad = run(sys.executable, "-m", "pre_commit", "run", "--all-files")
    assert bad.returncode == 1
    assert "Failed" in bad.stdout
    assert "org-number" in bad.stdout


@pytest.mark.parametrize("command", ["explain", "schema", "summary"])
def test_commands_have_help_in_both_languages(command: str) -> None:
    assert run_cli(command, "--help").exit_code == 0
