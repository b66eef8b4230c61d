"""Each measure on texts made for it, in bokmål, nynorsk and English."""

from __future__ import annotations

from sketchkit.language import analyse, defaults
from sketchkit.language.measures import lix_band
from sketchkit.language.wordlists import word_lists

LONG = (
    "Fylkeskommunen vil sammen med kommunene og næringslivet utvikle en tjeneste som "
    "varsler glatte veier før de oppstår, slik at mannskapene kan strø og brøyte der det "
    "trengs mest."
)


def test_counts_and_lix() -> None:
    a = analyse("Vi skriver enkelt. Leserne forstår oss.", "nb")
    # Long: «skriver», «Leserne», «forstår» (7 letters each); «enkelt» has 6.
    assert (a.words, a.sentences, a.long_words) == (6, 2, 3)
    assert a.lix == 6 / 2 + 100 * 3 / 6


def test_long_words_from_seven_letters() -> None:
    a = analyse("Seksbo sjuende.", "nb")  # 6 and 7 letters
    assert a.long_words == 1
    a = analyse("Seksbo sjuende.", "nb", defaults()._replace(long_word_letters=6))
    assert a.long_words == 2


def test_long_sentence_is_quoted_with_its_line_and_a_place_to_split() -> None:
    a = analyse("Kort setning.\n" + LONG, "nb")
    (s,) = a.long_sentences
    assert (s.line, s.words) == (1, 28)
    assert s.text == LONG
    assert s.split_after == "veier før de oppstår"  # at the comma nearest the middle
    assert analyse(LONG, "nb", defaults()._replace(sentence_words_info=30)).long_sentences == ()


def test_no_place_to_split_without_comma_or_conjunction() -> None:
    text = " ".join(["ord"] * 30) + "."
    (s,) = analyse(text, "nb").long_sentences
    assert s.split_after is None


def test_s_passive_in_bokmal() -> None:
    a = analyse(
        "Behovet skal utredes. Saken må ikke vurderes nå. I 2018 skal løsningen testes. "
        "Slike løsninger kan finnes. Vi skal utrede behovet. Det skal bli bedre.",
        "nb",
    )
    assert [p.text for p in a.passives] == [
        "skal utredes",
        "må ikke vurderes",
        "skal løsningen testes",
    ]


def test_s_passive_in_nynorsk() -> None:
    a = analyse(
        "Behovet må vurderast. Tiltaka skal ikkje greiast ut. Slike løysingar kan finnast. "
        "Vi skal greie ut behovet.",
        "nn",
    )
    assert [p.text for p in a.passives] == ["må vurderast", "skal ikkje greiast"]
    assert [(p.line) for p in a.passives] == [0, 0]


def test_no_s_passive_or_nominal_style_in_english() -> None:
    a = analyse("The need shall be assessed. The information is processed.", "en")
    assert a.passives == () and a.nominal == 0


def test_nominal_style_in_bokmal_and_nynorsk() -> None:
    nb = analyse("Gjennomføring av kartlegging gir forbedring og sikkerhet. Ingen ting.", "nb")
    assert nb.nominal_words == ("Gjennomføring", "kartlegging", "forbedring", "sikkerhet")
    nn = analyse("Gjennomføringa av kartleggingar gir tryggleik og sikkerheit.", "nn")
    assert nn.nominal_words == ("Gjennomføringa", "kartleggingar", "sikkerheit")
    assert round(nn.nominal_share, 3) == round(3 / 7, 3)


def test_repeated_words_within_a_sentence_only() -> None:
    a = analyse(
        "Tjenesten skal hjelpe, og tjenesten skal være enkel. Tjenesten er ny. "
        "Det er det som er det.",
        "nb",
    )
    assert [(r.word, r.times, r.line) for r in a.repeats] == [("tjenesten", 2, 0)]
    nn = analyse("Tenesta er for alle, og tenesta er gratis. Det er det.", "nn")
    assert [(r.word, r.times) for r in nn.repeats] == [("tenesta", 2)]


def test_abbreviations_and_their_explanations() -> None:
    a = analyse(
        "Leverandørutviklingsprogrammet (LUP) hjelper. LUP (et program) og NAV deltar. "
        "IKT-avdelingen og DFØ-rapporten. Fase II. KOLS krever oppfølging.",
        "nb",
    )
    assert [(u.abbreviation, u.explained) for u in a.abbreviations] == [
        ("LUP", True),
        ("LUP", True),
        ("DFØ", False),
        ("KOLS", False),
    ]


def test_word_lists_are_data_per_language() -> None:
    nb, nn, en = word_lists("nb"), word_lists("nn"), word_lists("en")
    assert "bl.a." in nb.abbreviations and "t.d." in nn.abbreviations and "e.g." in en.abbreviations
    assert "osv." in nb.abbreviations_ending and "mill." in nn.abbreviations_ending
    assert "ikkje" in nn.stopwords and "ikke" in nb.stopwords
    assert "finnast" in nn.deponents and "finnes" in nb.deponents
    assert "heit" in nn.nominal_endings and "het" in nb.nominal_endings
    assert not en.norwegian and not en.modals
    assert word_lists("xx").lang == "nb"


def test_lix_bands_follow_the_source() -> None:
    # tansa.com/no/liks: –30, 30–40, 40–50, 50–60, 60–
    assert [lix_band(v) for v in (29.9, 30, 45, 50, 59.9, 60, 80)] == [0, 1, 2, 3, 3, 4, 4]
