from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sketchkit.cli import app

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted(ROOT.glob("examples/*/skisse.yaml"))
BAD = ROOT / "tests" / "sketches" / "bad"
GOOD_TODAY = "2017-08-01"


@dataclass(frozen=True)
class Run:
    exit_code: int
    stdout: str
    stderr: str


def run_cli(*args: str | Path, env: dict[str, str] | None = None, input: str | None = None) -> Run:
    runner = CliRunner()
    result = runner.invoke(
        app, [str(a) for a in args], env=env, input=input, catch_exceptions=False
    )
    return Run(result.exit_code, result.stdout, result.stderr)


_EXPECT = re.compile(r"#\s*expect(?P<next>-next)?:\s*(?P<rules>[\w\-, ]+)")
_ARGS = re.compile(r"^#\s*sketchkit-test:\s*(?P<args>.*)$")


def expectations(path: Path) -> tuple[set[tuple[int, str]], list[str]]:
    """``(line, rule)`` pairs a bad sketch declares with ``# expect:`` comments, and its args."""
    text = path.read_bytes().decode("utf-8", errors="replace")
    expected: set[tuple[int, str]] = set()
    args: list[str] = []
    for number, line in enumerate(text.splitlines(), 1):
        m = _ARGS.match(line)
        if m:
            args = m.group("args").split()
        for e in _EXPECT.finditer(line):
            target = number + 1 if e.group("next") else number
            expected |= {(target, rule.strip()) for rule in e.group("rules").split(",")}
    return expected, args


@pytest.fixture
def tmp_sketch(tmp_path: Path) -> Path:
    """A copy of a good example in a folder of its own, letter included."""
    src = ROOT / "examples" / "stavanger-hjemmetjenester"
    for f in src.iterdir():
        (tmp_path / f.name).write_bytes(f.read_bytes())
    return tmp_path / "skisse.yaml"
