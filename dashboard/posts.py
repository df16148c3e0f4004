"""Posts as safe HTML cards: escaped text, driver words highlighted, a link only when it is http(s)."""

from __future__ import annotations

import html
from datetime import datetime
from typing import Any

import pandas as pd
import streamlit as st

from dashboard import format as fmt
from dashboard.context import Context
from dashboard.highlight import drivers, highlight

LABELS = {"positive": "positief", "negative": "negatief", "neutral": "neutraal"}
MAX_CHARS = 700


def _list(value: Any) -> list[str]:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return []
    return [str(v) for v in value]


def _safe_url(url: Any) -> str | None:
    text = str(url or "").strip()
    return html.escape(text, quote=True) if text.lower().startswith(("http://", "https://")) else None


def card(row: dict[str, Any], ctx: Context) -> str:
    """One post as HTML; every value from the post is escaped before our own tags are added."""
    text = str(row.get("text") or "")
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS].rsplit(" ", 1)[0] + " …"
    published = row.get("published_at")
    when = fmt.moment(published, ctx.timezone) if isinstance(published, datetime) else ""
    sentiment = row.get("sentiment")
    score = "" if sentiment is None or pd.isna(sentiment) else fmt.number(float(sentiment), signed=True)
    scored = row.get("scored")
    if scored is None or pd.isna(scored) or not bool(scored):
        label, score = "niet gescoord", ""
    else:
        label = LABELS.get(str(row.get("label")), "niet gescoord")
    meta = [
        ctx.source_label(str(row.get("source"))),
        when,
        f"{label} {score}".strip(),
        "doelgroepen: " + (", ".join(ctx.group_label(g) for g in _list(row.get("target_groups"))) or "geen"),
        "onderwerpen: " + (", ".join(ctx.topic_label(t) for t in _list(row.get("topics"))) or "geen"),
        f"taal: {row.get('language') or 'onbekend'}",
    ]
    url = _safe_url(row.get("url"))
    link = f' · <a href="{url}" target="_blank" rel="noopener noreferrer">bron</a>' if url else ""
    title = html.escape(str(row.get("title") or "(zonder titel)"))
    body = highlight(text, drivers(row.get("explanation")))
    return (
        '<div style="border-bottom:1px solid #ddd;padding:0.4em 0 0.6em 0">'
        f'<div style="font-weight:600">{title}</div>'
        f'<div style="font-size:0.85em;color:#444">{html.escape(" · ".join(filter(None, meta)))}{link}</div>'
        f'<div style="margin-top:0.3em">{body}</div></div>'
    )


def show(docs: pd.DataFrame, ctx: Context) -> None:
    """All posts of the frame as cards (the frame is already limited by the query)."""
    if docs.empty:
        st.info("Geen berichten die aan de filters voldoen.")
        return
    for row in docs.to_dict("records"):
        st.html(card(row, ctx))


def table(docs: pd.DataFrame) -> pd.DataFrame:
    """The export form of a list of posts: plain columns, lists joined."""
    out = docs.drop(columns=[c for c in ("explanation",) if c in docs.columns]).copy()
    for column in ("topics", "target_groups", "stakeholders"):
        if column in out.columns:
            out[column] = out[column].map(lambda v: ", ".join(_list(v)))
    return out
