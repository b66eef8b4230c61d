"""Benchmark: `sketchkit summary` of 1,000 sketches writing HTML and xlsx.

Target (2-core machine): ≤ 3 s wall time and ≤ 200 MB peak memory. The corpus repeats the
bundled examples, so it is also the worst case for duplicate detection (every sketch is a copy).
Each sketch's LIX is counted afresh (nothing is remembered per text), so the copies cost what
distinct sketches of the same length would.

    .venv/bin/python bench/summary.py                  # or: --files 1000 --runs 3 --check
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
BIN = Path(sys.executable).parent
TARGET_SECONDS = 3.0
TARGET_BYTES = 200 * 2**20


def _run(cmd: list[str]) -> tuple[float, float, int, int]:
    """Wall time and CPU time in seconds, peak resident memory in bytes, and exit code."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    cpu = usage.ru_utime + usage.ru_stime
    return wall, cpu, usage.ru_maxrss * 1024, os.waitstatus_to_exitcode(status)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "sketchkit")], check=True)
    examples = sorted(ROOT.glob("examples/*/skisse.yaml"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for i in range(args.files):
            src = examples[i % len(examples)]
            shutil.copytree(src.parent, folder / "skisser" / f"s{i:04d}")
        cmd = [
            str(BIN / "sketchkit"),
            "summary",
            str(folder / "skisser"),
            "--today",
            "2017-08-01",
            "--html",
            str(folder / "o.html"),
            "--xlsx",
            str(folder / "o.xlsx"),
            "--force",
        ]
        times, cpus, peak = [], [], 0
        for _ in range(args.runs):
            t, cpu, mem, code = _run(cmd)
            if code != 0:
                sys.exit(f"sketchkit summary failed (exit {code})")
            times.append(t)
            cpus.append(cpu)
            peak = max(peak, mem)
    wall, cpu = statistics.median(times), statistics.median(cpus)
    ok = wall <= TARGET_SECONDS and peak <= TARGET_BYTES
    # On a shared machine wall time includes waiting for a core; CPU time shows the work.
    load = os.getloadavg()[0]
    print(
        f"summary of {args.files} sketches with HTML and xlsx: {wall:.2f} s wall, {cpu:.2f} s "
        f"CPU (median of {args.runs}; load average {load:.1f}), peak {peak / 2**20:.0f} MB; "
        f"targets ≤ {TARGET_SECONDS:.0f} s, ≤ {TARGET_BYTES // 2**20} MB: "
        f"{'met' if ok else 'MISSED'}"
    )
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
