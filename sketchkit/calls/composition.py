"""A call's schema, put together safely: files read only from inside the call folder, the base
sketch schema plus the call's additions, ``$ref`` bundled into one document, and every way a
schema can be wrong named with its file and line.

A call folder is untrusted input (programme staff share them; agencies keep them in CI): it may
not read files outside itself, reach the network, hang on a FIFO, exhaust memory, or make the
commands loop on a recursive schema.
"""

from __future__ import annotations

import json
import math
import os
import re
import stat
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from sketchkit.calls.model import CallError
from sketchkit.core import resources
from sketchkit.core.i18n import Lang, Msg
from sketchkit.core.oserrors import os_reason

MAX_CALL_FILE_BYTES = 2 * 1024 * 1024  # a call's files are tens of kilobytes
MAX_SCHEMA_NODES = 50_000
MAX_SCHEMA_DEPTH = 64
DRAFT = "https://json-schema.org/draft/2020-12/schema"
# The base sketch schema every built-in call extends: ``schema: {base: sketchkit, add: …}``.
BASE_NAME = "sketchkit"
BASE_FOLDER = "_base"
BASE_FILE = "sketch.schema.json"
ADDITIONS_FILE = "sketch.additions.json"  # the built-in calls' name for their additions

_MALFORMED = Msg("{where}: feil i utlysningen: {what}", "{where}: malformed call: {what}")
_M = {
    "name": Msg(
        "«{name}» er ikke et filnavn i utlysningens mappe (ingen adresse, absolutt sti eller ..)",
        "'{name}' is not a file name inside the call's folder (no address, absolute path or ..)",
    ),
    "outside": Msg(
        "«{name}» peker ut av utlysningens mappe", "'{name}' points outside the call's folder"
    ),
    "missing": Msg(
        "finner ikke «{name}» i utlysningens mappe", "'{name}' is not in the call's folder"
    ),
    "not_regular": Msg(
        "«{name}» er ikke en vanlig fil (en mappe, FIFO eller enhet); den leses ikke",
        "'{name}' is not a regular file (a folder, FIFO or device); it is not read",
    ),
    "too_large": Msg(
        "«{name}» er {size} byte; grensen for en utlysningsfil er {limit} byte",
        "'{name}' is {size} bytes; the limit for a call file is {limit} bytes",
    ),
    "read": Msg("kan ikke lese «{name}»: {err}", "cannot read '{name}': {err}"),
    "encoding": Msg("«{name}» er ikke UTF-8", "'{name}' is not UTF-8"),
    "json": Msg("ugyldig JSON: {err}", "invalid JSON: {err}"),
    "json_constant": Msg(
        "ugyldig JSON: {value} er ikke et tall i JSON", "invalid JSON: {value} is not a JSON number"
    ),
    "too_deep": Msg(
        "skjemaet er nøstet dypere enn {limit} nivåer",
        "the schema nests deeper than {limit} levels",
    ),
    "too_big": Msg("skjemaet har mer enn {limit} deler", "the schema has more than {limit} parts"),
    "not_object": Msg("et skjema må være et JSON-objekt", "a schema must be a JSON object"),
    "spec": Msg(
        "«schema» er et filnavn eller {base: sketchkit, add: FIL}",
        "'schema' is a file name or {base: sketchkit, add: FILE}",
    ),
    "ref_outside": Msg(
        "$ref «{ref}» peker ut av utlysningens mappe; bare filer i mappen kan brukes",
        "$ref '{ref}' points outside the call's folder; only files in the folder may be used",
    ),
    "ref_anchor": Msg(
        "$ref «{ref}»: i en annen fil kan bare JSON Pointers (#/…) brukes",
        "$ref '{ref}': into another file only JSON Pointers (#/…) may be used",
    ),
    "ref_dangling": Msg("$ref «{ref}» peker ikke på noe", "$ref '{ref}' points at nothing"),
    "nested_id": Msg(
        "«{key}» er bare tillatt øverst i skjemaet", "'{key}' is only allowed at the schema's top"
    ),
    "draft": Msg("«$schema» må være {draft}", "'$schema' must be {draft}"),
    "recursive": Msg(
        "skjemaet er rekursivt: $ref «{ref}» fører tilbake til seg selv; en skisse har en endelig form",
        "the schema is recursive: $ref '{ref}' leads back to itself; a sketch has a finite shape",
    ),
    "invalid": Msg(
        "ikke et gyldig JSON Schema (draft 2020-12): {err}",
        "not a valid JSON Schema (draft 2020-12): {err}",
    ),
}


