"""The clear-language advice reaches the editor through ``sketchkit lsp``, as information."""

from __future__ import annotations

import shutil
import sys
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any, cast

import pytest
import pytest_lsp
from lsprotocol import types as t
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

from tests.conftest import ROOT

lsp_fixture = cast(Callable[..., Callable[[Callable[..., Any]], Any]], pytest_lsp.fixture)


@lsp_fixture(config=ClientServerConfig(server_command=[sys.executable, "-m", "sketchkit", "lsp"]))
async def client(lsp_client: LanguageClient) -> AsyncIterator[None]:
    await lsp_client.initialize_session(
        t.InitializeParams(capabilities=client_capabilities("visual-studio-code"), locale="nb-NO")
    )
    yield
    await lsp_client.shutdown_session()


@pytest.mark.asyncio
async def test_advice_is_published_as_information(client: LanguageClient, tmp_path: Path) -> None:
    sketch = tmp_path / "klarsprak-long-sentence.yaml"
    shutil.copy(ROOT / "tests" / "sketches" / "klarsprak" / sketch.name, sketch)
    uri = sketch.as_uri()
    client.text_document_did_open(
        t.DidOpenTextDocumentParams(
            text_document=t.TextDocumentItem(
                uri=uri, language_id="yaml", version=1, text=sketch.read_text(encoding="utf-8")
            )
        )
    )
    await client.wait_for_notification(t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    advice = [d for d in client.diagnostics[uri] if str(d.code).startswith("klarsprak-")]
    assert [(d.code, d.severity, d.range.start.line) for d in advice] == [
        ("klarsprak-long-sentence", t.DiagnosticSeverity.Information, 4),
        ("klarsprak-long-sentence", t.DiagnosticSeverity.Warning, 9),
    ]
    assert advice[0].message.startswith("setningen på linje 6 har 28 ord (over 25)")
