"""Words and sentences in Norwegian text, by a definition written down in docs/klarsprak.md.

Words
    A word is a run of letters and digits; hyphens and apostrophes inside it join
    («IT-løsning», «e-post», «Covid-19» are one word each) and a trailing hyphen stays with it
    («gang- og sykkelveier» is three words). A number is one word however it is written:
    «1 000 000» (groups of three digits after a space), «1.000.000», «4,5», «17.00»,
    «14.06.2017», «2012–2016». An abbreviation with full stops inside is one word («bl.a.»,
    «f.eks.»); «nr.» is the word «nr» and a full stop that ends no sentence. Symbols are not
    words: «§ 9» is one word, «50 %» one word.
    A word's length counts its letters only: «IT-løsning» has 9, «4,5» has 0.
Sentences
    A sentence ends at «!» or «?», at a blank line, before a list item (a line starting with
    «- », «* », «• », «– », «1. », «1) » or «a) »), at the end of the text, and at a full
    stop (or «…») unless the next word starts with a small letter (no Norwegian sentence does:
    the full stop belongs to an abbreviation or an ordinal such as «21. august»). The full
    stop of a known abbreviation («bl.a.», «f.eks.», «nr.», «jf.», «ca.», «kl.») never ends a
    sentence; that of a few («osv.», «mill.», «m.m.») does when a capital letter follows,
    since Norwegian writes one full stop for both. A capital letter and a full stop before a
    capitalised word is an initial («Ola J. Nordmann»), not a sentence end. A full stop with a
    letter or digit right after it is inside a word («17.00», «bl.a»), never an end.
    A colon does not end a sentence; a list after it does, by the rule for list items.

How: the text is cut at its hard breaks (blank lines, list items), each piece at the full
stops, «!» and «?» the rules above let end a sentence, and the words of each sentence are found
by one regular expression in one call. Python touches each punctuation mark, not each word,
which keeps the advice within its time on every `check` (bench/klarsprak.py).
"""

# No ``from __future__ import annotations`` here: typing.NamedTuple compiles every string
# annotation when the class is made, which costs more than the classes on each `check`.

import re
from collections.abc import Iterator
from typing import NamedTuple

from sketchkit.language.wordlists import WordLists, word_lists


# A NamedTuple rather than a dataclass: these modules load on every `check`, and a NamedTuple
# class costs a tenth of a frozen dataclass to create.
class Sentence(NamedTuple):
    words: tuple[str, ...]  # as written
    start: int  # offset of the first word
    end: int  # offset just after its last character (its full stop, if any)
    line: int  # 0-based line of its first word

    def text(self, source: str) -> str:
        """The sentence as written, on one line."""
        return visible(source[self.start : self.end])


# Control and bidirectional-override characters: a quote from a sketch must never steer a
# terminal or reorder what a reader sees.
_INVISIBLE = dict.fromkeys(
    [
        *range(0x00, 0x09),
        *range(0x0B, 0x20),
        *range(0x7F, 0xA0),
        *range(0x202A, 0x202F),
        *range(0x2066, 0x206A),
    ],
    "\ufffd",
)


def visible(text: str) -> str:
    """``text`` on one line, with control characters shown as U+FFFD."""
    return " ".join(text.split()).translate(_INVISIBLE)


def letters(word: str) -> int:
    """The letters of a word: no digits, hyphens or full stops."""
    return len(word) if word.isalpha() else sum(1 for c in word if c.isalpha())


# No groups, so that findall gives the words themselves.
WORD = re.compile(
    # Full stops inside: «f.eks.», «bl.a.», «m.fl.», «t.o.m.», and unknown ones like «a.s.».
    r"(?<![^\W_.])(?:[^\W\d_]{1,4}\.){2,}(?![^\W_])"
    # 1 000 000: one to three digits, then groups of exactly three after a space.
    r"|(?<![^\W_])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?(?![^\W_])"
    # Letters and digits; hyphens and apostrophes join, and . , : / – join digits.
    r"|[^\W_]+(?:(?:[-'’]|[.,:/–](?=\d))[^\W_]+)*-?"
)
_STOP = re.compile(r"[.!?…]+")
_SPACE = frozenset(" \t\n\r\u00a0")
_OPENING = "([{«“‘\"'"
_BULLETS = frozenset("-*•–")


