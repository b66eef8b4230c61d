"""``# sketchkit: ignore[RULE-ID] reason``: silencing a finding, always with a reason.

A trailing comment silences findings on its own line; a comment alone on a line silences
the line below. A suppression without a reason, or one that silences nothing, is itself
reported, so that silenced problems stay visible in review.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from sketchkit.checking.findings import BasisKind, Finding, Severity
from sketchkit.checking.rule import RuleInfo
from sketchkit.checking.ruleids import RuleId
from sketchkit.core.i18n import Lang, Msg

# Linear on any line: the rule list stops at the next "#" (a search that fails at one "#"
# never rescans what lies past the next), and the reason is taken greedily and stripped in
# Python, not by a lazy ".*?" racing "\s*$", which is quadratic on a run of spaces.
_COMMENT = re.compile(r"#\s*sketchkit:\s*ignore\[(?P<rules>[^\]\n#]*)\](?P<reason>.*)")

INFO = RuleInfo(
    RuleId.SUPPRESSION,
    Severity.WARNING,
    Msg(
        "Hver undertrykkelse (# sketchkit: ignore[REGEL] begrunnelse) har en begrunnelse og "
        "tar bort et funn.",
        "Every suppression (# sketchkit: ignore[RULE] reason) has a reason and silences a finding.",
    ),
    Msg(
        "Et funn som skjules uten begrunnelse, eller en undertrykkelse som ikke lenger trengs, "
        "skjuler problemer for den som leser skissen senere.",
        "A finding silenced without a reason, or a suppression no longer needed, hides "
        "problems from whoever reads the sketch later.",
    ),
    Msg(
        "Skriv hvorfor etter klammen, eller fjern kommentaren når funnet er borte.",
        "Write why after the bracket, or remove the comment once the finding is gone.",
    ),
    BasisKind.ADVICE,
)

_NO_REASON = Msg(
    "undertrykkelsen av {rules} mangler begrunnelse", "the suppression of {rules} has no reason"
)
_UNUSED = Msg(
    "undertrykkelsen av {rule} tar ikke bort noe funn", "the suppression of {rule} silences nothing"
)
_TOO_MANY = Msg(
    "skissen har over {limit} undertrykkelser; de etter denne leses ikke",
    "the sketch has over {limit} suppressions; those after this one are not read",
)
_NO_RULE = Msg("undertrykkelsen nevner ingen regel", "the suppression names no rule")
_NO_RULE_HINT = Msg(
    "Skriv regelens id i klammen, slik check viser den: # sketchkit: ignore[word-limit] begrunnelse",
    "Write the rule's id in the brackets, as check shows it: # sketchkit: ignore[word-limit] reason",
)
_UNKNOWN_RULE = Msg("ingen regel heter «{rule}»", "no rule is called '{rule}'")
_DID_YOU_MEAN = Msg("Mente du «{rule}»?", "Did you mean '{rule}'?")
_IDS_HINT = Msg(
    "«sketchkit explain» viser alle reglene med id.",
    "'sketchkit explain' lists every rule with its id.",
)
_KNOWN_IDS = frozenset(r.value for r in RuleId)
_NO_REASON_HINT = Msg(
    "Skriv hvorfor: # sketchkit: ignore[{rules}] vedtaket kommer i neste møte",
    "Say why: # sketchkit: ignore[{rules}] the decision is due at the next meeting",
)


@dataclass(frozen=True, slots=True)
class Suppression:
    line: int  # where the comment is
    column: int
    target: int  # the line whose findings it silences
    rules: tuple[str, ...]
    reason: str


# No sketch needs more; a file of nothing but suppressions would otherwise cost a finding each.
MAX_SUPPRESSIONS = 1_000
# One comment names a rule or three; past this many the rest are not read (and so silence
# nothing): a comment of 200 000 made-up ids would otherwise cost a near-miss search each.
MAX_RULES_PER_SUPPRESSION = 20


def parse(source: str) -> list[Suppression]:
    """The file's suppressions, at most MAX_SUPPRESSIONS + 1 (one more says there are more)."""
    if "sketchkit:" not in source:  # the common case, checked once per file
        return []
    out = []
    lines = source.splitlines()
    following = _next_content_lines(lines)
    for number, text in enumerate(lines, 1):
        if "sketchkit" not in text:
            continue
        m = _COMMENT.search(text)
        if not m:
            continue
        alone = not text[: m.start()].strip()
        target = following[number] if alone else number
        named = dict.fromkeys(r.strip() for r in m.group("rules").split(",") if r.strip())
        rules = tuple(named)[:MAX_RULES_PER_SUPPRESSION]
        out.append(Suppression(number, m.start() + 1, target, rules, m.group("reason").strip()))
        if len(out) > MAX_SUPPRESSIONS:
            break
    return out


