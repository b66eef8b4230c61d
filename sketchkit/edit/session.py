"""One sketch open in the form: what it holds, checking it, saving it, rendering it.

The file on disk stays the source of truth. The session keeps the text as loaded (to notice a
change on disk), the values the form shows (as sketchkit's loader reads them), and the
round-trip tree the form's changes are applied to. Every operation holds the session's lock: the
server answers several requests at once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sketchkit.calls.loading import load_call
from sketchkit.calls.model import Call
from sketchkit.checking.checker import CheckOptions, FileResult, check_text
from sketchkit.checking.criteria import STATUS_WORDS
from sketchkit.checking.findings import SEVERITY_WORDS
from sketchkit.core.atomic import WriteError, write_atomic
from sketchkit.core.i18n import Lang, Msg
from sketchkit.edit.roundtrip import RoundTrip
from sketchkit.edit.texts import counts_text
from sketchkit.input.textfile import (
    DEFAULT_MAX_BYTES,
    ReadError,
    TextProblem,
    decode,
    read_bytes,
)
from sketchkit.input.yamldoc import YamlProblemKind, load
from sketchkit.scaffolding.scaffold import scaffold

_UNREADABLE = Msg(
    "{path} kan ikke åpnes i skjemaet: {reason}. Rett filen i et redigeringsprogram og prøv igjen "
    "(sketchkit check {path} viser hvor).",
    "{path} cannot be opened in the form: {reason}. Fix the file in a text editor and try again "
    "(sketchkit check {path} shows where).",
)
_NO_FOLDER = Msg(
    "mappen {folder} finnes ikke; lag den først, eller velg en skissefil i en mappe som finnes",
    "the folder {folder} does not exist; create it first, or choose a sketch file in a folder "
    "that exists",
)
_NOT_MAPPING = Msg("skissen er ikke en samling felt", "the sketch is not a set of fields")
_DUPLICATES = Msg(
    "et felt står to ganger, og å lagre ville miste det ene",
    "a field appears twice, and saving would lose one of them",
)


class EditError(Exception):
    """The sketch cannot be edited in the form; the message says why and what to do."""


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Saved:
    path: Path
    backup: Path | None = None


class Session:
    def __init__(self, path: Path, call_name: str | None, lang: Lang) -> None:
        self.path = path
        self.lang = lang
        self.lock = threading.Lock()
        self.is_new = not path.exists()
        if self.is_new and not path.parent.is_dir():
            # Saving could never succeed: say so now, not after the user has filled the form.
            raise EditError(_NO_FOLDER(lang, folder=path.parent))
        if self.is_new:
            call = load_call(call_name or "innovasjonspartnerskap-2017", lang)
            text = scaffold(call, lang, {}, file_name=path.name)
            self.disk_digest: str | None = None
        else:
            text = self._read()
            self.disk_digest = digest(text)
        self.call_name = call_name
        self._load(text)

    def _read(self) -> str:
        try:
            data = read_bytes(self.path, self.lang, DEFAULT_MAX_BYTES)
        except ReadError as e:  # a device, a FIFO, no access: nothing the form can open
            raise EditError(_UNREADABLE(self.lang, path=self.path, reason=str(e))) from None
        text = data if isinstance(data, TextProblem) else decode(data, self.lang)
        if isinstance(text, TextProblem):
            raise EditError(_UNREADABLE(self.lang, path=self.path, reason=text.message))
        return text

    def _load(self, text: str) -> None:
        doc, problems = load(text, self.lang)
        if doc is None or problems:
            reason = problems[0].message if problems else _NOT_MAPPING(self.lang)
            if problems and problems[0].kind is YamlProblemKind.DUPLICATE_KEY:
                reason = _DUPLICATES(self.lang)
            raise EditError(_UNREADABLE(self.lang, path=self.path, reason=reason))
        data = doc.data if doc.data is not None else {}
        if not isinstance(data, dict):
            raise EditError(_UNREADABLE(self.lang, path=self.path, reason=_NOT_MAPPING(self.lang)))
        self.text = text
        self.data: dict[str, Any] = data
        self.tree = RoundTrip(text)
        self.result = self._check(text)

    @property
    def call(self) -> Call:
        assert self.result.call is not None
        return self.result.call

    def _check(self, text: str) -> FileResult:
        options = CheckOptions(call=self.call_name, lang=self.lang)
        return check_text(text, options=options, path=str(self.path), folder=self.path.parent)

    # -- what the browser asks for ------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        with self.lock:
            return {
                "file": self.path.name,
                "new": self.is_new,
                "base": self.disk_digest,
                "data": self.data,
                "report": report(self.result, self.lang),
            }

    def check(self, data: dict[str, Any]) -> dict[str, Any]:
        """Apply the form's values and check the text they make, as ``sketchkit check`` would."""
        with self.lock:
            self.tree.apply(self.data, data)
            self.data = data
            self.text = self.tree.dump()
            self.result = self._check(self.text)
            return report(self.result, self.lang)

    def save(self, data: dict[str, Any], base: str | None, resolve: str | None) -> dict[str, Any]:
        """Write the form's values to the file, unless the file changed on disk since it was
        loaded: then the caller decides, and neither version is lost."""
        with self.lock:
            self.tree.apply(self.data, data)
            self.data = data
            self.text = self.tree.dump()
            on_disk = self._read() if self.path.exists() else None
            changed = on_disk is not None and digest(on_disk) != base
            if changed and resolve is None:
                return {"conflict": True, "disk": on_disk}
            backup = None
            if changed and on_disk is not None and resolve == "mine":
                backup = self._backup(on_disk, "disk")
            elif changed and on_disk is not None and resolve == "theirs":
                backup = self._backup(self.text, "mine")
                self._load(on_disk)
                self.disk_digest = digest(on_disk)
                return {
                    "saved": False,
                    "backup": backup.name,
                    "data": self.data,
                    "base": self.disk_digest,
                    "report": report(self.result, self.lang),
                }
            write_atomic(self.path, self.text.encode("utf-8"), overwrite=True, lang=self.lang)
            self.disk_digest = digest(self.text)
            self.is_new = False
            self.result = self._check(self.text)
            return {
                "saved": True,
                "backup": backup.name if backup else None,
                "base": self.disk_digest,
                "report": report(self.result, self.lang),
            }

    def _backup(self, text: str, which: str) -> Path:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        for n in range(100):
            suffix = f"-{n}" if n else ""
            target = self.path.with_name(f"{self.path.stem}.{which}-{stamp}{suffix}.yaml")
            try:
                write_atomic(target, text.encode("utf-8"), overwrite=False, lang=self.lang)
            except FileExistsError:
                continue
            return target
        raise WriteError(str(self.path))

    def render(self, *, force: bool, draft: bool) -> dict[str, Any]:
        """The PDF next to the sketch, by ``render``'s own code, from the saved file."""
        from sketchkit.documents.export import export
        from sketchkit.documents.renderers import DocumentFormat, RenderOptions

        with self.lock:
            done = export(
                self.path,
                DocumentFormat.PDF,
                draft=draft,
                force=force,
                render_options=RenderOptions(lang=self.lang),
                check_options=CheckOptions(call=self.call_name, lang=self.lang),
            )
            if done.path is None:
                return {"rendered": False, "report": report(done.result, self.lang)}
            return {"rendered": True, "file": done.path.name, "pages": done.pages}


def report(result: FileResult, lang: Lang) -> dict[str, Any]:
    """What the form shows: each finding at its field, the counts, and the criteria."""
    return {
        "findings": [
            {
                "pointer": f.pointer,
                "rule": str(f.rule),
                "severity": f.severity.value,
                "severity_text": SEVERITY_WORDS[f.severity](lang),
                "message": f.message,
                "hint": f.hint,
                "line": f.line,
            }
            for f in result.findings
        ],
        "counts": result.counts,
        "summary": counts_text(result.counts, lang),
        "criteria": [
            {
                "title": c.criterion.title_in(lang),
                "status": c.status.value,
                "status_text": STATUS_WORDS[c.status](lang),
            }
            for c in result.criteria
        ],
    }
