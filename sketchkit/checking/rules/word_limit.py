"""Prose stays within the call's length limits (words and characters)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from sketchkit.calls import Limit
from sketchkit.checking.findings import BasisKind, Finding, Severity
from sketchkit.checking.rule import Context, Rule, RuleInfo
from sketchkit.checking.ruleids import RuleId
from sketchkit.core.i18n import Msg

INFO = RuleInfo(
    id=RuleId.WORD_LIMIT,
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
    basis=BasisKind.ADVICE,
    default_on=False,
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
    counts = {"words": count_words(text), "chars": len(text.strip())}
    # Above a maximum the portal would cut the text (error); below a minimum it is thin (warning).
    bounds = (
        (limit.max_words, "words", _MAX_WORDS, _MAX_HINT, Severity.ERROR, 1),
        (limit.max_chars, "chars", _MAX_CHARS, _MAX_HINT, Severity.ERROR, 1),
        (limit.min_words, "words", _MIN_WORDS, _MIN_HINT, Severity.WARNING, -1),
        (limit.min_chars, "chars", _MIN_CHARS, _MIN_HINT, Severity.WARNING, -1),
    )
    for bound, measure, message, hint, severity, sign in bounds:
        count = counts[measure]
        if bound is not None and (count - bound) * sign > 0:
            yield ctx.finding(
                INFO,
                pointer,
                message(ctx.lang, limit=bound, count=count),
                hint(ctx.lang),
                severity=severity,
                # Each limit rests on its own basis: a source of the call, or sketchkit's advice.
                basis=BasisKind.ADVICE if limit.basis.advice else BasisKind.CALL,
                source=limit.basis.source,
                quote=limit.basis.quote,
            )


def check(ctx: Context) -> Iterator[Finding]:
    for limit in ctx.call.limits:
        for pointer in _expand(ctx, limit.pattern):
            yield from _check_one(ctx, pointer, limit)


RULE = Rule(INFO, check)
