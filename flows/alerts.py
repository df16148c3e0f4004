"""Shift alerts after each run: the Signalen page's signals, told once, in Dutch, to the channels.

Detection is not done here: `warehouse.signals.detect` is the one definition of a signal, with
the dashboard's `min_n` and default method, so an alert always matches what the Signalen page
shows. This module only decides which signals are new (a key per opgave/group/topic/day/kind and
direction, remembered per channel in the `alerts_sent` table), words them and sends them.

It runs on the pipeline's read-write connection (inside `warehouse.publish.writer`), before the
snapshot is published, so the record of what was sent is published together with the data. Should
the run fail after a channel accepted a message, that record would be discarded with the working
file; the sent-alerts ledger (`flows.alert_ledger`), written and fsynced right after each send,
keeps the next run from sending it again.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from importlib import resources
from typing import Any
from zoneinfo import ZoneInfo

import duckdb
import pandas as pd
import pyarrow as pa

from config.operations import Alerts, EmailChannel, WebhookChannel
from config.schema import Opgave
from flows.alert_ledger import SentLedger
from flows.notify import NotifyError, send
from warehouse import signals
from warehouse.db import transaction

ALL = "alle"
MONTHS = [
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
]  # fmt: skip


@dataclass(frozen=True)
class Alert:
    """One signal worth telling: what shifted, where, on which day, and the sentence that says it."""

    key: str
    opgave: str
    day: date
    kind: str  # sentiment | volume
    direction: str  # down | up
    target_group: str
    topic: str
    n: int
    value: float
    baseline: float
    z: float
    message: str


@dataclass
class AlertReport:
    """What an alert round found and sent; failures are reported, never raised."""

    found: int = 0
    sent: dict[str, int] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)

    def summary(self) -> str:
        parts = [f"{self.found} signal(s) in the alert window"]
        parts += [f"{name}: {n} sent" for name, n in self.sent.items()]
        parts += [f"{name}: FAILED ({err})" for name, err in self.failed.items()]
        return "alerts: " + "; ".join(parts)


def _sql(name: str) -> str:
    return (resources.files("flows.sql") / name).read_text(encoding="utf-8")


def alerts_config(opgave: Opgave) -> Alerts:
    """The opgave's `alerts:` settings (defaults when the schema has no such field yet)."""
    value = getattr(opgave, "alerts", None)
    return value if isinstance(value, Alerts) else Alerts()


def local_today(opgave: Opgave) -> date:
    """Today in the opgave's schedule time zone (the warehouse's `day` is Dutch time too)."""
    return datetime.now(ZoneInfo(opgave.schedule.timezone)).date()


def daily_frame(con: duckdb.DuckDBPyConnection, opgave: str, start: date, end: date) -> pd.DataFrame:
    """The aggregate rows `warehouse.signals` needs, from the given (working) connection."""
    frame = con.execute(_sql("daily_for_signals.sql"), {"opgave": opgave, "start": start, "end": end}).df()
    frame["day"] = pd.to_datetime(frame["day"]).dt.date
    return frame


def alert_key(opgave: str, target_group: str, topic: str, day: date, kind: str, direction: str) -> str:
    return f"{opgave}|{target_group}|{topic}|{day.isoformat()}|{kind}-{direction}"


def dutch_number(value: float, digits: int = 2, sign: bool = True) -> str:
    """+0,12 / −0,35 (a real minus sign, a decimal comma)."""
    text = f"{abs(value):.{digits}f}".replace(".", ",")
    if not sign:
        return ("−" if value < 0 else "") + text
    return ("−" if value < 0 else "+") + text


