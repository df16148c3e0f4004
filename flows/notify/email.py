"""E-mail over SMTP (smtplib): plain, STARTTLS or SSL; credentials only from the environment."""

from __future__ import annotations

import os
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from config.operations import EmailChannel
from flows.notify import NotifyError


def build_message(channel: EmailChannel, subject: str, text: str, html: str | None = None) -> EmailMessage:
    """A text message, with an HTML alternative when given (UTF-8, so Dutch characters survive)."""
    msg = EmailMessage()
    msg["Subject"] = f"{channel.subject_prefix} {subject}".strip()
    msg["From"] = channel.sender
    msg["To"] = ", ".join(channel.recipients)
    msg["Date"] = formatdate(localtime=False, usegmt=True)
    msg["Message-ID"] = make_msgid(domain=channel.sender.rpartition("@")[2] or None)
    msg.set_content(text)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    return msg


def _credentials(channel: EmailChannel) -> tuple[str, str] | None:
    if not channel.username_env:
        return None
    user = os.environ.get(channel.username_env, "")
    password = os.environ.get(channel.password_env or "", "")
    if not user or not password:
        missing = channel.username_env if not user else channel.password_env
        raise NotifyError(f"E-mail channel {channel.name!r}: environment variable {missing} is not set.")
    return user, password


def send_email(channel: EmailChannel, subject: str, text: str, *, html: str | None = None) -> None:
    """Send one message to the channel's recipients; raises NotifyError (without secrets) on failure."""
    msg = build_message(channel, subject, text, html)
    credentials = _credentials(channel)
    context = ssl.create_default_context(cafile=channel.ca_file)
    try:
        smtp: smtplib.SMTP
        if channel.security == "ssl":
            smtp = smtplib.SMTP_SSL(channel.host, channel.port, timeout=channel.timeout_s, context=context)
        else:
            smtp = smtplib.SMTP(channel.host, channel.port, timeout=channel.timeout_s)
        with smtp:
            if channel.security == "starttls":
                smtp.starttls(context=context)
            if credentials:
                smtp.login(*credentials)
            refused = smtp.send_message(msg)
    except (OSError, smtplib.SMTPException) as exc:
        reason = type(exc).__name__
        if isinstance(exc, smtplib.SMTPResponseException):
            reason = f"{reason} {exc.smtp_code}"
        raise NotifyError(
            f"E-mail channel {channel.name!r} could not send via {channel.host}:{channel.port}: {reason}."
        ) from exc
    if refused:
        raise NotifyError(
            f"E-mail channel {channel.name!r}: refused recipients {', '.join(sorted(refused))}."
        )
