"""Time buckets for charts: days for a short span, months for a few years, years beyond."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date, timedelta

MAX_DAYS = 62
MAX_MONTHS = 48


def grain(days: Iterable[str]) -> str:
    """``day``, ``month`` or ``year``: the finest that keeps the chart readable."""
    dates = sorted({date.fromisoformat(d) for d in days})
    if not dates:
        return "day"
    first, last = dates[0], dates[-1]
    if (last - first).days < MAX_DAYS:
        return "day"
    months = (last.year - first.year) * 12 + last.month - first.month
    return "month" if months < MAX_MONTHS else "year"


def bucket(day: str, unit: str) -> str:
    return {"day": day, "month": day[:7], "year": day[:4]}[unit]


def buckets(days: Iterable[str], unit: str) -> list[str]:
    """Every bucket from the first day's to the last day's, gaps included."""
    dates = sorted({date.fromisoformat(d) for d in days})
    if not dates:
        return []
    first, last = dates[0], dates[-1]
    if unit == "day":
        return [(first + timedelta(n)).isoformat() for n in range((last - first).days + 1)]
    if unit == "month":
        count = (last.year - first.year) * 12 + last.month - first.month + 1
        months = ((first.year * 12 + first.month - 1 + n) for n in range(count))
        return [f"{m // 12:04d}-{m % 12 + 1:02d}" for m in months]
    return [f"{y:04d}" for y in range(first.year, last.year + 1)]


def counts(by_day: Counter[str], unit: str) -> list[tuple[str, int]]:
    """(bucket, total) for every bucket of the span of ``by_day``."""
    totals: Counter[str] = Counter()
    for day, n in by_day.items():
        totals[bucket(day, unit)] += n
    return [(b, totals[b]) for b in buckets(by_day, unit)]


def series(
    by_day_name: Counter[tuple[str, str]], names: list[str], unit: str
) -> tuple[list[str], list[tuple[str, list[int]]]]:
    """(buckets, [(name, totals by bucket)]) for the given names."""
    totals: Counter[tuple[str, str]] = Counter()
    for (day, name), n in by_day_name.items():
        if name in names:
            totals[bucket(day, unit), name] += n
    axis = buckets({day for day, name in by_day_name if name in names}, unit)
    return axis, [(name, [totals[b, name] for b in axis]) for name in names]
