"""The daily digest: one page per opgave per day, in Markdown and HTML, optionally mailed.

It says what the communications team would otherwise look up in the dashboard: the shifts of
the day (the Signalen page's signals, worded like the alerts), two or three representative posts
per target group with the words that drove their score, the most active stakeholders, and
whether every source was harvested. Everything is read through `warehouse.read` from the
published snapshot (short-lived read-only connections).

Post text is data from the internet: the HTML template escapes everything (Jinja autoescape),
the Markdown is escaped by `md`, and only http(s) links are kept.
"""

from __future__ import annotations

import json
import math
import os
import re
import tempfile
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit
from zoneinfo import ZoneInfo

import jinja2
import pandas as pd

from config.errors import ConfigError
from config.operations import Digest, EmailChannel
from config.schema import Opgave
from flows.alerts import alerts_config, dutch_date, dutch_number, format_alert, shifts_first
from warehouse import read

WINDOW_DAYS = 7  # posts and stakeholders: the digest day and the days before it
EXCERPT_CHARS = 280
NEUTRAL = 0.05  # an extreme post is only shown as such when it stands out from the mean and from neutral
STATUS_NL = {"ok": "in orde", "not_modified": "niets nieuws", "failed": "mislukt", "skipped": "overgeslagen"}


@dataclass
class Post:
    role: str  # typisch | meest kritisch | meest positief
    day: date
    source: str
    title: str
    excerpt: str
    url: str | None
    sentiment: float
    drivers: list[str]


@dataclass
class GroupSection:
    name: str
    label: str
    period: str
    n: int
    mean: float | None
    posts: list[Post] = field(default_factory=list)


@dataclass
class DigestData:
    """Everything on the page, already worded; the templates only lay it out."""

    opgave: str
    title: str
    day: date
    min_n: int
    published_at: str
    n_documents_day: int
    shifts: list[str]
    groups: list[GroupSection]
    stakeholders: list[dict[str, Any]]
    sources: list[dict[str, Any]]


def digest_config(opgave: Opgave) -> Digest:
    """The opgave's `digest:` settings (defaults when the schema has no such field yet)."""
    value = getattr(opgave, "digest", None)
    return value if isinstance(value, Digest) else Digest()


def default_digest_date(opgave: Opgave) -> date:
    """Yesterday in the opgave's time zone: the last complete day."""
    return datetime.now(ZoneInfo(opgave.schedule.timezone)).date() - timedelta(days=1)


# ---------------------------------------------------------------- collecting


def collect(path: Path, opgave: Opgave, day: date, config: Digest | None = None) -> DigestData:
    """Read the snapshot and word everything the page shows."""
    config = config or digest_config(opgave)
    info = read.snapshot_info(path, opgave.name)
    if not info.exists:
        raise read.NoDataYet(f"The warehouse {path} does not exist yet; run the pipeline first.")
    min_n = opgave.dashboard.min_n
    found = shifts_first(read.signals(path, opgave.name, day, day, min_n))
    shifts = [
        format_alert(r.kind, r.target_group, r.topic, r.day, int(r.n), float(r.value), float(r.baseline))
        for r in found.itertuples(index=False)
    ]
    today = read.documents(path, opgave.name, start=day, end=day, limit=100_000)
    groups = [
        _group_section(path, opgave, g.name, g.label or g.name, day, config) for g in opgave.target_groups
    ]
    holders = read.stakeholders(path, opgave.name, day - timedelta(days=2 * WINDOW_DAYS - 1), day)
    holders = holders[holders["n_last_7"] > 0].sort_values(
        ["n_last_7", "stakeholder"], ascending=[False, True]
    )
    return DigestData(
        opgave=opgave.name,
        title=opgave.title,
        day=day,
        min_n=min_n,
        published_at=_local_time(info.published_at, opgave),
        n_documents_day=len(today),
        shifts=shifts,
        groups=groups,
        stakeholders=[_stakeholder(row) for row in holders.head(config.stakeholders).to_dict("records")],
        sources=[_source(row, opgave) for row in read.harvest_health(path, opgave.name).to_dict("records")],
    )


