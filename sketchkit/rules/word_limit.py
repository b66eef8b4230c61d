"""Prose stays within the call's length limits (words and characters)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from sketchkit.calls import Limit
from sketchkit.findings import Finding, Severity
from sketchkit.i18n import Msg
from sketchkit.rules._base import Context, Rule, RuleInfo

INFO = RuleInfo(
    id="word-limit",
    severity=Severity.ERROR,
    summary=Msg(
        "Tekstfeltene holder seg innenfor lengdegrensene (over grensen: feil; under: advarsel).",
        "Prose fields stay within their length limits (above: error; below: warning).",
    ),
    why=Msg(
        "Innovasjon Norges søknadsportal begrenser feltene; for lang tekst blir kuttet, og "
        "for kort tekst svarer sjelden godt nok på kriteriet.",
        "Innovasjon Norge's portal caps its fields; text that is too long is cut, and text "
        "that is too short rarely answers the criterion well enough.",
    ),
    fix=Msg(
        "Kort ned eller utdyp teksten. Grensene står i utlysningens call.yaml.",
        "Shorten or expand the text. The limits are in the call's call.yaml.",
    ),
)

_WORD = re.compile(r"\w+(?:[-'’.]\w+)*")
_MAX_WORDS = Msg(
    "kan ha høyst {limit} ord; har {count}", "may have at most {limit} words; has {count}"
)
_MIN_WORDS = Msg(
    "må ha minst {limit} ord; har {count}", "must have at least {limit} words; has {count}"
)
_MAX_CHARS = Msg(
    "kan ha høyst {limit} tegn; har {count}", "may have at most {limit} characters; has {count}"
)
_MIN_CHARS = Msg(
    "må ha minst {limit} tegn; har {count}", "must have at least {limit} characters; has {count}"
)
_MIN_HINT = Msg(
    "Utdyp teksten: hva, hvem, hvor mye og hvorfor.",
    "Expand the text: what, who, how much and why.",
)
_MAX_HINT = Msg(
    "Kort ned teksten; flytt detaljer til vedlegg.",
    "Shorten the text; move details to an attachment.",
)


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


def _expand(ctx: Context, pattern: str) -> list[str]:
    """Pointers matching ``pattern``, where ``*`` stands for every index of a list."""
    pointers = [""]
    for token in pattern.split("/")[1:]:
        nxt: list[str] = []
        for p in pointers:
            if token == "*":
                nxt.extend(q for q, _ in ctx.items(p))
            else:
                nxt.append(f"{p}/{token}")
        pointers = nxt
    return pointers


def _check_one(ctx: Context, pointer: str, limit: Limit) -> Iterator[Finding]:
    text = ctx.text(pointer)
    if text is None or pointer in ctx.placeholders:
        return
    words = count_words(text)
    chars = len(text.strip())
    lang = ctx.lang
    if limit.max_words is not None and words > limit.max_words:
        yield ctx.finding(
            INFO, pointer, _MAX_WORDS(lang, limit=limit.max_words, count=words), _MAX_HINT(lang)
        )
    if limit.max_chars is not None and chars > limit.max_chars:
        yield ctx.finding(
            INFO, pointer, _MAX_CHARS(lang, limit=limit.max_chars, count=chars), _MAX_HINT(lang)
        )
    if limit.min_words is not None and words < limit.min_words:
        yield ctx.finding(
            INFO,
            pointer,
            _MIN_WORDS(lang, limit=limit.min_words, count=words),
            _MIN_HINT(lang),
            severity=Severity.WARNING,
        )
    if limit.min_chars is not None and chars < limit.min_chars:
        yield ctx.finding(
            INFO,
            pointer,
            _MIN_CHARS(lang, limit=limit.min_chars, count=chars),
            _MIN_HINT(lang),
            severity=Severity.WARNING,
        )


def check(ctx: Context) -> Iterator[Finding]:
    for limit in ctx.call.limits:
        for pointer in _expand(ctx, limit.pattern):
            yield from _check_one(ctx, pointer, limit)


RULE = Rule(INFO, check)
