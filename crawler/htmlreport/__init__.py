"""Crawl reports to look at: one static HTML page per run and per dataset.

:class:`ReportData` accumulates compact counters article by article, :func:`render`
turns them into a page with inline SVG charts (no script, no server, no network), and
:class:`HtmlRunReport` is the Scrapy extension that writes a run's page beside its feed.
"""

from .data import ReportData
from .extension import HtmlRunReport
from .render import render

__all__ = ["HtmlRunReport", "ReportData", "render"]
