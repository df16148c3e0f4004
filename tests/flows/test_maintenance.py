"""`antennes rescore` and `antennes purge` on a private copy of the demo warehouse."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest

from config.loader import load_opgave
from flows.maintenance import purge_old_text, rescore_all


@pytest.fixture
def warehouse_copy(demo_warehouse: Path, tmp_path: Path, make_demo_config: Callable[..., Path]) -> Path:
    config = make_demo_config(tmp_path)
    shutil.copyfile(load_opgave(demo_warehouse).warehouse_path(), load_opgave(config).warehouse_path())
    return config


def _query(config: Path, sql: str) -> list[tuple[object, ...]]:
    with duckdb.connect(str(load_opgave(config).warehouse_path()), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_rescore_restores_a_damaged_score_and_keeps_counts(warehouse_copy: Path) -> None:
    db = load_opgave(warehouse_copy).warehouse_path()
    doc_id, sentiment = _query(
        warehouse_copy, "SELECT doc_id, sentiment FROM v_documents ORDER BY doc_id LIMIT 1"
    )[0]
    counts = _query(warehouse_copy, "SELECT (SELECT count(*) FROM scores), (SELECT count(*) FROM doc_topics)")
    with duckdb.connect(str(db)) as con:  # simulate a scoring bug fixed without a version change
        con.execute("UPDATE scores SET sentiment = 0.99 WHERE doc_id = ?", [doc_id])
    message = rescore_all(str(warehouse_copy))
    assert message.startswith("rescored ") and "documents of stikstof" in message
    assert (
        _query(warehouse_copy, f"SELECT sentiment FROM v_documents WHERE doc_id = '{doc_id}'")[0][0]
        == sentiment
    )
    assert (
        _query(warehouse_copy, "SELECT (SELECT count(*) FROM scores), (SELECT count(*) FROM doc_topics)")
        == counts
    )


def test_purge_blanks_old_text_but_keeps_the_aggregates(warehouse_copy: Path) -> None:
    aggregate = "SELECT day, target_group, topic, n, mean_sentiment FROM v_daily_appreciation ORDER BY ALL"
    before = _query(warehouse_copy, aggregate)
    n_docs = _query(warehouse_copy, "SELECT count(*) FROM documents")[0][0]
    message = purge_old_text(str(warehouse_copy), 0)
    assert message.startswith(f"purged raw text of {n_docs} documents")
    assert _query(warehouse_copy, "SELECT count(*) FROM documents WHERE text <> ''")[0][0] == 0
    assert _query(warehouse_copy, aggregate) == before
    assert _query(warehouse_copy, "SELECT count(*) FROM v_documents WHERE sentiment IS NULL")[0][0] == 0
    assert purge_old_text(str(warehouse_copy), 0).startswith("purged raw text of 0 documents")
