"""The system's refusals in the user's words: no English strerror in a Norwegian session."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from sketchkit.core.i18n import Lang
from sketchkit.core.oserrors import os_reason
from tests.conftest import GOOD_TODAY, run_cli
from tests.rules.test_commitment_letter import letter


@pytest.mark.parametrize(
    ("code", "nb", "nn", "en"),
    [
        (errno.ENAMETOOLONG, "navnet er for langt", "namnet er for langt", "the name is too long"),
        (errno.EACCES, "ingen tilgang", "inga tilgang", "permission denied"),
        (errno.ENOSPC, "disken er full", "disken er full", "the disk is full"),
        (
            errno.EADDRINUSE,
            "porten er allerede i bruk",
            "porten er allereie i bruk",
            "the port is already in use",
        ),
    ],
)
def test_known_refusals_in_each_language(code: int, nb: str, nn: str, en: str) -> None:
    error = OSError(code, "the system's English")
    assert [os_reason(error, lang) for lang in (Lang.NB, Lang.NN, Lang.EN)] == [nb, nn, en]


def test_a_rare_refusal_keeps_the_systems_words_or_its_kind() -> None:
    assert os_reason(OSError(errno.EXDEV, "Invalid cross-device link"), Lang.NB) == (
        "Invalid cross-device link"
    )
    assert os_reason(OSError("no errno"), Lang.NB) == "OSError"
    assert os_reason(TimeoutError(), Lang.NB) == "TimeoutError"


def test_a_letter_with_a_name_too_long_is_said_in_norwegian(tmp_path: Path) -> None:
    (found,) = letter("x" * 300 + ".pdf", tmp_path)
    assert found.message.endswith("kan ikke leses: navnet er for langt")
    (found,) = letter("x" * 300 + ".pdf", tmp_path, Lang.NN)
    assert found.message.endswith("kan ikkje lesast: namnet er for langt")


def test_a_sketch_with_a_name_too_long_is_said_in_norwegian(tmp_path: Path) -> None:
    r = run_cli("check", tmp_path / ("x" * 300 + ".yaml"), "--today", GOOD_TODAY)
    assert r.exit_code == 2
    assert "for langt" in r.stdout + r.stderr
    assert "File name too long" not in r.stdout + r.stderr
