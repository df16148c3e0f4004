"""Pure helpers of the dashboard: Dutch formatting, safe highlighting, sentences, export, config."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

import pandas as pd

from dashboard import changes, export, highlight
from dashboard import format as fmt
from dashboard.context import config_argument, lower_first


def test_dutch_numbers() -> None:
    assert fmt.number(-0.2, signed=True) == "−0,20"
    assert fmt.number(0.12, signed=True) == "+0,12"
    assert fmt.number(0.0, signed=True) == "0,00"
    assert fmt.number(-0.001, signed=True) == "0,00"  # never "−0,00"
    assert fmt.number(1234.5, 1) == "1.234,5"
    assert fmt.integer(1234567) == "1.234.567"
    assert fmt.number(float("nan")) == "–"
    assert fmt.sentiment(0.5, 4, 5) == fmt.TOO_FEW == "te weinig data"
    assert fmt.sentiment(0.5, 5, 5) == "+0,50"
    assert fmt.percent(0.374, 20, 5) == "37 %"


def test_dutch_dates_in_the_opgave_time_zone() -> None:
    assert fmt.moment(datetime(2026, 11, 28, 5, 2, tzinfo=UTC)) == "28 november 2026, 06:02"
    assert fmt.moment(datetime(2026, 7, 1, 5, 2, tzinfo=UTC)) == "1 juli 2026, 07:02"  # summer time
    assert fmt.day(date(2026, 3, 9)) == "9 maart 2026"
    assert fmt.short_day(date(2026, 10, 3)) == "3 okt"


def test_highlight_escapes_everything_from_the_post() -> None:
    text = "<img src=x onerror=alert(1)> De regels zijn onwerkbaar & ONWERKBAAR, maar mooi."
    out = highlight.highlight(text, {"onwerkbaar": -0.6, "mooi": 0.5, "amp": 1.0})
    assert "<img" not in out and "&lt;img src=x onerror=alert(1)&gt;" in out
    assert out.count("gewicht −0,60") == 2 and "ONWERKBAAR</mark>" in out
    assert '<mark style="background:#cde6f7;color:#0b3a5b" title="gewicht +0,50">mooi</mark>' in out
    assert "&amp;" in out  # a driver term never breaks an entity


def test_drivers_from_explanation_json() -> None:
    assert highlight.drivers('[{"term": "boos", "weight": -0.4}, {"term": ""}, 3]') == {"boos": -0.4}
    assert highlight.drivers("geen json") == {}
    assert highlight.drivers(None) == {}


def _rows() -> pd.DataFrame:
    def row(day: int, group: str, topic: str, n: int, mean: float) -> dict[str, object]:
        return {
            "day": date(2026, 11, day),
            "target_group": group,
            "topic": topic,
            "n": n,
            "mean_sentiment": mean,
        }

    return pd.DataFrame(
        [row(d, "boeren", "alle", 5, 0.3) for d in range(1, 8)]
        + [row(d, "boeren", "alle", 5, 0.31) for d in range(8, 15)]
        + [row(d, "boeren", "mest", 2, 0.2) for d in range(8, 15)]
    )


def test_steady_sentence() -> None:
    [change] = changes.weekly(_rows(), date(2026, 11, 14), ["boeren"])
    text = changes.sentence(change, "deze week", 10, "boeren", str)
    assert text == "Waardering onder boeren bleef deze week vrijwel gelijk: +0,31 (n = 35)."


def test_driver_follows_the_direction_of_the_change() -> None:
    rows = _rows()
    rows.loc[rows["day"] >= date(2026, 11, 8), "mean_sentiment"] = -0.1
    [change] = changes.weekly(rows, date(2026, 11, 14), ["boeren"])
    assert change.driver == "mest"
    text = changes.sentence(change, "deze week", 10, "boeren", lambda t: {"mest": "mest en derogatie"}[t])
    assert (
        text == "Waardering onder boeren daalde deze week van +0,30 naar −0,10 (n = 35), "
        "vooral over mest en derogatie."
    )


def test_export_csv_is_dutch_excel_friendly_and_parquet_round_trips() -> None:
    frame = pd.DataFrame({"doelgroep": ["boeren"], "waardering": [-0.25]})
    csv = export.to_csv(frame).decode("utf-8-sig")
    assert csv.splitlines() == ["doelgroep;waardering", "boeren;-0,25"]
    assert pd.read_parquet(io.BytesIO(export.to_parquet(frame))).equals(frame)


def test_config_argument() -> None:
    assert config_argument(["--config", "a.yaml"], {"ANTENNES_CONFIG": "b.yaml"}) == "a.yaml"
    assert config_argument(["-x"], {"ANTENNES_CONFIG": "b.yaml"}) == "b.yaml"
    assert config_argument([], {}) is None


def test_lower_first() -> None:
    assert lower_first("Mest en derogatie") == "mest en derogatie"
    assert lower_first("RIVM") == "RIVM"


def test_sparse_groups_fall_back_to_two_weeks() -> None:
    rows = pd.DataFrame(
        [
            {"day": date(2026, 11, d), "target_group": "jongeren", "topic": "alle", "n": 1,
             "mean_sentiment": 0.3 if d <= 14 else -0.1}
            for d in range(1, 29)
        ]
    )  # fmt: skip
    [(change, span)] = changes.adaptive(rows, date(2026, 11, 28), ["jongeren"], min_n=10)
    assert span == changes.FORTNIGHT
    text = changes.sentence(change, span, 10, "jongeren", str)
    assert text == "Waardering onder jongeren daalde de afgelopen twee weken van +0,30 naar −0,10 (n = 14)."
    [(week, span)] = changes.adaptive(rows, date(2026, 11, 28), ["jongeren"], min_n=7)
    assert span == changes.WEEK and (week.n_now, week.n_before) == (7, 7)
    [(few, span)] = changes.adaptive(rows, date(2026, 11, 28), ["jongeren"], min_n=20)
    assert span == changes.WEEK
    assert "te weinig data om deze week te vergelijken (n = 7 en 7; minimaal 20)" in changes.sentence(
        few, span, 20, "jongeren", str
    )
