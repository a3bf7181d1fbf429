"""Requests in the shared queue as JSON: a request comes back as it went in."""

from __future__ import annotations

from scrapy import Request
from scrapy.utils.request import request_from_dict

from crawler.distributed import codec


def test_a_request_round_trips_through_json():
    request = Request(
        "http://news.hnr.cn/202004/01/4001.html",
        method="POST",
        body="标题=映象网".encode(),
        headers={"If-None-Match": '"abc"', "Accept-Language": "zh-CN"},
        meta={
            "role": "article",
            "found_via": {"listing": "http://news.hnr.cn/", "page": 2},
            "listed": ["http://a/1"],
            "redirect_urls": ["http://a/0"],
        },  # fmt: skip
        priority=3,
        dont_filter=True,
    )
    data = codec.dumps(request.to_dict())
    assert data.startswith(b"{") and "映象网".encode() not in data  # the body travels as base64
    again = request_from_dict(codec.loads(data))
    assert (again.url, again.method, again.body, again.priority, again.dont_filter) == (
        request.url, "POST", request.body, 3, True,
    )  # fmt: skip
    assert again.headers == request.headers
    assert again.meta == request.meta
