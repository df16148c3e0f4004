"""Overzicht: how appreciation moves per target group, and what changed, in plain Dutch."""

from __future__ import annotations

from datetime import timedelta

import pandas as pd
import streamlit as st

from dashboard import changes, charts, data, export
from dashboard import format as fmt
from dashboard.context import ALL_TOPICS, Context, current, lower_first
from warehouse.read import ALL


def _what_changed(ctx: Context) -> None:
    st.subheader("Wat veranderde")
    end = ctx.end
    daily = data.daily(str(ctx.path), ctx.info.mtime, ctx.opgave.name, None, end - timedelta(days=27), end)
    groups = [ALL, *ctx.groups]
    label = lambda g: lower_first(ctx.group_label(g))  # noqa: E731
    topic = lambda t: lower_first(ctx.topic_label(t))  # noqa: E731
    lines = [
        changes.sentence(c, span, ctx.min_n, label(c.target_group), topic)
        for c, span in changes.adaptive(daily, end, groups, ctx.min_n)
    ]
    lines += [
        changes.sentence(c, f"op {fmt.day(end)} tegen de dag ervoor", ctx.min_n, label(c.target_group), topic)
        for c in changes.daily_change(daily, end, groups, ctx.min_n)
    ]
    if not lines:
        st.markdown("Geen berichten in de laatste twee weken van de gekozen periode.")
    for line in lines:
        st.markdown(line)
    st.caption(
        f"‘Deze week’ = de 7 dagen tot en met {fmt.day(end)}, vergeleken met de 7 dagen daarvoor; "
        "heeft een week te weinig berichten, dan vergelijken we de afgelopen twee weken met de twee "
        "weken daarvoor. "
        f"Waardering loopt van −1 (zeer negatief) tot +1 (zeer positief); minder dan {ctx.min_n} berichten "
        "geeft ‘te weinig data’."
    )


def _display(trend: pd.DataFrame, ctx: Context) -> pd.DataFrame:
    """The trend with labels; means resting on fewer than min_n documents are left out of the chart."""
    enough = trend["n_window"] >= ctx.min_n
    return pd.DataFrame(
        {
            "Dag": pd.to_datetime(trend["day"]),
            "Doelgroep": trend["target_group"].map(ctx.group_label),
            "Waardering": trend["mean"].where(enough),
            "Ondergrens": trend["low"].where(enough),
            "Bovengrens": trend["high"].where(enough),
            "n (7 dagen)": trend["n_window"],
            "Gemiddelde": [
                fmt.sentiment(m, n, ctx.min_n) for m, n in zip(trend["mean"], trend["n_window"], strict=True)
            ],
            "Band": [
                f"{fmt.number(lo, signed=True)} tot {fmt.number(hi, signed=True)}"
                if ok and pd.notna(lo)
                else ""
                for lo, hi, ok in zip(trend["low"], trend["high"], enough, strict=True)
            ],
        }
    )


def _latest(trend: pd.DataFrame, ctx: Context, groups: list[str]) -> pd.DataFrame:
    """Per group the 7-day figures at the end of the period: the table beside the chart."""
    last = trend[trend["day"] == ctx.end].set_index("target_group")
    rows = []
    for group in groups:
        n = int(last.at[group, "n_window"]) if group in last.index else 0
        mean = float(last.at[group, "mean"]) if n else float("nan")
        ok = n >= ctx.min_n and group in last.index and pd.notna(last.at[group, "low"])
        rows.append(
            {
                "Doelgroep": ctx.group_label(group),
                "Waardering (7 dagen)": fmt.sentiment(mean, n, ctx.min_n),
                "Berichten (7 dagen)": n,
                "95%-band": f"{fmt.number(last.at[group, 'low'], signed=True)} tot "
                f"{fmt.number(last.at[group, 'high'], signed=True)}"
                if ok
                else "",
            }
        )
    return pd.DataFrame(rows)


def page() -> None:
    ctx = current()
    st.title("Overzicht")
    stamp = ctx.info.published_at
    when = f"data van {fmt.moment(stamp, ctx.timezone)} · " if stamp else ""
    st.caption(
        f"{ctx.opgave.title} · {when}{fmt.day(ctx.start)} t/m {fmt.day(ctx.end)} · "
        f"{fmt.integer(ctx.info.n_documents)} berichten in totaal"
    )
    left, right = st.columns([1, 2])
    topic_label = left.selectbox(
        "Onderwerp", [ALL_TOPICS, *[ctx.topic_label(t) for t in ctx.topics]], key="ov_topic"
    )
    topic = ctx.topic_by_label(topic_label)
    chosen = right.multiselect(
        "Doelgroepen",
        [ALL, *ctx.groups],
        default=[ALL, *ctx.groups],
        format_func=ctx.group_label,
        key="ov_groups",
    )
    _what_changed(ctx)

    trend = data.trend(str(ctx.path), ctx.info.mtime, ctx.opgave.name, topic, ctx.start, ctx.end)
    if trend.empty:
        st.info(
            "Geen berichten in deze periode"
            + ("" if topic is None else f" over {lower_first(topic_label)}")
            + "."
        )
        return
    shown = trend[trend["target_group"].isin(chosen)]
    st.subheader("Waardering per doelgroep")
    st.caption(
        "Lijn: gemiddelde waardering over 7 dagen. Band: 95%-onzekerheid "
        "(±1,96 × standaardafwijking / √n), dus smaller naarmate meer berichten meetellen. "
        f"Minder dan {ctx.min_n} berichten in 7 dagen: geen lijn."
    )
    labels = [ctx.group_label(g) for g in chosen]
    st.altair_chart(charts.trend(_display(shown, ctx), labels), width="stretch")
    st.dataframe(_latest(trend, ctx, chosen), hide_index=True, width="stretch")

    st.subheader("Aantal berichten per dag")
    volume = trend[trend["target_group"] == ALL]
    st.altair_chart(
        charts.volume(pd.DataFrame({"Dag": pd.to_datetime(volume["day"]), "Berichten": volume["n"]})),
        width="stretch",
    )
    export.buttons(shown.assign(topic=topic or ALL), "antennes-overzicht", "ov")


page()
