from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from sketchkit.core.i18n import Lang
from sketchkit.edit.server import EditServer
from sketchkit.edit.session import Session

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "stavanger-hjemmetjenester"
CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture
def sketch(tmp_path: Path) -> Path:
    """The example with comments of a user's own, which saving must keep."""
    folder = tmp_path / "skisse"
    shutil.copytree(EXAMPLE, folder)
    path = folder / "skisse.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("\ntitle: ", "\n# Tittelen er vedtatt i styringsgruppen\ntitle: ", 1)
    text = text.replace(
        "  total_nok: 13 000 000\n", "  total_nok: 13 000 000  # sjekket mot økonomi\n"
    )
    assert text.count("# Tittelen er vedtatt") == text.count("# sjekket mot økonomi") == 1
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def server(sketch: Path) -> Iterator[EditServer]:
    running = EditServer(Session(sketch, None, Lang.NB), Lang.NB)
    thread = threading.Thread(target=running.serve_forever, daemon=True)
    thread.start()
    yield running
    running.shutdown()
    running.server_close()
