"""The language package keeps to its layer, and hostile text stays cheap to measure."""

from __future__ import annotations

import ast
import time
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sketchkit.language import analyse, split
from sketchkit.language.splitting import WORD
from tests.conftest import ROOT


def test_language_depends_only_on_core() -> None:
    for path in sorted((ROOT / "sketchkit" / "language").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                module = node.module
            elif isinstance(node, ast.Import):
                module = node.names[0].name
            else:
                continue
            if module.startswith("sketchkit"):
                assert module.startswith(("sketchkit.core", "sketchkit.language")), (path, module)


@pytest.mark.parametrize(
    "text",
    [
        "a." * 50_000,
        "ord " * 25_000,  # one sentence of 25 000 words
        "skal ikke " * 10_000,
        "LUP-" * 25_000,
        "1 000 " * 16_000,
        "- x\n" * 25_000,
        "\x1b[31m" * 10_000,
    ],
    ids=["dots", "one-sentence", "modals", "hyphens", "numbers", "list", "escapes"],
)
def test_hostile_text_of_the_largest_allowed_size_is_measured_quickly(text: str) -> None:
    started = time.perf_counter()
    a = analyse(text, "nb")
    assert time.perf_counter() - started < 5  # ~0.1–0.4 s here; linear in the text
    assert all("\x1b" not in s.text for s in a.long_sentences)


_ALPHABET = "abcæøå ABCÆØÅ 0123 .,!?…:;-–'«»()§%\n\t\x1b\u202e"


@given(st.text(alphabet=_ALPHABET, max_size=300), st.sampled_from(["nb", "nn", "en"]))
@settings(max_examples=300, deadline=None)
def test_any_text_splits_into_ordered_sentences_that_keep_every_word(text: str, lang: str) -> None:
    sentences = split(text, lang)
    ends = [(s.start, s.end) for s in sentences]
    assert all(a <= b for a, b in ends)
    assert all(b1 <= a2 for (_, b1), (a2, _) in pairwise(ends))
    # No word twice: the sentences hold at most the words of the text (list markers are none).
    found = [w for s in sentences for w in s.words]
    assert len(found) <= len(WORD.findall(text))
    a = analyse(text, lang)
    assert a.words == len(found) and a.sentences == len(sentences)
    assert all("\x1b" not in s.text and "\u202e" not in s.text for s in a.long_sentences)
