"""Altair charts in plain, accessible colours (Okabe-Ito, distinguishable with colour blindness).

Numbers in tooltips are pre-formatted Dutch strings; axes use a decimal comma via labelExpr.
"""

from __future__ import annotations

from typing import cast

import altair as alt
import pandas as pd

#: Okabe & Ito (2008): eight colours that stay distinct for the common colour-vision deficiencies.
PALETTE = ["#000000", "#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7", "#F0E442"]
_COMMA = "replace(format(datum.value, '.1f'), '.', ',')"
_DAY = "timeFormat(datum.value, '%d-%m')"


def trend(frame: pd.DataFrame, groups: list[str]) -> alt.LayerChart:
    """Rolling mean per group as lines, with its 95 % band as a light area of the same colour."""
    colour = alt.Color(
        "Doelgroep:N", scale=alt.Scale(domain=groups, range=PALETTE), legend=alt.Legend(orient="bottom")
    )
    x = alt.X("Dag:T", title=None, axis=alt.Axis(labelExpr=_DAY))
    tooltip = [
        "Doelgroep:N",
        alt.Tooltip("Dag:T", format="%d-%m-%Y"),
        "Gemiddelde:N",
        "Band:N",
        "n (7 dagen):Q",
    ]
    base = alt.Chart(frame)
    band = base.mark_area(opacity=0.18).encode(x=x, y=alt.Y("Ondergrens:Q"), y2="Bovengrens:Q", color=colour)
    line = base.mark_line(point=True, strokeWidth=2).encode(
        x=x,
        y=alt.Y(
            "Waardering:Q",
            title="Waardering (−1 tot +1)",
            scale=alt.Scale(domain=[-1, 1]),
            axis=alt.Axis(labelExpr=_COMMA),
        ),
        color=colour,
        tooltip=tooltip,
    )
    zero = alt.Chart(pd.DataFrame({"y": [0.0]})).mark_rule(color="#777777", strokeDash=[4, 4]).encode(y="y:Q")
    return cast(alt.LayerChart, alt.layer(band, line, zero).properties(height=340))


def volume(frame: pd.DataFrame) -> alt.Chart:
    """Documents per day (bars)."""
    return (
        alt.Chart(frame)
        .mark_bar(color=PALETTE[4])
        .encode(
            x=alt.X("Dag:T", title=None, axis=alt.Axis(labelExpr=_DAY)),
            y=alt.Y("Berichten:Q", title="Berichten per dag"),
            tooltip=[alt.Tooltip("Dag:T", format="%d-%m-%Y"), "Berichten:Q"],
        )
        .properties(height=180)
    )


def heatmap(frame: pd.DataFrame) -> alt.LayerChart:
    """Topic x group cells coloured by mean sentiment; cells under min_n grey with 'te weinig data'."""
    base = alt.Chart(frame).encode(
        x=alt.X(
            "Doelgroep:N", title=None, sort=list(frame["Doelgroep"].unique()), axis=alt.Axis(labelAngle=-30)
        ),
        y=alt.Y("Onderwerp:N", title=None, sort=list(frame["Onderwerp"].unique())),
        tooltip=["Onderwerp:N", "Doelgroep:N", "Gemiddelde:N", "Berichten:Q"],
    )
    cells = base.mark_rect(stroke="white").encode(
        color=alt.condition(
            "datum['Genoeg data']",
            alt.Color(
                "Waardering:Q",
                scale=alt.Scale(scheme="blueorange", domain=[-0.6, 0.6], reverse=True),
                legend=alt.Legend(title="Waardering"),
            ),
            alt.value("#dddddd"),
        )
    )
    text = base.mark_text(fontSize=12).encode(text="Label:N", color=alt.value("#111111"))
    height = 60 + 42 * frame["Onderwerp"].nunique()
    return cast(alt.LayerChart, alt.layer(cells, text).properties(height=height))
