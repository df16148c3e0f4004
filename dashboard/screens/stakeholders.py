"""Stakeholders: who is mentioned, how often, in what tone, whether that is rising, and who is new."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from dashboard import candidates, charts, data, export
from dashboard import format as fmt
from dashboard.context import Context, current


def _trend(last: int, before: int) -> str:
    if last == before:
        return "gelijk"
    return "meer" if last > before else "minder"


def _table(frame: pd.DataFrame, ctx: Context) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "Stakeholder": frame["stakeholder"],
            "Berichten": frame["n"].astype(int),
            "Waardering": [
                fmt.sentiment(m, n, ctx.min_n)
                for m, n in zip(frame["mean_sentiment"], frame["n"], strict=True)
            ],
            "Laatste 7 dagen": frame["n_last_7"].astype(int),
            "7 dagen daarvoor": frame["n_prev_7"].astype(int),
            "Trend": [_trend(a, b) for a, b in zip(frame["n_last_7"], frame["n_prev_7"], strict=True)],
            "Eerst genoemd": [fmt.day(d) for d in pd.to_datetime(frame["first_day"]).dt.date],
        }
    )


def _known(ctx: Context) -> None:
    frame = data.stakeholders(str(ctx.path), ctx.info.mtime, ctx.opgave.name, ctx.start, ctx.end)
    if frame.empty:
        st.info("In deze periode worden geen stakeholders genoemd.")
        return
    table = _table(frame, ctx)
    chart = (
        alt.Chart(table)
        .mark_bar(color=charts.PALETTE[4])
        .encode(
            x=alt.X("Berichten:Q"),
            y=alt.Y("Stakeholder:N", sort="-x", title=None),
            tooltip=["Stakeholder:N", "Berichten:Q", "Waardering:N", "Trend:N"],
        )
        .properties(height=30 + 24 * len(table))
    )
    st.altair_chart(chart, width="stretch")
    st.dataframe(table, hide_index=True, width="stretch")
    export.buttons(frame, "antennes-stakeholders", "sh")


def page() -> None:
    ctx = current()
    st.title("Stakeholders")
    st.caption(
        "Organisaties en ambtsdragers uit de opgave die in berichten genoemd worden, "
        f"{fmt.day(ctx.start)} t/m {fmt.day(ctx.end)}. Waardering = gemiddelde toon van de berichten "
        "die hen noemen; trend = vermeldingen in de laatste 7 dagen tegen de 7 dagen daarvoor."
    )
    _known(ctx)
    candidates.show(ctx)


page()
