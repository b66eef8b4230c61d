"""The local web server behind ``sketchkit edit``: the standard library's, on 127.0.0.1 only.

Safe on a shared machine: every request must carry the session's random token; a request whose
Host or Origin is not this server is refused (DNS rebinding, cross-site requests); there are no
paths in any request: the server reads and writes only its one sketch, the PDF beside it and
backup copies beside it, and serves its assets from a fixed list, never from a path it is given.
"""

from __future__ import annotations

import hmac
import json
import secrets
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from sketchkit.calls.model import CallError
from sketchkit.core.atomic import WriteError
from sketchkit.core.i18n import Lang, Msg
from sketchkit.documents.renderers import RenderError
from sketchkit.edit.formspec import form_spec
from sketchkit.edit.session import EditError, Session
from sketchkit.edit.texts import UI, ui_texts

MAX_BODY = 6 * 1024 * 1024  # above the largest sketch sketchkit reads, with JSON's overhead
_ASSETS = {
    "/app.js": ("app.js", "text/javascript; charset=utf-8"),
    "/app.css": ("app.css", "text/css; charset=utf-8"),
}
_HEADERS = {
    # Nothing from elsewhere, no inline script, never in a frame, the token never leaves in a
    # Referer, and nothing kept in caches.
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; "
    "base-uri 'none'; form-action 'none'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
_TITLE = Msg("sketchkit – {file}", "sketchkit – {file}")


def _asset(name: str) -> bytes:
    return resources.files("sketchkit.edit").joinpath("static", name).read_bytes()


class EditServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, session: Session, lang: Lang, port: int = 0) -> None:
        super().__init__(("127.0.0.1", port), _Handler)
        self.session = session
        self.lang = lang
        self.token = secrets.token_urlsafe(24)
        self.spec = form_spec(session.call, lang)

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/?token={self.token}"

    def allowed_hosts(self) -> set[str]:
        return {f"127.0.0.1:{self.port}", f"localhost:{self.port}"}


