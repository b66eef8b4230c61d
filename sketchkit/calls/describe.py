"""What sketchkit knows about its calls: ``sketchkit calls [ID]``."""

from __future__ import annotations

import datetime as dt

from sketchkit.calls import Call, Limit, builtin_call_ids, load_call
from sketchkit.calls.model import Basis
from sketchkit.core import pointer as ptr
from sketchkit.core.i18n import Lang, Msg, pick

_OPEN = Msg("åpen", "open")
_SOURCE = Msg("kilde", "source")
_OTHER_RULES = Msg(
    "Andre regler gjelder skissen selv (den kan ikke leses, passer ikke formatet eller motsier "
    "seg selv – kan være feil) eller er sketchkits råd (aldri feil); «sketchkit explain» "
    "viser grunnlaget for hver.",
    "Other rules are about the sketch itself (it cannot be read, does not fit the format or "
    "contradicts itself – may be errors) or are sketchkit's advice (never errors); "
    "'sketchkit explain' shows the basis of each.",
)
_CLOSED = Msg("stengt", "closed")
_HEAD = Msg("id|tittel|arrangører|frist|status", "id|title|organisers|deadline|status")
_HINT = Msg(
    "Kjør «sketchkit calls ID» for kriterier, vekter og grenser.",
    "Run 'sketchkit calls ID' for criteria, weights and limits.",
)
_L = {
    "organisers": Msg("Arrangører", "Organisers"),
    "deadline": Msg("Frist", "Deadline"),
    "status": Msg("Status {today}", "Status on {today}"),
    "languages": Msg("Språk", "Languages"),
    "criteria": Msg("Kriterier", "Criteria"),
    "equal": Msg("like vektet", "equally weighted"),
    "no_weights": Msg("utlysningen oppgir ingen vekter", "the call gives no weights"),
    "fields": Msg("besvares i", "answered in"),
    "formal": Msg("Formelle krav", "Formal requirements"),
    "limits": Msg("Lengdegrenser", "Length limits"),
    "rules": Msg("Regler for denne utlysningen", "Rules for this call"),
    "off": Msg("brukes ikke", "not applied"),
    "pages": Msg("Sidegrense", "Page limit"),
    "none": Msg("ingen oppgitt", "none given"),
    "sources": Msg("Kilder", "Sources"),
    "unknown": Msg("Ikke kjent", "Not known"),
    "folder": Msg("Mappe", "Folder"),
    "own": Msg("sketchkits råd", "sketchkit's advice"),
}


def date_only(call: Call) -> bool:
    """A call that gives a date but no time is stored as 23:59 that day."""
    return (call.deadline.hour, call.deadline.minute) == (23, 59)


def shown(call: Call) -> str:
    """``2020-04-16 17:00 (Europe/Oslo)``, or the date alone for a call that gives no time."""
    if date_only(call):
        return call.deadline.date().isoformat()
    return f"{call.deadline.strftime('%Y-%m-%d %H:%M')} ({call.timezone})"


def local(moment: dt.datetime, call: Call) -> dt.datetime:
    """``moment`` as the call's wall-clock time (naive); a naive moment already is one."""
    if moment.tzinfo is None:
        return moment
    try:
        from zoneinfo import ZoneInfo

        return moment.astimezone(ZoneInfo(call.timezone)).replace(tzinfo=None)
    except (ImportError, KeyError, ValueError):  # no time zone database on this system
        return moment.replace(tzinfo=None)
    except OverflowError:  # year 1 or 9999 shifted past the calendar: the wall time will do
        return moment.replace(tzinfo=None)


def is_open(call: Call, moment: dt.datetime) -> bool:
    """Open until the deadline's minute has passed: 17:00 is in time, 17:01 is late."""
    return local(moment, call) < call.deadline.replace(second=0, microsecond=0) + dt.timedelta(
        minutes=1
    )


def _moment(call: Call, today: dt.date | None, now: dt.datetime | None) -> dt.datetime:
    """The moment a call's status is judged by: ``now``, the first minute of ``today``, or now."""
    if now is not None:
        return now
    if today is not None:
        return dt.datetime.combine(today, dt.time())
    return local(dt.datetime.now(dt.UTC), call)


