"""Signal detection on the daily aggregate: the one place that defines what a "signal" is.

Pure functions on a DataFrame with columns day, target_group, topic, n, mean_sentiment (the
shape of `v_daily_appreciation`), so the dashboard shows them and a flow can alert on them later
with exactly the same method.

Method, per (target_group, topic) series and per period (a day, or a week of 7 days):
- appreciation shift: z = (mean of the period − mean of all documents in the 14 days before it)
  / (standard deviation of the daily means in those 14 days / √period_days). The standard
  deviation is at least `min_sd`, so a flat baseline does not turn noise into a signal. Only
  when the period and the baseline each have at least `min_n` documents and the baseline has at
  least `min_baseline_days` days with documents.
- volume spike: z = (documents in the period − period_days × mean daily count in the 14 days
  before) / (standard deviation of the daily counts, at least 1, × √period_days); only upward.
A signal is |z| ≥ `threshold` (2 by default).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

COLUMNS = ["day", "period", "kind", "target_group", "topic", "n", "value", "baseline", "z"]


@dataclass(frozen=True)
class Method:
    """The parameters of the detection; shown on the Signalen page as they are used."""

    window_days: int = 14
    threshold: float = 2.0
    min_sd: float = 0.05
    min_baseline_days: int = 7


def evaluate(
    daily: pd.DataFrame, min_n: int, period_days: int = 1, method: Method | None = None
) -> pd.DataFrame:
    """z-scores of every period of every series (appreciation and volume), signal or not.

    All series are computed at once on wide frames (one column per group x topic), so the cost
    hardly grows with the number of series.
    """
    method = method or Method()
    if daily.empty:
        return pd.DataFrame(columns=COLUMNS)
    frame = daily.assign(day=pd.to_datetime(daily["day"]), total=daily["n"] * daily["mean_sentiment"])
    days = pd.date_range(frame["day"].min(), frame["day"].max(), freq="D")
    keys = ["target_group", "topic"]
    n = frame.pivot_table(index="day", columns=keys, values="n", aggfunc="sum").reindex(days).fillna(0.0)
    total = (
        frame.pivot_table(index="day", columns=keys, values="total", aggfunc="sum").reindex(days).fillna(0.0)
    )
    return _score(n.astype(float), total.astype(float), min_n, period_days, method)


def detect(
    daily: pd.DataFrame, min_n: int, period_days: int = 1, method: Method | None = None
) -> pd.DataFrame:
    """Only the signals, newest first, strongest first within a day."""
    method = method or Method()
    rows = evaluate(daily, min_n, period_days, method)
    if rows.empty:
        return rows
    z = rows["z"].astype(float)
    hit = (rows["kind"] == "sentiment") & (z.abs() >= method.threshold)
    hit |= (rows["kind"] == "volume") & (z >= method.threshold)
    found = rows[hit].assign(_abs=z[hit].abs())
    found = found.sort_values(["day", "_abs"], ascending=[False, False]).drop(columns="_abs")
    return found.reset_index(drop=True)


def _score(n: pd.DataFrame, total: pd.DataFrame, min_n: int, period: int, m: Method) -> pd.DataFrame:
    """Both kinds of z-score for every series (columns) over a dense range of days (rows)."""
    daily_mean = (total / n).where(n > 0)
    cur_n = n.rolling(period).sum()
    cur_mean = total.rolling(period).sum() / cur_n
    base_n = n.shift(period).rolling(m.window_days).sum()
    base_mean = total.shift(period).rolling(m.window_days).sum() / base_n
    base_days = (n.shift(period) > 0).astype(float).rolling(m.window_days).sum()
    base_sd = daily_mean.shift(period).rolling(m.window_days, min_periods=2).std().clip(lower=m.min_sd)
    z_sent = (cur_mean - base_mean) / (base_sd / math.sqrt(period))
    ok_sent = (cur_n >= min_n) & (base_n >= min_n) & (base_days >= m.min_baseline_days)

    vol_mean = n.shift(period).rolling(m.window_days).mean()
    vol_sd = n.shift(period).rolling(m.window_days).std().clip(lower=1.0)
    z_vol = (cur_n - period * vol_mean) / (vol_sd * math.sqrt(period))
    ok_vol = (cur_n >= min_n) & vol_mean.notna()

    days = n.index
    ends = days[::-1][::period] if period > 1 else days
    sent = _long("sentiment", ok_sent, ends, n=cur_n, value=cur_mean, baseline=base_mean, z=z_sent)
    vol = _long("volume", ok_vol, ends, n=cur_n, value=cur_n, baseline=period * vol_mean, z=z_vol)
    out = pd.concat([sent, vol], ignore_index=True)
    out["day"] = out["day"].dt.date
    out["period"] = "day" if period == 1 else "week"
    out["n"] = out["n"].astype(int)
    return out[COLUMNS].sort_values(["target_group", "topic", "kind", "day"], ignore_index=True)


def _long(kind: str, ok: pd.DataFrame, ends: pd.Index, **wide: pd.DataFrame) -> pd.DataFrame:
    """Wide day x series frames to one row per (day, series) where `ok`, on period ends only."""
    mask = ok.loc[ends].to_numpy(dtype=bool).ravel()  # row-major: day by day, all series
    series = ok.columns
    out = pd.DataFrame(
        {
            "day": np.repeat(ends.to_numpy(), len(series))[mask],
            "kind": kind,
            "target_group": np.tile(series.get_level_values(0).to_numpy(), len(ends))[mask],
            "topic": np.tile(series.get_level_values(1).to_numpy(), len(ends))[mask],
            **{name: frame.loc[ends].to_numpy(dtype=float).ravel()[mask] for name, frame in wide.items()},
        }
    )
    out["day"] = pd.to_datetime(out["day"])
    return out
