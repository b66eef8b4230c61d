"""The language server: ``sketchkit lsp`` speaks LSP over standard input and output.

Every feature reads the same ``check`` result of the editor's current text. Checks are coalesced:
a change that arrives while an older one waits replaces it, so a burst of keystrokes costs one
check, and the diagnostics published are always those of the newest text. Nothing a user types
may stop the server: every handler turns its own failure into a log message.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from lsprotocol import types as t
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from sketchkit import __version__
from sketchkit.core.i18n import Lang
from sketchkit.input.textfile import DEFAULT_MAX_BYTES
from sketchkit.lsp import actions, completion, diagnostics, hover, outline
from sketchkit.lsp.state import Snapshot, snapshot

T = TypeVar("T")
log = logging.getLogger(__name__)


def language_of(locale: str | None, options: Any, forced: Lang | None) -> Lang:
    """The language of messages: ``--lang``, then the client's setting ``{"lang": "nn"}``, then
    SKETCHKIT_LANG, then the client's locale (``nn-NO``, ``en-GB``); bokmål otherwise."""
    if forced is not None:
        return forced
    candidates = [
        options.get("lang") if isinstance(options, dict) else None,
        os.environ.get("SKETCHKIT_LANG"),
        locale,
    ]
    for value in candidates:
        if isinstance(value, str) and value:
            code = value.lower().replace("_", "-").split("-")[0]
            if code in ("nn", "en"):
                return Lang(code)
            if code in ("nb", "no"):
                return Lang.NB
    return Lang.NB


class SketchServer(LanguageServer):
    def __init__(self, lang: Lang | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        super().__init__("sketchkit", __version__)
        self.forced_lang = lang
        self.lang = lang or Lang.NB
        self.max_bytes = max_bytes
        self.snapshots: dict[str, Snapshot] = {}
        self.waiting: dict[str, int | None] = {}

    def check_document(self, uri: str) -> Snapshot:
        document = self.workspace.get_text_document(uri)
        fs_path = to_fs_path(uri) if uri.startswith("file:") else None
        path = Path(fs_path) if fs_path else None
        snap = snapshot(uri, document.version, document.source, self.lang, path, self.max_bytes)
        self.snapshots[uri] = snap
        return snap

    def publish_findings(self, uri: str) -> None:
        snap = self.check_document(uri)
        self.text_document_publish_diagnostics(
            t.PublishDiagnosticsParams(
                uri=uri,
                version=snap.version,
                diagnostics=diagnostics.to_diagnostics(snap, self.max_bytes),
            )
        )

    def snapshot_of(self, uri: str) -> Snapshot | None:
        """The snapshot of the document's newest text (checked now if it changed since)."""
        document = self.workspace.get_text_document(uri)
        snap = self.snapshots.get(uri)
        if snap is None or snap.version != document.version or snap.text != document.source:
            snap = self.check_document(uri)
        return snap


def _guarded(server: SketchServer, name: str, work: Callable[[], T], empty: T) -> T:
    try:
        return work()
    except Exception as e:  # a bad document must never stop the server
        log.exception("%s failed", name)
        server.window_log_message(
            t.LogMessageParams(type=t.MessageType.Error, message=f"sketchkit: {name}: {e!r}")
        )
        return empty


def build(lang: Lang | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> SketchServer:
    server = SketchServer(lang, max_bytes)

    @server.feature(t.INITIALIZE)
    def initialize(ls: SketchServer, params: t.InitializeParams) -> None:
        ls.lang = language_of(params.locale, params.initialization_options, ls.forced_lang)

    @server.feature(t.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: SketchServer, params: t.DidOpenTextDocumentParams) -> None:
        uri = params.text_document.uri
        _guarded(ls, "didOpen", lambda: ls.publish_findings(uri), None)

    @server.feature(t.TEXT_DOCUMENT_DID_CHANGE)
    async def did_change(ls: SketchServer, params: t.DidChangeTextDocumentParams) -> None:
        uri, version = params.text_document.uri, params.text_document.version
        ls.waiting[uri] = version
        # Let changes already queued arrive first; only the newest one is checked.
        await asyncio.sleep(0)
        if ls.waiting.get(uri) == version:
            _guarded(ls, "didChange", lambda: ls.publish_findings(uri), None)

    @server.feature(t.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: SketchServer, params: t.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        ls.snapshots.pop(uri, None)
        ls.waiting.pop(uri, None)
        ls.text_document_publish_diagnostics(t.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(t.TEXT_DOCUMENT_HOVER)
    def on_hover(ls: SketchServer, params: t.HoverParams) -> t.Hover | None:
        def work() -> t.Hover | None:
            snap = ls.snapshot_of(params.text_document.uri)
            pos = params.position
            text = hover.hover_markdown(snap, pos.line, pos.character) if snap else None
            if not text:
                return None
            return t.Hover(contents=t.MarkupContent(kind=t.MarkupKind.Markdown, value=text))

        return _guarded(ls, "hover", work, None)

    @server.feature(
        t.TEXT_DOCUMENT_COMPLETION, t.CompletionOptions(trigger_characters=[":", " ", "-"])
    )
    def on_completion(ls: SketchServer, params: t.CompletionParams) -> t.CompletionList:
        def work() -> t.CompletionList:
            snap = ls.snapshot_of(params.text_document.uri)
            pos = params.position
            items = completion.complete(snap, pos.line, pos.character) if snap else []
            return t.CompletionList(is_incomplete=False, items=items)

        return _guarded(ls, "completion", work, t.CompletionList(is_incomplete=False, items=[]))

    @server.feature(
        t.TEXT_DOCUMENT_CODE_ACTION,
        t.CodeActionOptions(
            code_action_kinds=[t.CodeActionKind.QuickFix, t.CodeActionKind.RefactorRewrite]
        ),
    )
    def on_code_action(ls: SketchServer, params: t.CodeActionParams) -> list[t.CodeAction]:
        def work() -> list[t.CodeAction]:
            snap = ls.snapshot_of(params.text_document.uri)
            if snap is None:
                return []
            return actions.code_actions(
                snap, params.range.start.line, list(params.context.diagnostics)
            )

        return _guarded(ls, "codeAction", work, [])

    @server.feature(t.TEXT_DOCUMENT_DOCUMENT_SYMBOL)
    def on_symbols(ls: SketchServer, params: t.DocumentSymbolParams) -> list[t.DocumentSymbol]:
        def work() -> list[t.DocumentSymbol]:
            snap = ls.snapshot_of(params.text_document.uri)
            return outline.symbols(snap) if snap else []

        return _guarded(ls, "documentSymbol", work, [])

    @server.feature(t.TEXT_DOCUMENT_CODE_LENS)
    def on_lens(ls: SketchServer, params: t.CodeLensParams) -> list[t.CodeLens]:
        def work() -> list[t.CodeLens]:
            snap = ls.snapshot_of(params.text_document.uri)
            return outline.lenses(snap) if snap else []

        return _guarded(ls, "codeLens", work, [])

    @server.command(outline.SHOW_CRITERIA)
    def show_criteria(ls: SketchServer, details: str = "") -> None:
        ls.window_show_message(t.ShowMessageParams(type=t.MessageType.Info, message=str(details)))

    return server


def serve(lang: Lang | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
    """Run the server on standard input and output until the client ends it."""
    build(lang, max_bytes).start_io()
