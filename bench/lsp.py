"""Benchmark: `sketchkit lsp`, from a didChange to its publishDiagnostics, on a 10 KB sketch.

A plain JSON-RPC client over stdio (no LSP library on the client side): it sends one change at a
time, waits for the diagnostics of that version, and measures the time between. Target (2-core
machine): p95 ≤ 25 ms after start-up.

    .venv/bin/python bench/lsp.py                 # or: make bench-lsp
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import IO, Any

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "stavanger-hjemmetjenester" / "skisse.yaml"
TARGET_P95 = 0.025


def sketch_of(size: int) -> str:
    """The example grown to ``size`` bytes with more risks, as a long sketch would have."""
    text = EXAMPLE.read_text(encoding="utf-8")
    n = 0
    while len(text.encode()) < size:
        n += 1
        text += (
            f"  - risk: Risiko nummer {n} som må følges opp i styringsgruppen\n"
            f"    mitigation: Tiltak nummer {n} er fast oppfølging hver måned og rapport til "
            "rådmannens ledergruppe\n"
        )
    return text


class Client:
    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "sketchkit", "lsp"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.out: IO[bytes] = self.proc.stdin
        self.inp: IO[bytes] = self.proc.stdout
        self.next_id = 0

    def send(self, method: str, params: Any, *, request: bool = False) -> int | None:
        message: dict[str, Any] = {"jsonrpc": "2.0", "method": method, "params": params}
        ident = None
        if request:
            self.next_id += 1
            ident = message["id"] = self.next_id
        body = json.dumps(message).encode()
        self.out.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.out.flush()
        return ident

    def receive(self) -> dict[str, Any]:
        length = 0
        while True:
            line = self.inp.readline()
            if not line:
                raise RuntimeError("the server closed its output")
            if line in (b"\r\n", b"\n"):
                break
            name, _, value = line.decode().partition(":")
            if name.lower() == "content-length":
                length = int(value)
        message: dict[str, Any] = json.loads(self.inp.read(length))
        return message

    def wait(self, *, ident: int | None = None, method: str | None = None) -> dict[str, Any]:
        while True:
            message = self.receive()
            if ident is not None and message.get("id") == ident and "method" not in message:
                return message
            if method is not None and message.get("method") == method:
                return message


def measure(changes: int, size: int) -> list[float]:
    text = sketch_of(size)
    path = Path("/tmp/sketchkit-bench-lsp/skisse.yaml")
    uri = path.as_uri()
    client = Client()
    ident = client.send(
        "initialize", {"processId": None, "rootUri": None, "capabilities": {}}, request=True
    )
    client.wait(ident=ident)
    client.send("initialized", {})
    client.send(
        "textDocument/didOpen",
        {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}},
    )
    client.wait(method="textDocument/publishDiagnostics")
    times = []
    for version in range(2, changes + 2):
        # A keystroke: the title grows by one letter (the whole text is sent, as many clients do).
        changed = text.replace("title: ", f"title: {'x' * (version % 40)}", 1)
        started = time.perf_counter()
        client.send(
            "textDocument/didChange",
            {
                "textDocument": {"uri": uri, "version": version},
                "contentChanges": [{"text": changed}],
            },
        )
        while True:
            message = client.wait(method="textDocument/publishDiagnostics")
            if message["params"].get("version") == version:
                break
        times.append(time.perf_counter() - started)
    ident = client.send("shutdown", None, request=True)
    client.wait(ident=ident)
    client.send("exit", None)
    client.proc.wait(timeout=10)
    return times


def latency_report(label: str, times: list[float], warm_up: int, target: float) -> bool:
    """Print p50 and p95 after the first ``warm_up`` runs (caches filling); True when p95 meets
    ``target`` seconds. Shared by the editor benchmarks (this one and bench/edit.py)."""
    steady = sorted(times[warm_up:])
    p50 = statistics.median(steady)
    p95 = steady[int(0.95 * (len(steady) - 1))]
    ok = p95 <= target
    print(
        f"{label}, {len(steady)} changes: p50 {p50 * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms "
        f"(target ≤ {target * 1000:.0f} ms) {'OK' if ok else 'OVER'}"
    )
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=200)
    parser.add_argument("--size", type=int, default=10_000)
    args = parser.parse_args()
    times = measure(args.changes, args.size)
    # The first changes warm caches (schema navigation, compiled validator): left out.
    label = f"lsp didChange → publishDiagnostics, {args.size} byte sketch"
    return 0 if latency_report(label, times, 10, TARGET_P95) else 1


if __name__ == "__main__":
    sys.exit(main())
