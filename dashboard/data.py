"""Cached access to the read API, keyed on the snapshot file's modification time.

The pipeline publishes a new snapshot by replacing the file, which changes its mtime: every
cached result of the old snapshot then simply stops being asked for. No function here holds a
connection; `warehouse.read` opens and closes one per query.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pandas as pd
import streamlit as st

from warehouse import read


def mtime(path: Path) -> float:
    """The cache key of the snapshot; 0 when it does not exist."""
    try:
        return os.path.getmtime(path)
    except OSError:
        return 0.0


@st.cache_data(show_spinner=False, max_entries=128)
def snapshot(path: str, stamp: float, opgave: str) -> read.SnapshotInfo:
    return read.snapshot_info(Path(path), opgave)


@st.cache_data(show_spinner=False, max_entries=128)
def dimensions(path: str, stamp: float, opgave: str) -> dict[str, list[str]]:
    return read.dimensions(Path(path), opgave)


@st.cache_data(show_spinner=False, max_entries=128)
def trend(path: str, stamp: float, opgave: str, topic: str | None, start: date, end: date) -> pd.DataFrame:
    return read.appreciation_trend(Path(path), opgave, topic, start, end)


@st.cache_data(show_spinner=False, max_entries=128)
def daily(
    path: str, stamp: float, opgave: str, topic: str | None, start: date, end: date, group: str | None = None
) -> pd.DataFrame:
    return read.daily_appreciation(Path(path), opgave, topic, start, end, group)


@st.cache_data(show_spinner=False, max_entries=128)
def matrix(path: str, stamp: float, opgave: str, start: date, end: date) -> pd.DataFrame:
    return read.topic_group_matrix(Path(path), opgave, start, end)


@st.cache_data(show_spinner=False, max_entries=128)
def documents(path: str, stamp: float, opgave: str, **filters: object) -> pd.DataFrame:
    return read.documents(Path(path), opgave, **filters)  # type: ignore[arg-type]


@st.cache_data(show_spinner=False, max_entries=128)
def signals(
    path: str, stamp: float, opgave: str, start: date, end: date, min_n: int, period: int
) -> pd.DataFrame:
    return read.signals(Path(path), opgave, start, end, min_n, period)


@st.cache_data(show_spinner=False, max_entries=128)
def stakeholders(path: str, stamp: float, opgave: str, start: date, end: date) -> pd.DataFrame:
    return read.stakeholders(Path(path), opgave, start, end)


@st.cache_data(show_spinner=False, max_entries=128)
def harvest_health(path: str, stamp: float, opgave: str) -> pd.DataFrame:
    return read.harvest_health(Path(path), opgave)


@st.cache_data(show_spinner=False, max_entries=128)
def stakeholder_candidates(path: str, stamp: float, opgave: str) -> pd.DataFrame:
    return read.stakeholder_candidates(Path(path), opgave)
