"""The measures of one text: LIX and what goes into it, long sentences, s-passives after a
modal, nominal style, abbreviations and words repeated within a sentence.

Everything here is arithmetic on the words and sentences of ``splitting``; the word lists
come from ``wordlists`` and the limits from ``thresholds``.
"""

# No ``from __future__ import annotations`` here: typing.NamedTuple compiles every string
# annotation when the class is made, which costs more than the classes on each `check`.

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

from sketchkit.language.splitting import WORD, Sentence, letters, spans, split, visible
from sketchkit.language.thresholds import Thresholds, defaults
from sketchkit.language.wordlists import WordLists, word_lists


class LongSentence(NamedTuple):
    line: int  # 0-based line of the analysed text
    words: int
    text: str
    split_after: str | None  # the words to end the first sentence with, when a place is found


class Passive(NamedTuple):
    line: int
    text: str  # «skal utredes», «må ikkje vurderast»


class Repeat(NamedTuple):
    line: int
    word: str
    times: int


class AbbreviationUse(NamedTuple):
    abbreviation: str
    line: int
    explained: bool  # «Leverandørutviklingsprogrammet (LUP)» or «LUP (Leverandør…)»


class Analysis(NamedTuple):
    lang: str
    words: int
    sentences: int
    long_words: int
    nominal: int
    nominal_words: tuple[str, ...] = ()  # as written, in order
    long_sentences: tuple[LongSentence, ...] = ()
    passives: tuple[Passive, ...] = ()
    repeats: tuple[Repeat, ...] = ()
    abbreviations: tuple[AbbreviationUse, ...] = ()
    longest: tuple[str, ...] = ()  # the three longest distinct words, longest first

    @property
    def words_per_sentence(self) -> float:
        return self.words / self.sentences if self.sentences else 0.0

    @property
    def long_word_share(self) -> float:
        """Long words as a share of all words, 0–1."""
        return self.long_words / self.words if self.words else 0.0

    @property
    def nominal_share(self) -> float:
        return self.nominal / self.words if self.words else 0.0

    @property
    def lix(self) -> float | None:
        """Björnsson's LIX: words per sentence plus the percentage of long words."""
        return lix_of(self.words, self.sentences, self.long_words)


# Björnsson's scale as tansa.com/no/liks gives it: under 30 very easy, 30–40 easy, 40–50
# medium (newspapers), 50–60 hard (official documents), over 60 very hard (bureaucratic).
LIX_BANDS = (30.0, 40.0, 50.0, 60.0)


def lix_band(value: float) -> int:
    """0 (very easy) to 4 (very hard) on the scale above."""
    return sum(1 for edge in LIX_BANDS if value >= edge)


def lix(text: str, lang: str = "nb", long_word_letters: int = 7) -> float | None:
    """LIX of ``text`` by the definition in ``splitting``; None for a text with no words."""
    return count(text, lang, long_word_letters).lix


def lix_of(words: int, sentences: int, long_words: int) -> float | None:
    """Björnsson's LIX from its three counts; None without words or sentences."""
    if not words or not sentences:
        return None
    return words / sentences + 100 * long_words / words


class Counts(NamedTuple):
    """What LIX is made of: the words, sentences and long words of a text."""

    words: int
    sentences: int
    long_words: int

    @property
    def lix(self) -> float | None:
        return lix_of(self.words, self.sentences, self.long_words)


def combined(parts: Iterable[Counts]) -> Counts:
    """Several texts read as one: each count summed, so that their LIX is that of all the
    words and sentences together (never an average of each text's LIX)."""
    words = sentences = long_words = 0
    for part in parts:
        words += part.words
        sentences += part.sentences
        long_words += part.long_words
    return Counts(words, sentences, long_words)


