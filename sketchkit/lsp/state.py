"""One open document as the server last checked it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from sketchkit.checking.checker import CheckOptions, FileResult, check_text
from sketchkit.core.i18n import Lang
from sketchkit.input.textfile import DEFAULT_MAX_BYTES


@dataclass(frozen=True)
class Snapshot:
    """The text of one version of a document and what ``check`` says about it."""

    uri: str
    version: int | None
    text: str
    lang: Lang
    result: FileResult | None  # None: too large to check

    @cached_property
    def lines(self) -> list[str]:
        return self.text.split("\n")


def snapshot(
    uri: str,
    version: int | None,
    text: str,
    lang: Lang,
    path: Path | None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Snapshot:
    """Check the editor's text (not the file on disk) the way ``sketchkit check`` would."""
    if len(text.encode("utf-8", errors="surrogatepass")) > max_bytes:
        return Snapshot(uri, version, text, lang, None)
    result = check_text(
        text,
        options=CheckOptions(lang=lang, max_bytes=max_bytes),
        path=str(path) if path is not None else uri,
        folder=path.parent if path is not None else None,
    )
    return Snapshot(uri, version, text, lang, result)
