"""daily_appreciation on a hand-made example: every number checked by hand."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

import duckdb
import pytest

from warehouse.load import load_documents, load_scores, refresh_aggregates, set_model_version

DAY1 = datetime(2026, 10, 5, 9, 0, tzinfo=UTC)
LATE = datetime(2026, 10, 5, 22, 30, tzinfo=UTC)  # 00:30 on 6 October in Amsterdam (CEST)
D1, D2 = date(2026, 10, 5), date(2026, 10, 6)

# (day, target_group, topic): (n, mean_sentiment, share_positive, share_negative), worked out by hand:
# d1 +0.4 positive, boeren, mest aspect -0.6 | d2 -0.5 negative, boeren+jongeren, mest (no aspect)
# and natuur +0.3 | d3 +0.1 positive, no group, natuur +0.02 (inside the neutral band)
# d6 (next day in Dutch time) -0.2 negative, natuurbeschermers.
EXPECTED = {
    (D1, "alle", "alle"): (3, 0.0, 2 / 3, 1 / 3),
    (D1, "boeren", "alle"): (2, -0.05, 0.5, 0.5),
    (D1, "jongeren", "alle"): (1, -0.5, 0.0, 1.0),
    (D1, "alle", "mest"): (2, -0.55, 0.0, 1.0),
    (D1, "alle", "natuur"): (2, 0.16, 0.5, 0.0),
    (D1, "boeren", "mest"): (2, -0.55, 0.0, 1.0),
    (D1, "boeren", "natuur"): (1, 0.3, 1.0, 0.0),
    (D1, "jongeren", "mest"): (1, -0.5, 0.0, 1.0),
    (D1, "jongeren", "natuur"): (1, 0.3, 1.0, 0.0),
    (D2, "alle", "alle"): (1, -0.2, 0.0, 1.0),
    (D2, "natuurbeschermers", "alle"): (1, -0.2, 0.0, 1.0),
}


@pytest.fixture
def example(
    con: duckdb.DuckDBPyConnection,
    make_doc: Callable[..., dict[str, Any]],
    make_score: Callable[..., dict[str, Any]],
) -> duckdb.DuckDBPyConnection:
    docs = {n: make_doc(n, published_at=LATE if n == 6 else DAY1) for n in range(1, 8)}
    docs[4]["duplicate_of"] = docs[1]["doc_id"]
    docs[8] = make_doc(8, opgave="energie", published_at=DAY1)
    load_documents(con, list(docs.values()))
    ids = {n: d["doc_id"] for n, d in docs.items()}
    load_scores(
        con,
        [
            make_score(ids[1], 0.4, "positive", groups=["boeren"], topics={"mest": -0.6}),
            make_score(
                ids[2], -0.5, "negative", groups=["boeren", "jongeren"], topics={"mest": None, "natuur": 0.3}
            ),
            make_score(ids[3], 0.1, "positive", topics={"natuur": 0.02}),
            make_score(ids[4], 1.0, "positive", groups=["boeren"]),  # a duplicate: not counted
            make_score(ids[5], 0.0, "neutral", groups=["boeren"], scored=False),  # English: not counted
            make_score(ids[6], -0.2, "negative", groups=["natuurbeschermers"]),
            make_score(ids[1], -1.0, "negative", groups=["bouwers"], model_version="m0"),  # old model
            make_score(ids[7], 0.9, "positive", groups=["boeren"], model_version="m0"),  # only old model
            make_score(ids[8], 0.7, "positive", groups=["boeren"]),  # other opgave
        ],
    )
    set_model_version(con, "stikstof", "m1")
    set_model_version(con, "energie", "m1")
    return con


def _rows(con: duckdb.DuckDBPyConnection, opgave: str = "stikstof") -> dict[tuple[Any, ...], tuple[Any, ...]]:
    result = con.execute(
        "SELECT day, target_group, topic, n, mean_sentiment, share_positive, share_negative "
        "FROM v_daily_appreciation WHERE opgave = ?",
        [opgave],
    ).fetchall()
    return {tuple(r[:3]): tuple(r[3:]) for r in result}


def test_hand_made_example(example: duckdb.DuckDBPyConnection) -> None:
    assert refresh_aggregates(example, "stikstof") == len(EXPECTED)
    rows = _rows(example)
    assert set(rows) == set(EXPECTED)
    for key, (n, mean, pos, neg) in EXPECTED.items():
        assert rows[key][0] == n, key
        assert rows[key][1:] == pytest.approx((mean, pos, neg), abs=1e-12), key


def test_refresh_is_per_opgave_and_repeatable(example: duckdb.DuckDBPyConnection) -> None:
    refresh_aggregates(example, "energie")
    energie = _rows(example, "energie")
    assert energie[(D1, "boeren", "alle")][:2] == (1, 0.7)
    refresh_aggregates(example, "stikstof")
    first = _rows(example)
    refresh_aggregates(example, "stikstof")
    assert _rows(example) == first
    assert _rows(example, "energie") == energie


def test_switching_model_version_switches_the_figures(example: duckdb.DuckDBPyConnection) -> None:
    set_model_version(example, "stikstof", "m0")
    refresh_aggregates(example, "stikstof")
    rows = _rows(example)
    assert rows[(D1, "alle", "alle")][:2] == (2, pytest.approx(-0.05))  # d1 (-1.0) and d7 (+0.9)
    assert (D1, "bouwers", "alle") in rows and (D1, "jongeren", "alle") not in rows


def test_failed_refresh_keeps_the_previous_rows(example: duckdb.DuckDBPyConnection) -> None:
    refresh_aggregates(example, "stikstof")
    before = _rows(example)
    example.execute("ALTER TABLE daily_appreciation RENAME COLUMN model_version TO mv")  # break the INSERT
    with pytest.raises(duckdb.Error):
        refresh_aggregates(example, "stikstof")
    assert _rows(example) == before
