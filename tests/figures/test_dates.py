"""The as_of a text gives its figures: which dates govern which positions, and how far."""

from __future__ import annotations

import pytest

from crawler.figures import extract_figures


def _as_of(text: str, published_at: str | None = "2020-02-04") -> list[str | None]:
    return [f.as_of for f in extract_figures(text, published_at)]


@pytest.mark.parametrize(
    ("text", "published_at", "expected"),
    [
        ("张磊今天表示有3人", "2020-02-04", ["2020-02-04"]),  # a relative day inside a clause
        ("张磊今天表示有3人，另有5人未到。", "2020-02-04", ["2020-02-04", None]),
        ("昨日全市新增3例。今天新增2例。", "2020-02-04", ["2020-02-03", "2020-02-04"]),
        ("3日，全市新增3例。", "2020-02-04", ["2020-02-03"]),
        ("28日下午，全市新增3例。", "2020-03-02", ["2020-02-28"]),  # last month's
        ("30日清晨4时许，4个小时后孩子出生了。", "2005-07-31", ["2005-07-30"]),
        ("据统计，2月29日，复工率94.5%。", "2020-03-01", ["2020-02-29"]),
        ("2月30日，复工率94.5%。", "2020-03-01", [None]),  # no such day
        ("记者获悉，1-5月，全市增长5.2%，其中工业增长3%。", "2020-06-01", ["2020-05-31"] * 2),
        ("截至去年底，库存60万辆。", "2005-05-13", ["2004-12-31"]),
        ("从2004年12月到今年4月，一共进行了4轮谈判。", "2005-07-18", ["2005-04-30"]),
        ("比去年一季度增长5%。", "2021-05-10", [None]),  # compared with, not described
        ("自1月1日起，每天检测2次。", "2021-05-10", [None]),  # an event's start
        ("3日，全市新增3例。", None, [None]),  # a day alone needs the publication date
    ],
)
def test_as_of(text: str, published_at: str | None, expected: list[str | None]) -> None:
    assert _as_of(text, published_at) == expected


def test_a_date_governs_to_its_full_stop_only() -> None:
    text = "2月3日，全市新增3例，累计31例。另有5例待查。"
    assert _as_of(text) == ["2020-02-03", "2020-02-03", None]
