"""Notification channels: a chat webhook and e-mail over SMTP, chosen by the channel's `kind`.

Both raise `NotifyError` (one sentence, no secrets in it) when a message could not be delivered,
so the caller can record which channel failed and retry it on the next run.
"""

from __future__ import annotations

from typing import Any

from config.errors import AntennesError
from config.operations import EmailChannel, WebhookChannel


class NotifyError(AntennesError):
    """A notification could not be delivered through a channel."""


def send(
    channel: WebhookChannel | EmailChannel,
    subject: str,
    text: str,
    *,
    html: str | None = None,
    data: dict[str, Any] | None = None,
) -> None:
    """Deliver one message through `channel`; raises NotifyError on failure."""
    if isinstance(channel, WebhookChannel):
        from flows.notify.webhook import post_webhook

        post_webhook(channel, f"*{subject}*\n{text}", data=data)
    else:
        from flows.notify.email import send_email

        send_email(channel, subject, text, html=html)
