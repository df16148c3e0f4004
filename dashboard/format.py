"""Dutch number and date formatting for the dashboard.

A Dutch reader expects a decimal comma, a real minus sign (−, U+2212) and month names in Dutch;
"te weinig data" replaces any number that rests on fewer documents than the opgave's `min_n`.
"""

from __future__ import annotations

import math
from datetime import date, datetime
from zoneinfo import ZoneInfo

TOO_FEW = "te weinig data"
MINUS = "\u2212"
MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def number(value: float, decimals: int = 2, signed: bool = False) -> str:
    """`-0.2` -> `−0,20`; with `signed`, positives get a plus sign (`+0,12`)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    rounded = round(float(value), decimals)
    if rounded == 0:
        rounded = 0.0  # no "−0,00"
    text = f"{abs(rounded):,.{decimals}f}".replace(",", "_").replace(".", ",").replace("_", ".")
    if rounded < 0:
        return MINUS + text
    return ("+" + text) if signed and rounded > 0 else text


def integer(value: int) -> str:
    """Thousands separated by a dot, as in Dutch: 1.234.567."""
    return f"{int(value):,}".replace(",", ".")


def sentiment(value: float, n: int, min_n: int) -> str:
    """A signed mean, or 'te weinig data' when it rests on fewer than `min_n` documents."""
    return TOO_FEW if n < min_n else number(value, 2, signed=True)


def percent(value: float, n: int, min_n: int) -> str:
    """A share 0..1 as a Dutch percentage ('37 %'), or 'te weinig data'."""
    return TOO_FEW if n < min_n else f"{number(100 * value, 0)} %"


def day(value: date) -> str:
    """28 november 2026."""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def short_day(value: date) -> str:
    """28 nov."""
    return f"{value.day} {MONTHS[value.month - 1][:3]}"


def moment(value: datetime, timezone: str = "Europe/Amsterdam") -> str:
    """A timestamp in the opgave's time zone: '28 november 2026, 06:02'."""
    local = value.astimezone(ZoneInfo(timezone)) if value.tzinfo else value
    return f"{day(local.date())}, {local:%H:%M}"
