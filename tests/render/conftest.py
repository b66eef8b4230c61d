from __future__ import annotations

import shutil
from pathlib import Path

import pytest

# The document tests read a bokmål sketch: the Hordaland example as it was written in bokmål
# (the example itself is in nynorsk now; nynorsk documents have tests of their own).
HORDALAND = Path(__file__).resolve().parent / "hordaland-nb"

# Text that would be markup in one of the output formats; it must show literally in all.
HOSTILE_TITLE = "<script>alert(1)</script> #set page(width: 1cm) *fet* $x$ {{ 7*7 }}"


@pytest.fixture
def sketch_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "skisse"
    shutil.copytree(HORDALAND, folder)
    return folder


@pytest.fixture
def hostile_sketch(sketch_dir: Path) -> Path:
    path = sketch_dir / "skisse.yaml"
    text = path.read_text(encoding="utf-8")
    title = "title: Glatte fylkesveier – varsling før ulykken"
    assert title in text
    # Over 60 characters: a word-limit warning (sketchkit's advice), rendered as a draft.
    path.write_text(text.replace(title, f"title: '{HOSTILE_TITLE}'"), encoding="utf-8")
    return path
