"""Bronnen: is every source still delivering? Last harvest, last success, items and errors."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
import streamlit as st

from dashboard import data, export
from dashboard import format as fmt
from dashboard.context import Context, current

STATUS = {"ok": "in orde", "not_modified": "niets nieuws", "failed": "mislukt", "skipped": "overgeslagen"}


def _when(value: object, ctx: Context) -> str:
    return fmt.moment(value, ctx.timezone) if isinstance(value, datetime) and not pd.isna(value) else "nooit"


def _count(value: object) -> str:
    return "" if value is None or pd.isna(value) else fmt.integer(int(value))  # type: ignore[call-overload]


def _table(health: pd.DataFrame, ctx: Context) -> pd.DataFrame:
    configured = [s.name for s in ctx.opgave.sources if s.kind != "cbs"]
    names = configured + [s for s in health["source"] if s not in configured]
    rows = health.set_index("source")
    out = []
    for name in names:
        row = rows.loc[name] if name in rows.index else None
        status = None if row is None else row["last_status"]
        out.append(
            {
                "Bron": ctx.source_label(name),
                "Laatste oogst": _when(None if row is None else row["last_run_at"], ctx),
                "Status": STATUS.get(str(status), "nog nooit geoogst")
                if isinstance(status, str)
                else "nog nooit geoogst",
                "Laatst gelukt": _when(None if row is None else row["last_ok_at"], ctx),
                "Nieuw bij laatste oogst": "" if row is None else _count(row["last_items_new"]),
                "Mislukt (laatste 7 oogsten)": 0 if row is None else int(row["failures_last_7_runs"]),
                "Berichten": 0 if row is None else int(row["n_documents"]),
                "Laatste fout": "" if row is None or pd.isna(row["last_error"]) else str(row["last_error"]),
            }
        )
    return pd.DataFrame(out)


def page() -> None:
    ctx = current()
    st.title("Bronnen")
    st.caption(
        "Per bron: wanneer er voor het laatst geoogst is, of dat lukte, en hoeveel berichten er binnenkwamen."
    )
    health = data.harvest_health(str(ctx.path), ctx.info.mtime, ctx.opgave.name)
    table = _table(health, ctx)
    failing = table[table["Status"] == "mislukt"]
    for row in failing.itertuples(index=False):
        st.warning(f"{row.Bron}: de laatste oogst ({row[1]}) is mislukt: {row[7] or 'onbekende fout'}.")
    if failing.empty:
        st.success("Alle bronnen leverden bij de laatste oogst.")
    st.dataframe(table, hide_index=True, width="stretch")
    export.buttons(health, "antennes-bronnen", "src")


page()
