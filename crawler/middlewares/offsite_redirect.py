"""Redirects off the crawl's site, refused before they are followed and recorded as such.

Scrapy's own off-site filter drops a redirected request without telling its errback, so a
page that redirects to another site would vanish from the crawl's records. This downloader
middleware sees the 3xx first (it must sit above ``RedirectMiddleware``, 600) and raises
:class:`OffsiteRedirect`, which the spider records as the reject ``offsite_redirect``.
"""

from __future__ import annotations

from urllib.parse import urljoin

from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response


class OffsiteRedirect(IgnoreRequest):
    """A redirect to a host outside the crawl's site."""


class OffsiteRedirectMiddleware:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> OffsiteRedirectMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        location = response.headers.get("Location")
        if not (300 <= response.status < 400 and location):
            return response
        target = urljoin(request.url, location.decode("latin-1"))
        owns = getattr(self.crawler.spider, "owns", None)
        if owns is not None and not owns(target):
            raise OffsiteRedirect(f"offsite redirect to {target}")
        return response