@cache
def _plain_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What ``WORD`` finds in a text without digits or a letter right after a full stop, and
    the test for such a text.

    Of ``WORD``'s three forms, the number form needs a digit and the abbreviation form
    («bl.a.») a full stop with a letter after it; in the third, «.,:/–» join only before a
    digit. In a text with neither, ``WORD`` finds just what this simpler expression finds,
    at about half the cost (most prose fields are such texts). Compiled on first use, not on
    every `check`.
    """
    return re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*-?"), re.compile(r"\d|\.[^\W\d_]")


def count(text: str, lang: str = "nb", long_word_letters: int = 7) -> Counts:
    """The words, sentences and long words of ``text``, as ``analyse`` counts them, and
    nothing else: LIX at a fraction of the cost of ``analyse`` (no sentence objects, lines,
    word lists or other measures)."""
    plain, needs_word = _plain_words()
    findall = (WORD if needs_word.search(text) else plain).findall
    words = sentences = long_words = 0
    for start, end in spans(text, lang):
        found = findall(text, start, end)
        if found:
            sentences += 1
            words += len(found)
            # Length first (a word has no more letters than characters, and most are short),
            # in a comprehension: this runs once per word of every sketch in `summary`.
            longish = [w for w in found if len(w) >= long_word_letters]
            long_words += sum(1 for w in longish if letters(w) >= long_word_letters)
    return Counts(words, sentences, long_words)


# String tests rather than regular expressions: compiling patterns costs more, on every
# `check`, than these take to run (bench/klarsprak.py).
_ROMAN = frozenset("IVXLCDM")
_VOWEL_S = tuple(f"{v}s" for v in "aeiouyæøå")
_NB_PASSIVE = ("es", *_VOWEL_S)  # «utredes», «nås»
_NN_PASSIVE = ("ast", "es")  # «vurderast»; «-es» where a writer mixes in bokmål
# After a modal, a subject may come before the verb: «skal løsningen testes», «må det vurderast».
_SUBJECTS = frozenset({"det", "den", "de", "dei", "dette", "disse", "desse", "han", "hun", "ho"})
_DEFINITE = ("en", "et", "ene", "a", "ane")
# A letter and then a capital: where an abbreviation may be («LUP», «IT-», «IoT»).
_CAPITAL_INSIDE = re.compile(r"[^\W\d_][A-ZÆØÅÄÖÜ]")


def _definite(word: str) -> bool:
    return len(word) >= 5 and word.isalpha() and word.endswith(_DEFINITE)


def analyse(text: str, lang: str = "nb", limits: Thresholds | None = None) -> Analysis:
    """Every measure of ``text``; s-passive and nominal style only for nb and nn."""
    t = limits or defaults()
    lists = word_lists(lang)
    sentences = split(text, lang)
    long_letters = int(t.long_word_letters or 7)
    long_words = 0
    nominal_words: list[str] = []
    long_sentences: list[LongSentence] = []
    passives: list[Passive] = []
    repeats: list[Repeat] = []
    abbreviations: list[AbbreviationUse] = []
    norwegian = lists.norwegian
    repeat_letters = t.repeated_word_letters
    abbreviation_letters = t.abbreviation_letters
    # Whole-text passes first, each one comprehension; per sentence only what needs it.
    words = [w for sentence in sentences for w in sentence.words]
    lows = list(map(str.lower, words))
    n_words = len(words)
    lengths: dict[str, int] = {}
    for w in [w for w in words if len(w) >= long_letters]:  # fewer letters than characters
        size = letters(w)
        if size >= long_letters:
            long_words += 1
            lengths.setdefault(w.rstrip("-"), size)
    if norwegian:
        endings = lists.nominal_endings
        # endswith first: a C call that rules out almost every word before _is_nominal.
        nominal_words = [
            w
            for w, low in zip(words, lows, strict=True)
            if low.endswith(endings) and _is_nominal(low, lists)
        ]
    # Only a word with a capital after its first letter can be an abbreviation («LUP»,
    # «IT-løsning»); most texts have none, and skip the search for positions.
    capitals = abbreviation_letters is not None and _CAPITAL_INSIDE.search(text) is not None
    at = 0
    for sentence in sentences:
        n = len(sentence.words)
        sentence_lows = lows[at : at + n]
        at += n
        if t.sentence_words_info is not None and n > t.sentence_words_info:
            long_sentences.append(
                LongSentence(
                    sentence.line, n, sentence.text(text), _split_after(sentence, text, lists)
                )
            )
        if norwegian and not lists.modals.isdisjoint(sentence_lows):
            passives.extend(_passives(sentence, sentence_lows, lists))
        if repeat_letters is not None:
            repeats.extend(_repeats(sentence, sentence_lows, lists, int(repeat_letters)))
        if capitals and abbreviation_letters is not None:
            abbreviations.extend(_abbreviations(sentence, text, lists, int(abbreviation_letters)))
    return Analysis(
        lang=lists.lang,
        words=n_words,
        sentences=len(sentences),
        long_words=long_words,
        nominal=len(nominal_words),
        nominal_words=tuple(nominal_words),
        long_sentences=tuple(long_sentences),
        passives=tuple(passives),
        repeats=tuple(repeats),
        abbreviations=tuple(abbreviations),
        longest=tuple(sorted(lengths, key=lambda word: -lengths[word])[:3]),
    )


def _is_nominal(low: str, lists: WordLists) -> bool:
    last = low.rsplit("-", 1)[-1]
    if last in lists.nominal_exceptions:
        return False
    for ending in lists.nominal_endings:  # longest first: the longest that fits decides
        if last.endswith(ending):
            # Three letters before the ending at least: «ting», «enhet» and «nasjon» are no
            # nominalisations; «løsning», «frihet» and «stasjon» count.
            return len(last) >= len(ending) + 3 and last.isalpha()
    return False


def _passives(sentence: Sentence, lows: list[str], lists: WordLists) -> list[Passive]:
    endings = _NN_PASSIVE if lists.lang == "nn" else _NB_PASSIVE
    words = sentence.words
    out = []
    for i, low in enumerate(lows):
        if low not in lists.modals:
            continue
        j = i + 1
        subject_seen = False
        while j < len(words):
            candidate = lows[j]
            if candidate in lists.adverbs:
                j += 1
                continue
            if not subject_seen and (candidate in _SUBJECTS or _definite(candidate)):
                # «skal løsningen testes»: one subject may stand between modal and verb.
                subject_seen = True
                j += 1
                continue
            break
        if j >= len(words):
            continue
        verb, low_verb = words[j], lows[j]
        if (
            verb[:1].islower()
            and len(low_verb) >= 3
            and low_verb.isalpha()
            and low_verb.endswith(endings)
            and low_verb not in lists.deponents
            and low_verb not in lists.stopwords
        ):
            out.append(Passive(sentence.line, " ".join(words[i : j + 1])))
    return out


def _repeats(
    sentence: Sentence, lows: list[str], lists: WordLists, min_letters: int
) -> list[Repeat]:
    stop = lists.stopwords
    content = [w for w in lows if len(w) >= min_letters and w not in stop]
    if len(set(content)) == len(content):  # the common case: nothing twice
        return []
    return [
        Repeat(sentence.line, low, times)
        for low, times in Counter(content).items()
        if times > 1 and letters(low) >= min_letters
    ]


def _positions(sentence: Sentence, source: str) -> list[int]:
    """The offset of each word of ``sentence`` in ``source``."""
    return [m.start() for m in WORD.finditer(source, sentence.start, sentence.end)]


def _abbreviations(
    sentence: Sentence, source: str, lists: WordLists, max_letters: int
) -> list[AbbreviationUse]:
    out = []
    # Lines are counted on from the sentence's own line, never from the text's start: a text
    # of many abbreviations stays linear.
    line, counted_to = sentence.line, sentence.start
    for w, at in zip(sentence.words, _positions(sentence, source), strict=False):
        # An abbreviation has two capitals: a word in small letters (most) cannot be one.
        if w.islower():
            continue
        offset = at
        for part in w.split("-"):
            if _is_abbreviation(part, lists, max_letters):
                start, end = offset, offset + len(part)
                line += source.count("\n", counted_to, start)
                counted_to = start
                out.append(AbbreviationUse(part, line, _explained(source, start, end)))
            offset += len(part) + 1
    return out


def _is_abbreviation(part: str, lists: WordLists, max_letters: int) -> bool:
    return (
        2 <= len(part) <= max_letters
        and part.isalpha()
        and part[0].isupper()
        and sum(1 for c in part if c.isupper()) >= 2
        and part not in lists.acronyms
        and not set(part) <= _ROMAN
    )


# How far after «(» an explanation is looked for: bounded, so that a text of many
# abbreviations stays linear; no full form is this long.
_EXPLANATION_CHARS = 500


def _explained(source: str, start: int, end: int) -> bool:
    """«… (LUP)» names it after the full form; «LUP (…)» names the full form after it."""
    # Scanned in place (no copy of the text before or after): linear in what is looked at.
    before = start
    while before > 0 and source[before - 1] == " ":
        before -= 1
    after = end
    while after < len(source) and source[after] == " ":
        after += 1
    if before > 0 and source[before - 1] == "(" and source.startswith(")", after):
        return True
    if source.startswith("(", after):
        window = source[after + 1 : after + 1 + _EXPLANATION_CHARS]
        inside = window.split(")", 1)[0]
        return any(c.islower() for c in inside)
    return False


def _split_after(sentence: Sentence, source: str, lists: WordLists) -> str | None:
    """Where to end a first, shorter sentence: after a comma or before a conjunction, as
    near the middle as possible, with at least five words on either side."""
    words = sentence.words
    starts = _positions(sentence, source)
    n = len(words)
    best: tuple[float, int] | None = None
    for k in range(5, n - 4):
        gap = source[starts[k - 1] + len(words[k - 1]) : starts[k]]
        comma = "," in gap or ";" in gap
        conjunction = words[k].lower() in lists.conjunctions
        if not (comma or conjunction):
            continue
        # Prefer a comma: it is where the writer already paused.
        cost = abs(k - n / 2) + (0 if comma else 0.5)
        if best is None or cost < best[0]:
            best = (cost, k)
    if best is None:
        return None
    k = best[1]
    first = max(0, k - 4)
    end = starts[k - 1] + len(words[k - 1])
    return visible(source[starts[first] : end])
