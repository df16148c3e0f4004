"""What every connector yields (`RawItem`, `HarvestResult`) and the one polite HTTP client they share.

All connectors fetch through `PoliteClient` so timeouts, gzip, redirects, the User-Agent with a
contact address and retries with backoff (429, 5xx, connection errors; `Retry-After` honoured)
behave the same for every source. Sleeping is injectable so fault tests run in milliseconds.
"""

from __future__ import annotations

import email.utils
import functools
import json
import logging
import random
import ssl
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx

from config.errors import SourceError
from config.schema import Harvest

log = logging.getLogger(__name__)

MAX_TEXT_CHARS = 100_000
"""Longer texts are cut (at a word boundary) so one huge item cannot swamp scoring or storage."""

MAX_RAW_CHARS = 20_000
"""The lineage payload is kept, but long string values in it are cut to this length."""


@dataclass(frozen=True)
class RawItem:
    """One harvested document, normalised; the loader turns it into a `documents` row."""

    source: str
    kind: str
    external_id: str
    url: str | None
    author: str | None
    published_at: datetime
    title: str
    text: str
    language: str | None = None
    voice_of: str | None = None
    parent_id: str | None = None
    raw: str = "{}"


@dataclass
class HarvestResult:
    """The outcome of harvesting one source once: items, skipped items with reasons, new state.

    `error` explains a "failed" or "skipped" status; with status "ok" it may carry a warning
    (e.g. a partly malformed feed whose readable entries were kept). `state` is what to store for
    the next run; after a failure it is the state that came in, so nothing is lost.
    """

    source: str
    kind: str
    status: str  # "ok" | "not_modified" | "failed" | "skipped"
    items: list[RawItem] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    error: str | None = None
    state: dict[str, str] = field(default_factory=dict)
    bytes_received: int = 0


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to retry; `sleep` is injectable so tests do not wait."""

    attempts: int = 4
    base_delay_s: float = 1.0
    max_delay_s: float = 30.0
    max_total_wait_s: float = 90.0
    sleep: Callable[[float], None] = time.sleep

    def delay(self, attempt: int, retry_after: float | None) -> float:
        """Seconds to wait before attempt `attempt + 1`: Retry-After if given, else jittered backoff."""
        if retry_after is not None:
            return max(0.0, retry_after)
        backoff = self.base_delay_s * (2 ** (attempt - 1))
        return min(self.max_delay_s, backoff * (0.75 + random.random() / 2))


DEFAULT_RETRY = RetryPolicy()


@dataclass(frozen=True)
class Fetched:
    """A completed response: final URL (after redirects), status, headers and the decoded body bytes."""

    url: str
    status_code: int
    headers: httpx.Headers
    content: bytes


RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


@functools.cache
def _tls_context() -> ssl.SSLContext:
    """One TLS context per process: building it (loading CA certificates) costs ~0.1 s per client."""
    return ssl.create_default_context()


def user_agent(harvest: Harvest) -> str:
    """The User-Agent we announce: the configured one plus the contact address, so sites can reach us."""
    if harvest.contact and harvest.contact not in harvest.user_agent:
        return f"{harvest.user_agent} (contact: {harvest.contact})"
    return harvest.user_agent


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date); None if absent/invalid."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class PoliteClient:
    """An httpx client that identifies itself, times out, and retries transient failures boundedly."""

    def __init__(
        self,
        harvest: Harvest,
        timeout_s: float,
        retry: RetryPolicy | None = None,
        max_bytes: int = 50_000_000,
    ) -> None:
        headers = {"User-Agent": user_agent(harvest), "Accept-Encoding": "gzip, deflate"}
        if harvest.contact:
            headers["From"] = harvest.contact
        self.user_agent = headers["User-Agent"]
        self.retry = retry or DEFAULT_RETRY
        self.max_bytes = max_bytes
        self.bytes_received = 0
        self._client = httpx.Client(
            headers=headers,
            timeout=httpx.Timeout(timeout_s),
            follow_redirects=True,
            max_redirects=5,
            verify=_tls_context(),
        )

    def __enter__(self) -> PoliteClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def get(
        self, url: str, params: Mapping[str, Any] | None = None, headers: Mapping[str, str] | None = None
    ) -> Fetched:
        """GET with retries; returns the final response (2xx or 304) or raises SourceError."""
        waited = 0.0
        for attempt in range(1, self.retry.attempts + 1):
            problem, retry_after, response = self._try_once(url, params, headers)
            if response is not None:
                return response
            if attempt == self.retry.attempts:
                break
            pause = self.retry.delay(attempt, retry_after)
            if waited + pause > self.retry.max_total_wait_s:
                raise SourceError(
                    f"{problem} from {url}; waiting {pause:.0f} s more would exceed the retry budget "
                    f"of {self.retry.max_total_wait_s:.0f} s."
                )
            log.info("retrying %s in %.2f s after %s", url, pause, problem)
            self.retry.sleep(pause)
            waited += pause
        raise SourceError(f"{problem} from {url}, still failing after {self.retry.attempts} attempts.")

    def get_json(self, url: str, params: Mapping[str, Any] | None = None) -> Any:
        """GET and decode JSON; a truncated or invalid body raises SourceError with the position."""
        response = self.get(url, params=params, headers={"Accept": "application/json"})
        try:
            return json.loads(response.content)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise SourceError(f"Invalid JSON from {url}: {exc}.") from None

    def _try_once(
        self, url: str, params: Mapping[str, Any] | None, headers: Mapping[str, str] | None
    ) -> tuple[str, float | None, Fetched | None]:
        """One attempt: (problem, retry_after, None) for a retryable failure, or (_, _, response)."""
        try:
            with self._client.stream("GET", url, params=params, headers=headers) as response:
                if response.status_code in RETRY_STATUSES:
                    response.read()
                    self.bytes_received += len(response.content)
                    retry_after = parse_retry_after(response.headers.get("Retry-After"))
                    return f"HTTP {response.status_code}", retry_after, None
                body = self._read_capped(response, url)
        except httpx.TimeoutException:
            return "timeout", None, None
        except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
            raise SourceError(f"Cannot fetch {url!r}: {exc}.") from None
        except (httpx.DecodingError, httpx.TooManyRedirects) as exc:
            raise SourceError(f"Bad response from {url} ({type(exc).__name__}: {exc}).") from None
        except httpx.TransportError as exc:
            return f"connection error ({type(exc).__name__}: {exc})", None, None
        if response.status_code >= 400:
            raise SourceError(f"HTTP {response.status_code} from {url}.")
        return "", None, Fetched(str(response.url), response.status_code, response.headers, body)

    def _read_capped(self, response: httpx.Response, url: str) -> bytes:
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                raise SourceError(f"Response from {url} is larger than {self.max_bytes // 1_000_000} MB.")
            chunks.append(chunk)
        wire = response.num_bytes_downloaded
        self.bytes_received += wire
        return b"".join(chunks)


def clip_text(text: str, limit: int = MAX_TEXT_CHARS) -> tuple[str, bool]:
    """Cut `text` to at most `limit` characters at a word boundary; report whether it was cut."""
    if len(text) <= limit:
        return text, False
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(), True


def raw_json(payload: Any) -> str:
    """JSON text of a payload for lineage, with long strings cut so a huge item stays small."""

    def shrink(value: Any) -> Any:
        if isinstance(value, str):
            return value if len(value) <= MAX_RAW_CHARS else value[:MAX_RAW_CHARS] + "…"
        if isinstance(value, Mapping):
            return {str(k): shrink(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [shrink(v) for v in value]
        if isinstance(value, int | float | bool) or value is None:
            return value
        return str(value)

    return json.dumps(shrink(payload), ensure_ascii=False, sort_keys=True)


def to_utc(value: datetime) -> datetime:
    """A tz-aware UTC datetime (naive values are taken as UTC)."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)
