"""Retention: old raw text goes, ids, scores and aggregates stay."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import duckdb
import pytest

from warehouse.load import (
    load_documents,
    load_scores,
    refresh_aggregates,
    set_model_version,
    unscored_documents,
)
from warehouse.purge import purge_raw_text

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


def test_purge_blanks_old_text_only(
    con: duckdb.DuckDBPyConnection,
    make_doc: Callable[..., dict[str, Any]],
    make_score: Callable[..., dict[str, Any]],
) -> None:
    old = make_doc(1, published_at=NOW - timedelta(days=40))
    recent = make_doc(2, published_at=NOW - timedelta(days=10))
    other = make_doc(3, opgave="energie", published_at=NOW - timedelta(days=40))
    load_documents(con, [old, recent, other])
    load_scores(
        con, [make_score(d["doc_id"], 0.5, "positive", groups=["boeren"]) for d in (old, recent, other)]
    )
    set_model_version(con, "stikstof", "m1")
    refresh_aggregates(con, "stikstof")
    aggregates = con.execute("SELECT * FROM daily_appreciation ORDER BY ALL").fetchall()

    assert purge_raw_text(con, "stikstof", older_than_days=30, now=NOW) == 1
    rows = con.execute("SELECT doc_id, title, text, raw, purged_at FROM documents ORDER BY doc_id").fetchall()
    by_id = {r[0]: r[1:] for r in rows}
    assert by_id[old["doc_id"]][:3] == (old["title"], "", None)
    assert by_id[old["doc_id"]][3] == NOW
    assert by_id[recent["doc_id"]][1:3] == (recent["text"], recent["raw"])
    assert by_id[other["doc_id"]][1] == other["text"]  # another opgave keeps its own retention
    assert con.execute("SELECT count(*) FROM scores").fetchone() == (3,)
    refresh_aggregates(con, "stikstof")
    assert con.execute("SELECT * FROM daily_appreciation ORDER BY ALL").fetchall() == aggregates
    assert con.execute("SELECT sentiment FROM v_documents WHERE doc_id = ?", [old["doc_id"]]).fetchone() == (
        0.5,
    )
    # purged documents are not offered for re-scoring by a new model (their text is gone)
    assert [d["doc_id"] for d in unscored_documents(con, "stikstof", "m2")] == [recent["doc_id"]]
    assert purge_raw_text(con, "stikstof", older_than_days=30, now=NOW) == 0  # already purged


def test_purge_rejects_negative_days(con: duckdb.DuckDBPyConnection) -> None:
    with pytest.raises(ValueError):
        purge_raw_text(con, "stikstof", older_than_days=-1)
