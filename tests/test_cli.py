from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from sketchkit import __version__
from sketchkit.core.i18n import Lang
from tests.conftest import EXAMPLES, GOOD_TODAY, ROOT, run_cli

GOOD = EXAMPLES[0]


def test_good_example_exits_0() -> None:
    r = run_cli("check", GOOD, "--today", GOOD_TODAY)
    assert r.exit_code == 0, r.stdout
    # Clear-language advice may add info, never an error. Hordaland writes nynorsk, and the
    # sketch's language decides the report's.
    assert re.search(r": 0 feil, 0 åtvaringar, \d+ info; 6/6 kriterium oppfylte\n$", r.stdout)


def test_sketch_with_errors_exits_1(bad_sketches: Path) -> None:
    r = run_cli("check", bad_sketches / "org-number-check-digit.yaml", "--today", GOOD_TODAY)
    assert r.exit_code == 1
    assert "org-number" in r.stdout


def test_warnings_pass_unless_strict(bad_sketches: Path) -> None:
    bad = bad_sketches / "top-manager.yaml"
    assert run_cli("check", bad, "--today", GOOD_TODAY).exit_code == 0
    assert run_cli("check", bad, "--today", GOOD_TODAY, "--strict").exit_code == 1


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["check", "finnes-ikke.yaml"], "finner ikke filen"),
        (["check", str(GOOD), "--call", "ukjent-utlysning"], "ukjent utlysning"),
        (["check", str(GOOD), "--today", "i morgen"], "--today"),
        (["check", str(GOOD), "--format", "xml"], "ukjent format"),
        (["check", str(ROOT / "templates")], "har ingen .yaml"),
        (["check", str(ROOT / "examples" / "*.yml")], "passer ikke med noen fil"),
    ],
)
def test_command_that_cannot_run_exits_2_with_one_line(args: list[str], needle: str) -> None:
    r = run_cli(*args)
    assert r.exit_code == 2
    out = r.stdout + r.stderr
    assert needle in out
    assert "Traceback" not in out


def test_unknown_option_exits_2() -> None:
    assert run_cli("check", GOOD, "--bogus").exit_code == 2


def test_missing_file_among_good_ones_still_reports_the_good_ones() -> None:
    r = run_cli("check", GOOD, "finnes-ikke.yaml", "--today", GOOD_TODAY)
    assert r.exit_code == 2
    assert "finnes-ikke.yaml: kunne ikke sjekkes: finner ikke filen" in r.stdout
    row = [line for line in r.stdout.splitlines() if line.startswith(str(GOOD))][-1]
    assert row.split()[1:] == ["0", "0", "6/6"]


def test_english_messages_on_request(bad_sketches: Path) -> None:
    r = run_cli(
        "check", bad_sketches / "cost-savings-zero.yaml", "--today", GOOD_TODAY, "--lang", "en"
    )
    assert "expected annual savings must be above 0; is 0\u00a0kr" in r.stdout
    assert "Criteria of 'innovasjonspartnerskap-2017'" in r.stdout


def test_lang_from_environment() -> None:
    r = run_cli("check", GOOD, "--today", GOOD_TODAY, env={"SKETCHKIT_LANG": "en"})
    assert "6/6 criteria met" in r.stdout


@pytest.mark.parametrize(
    ("args", "summary"),
    [
        (["--lang", "nn", "check", GOOD], "6/6 kriterium oppfylte"),
        (["--lang", "nn", "check", GOOD, "--lang", "nb"], "6/6 kriterier oppfylt"),
        (["check", GOOD], "6/6 criteria met"),
    ],
)
def test_a_lang_before_the_command_beats_the_environment(args: list[str], summary: str) -> None:
    r = run_cli(*args, "--today", GOOD_TODAY, env={"SKETCHKIT_LANG": "en"})
    assert r.stdout.splitlines()[-1].endswith(summary)


