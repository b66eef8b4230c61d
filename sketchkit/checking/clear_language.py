"""Clear-language advice (klarspråk) on a sketch's prose fields: the figures per field and the
findings, sketchkit's advice and never the call's requirement.

Prose fields are those the call limits in words, and any other text field of at least
``prose_min_words`` words. Each is analysed as written in the file: for a block scalar
(``text: >``) the lines of the block, so list items and blank lines keep their meaning and a
sentence's line is exact. Findings sit on the field's own line (where a suppression comment
can stand: after ``text: >``); the line of a sentence is in the message.
"""

# No ``from __future__ import annotations`` here: typing.NamedTuple compiles every string
# annotation when the class is made, which costs more than the classes on each `check`.

from collections.abc import Iterator
from functools import lru_cache
from typing import Any, NamedTuple

from sketchkit.checking.findings import BasisKind, Finding, Severity
from sketchkit.checking.rule import Context, RuleInfo
from sketchkit.checking.ruleids import RuleId
from sketchkit.core import pointer as ptr
from sketchkit.core.i18n import Lang, Msg
from sketchkit.input.yamldoc import YamlDocument, block_body
from sketchkit.language import Analysis, Thresholds, analyse
from sketchkit.language.measures import lix_band

_WHY = Msg(
    "Språklova § 9 krever at offentlige organer skriver klart og korrekt for mottakerne, og en "
    "jury leser mange skisser: en tung tekst taper. Dette er sketchkits råd, ikke et krav i "
    "utlysningen; det stopper aldri en skisse.",
    "The Language Act § 9 requires public bodies to write clearly and correctly for their "
    "readers, and a jury reads many sketches: a heavy text loses. This is sketchkit's advice, "
    "not a requirement of the call; it never stops a sketch.",
)


def _info(rule: RuleId, summary: Msg, fix: Msg, most: Severity = Severity.INFO) -> RuleInfo:
    """sketchkit's advice: ``most`` is the most severe it gets (info, or a warning past a
    clear threshold); a call's ``rules:`` data may lower it, never make it an error."""
    return RuleInfo(rule, most, summary, _WHY, fix, basis=BasisKind.ADVICE)


LIX = _info(
    RuleId.KLARSPRAK_LIX,
    Msg(
        "Råd om klarspråk: lesbarhetsindeksen (LIKS) for et tekstfelt med minst 50 ord er ikke "
        "over 50 («vanskelig»); over 60 («svært vanskelig») er det en advarsel.",
        "Clear-language advice: the readability index (LIX) of a prose field of at least 50 "
        "words is not above 50 ('hard'); above 60 ('very hard') it is a warning.",
    ),
    Msg(
        "Skriv kortere setninger og bytt lange ord med kortere der det går.",
        "Write shorter sentences and replace long words with shorter ones where you can.",
    ),
    Severity.WARNING,
)
LONG_SENTENCE = _info(
    RuleId.KLARSPRAK_LONG_SENTENCE,
    Msg(
        "Råd om klarspråk: ingen setning har over 25 ord; over 40 ord er det en advarsel.",
        "Clear-language advice: no sentence has more than 25 words; above 40 it is a warning.",
    ),
    Msg("Del setningen: én tanke per setning.", "Split the sentence: one thought per sentence."),
    Severity.WARNING,
)
S_PASSIVE = _info(
    RuleId.KLARSPRAK_S_PASSIVE,
    Msg(
        "Råd om klarspråk: få s-passiver etter modalverb («skal utredes», «må vurderast»); "
        "de skjuler hvem som gjør noe.",
        "Clear-language advice: few s-passives after a modal verb ('skal utredes'); they "
        "hide who acts.",
    ),
    Msg(
        "Skriv hvem som gjør det: «vi skal utrede» i stedet for «skal utredes».",
        "Say who does it: 'vi skal utrede' instead of 'skal utredes'.",
    ),
)
NOMINAL = _info(
    RuleId.KLARSPRAK_NOMINAL_STYLE,
    Msg(
        "Råd om klarspråk: under 15 % av ordene i et tekstfelt er substantiv på -ing, -sjon, "
        "-het/-heit eller -else (substantivsyke).",
        "Clear-language advice: under 15 % of a prose field's words are nouns in -ing, -sjon, "
        "-het/-heit or -else (nominal style).",
    ),
    Msg(
        "Bruk verb der det går: «vi kartlegger behovet» i stedet for «gjennomføring av "
        "kartlegging av behovet».",
        "Use verbs where you can: 'vi kartlegger behovet' instead of 'gjennomføring av "
        "kartlegging av behovet'.",
    ),
)
ABBREVIATION = _info(
    RuleId.KLARSPRAK_ABBREVIATION,
    Msg(
        "Råd om klarspråk: en forkortelse forklares første gang den brukes.",
        "Clear-language advice: an abbreviation is explained the first time it is used.",
    ),
    Msg(
        "Skriv den fulle formen første gang, med forkortelsen i parentes: "
        "«Leverandørutviklingsprogrammet (LUP)».",
        "Write the full form the first time, with the abbreviation in brackets: "
        "'Leverandørutviklingsprogrammet (LUP)'.",
    ),
)
REPEATED_WORD = _info(
    RuleId.KLARSPRAK_REPEATED_WORD,
    Msg(
        "Råd om klarspråk: samme ord står ikke to ganger i én setning.",
        "Clear-language advice: the same word does not appear twice in one sentence.",
    ),
    Msg(
        "Bytt det ene med et pronomen eller et annet ord, eller del setningen.",
        "Replace one of them with a pronoun or another word, or split the sentence.",
    ),
)

