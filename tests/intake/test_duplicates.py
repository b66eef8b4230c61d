"""Duplicate detection on crafted pairs, and prefix filtering against brute force."""

from __future__ import annotations

import random

from sketchkit.intake.duplicates import (
    THRESHOLD,
    Duplicate,
    Reason,
    _similar_pairs,
    find,
    fingerprint,
    jaccard,
    shingles,
)

TEXT = (
    "Kommunen vil sammen med næringslivet utvikle en løsning som varsler glatte veier før de "
    "oppstår slik at brøyting og strøing settes inn der og når det trengs og målet er færre "
    "ulykker sikrere skolevei og lavere kostnader til vintervedlikehold i hele fylket"
)
OTHER = (
    "Sykehuset vil følge opp pasienter hjemme etter utskriving med digitale verktøy slik at "
    "færre blir lagt inn på nytt og pårørende får bedre støtte i hverdagen gjennom et helt nytt "
    "samarbeid mellom kommune sykehus og leverandører av velferdsteknologi"
)


def test_same_org_and_title_in_another_spelling_is_named_with_the_earlier() -> None:
    prints = [
        fingerprint("964 965 226", "Leve hele livet", {"x": TEXT}),
        fingerprint("964965226", "LEVE  hele livet!", {"x": OTHER}),
    ]
    assert find(prints) == [Duplicate(0, 1, Reason.SAME_ORG_TITLE, 1.0)]


def test_same_title_from_another_applicant_is_flagged_as_same_title() -> None:
    prints = [
        fingerprint("111", "Snø til besvær", {"x": TEXT}),
        fingerprint("222", "Snø til besvær", {"x": OTHER}),
    ]
    assert find(prints) == [Duplicate(0, 1, Reason.SAME_TITLE, 1.0)]


def test_near_identical_text_is_flagged_with_its_similarity() -> None:
    edited = TEXT.replace("i hele fylket", "i hele regionen")
    prints = [fingerprint("1", "A", {"x": TEXT}), fingerprint("2", "B", {"x": edited})]
    sim = jaccard(shingles(TEXT), shingles(edited))
    assert THRESHOLD <= sim < 1.0
    assert find(prints) == [Duplicate(0, 1, Reason.SIMILAR_TEXT, sim)]


def test_different_texts_and_short_texts_are_not_flagged() -> None:
    prints = [
        fingerprint("1", "A", {"x": TEXT}),
        fingerprint("2", "B", {"x": OTHER}),
        fingerprint("3", "C", {"x": "Kort tekst."}),
        fingerprint("4", "D", {"x": "Kort tekst."}),
        None,  # an unreadable sketch
    ]
    assert find(prints) == []


def test_text_rewritten_below_the_threshold_is_not_flagged() -> None:
    words = TEXT.split()
    half = " ".join(words[: len(words) // 2] + OTHER.split()[len(words) // 2 :])
    assert jaccard(shingles(TEXT), shingles(half)) < THRESHOLD
    assert find([fingerprint("1", "A", {"x": TEXT}), fingerprint("2", "B", {"x": half})]) == []


def test_many_copies_each_name_the_first() -> None:
    prints = [fingerprint(str(i), f"T{i}", {"x": TEXT}) for i in range(50)]
    found = find(prints)
    assert [(d.earlier, d.later) for d in found] == [(0, i) for i in range(1, 50)]


def test_prefix_filtering_finds_exactly_what_brute_force_finds() -> None:
    rng = random.Random(7)
    base = [frozenset(rng.sample(range(400), 60)) for _ in range(12)]
    sets = []
    for b in base:
        sets.append(b)
        for _ in range(3):  # variants: drop and add a few shingles
            drop = set(rng.sample(sorted(b), rng.randint(0, 12)))
            sets.append(frozenset((b - drop) | set(rng.sample(range(400, 800), rng.randint(0, 8)))))
    indexed = list(enumerate(sets))
    fast = {(a, b): round(s, 9) for a, b, s in _similar_pairs(indexed, THRESHOLD)}
    brute = {}
    for j, t in indexed:
        best = max(
            ((jaccard(s, t), -i) for i, s in indexed[:j] if jaccard(s, t) >= THRESHOLD),
            default=None,
        )
        if best is not None:
            brute[(-best[1], j)] = round(best[0], 9)  # the earliest of equals
    assert fast == brute and brute
