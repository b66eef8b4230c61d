"""The built wheel carries the data folders and works from any folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, GOOD_TODAY, ROOT

# Building a wheel and a virtual environment takes minutes on a busy machine.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    # No build isolation: hatchling is a test dependency, and tests run offline.
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-build-isolation",
            "--no-deps",
            "--quiet",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
    )
    (built,) = out.glob("sketchkit-*.whl")
    return built


def test_wheel_carries_schemas_and_templates(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "sketchkit/_data/schemas/innovasjonspartnerskap-2017/call.yaml" in names
    assert "sketchkit/_data/schemas/innovasjonspartnerskap-2017/sketch.schema.json" in names
    assert any(n.startswith("sketchkit/_data/templates/") for n in names)
    assert "sketchkit/cli/__init__.py" in names
    # The clear-language word lists and thresholds are data inside the package.
    assert "sketchkit/language/data/thresholds.json" in names
    assert "sketchkit/language/data/nn/abbreviations.txt" in names
    assert not any(n.startswith(("tests/", "examples/")) for n in names)


def test_wheel_installs_and_checks_from_outside_the_checkout(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    bindir = venv / ("Scripts" if os.name == "nt" else "bin")
    py = bindir / "python"
    subprocess.run(
        [str(py), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
        check=True,
    )
    # Offline: the wheel's dependencies come from this environment's site-packages, added as
    # plain paths (so the editable install's .pth pointing at the checkout is not processed).
    site = subprocess.run(
        [str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (Path(site) / "_deps_from_test_env.pth").write_text("\n".join(sorted(ours)) + "\n")

    work = tmp_path / "elsewhere"
    shutil.copytree(EXAMPLES[0].parent, work)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "SKETCHKIT_LANG")}
    run = subprocess.run(
        [str(bindir / "sketchkit"), "check", "skisse.yaml", "--today", GOOD_TODAY, "--lang", "nb"],
        cwd=work,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "6/6 kriterier oppfylt" in run.stdout
    # The nynorsk catalogues travel with the wheel: the same sketch, written in nynorsk, is
    # checked in nynorsk when no --lang is given.
    run = subprocess.run(
        [str(bindir / "sketchkit"), "check", "skisse.yaml", "--today", GOOD_TODAY],
        cwd=work,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert "6/6 kriterium oppfylte" in run.stdout, run.stdout + run.stderr

    where = subprocess.run(
        [str(py), "-c", "import sketchkit.core.resources as r; print(r.schemas_dir())"],
        cwd=work,
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout.strip()
    assert Path(where).is_relative_to(venv), where
