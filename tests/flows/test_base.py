"""The shared polite HTTP client against a real local server that misbehaves on purpose."""

from __future__ import annotations

import gzip
import json
import time

import pytest

from config.errors import SourceError
from config.schema import Harvest
from flows.sources.base import PoliteClient, RetryPolicy, clip_text, parse_retry_after, raw_json, user_agent

HARVEST = Harvest(user_agent="antennes-test/1.0", contact="test@example.org")


def test_user_agent_carries_contact_and_from_header(fault_server, fast_retry) -> None:
    url = fault_server.route("/ok", fault_server.respond(200, b"{}", "application/json"))
    with PoliteClient(HARVEST, 2, retry=fast_retry) as client:
        client.get(url)
    sent = fault_server.requests[-1]
    assert sent["user-agent"] == "antennes-test/1.0 (contact: test@example.org)"
    assert sent["from"] == "test@example.org"
    assert "gzip" in sent["accept-encoding"]
    assert user_agent(Harvest(user_agent="x/1")) == "x/1"


def test_retries_500_then_succeeds_with_backoff(fault_server, fast_retry, sleeps) -> None:
    fail = fault_server.respond(500, b"boom", "text/plain")
    url = fault_server.route("/flaky", fault_server.sequence(fail, fail, fault_server.respond(200, b"[1]")))
    with PoliteClient(HARVEST, 2, retry=fast_retry) as client:
        response = client.get(url)
    assert response.content == b"[1]"
    assert fault_server.hits["/flaky"] == 3
    assert len(sleeps.pauses) == 2
    assert sleeps.pauses[1] > sleeps.pauses[0] * 1.1  # exponential, jitter within +-25%


def test_persistent_500_gives_up_after_bounded_attempts(fault_server, fast_retry) -> None:
    url = fault_server.route("/down", fault_server.respond(503, b"", "text/plain"))
    with PoliteClient(HARVEST, 2, retry=fast_retry) as client, pytest.raises(SourceError, match="4 attempts"):
        client.get(url)
    assert fault_server.hits["/down"] == 4


def test_429_honours_retry_after(fault_server, fast_retry, sleeps) -> None:
    limited = fault_server.respond(429, b"slow down", "text/plain", {"Retry-After": "7"})
    url = fault_server.route("/limited", fault_server.sequence(limited, fault_server.respond(200, b"ok")))
    with PoliteClient(HARVEST, 2, retry=fast_retry) as client:
        assert client.get(url).content == b"ok"
    assert sleeps.pauses == [7.0]


def test_429_with_retry_after_beyond_budget_fails_without_waiting(fault_server, fast_retry, sleeps) -> None:
    url = fault_server.route("/hour", fault_server.respond(429, b"", "text/plain", {"Retry-After": "3600"}))
    with (
        PoliteClient(HARVEST, 2, retry=fast_retry) as client,
        pytest.raises(SourceError, match="retry budget"),
    ):
        client.get(url)
    assert sleeps.pauses == []


def test_retry_after_as_http_date() -> None:
    now = time.time()
    header = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(now + 30))
    assert parse_retry_after(header, now=now) == pytest.approx(30, abs=1.5)
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


def test_timeout_is_retried_then_reported(fault_server, sleeps) -> None:
    def slow(handler) -> None:
        time.sleep(0.4)
        fault_server.send(handler, 200, b"late", "text/plain")

    url = fault_server.route("/slow", slow)
    retry = RetryPolicy(attempts=2, base_delay_s=0.1, sleep=sleeps)
    with PoliteClient(HARVEST, 0.1, retry=retry) as client, pytest.raises(SourceError, match="timeout"):
        client.get(url)
    assert fault_server.hits["/slow"] == 2


def test_connection_reset_is_retried(fault_server, fast_retry) -> None:
    url = fault_server.route(
        "/reset", fault_server.sequence(fault_server.reset, fault_server.respond(200, b"fine", "text/plain"))
    )
    with PoliteClient(HARVEST, 2, retry=fast_retry) as client:
        assert client.get(url).content == b"fine"
    assert fault_server.hits["/reset"] == 2


def test_404_is_not_retried(fault_server, fast_retry) -> None:
    url = fault_server.url + "/missing"
    with PoliteClient(HARVEST, 2, retry=fast_retry) as client, pytest.raises(SourceError, match="HTTP 404"):
        client.get(url)
    assert fault_server.hits["/missing"] == 1


def test_truncated_json_is_a_clear_error(fault_server, fast_retry) -> None:
    url = fault_server.route(
        "/cut.json", fault_server.respond(200, b'{"value": [{"Id": "a"', "application/json")
    )
    with (
        PoliteClient(HARVEST, 2, retry=fast_retry) as client,
        pytest.raises(SourceError, match="Invalid JSON"),
    ):
        client.get_json(url)


def test_gzip_is_decoded_and_wire_bytes_counted(fault_server, fast_retry) -> None:
    body = json.dumps({"tekst": "stikstof " * 2000}).encode()
    packed = gzip.compress(body)
    url = fault_server.route(
        "/gz", fault_server.respond(200, packed, "application/json", {"Content-Encoding": "gzip"})
    )
    with PoliteClient(HARVEST, 2, retry=fast_retry) as client:
        assert client.get_json(url)["tekst"].startswith("stikstof")
        assert client.bytes_received == len(packed) < len(body)


def test_oversized_response_is_refused(fault_server, fast_retry) -> None:
    url = fault_server.route("/big", fault_server.respond(200, b"x" * 300_000, "text/plain"))
    with (
        PoliteClient(HARVEST, 2, retry=fast_retry, max_bytes=100_000) as client,
        pytest.raises(SourceError, match="larger than"),
    ):
        client.get(url)


def test_clip_text_cuts_at_word_boundary() -> None:
    text, cut = clip_text("woord " * 100, limit=50)
    assert cut and len(text) <= 50 and text.endswith("woord")
    assert clip_text("kort", limit=50) == ("kort", False)


def test_raw_json_shrinks_long_strings() -> None:
    payload = json.loads(raw_json({"a": "x" * 50_000, "n": 3, "l": [1, None]}))
    assert len(payload["a"]) < 25_000 and payload["n"] == 3 and payload["l"] == [1, None]


def test_corrupt_gzip_and_redirect_loops_are_clear_errors(fault_server, fast_retry) -> None:
    corrupt = fault_server.route(
        "/corrupt",
        fault_server.respond(200, b"\x1f\x8b\x08geen gzip", "application/json", {"Content-Encoding": "gzip"}),
    )
    loop = fault_server.route("/rond", fault_server.respond(302, b"", "text/plain", {"Location": "/rond"}))
    with PoliteClient(HARVEST, 2, retry=fast_retry) as client:
        with pytest.raises(SourceError, match="DecodingError"):
            client.get(corrupt)
        with pytest.raises(SourceError, match="TooManyRedirects"):
            client.get(loop)