def test_a_lang_before_a_subcommand_of_a_group_reaches_it(tmp_path: Path) -> None:
    r = run_cli("--lang", "en", "review", "init", tmp_path, env={"SKETCHKIT_LANG": "nn"})
    assert r.exit_code == 2
    assert r.stderr == "sketchkit: name at least one evaluator with --evaluator NAME\n"


def test_json_contract(bad_sketches: Path) -> None:
    r = run_cli(
        "check", bad_sketches / "budget-sum.yaml", GOOD, "--today", GOOD_TODAY, "--format", "json"
    )
    assert r.exit_code == 1
    doc = json.loads(r.stdout)
    assert doc["version"] == 1
    assert [set(f) for f in doc["files"]] == [
        {"path", "call", "valid", "counts", "findings", "criteria", "fatal", "score", "language"}
    ] * 2
    bad, good = doc["files"]
    assert bad["valid"] is False and good["valid"] is True
    assert bad["counts"] == {"error": 1, "warning": 0, "info": 0}
    assert bad["call"] == "innovasjonspartnerskap-2017"
    first = bad["findings"][0]
    # basis, source and quote: added with issue #11 (the contract grows only by additions).
    assert set(first) == {
        *("rule", "severity", "message", "hint", "pointer", "line", "column"),
        *("basis", "source", "quote"),
    }
    assert first["rule"] == "budget-sum"
    assert first["pointer"] == "/budget/requested_nok"
    assert first["severity"] == "error"
    assert isinstance(first["line"], int) and isinstance(first["column"], int)
    assert {c["status"] for c in good["criteria"]} == {"met"}
    assert good["score"] == 1.0 and bad["score"] == 1.0
    assert set(good["criteria"][0]) == {"id", "title", "status"}


def test_version() -> None:
    r = run_cli("--version")
    assert r.exit_code == 0
    assert r.stdout.strip() == f"sketchkit {__version__}"


