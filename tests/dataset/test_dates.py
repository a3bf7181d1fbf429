"""published_at in one format, published_date in Asia/Shanghai, for feeds old and new."""

from __future__ import annotations

import pytest

from crawler.dataset.dates import normalise_published


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2020-02-04", ("2020-02-04T00:00:00+08:00", "2020-02-04")),
        ("2020-02-04T09:31:00+08:00", ("2020-02-04T09:31:00+08:00", "2020-02-04")),
        ("2020-02-04T01:30:00+08:00", ("2020-02-04T01:30:00+08:00", "2020-02-04")),
        ("2020-02-03T17:30:00Z", ("2020-02-04T01:30:00+08:00", "2020-02-04")),
        ("2020-02-04T09:31:00", ("2020-02-04T09:31:00+08:00", "2020-02-04")),
        (None, (None, None)),
        ("", ("", None)),
    ],
)
def test_one_format(value: str | None, expected: tuple[str | None, str | None]) -> None:
    article = {"published_at": value, "published_date": None}
    assert normalise_published(article)
    assert (article["published_at"], article["published_date"]) == expected


@pytest.mark.parametrize("value", ["2020-02-30", "昨天", "20200204x", 20200204])
def test_a_value_that_is_no_date_is_left_as_it_is(value: object) -> None:
    article = {"published_at": value, "published_date": None}
    assert not normalise_published(article)
    assert article == {"published_at": value, "published_date": None}


def test_an_older_article_gets_its_day_right_after_published_at() -> None:
    article = {"url": "u", "title": "t", "published_at": "2020-02-04", "source": "映象网"}
    assert normalise_published(article)
    assert list(article) == ["url", "title", "published_at", "published_date", "source"]
    assert article["published_date"] == "2020-02-04"
    undated = {"url": "u", "published_at": None}
    assert normalise_published(undated) and undated["published_date"] is None
