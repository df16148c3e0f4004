"""warehouse.signals on synthetic daily aggregates with hand-computed z-scores."""

from __future__ import annotations

import math
import statistics
from datetime import date, timedelta

import pandas as pd
import pytest

from warehouse.signals import Method, detect, evaluate

START = date(2026, 10, 1)


def _daily(rows: list[tuple[int, float]], group: str = "boeren", topic: str = "alle") -> pd.DataFrame:
    """One series: (n, mean) per consecutive day from START."""
    return pd.DataFrame(
        [
            {"day": START + timedelta(i), "target_group": group, "topic": topic, "n": n, "mean_sentiment": m}
            for i, (n, m) in enumerate(rows)
        ]
    )


BASE = [(10, 0.1 if i % 2 == 0 else 0.3) for i in range(14)]  # daily means alternate 0.1 / 0.3


def test_a_drop_against_the_previous_14_days() -> None:
    found = detect(_daily([*BASE, (10, -0.2)]), min_n=5)
    assert len(found) == 1
    row = found.iloc[0]
    sd = statistics.stdev([m for _, m in BASE])
    assert (row["day"], row["kind"], row["period"], row["n"]) == (
        START + timedelta(14),
        "sentiment",
        "day",
        10,
    )
    assert row["baseline"] == pytest.approx(0.2)
    assert row["z"] == pytest.approx((-0.2 - 0.2) / sd)


def test_too_few_documents_is_no_signal() -> None:
    assert detect(_daily([*BASE, (4, -0.9)]), min_n=5).empty
    assert detect(_daily([(1, 0.2)] * 14 + [(10, -0.9)]), min_n=15).empty


def test_no_signal_without_enough_baseline_days() -> None:
    rows = [(0, 0.0)] * 8 + [(10, 0.2)] * 6 + [(10, -0.9)]
    assert detect(_daily(rows), min_n=5, method=Method(min_baseline_days=7)).empty
    assert not detect(_daily(rows), min_n=5, method=Method(min_baseline_days=6)).empty


def test_flat_baseline_uses_the_minimum_sd() -> None:
    found = evaluate(_daily([(10, 0.2)] * 14 + [(10, 0.26)]), min_n=5)
    last = found[(found["kind"] == "sentiment")].iloc[-1]
    assert last["z"] == pytest.approx(0.06 / 0.05)  # below the threshold of 2: not a signal
    assert detect(_daily([(10, 0.2)] * 14 + [(10, 0.26)]), min_n=5).empty


def test_volume_spike_upward_only() -> None:
    counts = [8, 12] * 7  # mean 10, sd of the counts
    rows = [(n, 0.2) for n in counts]
    spike = detect(_daily([*rows, (30, 0.2)]), min_n=5)
    assert list(spike["kind"]) == ["volume"]
    assert spike.iloc[0]["z"] == pytest.approx((30 - 10) / statistics.stdev(counts))
    assert detect(_daily([*rows, (5, 0.2)]), min_n=5).empty  # a drop in volume is not a spike


def test_weekly_periods_end_on_the_last_day() -> None:
    rows = [(5, 0.3)] * 7 + [(5, 0.1)] * 7 + [(5, -0.3)] * 7
    found = evaluate(_daily(rows), min_n=5, period_days=7)
    sentiment = found[found["kind"] == "sentiment"]
    assert list(sentiment["day"]) == [START + timedelta(20)]
    sd = statistics.stdev([0.3] * 7 + [0.1] * 7)
    assert sentiment.iloc[0]["z"] == pytest.approx((-0.3 - 0.2) / (sd / math.sqrt(7)))
    assert sentiment.iloc[0]["period"] == "week"


def test_series_are_kept_apart_and_sorted_newest_first() -> None:
    frame = pd.concat(
        [_daily([*BASE, (10, -0.2)], "boeren"), _daily([*BASE, (10, 0.2), (10, 0.9)], "jongeren", "mest")]
    )
    found = detect(frame, min_n=5)
    assert list(zip(found["target_group"], found["day"], strict=True)) == [
        ("jongeren", START + timedelta(15)),
        ("boeren", START + timedelta(14)),
    ]


def test_empty_input() -> None:
    empty = pd.DataFrame(columns=["day", "target_group", "topic", "n", "mean_sentiment"])
    assert detect(empty, min_n=5).empty
