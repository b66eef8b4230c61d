"""Calls are data: a folder with ``call.yaml`` (metadata, criteria, limits) and a JSON Schema.

Nothing here knows about a particular call; adding one means adding a folder.
"""

from __future__ import annotations

import datetime as dt
import math
from functools import cache
from pathlib import Path
from typing import Any

from sketchkit.calls import composition
from sketchkit.calls.model import (
    ADVICE,
    CALL_FILE,
    SEVERITIES,
    Basis,
    Call,
    CallError,
    Criterion,
    Limit,
    RuleSetting,
    Source,
)
from sketchkit.calls.navigation import SchemaNav
from sketchkit.core import resources
from sketchkit.core.i18n import Lang, Msg
from sketchkit.core.oserrors import os_reason
from sketchkit.input import yamldoc

_NOT_FOUND = Msg(
    "ukjent utlysning «{name}»; kjente utlysninger: {known}",
    "unknown call '{name}'; known calls: {known}",
)
_MALFORMED = Msg("{where}: feil i utlysningen: {what}", "{where}: malformed call: {what}")
_M = {
    "no_call_file": Msg("finner ikke {f}", "{f} not found"),
    "required": Msg("«{key}» mangler", "'{key}' is required"),
    "type": Msg("«{key}» har feil type ({found})", "'{key}' has the wrong type ({found})"),
    "texts": Msg("forventet tekst eller {nb: …, en: …}", "expected text or {nb: …, en: …}"),
    "unknown_key": Msg(
        "ukjent nøkkel «{key}»; kjente nøkler: {known}", "unknown key '{key}'; known keys: {known}"
    ),
    "deadline": Msg(
        "fristen må skrives YYYY-MM-DD eller YYYY-MM-DDTHH:MM",
        "deadline must be YYYY-MM-DD or YYYY-MM-DDTHH:MM",
    ),
    "no_field": Msg("«{field}» er ikke et felt i {schema}", "'{field}' is not a field of {schema}"),
    "criterion_id": Msg("hvert kriterium trenger en «id»", "each criterion needs an 'id'"),
    "fields": Msg(
        "«fields» må være en liste med JSON Pointers som /need/description",
        "'fields' must be a list of JSON Pointers like /need/description",
    ),
    "weight": Msg(
        "«weight» må være et endelig, positivt tall", "'weight' must be a finite, positive number"
    ),
    "weight_max": Msg(
        "«weight» kan være høyst {limit}; vektene er relative",
        "'weight' may be at most {limit}; weights are relative",
    ),
    "source_map": Msg(
        "en kilde skrives som {title: …, url: …}",
        "a source is a mapping such as {title: …, url: …}",
    ),
    "source_keys": Msg("ukjente nøkler i kilden: {keys}", "unknown source keys: {keys}"),
    "source_title": Msg("kilden trenger en «title»", "the source needs a 'title'"),
    "source_url": Msg(
        "«url» må være en https://- eller http://-adresse",
        "'url' must be an https:// or http:// address",
    ),
    "basis": Msg(
        "grunnlaget skrives «sketchkit» (sketchkits råd) eller {source: KILDE-ID, quote: «ordene»}",
        "a basis is 'sketchkit' (sketchkit's advice) or {source: SOURCE-ID, quote: 'the words'}",
    ),
    "basis_source": Msg(
        "ukjent kilde «{source}»; kildene i sources er: {known}",
        "unknown source '{source}'; the sources are: {known}",
    ),
    "basis_quote": Msg(
        "et grunnlag i en kilde siterer ordene det bygger på («quote»)",
        "a basis in a source quotes the words it rests on ('quote')",
    ),
    "rule_map": Msg(
        "en regel skrives som {basis: …, severity: …, …}",
        "a rule is a mapping such as {basis: …, severity: …, …}",
    ),
    "applies": Msg("«applies» må være true eller false", "'applies' must be true or false"),
    "severity": Msg(
        "«severity» må være error, warning eller info", "'severity' must be error, warning or info"
    ),
    "advice_error": Msg(
        "bare et krav med kilde i utlysningen kan være en feil; sketchkits råd er høyst warning",
        "only a sourced requirement may be an error; sketchkit's advice is at most a warning",
    ),
    "limit_map": Msg(
        "en grense skrives som {max_words: 300}",
        "a limit is a mapping such as {max_words: 300}",
    ),
    "limit_keys": Msg("ukjente nøkler i grensen: {keys}", "unknown limit keys: {keys}"),
    "limit_values": Msg("grenser må være hele tall ≥ 0", "limits must be whole numbers ≥ 0"),
    "pot": Msg(
        "«pot.nok» må være et helt antall kroner over 0", "'pot.nok' must be whole kroner above 0"
    ),
    "requirement_source": Msg(
        "«source» må være en av kildene: {known}", "'source' must be one of the sources: {known}"
    ),
    "pot_source": Msg(
        "«pot.source» må være en av kildene: {known}",
        "'pot.source' must be one of the sources: {known}",
    ),
}


