"""Time buckets of the report's charts."""

from __future__ import annotations

from collections import Counter

from crawler.htmlreport import timeline


def test_the_grain_follows_the_span() -> None:
    assert timeline.grain(["2020-02-01", "2020-03-15"]) == "day"
    assert timeline.grain(["2020-02-01", "2021-03-15"]) == "month"
    assert timeline.grain(["2016-11-03", "2024-01-18"]) == "year"
    assert timeline.grain([]) == "day"


def test_buckets_include_the_gaps() -> None:
    assert timeline.buckets(["2020-01-30", "2020-02-02"], "day") == [
        "2020-01-30", "2020-01-31", "2020-02-01", "2020-02-02",
    ]  # fmt: skip
    assert timeline.buckets(["2020-11-05", "2021-02-01"], "month") == [
        "2020-11", "2020-12", "2021-01", "2021-02",
    ]  # fmt: skip
    assert timeline.buckets(["2016-01-01", "2018-12-31"], "year") == ["2016", "2017", "2018"]


def test_counts_and_series_add_up_by_bucket() -> None:
    days = Counter({"2020-01-30": 2, "2020-02-03": 1, "2020-02-20": 4})
    assert timeline.counts(days, "month") == [("2020-01", 2), ("2020-02", 5)]
    pairs = Counter(
        {("2020-01-30", "确诊"): 2, ("2020-02-03", "确诊"): 1, ("2020-02-03", "治愈"): 3}
    )
    axis, series = timeline.series(pairs, ["确诊"], "month")
    assert axis == ["2020-01", "2020-02"] and series == [("确诊", [2, 1])]