INFOS: tuple[RuleInfo, ...] = (LIX, LONG_SENTENCE, S_PASSIVE, NOMINAL, ABBREVIATION, REPEATED_WORD)
# The rules that are sketchkit's clear-language advice: never part of a criterion's status.
RULE_IDS: frozenset[str] = frozenset(str(info.id) for info in INFOS)

_LANGUAGES = ("nb", "nn", "en")
_LANGUAGE_NAMES = {
    "nb": Msg("bokmål", "Bokmål"),
    "nn": Msg("nynorsk", "Nynorsk"),
    "en": Msg("engelsk", "English"),
}


# NamedTuples rather than dataclasses: this module loads on every `check` (bench/klarsprak.py).
class FieldFigures(NamedTuple):
    """One prose field's measures, and where it is."""

    pointer: str
    line: int  # the field's value (1-based)
    column: int
    first_line: int  # the source line of the analysed text's first line
    analysis: Analysis

    def source_line(self, line: int) -> int:
        """The file's line for a 0-based line of the analysed text."""
        return self.first_line + line

    @property
    def lix(self) -> float | None:
        return self.analysis.lix

    def to_dict(self) -> dict[str, Any]:
        a = self.analysis
        return {
            "pointer": self.pointer,
            "line": self.line,
            "words": a.words,
            "sentences": a.sentences,
            "long_words": a.long_words,
            "lix": _round(a.lix),
            "words_per_sentence": round(a.words_per_sentence, 1),
            "long_word_share": round(a.long_word_share, 3),
            "nominal_share": round(a.nominal_share, 3),
            "long_sentences": [
                {"line": self.source_line(s.line), "words": s.words, "text": s.text}
                for s in a.long_sentences
            ],
            "s_passives": [{"line": self.source_line(p.line), "text": p.text} for p in a.passives],
            "repeated_words": [
                {"line": self.source_line(r.line), "word": r.word, "count": r.times}
                for r in a.repeats
            ],
        }


