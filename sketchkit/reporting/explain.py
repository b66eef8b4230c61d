"""What each rule checks, why the call cares, and how to fix it: ``sketchkit explain``."""

from __future__ import annotations

import difflib

from sketchkit.calls import builtin_call_ids, load_call
from sketchkit.checking.catalog import all_rule_infos
from sketchkit.checking.findings import BASIS_WORDS, SEVERITY_WORDS, BasisKind, Severity
from sketchkit.checking.rule import RuleInfo, basis_for
from sketchkit.checking.settings import applied_rules
from sketchkit.core.i18n import Lang, Msg

_CHECKS = Msg("Sjekker", "Checks")
_WHY = Msg("Hvorfor", "Why")
_FIX = Msg("Slik retter du", "How to fix")
_SILENCE = Msg(
    "Skjul et enkelt funn med en begrunnelse: # sketchkit: ignore[{id}] begrunnelse",
    "Silence a single finding with a reason: # sketchkit: ignore[{id}] reason",
)
_BASIS = Msg("Grunnlag der utlysningen ikke sier noe", "Basis where the call says nothing")
_BASES = {
    BasisKind.CALL: Msg(
        "utlysningens krav, med kilde i utlysningens data; kan være en feil",
        "the call's requirement, with its source in the call's data; may be an error",
    ),
    BasisKind.INTEGRITY: Msg(
        "skissen selv: den kan ikke leses, passer ikke formatet eller motsier seg selv eller "
        "et offentlig register; gjelder uansett utlysning og kan være en feil",
        "the sketch itself: it cannot be read, does not fit the format, or contradicts itself "
        "or a public register; holds whatever the call says and may be an error",
    ),
    BasisKind.ADVICE: Msg(
        "sketchkits råd, ikke utlysningens krav: aldri mer enn en advarsel, og stopper aldri "
        "render",
        "sketchkit's advice, not the call's requirement: never more than a warning, and never "
        "stops render",
    ),
}
_IN_CALLS = Msg("I utlysningene sketchkit kjenner:", "In the calls sketchkit knows:")
_NOT_APPLIED = Msg("gjelder ikke", "does not apply")
_DIFFERENCE = Msg(
    "Bare utlysningens krav (med kilde) og feil i selve skissen kan være feil; sketchkits råd "
    "er advarsler eller info. En skisse som oppfyller alle krav med kilde, men ikke følger noen "
    "av rådene, består check med kode 0 og lages av render uten --draft.",
    "Only the call's requirements (with a source) and errors in the sketch itself can be "
    "errors; sketchkit's advice is a warning or info. A sketch that meets every sourced "
    "requirement but follows none of the advice passes check with exit 0 and renders without "
    "--draft.",
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


def _severity(info: RuleInfo) -> Severity:
    """The most a rule reports on its own basis: advice is never an error."""
    if info.basis is BasisKind.ADVICE and info.severity is Severity.ERROR:
        return Severity.WARNING
    return info.severity


def _per_call(info: RuleInfo, lang: Lang) -> list[str]:
    """How the rule holds in each built-in call: its basis there, with source and quote."""
    lines = []
    for call_id in builtin_call_ids():
        call = load_call(call_id, lang)
        if info.id not in {r.info.id for r in applied_rules(call)}:
            if call.setting(info.id) is not None or not info.default_on:
                lines.append(f"- {call_id}: {_NOT_APPLIED(lang)}")
            continue
        kind, source, quote = basis_for(info, call.setting(info.id))
        said = BASIS_WORDS[kind](lang)
        if source is not None:
            said += f": «{quote}» ({source.title})" if quote else f" ({source.title})"
        lines.append(f"- {call_id}: {said}")
    return lines


def explain(rule_id: str, lang: Lang) -> str:
    info = find(rule_id, lang)
    calls = _per_call(info, lang)
    return (
        f"{info.id} ({SEVERITY_WORDS[_severity(info)](lang)})\n\n"
        f"{_CHECKS(lang)}: {info.summary(lang)}\n\n"
        f"{_WHY(lang)}: {info.why(lang)}\n\n"
        f"{_BASIS(lang)}: {_BASES[info.basis](lang)}\n"
        + (f"{_IN_CALLS(lang)}\n" + "\n".join(calls) + "\n" if calls else "")
        + f"\n{_FIX(lang)}: {info.fix(lang)}\n\n"
        f"{_SILENCE(lang, id=info.id)}\n\n"
        f"{_DIFFERENCE(lang)}\n"
    )


def list_rules(lang: Lang) -> str:
    infos = all_rule_infos()
    width = max(len(i.id) for i in infos)
    sev_width = max(len(m(lang)) for m in SEVERITY_WORDS.values())
    basis_width = max(len(m(lang)) for m in BASIS_WORDS.values())
    lines = [
        f"{i.id:<{width}}  {SEVERITY_WORDS[_severity(i)](lang):<{sev_width}}  "
        f"{BASIS_WORDS[i.basis](lang):<{basis_width}}  {i.summary(lang)}"
        for i in infos
    ]
    return "\n".join([*lines, "", _LIST_HINT(lang)]) + "\n"
