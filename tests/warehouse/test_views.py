"""The documented views: the promised columns, each explained in the view's header comment."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from importlib import resources
from typing import Any

import duckdb
import pytest

from warehouse.load import load_documents, load_scores, set_model_version

PROMISED = {
    "v_documents": [
        "doc_id", "opgave", "source", "kind", "published_at", "day", "title", "text", "url", "language",
        "sentiment", "label", "topics", "target_groups", "stakeholders", "explanation", "model_version",
        "duplicate_of",
    ],
    "v_daily_appreciation": [
        "day", "opgave", "target_group", "topic", "n", "mean_sentiment", "share_positive", "share_negative",
    ],
    "v_doc_topics": ["doc_id", "opgave", "day", "topic", "sentiment"],
    "v_doc_groups": ["doc_id", "opgave", "day", "target_group", "rule", "evidence"],
    "v_doc_stakeholders": ["doc_id", "opgave", "day", "stakeholder", "mention"],
    "v_harvest_runs": [
        "run_id", "opgave", "source", "kind", "started_at", "finished_at", "status", "items_new",
        "items_seen", "items_skipped", "bytes", "error",
    ],
}  # fmt: skip


def _view_files() -> dict[str, str]:
    files = resources.files("warehouse.views").iterdir()
    texts = [f.read_text(encoding="utf-8") for f in files if f.name.endswith(".sql")]
    out = {}
    for text in texts:
        match = re.search(r"CREATE OR REPLACE VIEW (\w+)", text)
        assert match, text[:80]
        out[match.group(1)] = text
    return out


def _columns(con: duckdb.DuckDBPyConnection, view: str) -> list[str]:
    rel = con.execute(f"SELECT * FROM {view} LIMIT 0")
    return [d[0] for d in rel.description or []]


@pytest.mark.parametrize("view", sorted(PROMISED))
def test_view_has_the_promised_columns_in_order(con: duckdb.DuckDBPyConnection, view: str) -> None:
    columns = _columns(con, view)
    assert set(PROMISED[view]) <= set(columns)
    if view in ("v_documents", "v_daily_appreciation"):  # the spec fixes their order
        assert columns[: len(PROMISED[view])] == PROMISED[view]


def test_every_view_documents_every_column(con: duckdb.DuckDBPyConnection) -> None:
    files = _view_files()
    assert set(PROMISED) <= set(files)
    for view, text in files.items():
        header = "\n".join(line for line in text.splitlines() if line.startswith("--"))
        assert header.startswith(f"-- {view}:"), view
        for column in _columns(con, view):
            assert re.search(rf"^--\s+{column}\s+\S", header, re.M), f"{view}.{column} is not documented"


def test_v_documents_shows_the_current_model_and_dutch_days(
    con: duckdb.DuckDBPyConnection,
    make_doc: Callable[..., dict[str, Any]],
    make_score: Callable[..., dict[str, Any]],
) -> None:
    late = make_doc(1, published_at=datetime(2026, 10, 31, 23, 30, tzinfo=UTC))  # CET: 1 November 00:30
    early = make_doc(2, published_at=datetime(2026, 10, 31, 22, 30, tzinfo=UTC))  # 23:30 on 31 October
    unscored = make_doc(3)
    load_documents(con, [late, early, unscored])
    load_scores(
        con,
        [
            make_score(late["doc_id"], -0.4, "negative", topics={"mest": -0.5, "bouw": None},
                       groups=["jongeren", "boeren"], stakeholders=["LTO Nederland"]),
            make_score(late["doc_id"], 0.9, "positive", model_version="m0"),
            make_score(early["doc_id"], 0.2, "positive"),
        ],
    )  # fmt: skip
    set_model_version(con, "stikstof", "m1")
    rows = con.execute(
        "SELECT doc_id, day, sentiment, label, topics, target_groups, stakeholders, model_version "
        "FROM v_documents"
    ).fetchall()
    by_id = {r[0]: r[1:] for r in rows}
    assert len(rows) == 3
    assert by_id[late["doc_id"]] == (
        date(2026, 11, 1),
        -0.4,
        "negative",
        ["bouw", "mest"],
        ["boeren", "jongeren"],
        ["LTO Nederland"],
        "m1",
    )
    assert by_id[early["doc_id"]] == (date(2026, 10, 31), 0.2, "positive", [], [], [], "m1")
    assert by_id[unscored["doc_id"]][1:] == (None, None, None, None, None, None)
    topics = con.execute("SELECT topic, sentiment, doc_sentiment FROM v_doc_topics ORDER BY topic").fetchall()
    assert topics == [("bouw", None, -0.4), ("mest", -0.5, -0.4)]
    groups = con.execute("SELECT target_group, rule, evidence FROM v_doc_groups ORDER BY 1").fetchall()
    assert groups == [("boeren", "self", "als boeren"), ("jongeren", "self", "als jongeren")]
    holders = con.execute("SELECT stakeholder, mention, day FROM v_doc_stakeholders").fetchall()
    assert holders == [("LTO Nederland", "LTO Nederland", date(2026, 11, 1))]


def test_views_are_empty_for_scores_without_a_current_model(
    con: duckdb.DuckDBPyConnection,
    make_doc: Callable[..., dict[str, Any]],
    make_score: Callable[..., dict[str, Any]],
) -> None:
    row = make_doc(1)
    load_documents(con, [row])
    load_scores(con, [make_score(row["doc_id"], 0.5, "positive", topics={"mest": 0.5})])
    assert con.execute("SELECT sentiment FROM v_documents").fetchall() == [(None,)]
    assert con.execute("SELECT count(*) FROM v_doc_topics").fetchone() == (0,)
