"""Calls are data: a folder with ``call.yaml`` (metadata, criteria, limits) and a JSON Schema.

Nothing here knows about a particular call; adding one means adding a folder.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from sketchkit.calls.model import CALL_FILE, Call, CallError, Criterion, Limit
from sketchkit.calls.navigation import SchemaNav
from sketchkit.core import resources
from sketchkit.core.i18n import Lang, Msg
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
    "texts": Msg("forventet tekst eller {{nb: …, en: …}}", "expected text or {{nb: …, en: …}}"),
    "unknown_key": Msg(
        "ukjent nøkkel «{key}»; kjente nøkler: {known}", "unknown key '{key}'; known keys: {known}"
    ),
    "schema_read": Msg("kan ikke lese {path}: {err}", "cannot read {path}: {err}"),
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
    "weight": Msg("«weight» må være et positivt tall", "'weight' must be a positive number"),
    "limit_map": Msg(
        "en grense skrives som {{max_words: 300}}",
        "a limit is a mapping such as {{max_words: 300}}",
    ),
    "limit_keys": Msg("ukjente nøkler i grensen: {keys}", "unknown limit keys: {keys}"),
    "limit_values": Msg("grenser må være hele tall ≥ 0", "limits must be whole numbers ≥ 0"),
}


def builtin_call_ids() -> list[str]:
    root = resources.schemas_dir()
    return sorted(p.name for p in root.iterdir() if (p / CALL_FILE).is_file())


_CACHE: dict[tuple[str, str], Call] = {}


def load_call(name: str | Path, lang: Lang = Lang.NB) -> Call:
    """A built-in call by id, or a call folder (or its ``call.yaml``) by path."""
    folder = _find(name, lang)
    key = (str(folder), lang.value)
    if key not in _CACHE:
        _CACHE[key] = _load_folder(folder, lang)
    return _CACHE[key]


def _find(name: str | Path, lang: Lang) -> Path:
    text = str(name)
    candidate = Path(text)
    looks_like_path = isinstance(name, Path) or "/" in text or "\\" in text or text.startswith(".")
    if looks_like_path or candidate.exists():
        if candidate.is_file() and candidate.name == CALL_FILE:
            return candidate.parent
        if (candidate / CALL_FILE).is_file():
            return candidate
        if looks_like_path:
            raise CallError(
                _MALFORMED(lang, where=text, what=_M["no_call_file"](lang, f=CALL_FILE))
            )
    folder = resources.schemas_dir() / text
    if (folder / CALL_FILE).is_file():
        return folder
    raise CallError(_NOT_FOUND(lang, name=text, known=", ".join(builtin_call_ids())))


def _load_folder(folder: Path, lang: Lang) -> Call:
    path = folder / CALL_FILE
    try:
        source = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise CallError(_MALFORMED(lang, where=str(path), what=e)) from None
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
            "max_duration_years",
            "max_duration_source",
            "page_limit",
            "formal_requirements",
            "criteria",
            "limits",
            "top_manager_titles",
        }
    )

    def parse(self, folder: Path) -> Call:
        for key in self.data:
            if key not in self.KNOWN:
                raise self.fail(
                    f"/{key}", _M["unknown_key"], key=key, known=", ".join(sorted(self.KNOWN))
                )
        call_id = self.get("id", str)
        schema_path = folder / self.get("schema", str)
        try:
            schema = json.loads(schema_path.read_text(encoding="utf-8"))
        except OSError as e:
            raise self.fail(
                "/schema", _M["schema_read"], path=schema_path, err=e.strerror
            ) from None
        except (UnicodeDecodeError, json.JSONDecodeError) as e:
            raise CallError(_MALFORMED(self.lang, where=str(schema_path), what=e)) from None
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
                        schema=schema_path.name,
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
            top_manager_titles=tuple(
                str(t).lower() for t in self.get("top_manager_titles", list, required=False) or ()
            ),
            max_duration_years=self.get("max_duration_years", (int, float), required=False),
            page_limit=self.get("page_limit", int, required=False),
            max_duration_source=str(
                self.get("max_duration_source", str, required=False) or "sketchkit"
            ),
            schema_path=schema_path,
            schema=schema,
            sources=tuple(str(x) for x in self.get("sources", list, required=False) or ()),
            unknown=self._optional_texts("unknown"),
            formal_requirements=tuple(
                self.texts(item, f"/formal_requirements/{i}")
                for i, item in enumerate(
                    self.get("formal_requirements", list, required=False) or ()
                )
            ),
            deadline_note=self._optional_texts("deadline_note"),
        )

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
            if weight is not None and (not isinstance(weight, int | float) or weight <= 0):
                raise self.fail(f"{where}/weight", _M["weight"])
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
            where = f"/limits/{pattern.replace('~', '~0').replace('/', '~1')}"
            if not isinstance(spec, dict):
                raise self.fail(where, _M["limit_map"])
            unknown = set(spec) - {*names, "source"}
            if unknown:
                raise self.fail(where, _M["limit_keys"], keys=", ".join(sorted(unknown)))
            values = {n: spec.get(n) for n in names}
            if any(v is not None and (not isinstance(v, int) or v < 0) for v in values.values()):
                raise self.fail(where, _M["limit_values"])
            out.append(
                Limit(pattern=pattern, source=str(spec.get("source", "sketchkit")), **values)
            )
        return tuple(out)
