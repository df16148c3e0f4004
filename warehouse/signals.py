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

import pandas as pd

COLUMNS = ["day", "period", "kind", "target_group", "topic", "n", "value", "baseline", "z"]


@dataclass(frozen=True)
class Method:
    """The parameters of the detection; shown on the Signalen page as they are used."""

    window_days: int = 14
    threshold: float = 2.0
    min_sd: float = 0.05
    min_baseline_days: int = 7


def evaluate(daily: pd.DataFrame, min_n: int, period_days: int = 1, method: Method | None = None) -> pd.DataFrame:
    """z-scores of every period of every series (appreciation and volume), signal or not."""
    method = method or Method()
    if daily.empty:
        return pd.DataFrame(columns=COLUMNS)
    days = pd.date_range(pd.Timestamp(daily["day"].min()), pd.Timestamp(daily["day"].max()), freq="D")
    frames = [
        _series(part, days, min_n, period_days, method)
        for _, part in daily.groupby(["target_group", "topic"], sort=True)
    ]
    out = pd.concat([f for f in frames if not f.empty] or [pd.DataFrame(columns=COLUMNS)], ignore_index=True)
    return out[COLUMNS]


def detect(daily: pd.DataFrame, min_n: int, period_days: int = 1, method: Method | None = None) -> pd.DataFrame:
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


def _series(part: pd.DataFrame, days: pd.DatetimeIndex, min_n: int, period: int, m: Method) -> pd.DataFrame:
    """Both kinds of z-score for one (group, topic) series over a dense range of days."""
    frame = part.assign(day=pd.to_datetime(part["day"])).set_index("day")
    n = frame["n"].astype(float).reindex(days, fill_value=0.0)
    total = (frame["n"] * frame["mean_sentiment"]).astype(float).reindex(days, fill_value=0.0)
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

    ends = days[::-1][::period] if period > 1 else days
    group, topic = part["target_group"].iloc[0], part["topic"].iloc[0]
    sent = pd.DataFrame({"kind": "sentiment", "n": cur_n, "value": cur_mean, "baseline": base_mean, "z": z_sent})
    vol = pd.DataFrame({"kind": "volume", "n": cur_n, "value": cur_n, "baseline": period * vol_mean, "z": z_vol})
    out = pd.concat([sent[ok_sent].loc[lambda d: d.index.isin(ends)], vol[ok_vol].loc[lambda d: d.index.isin(ends)]])
    out = out.rename_axis("day").reset_index()
    out["day"] = out["day"].dt.date
    out["period"] = "day" if period == 1 else "week"
    out["target_group"], out["topic"] = group, topic
    out["n"] = out["n"].astype(int)
    return out