def _list_item(line: str) -> int:
    """Where the text of a list item starts («- », «* », «• », «– », «1. », «1) », «a) »),
    or 0 when ``line`` is no list item."""
    rest = line.lstrip(" \t")
    marker = 0
    if rest[:1] in _BULLETS:
        marker = 1
    elif rest[:1].isdigit():
        marker = 2 if rest[1:2].isdigit() else 1
        marker = marker + 1 if rest[marker : marker + 1] in (".", ")") else 0
    elif rest[:1].isascii() and rest[:1].isalpha() and rest[1:2] in (".", ")"):
        marker = 2
    if not marker or rest[marker : marker + 1] not in (" ", "\t"):
        return 0
    body = rest[marker:].lstrip(" \t")
    return len(line) - len(body) if body else 0


def _pieces(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each run of text between hard breaks (blank lines, list items)."""
    pieces: list[tuple[int, int]] = []
    start = -1  # no piece open
    offset = 0
    for line in text.split("\n"):
        end = offset + len(line)
        if not line.strip():
            if start >= 0:
                pieces.append((start, offset))
            start = -1
        else:
            item = _list_item(line)
            if item:
                if start >= 0:
                    pieces.append((start, offset))
                start = offset + item
            elif start < 0:
                start = offset
        offset = end + 1
    if start >= 0:
        pieces.append((start, len(text)))
    return pieces


_ALNUM = re.compile(r"[^\W_]")  # exactly the characters str.isalnum() accepts
_TOKEN_REACH = 64


def _ends(text: str, at: int, stop: int, limit: int, lists: WordLists, ahead: list[int]) -> bool:
    """Whether the punctuation ``text[at:stop]`` ends a sentence (``limit``: end of piece).
    ``ahead`` holds where the last search for a letter or digit found one (``limit``: none),
    which stays the answer for every stop up to it."""
    mark = text[at:stop]
    if "!" in mark or "?" in mark:
        return True
    if stop < limit and text[stop].isalnum():
        return False  # inside a word: «17.00», «bl.a»
    # Searched once for a run of stops, in place: a long paragraph of short sentences, or of
    # stops with nothing after them, would otherwise cost the square of its length.
    if ahead[0] < stop:
        after = _ALNUM.search(text, stop, limit)
        ahead[0] = after.start() if after else limit
    if ahead[0] >= limit:
        return True  # nothing after it in this piece
    first = text[ahead[0]]
    # The word before the stop: no abbreviation is longer than _TOKEN_REACH, and a run of
    # text without spaces is not walked back over at every stop in it.
    begin, floor = at, max(0, at - _TOKEN_REACH)
    while begin > floor and text[begin - 1] not in _SPACE:
        begin -= 1
    token = text[begin:stop].lstrip(_OPENING).lower()
    if token in lists.abbreviations:
        return False
    if token in lists.abbreviations_ending or token.count(".") > 1:
        return first.isupper()
    if len(token) == 2 and token[0].isalpha() and text[at - 1].isupper() and first.isupper():
        return False  # an initial: «Ola J. Nordmann»
    return not (first.isalpha() and first.islower())


def spans(text: str, lang: str = "nb") -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each stretch of ``text`` between sentence ends, in order; a stretch
    with no word in it (``WORD.findall(text, start, end)`` empty) is no sentence."""
    lists = word_lists(lang)
    for piece_start, piece_end in _pieces(text):
        start = piece_start
        ahead = [-1]
        for mark in _STOP.finditer(text, piece_start, piece_end):
            if _ends(text, mark.start(), mark.end(), piece_end, lists, ahead):
                yield start, mark.end()
                start = mark.end()
        if start < piece_end:
            yield start, piece_end


def split(text: str, lang: str = "nb") -> list[Sentence]:
    """The sentences of ``text`` (lines kept: blank lines and list items are boundaries)."""
    sentences: list[Sentence] = []
    findall = WORD.findall
    # Lines are counted on from the last sentence, not from the start of the text each time:
    # a long text of short sentences would otherwise cost the square of its length.
    counted, line = 0, 0
    for start, end in spans(text, lang):
        found = findall(text, start, end)
        if not found:
            continue
        first = WORD.search(text, start, end)
        begin = first.start() if first else start
        line += text.count("\n", counted, begin)
        counted = begin
        stripped = text[begin:end].rstrip()
        sentences.append(
            tuple.__new__(Sentence, (tuple(found), begin, begin + len(stripped), line))
        )
    return sentences


def words(text: str, lang: str = "nb") -> list[str]:
    """Every word of ``text``, by the same definition."""
    return [w for s in split(text, lang) for w in s.words]
