"""Overzicht: how appreciation moves per target group, and what changed, in plain Dutch."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import altair as alt
import pandas as pd
import streamlit as st

from dashboard import changes, charts, data, export
from dashboard import format as fmt
from dashboard.context import ALL_TOPICS, Context, current, lower_first
from warehouse import read
from warehouse.read import ALL

#: Frequency of a context figure -> (label, colour name for the caption, Okabe-Ito colour).
FREQUENCIES = {
    "jaar": ("Per jaar", "blauw", charts.PALETTE[4]),
    "kwartaal": ("Per kwartaal", "oranje", charts.PALETTE[5]),
    "halfjaar": ("Per halfjaar", "groen", charts.PALETTE[3]),
    "maand": ("Per maand", "roze", charts.PALETTE[6]),
}
_DUTCH_NUMBER = (
    "replace(replace(replace(format(datum.value, ',~f'), regexp(',', 'g'), '_'), regexp('[.]', 'g'), ','), "
    "regexp('_', 'g'), '.')"
)


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


@st.cache_data(show_spinner=False, max_entries=16)
def _series(path: str, stamp: float, opgave: str) -> pd.DataFrame:
    return read.series(Path(path), opgave)


def period_label(start: date, frequency: str) -> str:
    """'2026', '3e kwartaal 2026', '1e halfjaar 2026' or 'oktober 2026'."""
    if frequency == "kwartaal":
        return f"{(start.month - 1) // 3 + 1}e kwartaal {start.year}"
    if frequency == "halfjaar":
        return f"{(start.month - 1) // 6 + 1}e halfjaar {start.year}"
    if frequency == "maand":
        return f"{fmt.MONTHS[start.month - 1]} {start.year}"
    return str(start.year)


def _decimals(values: pd.Series) -> int:
    return 0 if all(float(v).is_integer() for v in values) else 1


def _context_chart(part: pd.DataFrame, title: str, source: str) -> alt.Chart:
    """One context figure over time; years and quarters of the same figure in their own colour."""
    decimals = _decimals(part["value"])
    unit = str(part["unit"].iloc[0] or "")
    frame = pd.DataFrame(
        {
            "Begin": pd.to_datetime(part["period_start"]),
            "Frequentie": [FREQUENCIES[f][0] for f in part["frequency"]],
            "Waarde": part["value"],
            "Periode": [
                period_label(d, f) for d, f in zip(part["period_start"], part["frequency"], strict=True)
            ],
            "Cijfer": [f"{fmt.number(v, decimals)} {unit}".strip() for v in part["value"]],
        }
    )
    return (
        alt.Chart(frame)
        .mark_line(point=True, strokeWidth=2)
        .encode(
            x=alt.X("Begin:T", title=None, axis=alt.Axis(format="%Y")),
            y=alt.Y(
                "Waarde:Q",
                title=unit or None,
                scale=alt.Scale(zero=False),
                axis=alt.Axis(labelExpr=_DUTCH_NUMBER),
            ),
            color=alt.Color(
                "Frequentie:N",
                scale=alt.Scale(
                    domain=[v[0] for v in FREQUENCIES.values()], range=[v[2] for v in FREQUENCIES.values()]
                ),
                legend=None,  # a legend squeezes the small chart in Streamlit; the caption names the colours
            ),
            tooltip=["Periode:N", "Cijfer:N", "Frequentie:N"],
        )
        .properties(
            height=240, title=alt.TitleParams(f"{title} ({unit})" if unit else title, subtitle=source)
        )
    )


def latest_figures(series: pd.DataFrame, label: Callable[[str], str]) -> pd.DataFrame:
    """Per figure its latest known value and the change since the period before (same frequency)."""
    rows = []
    for (source, name), part in series.groupby(["source", "series"], sort=False):
        part = part.sort_values(["period_start", "period"])
        last = part.iloc[-1]
        before = part[part["frequency"] == last["frequency"]].iloc[:-1]
        decimals = _decimals(part["value"])
        change = ""
        if not before.empty:
            prev = before.iloc[-1]
            change = (
                f"{fmt.number(last['value'] - prev['value'], decimals, signed=True)} t.o.v. "
                f"{period_label(prev['period_start'], prev['frequency'])}"
            )
        rows.append(
            {
                "Cijfer": name,
                "Periode": period_label(last["period_start"], last["frequency"]),
                "Waarde": fmt.number(last["value"], decimals),
                "Verandering": change,
                "Eenheid": last["unit"] or "",
                "Bron": label(str(source)),
            }
        )
    return pd.DataFrame(rows)


def _context(ctx: Context) -> None:
    """Context figures from open data (CBS StatLine) beside the sentiment; only when there are any."""
    series = _series(str(ctx.path), ctx.info.mtime, ctx.opgave.name)
    series = series[series["period_start"].notna() & series["value"].notna()]
    if series.empty:
        return
    st.subheader("Context")
    sources = ", ".join(dict.fromkeys(ctx.source_label(s) for s in series["source"]))
    colours = ", ".join(
        f"{colour} = {label.lower()}"
        for key, (label, colour, _) in FREQUENCIES.items()
        if key in set(series["frequency"])
    )
    st.caption(
        "Cijfers uit open data om de waardering naast te leggen: verandert er iets in de praktijk "
        f"terwijl de stemming omslaat? Bron: {sources}. Kleuren: {colours}. Een cijfer staat "
        "bij de eerste dag van zijn periode."
    )
    order = {s.name: i for i, s in enumerate(ctx.opgave.sources)}
    rank = series["source"].map(lambda s: order.get(s, len(order)))
    series = series.assign(rank=rank).sort_values("rank", kind="stable").drop(columns="rank")
    figures = list(dict.fromkeys(zip(series["source"], series["series"], strict=True)))
    columns = st.columns(2)
    for i, (source, name) in enumerate(figures):
        part = series[(series["source"] == source) & (series["series"] == name)]
        chart = _context_chart(part, name, ctx.source_label(source))
        columns[i % 2].altair_chart(chart, width="stretch")
    st.dataframe(latest_figures(series, ctx.source_label), hide_index=True, width="stretch")


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
    _context(ctx)


page()