class _Handler(BaseHTTPRequestHandler):
    server: EditServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass  # a request log would print the token; the terminal says what matters instead

    # -- the gate every request passes --------------------------------------------------------

    def _allowed(self) -> bool:
        server = self.server
        if self.headers.get("Host", "") not in server.allowed_hosts():
            return False
        origin = self.headers.get("Origin")
        if origin is not None and origin not in {f"http://{h}" for h in server.allowed_hosts()}:
            return False
        if self.headers.get("Sec-Fetch-Site") not in (None, "same-origin", "none"):
            return False
        query = parse_qs(urlsplit(self.path).query)
        token = self.headers.get("X-Sketchkit-Token") or (query.get("token") or [""])[0]
        return hmac.compare_digest(token.encode(), server.token.encode())

    def _send(self, status: HTTPStatus, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in _HEADERS.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _json(self, status: HTTPStatus, payload: Any) -> None:
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        self._send(status, body, "application/json; charset=utf-8")

    def _refuse(self, status: HTTPStatus) -> None:
        self._send(status, status.phrase.encode(), "text/plain; charset=utf-8")

    # -- routes -------------------------------------------------------------------------------

    def do_GET(self) -> None:
        if not self._allowed():
            return self._refuse(HTTPStatus.FORBIDDEN)
        route = urlsplit(self.path).path
        if route == "/":
            return self._send(HTTPStatus.OK, self._page(), "text/html; charset=utf-8")
        if route in _ASSETS:
            name, kind = _ASSETS[route]
            return self._send(HTTPStatus.OK, _asset(name), kind)
        if route == "/api/state":
            state = self.server.session.state()
            ui = ui_texts(self.server.lang)
            return self._json(HTTPStatus.OK, {**state, "form": self.server.spec, "ui": ui})
        return self._refuse(HTTPStatus.NOT_FOUND)

    def do_POST(self) -> None:
        if not self._allowed():
            return self._refuse(HTTPStatus.FORBIDDEN)
        route = urlsplit(self.path).path
        handlers = {"/api/check": self._check, "/api/save": self._save, "/api/render": self._render}
        if route not in handlers:
            return self._refuse(HTTPStatus.NOT_FOUND)
        if self.headers.get("Content-Type", "").split(";")[0] != "application/json":
            return self._refuse(HTTPStatus.UNSUPPORTED_MEDIA_TYPE)
        try:
            length = int(self.headers.get("Content-Length", "0"))
        except ValueError:
            return self._refuse(HTTPStatus.BAD_REQUEST)
        if length < 0 or length > MAX_BODY:
            return self._refuse(HTTPStatus.REQUEST_ENTITY_TOO_LARGE)
        try:
            payload = json.loads(self.rfile.read(length) or b"{}")
        except (ValueError, UnicodeDecodeError):
            return self._refuse(HTTPStatus.BAD_REQUEST)
        if not isinstance(payload, dict):
            return self._refuse(HTTPStatus.BAD_REQUEST)
        try:
            handlers[route](payload)
        except (EditError, CallError, RenderError, WriteError, OSError) as e:
            self._json(HTTPStatus.CONFLICT, {"error": str(e)})
        except (KeyError, TypeError, ValueError, AttributeError) as e:
            # What the page sent does not fit the sketch; nothing was written.
            self._json(HTTPStatus.BAD_REQUEST, {"error": f"{type(e).__name__}: {e}"})
        return None

    def _data(self, payload: dict[str, Any]) -> dict[str, Any]:
        data = payload.get("data")
        if not isinstance(data, dict):
            raise ValueError("data")
        return data

    def _check(self, payload: dict[str, Any]) -> None:
        self._json(HTTPStatus.OK, self.server.session.check(self._data(payload)))

    def _save(self, payload: dict[str, Any]) -> None:
        resolve = payload.get("resolve")
        if resolve not in (None, "mine", "theirs"):
            raise ValueError("resolve")
        base = payload.get("base")
        result = self.server.session.save(
            self._data(payload), base if isinstance(base, str) else None, resolve
        )
        self._json(HTTPStatus.CONFLICT if result.get("conflict") else HTTPStatus.OK, result)

    def _render(self, payload: dict[str, Any]) -> None:
        try:
            result = self.server.session.render(
                force=payload.get("force") is True, draft=payload.get("draft") is True
            )
        except FileExistsError:
            return self._json(HTTPStatus.CONFLICT, {"exists": True})
        self._json(HTTPStatus.OK, result)
        return None

    def _page(self) -> bytes:
        server = self.server
        page = _asset("index.html").decode("utf-8")
        from html import escape

        return (
            page.replace("{{lang}}", server.lang.value)
            .replace("{{title}}", escape(_TITLE(server.lang, file=server.session.path.name)))
            .replace("{{token}}", escape(server.token))
            .replace("{{skip}}", escape(UI["skip"](server.lang)))
            .encode("utf-8")
        )


def serve(path: Path, call: str | None, lang: Lang, port: int, *, browser: bool) -> None:
    """Start the server for one sketch and run it until interrupted (Ctrl+C)."""
    session = Session(path, call, lang)
    server = EditServer(session, lang, port)
    print(_OPEN(lang, url=server.url), flush=True)
    if session.is_new:
        print(_NEW(lang, path=path), flush=True)
    if browser:
        import webbrowser

        threading.Thread(target=webbrowser.open, args=(server.url,), daemon=True).start()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


_OPEN = Msg(
    "Skjemaet er åpent på {url}\n(bare på denne maskinen; trykk Ctrl+C for å avslutte)",
    "The form is open at {url}\n(on this machine only; press Ctrl+C to stop)",
)
_NEW = Msg(
    "{path} finnes ikke ennå: skjemaet starter fra en ny skisse, og filen lages når du lagrer.",
    "{path} does not exist yet: the form starts from a new sketch, and the file is made when "
    "you save.",
)
