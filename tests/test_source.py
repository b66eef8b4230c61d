from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from sketchkit.core.i18n import Lang
from sketchkit.input.textfile import ReadError, TextProblem, TextProblemKind, decode, read_bytes


def test_utf8_with_bom_is_read() -> None:
    assert decode(codecs.BOM_UTF8 + "a: æøå\n".encode(), Lang.NB) == "a: æøå\n"


def test_utf16_with_bom_is_read() -> None:
    assert decode("a: æøå\n".encode("utf-16"), Lang.NB) == "a: æøå\n"


def test_windows_1252_is_reported_with_line_column_and_hint() -> None:
    data = "a: 1\nb: Blåbær\n".encode("cp1252")
    problem = decode(data, Lang.EN)
    assert isinstance(problem, TextProblem)
    assert (problem.kind, problem.line, problem.column) == (TextProblemKind.ENCODING, 2, 6)
    assert "Windows-1252" in problem.message and "Blåbær" in problem.message
    assert problem.hint is not None and "UTF-8" in problem.hint


@pytest.mark.parametrize(
    ("data", "word"),
    [
        (b"PK\x03\x04rest-of-a-docx", "Word"),
        (b"%PDF-1.7\n", "PDF"),
        (b"a: 1\x00\x00", "binary"),
    ],
)
def test_binary_files_get_their_own_message(data: bytes, word: str) -> None:
    problem = decode(data, Lang.EN)
    assert isinstance(problem, TextProblem)
    assert problem.kind is TextProblemKind.NOT_TEXT
    assert word in problem.message


@pytest.mark.parametrize("text", ["", "\n\n", "# bare en kommentar\n"])
def test_empty_files_get_their_own_message(text: str) -> None:
    problem = decode(text.encode(), Lang.NB)
    assert isinstance(problem, TextProblem)
    assert problem.kind is TextProblemKind.EMPTY


def test_missing_file_and_folder_are_read_errors(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="no such file"):
        read_bytes(tmp_path / "nope.yaml", Lang.EN)
    with pytest.raises(ReadError, match="folder"):
        read_bytes(tmp_path, Lang.EN)


def test_large_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_bytes(b"a: " + b"x" * 5000)
    problem = read_bytes(big, Lang.EN, max_bytes=1000)
    assert isinstance(problem, TextProblem)
    assert problem.kind is TextProblemKind.TOO_LARGE
    assert "1000" in problem.message
