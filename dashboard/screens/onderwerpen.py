"""Onderwerpen × doelgroepen: mean sentiment and volume per cell; choosing a cell shows its posts."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from dashboard import charts, data, export, posts
from dashboard import format as fmt
from dashboard.context import Context, current
from warehouse.read import ALL


def _cells(matrix: pd.DataFrame, ctx: Context) -> pd.DataFrame:
    """Every topic x group cell (incl. the 'alle' totals), also the empty ones."""
    topics, groups = [ALL, *ctx.topics], [ALL, *ctx.groups]
    grid = pd.MultiIndex.from_product([topics, groups], names=["topic", "target_group"]).to_frame(index=False)
    cells = grid.merge(matrix, on=["topic", "target_group"], how="left")
    cells["n"] = cells["n"].fillna(0).astype(int)
    return pd.DataFrame(
        {
            "topic": cells["topic"],
            "target_group": cells["target_group"],
            "Onderwerp": cells["topic"].map(ctx.topic_label),
            "Doelgroep": cells["target_group"].map(ctx.group_label),
            "Waardering": cells["mean_sentiment"],
            "Berichten": cells["n"],
            "Genoeg data": cells["n"] >= ctx.min_n,
            "Gemiddelde": [
                fmt.sentiment(m, n, ctx.min_n)
                for m, n in zip(cells["mean_sentiment"], cells["n"], strict=True)
            ],
            "Label": [
                f"{fmt.sentiment(m, n, ctx.min_n)} (n = {n})"
                if n >= ctx.min_n
                else f"{fmt.TOO_FEW} (n = {n})"
                for m, n in zip(cells["mean_sentiment"], cells["n"], strict=True)
            ],
        }
    )


def _selected_cell(event: object) -> tuple[str, str] | None:
    selection = getattr(event, "selection", None) or {}
    points = selection.get("cel") if isinstance(selection, dict) else None
    if points:
        point = points[0]
        return point.get("Onderwerp"), point.get("Doelgroep")
    return None


def page() -> None:
    ctx = current()
    st.title("Onderwerpen × doelgroepen")
    st.caption(
        f"Gemiddelde waardering (−1 tot +1) en aantal berichten per onderwerp en doelgroep, "
        f"{fmt.day(ctx.start)} t/m {fmt.day(ctx.end)}. Minder dan {ctx.min_n} berichten: ‘{fmt.TOO_FEW}’. "
        "Een bericht over twee onderwerpen telt bij beide."
    )
    matrix = data.matrix(str(ctx.path), ctx.info.mtime, ctx.opgave.name, ctx.start, ctx.end)
    if matrix.empty:
        st.info("Geen berichten in deze periode.")
        return
    cells = _cells(matrix, ctx)
    chart = charts.heatmap(cells)
    cell = alt.selection_point(name="cel", fields=["Onderwerp", "Doelgroep"])
    event = st.altair_chart(chart.add_params(cell), width="stretch", on_select="rerun", key="heat")
    picked = _selected_cell(event)
    if picked and picked != st.session_state.get("ot_last_pick"):
        # a new click on a cell chooses it below; later choices in the selectboxes still win
        st.session_state["ot_topic"], st.session_state["ot_group"] = picked
        st.session_state["ot_last_pick"] = picked
    table = cells.pivot(index="Onderwerp", columns="Doelgroep", values="Label")
    table = table.reindex(index=cells["Onderwerp"].unique(), columns=cells["Doelgroep"].unique())
    st.dataframe(table, width="stretch")

    st.subheader("Berichten in een cel")
    left, right = st.columns(2)
    topic_label = left.selectbox("Onderwerp", list(cells["Onderwerp"].unique()), key="ot_topic")
    group_label = right.selectbox("Doelgroep", list(cells["Doelgroep"].unique()), key="ot_group")
    row = cells[(cells["Onderwerp"] == topic_label) & (cells["Doelgroep"] == group_label)].iloc[0]
    st.markdown(f"**{topic_label} × {group_label}**: {row['Gemiddelde']} (n = {row['Berichten']}).")
    docs = data.documents(
        str(ctx.path),
        ctx.info.mtime,
        ctx.opgave.name,
        start=ctx.start,
        end=ctx.end,
        topic=row["topic"],
        target_group=row["target_group"],
        limit=50,
    )
    posts.show(docs, ctx)
    export.buttons(cells.drop(columns=["Label", "Genoeg data"]), "antennes-onderwerpen-doelgroepen", "ot")


page()
