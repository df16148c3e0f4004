"""New stakeholder candidates on the Stakeholders page: names the YAML does not know yet.

Discovery (`flows.candidates`) stores them in the warehouse; this module shows them with their
counts and example snippets. Snippets are post text, so they are escaped before any HTML is added.
"""

from __future__ import annotations

import html

import pandas as pd
import streamlit as st

from config.errors import WarehouseError
from dashboard import data
from dashboard import format as fmt
from dashboard.context import Context

CANDIDATES_EXPLAINED = (
    "Vaak genoemde organisaties en accounts die nog niet in de configuratie staan; voeg ze toe aan "
    "stakeholders: in het YAML-bestand als ze relevant zijn."
)
MAX_CARDS = 10


def _when(value: object, ctx: Context) -> str:
    return fmt.moment(pd.Timestamp(value).to_pydatetime(), ctx.timezone) if pd.notna(value) else ""


def candidate_table(frame: pd.DataFrame, ctx: Context) -> pd.DataFrame:
    """The candidates as shown: plain text cells (a table never renders HTML)."""
    return pd.DataFrame(
        {
            "Naam": frame["name"],
            "Vermeldingen": frame["count"].astype(int),
            "Eerst gezien": [_when(v, ctx) for v in frame["first_seen"]],
            "Laatst gezien": [_when(v, ctx) for v in frame["last_seen"]],
        }
    )


def candidate_card(name: str, count: int, examples: list[str]) -> str:
    """One candidate with its example snippets as HTML; every value from a post is escaped."""
    items = "".join(f"<li>… {html.escape(example)} …</li>" for example in examples)
    return (
        f'<div style="margin:0.2em 0 0.6em 0"><span style="font-weight:600">{html.escape(name)}</span> '
        f'<span style="color:#444">({fmt.integer(count)}× genoemd)</span>'
        f'<ul style="margin:0.2em 0 0 1.2em;font-size:0.9em">{items}</ul></div>'
    )


def show(ctx: Context) -> None:
    """The 'Nieuwe kandidaten' section: a table, then the example snippets of the top ones."""
    st.subheader("Nieuwe kandidaten")
    st.caption(CANDIDATES_EXPLAINED)
    try:
        frame = data.stakeholder_candidates(str(ctx.path), ctx.info.mtime, ctx.opgave.name)
    except WarehouseError:  # a snapshot published before discovery existed
        frame = pd.DataFrame()
    if frame.empty:
        st.info("Er zijn (nog) geen nieuwe kandidaten gevonden.")
        return
    computed = frame["computed_at"].max()
    st.caption(f"Gevonden in de recente berichten; bijgewerkt op {_when(computed, ctx)}.")
    st.dataframe(candidate_table(frame, ctx), hide_index=True, width="stretch")
    with st.expander("Voorbeelden", expanded=True):
        for row in frame.head(MAX_CARDS).to_dict("records"):
            st.html(candidate_card(str(row["name"]), int(row["count"]), list(row["examples"])))
