"""A loopback HTTP proxy that serves a site mirror from files, so crawls use the real URLs,
and that can misbehave on purpose the ways real servers do.

A mirror root holds ``site/<host>/<path>`` (a path ending in ``/`` is ``index.html``)
and optionally ``mirror.toml`` with special routes. Several roots may be given: the
first that has a file or route for a URL wins, which is how a second version of a site,
or a set of faults, is laid over the first. Query strings do not take part in finding a
file. Every file answer carries an ``ETag`` (a hash of the body) and a ``Last-Modified``
(the file's mtime); conditional requests get ``304``. Each request can be logged as a
JSON line (method, url, status, ``at`` as Unix time, ``fault``, validators), which is how
tests prove what a crawl requested, when, and what it got.

A route's faults apply to its first ``times`` requests (to all without ``times``); later
requests get the file as usual. A route with no fault serves the file, which undoes a
route of a later root::

    [[route]]
    url = "http://news.hnr.cn/202004/01/4001.html"
    status = 301                      # redirect to `location` (two routes that point at
    location = "http://news.hnr.cn/202004/01/4002.html"   # each other make a loop; a
                                      # location on another host, an off-site redirect)
    [[route]]
    url = "http://news.hnr.cn/202003/10/5001.html"
    status = 500                      # an error page instead of the file
    times = 1

    [[route]]
    url = "http://luohe.hnr.cn/202006/01/3862.html"
    status = 429                      # too many requests ...
    retry_after = 2                   # ... with `Retry-After: 2` (seconds)
    retry_after_date = true           # ... or as an HTTP date 2 seconds ahead
    times = 1

    [[route]]
    url = "http://luohe.hnr.cn/202006/02/3866.html"
    drip_seconds = 3                  # slow: the body trickled in 20 pieces over 3 s

    [[route]]
    url = "http://luohe.hnr.cn/202006/09/3921.html"
    truncate = 0.5                    # Content-Length of the whole body, half of it sent,
    times = 1                         # then the connection closed

    [[route]]
    url = "http://luohe.hnr.cn/202006/12/3940.html"
    reset = "before"                  # TCP RST before any byte of the answer; "mid": after
    times = 1                         # the headers and half the body

Every answer of a route is shaped by these (faults or not)::

    content_type = "image/jpeg"       # the Content-Type sent (e.g. a charset, or a wrong type)
    size_mb = 30                      # the page grown to 30 MB: its part between <!--repeat-->
                                      # and <!--/repeat--> (else the whole file) repeated
    gzip = true                       # sent with Content-Encoding: gzip; with size_mb, a gzip
                                      # bomb: the repeated part alone, inflating to size_mb
                                      # MB from about 1/300 of that on the wire
    latency = 0.5                     # seconds before the answer (``--latency`` sets it for
                                      # every route and file; the route's own value wins)

Generated bodies (``size_mb``, ``gzip``) are made once when the mirror starts; nothing big
is stored. A ``mirror.toml`` with an unknown key or a value of the wrong type stops the
mirror with a message naming the file, the route and the key.
"""

from __future__ import annotations

from crawler.mirror.routes import MirrorConfigError, Route
from crawler.mirror.server import Mirror, MirrorServer, running_mirror

#: `scrapy crawl` options for a crawl through the mirror: no politeness delays, since the
#: "site" is a local folder (``make demo``, the tests, the benchmarks).
CRAWL_OPTIONS = (
    "-s",
    "AUTOTHROTTLE_ENABLED=0",
    "-s",
    "DOWNLOAD_DELAY=0",
    "-s",
    "CONCURRENT_REQUESTS_PER_DOMAIN=8",
)

__all__ = [
    "CRAWL_OPTIONS",
    "Mirror",
    "MirrorConfigError",
    "MirrorServer",
    "Route",
    "running_mirror",
]
