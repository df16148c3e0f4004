"""`read.series`: context figures (CBS StatLine) as the dashboard charts them, from a real DuckDB file."""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from warehouse import read
from warehouse.db import connect_rw
from warehouse.load import load_series

COLUMNS = ["source", "series", "period", "frequency", "period_start", "value", "unit"]


def _row(source: str, series: str, period: str, value: float | None, unit: str = "aantal", **kw: Any) -> dict:
    return {
        "opgave": "stikstof",
        "source": source,
        "series": series,
        "period": period,
        "value": value,
        "unit": unit,
        **kw,
    }


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Two figures of one opgave (years and quarters mixed, one missing value) and one of another opgave."""
    path = tmp_path / "reeksen.duckdb"
    con = connect_rw(path)
    try:
        load_series(
            con,
            [
                _row("cbs-melkvee", "Melkveebedrijven", "2026-Q2", 13020),
                _row("cbs-melkvee", "Melkveebedrijven", "2024", 13960),
                _row("cbs-melkvee", "Melkveebedrijven", "2025", 13480),
                _row("cbs-melkvee", "Melkveebedrijven", "2026-Q1", 13190),
                _row("cbs-melkvee", "Melkveebedrijven", "2026-Q3", None),
                _row("cbs-depositie", "Stikstofdepositie", "2025-10", 1561.5, unit="mol/ha/jaar"),
                _row("cbs-depositie", "Stikstofdepositie", "2025-H1", 1570.0, unit="mol/ha/jaar"),
                _row("cbs-depositie", "Stikstofdepositie", "2025KW04", 1555.0, unit="mol/ha/jaar"),
                _row("cbs-depositie", "Stikstofdepositie", "voorlopig", 1500.0, unit="mol/ha/jaar"),
                {**_row("cbs-melkvee", "Melkveebedrijven", "2025", 999), "opgave": "andere-opgave"},
            ],
        )
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return path


def test_series_of_one_opgave_in_period_order(db: Path) -> None:
    frame = read.series(db, "stikstof")
    assert list(frame.columns) == COLUMNS
    melkvee = frame[frame["source"] == "cbs-melkvee"]
    assert list(melkvee["period"]) == ["2024", "2025", "2026-Q1", "2026-Q2", "2026-Q3"]
    assert list(melkvee["frequency"]) == ["jaar", "jaar", "kwartaal", "kwartaal", "kwartaal"]
    assert list(melkvee["period_start"]) == [
        date(2024, 1, 1),
        date(2025, 1, 1),
        date(2026, 1, 1),
        date(2026, 4, 1),
        date(2026, 7, 1),
    ]
    assert list(melkvee["value"])[:4] == [13960.0, 13480.0, 13190.0, 13020.0]
    assert math.isnan(melkvee["value"].iloc[4])  # a figure CBS has not published yet stays a gap
    assert 999.0 not in set(frame["value"])  # the other opgave's figure is not shown


def test_series_reads_months_half_years_raw_cbs_codes_and_flags_the_rest(db: Path) -> None:
    frame = read.series(db, "stikstof")
    dep = frame[frame["source"] == "cbs-depositie"].set_index("period")
    assert dep.at["2025-H1", "frequency"] == "halfjaar" and dep.at["2025-H1", "period_start"] == date(
        2025, 1, 1
    )
    assert dep.at["2025-10", "frequency"] == "maand" and dep.at["2025-10", "period_start"] == date(
        2025, 10, 1
    )
    assert dep.at["2025KW04", "frequency"] == "kwartaal"
    assert dep.at["2025KW04", "period_start"] == date(2025, 10, 1)
    assert dep.at["voorlopig", "frequency"] == "anders" and pd.isna(dep.at["voorlopig", "period_start"])
    assert list(dep.index)[-1] == "voorlopig"  # unreadable periods sort last
    assert set(dep["unit"]) == {"mol/ha/jaar"}


def test_series_of_an_opgave_without_context_sources_is_empty(db: Path) -> None:
    frame = read.series(db, "geen-cbs")
    assert frame.empty and list(frame.columns) == COLUMNS


def test_series_on_a_missing_file_raises_no_data_yet(tmp_path: Path) -> None:
    with pytest.raises(read.NoDataYet, match="does not exist yet"):
        read.series(tmp_path / "nog-niet.duckdb", "stikstof")
