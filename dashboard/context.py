"""What every page needs: the opgave, the snapshot, labels and the chosen period.

`app.py` builds one `Context` per run (sidebar filters included) and stores it in session
state; the pages read it with `current()`. Labels come from the opgave YAML, so the dashboard
speaks the opgave's own words ("Mest en derogatie") instead of its keys ("mest").
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path

import streamlit as st

from config.schema import Opgave
from warehouse.read import ALL, SnapshotInfo

CONTEXT_KEY = "antennes_context"
PERIOD_KEY = "antennes_period"
ALL_TOPICS = "Alle onderwerpen"


def config_argument(argv: Sequence[str], environ: Mapping[str, str]) -> str | None:
    """`--config FILE` after `--` on the streamlit command line, else $ANTENNES_CONFIG, else None (demo)."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--config")
    known, _ = parser.parse_known_args(list(argv))
    return known.config or environ.get("ANTENNES_CONFIG") or None


@dataclass(frozen=True)
class Context:
    """One run's view of the world; immutable so a page cannot change another page's filters."""

    opgave: Opgave
    path: Path
    info: SnapshotInfo
    start: date
    end: date
    groups: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)

    @property
    def min_n(self) -> int:
        return self.opgave.dashboard.min_n

    @property
    def timezone(self) -> str:
        return self.opgave.schedule.timezone

    def group_label(self, name: str) -> str:
        if name == ALL:
            return "Alle berichten"
        return next((g.label or g.name for g in self.opgave.target_groups if g.name == name), name)

    def topic_label(self, name: str) -> str:
        if name == ALL:
            return ALL_TOPICS
        return next((t.label or t.name for t in self.opgave.topics if t.name == name), name)

    def source_label(self, name: str) -> str:
        return next((s.label or s.name for s in self.opgave.sources if s.name == name), name)

    def topic_by_label(self, label: str) -> str | None:
        """The topic key for a label chosen in a selectbox; None for 'Alle onderwerpen'."""
        return next((t for t in self.topics if self.topic_label(t) == label), None)


def default_period(info: SnapshotInfo, days: int = 90) -> tuple[date, date]:
    """The last 90 days of data (or all of it when there is less): long enough to see a shift."""
    last = info.last_day or date.today()
    first = info.first_day or last
    return max(first, last - timedelta(days=days - 1)), last


def current() -> Context:
    """The context `app.py` built for this run, with the period chosen in the sidebar.

    The period widget lives in the page script (not in app.py) and its value is kept under a
    second key, so the choice survives switching pages.
    """
    ctx: Context = st.session_state[CONTEXT_KEY]
    info = ctx.info
    remembered = st.session_state.get(PERIOD_KEY, (ctx.start, ctx.end))
    low, high = info.first_day or ctx.start, info.last_day or ctx.end
    value = tuple(min(max(d, low), high) for d in remembered)
    chosen = st.sidebar.date_input(
        "Periode", value=value, min_value=low, max_value=high, format="DD-MM-YYYY", key="periode"
    )
    if isinstance(chosen, tuple) and len(chosen) == 2:
        start, end = chosen
    elif isinstance(chosen, tuple) and len(chosen) == 1:
        start = end = chosen[0]
    else:
        start, end = ctx.start, ctx.end
    st.session_state[PERIOD_KEY] = (start, end)
    return replace(ctx, start=start, end=end)


def lower_first(text: str) -> str:
    """'Mest en derogatie' -> 'mest en derogatie', but keeps 'PAS-melders' and 'RIVM' as they are."""
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text
