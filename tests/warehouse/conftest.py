"""Shared builders for warehouse tests: hand-made documents and NLP results in a real DuckDB file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import pytest

from warehouse.db import connect_rw
from warehouse.load import content_hash


def make_doc(
    n: int,
    *,
    opgave: str = "stikstof",
    source: str = "boerderijbode",
    published_at: datetime | None = None,
    title: str | None = None,
    text: str | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """One document row as the harvest flow would hand it over (doc_id from content_hash)."""
    title = f"Bericht {n} over de stikstofregels" if title is None else title
    text = f"De melkveehouders in het dorp praten over de vergunning, deel {n}." if text is None else text
    row = {
        "doc_id": content_hash(opgave, title, text),
        "opgave": opgave,
        "source": source,
        "kind": "rss",
        "external_id": f"item-{n}",
        "url": f"http://127.0.0.1/item/{n}",
        "author": "Redactie",
        "published_at": published_at or datetime(2026, 10, 5, 9, 0, tzinfo=UTC),
        "title": title,
        "text": text,
        "language": "nl",
        "raw": f'{{"guid": "item-{n}"}}',
    }
    row.update(extra)
    return row


def make_score(
    doc_id: str,
    sentiment: float,
    label: str,
    *,
    model_version: str = "m1",
    topics: dict[str, float | None] | None = None,
    groups: list[str] | None = None,
    stakeholders: list[str] | None = None,
    scored: bool = True,
) -> dict[str, Any]:
    """A ScoreResult.to_json()-shaped dict."""
    topics = topics or {}
    groups = groups or []
    return {
        "id": doc_id,
        "language": "nl" if scored else "en",
        "scored": scored,
        "sentiment": sentiment,
        "label": label,
        "topics": list(topics),
        "topic_sentiment": {t: s for t, s in topics.items() if s is not None},
        "groups": groups,
        "group_evidence": [{"group": g, "rule": "self", "evidence": f"als {g}"} for g in groups],
        "stakeholders": [{"name": s, "mention": s} for s in stakeholders or []],
        "explanation": [{"term": "goed", "weight": sentiment}],
        "model_version": model_version,
        "note": None if scored else "not Dutch",
    }


@pytest.fixture
def con(tmp_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A migrated read-write connection on a real DuckDB file in tmp_path."""
    connection = connect_rw(tmp_path / "wh" / "antennes.duckdb")
    yield connection
    connection.close()


def count_rows(con: duckdb.DuckDBPyConnection, table: str) -> int:
    row = con.execute(f"SELECT count(*) FROM {table}").fetchone()
    assert row is not None
    return int(row[0])


# Test modules cannot import conftest (--import-mode=importlib), so the builders come as fixtures.
@pytest.fixture(name="make_doc")
def _make_doc_fixture() -> Callable[..., dict[str, Any]]:
    return make_doc


@pytest.fixture(name="make_score")
def _make_score_fixture() -> Callable[..., dict[str, Any]]:
    return make_score


@pytest.fixture(name="count")
def _count_fixture() -> Callable[[duckdb.DuckDBPyConnection, str], int]:
    return count_rows
