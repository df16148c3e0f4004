"""'What changed' in plain Dutch sentences, from the daily aggregate.

Pure functions on `v_daily_appreciation` rows (day, target_group, topic, n, mean_sentiment), so
the sentences are tested without Streamlit. A change is only stated when both periods rest on at
least `min_n` documents; otherwise the sentence says there is too little data.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

import pandas as pd

from dashboard import format as fmt
from warehouse.read import ALL

#: Differences smaller than this are "vrijwel gelijk" rather than a rise or fall.
STEADY = 0.05


@dataclass(frozen=True)
class Change:
    target_group: str
    n_before: int
    before: float
    n_now: int
    now: float
    driver: str | None  # topic that moved the mean most in the direction of the change


def _pool(rows: pd.DataFrame) -> tuple[int, float]:
    n = int(rows["n"].sum())
    return n, float((rows["n"] * rows["mean_sentiment"]).sum() / n) if n else float("nan")


def compare(daily: pd.DataFrame, group: str, now: tuple[date, date], before: tuple[date, date]) -> Change:
    """The pooled mean of one group in two periods, and the topic that drove the difference."""
    rows = daily[daily["target_group"] == group]
    overall = rows[rows["topic"] == ALL]
    in_now = overall[(overall["day"] >= now[0]) & (overall["day"] <= now[1])]
    in_before = overall[(overall["day"] >= before[0]) & (overall["day"] <= before[1])]
    n_now, mean_now = _pool(in_now)
    n_before, mean_before = _pool(in_before)
    return Change(group, n_before, mean_before, n_now, mean_now, _driver(rows, now, mean_before, mean_now))


def _driver(rows: pd.DataFrame, now: tuple[date, date], before: float, after: float) -> str | None:
    """The topic whose documents pulled the mean furthest from the earlier level, the way it moved."""
    topical = rows[(rows["topic"] != ALL) & (rows["day"] >= now[0]) & (rows["day"] <= now[1])]
    if topical.empty or pd.isna(before) or pd.isna(after):
        return None
    pull = (topical["n"] * (topical["mean_sentiment"] - before)).groupby(topical["topic"]).sum()
    pull = pull if after > before else -pull
    pull = pull[pull > 0]
    return str(pull.idxmax()) if not pull.empty else None


def sentence(
    change: Change, span: str, min_n: int, group_label: str, topic_label: Callable[[str], str]
) -> str:
    """'Waardering onder boeren daalde deze week van +0,10 naar −0,18 (n = 11), vooral over mest.'"""
    who = "over alle berichten" if change.target_group == ALL else f"onder {group_label}"
    if change.n_now < min_n or change.n_before < min_n:
        return (
            f"Waardering {who}: te weinig data om {span} te vergelijken "
            f"(n = {change.n_before} en {change.n_now}; minimaal {min_n})."
        )
    before = fmt.number(change.before, signed=True)
    now = fmt.number(change.now, signed=True)
    if abs(change.now - change.before) < STEADY:
        return f"Waardering {who} bleef {span} vrijwel gelijk: {now} (n = {change.n_now})."
    verb = "steeg" if change.now > change.before else "daalde"
    tail = f", vooral over {topic_label(change.driver)}" if change.driver else ""
    return f"Waardering {who} {verb} {span} van {before} naar {now} (n = {change.n_now}){tail}."


def weekly(daily: pd.DataFrame, end: date, groups: list[str], days: int = 7) -> list[Change]:
    """The `days` up to `end` against the `days` before, per group with any documents."""
    now = (end - timedelta(days=days - 1), end)
    before = (end - timedelta(days=2 * days - 1), end - timedelta(days=days))
    changes = [compare(daily, g, now, before) for g in groups]
    return [c for c in changes if c.n_now or c.n_before]


WEEK, FORTNIGHT = "deze week", "de afgelopen twee weken"


def adaptive(daily: pd.DataFrame, end: date, groups: list[str], min_n: int) -> list[tuple[Change, str]]:
    """Per group the week-on-week change, or the two-week change when a week has fewer than `min_n`.

    A sparse group still gets a statement when two weeks together carry enough documents; when
    even that is too few, the sentence says 'te weinig data'.
    """
    week = {c.target_group: c for c in weekly(daily, end, groups, 7)}
    fortnight = {c.target_group: c for c in weekly(daily, end, groups, 14)}
    found: list[tuple[Change, str]] = []
    for group in groups:
        options = [(week.get(group), WEEK), (fortnight.get(group), FORTNIGHT)]
        present = [(c, span) for c, span in options if c is not None]
        enough = [(c, span) for c, span in present if c.n_now >= min_n and c.n_before >= min_n]
        if enough or present:
            found.append((enough or present)[0])
    return found


def daily_change(daily: pd.DataFrame, end: date, groups: list[str], min_n: int) -> list[Change]:
    """The last day against the day before; only where both days reach `min_n` (else it is noise)."""
    changes = [compare(daily, g, (end, end), (end - timedelta(days=1),) * 2) for g in groups]
    return [c for c in changes if c.n_now >= min_n and c.n_before >= min_n]
