import pytest

from crawler.extract.dates import date_from_url_groups, find_date, iso_date, shown_date, url_date


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("发布日期： 9/17/2004 5:54:13 AM", "2004-09-17T05:54:13+08:00"),  # month first: 17 > 12
        ("发表时间： 06/02/2022 - 13:48", "2022-02-06T13:48:00+08:00"),  # day first otherwise
        ("发布日期： 7/5/2005 9:23:57 PM", "2005-05-07T21:23:57+08:00"),
        ("建站于1990-01-01", None),  # before 1995: no publication date
        ("2999-01-01", None),  # a day to come
    ],
)
def test_shown_dates_as_pages_write_them(text, expected):
    assert find_date(text) == expected


def test_a_label_after_the_date_marks_it_the_publication_s():
    text = "原帖2005年8月10日编辑。本贴由大卫于2005年8月12日16:12:21在〖论坛〗发表."
    assert shown_date(text, labelled_only=True) == "2005-08-12T16:12:21+08:00"
    assert (
        shown_date("更新时间：2024-03-06 发布时间：2024-03-05", prefer_labelled=True)
        == "2024-03-05"
    )


def test_a_date_without_its_year_needs_one_from_the_page():
    assert shown_date("03-05 17:05") is None
    assert shown_date("03-05 17:05", 2023) == "2023-03-05T17:05:00+08:00"


def test_url_and_meta_dates():
    assert url_date("http://www.example.cn/news/2024-04/03/content_1.htm") == "2024-04-03"
    assert url_date("http://www.example.cn/a/1999/0101/1.html") == "1999-01-01"
    assert url_date("http://www.example.cn/a/19900101/1.html") is None
    assert iso_date("2024-03-05T02:21:33Z") == "2024-03-05T10:21:33+08:00"
    assert iso_date("1970-01-01T00:00:00Z") is None
