"""Benchmark: `sketchkit check` against `check-jsonschema --schemafile` on the same files.

Runs are interleaved (one of ours, one of theirs, …) so that machine noise hits both
alike; each figure is the median. Targets (2-core machine): one file ≤ 0.5x
check-jsonschema's wall time; 1,000 files in one call ≤ 0.15x and < 150 MB peak memory.

    make bench                      # or: .venv/bin/python bench/run.py --runs 15 --files 1000
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "schemas" / "innovasjonspartnerskap-2017" / "sketch.schema.json"
BIN = Path(sys.executable).parent


def _run(cmd: list[str]) -> tuple[float, int, int]:
    """Wall time in seconds, peak resident memory in bytes, and exit code of one run."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, usage.ru_maxrss * 1024, proc.returncode


def _corpus(folder: Path, n: int) -> list[Path]:
    examples = sorted(ROOT.glob("examples/*/skisse.yaml"))
    files = []
    for i in range(n):
        src = examples[i % len(examples)]
        target_dir = folder / f"s{i:04d}"
        shutil.copytree(src.parent, target_dir)
        files.append(target_dir / "skisse.yaml")
    return files


def _compare(label: str, ours: list[str], theirs: list[str], runs: int) -> tuple[float, int]:
    mine: list[float] = []
    other: list[float] = []
    peak = 0
    for _ in range(runs):
        t, mem, code = _run(ours)
        if code not in (0, 1):
            sys.exit(f"sketchkit failed (exit {code}): {' '.join(ours[:4])} …")
        mine.append(t)
        peak = max(peak, mem)
        t, _, _ = _run(theirs)
        other.append(t)
    a, b = statistics.median(mine), statistics.median(other)
    ratio = a / b
    print(
        f"{label:<22} sketchkit {a * 1000:8.1f} ms   check-jsonschema {b * 1000:8.1f} ms   "
        f"ratio {ratio:.3f}   sketchkit peak {peak / 2**20:.0f} MB"
    )
    return ratio, peak


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="runs for one file")
    parser.add_argument("--batch-runs", type=int, default=3, help="runs for the batch")
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()

    sketchkit = str(BIN / "sketchkit")
    cjs = str(BIN / "check-jsonschema")
    if not Path(cjs).exists():
        sys.exit("check-jsonschema is not installed: run `make bench`")
    # An installed wheel carries compiled bytecode; an editable checkout under
    # PYTHONDONTWRITEBYTECODE would recompile every module on every run. Time what users run.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "sketchkit")], check=True)
    with tempfile.TemporaryDirectory() as tmp:
        files = [str(p) for p in _corpus(Path(tmp), args.files)]
        common = ["--today", "2017-08-01", "--format", "json"]
        one, _ = _compare(
            "1 file",
            [sketchkit, "check", files[0], *common],
            [cjs, "--schemafile", str(SCHEMA), files[0]],
            args.runs,
        )
        many, peak = _compare(
            f"{len(files)} files",
            [sketchkit, "check", *files, *common],
            [cjs, "--schemafile", str(SCHEMA), *files],
            args.batch_runs,
        )
    ok = one <= 0.5 and many <= 0.15 and peak < 150 * 2**20
    print(
        f"targets: 1 file ≤ 0.5 ({one:.2f}), batch ≤ 0.15 ({many:.3f}), "
        f"peak < 150 MB ({peak / 2**20:.0f} MB): {'met' if ok else 'MISSED'}"
    )
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
