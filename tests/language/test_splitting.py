"""Words and sentences by the definition in sketchkit/language/splitting.py and
docs/klarsprak.md, on the Norwegian edge cases that trip other tools."""

from __future__ import annotations

import pytest

from sketchkit.language import letters, split, words
from sketchkit.language.splitting import visible


def _sentences(text: str, lang: str = "nb") -> list[list[str]]:
    return [list(s.words) for s in split(text, lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Abbreviations whose full stop never ends the sentence, even before a capital.
        (
            "Dette gjelder bl.a. Oslo og Bergen.",
            [["Dette", "gjelder", "bl.a.", "Oslo", "og", "Bergen"]],
        ),
        (
            "Vi bruker f.eks. Teams. Det virker.",
            [["Vi", "bruker", "f.eks.", "Teams"], ["Det", "virker"]],
        ),
        ("Se sak nr. 12 i møtet.", [["Se", "sak", "nr", "12", "i", "møtet"]]),
        (
            "Det følger av loven, jf. Meld. St. 7.",
            [["Det", "følger", "av", "loven", "jf", "Meld", "St", "7"]],
        ),
        ("Det koster ca. 500 kroner.", [["Det", "koster", "ca", "500", "kroner"]]),
        ("Møtet er kl. 17.00 i dag.", [["Møtet", "er", "kl", "17.00", "i", "dag"]]),
        # «mill.» and «osv.» may end a sentence when a capital follows; not before a small letter.
        (
            "Det koster 4,5 mill. kroner i året.",
            [["Det", "koster", "4,5", "mill", "kroner", "i", "året"]],
        ),
        (
            "Budsjettet er 4,5 mill. Resten er lån.",
            [["Budsjettet", "er", "4,5", "mill"], ["Resten", "er", "lån"]],
        ),
        (
            "Vi kjøper sensorer, kabler osv. Deretter tester vi.",
            [["Vi", "kjøper", "sensorer", "kabler", "osv"], ["Deretter", "tester", "vi"]],
        ),
        # Numbers are one word however they are written.
        ("Vi sparer 1 000 000 kroner.", [["Vi", "sparer", "1 000 000", "kroner"]]),
        (
            "Vi sparer 1.000.000 kroner og 4,5 årsverk.",
            [["Vi", "sparer", "1.000.000", "kroner", "og", "4,5", "årsverk"]],
        ),
        (
            "Vedtaket er fra 14.06.2017 og gjelder 2018–2020.",
            [["Vedtaket", "er", "fra", "14.06.2017", "og", "gjelder", "2018–2020"]],
        ),
        # A four-digit year is not the start of a spaced number.
        ("I 2016 200 ganger.", [["I", "2016", "200", "ganger"]]),
        # Ordinals: «21. august» goes on; a year before a capital ends the sentence.
        (
            "Fristen er 21. august 2017. Neste runde kommer.",
            [["Fristen", "er", "21", "august", "2017"], ["Neste", "runde", "kommer"]],
        ),
        # Symbols are not words: «§ 9» is one word, «50 %» one word.
        (
            "Språklova § 9 gjelder 50 % av tekstene.",
            [["Språklova", "9", "gjelder", "50", "av", "tekstene"]],
        ),
        # Hyphens: compounds are one word; a trailing hyphen stays with its word.
        (
            "IT-løsningen gjelder gang- og sykkelveier og e-post.",
            [["IT-løsningen", "gjelder", "gang-", "og", "sykkelveier", "og", "e-post"]],
        ),
        # A dash between spaces is punctuation, not a word.
        (
            "Glatte veier – varsling før ulykken.",
            [["Glatte", "veier", "varsling", "før", "ulykken"]],
        ),
        # Initials before a capitalised name are not sentence ends.
        (
            "Ola J. Nordmann og K. Hansen leder arbeidet.",
            [["Ola", "J", "Nordmann", "og", "K", "Hansen", "leder", "arbeidet"]],
        ),
        # «!» and «?» always end a sentence; «…» like a full stop.
        (
            "Hvorfor nå? Fordi det haster! Vi venter … Ikke lenger.",
            [["Hvorfor", "nå"], ["Fordi", "det", "haster"], ["Vi", "venter"], ["Ikke", "lenger"]],
        ),
        # A full stop before a quote mark and a capital ends the sentence.
        (
            "Loven sier «klart og korrekt». Det er målet.",
            [["Loven", "sier", "klart", "og", "korrekt"], ["Det", "er", "målet"]],
        ),
        # Unknown dotted abbreviations: no end before a small letter.
        ("Firmaet a.s. leverer.", [["Firmaet", "a.s.", "leverer"]]),
    ],
)
def test_sentences_and_words(text: str, expected: list[list[str]]) -> None:
    assert _sentences(text) == expected


def test_list_items_without_full_stops_are_sentences() -> None:
    # The lines of a YAML block (text: |), as sketchkit reads them from the file.
    text = "Vi vil oppnå dette:\n- færre ulykker\n- lavere kostnader\n* tryggere skolevei\n1. raskere varsel"
    assert _sentences(text) == [
        ["Vi", "vil", "oppnå", "dette"],
        ["færre", "ulykker"],
        ["lavere", "kostnader"],
        ["tryggere", "skolevei"],
        ["raskere", "varsel"],
    ]
    assert [s.line for s in split(text)] == [0, 1, 2, 3, 4]


def test_blank_lines_end_sentences_and_single_line_breaks_do_not() -> None:
    text = "Overskrift uten punktum\n\nEn setning som går\nover to linjer. Og en til"
    assert _sentences(text) == [
        ["Overskrift", "uten", "punktum"],
        ["En", "setning", "som", "går", "over", "to", "linjer"],
        ["Og", "en", "til"],
    ]
    assert [s.line for s in split(text)] == [0, 2, 3]


def test_words_and_their_letters() -> None:
    found = {w: letters(w) for w in words("IT-løsningen koster 4,5 mill. for Ola J. Hansen")}
    assert found == {
        "IT-løsningen": 11,
        "koster": 6,
        "4,5": 0,
        "mill": 4,  # the full stop of «mill.» is no letter, and here it ends no sentence
        "for": 3,
        "Ola": 3,
        "J": 1,
        "Hansen": 6,
    }
    assert letters("bl.a.") == 3 and letters("1 000 000") == 0


def test_sentence_text_is_one_line_and_shows_control_characters() -> None:
    text = "Her er\x1b[31m en\n  farlig \u202etekst."
    (sentence,) = split(text)
    assert sentence.text(text) == "Her er\ufffd[31m en farlig \ufffdtekst."
    assert visible("a\tb\r\nc") == "a b c"


def test_nynorsk_uses_its_own_abbreviations() -> None:
    # «t.d.» (til dømes) and «m.a.» (mellom anna) are nynorsk's; bokmål does not know «t.d.».
    text = "Vi nyttar t.d. Teams og m.a. e-post."
    assert _sentences(text, "nn") == [["Vi", "nyttar", "t.d.", "Teams", "og", "m.a.", "e-post"]]
    assert _sentences(text, "nb") == [["Vi", "nyttar", "t.d."], ["Teams", "og", "m.a.", "e-post"]]


def test_english_uses_its_own_abbreviations() -> None:
    assert _sentences("We use e.g. Teams. It works.", "en") == [
        ["We", "use", "e.g.", "Teams"],
        ["It", "works"],
    ]


def test_empty_text_has_no_sentences() -> None:
    assert split("") == []
    assert split("\n\n - \n") == []
