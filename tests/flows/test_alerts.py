"""Shift alerts: the Signalen method, Dutch texts, never twice, through a real webhook and SMTP server."""

from __future__ import annotations

import datetime as dt
import json
import socket
import ssl
import threading
from collections.abc import Iterator
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from config.loader import load_opgave
from config.operations import Alerts, EmailChannel, WebhookChannel
from config.schema import Opgave
from flows import alert_ledger, alerts
from flows.notify import NotifyError
from flows.notify.email import send_email
from flows.notify.webhook import post_webhook
from warehouse.db import connect_rw

DAY = date(2026, 11, 28)
LOCAL = "127.0.0.1"


# ---------------------------------------------------------------- local servers


class Recorder(ThreadingHTTPServer):
    """A webhook endpoint on 127.0.0.1 that records every POST; `statuses` scripts the replies."""

    def __init__(self, statuses: list[int] | None = None) -> None:
        self.posts: list[dict[str, Any]] = []
        self.statuses = list(statuses or [])
        super().__init__(("127.0.0.1", 0), _Handler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/hooks/antennes"


class _Handler(BaseHTTPRequestHandler):
    server: Recorder

    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.server.posts.append(
            {"path": self.path, "type": self.headers.get("Content-Type"), "json": json.loads(body)}
        )
        status = self.server.statuses.pop(0) if self.server.statuses else 200
        self.send_response(status)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def webhook() -> Iterator[Recorder]:
    server = Recorder()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


class Mailbox:
    """aiosmtpd handler keeping every message it accepts."""

    def __init__(self) -> None:
        self.messages: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        self.messages.append(envelope)
        return "250 OK"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def smtp_server() -> Iterator[tuple[Mailbox, int]]:
    box = Mailbox()
    controller = Controller(box, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield box, controller.port
    controller.stop()


def _auth(user: str, password: str) -> Any:
    def check(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        ok = (
            isinstance(data, LoginPassword)
            and data.login == user.encode()
            and data.password == password.encode()
        )
        return AuthResult(success=ok, handled=False)

    return check


# ---------------------------------------------------------------- a warehouse with one shift


@pytest.fixture(scope="module")
def opgave() -> Opgave:
    return load_opgave(None)


def daily_rows(opgave: str = "stikstof") -> pd.DataFrame:
    """30 calm days for boeren/mest (n = 12, +0,12), an old dip 16 days ago, and a drop + spike on DAY."""
    rows = []
    for back in range(30, 0, -1):
        day = DAY - timedelta(days=back)
        mean = -0.30 if back == 16 else 0.12
        rows.append((day, opgave, "boeren", "mest", 12, mean))
        rows.append((day, opgave, "natuurbeschermers", "natuur", 15, 0.20 + 0.01 * (back % 3)))
    rows.append((DAY, opgave, "boeren", "mest", 43, -0.35))
    rows.append((DAY, opgave, "natuurbeschermers", "natuur", 15, 0.21))
    frame = pd.DataFrame(rows, columns=["day", "opgave", "target_group", "topic", "n", "mean_sentiment"])
    return frame.assign(share_positive=0.3, share_negative=0.3, model_version="test")


@pytest.fixture
def con(tmp_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    connection = connect_rw(tmp_path / "warehouse.duckdb")
    frame = daily_rows()  # noqa: F841 (read by DuckDB's replacement scan)
    connection.execute("INSERT INTO daily_appreciation BY NAME SELECT * FROM frame")
    yield connection
    connection.close()


def hook(url: str, **extra: Any) -> WebhookChannel:
    settings: dict[str, Any] = {"name": "chat", "url": url, "backoff_s": 0.01, "timeout_s": 2, **extra}
    return WebhookChannel(kind="webhook", **settings)


# ---------------------------------------------------------------- detection and wording


def test_alerts_are_the_signalen_signals_in_dutch(con: duckdb.DuckDBPyConnection, opgave: Opgave) -> None:
    found = alerts.detect_alerts(con, opgave, today=DAY, config=Alerts())
    by_kind = {a.kind: a for a in found}
    assert set(by_kind) == {"sentiment", "volume"}
    assert all((a.target_group, a.topic, a.day) == ("boeren", "mest", DAY) for a in found)
    assert by_kind["sentiment"].message == (
        "Waardering onder boeren over mest daalde van +0,12 naar −0,35 (n = 43) op 28 november 2026"
    )
    assert by_kind["sentiment"].direction == "down"
    assert by_kind["sentiment"].key == "stikstof|boeren|mest|2026-11-28|sentiment-down"
    assert (
        by_kind["volume"].message
        == "Piek in aandacht onder boeren over mest: 43 berichten op 28 november 2026 (normaal 12)"
    )


def test_old_signals_stay_quiet_unless_the_window_reaches_them(
    con: duckdb.DuckDBPyConnection, opgave: Opgave
) -> None:
    recent = alerts.detect_alerts(con, opgave, today=DAY, config=Alerts(lookback_days=2))
    wide = alerts.detect_alerts(con, opgave, today=DAY, config=Alerts(lookback_days=20))
    old = DAY - timedelta(days=16)
    assert old not in {a.day for a in recent}
    dip = [a for a in wide if a.day == old]
    assert [a.message for a in dip] == [
        "Waardering onder boeren over mest daalde van +0,12 naar −0,30 (n = 12) op 12 november 2026"
    ]
    volume_only = alerts.detect_alerts(con, opgave, today=DAY, config=Alerts(kinds=["volume"]))
    assert {a.kind for a in volume_only} == {"volume"}


def test_rising_appreciation_and_rollups_read_naturally() -> None:
    text = alerts.format_alert("sentiment", "alle", "alle", date(2026, 3, 1), 120, 0.4, -0.05)
    assert text == "Waardering in alle groepen steeg van −0,05 naar +0,40 (n = 120) op 1 maart 2026"


# ---------------------------------------------------------------- webhook


def test_webhook_gets_one_message_and_never_the_same_shift_twice(
    con: duckdb.DuckDBPyConnection, opgave: Opgave, webhook: Recorder
) -> None:
    config = Alerts(channels=[hook(webhook.url)])
    first = alerts.send_alerts(con, opgave, config, today=DAY)
    assert first.sent == {"chat": 2} and not first.failed
    assert len(webhook.posts) == 1
    post = webhook.posts[0]
    assert post["path"] == "/hooks/antennes" and post["type"] == "application/json"
    assert set(post["json"]) == {"text"}
    assert "daalde van +0,12 naar −0,35 (n = 43)" in post["json"]["text"]
    assert "Stikstof en landbouw: 2 nieuwe signalen" in post["json"]["text"]

    second = alerts.send_alerts(con, opgave, config, today=DAY)
    assert second.found == 2 and second.sent == {"chat": 0}
    assert len(webhook.posts) == 1
    keys = con.execute("SELECT alert_key, channel, message FROM alerts_sent ORDER BY alert_key").fetchall()
    assert [(k, c) for k, c, _ in keys] == [
        ("stikstof|boeren|mest|2026-11-28|sentiment-down", "chat"),
        ("stikstof|boeren|mest|2026-11-28|volume-up", "chat"),
    ]


def test_sent_alerts_are_published_with_the_snapshot(
    tmp_path: Path, opgave: Opgave, webhook: Recorder
) -> None:
    """In the pipeline, alerts run on the writer's connection: the record travels with the snapshot."""
    from warehouse.publish import discard_working, writer

    published = tmp_path / "antennes.duckdb"
    config = Alerts(channels=[hook(webhook.url)])
    with writer(published) as work:
        frame = daily_rows()  # noqa: F841 (read by DuckDB's replacement scan)
        work.execute("INSERT INTO daily_appreciation BY NAME SELECT * FROM frame")
        assert alerts.send_alerts(work, opgave, config, today=DAY).sent == {"chat": 2}
    reader = duckdb.connect(str(published), read_only=True)
    try:
        assert reader.execute("SELECT count(*) FROM alerts_sent").fetchone() == (2,)
    finally:
        reader.close()
    discard_working(published)  # the next run starts from the published snapshot
    with writer(published) as work:
        assert alerts.send_alerts(work, opgave, config, today=DAY).sent == {"chat": 0}
    assert len(webhook.posts) == 1


class CrashAfterSending(Exception):
    """Stands for anything that fails a run after the alerts went out (a bug, a full disk, a kill)."""


def _daily_into(work: duckdb.DuckDBPyConnection) -> None:
    frame = daily_rows()  # noqa: F841 (read by DuckDB's replacement scan)
    work.execute("INSERT INTO daily_appreciation BY NAME SELECT * FROM frame")


def _published_keys(published: Path) -> list[tuple[str, str]]:
    reader = duckdb.connect(str(published), read_only=True)
    try:
        return reader.execute("SELECT alert_key, channel FROM alerts_sent ORDER BY ALL").fetchall()
    finally:
        reader.close()


def test_a_run_failing_after_sending_does_not_send_again(
    tmp_path: Path, opgave: Opgave, webhook: Recorder
) -> None:
    """The run's working file (and its alerts_sent rows) is discarded; the fsynced ledger is not."""
    from warehouse.publish import writer

    published = tmp_path / "antennes.duckdb"
    config = Alerts(channels=[hook(webhook.url)])
    with writer(published):
        pass  # a first, empty snapshot
    with pytest.raises(CrashAfterSending), writer(published) as work:
        _daily_into(work)
        assert alerts.send_alerts(work, opgave, config, today=DAY).sent == {"chat": 2}
        raise CrashAfterSending
    assert len(webhook.posts) == 1 and _published_keys(published) == []  # sent, but not published

    with writer(published) as work:  # the next run: same data, same signals
        _daily_into(work)
        again = alerts.send_alerts(work, opgave, config, today=DAY)
    assert again.found == 2 and again.sent == {"chat": 0} and len(webhook.posts) == 1
    assert [channel for _, channel in _published_keys(published)] == ["chat", "chat"]

    with writer(published) as work:  # once published, the ledger is emptied; still nothing twice
        assert alerts.send_alerts(work, opgave, config, today=DAY).sent == {"chat": 0}
        ledger = alert_ledger.SentLedger.for_connection(work)
        assert ledger is not None and ledger.read() == []
    assert len(webhook.posts) == 1


def test_the_ledger_survives_a_torn_last_line(tmp_path: Path, con: duckdb.DuckDBPyConnection) -> None:
    ledger = alert_ledger.SentLedger.for_connection(con)
    assert ledger is not None and ledger.path.parent == tmp_path
    row = {
        "alert_key": "stikstof|boeren|mest|2026-11-28|volume-up", "channel": "chat", "opgave": "stikstof",
        "day": DAY, "kind": "volume", "direction": "up", "target_group": "boeren", "topic": "mest",
        "n": 43, "value": 43.0, "baseline": 12.0, "z": 9.1, "message": "Piek in aandacht",
        "sent_at": dt.datetime(2026, 11, 28, 7, 0, tzinfo=dt.UTC),
    }  # fmt: skip
    ledger.append([row])
    with open(ledger.path, "a", encoding="utf-8") as handle:
        handle.write('{"alert_key": "stikstof|boer')  # a crash in the middle of an append
    assert ledger.read() == [row]
    assert alerts.reconcile_ledger(con, ledger) == 1
    assert alerts.sent_keys(con, "stikstof", "chat") == {row["alert_key"]}


def test_json_payload_carries_the_alerts_as_data(
    con: duckdb.DuckDBPyConnection, opgave: Opgave, webhook: Recorder
) -> None:
    alerts.send_alerts(con, opgave, Alerts(channels=[hook(webhook.url, payload="json")]), today=DAY)
    body = webhook.posts[0]["json"]
    assert body["opgave"] == "stikstof"
    assert sorted((a["kind"], a["direction"], a["n"], a["day"]) for a in body["alerts"]) == [
        ("sentiment", "down", 43, "2026-11-28"),
        ("volume", "up", 43, "2026-11-28"),
    ]


def test_webhook_retries_server_errors_then_succeeds(webhook: Recorder) -> None:
    webhook.statuses = [503, 502]
    waits: list[float] = []
    attempts = post_webhook(hook(webhook.url, retries=3, backoff_s=0.1), "hallo", sleep=waits.append)
    assert attempts == 3 and len(webhook.posts) == 3
    assert waits == [0.1, 0.2]


def test_webhook_does_not_retry_a_client_error(webhook: Recorder) -> None:
    webhook.statuses = [404]
    with pytest.raises(NotifyError, match="HTTP 404"):
        post_webhook(hook(webhook.url), "hallo")
    assert len(webhook.posts) == 1


def test_failed_channel_is_retried_next_run_without_resending_the_others(
    con: duckdb.DuckDBPyConnection, opgave: Opgave, webhook: Recorder, smtp_server: tuple[Mailbox, int]
) -> None:
    box, port = smtp_server
    dead = EmailChannel(
        kind="email", name="mail", host="127.0.0.1", port=free_port(), security="none",
        sender="antennes@gemeente.example", recipients=["communicatie@gemeente.example"], timeout_s=2,
    )  # fmt: skip
    config = Alerts(channels=[hook(webhook.url), dead])
    first = alerts.send_alerts(con, opgave, config, today=DAY)
    assert first.sent == {"chat": 2}
    assert "mail" in first.failed and "could not send via 127.0.0.1" in first.failed["mail"]

    alive = dead.model_copy(update={"port": port})
    second = alerts.send_alerts(con, opgave, Alerts(channels=[hook(webhook.url), alive]), today=DAY)
    assert second.sent == {"chat": 0, "mail": 2} and not second.failed
    assert len(webhook.posts) == 1 and len(box.messages) == 1


def test_webhook_url_from_the_environment(monkeypatch: pytest.MonkeyPatch, webhook: Recorder) -> None:
    channel = WebhookChannel(kind="webhook", url_env="ANTENNES_TEST_HOOK", backoff_s=0.01)
    monkeypatch.delenv("ANTENNES_TEST_HOOK", raising=False)
    with pytest.raises(NotifyError, match="ANTENNES_TEST_HOOK is not set"):
        post_webhook(channel, "hallo")
    monkeypatch.setenv("ANTENNES_TEST_HOOK", webhook.url)
    post_webhook(channel, "hallo")
    assert webhook.posts[0]["json"] == {"text": "hallo"}


def test_a_webhook_channel_needs_exactly_one_url() -> None:
    with pytest.raises(ValueError, match="exactly one of url or url_env"):
        WebhookChannel(kind="webhook")


# ---------------------------------------------------------------- e-mail


def test_email_alert_arrives_at_a_real_smtp_server(
    con: duckdb.DuckDBPyConnection, opgave: Opgave, smtp_server: tuple[Mailbox, int]
) -> None:
    box, port = smtp_server
    channel = EmailChannel(
        kind="email", host="127.0.0.1", port=port, security="none", sender="antennes@gemeente.example",
        recipients=["communicatie@gemeente.example", "woordvoering@gemeente.example"], timeout_s=5,
    )  # fmt: skip
    report = alerts.send_alerts(con, opgave, Alerts(channels=[channel]), today=DAY)
    assert report.sent == {"email": 2}
    assert len(box.messages) == 1
    envelope = box.messages[0]
    assert envelope.rcpt_tos == ["communicatie@gemeente.example", "woordvoering@gemeente.example"]
    from email import message_from_bytes, policy

    msg = message_from_bytes(envelope.content, policy=policy.default)
    assert msg["Subject"] == "[antennes] Stikstof en landbouw: 2 nieuwe signalen"
    body = _part(msg, "plain")
    assert "Waardering onder boeren over mest daalde van +0,12 naar −0,35 (n = 43)" in body
    assert alerts.send_alerts(con, opgave, Alerts(channels=[channel]), today=DAY).sent == {"email": 0}
    assert len(box.messages) == 1


def _part(msg: Any, subtype: str) -> str:
    part = msg.get_body(preferencelist=(subtype,))
    assert part is not None, f"no text/{subtype} part"
    return str(part.get_content())


def _self_signed(tmp_path: Path) -> tuple[Path, Path]:
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(hours=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(LOCAL))]), False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return cert_file, key_file


def test_starttls_and_login_with_credentials_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cert_file, key_file = _self_signed(tmp_path)
    tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    tls.load_cert_chain(cert_file, key_file)
    box = Mailbox()
    controller = Controller(
        box, hostname="127.0.0.1", port=free_port(), tls_context=tls, require_starttls=True,
        auth_required=True, authenticator=_auth("persvoorlichter", "geheim-wachtwoord"),
    )  # fmt: skip
    controller.start()
    try:
        channel = EmailChannel(
            kind="email", host="127.0.0.1", port=controller.port, security="starttls", ca_file=str(cert_file),
            username_env="ANTENNES_TEST_SMTP_USER", password_env="ANTENNES_TEST_SMTP_PASSWORD",
            sender="antennes@gemeente.example", recipients=["team@gemeente.example"], timeout_s=5,
        )  # fmt: skip
        monkeypatch.delenv("ANTENNES_TEST_SMTP_PASSWORD", raising=False)
        monkeypatch.setenv("ANTENNES_TEST_SMTP_USER", "persvoorlichter")
        with pytest.raises(NotifyError, match="ANTENNES_TEST_SMTP_PASSWORD is not set"):
            send_email(channel, "Proef", "tekst")
        monkeypatch.setenv("ANTENNES_TEST_SMTP_PASSWORD", "fout")
        with pytest.raises(NotifyError, match="SMTPAuthenticationError 535") as wrong:
            send_email(channel, "Proef", "tekst")
        assert "fout" not in str(wrong.value)
        monkeypatch.setenv("ANTENNES_TEST_SMTP_PASSWORD", "geheim-wachtwoord")
        send_email(channel, "Proef", "Één bericht met ë en −0,35", html="<p>Één</p>")
    finally:
        controller.stop()
    assert len(box.messages) == 1
    from email import message_from_bytes, policy

    msg = message_from_bytes(box.messages[0].content, policy=policy.default)
    assert _part(msg, "plain").strip() == "Één bericht met ë en −0,35"
    assert _part(msg, "html").strip() == "<p>Één</p>"


def test_disabled_alerts_send_nothing(
    con: duckdb.DuckDBPyConnection, opgave: Opgave, webhook: Recorder
) -> None:
    report = alerts.send_alerts(con, opgave, Alerts(enabled=False, channels=[hook(webhook.url)]), today=DAY)
    assert report.found == 0 and report.sent == {} and webhook.posts == []