def builtin_call_ids() -> list[str]:
    return list(_builtin_call_ids())


@cache
def _builtin_call_ids() -> tuple[str, ...]:
    # Package data does not change while the program runs; a batch asks once per sketch.
    root = resources.schemas_dir()
    return tuple(sorted(p.name for p in root.iterdir() if (p / CALL_FILE).is_file()))


_CACHE: dict[tuple[str, str, int, int], Call] = {}


def load_call(name: str | Path, lang: Lang = Lang.NB) -> Call:
    """A built-in call by id, or a call folder (or its ``call.yaml``) by path."""
    folder = _find(name, lang)
    try:
        st = (folder / CALL_FILE).stat()
    except OSError as e:
        raise CallError(
            _MALFORMED(lang, where=str(folder / CALL_FILE), what=os_reason(e, lang))
        ) from None
    # A call file edited while the process runs (an editor, the LSP, a test) is read again.
    key = (str(folder), lang.value, st.st_mtime_ns, st.st_size)
    if key not in _CACHE:
        _CACHE[key] = _load_folder(folder, lang)
    return _CACHE[key]


def load_builtin(call_id: str, lang: Lang = Lang.NB) -> Call:
    """A built-in call by its id, and nothing else: what a sketch's own ``call:`` may name.

    A sketch is untrusted; it must never choose a folder (and with it the rules) it is checked
    against. Raises CallError for anything that is not a built-in id.
    """
    if call_id not in builtin_call_ids():
        raise CallError(_NOT_FOUND(lang, name=call_id, known=", ".join(builtin_call_ids())))
    return load_call(call_id, lang)


def _find(name: str | Path, lang: Lang) -> Path:
    text = str(name)
    # A built-in id always means the built-in call: a folder of that name in the working
    # directory never shadows it (write ./NAME for such a folder).
    if not isinstance(name, Path) and text in builtin_call_ids():
        return resources.schemas_dir() / text
    candidate = Path(text)
    if candidate.name == CALL_FILE and candidate.is_file():
        return candidate.parent
    if (candidate / CALL_FILE).exists():  # not a regular file: reading it says so, unread
        return candidate
    looks_like_path = isinstance(name, Path) or "/" in text or "\\" in text or text.startswith(".")
    if looks_like_path or candidate.exists():
        raise CallError(_MALFORMED(lang, where=text, what=_M["no_call_file"](lang, f=CALL_FILE)))
    raise CallError(_NOT_FOUND(lang, name=text, known=", ".join(builtin_call_ids())))


EDITOR_FILE = "sketch.schema.json"  # the whole schema, for editors' modelines


def _load_folder(folder: Path, lang: Lang) -> Call:
    path = folder / CALL_FILE
    source = composition.read_call_file(folder, CALL_FILE, lang)
    doc, problems = yamldoc.load(source, lang)
    if problems or doc is None or not isinstance(doc.data, dict):
        first = problems[0] if problems else None
        where = f"{path}:{first.line}:{first.column}" if first else str(path)
        what = first.message if first else "expected a mapping"
        raise CallError(_MALFORMED(lang, where=where, what=what))
    return _CallParser(path, doc, lang).parse(folder)


