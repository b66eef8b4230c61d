"""The form's server refuses everything that is not its own page asking (no browser needed)."""

from __future__ import annotations

import http.client
import json

import pytest

from sketchkit.edit.server import EditServer


def _request(
    server: EditServer,
    method: str,
    path: str,
    *,
    headers: dict[str, str] | None = None,
    body: bytes | None = None,
) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    sent = {"Host": f"127.0.0.1:{server.port}", **(headers or {})}
    connection.request(method, path, body=body, headers=sent)
    response = connection.getresponse()
    data = response.read()
    connection.close()
    return response.status, data


def _post(
    server: EditServer, route: str, body: bytes, content_type: str = "application/json", **more: str
) -> int:
    """The status of a POST to ``route`` with the session's token."""
    headers = {"Content-Type": content_type, **{k.replace("_", "-"): v for k, v in more.items()}}
    return _request(server, "POST", f"{route}?token={server.token}", headers=headers, body=body)[0]


def test_binds_to_the_loopback_address_only(server: EditServer) -> None:
    assert server.server_address[0] == "127.0.0.1"


@pytest.mark.parametrize("path", ["/", "/api/state", "/app.js"])
def test_no_token_no_answer(server: EditServer, path: str) -> None:
    assert _request(server, "GET", path)[0] == 403
    assert _request(server, "GET", path + "?token=wrong")[0] == 403
    assert _request(server, "GET", f"{path}?token={server.token}")[0] == 200


def test_the_token_in_a_header_works_too(server: EditServer) -> None:
    status, body = _request(
        server, "GET", "/api/state", headers={"X-Sketchkit-Token": server.token}
    )
    assert status == 200
    assert json.loads(body)["file"] == "skisse.yaml"


@pytest.mark.parametrize("host", ["evil.example:80", "attacker.test", "127.0.0.1", "127.0.0.1:1"])
def test_a_foreign_host_is_refused(server: EditServer, host: str) -> None:
    # DNS rebinding: a page from another name that resolves to 127.0.0.1.
    status, _ = _request(server, "GET", f"/api/state?token={server.token}", headers={"Host": host})
    assert status == 403


@pytest.mark.parametrize("origin", ["http://evil.example", "null", "http://127.0.0.1:1"])
def test_a_foreign_origin_is_refused(server: EditServer, origin: str) -> None:
    assert _post(server, "/api/save", b'{"data": {}}', Origin=origin) == 403


def test_a_cross_site_fetch_is_refused(server: EditServer) -> None:
    status, _ = _request(
        server,
        "GET",
        f"/api/state?token={server.token}",
        headers={"Sec-Fetch-Site": "cross-site"},
    )
    assert status == 403


@pytest.mark.parametrize(
    "path",
    [
        "/../skisse.yaml",
        "/../../../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/static/app.js",
        "/app.js/../../forpliktelseserklaering.pdf",
        "/skisse.yaml",
        "/forpliktelseserklaering.pdf",
        "//etc/passwd",
        "/api/state/../../etc/passwd",
    ],
)
def test_no_path_reaches_the_file_system(server: EditServer, path: str) -> None:
    status, body = _request(server, "GET", f"{path}?token={server.token}")
    assert status == 404
    assert b"root:" not in body and b"%PDF" not in body


@pytest.mark.parametrize("path", ["/api/save/../check", "/api/../../x", "/api/files"])
def test_no_post_route_but_the_three(server: EditServer, path: str) -> None:
    assert _post(server, path, b"{}") == 404


def test_only_json_is_accepted(server: EditServer) -> None:
    # A form post from another page would be text/plain or form-encoded.
    assert _post(server, "/api/check", b'{"data": {}}', content_type="text/plain") == 415


def test_a_huge_body_is_refused_unread(server: EditServer) -> None:
    assert _post(server, "/api/check", b"", Content_Length=str(10**9)) == 413


@pytest.mark.parametrize(
    "body", [b"not json", b"[1, 2]", b'{"data": 3}', b'{"data": {"plan": 7}, "x": 1}']
)
def test_bad_json_changes_nothing(server: EditServer, body: bytes) -> None:
    before = server.session.path.read_bytes()
    status = _post(server, "/api/save", body)
    # Not data, or data without the version it was based on (a conflict): nothing is written.
    assert status in (400, 409)
    assert server.session.path.read_bytes() == before


def test_every_answer_forbids_frames_and_outside_scripts(server: EditServer) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    connection.request(
        "GET", f"/?token={server.token}", headers={"Host": f"127.0.0.1:{server.port}"}
    )
    response = connection.getresponse()
    response.read()
    assert response.getheader("X-Frame-Options") == "DENY"
    assert "default-src 'self'" in (response.getheader("Content-Security-Policy") or "")
    assert response.getheader("Referrer-Policy") == "no-referrer"
    connection.close()
