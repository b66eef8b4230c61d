"""``sketchkit edit`` as a command: what it prints, what it refuses."""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import run_cli


def test_the_command_serves_the_form_and_says_where(tmp_path: Path) -> None:
    target = tmp_path / "ny.yaml"
    proc = subprocess.Popen(
        [sys.executable, "-m", "sketchkit", "edit", str(target), "--no-browser", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert first.startswith("Skjemaet er åpent på http://127.0.0.1:")
        url = first.split(" på ", 1)[1].strip()
        assert proc.stdout.readline() == "(bare på denne maskinen; trykk Ctrl+C for å avslutte)\n"
        assert proc.stdout.readline() == (
            f"{target} finnes ikke ennå: skjemaet starter fra en ny skisse, og filen lages når "
            "du lagrer.\n"
        )
        state_url = url.replace("/?token=", "/api/state?token=")
        with urllib.request.urlopen(state_url, timeout=10) as response:
            state = json.loads(response.read())
        assert state["new"] is True
        assert state["data"]["call"] == "innovasjonspartnerskap-2017"
        assert not target.exists(), "nothing is written before the user saves"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_a_sketch_with_a_field_twice_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "skisse.yaml"
    path.write_text("title: A\ntitle: B\n", encoding="utf-8")
    r = run_cli("edit", path, "--no-browser")
    assert r.exit_code == 2
    assert r.stderr == (
        f"sketchkit: {path} kan ikke åpnes i skjemaet: et felt står to ganger, og å lagre ville "
        f"miste det ene. Rett filen i et redigeringsprogram og prøv igjen (sketchkit check {path} "
        "viser hvor).\n"
    )


def test_a_file_that_is_not_yaml_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "skisse.yaml"
    path.write_bytes(b"%PDF-1.7\n")
    r = run_cli("edit", path, "--no-browser", "--lang", "en")
    assert r.exit_code == 2
    assert "cannot be opened in the form: the file is not text but a PDF file" in r.stderr


@pytest.mark.parametrize("port", ["-1", "70000"])
def test_a_port_out_of_range_is_a_usage_error(tmp_path: Path, port: str) -> None:
    r = run_cli("edit", tmp_path / "s.yaml", "--no-browser", "--port", port)
    assert r.exit_code == 2


def test_a_new_sketch_in_a_folder_that_does_not_exist_is_refused_at_once(tmp_path: Path) -> None:
    target = tmp_path / "finst" / "ikkje" / "skisse.yaml"
    r = run_cli("edit", target, "--no-browser", "--lang", "nn")
    assert r.exit_code == 2
    assert r.stderr == (
        f"sketchkit: mappa {target.parent} finst ikkje; lag ho først, eller vel ei skissefil i ei "
        "mappe som finst\n"
    )


def test_a_device_is_refused_as_a_sketch() -> None:
    r = run_cli("edit", "/dev/null", "--no-browser", "--lang", "en")
    assert r.exit_code == 2
    assert r.stderr.startswith("sketchkit: /dev/null cannot be opened in the form: ")
    assert "internal error" not in r.stderr