class _CallParser:
    """Turns a loaded ``call.yaml`` into a Call, naming the line of anything wrong."""

    def __init__(self, path: Path, doc: yamldoc.YamlDocument, lang: Lang) -> None:
        self.path = path
        self.doc = doc
        self.lang = lang
        self.data: dict[str, Any] = doc.data
        self.sources: dict[str, Source] = {}

    def fail(self, pointer: str, what: Msg, **fields: object) -> CallError:
        line, col = self.doc.where(pointer)
        text = what(self.lang, **fields)
        return CallError(_MALFORMED(self.lang, where=f"{self.path}:{line}:{col}", what=text))

    def get(self, key: str, kind: type | tuple[type, ...], *, required: bool = True) -> Any:
        if key not in self.data:
            if required:
                raise self.fail("", _M["required"], key=key)
            return None
        value = self.data[key]
        if value is None and not required:
            return None
        if not isinstance(value, kind):
            raise self.fail(f"/{key}", _M["type"], key=key, found=type(value).__name__)
        return value

    def texts(self, value: Any, pointer: str) -> dict[str, str]:
        if isinstance(value, str):
            return {"nb": value}
        if isinstance(value, dict) and value and all(isinstance(v, str) for v in value.values()):
            return {str(k): v for k, v in value.items()}
        raise self.fail(pointer, _M["texts"])

    KNOWN = frozenset(
        {
            "id",
            "schema",
            "title",
            "organisers",
            "deadline",
            "timezone",
            "deadline_note",
            "languages",
            "sources",
            "unknown",
            "page_limit",
            "formal_requirements",
            "criteria",
            "limits",
            "rules",
            "pot",
            "scoring",
            "klarsprak",
        }
    )

    def parse(self, folder: Path) -> Call:
        for key in self.data:
            if key not in self.KNOWN:
                raise self.fail(
                    f"/{key}", _M["unknown_key"], key=key, known=", ".join(sorted(self.KNOWN))
                )
        call_id = self.get("id", str)
        self.sources = self._sources()
        spec = self.get("schema", (str, dict))
        line, column = self.doc.where("/schema")
        composed = composition.compose(folder, spec, self.lang, f"{self.path}:{line}:{column}")
        schema = composed.schema
        # The file an editor can use: the schema itself, or the bundle sketchkit ships beside
        # the additions (kept in step by a test); None for a call without one.
        editor_file = folder / spec if isinstance(spec, str) else folder / EDITOR_FILE
        schema_path = editor_file if editor_file.is_file() else None
        deadline_text = self.get("deadline", str)
        try:
            deadline = dt.datetime.fromisoformat(deadline_text)
        except ValueError:
            raise self.fail("/deadline", _M["deadline"]) from None
        criteria = self._criteria()
        nav = SchemaNav(schema)
        for i, criterion in enumerate(criteria):
            for j, field in enumerate(criterion.fields):
                if nav.at(field) is None:
                    raise self.fail(
                        f"/criteria/{i}/fields/{j}",
                        _M["no_field"],
                        field=field,
                        schema=composed.files[0].path.name,
                    )
        return Call(
            id=call_id,
            folder=folder,
            title=self.texts(self.get("title", (str, dict)), "/title"),
            organisers=tuple(str(o) for o in self.get("organisers", list)),
            deadline=deadline,
            timezone=self.get("timezone", str, required=False) or "Europe/Oslo",
            languages=tuple(self.get("languages", list, required=False) or ("nb",)),
            criteria=criteria,
            limits=self._limits(),
            page_limit=self.get("page_limit", int, required=False),
            schema_path=schema_path,
            schema=schema,
            sources=tuple(self.sources.values()),
            rules=self._rules(),
            pot=self._pot(),
            scoring=self.get("scoring", dict, required=False),
            klarsprak=self.get("klarsprak", dict, required=False),
            unknown=self._optional_texts("unknown"),
            formal_requirements=self._formal_requirements(),
            deadline_note=self._optional_texts("deadline_note"),
        )

    def _pot(self) -> dict[str, Any] | None:
        """The call's whole pot, when a source states it: ``{nok: 100000000, source: id}``."""
        pot = self.get("pot", dict, required=False)
        if pot is None:
            return None
        nok = pot.get("nok")
        if not isinstance(nok, int) or isinstance(nok, bool) or nok <= 0:
            raise self.fail("/pot/nok", _M["pot"])
        if pot.get("source") not in self.sources:
            raise self.fail("/pot/source", _M["pot_source"], known=", ".join(self.sources))
        return {"nok": nok, "source": self.sources[pot["source"]].title}

    def _formal_requirements(self) -> tuple[dict[str, str], ...]:
        """Each requirement in its languages, and the id of the source it is read from."""
        out = []
        for i, item in enumerate(self.get("formal_requirements", list, required=False) or ()):
            texts = self.texts(item, f"/formal_requirements/{i}")
            named = texts.get("source")
            if named is not None and named not in self.sources:
                raise self.fail(
                    f"/formal_requirements/{i}/source",
                    _M["requirement_source"],
                    known=", ".join(self.sources),
                )
            out.append(texts)
        return tuple(out)

    def _optional_texts(self, key: str) -> dict[str, str] | None:
        value = self.get(key, (str, dict), required=False)
        return None if value is None else self.texts(value, f"/{key}")

    def _criteria(self) -> tuple[Criterion, ...]:
        out = []
        for i, item in enumerate(self.get("criteria", list)):
            where = f"/criteria/{i}"
            if not isinstance(item, dict) or not isinstance(item.get("id"), str):
                raise self.fail(where, _M["criterion_id"])
            fields = item.get("fields")
            if not isinstance(fields, list) or not all(
                isinstance(f, str) and f.startswith("/") for f in fields
            ):
                raise self.fail(where, _M["fields"])
            weight = item.get("weight")
            if weight is not None and (
                isinstance(weight, bool)
                or not isinstance(weight, int | float)
                or not math.isfinite(weight)
                or weight <= 0
            ):
                raise self.fail(f"{where}/weight", _M["weight"])
            if weight is not None and weight > _MAX_WEIGHT:
                # Weights are relative; a sum of huge ones would overflow into inf and NaN.
                raise self.fail(f"{where}/weight", _M["weight_max"], limit=f"{_MAX_WEIGHT:,}")
            out.append(
                Criterion(
                    id=item["id"],
                    title=self.texts(item.get("title", item["id"]), f"{where}/title"),
                    description=self.texts(item.get("description", ""), f"{where}/description"),
                    fields=tuple(fields),
                    weight=None if weight is None else float(weight),
                )
            )
        return tuple(out)

    def _limits(self) -> tuple[Limit, ...]:
        limits = self.get("limits", dict, required=False) or {}
        out = []
        names = ("min_words", "max_words", "min_chars", "max_chars")
        for pattern, spec in limits.items():
            where = f"/limits/{_escape(pattern)}"
            if not isinstance(spec, dict):
                raise self.fail(where, _M["limit_map"])
            unknown = set(spec) - {*names, "basis"}
            if unknown:
                raise self.fail(where, _M["limit_keys"], keys=", ".join(sorted(unknown)))
            values = {n: spec.get(n) for n in names}
            if any(v is not None and (not isinstance(v, int) or v < 0) for v in values.values()):
                raise self.fail(where, _M["limit_values"])
            out.append(
                Limit(
                    pattern=pattern,
                    basis=self._basis(spec.get("basis"), f"{where}/basis"),
                    **values,
                )
            )
        return tuple(out)

    def _sources(self) -> dict[str, Source]:
        """``sources:``: id -> {title, url}; bases name a source by its id."""
        out: dict[str, Source] = {}
        for key, spec in (self.get("sources", dict, required=False) or {}).items():
            where = f"/sources/{_escape(key)}"
            if not isinstance(spec, dict):
                raise self.fail(where, _M["source_map"])
            unknown = set(spec) - {"title", "url"}
            if unknown:
                raise self.fail(where, _M["source_keys"], keys=", ".join(sorted(unknown)))
            title, url = spec.get("title"), spec.get("url")
            if not isinstance(title, str) or not title.strip():
                raise self.fail(where, _M["source_title"])
            # A link is shown to people, never fetched; it must still be a web address.
            if url is not None and not (
                isinstance(url, str)
                and url.startswith(("https://", "http://"))
                and url.isprintable()
            ):
                raise self.fail(f"{where}/url", _M["source_url"])
            out[key] = Source(id=key, title=title, url=url)
        return out

    def _basis(self, value: Any, pointer: str) -> Basis:
        """``sketchkit`` (or nothing): sketchkit's advice; ``{source, quote}``: the call's words."""
        if value is None or value == "sketchkit":
            return ADVICE
        if not isinstance(value, dict) or set(value) - {"source", "quote"} or "source" not in value:
            raise self.fail(pointer, _M["basis"])
        source = self.sources.get(value["source"]) if isinstance(value["source"], str) else None
        if source is None:
            raise self.fail(
                f"{pointer}/source",
                _M["basis_source"],
                source=value["source"],
                known=", ".join(self.sources) or "–",
            )
        quote = value.get("quote")
        if not isinstance(quote, str) or not quote.strip():
            raise self.fail(pointer, _M["basis_quote"])
        return Basis(source=source, quote=" ".join(quote.split()))

    def _rules(self) -> dict[str, RuleSetting]:
        """``rules:``: rule id -> {basis, applies, severity, parameters…}.

        The parameters' names and kinds are the rules' business: the checking layer checks
        them against each rule's declaration (sketchkit.checking.settings).
        """
        out: dict[str, RuleSetting] = {}
        for rule_id, spec in (self.get("rules", dict, required=False) or {}).items():
            where = f"/rules/{_escape(rule_id)}"
            if not isinstance(spec, dict):
                raise self.fail(where, _M["rule_map"])
            basis = self._basis(spec.get("basis"), f"{where}/basis")
            applies = spec.get("applies", True)
            if not isinstance(applies, bool):
                raise self.fail(f"{where}/applies", _M["applies"])
            severity = spec.get("severity")
            if severity is not None and severity not in SEVERITIES:
                raise self.fail(f"{where}/severity", _M["severity"])
            if severity == "error" and basis.advice:
                raise self.fail(f"{where}/severity", _M["advice_error"])
            params = {k: v for k, v in spec.items() if k not in _SETTING_KEYS}
            line, column = self.doc.where(where, key=True)
            out[rule_id] = RuleSetting(
                rule=rule_id,
                basis=basis,
                applies=applies,
                severity=severity,
                params=params,
                line=line,
                column=column,
                param_where={k: self.doc.where(f"{where}/{_escape(k)}") for k in params},
            )
        return out


_MAX_WEIGHT = 1_000_000
_SETTING_KEYS = frozenset({"basis", "applies", "severity"})


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def malformed(lang: Lang, where: str, what: str) -> CallError:
    """A call error naming file:line:col, for checks of call data made above this layer."""
    return CallError(_MALFORMED(lang, where=where, what=what))