def _local_time(moment: datetime | None, opgave: Opgave) -> str:
    if moment is None:
        return "onbekend"
    return moment.astimezone(ZoneInfo(opgave.schedule.timezone)).strftime("%d-%m-%Y %H:%M")


def _group_section(
    path: Path, opgave: Opgave, group: str, label: str, day: date, config: Digest
) -> GroupSection:
    """The day's posts of a group; when the day has too few, the last WINDOW_DAYS days."""
    want = config.posts_per_group
    docs = _scored(read.documents(path, opgave.name, start=day, end=day, target_group=group, limit=10_000))
    period = dutch_date(day)
    if len(docs) < want:
        start = day - timedelta(days=WINDOW_DAYS - 1)
        docs = _scored(
            read.documents(path, opgave.name, start=start, end=day, target_group=group, limit=10_000)
        )
        period = f"{dutch_date(start)} t/m {dutch_date(day)}"
    if docs.empty:
        return GroupSection(group, label, period, 0, None)
    mean = float(docs["sentiment"].mean())
    return GroupSection(group, label, period, len(docs), mean, representative(docs, mean, want))


def _scored(docs: pd.DataFrame) -> pd.DataFrame:
    return docs[docs["scored"].fillna(False).astype(bool) & docs["sentiment"].notna()].reset_index(drop=True)


def representative(docs: pd.DataFrame, mean: float, want: int) -> list[Post]:
    """The typical post (closest to the mean), the most critical, the most positive, then more typical."""
    ranked = docs.assign(_gap=(docs["sentiment"] - mean).abs()).sort_values(
        ["_gap", "published_at", "doc_id"]
    )
    picks: list[tuple[str, int]] = [("typisch", int(ranked.index[0]))]
    low, high = int(docs["sentiment"].idxmin()), int(docs["sentiment"].idxmax())
    if docs.at[low, "sentiment"] < min(-NEUTRAL, mean - NEUTRAL):
        picks.append(("meest kritisch", low))
    if docs.at[high, "sentiment"] > max(NEUTRAL, mean + NEUTRAL):
        picks.append(("meest positief", high))
    chosen: list[tuple[str, int]] = []
    for role, index in picks + [("typisch", int(i)) for i in ranked.index]:
        if len(chosen) == want:
            break
        if index not in {i for _, i in chosen}:
            chosen.append((role, index))
    return [_post(role, docs.loc[index]) for role, index in chosen]


def _post(role: str, row: pd.Series) -> Post:
    text = " ".join(str(row["text"] or "").split())
    excerpt = text if len(text) <= EXCERPT_CHARS else text[: EXCERPT_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return Post(
        role=role,
        day=pd.Timestamp(row["day"]).date(),
        source=str(row["source"]),
        title=" ".join(str(row["title"] or "").split()),
        excerpt=excerpt,
        url=safe_url(row["url"]),
        sentiment=float(row["sentiment"]),
        drivers=drivers(row["explanation"]),
    )


def drivers(explanation: Any, limit: int = 4) -> list[str]:
    """'onwerkbaar (−0,60)' for the words that weighed most, from the explanation JSON."""
    if explanation is None or (isinstance(explanation, float) and math.isnan(explanation)):  # NULL
        return []
    items = json.loads(explanation) if isinstance(explanation, str) else explanation
    terms = [(str(i["term"]), float(i["weight"])) for i in items or [] if isinstance(i, dict) and "term" in i]
    terms.sort(key=lambda tw: (-abs(tw[1]), tw[0]))
    return [f"{term} ({dutch_number(weight)})" for term, weight in terms[:limit]]


def safe_url(value: Any) -> str | None:
    """Only plain http(s) links survive (no javascript:, data:, ...), with unsafe characters quoted."""
    if not isinstance(value, str) or not value.strip():
        return None
    url = value.strip()
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        return None
    return quote(url, safe=":/?#@!$&'*+,;=%~-._")


def _stakeholder(row: dict[str, Any]) -> dict[str, Any]:
    """Mentions in the digest's 7 days, the 7 before, and the mean sentiment over those 14 days."""
    mean: Any = row.get("mean_sentiment")
    return {
        "name": row["stakeholder"],
        "n": int(row["n_last_7"]),
        "before": int(row["n_prev_7"]),
        "mean": "–" if _missing(mean) else dutch_number(float(mean)),
    }


def _missing(value: Any) -> bool:
    return value is None or bool(pd.isna(value))


def _source(row: dict[str, Any], opgave: Opgave) -> dict[str, Any]:
    """One line of source health: the latest run's status in Dutch, last success, recent failures."""
    labels = {s.name: s.label or s.name for s in opgave.sources}
    status, last_ok, error = row.get("last_status"), row.get("last_ok_at"), row.get("last_error")
    local_ok = (
        None if _missing(last_ok) else pd.Timestamp(last_ok).astimezone(ZoneInfo(opgave.schedule.timezone))
    )
    return {
        "name": labels.get(row["source"], row["source"]),
        "status": "nooit geoogst" if _missing(status) else STATUS_NL.get(str(status), str(status)),
        "failed": status == "failed",
        "last_ok": "nooit" if local_ok is None else local_ok.strftime("%d-%m %H:%M"),
        "failures": int(row.get("failures_last_7_runs") or 0),
        "error": "" if _missing(error) else str(error),
        "n": int(row.get("n_documents") or 0),
    }


# ---------------------------------------------------------------- rendering

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")  # parentheses only matter after "]", which is escaped


