"""Signalen: significant shifts in appreciation and volume spikes, newest first, with the method."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import data, export
from dashboard import format as fmt
from dashboard.context import Context, current
from warehouse.signals import Method

KINDS = {"sentiment": "Waardering", "volume": "Aantal berichten"}


def _method_text(method: Method, min_n: int) -> str:
    threshold = fmt.number(method.threshold, 1)
    window = method.window_days
    return (
        "**Methode.** Per doelgroep en onderwerp vergelijken we de gekozen periode (een dag of een "
        f"week) met de {window} dagen ervoor. *Waardering*: z = (gemiddelde in de periode − "
        f"gemiddelde in de {window} dagen ervoor) / (standaardafwijking van de daggemiddelden in "
        f"die dagen / √aantal dagen); de standaardafwijking is minstens {fmt.number(method.min_sd)}. "
        "*Aantal berichten*: z = (berichten in de periode − verwacht aantal) / (standaardafwijking "
        "van het aantal per dag, minstens 1, × √aantal dagen). "
        f"Een signaal is |z| ≥ {threshold} (bij aantallen alleen een stijging), alleen als de periode "
        f"en de vergelijkingsdagen elk minstens {min_n} berichten hebben en er op minstens "
        f"{method.min_baseline_days} vergelijkingsdagen berichten waren."
    )


def _table(found: pd.DataFrame, ctx: Context) -> pd.DataFrame:
    def value(kind: str, v: float) -> str:
        return fmt.number(v, 2, signed=True) if kind == "sentiment" else fmt.number(v, 0)

    def base(kind: str, v: float) -> str:
        return fmt.number(v, 2, signed=True) if kind == "sentiment" else fmt.number(v, 1)

    return pd.DataFrame(
        {
            "Tot en met": [fmt.day(d) for d in found["day"]],
            "Soort": found["kind"].map(KINDS),
            "Doelgroep": found["target_group"].map(ctx.group_label),
            "Onderwerp": found["topic"].map(ctx.topic_label),
            "Richting": ["hoger" if z > 0 else "lager" for z in found["z"]],
            "Waarde": [value(k, v) for k, v in zip(found["kind"], found["value"], strict=True)],
            "Vergelijking": [base(k, v) for k, v in zip(found["kind"], found["baseline"], strict=True)],
            "z": [fmt.number(z, 1, signed=True) for z in found["z"]],
            "n": found["n"].astype(int),
        }
    )


def page() -> None:
    ctx = current()
    st.title("Signalen")
    choice = st.radio("Periode", ["Per dag", "Per week"], horizontal=True, key="sig_period")
    period = 1 if choice == "Per dag" else 7
    method = Method()
    st.markdown(_method_text(method, ctx.min_n))
    found = data.signals(
        str(ctx.path), ctx.info.mtime, ctx.opgave.name, ctx.start, ctx.end, ctx.min_n, period
    )
    if found.empty:
        st.info(f"Geen signalen tussen {fmt.day(ctx.start)} en {fmt.day(ctx.end)}.")
        return
    table = _table(found, ctx)
    st.markdown(f"**{len(table)} signalen**, nieuwste eerst.")
    st.dataframe(table, hide_index=True, width="stretch")
    export.buttons(found, "antennes-signalen", "sig")


page()