def dutch_date(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _who(target_group: str, topic: str) -> str:
    group = "in alle groepen" if target_group == ALL else f"onder {target_group}"
    about = "" if topic == ALL else f" over {topic}"
    return f"{group}{about}"


def format_alert(
    kind: str, target_group: str, topic: str, day: date, n: int, value: float, baseline: float
) -> str:
    """The Dutch sentence for one signal, e.g. 'Waardering onder boeren over mest daalde van ...'."""
    if kind == "sentiment":
        verb = "daalde" if value < baseline else "steeg"
        return (
            f"Waardering {_who(target_group, topic)} {verb} van {dutch_number(baseline)} "
            f"naar {dutch_number(value)} (n = {n}) op {dutch_date(day)}"
        )
    normal = dutch_number(baseline, digits=0 if baseline >= 10 else 1, sign=False)
    return (
        f"Piek in aandacht {_who(target_group, topic)}: {n} berichten op {dutch_date(day)} (normaal {normal})"
    )


def shifts_first(found: pd.DataFrame) -> pd.DataFrame:
    """Appreciation shifts before volume spikes, otherwise `signals.detect`'s order (newest, strongest)."""
    if found.empty:
        return found
    return found.sort_values("kind", kind="stable", key=lambda k: k != "sentiment").reset_index(drop=True)


def find_alerts(
    daily: pd.DataFrame, opgave: Opgave, *, today: date, lookback_days: int, kinds: list[str] | None = None
) -> list[Alert]:
    """Signals (exactly the Signalen page's: dashboard.min_n, default method) of the last days, as alerts."""
    found = signals.detect(daily, min_n=opgave.dashboard.min_n, period_days=1)
    if found.empty:
        return []
    found = shifts_first(found)
    first = today - timedelta(days=lookback_days - 1)
    wanted = set(kinds or ["sentiment", "volume"])
    alerts = []
    for row in found.itertuples(index=False):
        if not (first <= row.day <= today) or row.kind not in wanted:
            continue
        direction = "down" if float(row.z) < 0 else "up"
        value, baseline = float(row.value), float(row.baseline)
        alerts.append(
            Alert(
                key=alert_key(opgave.name, row.target_group, row.topic, row.day, row.kind, direction),
                opgave=opgave.name,
                day=row.day,
                kind=row.kind,
                direction=direction,
                target_group=row.target_group,
                topic=row.topic,
                n=int(row.n),
                value=value,
                baseline=baseline,
                z=float(row.z) if math.isfinite(float(row.z)) else 0.0,
                message=format_alert(
                    row.kind, row.target_group, row.topic, row.day, int(row.n), value, baseline
                ),
            )
        )
    return alerts


def detect_alerts(
    con: duckdb.DuckDBPyConnection, opgave: Opgave, *, today: date | None = None, config: Alerts | None = None
) -> list[Alert]:
    """Read enough history from the connection and return the alerts of the lookback window."""
    config = config or alerts_config(opgave)
    today = today or local_today(opgave)
    method = signals.Method()
    start = today - timedelta(days=config.lookback_days + method.window_days + 1)
    daily = daily_frame(con, opgave.name, start, today)
    return find_alerts(
        daily, opgave, today=today, lookback_days=config.lookback_days, kinds=list(config.kinds)
    )


def sent_keys(con: duckdb.DuckDBPyConnection, opgave: str, channel: str) -> set[str]:
    rows = con.execute(_sql("sent_alert_keys.sql"), {"opgave": opgave, "channel": channel}).fetchall()
    return {row[0] for row in rows}


def record_sent(con: duckdb.DuckDBPyConnection, channel: str, alerts: list[Alert]) -> None:
    """Remember that `alerts` went out through `channel` (one Arrow insert, in a transaction)."""
    _insert_sent(con, sent_rows(channel, alerts))


def sent_rows(channel: str, alerts: list[Alert]) -> list[dict[str, Any]]:
    """`alerts_sent` rows for `alerts`, sent through `channel` now."""
    now = datetime.now(UTC)
    rows = []
    for alert in alerts:
        row = {k: v for k, v in asdict(alert).items() if k != "key"}
        rows.append({**row, "alert_key": alert.key, "channel": channel, "sent_at": now})
    return rows


def _insert_sent(con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]]) -> None:
    table = pa.Table.from_pylist(rows)
    con.register("incoming_alerts", table)
    try:
        with transaction(con):
            con.execute(_sql("insert_alerts_sent.sql"))
    finally:
        con.unregister("incoming_alerts")


def reconcile_ledger(con: duckdb.DuckDBPyConnection, ledger: SentLedger) -> int:
    """Bring the ledger's entries into `alerts_sent`; returns how many the warehouse was missing.

    Called before this round sends anything, so every entry the warehouse already holds came from
    the published snapshot the run started from: those are dropped from the ledger. The others
    (a failed run sent them) are inserted here, to be published with this run, and stay in the
    ledger until a later round finds them published.
    """
    entries = ledger.read()
    if not entries:
        return 0
    stored = set(con.execute("SELECT alert_key, channel FROM alerts_sent").fetchall())
    missing = [e for e in entries if (e["alert_key"], e["channel"]) not in stored]
    if missing:
        _insert_sent(con, missing)
    if len(missing) < len(entries):
        ledger.keep_only(missing)
    return len(missing)


def compose(opgave: Opgave, alerts: list[Alert]) -> tuple[str, str, dict[str, Any]]:
    """Subject, body and structured data of one message holding every new alert of a channel."""
    noun = "nieuw signaal" if len(alerts) == 1 else "nieuwe signalen"
    subject = f"{opgave.title}: {len(alerts)} {noun}"
    body = "\n".join(f"• {a.message}" for a in alerts)
    body += "\n\nZie de pagina Signalen in het dashboard voor de berichten erachter."
    data = {
        "opgave": opgave.name,
        "alerts": [{**asdict(a), "day": a.day.isoformat()} for a in alerts],
    }
    return subject, body, data


def send_alerts(
    con: duckdb.DuckDBPyConnection,
    opgave: Opgave,
    config: Alerts | None = None,
    *,
    today: date | None = None,
) -> AlertReport:
    """Detect, send each channel what it has not had yet, record it; a failed channel retries next run."""
    config = config or alerts_config(opgave)
    report = AlertReport()
    if not config.enabled:
        return report
    ledger = SentLedger.for_connection(con)
    if ledger is not None:
        reconcile_ledger(con, ledger)
    alerts = detect_alerts(con, opgave, today=today, config=config)
    report.found = len(alerts)
    for channel in config.channels:
        done = sent_keys(con, opgave.name, channel.name)
        new = [a for a in alerts if a.key not in done]
        if not new:
            report.sent[channel.name] = 0
            continue
        try:
            _deliver(channel, opgave, new)
        except NotifyError as exc:
            report.failed[channel.name] = str(exc)
            continue
        rows = sent_rows(channel.name, new)
        if ledger is not None:
            ledger.append(rows)  # durable before anything else can fail
        _insert_sent(con, rows)
        report.sent[channel.name] = len(new)
    return report


def _deliver(channel: WebhookChannel | EmailChannel, opgave: Opgave, alerts: list[Alert]) -> None:
    subject, body, data = compose(opgave, alerts)
    send(channel, subject, body, data=data)
