"""The dashboard aggregates of migration 004 on the hand-made warehouse: exact numbers."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import pandas as pd
import pytest
import warehouse_fixture as fixture

from warehouse import load, read
from warehouse.db import connect_rw, migrate

OPGAVE = fixture.OPGAVE
NOV = {d: date(2026, 11, d) for d in range(1, 31)}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fixture.build(tmp_path_factory.mktemp("aggregates") / "proef.duckdb")


def _moments(path: Path) -> dict[tuple[date, str, str], tuple[int, float, float]]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        rows = con.execute(
            "SELECT day, target_group, topic, n, sum_sentiment, sum_squares FROM daily_sentiment_moments "
            "WHERE opgave = ?",
            [OPGAVE],
        ).fetchall()
    finally:
        con.close()
    return {(r[0], r[1], r[2]): (r[3], round(r[4], 12), round(r[5], 12)) for r in rows}  # summation order


def test_sentiment_moments_of_the_last_day(db: Path) -> None:
    moments = _moments(db)
    n, total, squares = moments[(NOV[28], "boeren", "alle")]
    assert (n, total, squares) == (5, pytest.approx(-2.0), pytest.approx(0.8))  # five at -0.4
    assert moments[(NOV[28], "boeren", "mest")][0] == 5
    # every scored canonical document of 28 Nov: 5 x -0.4, +0.5 (natuur), -0.3 (bouwers); not the
    # English one (unscored)
    n, total, squares = moments[(NOV[28], "alle", "alle")]
    assert (n, total, squares) == (7, pytest.approx(-1.8), pytest.approx(1.14))
    # 27 Nov natuur: the heide document and the two natuurplan documents, not the copy of one
    assert moments[(NOV[27], "alle", "natuur")][0] == 3


def test_sentiment_moments_agree_with_daily_appreciation(db: Path) -> None:
    daily = read.daily_appreciation(db, OPGAVE, None, None, None)
    moments = _moments(db)
    assert len(moments) == len(daily)
    for row in daily.itertuples(index=False):
        n, total, _ = moments[(row.day, row.target_group, row.topic)]
        assert n == row.n
        assert total == pytest.approx(row.n * row.mean_sentiment)


def test_daily_stakeholders(db: Path) -> None:
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute(
            "SELECT day, n, n_sentiment, sum_sentiment FROM daily_stakeholders "
            "WHERE opgave = ? AND stakeholder = 'LTO Nederland' ORDER BY day",
            [OPGAVE],
        ).fetchall()
    finally:
        con.close()
    assert [r[0] for r in rows] == [NOV[d] for d in range(22, 29)]
    assert rows[-1][1:] == (5, 5, pytest.approx(-2.0))
    assert all(r[1:] == (1, 1, 0.0) for r in rows[:-1])


def test_refresh_dashboard_aggregates_is_idempotent(db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "proef.duckdb"
    shutil.copy(db, copy)
    before = _moments(copy)
    con = connect_rw(copy)
    try:
        written = load.refresh_dashboard_aggregates(con, OPGAVE)
    finally:
        con.close()
    assert written["daily_sentiment_moments"] == len(before)
    assert written["daily_stakeholders"] == 7 + 21 + 3  # LTO 22-28 Nov, Natuurmonumenten, RIVM
    assert _moments(copy) == before


def test_migration_004_fills_the_aggregates_of_an_existing_warehouse(db: Path, tmp_path: Path) -> None:
    """A warehouse from before migration 004 gets its aggregates when it is opened for writing."""
    copy = tmp_path / "proef.duckdb"
    shutil.copy(db, copy)
    expected = read.stakeholders(db, OPGAVE, NOV[8], NOV[28])
    con = duckdb.connect(str(copy))
    try:
        con.execute(
            "DROP TABLE daily_sentiment_moments; DROP TABLE daily_stakeholders; "
            "DROP TABLE stakeholder_candidates; DELETE FROM schema_migrations WHERE version = 4"
        )
        assert migrate(con) == [4]
    finally:
        con.close()
    assert _moments(copy) == _moments(db)
    # sums of floats may differ in the last bit with DuckDB's (parallel) summation order
    pd.testing.assert_frame_equal(read.stakeholders(copy, OPGAVE, NOV[8], NOV[28]), expected, rtol=1e-12)


def test_stakeholder_candidates_read_back(db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "proef.duckdb"
    shutil.copy(db, copy)
    assert read.stakeholder_candidates(copy, OPGAVE).empty
    seen = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
    con = connect_rw(copy)
    try:
        stored = load.store_candidates(
            con,
            OPGAVE,
            [
                {"name": "NVWA", "count": 3, "examples": ["de NVWA controleert"], "first_seen": seen},
                {"name": "Stichting Veenweide Vitaal", "count": 4, "examples": ["a", "b"], "last_seen": seen},
            ],
        )
    finally:
        con.close()
    assert stored == 2
    frame = read.stakeholder_candidates(copy, OPGAVE)
    assert list(frame["name"]) == ["Stichting Veenweide Vitaal", "NVWA"]
    assert list(frame["count"]) == [4, 3]
    assert list(frame["examples"]) == [["a", "b"], ["de NVWA controleert"]]
    assert frame.iloc[1]["first_seen"] == seen and frame.iloc[0]["last_seen"] == seen
