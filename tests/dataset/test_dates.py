"""published_at in one format, published_date in Asia/Shanghai, for feeds old and new."""

from __future__ import annotations

import pytest

from crawler.dataset.dates import normalise_published, shanghai_published


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2020-02-04", ("2020-02-04T00:00:00+08:00", "2020-02-04")),
        ("2020-02-04T09:31:00+08:00", ("2020-02-04T09:31:00+08:00", "2020-02-04")),
        ("2020-02-04T01:30:00+08:00", ("2020-02-04T01:30:00+08:00", "2020-02-04")),
        ("2020-02-03T17:30:00Z", ("2020-02-04T01:30:00+08:00", "2020-02-04")),
        ("2020-02-04T09:31:00", ("2020-02-04T09:31:00+08:00", "2020-02-04")),
        ("2020-02-04T09:31:00.250+08:00", ("2020-02-04T09:31:00+08:00", "2020-02-04")),
        (None, (None, None)),
        ("", (None, None)),
    ],
)
def test_one_format(value: str | None, expected: tuple[str | None, str | None]) -> None:
    assert shanghai_published(value) == expected


@pytest.mark.parametrize("value", ["2020-02-30", "昨天", "20200204x", 20200204])
def test_no_date_is_an_error(value: object) -> None:
    with pytest.raises(ValueError):
        shanghai_published(value)


def test_an_older_article_gets_its_day_right_after_published_at() -> None:
    article = {"url": "u", "title": "t", "published_at": "2020-02-04", "source": "映象网"}
    assert normalise_published(article)
    assert list(article) == ["url", "title", "published_at", "published_date", "source"]
    assert article["published_date"] == "2020-02-04"


def test_a_newer_article_keeps_its_order_and_a_bad_date_is_left_as_it_is() -> None:
    article = {"published_at": "2020-02-04T01:30:00+08:00", "published_date": None, "x": 1}
    assert normalise_published(article) and article["published_date"] == "2020-02-04"
    bad = {"published_at": "去年", "published_date": None}
    assert not normalise_published(bad) and bad == {"published_at": "去年", "published_date": None}
