"""commitment-letter: a PDF in the sketch's folder, never a file outside it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from sketchkit.checking.ruleids import RuleId
from sketchkit.core.i18n import Lang
from tests.rules.sketch import EXAMPLE_DIR, WARNING, Found, findings

LETTER = EXAMPLE_DIR / "forpliktelseserklaering.pdf"
ANCHORING = """\
anchoring:
  top_manager:
    name: Per Hansen
    title: Rådmann
  decision:
    body: Formannskapet i Stavanger kommune
    date: 2017-06-14
    reference: "Sak 112/17"
  commitment_letter: {letter}
  resources:
    person_months: 36
    budget_nok: 3 000 000
"""
FIX = (
    "Legg den signerte erklæringen som PDF i samme mappe som skissen, og skriv filnavnet i "
    "anchoring.commitment_letter."
)


def letter(value: str, folder: Path | None, lang: Lang = Lang.NB) -> list[Found]:
    return findings(ANCHORING.format(letter=value), folder=folder, lang=lang)


def outside(value: str) -> Found:
    message = f"«{value}» peker ut av skissens mappe; erklæringen må ligge i mappen eller under den"
    return Found(9, 22, WARNING, RuleId.COMMITMENT_LETTER, message, FIX)


def test_a_pdf_beside_the_sketch_or_below_it_passes(tmp_path: Path) -> None:
    (tmp_path / "vedlegg").mkdir()
    (tmp_path / "vedlegg" / "brev.pdf").write_bytes(LETTER.read_bytes())
    assert letter("vedlegg/brev.pdf", tmp_path) == []
    assert letter("forpliktelseserklaering.pdf", EXAMPLE_DIR) == []


def test_without_a_folder_nothing_is_looked_up() -> None:
    assert letter("finnes-ikke.pdf", None) == []


@pytest.mark.parametrize(
    "value",
    [
        "vedlegg/../brev.pdf",  # even where it would lead back inside
        "'C:brev.pdf'",  # a Windows drive without a root: not absolute, still not the folder
        "'\\brev.pdf'",  # a Windows root without a drive
        "/etc/passwd",
        "../brev.pdf",
        "vedlegg/../../brev.pdf",
        "'C:\\brev.pdf'",
        "'\\\\server\\brev.pdf'",
    ],
)
def test_a_path_out_of_the_folder_is_refused_unread(tmp_path: Path, value: str) -> None:
    shown = value.strip("'")  # single quotes in YAML keep backslashes as they are
    assert letter(value, tmp_path) == [outside(shown)]


def test_a_path_out_of_the_folder_is_refused_even_when_the_file_is_there(tmp_path: Path) -> None:
    (tmp_path / "vedlegg").mkdir()
    (tmp_path / "brev.pdf").write_bytes(LETTER.read_bytes())
    assert letter("vedlegg/../brev.pdf", tmp_path) == [outside("vedlegg/../brev.pdf")]


def test_a_link_out_of_the_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "skisse"
    folder.mkdir()
    (tmp_path / "hemmelig.pdf").write_bytes(LETTER.read_bytes())
    (folder / "brev.pdf").symlink_to(tmp_path / "hemmelig.pdf")
    assert letter("brev.pdf", folder) == [outside("brev.pdf")]
    assert [(f.message, f.hint) for f in letter("brev.pdf", folder, Lang.EN)] == [
        (
            "'brev.pdf' points outside the sketch's folder; the letter must lie in it or below it",
            "Put the signed letter as a PDF in the sketch's folder, and write its file name in "
            "anchoring.commitment_letter.",
        )
    ]


def test_a_missing_letter_is_a_warning_as_sketchkits_advice(tmp_path: Path) -> None:
    assert letter("brev.pdf", tmp_path) == [
        Found(
            9,
            22,
            WARNING,
            RuleId.COMMITMENT_LETTER,
            f"finner ikke forpliktelseserklæringen «brev.pdf» i {tmp_path}",
            FIX,
        )
    ]


def test_a_folder_is_not_a_letter(tmp_path: Path) -> None:
    (tmp_path / "brev.pdf").mkdir()
    assert letter("brev.pdf", tmp_path) == [
        Found(9, 22, WARNING, RuleId.COMMITMENT_LETTER, "«brev.pdf» er ikke en fil", FIX)
    ]


@pytest.mark.parametrize(("junk", "is_pdf"), [(0, True), (1019, True), (1020, False)])
def test_the_pdf_header_may_follow_up_to_1024_bytes(
    tmp_path: Path, junk: int, is_pdf: bool
) -> None:
    # PDF 1.7, 7.5.2: the header "%PDF-" must lie within the first 1024 bytes.
    (tmp_path / "brev.pdf").write_bytes(b"x" * junk + b"%PDF-1.4\n%%EOF\n")
    expected = (
        []
        if is_pdf
        else [
            Found(
                9,
                22,
                WARNING,
                RuleId.COMMITMENT_LETTER,
                "«brev.pdf» er ikke en PDF-fil",
                "Skann eller eksporter den signerte erklæringen som PDF.",
            )
        ]
    )
    assert letter("brev.pdf", tmp_path) == expected


def test_messages_in_english(tmp_path: Path) -> None:
    fix = (
        "Put the signed letter as a PDF in the sketch's folder, and write its file name in "
        "anchoring.commitment_letter."
    )
    (tmp_path / "map").mkdir()
    (tmp_path / "brev.docx").write_bytes(b"PK\x03\x04")
    assert [(f.severity, f.message, f.hint) for f in letter("../brev.pdf", tmp_path, Lang.EN)] == [
        (
            WARNING,
            "'../brev.pdf' points outside the sketch's folder; the letter must lie in it or below it",
            fix,
        )
    ]
    assert [(f.message, f.hint) for f in letter("brev.pdf", tmp_path, Lang.EN)] == [
        (f"the letter of commitment 'brev.pdf' is not in {tmp_path}", fix)
    ]
    assert [(f.message, f.hint) for f in letter("map", tmp_path, Lang.EN)] == [
        ("'map' is not a file", fix)
    ]
    assert [(f.severity, f.message, f.hint) for f in letter("brev.docx", tmp_path, Lang.EN)] == [
        (WARNING, "'brev.docx' is not a PDF file", "Scan or export the signed letter as PDF.")
    ]


def test_a_letter_that_cannot_be_read_is_not_a_pdf(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "brev.pdf").write_bytes(LETTER.read_bytes())

    real_open = os.open

    def refuse(path: object, *args: Any, **kwargs: Any) -> int:
        if str(path).endswith("brev.pdf"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    # The letter is opened with os.open (non-blocking, so a FIFO never hangs the check).
    monkeypatch.setattr(os, "open", refuse)
    assert [(f.severity, f.message) for f in letter("brev.pdf", tmp_path)] == [
        (WARNING, "«brev.pdf» er ikke en PDF-fil")
    ]


def test_letter_path_is_where_the_letter_named_would_be(tmp_path: Path) -> None:
    from sketchkit.checking.rules.commitment_letter import letter_path

    named = {"anchoring": {"commitment_letter": "brev.pdf"}}
    assert letter_path(named, tmp_path) == tmp_path / "brev.pdf"
    data: object
    for data in (
        None,
        ["anchoring"],
        {"anchoring": "brev.pdf"},
        {"anchoring": {"commitment_letter": "  "}},
        {"anchoring": {"commitment_letter": 7}},
        {"anchoring": {}},
        {"commitment_letter": "brev.pdf"},
    ):
        assert letter_path(data, tmp_path) is None, data


def test_is_pdf_opens_without_blocking_and_reads_only_a_regular_file(tmp_path: Path) -> None:
    from sketchkit.checking.rules.commitment_letter import _is_pdf

    # A FIFO put where the letter was, after the rule looked: opened without waiting for a
    # writer (this test would hang otherwise) and never read.
    fifo = tmp_path / "brev.pdf"
    os.mkfifo(fifo)
    assert _is_pdf(fifo) is False
    pdf = tmp_path / "ekte.pdf"
    pdf.write_bytes(b"junk" * 100 + b"%PDF-1.7\n")
    assert _is_pdf(pdf) is True
    late = tmp_path / "sen.pdf"
    late.write_bytes(b" " * 1024 + b"%PDF-1.7\n")  # past the 1024 bytes a header may follow
    assert _is_pdf(late) is False
    assert _is_pdf(tmp_path / "finnes-ikke.pdf") is False


@pytest.mark.parametrize(
    ("value", "nb", "en"),
    [
        ("ring.pdf", "symbolske lenker går i ring", "symbolic links form a loop"),
        ("x" * 300 + ".pdf", "navnet er for langt", "the name is too long"),
        ('"brev\\0.pdf"', "ingen fil kan ha det navnet", "no file can have that name"),
    ],
)
def test_a_name_no_file_can_be_read_by_says_why(
    tmp_path: Path, value: str, nb: str, en: str
) -> None:
    (tmp_path / "ring.pdf").symlink_to("ring.pdf")
    shown = value.strip('"').replace("\\0", "\0")
    assert letter(value, tmp_path) == [
        Found(
            9,
            22,
            WARNING,
            RuleId.COMMITMENT_LETTER,
            f"forpliktelseserklæringen «{shown}» kan ikke leses: {nb}",
            FIX,
        )
    ]
    assert [(f.message, f.hint) for f in letter(value, tmp_path, Lang.EN)] == [
        (
            f"the letter of commitment '{shown}' cannot be read: {en}",
            "Put the signed letter as a PDF in the sketch's folder, and write its file name in "
            "anchoring.commitment_letter.",
        )
    ]
