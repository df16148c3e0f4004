"""A generic chat webhook: one JSON POST, Slack/Teams/Mattermost style (`{"text": ...}`).

Retries only what may pass by itself (network errors, 429 and 5xx) with a doubling wait; a 4xx
means the URL or payload is wrong, and trying again would not help.
"""

from __future__ import annotations

import os
import time
from typing import Any

import httpx

from config.operations import WebhookChannel
from flows.notify import NotifyError

_RETRY_STATUS = {408, 425, 429, 500, 502, 503, 504}


def webhook_url(channel: WebhookChannel) -> str:
    """The URL from the config or from the environment variable it names."""
    if channel.url:
        return channel.url
    value = os.environ.get(channel.url_env or "", "").strip()
    if not value:
        raise NotifyError(
            f"Webhook channel {channel.name!r}: environment variable {channel.url_env} is not set."
        )
    return value


def webhook_payload(channel: WebhookChannel, text: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """`{"text": ...}`, plus the structured data when the channel asks for payload: json."""
    payload: dict[str, Any] = {"text": text}
    if channel.payload == "json" and data:
        payload.update({k: v for k, v in data.items() if k != "text"})
    return payload


def post_webhook(
    channel: WebhookChannel,
    text: str,
    *,
    data: dict[str, Any] | None = None,
    sleep: Any = time.sleep,
) -> int:
    """POST the message; returns the number of attempts it took. Raises NotifyError when it fails."""
    url = webhook_url(channel)
    payload = webhook_payload(channel, text, data)
    wait = channel.backoff_s
    problem = ""
    attempts = channel.retries + 1
    with httpx.Client(timeout=channel.timeout_s, follow_redirects=False) as client:
        for attempt in range(1, attempts + 1):
            try:
                response = client.post(url, json=payload, headers={"User-Agent": "antennes-alerts"})
            except httpx.HTTPError as exc:
                problem = f"{type(exc).__name__}"
            else:
                if response.status_code < 300:
                    return attempt
                problem = f"HTTP {response.status_code}"
                if response.status_code not in _RETRY_STATUS:
                    break
            if attempt < attempts:
                sleep(wait)
                wait *= 2
    raise NotifyError(f"Webhook channel {channel.name!r} failed after {attempt} attempt(s): {problem}.")