class LanguageReport(NamedTuple):
    """The clear-language figures of one sketch, field by field and in total."""

    lang: str  # the sketch's written language: nb, nn or en
    fields: tuple[FieldFigures, ...]
    thresholds: Thresholds

    @property
    def words(self) -> int:
        return sum(f.analysis.words for f in self.fields)

    @property
    def sentences(self) -> int:
        return sum(f.analysis.sentences for f in self.fields)

    @property
    def long_words(self) -> int:
        return sum(f.analysis.long_words for f in self.fields)

    @property
    def lix(self) -> float | None:
        """LIX of all the prose fields read as one text; None without prose."""
        if not self.words or not self.sentences:
            return None
        return self.words / self.sentences + 100 * self.long_words / self.words

    def language_name(self, lang: Lang) -> str:
        return _LANGUAGE_NAMES[self.lang](lang)

    def to_dict(self) -> dict[str, Any]:
        return {
            "lang": self.lang,
            "words": self.words,
            "sentences": self.sentences,
            "long_words": self.long_words,
            "lix": _round(self.lix),
            "fields": [f.to_dict() for f in self.fields],
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def sketch_language(data: Any) -> str:
    """The written language the sketch gives in ``language:``; bokmål when it gives none."""
    value = data.get("language") if isinstance(data, dict) else None
    return value if isinstance(value, str) and value in _LANGUAGES else "nb"


# --- finding the prose fields -------------------------------------------------------------


def _expand(data: Any, pattern: str) -> Iterator[tuple[str, Any]]:
    """``(pointer, value)`` for each path matching ``pattern`` (``*``: every list index)."""
    nodes: list[tuple[str, Any]] = [("", data)]
    for token in ptr.parts(pattern):
        nxt: list[tuple[str, Any]] = []
        for p, node in nodes:
            if token == "*" and isinstance(node, list):
                nxt.extend((f"{p}/{i}", item) for i, item in enumerate(node))
            elif isinstance(node, dict) and token in node:
                nxt.append((ptr.join(p, token), node[token]))
        nodes = nxt
    return iter(nodes)


def _long_texts(data: Any, min_words: int) -> Iterator[tuple[str, str]]:
    """``(pointer, text)`` of every text of at least ``min_words`` words in ``data``."""
    stack: list[tuple[tuple[str, ...], Any]] = [((), data)]
    while stack:
        path, node = stack.pop()
        if isinstance(node, str):
            # Counting spaces first is cheap; most values are far too short to split.
            if (
                node.count(" ") + node.count("\n") >= min_words - 1
                and len(node.split()) >= min_words
            ):
                yield "".join("/" + ptr.escape(p) for p in path), node
        elif isinstance(node, dict):
            stack.extend(((*path, str(k)), v) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend(((*path, str(i)), v) for i, v in enumerate(node))


def prose_fields(ctx: Context, thresholds: Thresholds) -> list[tuple[str, str]]:
    """``(pointer, text)`` of every prose field, in the order of the file."""
    found: dict[str, str] = {}
    for limit in ctx.call.limits:
        if limit.counts_words:
            for pointer, value in _expand(ctx.doc.data, limit.pattern):
                if isinstance(value, str) and value.strip():
                    found[pointer] = value
    if thresholds.prose_min_words is not None:
        for pointer, value in _long_texts(ctx.doc.data, int(thresholds.prose_min_words)):
            found.setdefault(pointer, value)
    placeholders = ctx.placeholders
    fields = [
        (p, v)
        for p, v in found.items()
        if not any(ptr.is_within(p, q) or ptr.is_within(q, p) for q in placeholders)
    ]
    fields.sort(key=lambda item: ctx.doc.where(item[0]))
    return fields


def _block_header(header: str) -> bool:
    """``>``, ``|``, ``>-``, ``|+``, with or without a comment: a block scalar whose
    indentation YAML finds by itself (``>2`` and the like are read as their value)."""
    head = header.split("#", 1)[0].rstrip() if header[:1] in (">", "|") else ""
    return head in (">", "|", ">-", "|-", ">+", "|+")


def block_text(doc: YamlDocument, lines: list[str], pointer: str, value: str) -> tuple[str, int]:
    """The text to analyse and the 1-based file line of its first line.

    For a block scalar, its lines as written (indentation removed), so that list items and
    blank lines keep their meaning; otherwise the value itself, on the value's line.
    """
    line, column = doc.where(pointer)
    header = lines[line - 1][column - 1 :] if 0 < line <= len(lines) else ""
    if not _block_header(header):
        return value, line
    body = block_body(lines, line)
    while body and not body[-1]:
        body.pop()
    block = "\n".join(body)
    # The block as read must hold the value's words, or we analyse the value itself.
    if block.split() != value.split():
        return value, line
    return block, line + 1


# --- the step ------------------------------------------------------------------------------


# An editor (lsp, edit) checks the whole sketch on every change, while the writer changes one
# field: the analysis of a text is remembered, for a few hundred texts of ordinary length.
# (bench/run.py's corpus repeats four examples, so the cache also hits there; a batch of
# distinct sketches gains nothing from it.)
_CACHED_CHARS = 20_000
_analyse_cached = lru_cache(maxsize=512)(analyse)


def forget() -> None:
    """Forget the remembered analyses (for measuring a batch of distinct sketches)."""
    _analyse_cached.cache_clear()


def _analysis(text: str, lang: str, thresholds: Thresholds) -> Analysis:
    if len(text) > _CACHED_CHARS:
        return analyse(text, lang, thresholds)
    return _analyse_cached(text, lang, thresholds)


def analyse_sketch(ctx: Context, thresholds: Thresholds) -> LanguageReport:
    """The figures of every prose field of the sketch in ``ctx``."""
    lang = sketch_language(ctx.doc.data)
    lines = ctx.doc.source.splitlines()
    figures = []
    for pointer, value in prose_fields(ctx, thresholds):
        text, first_line = block_text(ctx.doc, lines, pointer, value)
        line, column = ctx.doc.where(pointer)
        figures.append(
            FieldFigures(pointer, line, column, first_line, _analysis(text, lang, thresholds))
        )
    return LanguageReport(lang, tuple(figures), thresholds)


def findings(ctx: Context, report: LanguageReport) -> list[Finding]:
    """The advice for the figures in ``report``, in the user's language."""
    t = report.thresholds
    if not t.enabled:
        return []
    out: list[Finding] = []
    for field in report.fields:
        out.extend(_lix(ctx, field, t))
        out.extend(_long_sentences(ctx, field, t))
        out.extend(_passives(ctx, field, t))
        out.extend(_nominal(ctx, field, t))
        out.extend(_repeats(ctx, field))
    out.extend(_abbreviations(ctx, report))
    return out


_BANDS = (
    Msg("svært lettlest", "very easy"),
    Msg("lettlest", "easy"),
    Msg("middels vanskelig", "medium"),
    Msg("vanskelig", "hard"),
    Msg("svært vanskelig", "very hard"),
)
_LIX = Msg(
    "LIKS {lix} ({band}): {wps} ord per setning og {pct} % lange ord (sju bokstaver eller flere)",
    "LIX {lix} ({band}): {wps} words per sentence and {pct} % long words (seven letters or more)",
)
_LIX_HINT = Msg(
    "Del de lange setningene og bytt lange ord med kortere der det går; de lengste her: {words}.",
    "Split the long sentences and replace long words with shorter ones where you can; the "
    "longest here: {words}.",
)
_LIX_WORDS_HINT = Msg(
    "Setningene er korte nok; bytt lange ord med kortere der det går, eller del sammensatte "
    "ord. De lengste her: {words}.",
    "The sentences are short enough; replace long words with shorter ones where you can, or "
    "split compounds. The longest here: {words}.",
)
# Words per sentence above which the LIX advice also says to split sentences.
_SHORT_ENOUGH = 15


def _number(value: float, lang: Lang) -> str:
    text = f"{value:.1f}"
    return text if lang is Lang.EN else text.replace(".", ",")


def _quoted(words: list[str], lang: Lang) -> str:
    return ", ".join(f"'{w}'" if lang is Lang.EN else f"«{w}»" for w in words)


def _lix(ctx: Context, field: FieldFigures, t: Thresholds) -> Iterator[Finding]:
    a = field.analysis
    value = a.lix
    if value is None or t.lix_info is None or value <= t.lix_info:
        return
    if t.lix_min_words is not None and a.words < t.lix_min_words:
        return
    warn = t.lix_warning is not None and value > t.lix_warning
    severity = Severity.WARNING if warn else Severity.INFO
    longest = list(a.longest)
    yield ctx.finding(
        LIX,
        field.pointer,
        _LIX(
            ctx.lang,
            lix=_number(value, ctx.lang),
            band=_BANDS[lix_band(value)](ctx.lang),
            wps=_number(a.words_per_sentence, ctx.lang),
            pct=round(100 * a.long_word_share),
        ),
        (_LIX_HINT if a.words_per_sentence > _SHORT_ENOUGH else _LIX_WORDS_HINT)(
            ctx.lang, words=_quoted(longest, ctx.lang)
        ),
        severity=severity,
    )


_LONG = Msg(
    "setningen på linje {line} har {n} ord (over {limit}): «{quote}»",
    "the sentence on line {line} has {n} words (over {limit}): '{quote}'",
)
_SPLIT_AT = Msg(
    "Del setningen etter «{words}»: sett punktum der og begynn en ny setning.",
    "Split the sentence after '{words}': end it there and start a new one.",
)
_SPLIT = Msg(
    "Del setningen i to eller flere: én tanke per setning.",
    "Split the sentence into two or more: one thought per sentence.",
)
_QUOTE_WORDS = 12


def _long_sentences(ctx: Context, field: FieldFigures, t: Thresholds) -> Iterator[Finding]:
    if t.sentence_words_info is None:
        return
    for s in field.analysis.long_sentences:
        severity = (
            Severity.WARNING
            if t.sentence_words_warning is not None and s.words > t.sentence_words_warning
            else Severity.INFO
        )
        parts = s.text.split()
        quote = " ".join(parts[:_QUOTE_WORDS]) + (" …" if len(parts) > _QUOTE_WORDS else "")
        hint = _SPLIT_AT(ctx.lang, words=s.split_after) if s.split_after else _SPLIT(ctx.lang)
        yield ctx.finding(
            LONG_SENTENCE,
            field.pointer,
            _LONG(
                ctx.lang,
                line=field.source_line(s.line),
                n=s.words,
                limit=int(t.sentence_words_info),
                quote=quote,
            ),
            hint,
            severity=severity,
        )


_PASSIVE = Msg(
    "{n} s-passiv etter modalverb: {items}",
    "{n} s-passive(s) after a modal verb: {items}",
)
_PASSIVE_HINT = Msg(
    "Skriv hvem som gjør det: «{active}» i stedet for «{passive}».",
    "Say who does it: '{active}' instead of '{passive}'.",
)
_AT_LINE = Msg("{what} (linje {line})", "{what} (line {line})")
_WE = {"nb": "vi", "nn": "vi", "en": "we"}


def _active(passive: str, lang: str) -> str:
    """«skal utredes» → «vi skal utrede»; «må vurderast» → «vi må vurdere»."""
    words = passive.split()
    verb = words[-1]
    if lang == "nn" and verb.endswith("ast"):
        verb = verb[:-3] + "e"
    elif verb.endswith("s"):
        verb = verb[:-1]
    return " ".join([_WE[lang], words[0], verb])


def _passives(ctx: Context, field: FieldFigures, t: Thresholds) -> Iterator[Finding]:
    found = field.analysis.passives
    if t.s_passive_info is None or not found or len(found) < t.s_passive_info:
        return
    items = ", ".join(
        _AT_LINE(ctx.lang, what=_quoted([p.text], ctx.lang), line=field.source_line(p.line))
        for p in found
    )
    first = found[0].text
    first_pair = f"{first.split()[0]} {first.split()[-1]}"
    yield ctx.finding(
        S_PASSIVE,
        field.pointer,
        _PASSIVE(ctx.lang, n=len(found), items=items),
        _PASSIVE_HINT(ctx.lang, active=_active(first, field.analysis.lang), passive=first_pair),
    )


_NOMINAL = Msg(
    "{pct} % av ordene er substantiv på -ing, -sjon, -het eller -else: {words}",
    "{pct} % of the words are nouns in -ing, -sjon, -het or -else: {words}",
)
_NOMINAL_HINT = Msg(
    "Skriv om med verb der det går, og begynn med «{noun}»: si hvem som gjør hva, som «vi "
    "kartlegger behovet» i stedet for «gjennomføring av kartlegging av behovet».",
    "Rewrite with verbs where you can, starting with '{noun}': say who does what, as in 'vi "
    "kartlegger behovet' instead of 'gjennomføring av kartlegging av behovet'.",
)


def _nominal(ctx: Context, field: FieldFigures, t: Thresholds) -> Iterator[Finding]:
    a = field.analysis
    if not a.nominal or t.nominal_info is None or a.nominal_share < t.nominal_info:
        return
    if t.nominal_min_words is not None and a.words < t.nominal_min_words:
        return
    distinct = list(dict.fromkeys(w.lower() for w in a.nominal_words))
    yield ctx.finding(
        NOMINAL,
        field.pointer,
        _NOMINAL(ctx.lang, pct=round(100 * a.nominal_share), words=_quoted(distinct[:5], ctx.lang)),
        _NOMINAL_HINT(ctx.lang, noun=distinct[0]),
    )


_REPEAT = Msg(
    "samme ord to ganger i én setning: {items}",
    "the same word twice in one sentence: {items}",
)
_REPEAT_HINT = Msg(
    "Bytt det ene «{word}» med et pronomen (den, det, de) eller et annet ord, eller del setningen.",
    "Replace one '{word}' with a pronoun (den, det, de) or another word, or split the sentence.",
)
_REPEAT_ITEM = Msg("«{word}» {n} ganger (linje {line})", "'{word}' {n} times (line {line})")


def _repeats(ctx: Context, field: FieldFigures) -> Iterator[Finding]:
    found = field.analysis.repeats
    if not found:
        return
    items = ", ".join(
        _REPEAT_ITEM(ctx.lang, word=r.word, n=r.times, line=field.source_line(r.line))
        for r in found
    )
    yield ctx.finding(
        REPEATED_WORD,
        field.pointer,
        _REPEAT(ctx.lang, items=items),
        _REPEAT_HINT(ctx.lang, word=found[0].word),
    )


_NOT_EXPLAINED = Msg(
    "forkortelsen «{abbr}» (linje {line}) er ikke forklart noe sted i skissen",
    "the abbreviation '{abbr}' (line {line}) is not explained anywhere in the sketch",
)
_EXPLAINED_LATER = Msg(
    "forkortelsen «{abbr}» brukes på linje {line} før den forklares på linje {later}",
    "the abbreviation '{abbr}' is used on line {line} before it is explained on line {later}",
)
_ABBR_HINT = Msg(
    "Skriv den fulle formen første gang, med forkortelsen i parentes: «fullt navn ({abbr})».",
    "Write the full form the first time, with the abbreviation in brackets: 'full name ({abbr})'.",
)


def _abbreviations(ctx: Context, report: LanguageReport) -> Iterator[Finding]:
    """The first use of each abbreviation, in the order of the file, must explain it."""
    if report.thresholds.abbreviation_letters is None:
        return
    first: dict[str, tuple[FieldFigures, int, bool]] = {}
    explained_at: dict[str, int] = {}
    for field in report.fields:
        for use in field.analysis.abbreviations:
            line = field.source_line(use.line)
            first.setdefault(use.abbreviation, (field, line, use.explained))
            if use.explained:
                explained_at.setdefault(use.abbreviation, line)
    for abbr, (field, line, explained) in first.items():
        if explained:
            continue
        later = explained_at.get(abbr)
        message = (
            _EXPLAINED_LATER(ctx.lang, abbr=abbr, line=line, later=later)
            if later is not None
            else _NOT_EXPLAINED(ctx.lang, abbr=abbr, line=line)
        )
        yield ctx.finding(ABBREVIATION, field.pointer, message, _ABBR_HINT(ctx.lang, abbr=abbr))
