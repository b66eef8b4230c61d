"""Benchmark: `sketchkit edit`, from a change reaching the server to its findings returned.

The form sends the sketch's values after each keystroke (debounced in the page); the server
applies them to the round-trip YAML, checks the text with every rule and answers. Measured here
over loopback HTTP on a 10 KB sketch, one change at a time. Target (2-core machine): p95 ≤ 100 ms.

    .venv/bin/python bench/edit.py                # or: make bench-edit
"""

from __future__ import annotations

import argparse
import copy
import http.client
import json
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.lsp import latency_report, sketch_of  # noqa: E402
from sketchkit.core.i18n import Lang  # noqa: E402
from sketchkit.edit.server import EditServer  # noqa: E402
from sketchkit.edit.session import Session  # noqa: E402

TARGET_P95 = 0.100


def measure(changes: int, size: int) -> list[float]:
    folder = Path(tempfile.mkdtemp(prefix="sketchkit-bench-edit-"))
    try:
        shutil.copy(ROOT / "examples/stavanger-hjemmetjenester/forpliktelseserklaering.pdf", folder)
        path = folder / "skisse.yaml"
        path.write_text(sketch_of(size), encoding="utf-8")
        server = EditServer(Session(path, None, Lang.NB), Lang.NB)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
        headers = {
            "Host": f"127.0.0.1:{server.port}",
            "X-Sketchkit-Token": server.token,
            "Content-Type": "application/json",
        }
        data = copy.deepcopy(server.session.data)
        title = data["title"]
        times = []
        for i in range(changes):
            data["title"] = title + "x" * (i % 40)
            body = json.dumps({"data": data})
            started = time.perf_counter()
            connection.request("POST", "/api/check", body=body, headers=headers)
            response = connection.getresponse()
            answer = json.loads(response.read())
            times.append(time.perf_counter() - started)
            assert response.status == 200 and "findings" in answer
        server.shutdown()
        server.server_close()
        return times
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=150)
    parser.add_argument("--size", type=int, default=10_000)
    args = parser.parse_args()
    times = measure(args.changes, args.size)
    label = f"edit change → findings, {args.size} byte sketch"
    return 0 if latency_report(label, times, 5, TARGET_P95) else 1


if __name__ == "__main__":
    sys.exit(main())
