from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sketchkit.cli import app

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted(ROOT.glob("examples/*/skisse.yaml"))
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


def pytest_make_parametrize_id(config: pytest.Config, val: object, argname: str) -> str | None:
    """Plain ASCII ids for text and bytes: mutmut passes test ids back to pytest, which cannot
    find one holding an escaped newline, NUL or backslash."""
    if isinstance(val, bytes):
        val = val.decode("latin-1")
    if isinstance(val, str):
        return re.sub(r"[^A-Za-z0-9_.,:@+=-]+", "_", val)[:40].strip("_") or "_"
    return None


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-snapshots",
        action="store_true",
        help="write the expected findings of tests/sketches/bad/*.expected anew from what "
        "check reports now (review the diff before committing it)",
    )


@pytest.fixture(scope="session")
def bad_sketches(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding every bad case of tests/sketches/bad/ as ``<name>.yaml``, patched from
    the example, beside the example's letter of commitment."""
    from tests.sketches.patches import all_patches, materialize

    folder = tmp_path_factory.mktemp("bad")
    materialize(folder, all_patches())
    return folder


@pytest.fixture
def tmp_sketch(tmp_path: Path) -> Path:
    """A copy of a good example in a folder of its own, letter included."""
    src = ROOT / "examples" / "stavanger-hjemmetjenester"
    for f in src.iterdir():
        (tmp_path / f.name).write_bytes(f.read_bytes())
    return tmp_path / "skisse.yaml"