def _fail(lang: Lang, where: str, what: str) -> CallError:
    return CallError(_MALFORMED(lang, where=where, what=what))


def read_call_file(folder: Path, name: str, lang: Lang, *, where: str | None = None) -> str:
    """The text of the file ``name`` inside ``folder``, refused unless it is a regular file
    under the size limit that really lies inside the folder (symbolic links resolved first).

    ``where`` is the place in call.yaml that named the file, for the message.
    """
    here = where or str(folder / name)
    pure = PurePosixPath(name.replace("\\", "/"))
    if (
        not name
        or "\x00" in name
        or re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", name)
        or pure.is_absolute()
        or ".." in pure.parts
    ):
        raise _fail(lang, here, _M["name"](lang, name=name))
    root = folder.resolve()
    try:
        target = (root / pure).resolve(strict=True)
    except FileNotFoundError:
        raise _fail(lang, here, _M["missing"](lang, name=name)) from None
    except (OSError, RuntimeError) as e:  # a symlink loop, a name too long
        raise _fail(lang, here, _M["read"](lang, name=name, err=e)) from None
    if not target.is_relative_to(root):
        raise _fail(lang, here, _M["outside"](lang, name=name))
    try:
        st = target.stat()
    except OSError as e:
        raise _fail(lang, here, _M["read"](lang, name=name, err=os_reason(e, lang))) from None
    # stat never blocks; opening a FIFO would. Refuse anything but a regular file unread.
    if not stat.S_ISREG(st.st_mode):
        raise _fail(lang, here, _M["not_regular"](lang, name=name))
    if st.st_size > MAX_CALL_FILE_BYTES:
        raise _fail(
            lang, here, _M["too_large"](lang, name=name, size=st.st_size, limit=MAX_CALL_FILE_BYTES)
        )
    try:
        fd = os.open(
            target, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
        )
        with os.fdopen(fd, "rb") as f:
            data = f.read(MAX_CALL_FILE_BYTES + 1)
    except OSError as e:
        raise _fail(lang, here, _M["read"](lang, name=name, err=os_reason(e, lang))) from None
    if len(data) > MAX_CALL_FILE_BYTES:  # grew since the stat
        raise _fail(
            lang, here, _M["too_large"](lang, name=name, size=len(data), limit=MAX_CALL_FILE_BYTES)
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _fail(lang, str(target), _M["encoding"](lang, name=name)) from None


@dataclass
class _File:
    """One JSON file that went into the schema, and where its root sits in the bundle."""

    path: Path
    text: str
    prefix: str  # JSON Pointer of this file's root in the bundled schema
    _doc: Any = field(default=None, repr=False)

    def where(self, pointer: str) -> str:
        """``path:line:col`` of ``pointer`` (inside this file) in the file's text."""
        from sketchkit.input import yamldoc

        if self._doc is None:
            # JSON is YAML: the YAML loader gives every value's line, read only for a message.
            doc, _ = yamldoc.load(self.text, Lang.EN)
            self._doc = doc or False
        if not self._doc:
            return f"{self.path}:1:1"
        line, column = self._doc.where(pointer)
        return f"{self.path}:{line}:{column}"


def _refuse_constant(value: str) -> Any:
    raise ValueError(value)


def _parse_json(path: Path, text: str, lang: Lang) -> Any:
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as e:
        raise _fail(lang, f"{path}:{e.lineno}:{e.colno}", _M["json"](lang, err=e.msg)) from None
    except ValueError as e:  # NaN, Infinity: not JSON, and never valid output
        raise _fail(lang, str(path), _M["json_constant"](lang, value=e)) from None
    except RecursionError:
        raise _fail(lang, str(path), _M["too_deep"](lang, limit=MAX_SCHEMA_DEPTH)) from None


def merge_patch(target: Any, patch: Any) -> Any:
    """RFC 7386 JSON Merge Patch: objects merge key by key, ``null`` removes, the rest replaces."""
    if not isinstance(patch, dict):
        return patch
    out = dict(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            out.pop(key, None)
        else:
            out[key] = merge_patch(out.get(key), value)
    return out


@dataclass
class Composed:
    """The call's schema as one document, and the files it came from (for messages)."""

    schema: dict[str, Any]
    files: list[_File]
    patch: dict[str, Any] | None = None  # the additions, when the schema extends the base

    def where(self, pointer: str) -> str:
        """The file and line a pointer into the bundled schema comes from."""
        for f in sorted(self.files, key=lambda f: -len(f.prefix)):
            if f.prefix and (pointer == f.prefix or pointer.startswith(f.prefix + "/")):
                return f.where(pointer[len(f.prefix) :])
        main = self.files[0]
        if self.patch is not None and len(self.files) > 1:
            # Extending the base: a pointer the additions hold is theirs, else the base's.
            node: Any = self.patch
            for token in pointer.split("/")[1:]:
                token = token.replace("~1", "/").replace("~0", "~")
                if not isinstance(node, dict) or token not in node:
                    return self.files[1].where(pointer)
                node = node[token]
        return main.where(pointer)


def compose(folder: Path, spec: object, lang: Lang, where: str) -> Composed:
    """The schema ``call.yaml`` names: a file in the folder, or the base plus the additions."""
    if isinstance(spec, str):
        text = read_call_file(folder, spec, lang, where=where)
        path = folder / spec
        schema = _parse_json(path, text, lang)
        files = [_File(path, text, "")]
        patch = None
    elif (
        isinstance(spec, dict)
        and spec.get("base") == BASE_NAME
        and isinstance(spec.get("add"), str)
        and set(spec) == {"base", "add"}
    ):
        text = read_call_file(folder, spec["add"], lang, where=where)
        path = folder / spec["add"]
        patch = _parse_json(path, text, lang)
        if not isinstance(patch, dict):
            raise _fail(lang, str(path), _M["not_object"](lang))
        base_folder = resources.schemas_dir() / BASE_FOLDER
        base_text = read_call_file(base_folder, BASE_FILE, lang)
        base_path = base_folder / BASE_FILE
        schema = merge_patch(_parse_json(base_path, base_text, lang), patch)
        files = [_File(path, text, ""), _File(base_path, base_text, "")]
    else:
        raise _fail(lang, where, _M["spec"](lang))
    if not isinstance(schema, dict):
        raise _fail(lang, str(files[0].path), _M["not_object"](lang))
    composed = Composed(schema, files, patch)
    _Bundler(composed, folder, lang).run()
    _check_recursion(composed, lang)
    _check_valid(composed, lang)
    return composed


class _Bundler:
    """Inlines every ``$ref`` to another file of the call folder under ``$defs``, so that the
    schema is one document with only internal references: nothing is resolved by the validator,
    and nothing can be fetched from anywhere."""

    def __init__(self, composed: Composed, folder: Path, lang: Lang) -> None:
        self.c = composed
        self.folder = folder
        self.lang = lang
        self.nodes = 0
        self.keys: dict[Path, str] = {}

    def run(self) -> None:
        first = self.c.files[0]
        self._visit(self.c.schema, "", first, PurePosixPath("."), 0, top=True)

    def _visit(
        self,
        node: Any,
        pointer: str,
        file: _File,
        base: PurePosixPath,
        depth: int,
        *,
        top: bool = False,
    ) -> None:
        self.nodes += 1
        if self.nodes > MAX_SCHEMA_NODES:
            raise _fail(self.lang, str(file.path), _M["too_big"](self.lang, limit=MAX_SCHEMA_NODES))
        if depth > MAX_SCHEMA_DEPTH:
            raise _fail(
                self.lang, self.c.where(pointer), _M["too_deep"](self.lang, limit=MAX_SCHEMA_DEPTH)
            )
        if isinstance(node, list):
            for i, item in enumerate(node):
                self._visit(item, f"{pointer}/{i}", file, base, depth + 1)
            return
        if not isinstance(node, dict):
            return
        for key in ("$id", "$schema"):
            if key in node and not top:
                raise _fail(
                    self.lang,
                    self.c.where(f"{pointer}/{_esc(key)}"),
                    _M["nested_id"](self.lang, key=key),
                )
        if top and "$schema" in node and node["$schema"] != DRAFT:
            raise _fail(self.lang, self.c.where("/$schema"), _M["draft"](self.lang, draft=DRAFT))
        for key in ("$dynamicRef", "$recursiveRef"):
            ref = node.get(key)
            if isinstance(ref, str) and not ref.startswith("#"):
                raise _fail(
                    self.lang,
                    self.c.where(f"{pointer}/{_esc(key)}"),
                    _M["ref_outside"](self.lang, ref=ref),
                )
        ref = node.get("$ref")
        if isinstance(ref, str):
            node["$ref"] = self._rewrite(ref, f"{pointer}/$ref", file, base)
        for key, value in list(node.items()):
            if key != "$ref":
                self._visit(value, f"{pointer}/{_esc(key)}", file, base, depth + 1)

    def _rewrite(self, ref: str, pointer: str, file: _File, base: PurePosixPath) -> str:
        if ref.startswith("#"):
            if not file.prefix:
                return ref
            if ref == "#" or ref.startswith("#/"):
                return "#" + file.prefix + ref[1:]
            raise _fail(self.lang, self.c.where(pointer), _M["ref_anchor"](self.lang, ref=ref))
        name, _, fragment = ref.partition("#")
        name = urllib.parse.unquote(name)
        pure = PurePosixPath(name.replace("\\", "/"))
        if (
            re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", ref)
            or ref.startswith("//")
            or pure.is_absolute()
            or not name
        ):
            raise _fail(self.lang, self.c.where(pointer), _M["ref_outside"](self.lang, ref=ref))
        if fragment and not fragment.startswith("/"):
            raise _fail(self.lang, self.c.where(pointer), _M["ref_anchor"](self.lang, ref=ref))
        # Relative to the referring file, and never above the call folder.
        parts: list[str] = []
        for part in (base / pure).parts:
            if part == "..":
                if not parts:
                    raise _fail(
                        self.lang, self.c.where(pointer), _M["ref_outside"](self.lang, ref=ref)
                    )
                parts.pop()
            elif part != ".":
                parts.append(part)
        relative = "/".join(parts)
        try:
            text = read_call_file(self.folder, relative, self.lang, where=self.c.where(pointer))
        except CallError:
            raise
        path = (self.folder / relative).resolve()
        key = self.keys.get(path)
        if key is None:
            key = f"file-{len(self.keys) + 1}-" + re.sub(r"[^A-Za-z0-9._-]", "_", relative)
            self.keys[path] = key
            content = _parse_json(self.folder / relative, text, self.lang)
            defs = self.c.schema.setdefault("$defs", {})
            if not isinstance(defs, dict):
                raise _fail(self.lang, self.c.where("/$defs"), _M["not_object"](self.lang))
            defs[key] = content
            inner = _File(self.folder / relative, text, f"/$defs/{key}")
            self.c.files.append(inner)
            self._visit(content, inner.prefix, inner, PurePosixPath(relative).parent, 1)
        return f"#/$defs/{key}{fragment}"


def _esc(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _resolve(schema: Any, pointer: str) -> Any:
    node = schema
    for raw in pointer.split("/")[1:] if pointer else []:
        token = urllib.parse.unquote(raw).replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return _MISSING
    return node


_MISSING = object()


def _check_recursion(c: Composed, lang: Lang) -> None:
    """Refuse a schema whose ``$ref`` chain leads back into itself: sketchkit walks schemas to
    scaffold, describe and render, and a sketch has a finite shape.

    A depth-first search over the schema's nodes, with an edge from each ``$ref`` to its target:
    a target still on the search path closes a cycle. Iterative, each node once.
    """
    gray, black = 1, 2
    color: dict[str, int] = {"": gray}
    path = [""]

    def edges(pointer: str, node: Any) -> Iterator[tuple[str, Any, str | None]]:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#"):
                target = urllib.parse.unquote(ref[1:])
                resolved = _resolve(c.schema, target)
                if resolved is _MISSING:
                    raise _fail(lang, c.where(f"{pointer}/$ref"), _M["ref_dangling"](lang, ref=ref))
                yield target, resolved, f"{pointer}/$ref"
            for key, value in node.items():
                if isinstance(value, dict | list):
                    yield f"{pointer}/{_esc(key)}", value, None
        elif isinstance(node, list):
            for i, item in enumerate(node):
                if isinstance(item, dict | list):
                    yield f"{pointer}/{i}", item, None

    stack = [edges("", c.schema)]
    while stack:
        try:
            pointer, node, via = next(stack[-1])
        except StopIteration:
            stack.pop()
            color[path.pop()] = black
            continue
        state = color.get(pointer)
        if state == gray and via is not None:
            ref = _resolve(c.schema, via)
            raise _fail(lang, c.where(via), _M["recursive"](lang, ref=ref))
        if state is not None:
            continue
        color[pointer] = gray
        path.append(pointer)
        stack.append(edges(pointer, node))


def _check_valid(c: Composed, lang: Lang) -> None:
    """The schema is a valid draft 2020-12 schema whose patterns compile (linear-time engine)."""
    import jsonschema_rs

    try:
        # The same options as Call.validator, so that what loads here also validates there.
        jsonschema_rs.Draft202012Validator(
            c.schema,
            validate_formats=True,
            offline=True,
            pattern_options=jsonschema_rs.RegexOptions(),
        )
    except jsonschema_rs.ValidationError as e:
        pointer = "".join(f"/{_esc(str(p))}" for p in e.instance_path)
        raise _fail(lang, c.where(pointer), _M["invalid"](lang, err=e.message)) from None
    except (jsonschema_rs.ReferencingError, ValueError) as e:
        raise _fail(
            lang, str(c.files[0].path), _M["invalid"](lang, err=str(e).splitlines()[0])
        ) from None


def finite_numbers(value: Any) -> bool:
    """Whether every number in a JSON-like value is finite (JSON output has no NaN)."""
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, dict):
        return all(finite_numbers(v) for v in value.values())
    if isinstance(value, list):
        return all(finite_numbers(v) for v in value)
    return True


GENERATED = (
    "Generated by `python -m sketchkit.calls.composition` from ../_base/sketch.schema.json and "
    "sketch.additions.json, for editors' modelines; edit those two, never this file."
)


def bundle_text(schema: dict[str, Any]) -> str:
    """The text of the whole-schema file shipped beside a call's additions, for editors."""
    head = {k: schema[k] for k in ("$schema", "$id") if k in schema}
    body = {k: v for k, v in schema.items() if k not in head}
    return json.dumps({**head, "$comment": GENERATED, **body}, ensure_ascii=False, indent=2) + "\n"


def _write_bundles() -> None:
    """Rewrite the editor bundle of every built-in call that extends the base schema."""
    from sketchkit.calls.loading import EDITOR_FILE, builtin_call_ids, load_call
    from sketchkit.core.atomic import write_atomic

    for call_id in builtin_call_ids():
        call = load_call(call_id)
        if (call.folder / ADDITIONS_FILE).is_file():
            text = bundle_text(call.schema).encode("utf-8")
            write_atomic(call.folder / EDITOR_FILE, text, overwrite=True)


if __name__ == "__main__":
    _write_bundles()
