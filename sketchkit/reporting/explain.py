"""What each rule checks, why the call cares, and how to fix it: ``sketchkit explain``."""

from __future__ import annotations

import difflib

from sketchkit.checking.catalog import all_rule_infos
from sketchkit.checking.findings import SEVERITY_WORDS
from sketchkit.checking.rule import RuleInfo
from sketchkit.core.i18n import Lang, Msg

_CHECKS = Msg("Sjekker", "Checks")
_WHY = Msg("Hvorfor", "Why")
_FIX = Msg("Slik retter du", "How to fix")
_SILENCE = Msg(
    "Skjul et enkelt funn med en begrunnelse: # sketchkit: ignore[{id}] begrunnelse",
    "Silence a single finding with a reason: # sketchkit: ignore[{id}] reason",
)
_UNKNOWN = Msg("ukjent regel «{id}»", "unknown rule '{id}'")
_DID_YOU_MEAN = Msg("; mente du «{s}»?", "; did you mean '{s}'?")
_LIST_HINT = Msg(
    "Kjør «sketchkit explain REGEL» for detaljer.", "Run 'sketchkit explain RULE' for details."
)


class UnknownRule(LookupError):
    pass


def find(rule_id: str, lang: Lang) -> RuleInfo:
    infos = {info.id: info for info in all_rule_infos()}
    if rule_id in infos:
        return infos[rule_id]
    close = difflib.get_close_matches(rule_id, list(infos), n=1)
    message = _UNKNOWN(lang, id=rule_id) + (_DID_YOU_MEAN(lang, s=close[0]) if close else "")
    raise UnknownRule(message)


def explain(rule_id: str, lang: Lang) -> str:
    info = find(rule_id, lang)
    return (
        f"{info.id} ({SEVERITY_WORDS[info.severity](lang)})\n\n"
        f"{_CHECKS(lang)}: {info.summary(lang)}\n\n"
        f"{_WHY(lang)}: {info.why(lang)}\n\n"
        f"{_FIX(lang)}: {info.fix(lang)}\n\n"
        f"{_SILENCE(lang, id=info.id)}\n"
    )


def list_rules(lang: Lang) -> str:
    infos = all_rule_infos()
    width = max(len(i.id) for i in infos)
    sev_width = max(len(m(lang)) for m in SEVERITY_WORDS.values())
    lines = [
        f"{i.id:<{width}}  {SEVERITY_WORDS[i.severity](lang):<{sev_width}}  {i.summary(lang)}"
        for i in infos
    ]
    return "\n".join([*lines, "", _LIST_HINT(lang)]) + "\n"
