"""Berichten: a searchable, filterable list of posts with the words that drove each score marked."""

from __future__ import annotations

import streamlit as st

from dashboard import data, export, posts
from dashboard.context import current

ANY = "Alle"
LABELS = {"positief": "positive", "negatief": "negative", "neutraal": "neutral"}
LIMIT = 100


def page() -> None:
    ctx = current()
    st.title("Berichten")
    dims = data.dimensions(str(ctx.path), ctx.info.mtime, ctx.opgave.name)
    search = st.text_input("Zoeken in titel en tekst", key="msg_search")
    cols = st.columns(5)
    source = cols[0].selectbox(
        "Bron",
        [ANY, *dims["source"]],
        key="msg_source",
        format_func=lambda s: s if s == ANY else ctx.source_label(s),
    )
    group = cols[1].selectbox(
        "Doelgroep",
        [ANY, *ctx.groups],
        key="msg_group",
        format_func=lambda g: g if g == ANY else ctx.group_label(g),
    )
    topic = cols[2].selectbox(
        "Onderwerp",
        [ANY, *ctx.topics],
        key="msg_topic",
        format_func=lambda t: t if t == ANY else ctx.topic_label(t),
    )
    label = cols[3].selectbox("Toon", [ANY, *LABELS], key="msg_label")
    language = cols[4].selectbox("Taal", [ANY, *dims["language"]], key="msg_language")
    docs = data.documents(
        str(ctx.path),
        ctx.info.mtime,
        ctx.opgave.name,
        start=ctx.start,
        end=ctx.end,
        source=None if source == ANY else source,
        target_group=None if group == ANY else group,
        topic=None if topic == ANY else topic,
        label=LABELS.get(label),
        language=None if language == ANY else language,
        search=search or None,
        limit=LIMIT,
    )
    shown = f"de nieuwste {LIMIT}" if len(docs) == LIMIT else str(len(docs))
    st.caption(
        f"{shown} berichten; gemarkeerd: de woorden die de score bepaalden (blauw omhoog, oranje omlaag)."
    )
    posts.show(docs, ctx)
    if not docs.empty:
        export.buttons(posts.table(docs), "antennes-berichten", "msg")


page()
