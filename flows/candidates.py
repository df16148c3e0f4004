"""New stakeholder candidates: names the opgave's recent documents mention often but its YAML lacks.

Runs `nlp.discovery.discover_candidates` over the opgave's canonical documents of the last
`days` days and replaces the opgave's rows in `stakeholder_candidates`, so the dashboard's
Stakeholders page can suggest additions to `stakeholders:`. Called by the pipeline after scoring.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import duckdb

from config.schema import Opgave
from nlp.discovery import discover_candidates
from warehouse import load

DAYS = 30
"""Discovery looks at documents published up to this many days before the newest one."""

MIN_COUNT = 3
"""A name must be found this often to become a candidate (fewer is mostly noise)."""


def refresh_candidates(
    con: duckdb.DuckDBPyConnection, opgave: Opgave, days: int = DAYS, min_count: int = MIN_COUNT
) -> int:
    """Rediscover the opgave's stakeholder candidates and store them; returns how many there are."""
    docs = load.candidate_texts(con, opgave.name, days)
    texts = [_text(doc) for doc in docs]
    found = discover_candidates(texts, opgave, min_count=min_count)
    for candidate in found:
        first, last = _seen(candidate["name"], texts, [doc["published_at"] for doc in docs])
        candidate["first_seen"], candidate["last_seen"] = first, last
    return load.store_candidates(con, opgave.name, found)


def _text(doc: dict[str, Any]) -> str:
    """Title and text as one string (a title often names the organisation)."""
    title, text = str(doc.get("title") or "").strip(), str(doc.get("text") or "").strip()
    return f"{title}.\n{text}" if title else text


def _seen(name: str, texts: list[str], published: list[datetime]) -> tuple[datetime | None, datetime | None]:
    """Publication times of the first and last document (texts are oldest first) that contain `name`."""
    hits = [at for text, at in zip(texts, published, strict=True) if name in text]
    return (hits[0], hits[-1]) if hits else (None, None)
