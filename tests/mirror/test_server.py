"""The loopback mirror: files by URL, special routes, conditional requests, the request log."""

from __future__ import annotations

import http.client
import json
import time

import pytest

from crawler.mirror import running_mirror
from tests.conftest import HNR_MIRROR


@pytest.fixture(scope="module")
def mirror(tmp_path_factory):
    log = tmp_path_factory.mktemp("m") / "log.jsonl"
    with running_mirror([HNR_MIRROR], log) as server:
        yield server, log


def get(server, url: str, headers: dict | None = None) -> http.client.HTTPResponse:
    connection = http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=10)
    connection.request("GET", url, headers=headers or {})
    response = connection.getresponse()
    response.body = response.read()
    connection.close()
    return response


def test_serves_files_by_url_as_a_proxy(mirror):
    server, log = mirror
    page = get(server, "http://luohe.hnr.cn/202002/04/3216.html?from=x")
    assert page.status == 200 and "漯河市召陵区" in page.body.decode("utf-8")
    assert get(server, "http://luohe.hnr.cn/").status == 200
    assert get(server, "http://luohe.hnr.cn/nothing.html").status == 404
    logged = [json.loads(line)["url"] for line in log.read_text(encoding="utf-8").splitlines()]
    assert "http://luohe.hnr.cn/202002/04/3216.html?from=x" in logged


def test_routes_redirect_fail_and_set_charsets(mirror):
    server, _ = mirror
    moved = get(server, "http://news.hnr.cn/202004/01/4001.html")
    assert moved.status == 301 and moved.getheader("Location").endswith("/4002.html")
    assert get(server, "http://news.hnr.cn/202103/10/4870.html").status == 500
    gbk = get(server, "http://news.hnr.cn/xwrd/201705/t20170512_2456789.html")
    assert gbk.getheader("Content-Type") == "text/html; charset=gbk"


def test_conditional_requests_get_304(mirror):
    server, _ = mirror
    first = get(server, "http://luohe.hnr.cn/202002/04/3216.html")
    again = get(
        server,
        "http://luohe.hnr.cn/202002/04/3216.html",
        {"If-None-Match": first.getheader("ETag")},
    )
    assert again.status == 304 and again.body == b""


def test_latency_delays_every_answer_and_a_route_sets_its_own(tmp_path):
    root = tmp_path / "site-root"
    (root / "site" / "a.cn").mkdir(parents=True)
    (root / "site" / "a.cn" / "index.html").write_text("<p>a</p>", encoding="utf-8")
    (root / "site" / "a.cn" / "slow.html").write_text("<p>slow</p>", encoding="utf-8")
    (root / "mirror.toml").write_text(
        '[[route]]\nurl = "http://a.cn/slow.html"\nlatency = 0.6\n', encoding="utf-8"
    )
    with running_mirror([root], latency=0.25) as server:
        timed = {}
        for url in ("http://a.cn/", "http://a.cn/missing.html", "http://a.cn/slow.html"):
            started = time.monotonic()
            status = get(server, url).status
            timed[url] = (status, time.monotonic() - started)
    assert timed["http://a.cn/"][0] == 200 and 0.25 <= timed["http://a.cn/"][1] < 0.55
    assert (
        timed["http://a.cn/missing.html"][0] == 404 and timed["http://a.cn/missing.html"][1] >= 0.25
    )
    assert timed["http://a.cn/slow.html"][0] == 200 and timed["http://a.cn/slow.html"][1] >= 0.6