def list_calls(lang: Lang, today: dt.date | None = None, now: dt.datetime | None = None) -> str:
    rows = [tuple(_HEAD(lang).split("|"))]
    for call_id in builtin_call_ids():
        call = load_call(call_id, lang)
        status = (_OPEN if is_open(call, _moment(call, today, now)) else _CLOSED)(lang)
        rows.append((call.id, call.title_in(lang), ", ".join(call.organisers), shown(call), status))
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join([*lines, "", _HINT(lang)]) + "\n"


def basis_text(basis: Basis, lang: Lang) -> str:
    """``sketchkits råd`` or ``Kilde-tittel: «sitat»``: what a rule or limit rests on."""
    if basis.source is None:
        return _L["own"](lang)
    return f"{basis.source.title}: «{basis.quote}»"


def _source_of(call: Call, requirement: dict[str, str], lang: Lang) -> str:
    """`` (kilde: …)`` for a formal requirement that names the source it is read from."""
    named = requirement.get("source")
    source = next((s for s in call.sources if s.id == named), None)
    return f" ({_SOURCE(lang)}: {source.title})" if source is not None else ""


def _limit(limit: Limit, lang: Lang) -> str:
    return f"{limit.describe(lang)} ({basis_text(limit.basis, lang)})"


def _param(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(_param(v) for v in value)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_param(v)}" for k, v in value.items()) + "}"
    return f"{value:g}" if isinstance(value, float) else str(value)


def describe_call(
    call: Call, lang: Lang, today: dt.date | None = None, now: dt.datetime | None = None
) -> str:
    at = _moment(call, today, now)
    out = [call.title_in(lang), "=" * len(call.title_in(lang)), ""]
    out.append(f"id: {call.id}")
    out.append(f"{_L['folder'](lang)}: {call.folder}")
    out.append(f"{_L['organisers'](lang)}: {', '.join(call.organisers)}")
    note = f" – {pick(call.deadline_note, lang)}" if call.deadline_note else ""
    zone = "" if not date_only(call) else f" ({call.timezone})"
    out.append(f"{_L['deadline'](lang)}: {shown(call)}{zone}{note}")
    status = (_OPEN if is_open(call, at) else _CLOSED)(lang)
    when = at.isoformat(sep=" ", timespec="minutes") if now is not None else at.date().isoformat()
    out.append(f"{_L['status'](lang, today=when)}: {status}")
    out.append(f"{_L['languages'](lang)}: {', '.join(call.languages)}")
    total = sum(c.weight or 1.0 for c in call.criteria)
    weights = {c.weight for c in call.criteria}
    how = (
        (_L["equal"](lang) if len(weights) == 1 else "")
        if call.weighted
        else _L["no_weights"](lang)
    )
    out += ["", f"{_L['criteria'](lang)}{f' ({how})' if how else ''}:"]
    for c in call.criteria:
        share = f" – {round(100 * (c.weight or 1.0) / total)} %" if call.weighted else ""
        out.append(f"- {c.title_in(lang)} [{c.id}]{share}")
        if pick(c.description, lang):
            out.append(f"  {' '.join(pick(c.description, lang).split())}")
        out.append(f"  {_L['fields'](lang)}: {', '.join(ptr.dotted(f) for f in c.fields)}")
    if call.formal_requirements:
        out += ["", f"{_L['formal'](lang)}:"]
        out += [
            f"- {pick(req, lang)}{_source_of(call, req, lang)}" for req in call.formal_requirements
        ]
    out += ["", f"{_L['limits'](lang)}:"]
    out += [
        f"- {ptr.dotted(lim.pattern.replace('/*', '/0')).replace('[0]', '[*]')}: {_limit(lim, lang)}"
        for lim in call.limits
    ]
    out.append(f"{_L['pages'](lang)}: {call.page_limit or _L['none'](lang)}")
    if call.rules:
        out += ["", f"{_L['rules'](lang)}:"]
        for setting in call.rules.values():
            state = "" if setting.applies else f" ({_L['off'](lang)})"
            severity = f" [{setting.severity}]" if setting.severity else ""
            out.append(f"- {setting.rule}{severity}{state}: {basis_text(setting.basis, lang)}")
            out += [f"  {name}: {_param(v)}" for name, v in setting.params.items()]
    out.append(_OTHER_RULES(lang))
    if call.sources:
        out += ["", f"{_L['sources'](lang)}:"]
        out += [f"- [{s.id}] {s.title}{f' <{s.url}>' if s.url else ''}" for s in call.sources]
    if call.unknown:
        out += ["", f"{_L['unknown'](lang)}: {' '.join(pick(call.unknown, lang).split())}"]
    return "\n".join(out) + "\n"
