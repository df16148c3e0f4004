"""Download what is on screen as CSV or Parquet (st.download_button)."""

from __future__ import annotations

import io

import pandas as pd
import streamlit as st


def to_csv(frame: pd.DataFrame) -> bytes:
    """UTF-8 with BOM and `;` separators, so Excel with Dutch settings opens it right."""
    return frame.to_csv(index=False, sep=";", decimal=",").encode("utf-8-sig")


def to_parquet(frame: pd.DataFrame) -> bytes:
    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False)
    return buffer.getvalue()


def buttons(frame: pd.DataFrame, name: str, key: str) -> None:
    """Two download buttons for the table shown on the page."""
    left, right = st.columns(2)
    left.download_button("Download als CSV", to_csv(frame), f"{name}.csv", "text/csv", key=f"{key}-csv")
    right.download_button(
        "Download als Parquet",
        to_parquet(frame),
        f"{name}.parquet",
        "application/octet-stream",
        key=f"{key}-pq",
    )