def md(value: Any) -> str:
    """Escape text for Markdown: no markup, links or HTML from a post reaches the page."""
    text = " ".join(str(value).split())
    return _MD_SPECIAL.sub(r"\\\1", text)


@cache
def _environment(autoescape: bool) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("flows", "templates"),
        autoescape=autoescape,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = md
    env.filters["nl_number"] = lambda v: "–" if v is None else dutch_number(float(v))
    env.filters["nl_date"] = dutch_date
    env.filters["berichten"] = lambda n: f"{n} bericht" if n == 1 else f"{n} berichten"
    return env


def render_markdown(data: DigestData) -> str:
    return _environment(False).get_template("digest.md").render(d=data)


def render_html(data: DigestData) -> str:
    return _environment(True).get_template("digest.html").render(d=data)


# ---------------------------------------------------------------- writing and mailing


def _write_atomic(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.replace(tmp, path)


def _resolve(config_or_opgave: str | Path | Opgave | None) -> Opgave:
    if isinstance(config_or_opgave, Opgave):
        return config_or_opgave
    from config.loader import load_opgave, resolve_config

    return load_opgave(resolve_config(config_or_opgave))


def mail_channel(opgave: Opgave, config: Digest) -> EmailChannel | None:
    """The e-mail channel named by `digest.mail_via`, or None when the digest is not mailed."""
    if not config.mail_via:
        return None
    for channel in alerts_config(opgave).channels:
        if channel.name == config.mail_via:
            if not isinstance(channel, EmailChannel):
                raise ConfigError(
                    f"digest.mail_via names {config.mail_via!r}, which is not an e-mail channel."
                )
            return channel
    raise ConfigError(f"digest.mail_via names {config.mail_via!r}, but alerts.channels has no such channel.")


def write_digest(
    config_or_opgave: str | Path | Opgave | None,
    day: date | None = None,
    out_dir: str | Path | None = None,
    *,
    mail: bool = True,
    warehouse: Path | None = None,
) -> list[Path]:
    """Write `<opgave>-<day>.md` and `.html` to `out_dir` (default `digest.folder`); mail when configured.

    `mail=False` only writes the files, also when `digest.mail_via` is set.
    """
    opgave = _resolve(config_or_opgave)
    config = digest_config(opgave)
    day = day or default_digest_date(opgave)
    folder = Path(out_dir if out_dir is not None else config.folder).expanduser()
    folder.mkdir(parents=True, exist_ok=True)
    data = collect(warehouse or opgave.warehouse_path(), opgave, day, config)
    markdown, html = render_markdown(data), render_html(data)
    paths = [folder / f"{opgave.name}-{day.isoformat()}.md", folder / f"{opgave.name}-{day.isoformat()}.html"]
    for path, text in zip(paths, (markdown, html), strict=True):
        _write_atomic(path, text)
    channel = mail_channel(opgave, config) if mail else None
    if channel is not None:
        from flows.notify.email import send_email

        send_email(channel, f"Dagoverzicht {opgave.title}, {dutch_date(day)}", markdown, html=html)
    return paths
