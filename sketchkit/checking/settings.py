"""The rules a call applies, and the check of its ``rules:`` entries against what each rule reads.

The calls layer reads ``rules:`` generically (basis, applies, severity, parameter values); only
here are the rules known, so only here can an unknown rule id, an unknown parameter or a value
of the wrong kind be named, with the line in call.yaml it stands on.
"""

from __future__ import annotations

from pathlib import Path

from sketchkit.calls import CALL_FILE, Call, load_call
from sketchkit.calls.loading import malformed
from sketchkit.calls.model import param_value_ok
from sketchkit.checking.rule import Rule
from sketchkit.checking.rules import RULES
from sketchkit.core.i18n import Lang, Msg

_UNKNOWN_RULE = Msg(
    "ukjent regel «{rule}» under rules; kjente regler: {known}",
    "unknown rule '{rule}' under rules; known rules: {known}",
)
_UNKNOWN_PARAM = Msg(
    "regelen «{rule}» har ingen parameter «{param}»; den leser: {known}",
    "the rule '{rule}' has no parameter '{param}'; it reads: {known}",
)
_BAD_KIND = Msg(
    "«{param}» for regelen «{rule}» må være {kind}",
    "'{param}' for the rule '{rule}' must be {kind}",
)
_MISSING = Msg(
    "regelen «{rule}» trenger parameteren «{param}» ({kind})",
    "the rule '{rule}' needs the parameter '{param}' ({kind})",
)
_KINDS = {
    "integer": Msg("et helt tall ≥ 0", "a whole number ≥ 0"),
    "number": Msg("et endelig tall > 0", "a finite number > 0"),
    "text": Msg("en tekst", "a text"),
    "texts": Msg("en liste med tekster", "a list of texts"),
    "date": Msg("en dato YYYY-MM-DD", "a date YYYY-MM-DD"),
    "table": Msg(
        "en liste med oppslag fra navn til tall eller tekst",
        "a list of mappings from names to numbers or texts",
    ),
}

# Calls already checked, by identity; the value keeps the call alive so its id stays unique.
_CHECKED: dict[int, Call] = {}


def check_settings(call: Call, lang: Lang) -> None:
    """Raise CallError (file:line:col) for any ``rules:`` entry the rules cannot read."""
    if id(call) in _CHECKED:
        return
    by_id = {str(rule.info.id): rule for rule in RULES}
    path = call.folder / CALL_FILE
    for rule_id, setting in call.rules.items():
        rule = by_id.get(rule_id)
        if rule is None:
            raise malformed(
                lang,
                f"{path}:{setting.line}:{setting.column}",
                _UNKNOWN_RULE(lang, rule=rule_id, known=", ".join(by_id)),
            )
        params = {p.name: p for p in rule.info.params}
        for name, value in setting.params.items():
            line, column = setting.param_where.get(name, (setting.line, setting.column))
            where = f"{path}:{line}:{column}"
            param = params.get(name)
            if param is None:
                known = ", ".join(params) or "–"
                raise malformed(
                    lang, where, _UNKNOWN_PARAM(lang, rule=rule_id, param=name, known=known)
                )
            if not param_value_ok(param.kind, value):
                kind = _KINDS[param.kind.value](lang)
                raise malformed(lang, where, _BAD_KIND(lang, rule=rule_id, param=name, kind=kind))
        if setting.applies:
            for param in rule.info.params:
                if param.required and param.name not in setting.params:
                    kind = _KINDS[param.kind.value](lang)
                    raise malformed(
                        lang,
                        f"{path}:{setting.line}:{setting.column}",
                        _MISSING(lang, rule=rule_id, param=param.name, kind=kind),
                    )
    _CHECKED[id(call)] = call


def applied_rules(call: Call) -> tuple[Rule, ...]:
    """The rules that run for ``call``, in registry order: those it names and applies, and the
    rules that run for every call unless it turns them off."""
    out = []
    for rule in RULES:
        setting = call.setting(rule.info.id)
        if setting.applies if setting is not None else rule.info.default_on:
            out.append(rule)
    return tuple(out)


def load_checked_call(name: str | Path, lang: Lang) -> Call:
    """A call by id or folder, its ``rules:`` entries checked against the rules: what every
    command loads, so that a malformed setting is a call error (exit 2) before any work."""
    call = load_call(name, lang)
    check_settings(call, lang)
    return call
