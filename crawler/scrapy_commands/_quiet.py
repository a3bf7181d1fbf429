"""Settings for the commands that look at single pages (``parse``, ``check``): no crawl
state, feeds, rejects file or run reports, so they change nothing on disk."""

from __future__ import annotations

from scrapy.settings import BaseSettings

OFF = {
    "STATE_URI": "",
    "DEFAULT_FEED_URI": "",
    "FIGURES_FEED_SUFFIX": "",
    "PROGRESS_INTERVAL": 0,
}
EXTENSIONS_OFF = (
    "crawler.rejects.RejectsLog",
    "crawler.report.RunReport",
    "crawler.htmlreport.HtmlRunReport",
)


def quieten(settings: BaseSettings) -> None:
    for name, value in OFF.items():
        settings.set(name, value, priority="cmdline")
    extensions = dict(settings.getdict("EXTENSIONS"))
    extensions.update(dict.fromkeys(EXTENSIONS_OFF))
    settings.set("EXTENSIONS", extensions, priority="cmdline")
