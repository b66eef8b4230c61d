"""Sketches sent twice, or nearly so: the same applicant and title, or near-identical text.

Text similarity is the Jaccard index of the sets of three-word shingles (runs of three words) in
all the sketch's text. Pairs at or above the threshold are found without comparing every pair:
each set is indexed by its rarest shingles only (prefix filtering), which provably keeps every
pair that can reach the threshold; only those candidates are compared in full. Identical texts
are grouped first, so a thousand copies of one sketch cost one comparison each.
"""

from __future__ import annotations

import enum
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sketchkit.core.i18n import Msg

THRESHOLD = 0.8
SHINGLE_WORDS = 3
MIN_SHINGLES = 20  # shorter texts say too little to call two of them the same
_WORD = re.compile(r"\w+")


class Reason(enum.StrEnum):
    SAME_ORG_TITLE = "same-org-title"
    SAME_TITLE = "same-title"
    SIMILAR_TEXT = "similar-text"


REASON_WORDS = {
    Reason.SAME_ORG_TITLE: Msg(
        "samme organisasjonsnummer og samme tittel", "same organisation number and same title"
    ),
    Reason.SAME_TITLE: Msg("samme tittel", "same title"),
    Reason.SIMILAR_TEXT: Msg("nesten lik tekst", "near-identical text"),
}


@dataclass(frozen=True, slots=True)
class Duplicate:
    """``later`` looks like a copy of ``earlier`` (indices into the list given)."""

    earlier: int
    later: int
    reason: Reason
    similarity: float  # text similarity 0–1; 1.0 for a title match


@dataclass(frozen=True, slots=True)
class Fingerprint:
    org_number: str
    title: str  # normalised
    shingles: frozenset[int]


def normalise_title(title: str) -> str:
    """Case, accents, punctuation and spacing do not make a title different."""
    text = unicodedata.normalize("NFKC", title).casefold()
    return " ".join(_WORD.findall(text))


def texts(value: Any) -> list[str]:
    """Every text in a sketch's data, in document order (a loop, not recursion: it is hot)."""
    out: list[str] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, dict):
            stack.extend(reversed(list(item.values())))
        elif isinstance(item, list):
            stack.extend(reversed(item))
    return out


def shingles(text: str) -> frozenset[int]:
    words = _WORD.findall(unicodedata.normalize("NFKC", text).casefold())
    runs = zip(*(words[i:] for i in range(SHINGLE_WORDS)), strict=False)
    return frozenset(map(hash, runs))


def fingerprint(org_number: str, title: str, data: Any) -> Fingerprint:
    return Fingerprint(
        org_number="".join(ch for ch in org_number if ch.isdigit()),
        title=normalise_title(title),
        shingles=shingles("\n".join(texts(data))),
    )


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    if not a and not b:
        return 1.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def find(prints: Iterable[Fingerprint | None], threshold: float = THRESHOLD) -> list[Duplicate]:
    """Each sketch that repeats an earlier one, named with the earliest it repeats.

    A title match (same organisation number and title, or the same title) wins over a text
    match; a sketch is named once, with the strongest reason found.
    """
    found: dict[int, Duplicate] = {}
    by_org_title: dict[tuple[str, str], int] = {}
    by_title: dict[str, int] = {}
    by_text: dict[frozenset[int], int] = {}
    distinct: list[tuple[int, frozenset[int]]] = []
    for i, fp in enumerate(prints):
        if fp is None:
            continue
        if fp.title:
            if fp.org_number and (fp.org_number, fp.title) in by_org_title:
                first = by_org_title[(fp.org_number, fp.title)]
                found[i] = Duplicate(first, i, Reason.SAME_ORG_TITLE, 1.0)
            elif fp.title in by_title:
                found[i] = Duplicate(by_title[fp.title], i, Reason.SAME_TITLE, 1.0)
            by_org_title.setdefault((fp.org_number, fp.title), i)
            by_title.setdefault(fp.title, i)
        if len(fp.shingles) < MIN_SHINGLES:
            continue
        if fp.shingles in by_text:
            if i not in found:
                found[i] = Duplicate(by_text[fp.shingles], i, Reason.SIMILAR_TEXT, 1.0)
            continue
        by_text[fp.shingles] = i
        distinct.append((i, fp.shingles))
    for a, b, sim in _similar_pairs(distinct, threshold):
        if b not in found:
            found[b] = Duplicate(a, b, Reason.SIMILAR_TEXT, sim)
    return [found[i] for i in sorted(found)]


def _similar_pairs(
    sets: list[tuple[int, frozenset[int]]], threshold: float
) -> Iterator[tuple[int, int, float]]:
    """Pairs (earlier, later, similarity) with Jaccard ≥ threshold, by prefix filtering."""
    frequency: Counter[int] = Counter()
    for _, s in sets:
        frequency.update(s)
    index: dict[int, list[int]] = defaultdict(list)  # shingle → positions in ``sets``
    for pos, (i, s) in enumerate(sets):
        ordered = sorted(s, key=lambda h: (frequency[h], h))
        # Two sets reach the threshold only if they share one of these rarest shingles.
        prefix = ordered[: len(s) - math.ceil(threshold * len(s)) + 1]
        candidates: set[int] = set()
        for h in prefix:
            candidates.update(index[h])
            index[h].append(pos)
        best: tuple[float, int] | None = None
        for other in sorted(candidates):
            j, t = sets[other]
            sim = jaccard(s, t)
            if sim >= threshold and (best is None or sim > best[0]):
                best = (sim, j)
        if best is not None:
            yield best[1], i, best[0]
