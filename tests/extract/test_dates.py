import pytest

from crawler.extract.dates import date_from_url_groups, find_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020-02-04", "2020-02-04"),
        ("2020-02-04 09:31", "2020-02-04T09:31:00+08:00"),
        ("2020-02-04  来源:映象网", "2020-02-04"),
        ("发布时间：2017年05月12日 10:20:33", "2017-05-12T10:20:33+08:00"),
        ("2021/6/1", "2021-06-01"),
        ("2019.03.08 7:05", "2019-03-08T07:05:00+08:00"),
        ("2020-13-01 then 2020-02-30 then 2019-1-2", "2019-01-02"),
        ("no date here 12345", None),
        ("电话 0395-1234567", None),
    ],
)
def test_find_date(text, expected):
    assert find_date(text) == expected


def test_date_from_url_groups():
    assert date_from_url_groups({"ym": "202002", "d": "04"}) == "2020-02-04"
    assert date_from_url_groups({"ymd": "20170512", "ym": "201705"}) == "2017-05-12"
    assert date_from_url_groups({"y": "2016", "md": "0512"}) == "2016-05-12"
    assert date_from_url_groups({"ym": "202002", "d": "31"}) is None
    assert date_from_url_groups({}) is None
