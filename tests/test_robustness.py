"""Hostile and broken input: a clear message, the right exit code, and no lost file."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tracemalloc
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import pypdf
import pytest

from sketchkit.checking.checker import CheckOptions, check_file, check_text
from sketchkit.core import atomic
from sketchkit.input.yamldoc import MAX_SCALAR_CHARS
from tests.conftest import EXAMPLES, GOOD_TODAY, ROOT, run_cli

TODAY = CheckOptions(today=dt.date(2017, 8, 1))


def _measure(fn: object) -> int:
    """Peak memory of ``fn()`` in bytes. Wall-clock bounds live in tests/test_timing.py."""
    assert callable(fn)
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def test_huge_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    huge = tmp_path / "stor.yaml"
    with huge.open("wb") as f:  # sparse: 2 GB on paper, nothing on disk
        f.truncate(2 * 1024**3)
    results = []
    peak = _measure(lambda: results.append(check_file(huge, TODAY)))
    (finding,) = results[0].findings
    assert finding.rule == "file-too-large"
    assert peak < 10 * 1024**2


def test_size_limit_is_configurable(tmp_path: Path) -> None:
    sketch = tmp_path / "skisse.yaml"
    sketch.write_bytes(EXAMPLES[0].read_bytes())
    r = run_cli("check", sketch, "--max-bytes", "100", "--today", GOOD_TODAY)
    assert r.exit_code == 1
    assert "file-too-large" in r.stdout


def test_deep_nesting_is_refused_with_bounded_memory(tmp_path: Path) -> None:
    text = "a: " + "[" * 200_000 + "]" * 200_000
    results = []
    peak = _measure(lambda: results.append(check_text(text, options=TODAY)))
    assert [f.rule for f in results[0].findings] == ["yaml-limits"]
    assert peak < 50 * 1024**2


def test_deep_block_nesting_is_refused() -> None:
    text = "".join(" " * i + "k:\n" for i in range(2000))
    results = []
    results.append(check_text(text, options=TODAY))
    assert [f.rule for f in results[0].findings] == ["yaml-limits"]


def test_very_long_scalar_is_refused_with_bounded_memory() -> None:
    text = "title: " + "x" * (MAX_SCALAR_CHARS + 1) + "\n"
    results = []
    peak = _measure(lambda: results.append(check_text(text, options=TODAY)))
    (finding,) = results[0].findings
    assert finding.rule == "yaml-limits"
    assert f"{MAX_SCALAR_CHARS + 1}" in finding.message
    assert peak < 20 * 1024**2


def test_crlf_and_bom_keep_line_numbers(tmp_path: Path, bad_sketches: Path) -> None:
    bad = (bad_sketches / "org-number-check-digit.yaml").read_text(encoding="utf-8")
    lf = tmp_path / "lf" / "skisse.yaml"
    crlf = tmp_path / "crlf" / "skisse.yaml"
    for p in (lf, crlf):
        p.parent.mkdir()
    lf.write_bytes(bad.encode())
    crlf.write_bytes(b"\xef\xbb\xbf" + bad.replace("\n", "\r\n").encode())
    a = [(f.rule, f.line, f.column) for f in check_file(lf, TODAY).findings]
    b = [(f.rule, f.line, f.column) for f in check_file(crlf, TODAY).findings]
    assert a == b
    assert ("org-number", 14, 15) in a


def test_symlink_out_of_the_folder_is_never_followed(tmp_path: Path) -> None:
    outside = tmp_path / "hemmelig.pdf"
    outside.write_bytes(b"%PDF-1.4 secret")
    folder = tmp_path / "skisse"
    folder.mkdir()
    (folder / "lenke.pdf").symlink_to(outside)
    text = (
        EXAMPLES[0]
        .read_text(encoding="utf-8")
        .replace("commitment_letter: forpliktelseserklaering.pdf", "commitment_letter: lenke.pdf")
    )
    sketch = folder / "skisse.yaml"
    sketch.write_text(text, encoding="utf-8")
    (finding,) = check_file(sketch, replace(TODAY, klarsprak=False)).findings
    assert finding.rule == "commitment-letter"
    assert "utenfor" in finding.message or "ut av" in finding.message


def test_unreadable_file_exits_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sketch = tmp_path / "skisse.yaml"
    sketch.write_text("a: 1\n", encoding="utf-8")
    real_open = os.open

    # Tests run as root, where file modes do not stop reading: refuse the open itself.
    def refuse(path: str | Path, *args: Any, **kwargs: Any) -> int:
        if Path(path).name == "skisse.yaml":
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    r = run_cli("check", sketch)
    assert r.exit_code == 2
    assert "mangler lesetilgang" in r.stdout


def test_missing_output_folder_exits_2(tmp_path: Path) -> None:
    r = run_cli(
        "render",
        EXAMPLES[0],
        "-f",
        "md",
        "-o",
        tmp_path / "finnes-ikke" / "x.md",
        "--today",
        GOOD_TODAY,
    )
    assert r.exit_code == 2
    assert "mappen finnes ikke" in r.stderr


def test_unwritable_output_folder_exits_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: object, **__: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    # Tests run as root, where folder modes do not stop writing: refuse the temporary file.
    monkeypatch.setattr(atomic, "_create_temp", refuse)
    r = run_cli("render", EXAMPLES[0], "-f", "md", "-o", tmp_path / "x.md", "--today", GOOD_TODAY)
    assert r.exit_code == 2
    assert r.stderr.endswith(": ingen tilgang\n") and "kan ikke skrive" in r.stderr


def test_interrupted_write_leaves_the_earlier_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "skisse.pdf"
    target.write_bytes(b"forrige versjon")

    def interrupt(_: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("os.fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        atomic.write_atomic(target, b"ny versjon", overwrite=True)
    assert target.read_bytes() == b"forrige versjon"
    assert [p.name for p in tmp_path.iterdir()] == ["skisse.pdf"]


def test_two_renders_to_one_path_leave_one_complete_file(tmp_path: Path) -> None:
    out = tmp_path / "felles.pdf"
    cmd = [
        sys.executable,
        "-m",
        "sketchkit",
        "render",
        str(EXAMPLES[0]),
        "-o",
        str(out),
        "--force",
        "--today",
        GOOD_TODAY,
    ]
    procs = [
        subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)
    ]
    for p in procs:
        _, err = p.communicate(timeout=60)
        assert p.returncode == 0, err
    assert len(pypdf.PdfReader(out).pages) >= 2
    assert [p.name for p in tmp_path.iterdir()] == ["felles.pdf"]


def test_word_field_syntax_stays_text(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    folder.mkdir()
    for f in (ROOT / "examples" / "stavanger-hjemmetjenester").iterdir():
        (folder / f.name).write_bytes(f.read_bytes())
    sketch = folder / "skisse.yaml"
    text = sketch.read_text(encoding="utf-8")
    field = '{ MERGEFIELD Navn } { DATE \\@ "yyyy" } <w:fldSimple w:instr="PAGE"/>'
    text = text.replace("  - risk: Få leverandører melder interesse", f"  - risk: '{field}'")
    sketch.write_text(text, encoding="utf-8")
    r = run_cli("render", sketch, "-f", "docx", "--today", GOOD_TODAY)
    assert r.exit_code == 0, r.stdout + r.stderr
    body = zipfile.ZipFile(sketch.with_suffix(".docx")).read("word/document.xml").decode()
    assert "MERGEFIELD" in body  # as text …
    assert "<w:fldSimple" not in body and "w:instrText" not in body  # … never as a field
    assert "&lt;w:fldSimple" in body


def test_check_leaves_no_trace(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    folder.mkdir()
    for f in EXAMPLES[0].parent.iterdir():
        (folder / f.name).write_bytes(f.read_bytes())
    before = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in folder.iterdir()}
    folder.chmod(0o555)  # a read-only folder: check must not need to write
    try:
        assert run_cli("check", folder / "skisse.yaml", "--today", GOOD_TODAY).exit_code == 0
    finally:
        folder.chmod(0o755)
    after = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in folder.iterdir()}
    assert before == after
