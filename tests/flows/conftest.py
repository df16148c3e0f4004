"""Shared fixtures for the harvesting tests: a small opgave, the twin on our own data, fast retries."""

from __future__ import annotations

import socket
import struct
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from config.schema import Opgave
from flows.privacy import Pseudonymiser
from flows.sources.base import RetryPolicy
from flows.twin import TwinServer

DATA = Path(__file__).parent / "data"
TWIN_DATA = DATA / "twin"


class SleepRecorder:
    """Stands in for time.sleep: records the requested pauses instead of waiting."""

    def __init__(self) -> None:
        self.pauses: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.pauses.append(seconds)


@pytest.fixture
def sleeps() -> SleepRecorder:
    return SleepRecorder()


@pytest.fixture
def fast_retry(sleeps: SleepRecorder) -> RetryPolicy:
    return RetryPolicy(attempts=4, base_delay_s=0.5, max_delay_s=4, max_total_wait_s=30, sleep=sleeps)


@pytest.fixture(autouse=True)
def _pseudonym_key(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Never touch the developer's real key file from a test."""
    monkeypatch.setenv("ANTENNES_PSEUDONYM_KEY", "test-key-not-secret")
    monkeypatch.setenv("ANTENNES_PSEUDONYM_KEY_FILE", str(tmp_path / "keys" / "pseudonym.key"))


def _make_opgave(sources: list[dict], **extra: object) -> Opgave:
    """A small opgave around our own test data; `sources` are YAML-like dicts."""
    data: dict[str, object] = {
        "name": "stikstoftest",
        "title": "Stikstof (test)",
        "keywords": ["stikstof", "mest", "derogatie", "uitkoopregeling", "pas-melders", "natuurherstel"],
        "sources": sources,
        "target_groups": [{"name": "boeren", "markers": ["boer", "boeren"]}],
        "stakeholders": [
            {"name": "LTO Nederland", "aliases": ["LTO"], "handles": ["@LTONederland"]},
            {"name": "Redactie Stadsblad"},
        ],
        "harvest": {"contact": "test@example.org"},
    }
    data.update(extra)
    return Opgave.model_validate(data)


@pytest.fixture
def make_opgave() -> Callable[..., Opgave]:
    """Tests import nothing from conftest (importlib mode): they get the factory as a fixture."""
    return _make_opgave


@pytest.fixture
def pseudonymiser() -> Pseudonymiser:
    return Pseudonymiser(
        b"test-key-not-secret", _make_opgave([{"name": "x", "kind": "rss", "url": "http://x"}]).stakeholders
    )


@pytest.fixture(scope="module")
def twin_server() -> Iterator[TwinServer]:
    with TwinServer(TWIN_DATA) as server:
        yield server


Behaviour = Callable[[BaseHTTPRequestHandler], None]


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        """Clients hanging up mid-response are part of the tests, not errors to print."""


class FaultServer:
    """A real local HTTP server whose paths behave as each test says: slow, failing, resetting, ..."""

    def __init__(self) -> None:
        self.routes: dict[str, Behaviour] = {}
        self.hits: dict[str, int] = {}
        self.requests: list[dict[str, str]] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass

            def do_POST(self) -> None:  # noqa: N802
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                self.do_GET()

            def do_GET(self) -> None:  # noqa: N802
                path = self.path.split("?")[0]
                owner.hits[path] = owner.hits.get(path, 0) + 1
                owner.requests.append({k.lower(): v for k, v in self.headers.items()} | {"path": self.path})
                behaviour = owner.routes.get(path)
                if behaviour is None:
                    send(self, 404, b"not found", "text/plain")
                else:
                    behaviour(self)

        self._server = _QuietServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()

    def route(self, path: str, behaviour: Behaviour) -> str:
        self.routes[path] = behaviour
        return self.url + path

    send = staticmethod(lambda *a, **k: send(*a, **k))
    reset = staticmethod(lambda handler: reset_connection(handler))

    def respond(
        self, status: int, body: bytes, ctype: str = "application/xml", headers: dict[str, str] | None = None
    ) -> Behaviour:
        """A behaviour that always answers the same."""
        return lambda handler: send(handler, status, body, ctype, headers)

    def sequence(self, *behaviours: Behaviour) -> Behaviour:
        """Behaviours in turn, one per request; the last one repeats."""
        calls = iter(behaviours)
        last: list[Behaviour] = []

        def run(handler: BaseHTTPRequestHandler) -> None:
            behaviour = next(calls, None)
            if behaviour is not None:
                last[:] = [behaviour]
            last[0](handler)

        return run

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def send(
    handler: BaseHTTPRequestHandler,
    status: int,
    body: bytes,
    ctype: str,
    headers: dict[str, str] | None = None,
) -> None:
    """Write a complete response with Content-Length (keep-alive safe)."""
    handler.send_response(status)
    handler.send_header("Content-Type", ctype)
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def reset_connection(handler: BaseHTTPRequestHandler) -> None:
    """Abort the TCP connection with an RST, as a crashing proxy would."""
    handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    handler.connection.close()
    handler.close_connection = True


@pytest.fixture
def fault_server() -> Iterator[FaultServer]:
    server = FaultServer()
    yield server
    server.close()
