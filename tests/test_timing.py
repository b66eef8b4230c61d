"""Hostile input is refused fast: wall-clock bounds, kept apart behind the ``timing`` marker.

Each bound is at least 20 times what the case takes on an idle 2-core machine (measured without
tracemalloc, which slows the loader several times), so that they hold on a loaded machine and in
CI. They run in ``make test``; ``pytest -m 'not timing'`` leaves them out (``make mutation`` does,
since a mutant that is only slower is not a wrong rule). What they guard against is a limit that
no longer stops the work: then the time grows by orders of magnitude, not by a factor of two.
The memory and result of each case are asserted, without a clock, in test_robustness.py and
test_yamlload.py.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from sketchkit.checking.checker import CheckOptions, FileResult, check_file, check_text
from sketchkit.checking.ruleids import RuleId
from sketchkit.input.yamldoc import MAX_SCALAR_CHARS
from tests.test_yamlload import alias_bomb

pytestmark = pytest.mark.timing

TODAY = CheckOptions(today=dt.date(2017, 8, 1))


def _timed(fn: Callable[[], FileResult]) -> tuple[float, FileResult]:
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


def test_huge_file_is_refused_within_a_second(tmp_path: Path) -> None:
    huge = tmp_path / "stor.yaml"
    with huge.open("wb") as f:  # sparse: 2 GB on paper, nothing on disk
        f.truncate(2 * 1024**3)
    elapsed, result = _timed(lambda: check_file(huge, TODAY))  # ~1 ms
    assert [f.rule for f in result.findings] == [RuleId.FILE_TOO_LARGE]
    assert elapsed < 1


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        pytest.param("a: " + "[" * 200_000 + "]" * 200_000, 2, id="deep-flow"),  # ~10 ms
        pytest.param("".join(" " * i + "k:\n" for i in range(2000)), 2, id="deep-block"),  # ~15 ms
        pytest.param("title: " + "x" * (MAX_SCALAR_CHARS + 1) + "\n", 1, id="long-scalar"),  # ~1 ms
        pytest.param(alias_bomb(), 5, id="alias-bomb"),  # ~0.1 s: builds 100 000 values
    ],
)
def test_hostile_yaml_is_refused_fast(text: str, bound: float) -> None:
    elapsed, result = _timed(lambda: check_text(text, options=TODAY))
    assert [f.rule for f in result.findings] == [RuleId.YAML_LIMITS]
    assert elapsed < bound


@pytest.mark.parametrize(
    ("sentence", "count"),
    [("Ja. ", 100_000), ("a. ", 1), ("Ja.\n", 100_000)],  # «a. a.»: lower case goes on
)
def test_a_long_text_of_short_sentences_is_split_in_linear_time(sentence: str, count: int) -> None:
    # 400 000 characters of short sentences: 0.3 s, where counting lines or copying the rest
    # of the paragraph at every full stop took 10 s and more.
    from sketchkit.language.splitting import split

    text = sentence * (400_000 // len(sentence))
    started = time.perf_counter()
    sentences = split(text)
    assert time.perf_counter() - started < 6
    assert len(sentences) == count
    assert sentences[-1].line == (count - 1 if "\n" in sentence else 0)


@pytest.mark.parametrize("shape", [" .", "x.("])
def test_stops_with_nothing_after_them_or_no_spaces_are_split_in_linear_time(shape: str) -> None:
    # «a . . . .» searched to the end of the paragraph at every stop, and «ax.(x.(x.(» walked
    # back to its start: 6-12 s for 30-60 KB.
    from sketchkit.language.splitting import split

    text = "a" + shape * (400_000 // len(shape))
    started = time.perf_counter()
    sentences = split(text)
    assert time.perf_counter() - started < 6
    assert len(sentences) == 1