def test_help_is_norwegian_by_default_and_english_on_request() -> None:
    env = {k: v for k, v in os.environ.items() if k != "SKETCHKIT_LANG"}
    nb = subprocess.run(
        [sys.executable, "-m", "sketchkit", "check", "--help"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    en = subprocess.run(
        [sys.executable, "-m", "sketchkit", "check", "--help", "--lang", "en"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert nb.returncode == en.returncode == 0
    assert "Sjekk skisser" in nb.stdout
    assert "Check sketches" in en.stdout


def test_python_dash_m_runs_the_check() -> None:
    r = subprocess.run(
        [sys.executable, "-m", "sketchkit", "check", str(GOOD), "--today", GOOD_TODAY],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert r.returncode == 0
    assert "\x1b[" not in r.stdout


def test_colour_only_when_asked_or_on_a_terminal(bad_sketches: Path) -> None:
    bad = bad_sketches / "top-manager.yaml"
    plain = run_cli("check", bad, "--today", GOOD_TODAY)
    assert "\x1b[" not in plain.stdout
    forced = run_cli("check", bad, "--today", GOOD_TODAY, env={"FORCE_COLOR": "1"})
    assert "\x1b[33m" in forced.stdout
    no = run_cli("check", bad, "--today", GOOD_TODAY, env={"FORCE_COLOR": "1", "NO_COLOR": "1"})
    assert "\x1b[" not in no.stdout


def test_internal_error_is_one_line_not_a_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    from sketchkit import cli
    from sketchkit.checking import checker

    def boom(*_: object, **__: object) -> None:
        raise RuntimeError("kaboom")

    monkeypatch.setattr(checker, "check_file", boom)
    monkeypatch.setattr(sys, "argv", ["sketchkit", "check", str(GOOD)])
    monkeypatch.delenv("SKETCHKIT_DEBUG", raising=False)
    with pytest.raises(SystemExit) as e:
        cli.main()
    assert e.value.code == 2


def test_check_never_writes_to_the_sketch(tmp_sketch: Path) -> None:
    before = tmp_sketch.read_bytes()
    mtime = tmp_sketch.stat().st_mtime_ns
    run_cli("check", tmp_sketch, "--today", GOOD_TODAY)
    assert tmp_sketch.read_bytes() == before
    assert tmp_sketch.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in tmp_sketch.parent.iterdir()) == [
        "forpliktelseserklaering.pdf",
        "skisse.yaml",
    ]


def test_progress_bar_on_a_terminal_keeps_every_result(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import os as os_module

    from sketchkit.cli import _common

    class FakeTerminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(
        "shutil.get_terminal_size", lambda *a, **k: os_module.terminal_size((80, 5))
    )
    items = list(_common.with_progress(iter(range(12)), 12, Lang.NB))
    assert items == list(range(12))
    assert terminal.getvalue()  # rich drew on standard error, not on standard output


def test_check_and_new_never_import_the_renderers(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from sketchkit.cli import app\n"
        'for argv in (["check", sys.argv[1], "--today", "2017-08-01"],\n'
        '             ["new", sys.argv[2], "--no-input"]):\n'
        "    try:\n"
        "        app(argv)\n"
        "    except SystemExit:\n"
        "        pass\n"
        'heavy = {"jinja2", "docx", "typst", "rich", "jsonschema", "lxml", "pygls", "lsprotocol",\n'
        '         "ruamel", "ruamel.yaml", "sketchkit.documents.charts", "sketchkit.documents.model",\n'
        '         "sketchkit.documents.renderers", "sketchkit.documents.export"}\n'
        "print(sorted(heavy & set(sys.modules)))\n"
    )
    r = subprocess.run(
        [sys.executable, "-c", code, str(GOOD), str(tmp_path / "ny.yaml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert r.stdout.strip().splitlines()[-1] == "[]", r.stdout + r.stderr


@pytest.mark.parametrize(("lang", "port"), [(Lang.NB, "[0–65535]"), (Lang.EN, "[0–65535]")])
def test_number_ranges_read_as_words_not_click_notation(
    lang: Lang, port: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from sketchkit.cli import app
    from sketchkit.cli._localise import run

    run(app, ["check", "--help"], lang)
    shown = capsys.readouterr().out
    assert "[1–1073741824]" in shown and "x<=" not in shown and "<=x" not in shown
    run(app, ["edit", "--help"], lang)
    assert port in capsys.readouterr().out


def test_the_entry_point_collects_while_a_command_runs_and_not_at_exit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import gc

    import sketchkit.__main__ as entry
    import sketchkit.cli

    seen: list[tuple[bool, int]] = []

    def command_line() -> None:
        seen.append((gc.isenabled(), gc.get_freeze_count()))
        raise SystemExit(1)

    monkeypatch.setattr(sketchkit.cli, "main", command_line)
    frozen_before = gc.get_freeze_count()
    try:
        with pytest.raises(SystemExit) as done:
            entry.main()
        frozen_at_exit = gc.get_freeze_count()
    finally:
        gc.unfreeze()  # the test process goes on: give its objects back to the collector
        gc.enable()
    assert done.value.code == 1  # the command's exit code passes through
    assert seen == [(True, seen[0][1])] and seen[0][1] > frozen_before
    assert frozen_at_exit >= seen[0][1]


def test_a_lang_on_the_command_line_beats_a_wrong_one_in_the_environment() -> None:
    env = {**os.environ, "SKETCHKIT_LANG": "de"}
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "sketchkit",
            "--lang",
            "nn",
            "check",
            str(GOOD),
            "--today",
            GOOD_TODAY,
        ],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.rstrip("\n").endswith("6/6 kriterium oppfylte")
    # Without a --lang, the wrong one is a usage error in bokmål, not a silent default.
    wrong = subprocess.run(
        [sys.executable, "-m", "sketchkit", "check", str(GOOD), "--today", GOOD_TODAY],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert wrong.returncode == 2
    assert "«de» er ikke blant valgene «nb», «nn», «en»" in wrong.stderr
