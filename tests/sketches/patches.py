"""Bad sketches as small patches of one good example (tests/sketches/README.md).

Each case in tests/sketches/bad/ is ``<name>.patch.yaml``: a description and the change that
makes examples/stavanger-hjemmetjenester/skisse.yaml wrong in one way, nothing else. Beside it,
``<name>.expected`` is a snapshot of what ``check`` reports for it; only
``pytest --update-snapshots`` writes snapshots.
"""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from sketchkit.checking.checker import CheckOptions, FileResult, check_file

ROOT = Path(__file__).resolve().parent.parent.parent
EXAMPLE = ROOT / "examples" / "stavanger-hjemmetjenester"
CASES = Path(__file__).resolve().parent / "bad"
TODAY = dt.date(2017, 8, 1)

_KEYS = {"description", "replace", "text", "encoding", "files", "today", "call"}


class PatchError(Exception):
    """A patch file that cannot be applied as written."""


@dataclass(frozen=True)
class Patch:
    name: str
    description: str
    replace: tuple[tuple[str, str], ...] = ()
    text: str | None = None  # the whole text, instead of the example's
    encoding: str = "utf-8"
    files: dict[str, str] = field(default_factory=dict)  # more files beside the sketch
    today: dt.date = TODAY
    call: str | None = None

    @property
    def options(self) -> CheckOptions:
        return CheckOptions(call=self.call, today=self.today)

    def apply(self, example: str) -> bytes:
        text = example if self.text is None else self.text
        for old, new in self.replace:
            if text.count(old) != 1:
                raise PatchError(f"{self.name}: {old!r} occurs {text.count(old)} times, not once")
            text = text.replace(old, new)
        unchanged = text == example and self.encoding == "utf-8"
        if unchanged and self.today == TODAY and self.call is None:
            raise PatchError(f"{self.name}: the patch changes nothing")
        return text.encode(self.encoding)


def load_patch(path: Path) -> Patch:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("description"), str):
        raise PatchError(f"{path.name}: a mapping with a description")
    unknown = set(data) - _KEYS
    if unknown:
        raise PatchError(f"{path.name}: unknown keys {sorted(unknown)}")
    replace = tuple((str(r["old"]), str(r["new"])) for r in data.get("replace", []))
    today = data.get("today", TODAY)
    return Patch(
        name=path.name.removesuffix(".patch.yaml"),
        description=data["description"],
        replace=replace,
        text=data.get("text"),
        encoding=data.get("encoding", "utf-8"),
        files={str(k): str(v) for k, v in data.get("files", {}).items()},
        today=today if isinstance(today, dt.date) else dt.date.fromisoformat(str(today)),
        call=data.get("call"),
    )


def all_patches() -> list[Patch]:
    return [load_patch(p) for p in sorted(CASES.glob("*.patch.yaml"))]


def materialize(folder: Path, patches: list[Patch]) -> dict[str, Path]:
    """Write every patched sketch as ``<name>.yaml`` into ``folder``, beside the example's
    letter of commitment and the files the patches ask for; name → path."""
    folder.mkdir(parents=True, exist_ok=True)
    example = (EXAMPLE / "skisse.yaml").read_text(encoding="utf-8")
    for extra in EXAMPLE.iterdir():
        if extra.name != "skisse.yaml" and extra.is_file():
            shutil.copy(extra, folder / extra.name)
    # Each case tests one rule; the clear-language advice on the example's prose would add its
    # own findings to every snapshot. It has its own sketches and tests in tests/language.
    (folder / "sketchkit.toml").write_text("[klarsprak]\nenabled = false\n", encoding="utf-8")
    out = {}
    for patch in patches:
        for name, content in patch.files.items():
            (folder / name).write_text(content, encoding="utf-8")
        path = folder / f"{patch.name}.yaml"
        path.write_bytes(patch.apply(example))
        out[patch.name] = path
    return out


def check_case(patch: Patch, path: Path) -> FileResult:
    return check_file(path, patch.options)


def snapshot(result: FileResult, folder: Path) -> str:
    """What a snapshot holds: each finding's place, severity, rule, message and hint; the
    folder the cases were written to reads ``<folder>``, so that snapshots do not vary."""
    lines = []
    for f in result.findings:
        lines.append(f"{f.line}:{f.column} {f.severity.value} {f.rule} {f.message}")
        if f.hint:
            lines.append(f"    hint: {f.hint}")
    return "\n".join(lines).replace(str(folder), "<folder>") + "\n"
