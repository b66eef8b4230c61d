"""LIX on real public texts agrees with a count by hand (issue 15: within ±1; here exactly).

Each text is written out with its sentences, the words of each sentence and the long words
(seven letters or more) counted by hand in the comments; the expected LIX is worked out from
those counts, never from sketchkit.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from sketchkit.language import letters, lix, split


@dataclass(frozen=True)
class HandCount:
    name: str
    lang: str
    text: str
    words_per_sentence: tuple[int, ...]  # counted by hand
    long_per_sentence: tuple[int, ...]  # counted by hand

    @property
    def lix(self) -> float:
        words = sum(self.words_per_sentence)
        long = sum(self.long_per_sentence)
        return words / len(self.words_per_sentence) + 100 * long / words


TEXTS = [
    # The 2017 call text, first paragraph (Riche Vestby, reference/call-2017-article.nb.txt).
    # 1: Vi søker modige og ambisiøse norske kommuner og etater som er på jakt etter helt nye
    #    løsninger = 17 words; long: ambisiøse, kommuner, løsninger = 3.
    # 2: Fristen for å sende inn prosjektskisser er 21 august 2017 = 10 words («21.» is an
    #    ordinal); long: Fristen, prosjektskisser = 2.
    # LIX = 27/2 + 100·5/27 = 13.50 + 18.52 = 32.02
    HandCount(
        "call 2017, paragraph 1",
        "nb",
        "Vi søker modige og ambisiøse norske kommuner og etater som er på jakt etter helt nye "
        "løsninger. Fristen for å sende inn prosjektskisser er 21. august 2017.",
        (17, 10),
        (3, 2),
    ),
    # The 2017 call text, second paragraph.
    # 1: Innovasjon Norge Leverandørutviklingsprogrammet og Difi inviterer nå til en
    #    skissekonkurranse for offentlig-private innovasjonsprosjekter = 13 words; long:
    #    Innovasjon, Leverandørutviklingsprogrammet, inviterer, skissekonkurranse,
    #    offentlig-private, innovasjonsprosjekter = 6.
    # 2: Utlysningen retter seg mot offentlige virksomheter med ambisjoner om å få frem nye
    #    løsninger som både øker kvaliteten på offentlige tjenester og som bidrar til å senke
    #    utgiftssiden i offentlige budsjetter = 31 words; long: Utlysningen, offentlige,
    #    virksomheter, ambisjoner, løsninger, kvaliteten, offentlige, tjenester, utgiftssiden,
    #    offentlige, budsjetter = 11.
    # 3: Målet er å bidra til mer radikal innovasjon i offentlig sektor = 11 words; long:
    #    radikal, innovasjon, offentlig = 3.
    # LIX = 55/3 + 100·20/55 = 18.33 + 36.36 = 54.70
    HandCount(
        "call 2017, paragraph 2",
        "nb",
        "Innovasjon Norge, Leverandørutviklingsprogrammet og Difi inviterer nå til en "
        "skissekonkurranse for offentlig-private innovasjonsprosjekter. Utlysningen retter seg "
        "mot offentlige virksomheter med ambisjoner om å få frem nye løsninger som både øker "
        "kvaliteten på offentlige tjenester, og som bidrar til å senke utgiftssiden i "
        "offentlige budsjetter. Målet er å bidra til mer radikal innovasjon i offentlig sektor.",
        (13, 31, 11),
        (6, 11, 3),
    ),
    # Grunnloven § 1 (bokmål, as on grunnloven.lovdata.no).
    # 1: Kongeriket Norge er et fritt selvstendig udelelig og uavhendelig rike = 10 words;
    #    long: Kongeriket, selvstendig, udelelig, uavhendelig = 4.
    # 2: Dets regjeringsform er innskrenket og arvelig monarkisk = 7 words; long:
    #    regjeringsform, innskrenket, arvelig, monarkisk = 4.
    # LIX = 17/2 + 100·8/17 = 8.50 + 47.06 = 55.56
    HandCount(
        "Grunnloven § 1",
        "nb",
        "Kongeriket Norge er et fritt, selvstendig, udelelig og uavhendelig rike. Dets "
        "regjeringsform er innskrenket og arvelig monarkisk.",
        (10, 7),
        (4, 4),
    ),
    # Stortinget's page on the constitution, in nynorsk (stortinget.no/nn, «Noregs grunnlov»).
    # 1: Grunnlova er den høgste rettskjelda i Noreg = 7 words; long: Grunnlova,
    #    rettskjelda = 2 («høgste» has six letters).
    # 2: Dersom andre lover er i strid med den må dei vika = 11 words; long: none.
    # 3: Grunnlova av 17 mai 1814 ligg bevart i stortingsarkivet = 9 words; long: Grunnlova,
    #    stortingsarkivet = 2.
    # 4: Originalen er ikkje tilgjengeleg for ålmenta = 6 words; long: Originalen,
    #    tilgjengeleg, ålmenta = 3.
    # 5: Stortingsarkivet har difor gjort Grunnlova digitalt tilgjengeleg på nettet = 9
    #    words; long: Stortingsarkivet, Grunnlova, digitalt, tilgjengeleg = 4.
    # LIX = 42/5 + 100·11/42 = 8.40 + 26.19 = 34.59
    HandCount(
        "Stortinget on Grunnlova (nynorsk)",
        "nn",
        "Grunnlova er den høgste rettskjelda i Noreg. Dersom andre lover er i strid med den, "
        "må dei vika. Grunnlova av 17. mai 1814 ligg bevart i stortingsarkivet. Originalen er "
        "ikkje tilgjengeleg for ålmenta. Stortingsarkivet har difor gjort Grunnlova digitalt "
        "tilgjengeleg på nettet.",
        (7, 11, 9, 6, 9),
        (2, 0, 2, 3, 4),
    ),
    # St.meld. nr. 42 (1999–2000), chapter 4.1 (regjeringen.no).
    # 1: Første punktum i Grunnloven 100 fastslår at Trykkefrihed bør finde Sted = 11 words
    #    («§» is a symbol, «100» a word); long: punktum, Grunnloven, fastslår, Trykkefrihed = 4.
    # 2: Ordet bør må leses som skal i moderne norsk språkbruk = 10 words; long: moderne,
    #    språkbruk = 2.
    # 3: Dette betyr at Grunnloven forbyr forhåndssensur og annen forhåndskontroll av trykt
    #    skrift = 12 words; long: Grunnloven, forhåndssensur, forhåndskontroll = 3.
    # LIX = 33/3 + 100·9/33 = 11.00 + 27.27 = 38.27
    HandCount(
        "St.meld. nr. 42 (1999–2000)",
        "nb",
        "Første punktum i Grunnloven § 100 fastslår at «Trykkefrihed bør finde Sted». Ordet "
        "«bør» må leses som «skal» i moderne norsk språkbruk. Dette betyr at Grunnloven forbyr "
        "forhåndssensur og annen forhåndskontroll av trykt skrift.",
        (11, 10, 12),
        (4, 2, 3),
    ),
    # A public notice written out for this test, full of the edge cases.
    # 1: Bergen kommune legger forslaget til reguleringsplan for Fjellveien ut til offentlig
    #    ettersyn jf. plan- og bygningsloven 12-10 = 17 words; long: kommune, forslaget,
    #    reguleringsplan, Fjellveien, offentlig, ettersyn, bygningsloven = 7.
    # 2: Fristen for merknader er 1 mars 2024 kl. 12.00 = 9 words; long: Fristen, merknader = 2.
    # 3: Planen omfatter bl.a. ca. 1 200 meter ny gang- og sykkelvei og koster om lag 4,5
    #    mill. kroner = 17 words; long: omfatter, sykkelvei = 2.
    # 4: Spørsmål kan rettes til Kari J. Nordmann i Plan- og bygningsetaten = 11 words; long:
    #    Spørsmål, Nordmann, bygningsetaten = 3.
    # LIX = 54/4 + 100·14/54 = 13.50 + 25.93 = 39.43
    HandCount(
        "public notice",
        "nb",
        "Bergen kommune legger forslaget til reguleringsplan for Fjellveien ut til offentlig "
        "ettersyn, jf. plan- og bygningsloven § 12-10. Fristen for merknader er 1. mars 2024 "
        "kl. 12.00. Planen omfatter bl.a. ca. 1 200 meter ny gang- og sykkelvei og koster om "
        "lag 4,5 mill. kroner. Spørsmål kan rettes til Kari J. Nordmann i Plan- og "
        "bygningsetaten.",
        (17, 9, 17, 11),
        (7, 2, 2, 3),
    ),
]


@pytest.mark.parametrize("hand", TEXTS, ids=lambda h: h.name)
def test_lix_matches_the_hand_count(hand: HandCount) -> None:
    value = lix(hand.text, hand.lang)
    assert value is not None
    assert abs(value - hand.lix) <= 1
    # And the parts agree exactly, sentence by sentence.
    sentences = split(hand.text, hand.lang)
    assert tuple(len(s.words) for s in sentences) == hand.words_per_sentence
    assert (
        tuple(sum(1 for w in s.words if letters(w) >= 7) for s in sentences)
        == hand.long_per_sentence
    )


def test_the_hand_counts_themselves() -> None:
    # The arithmetic in the comments above, so a typo in a count cannot hide.
    assert [round(h.lix, 2) for h in TEXTS] == [32.02, 54.70, 55.56, 34.59, 38.27, 39.43]


def test_no_words_no_lix() -> None:
    assert lix("", "nb") is None
    assert lix(" – § % ", "nb") is None