def _next_content_lines(lines: list[str]) -> list[int]:
    """For each line number, the next line below it that holds something other than a comment
    (or the line just below, where none does): worked out in one pass from the end, so that
    thousands of comment lines in a row cost no more than one."""
    following = [0] * (len(lines) + 2)
    nxt = 0
    for n in range(len(lines), 0, -1):
        following[n] = nxt or n + 1
        stripped = lines[n - 1].strip()
        if stripped and not stripped.startswith("#"):
            nxt = n
    return following


def apply(findings: Sequence[Finding], source: str, lang: Lang) -> list[Finding]:
    """The findings left after suppressions, with findings about the suppressions themselves."""
    suppressions = parse(source)
    if not suppressions:
        return list(findings)
    kept: list[Finding] = []
    if len(suppressions) > MAX_SUPPRESSIONS:
        extra = suppressions.pop()
        kept.append(_about(extra, _TOO_MANY(lang, limit=MAX_SUPPRESSIONS), INFO.fix(lang)))
    used: set[tuple[int, str]] = set()
    by_line: dict[int, list[Suppression]] = {}
    for s in suppressions:
        by_line.setdefault(s.target, []).append(s)
    for f in findings:
        match = next((s for s in by_line.get(f.line, ()) if f.rule in s.rules), None)
        if match is None:
            kept.append(f)
        else:
            used.add((match.line, f.rule))
    for s in suppressions:
        kept.extend(_problems(s, used, lang))
    kept.sort(key=Finding.sort_key)
    return kept


def _problems(s: Suppression, used: set[tuple[int, str]], lang: Lang) -> Iterator[Finding]:
    """What is wrong with one suppression: no rule, no reason, a rule unknown or not needed."""
    if not s.rules:
        yield _about(s, _NO_RULE(lang), _NO_RULE_HINT(lang))
        return
    rules = ", ".join(s.rules)
    # A reason still to be written (the editor's quick fix inserts «<<begrunnelse>>») is none.
    if not s.reason or (s.reason.startswith("<<") and s.reason.endswith(">>")):
        yield _about(s, _NO_REASON(lang, rules=rules), _NO_REASON_HINT(lang, rules=rules))
    for rule in s.rules:
        if rule not in _KNOWN_IDS:
            close = _closest_id(rule)
            hint = _DID_YOU_MEAN(lang, rule=close) if close else _IDS_HINT(lang)
            yield _about(s, _UNKNOWN_RULE(lang, rule=rule), hint)
        elif (s.line, rule) not in used:
            yield _about(s, _UNUSED(lang, rule=rule), INFO.fix(lang))


@functools.lru_cache(maxsize=256)
def _closest_id(rule: str) -> str | None:
    """The rule id ``rule`` was most likely meant to be, if any is close."""
    import difflib  # only for a rule id that is wrong: check starts without it

    close = difflib.get_close_matches(rule, sorted(_KNOWN_IDS), n=1)
    return close[0] if close else None


def _about(s: Suppression, message: str, hint: str) -> Finding:
    return Finding(INFO.id, INFO.severity, message, "", s.line, s.column, hint, INFO.basis)
