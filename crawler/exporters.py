"""Feed exporters that write the figures table (one row per figure) of the crawled articles.

Registered in ``FEED_EXPORTERS`` as ``figures_csv`` and ``figures_jsonl``; the rows come
from :mod:`crawler.figures.table`, as for ``python -m crawler figures``. Each article's
rows reach the file in one write, so they are whole on disk once ``export_item`` returns
(one system call per article on the project's unbuffered feed storage, not one per row).
"""

from __future__ import annotations

import codecs
import csv
import io
import json
from typing import IO, Any

from scrapy.crawler import Crawler
from scrapy.exporters import BaseItemExporter

from crawler.figures.table import COLUMNS, figure_rows, figure_values


def _appending(file: IO[bytes]) -> bool:
    """True when the file already holds data (a feed appended to with ``-o``)."""
    try:
        return file.tell() > 0
    except (OSError, ValueError):
        return False


class FiguresCsvExporter(BaseItemExporter):
    """The figures table as CSV with a header row, written even when no article has a figure.

    ``bom=True`` (the ``FIGURES_CSV_BOM`` setting in a crawl) starts a UTF-8 file with a
    byte order mark, which Excel needs to read it as UTF-8. A file appended to gets
    neither a second header nor a second mark.
    """

    def __init__(self, file: IO[bytes], *, bom: bool = False, **kwargs: Any) -> None:
        super().__init__(dont_fail=True, **kwargs)
        self.file = file
        self.encoding = self.encoding or "utf-8"
        self.bom = bom and codecs.lookup(self.encoding).name == "utf-8"
        self.buffer = io.StringIO()
        self.writer = csv.writer(self.buffer)

    @classmethod
    def from_crawler(cls, crawler: Crawler, file: IO[bytes], **kwargs: Any) -> FiguresCsvExporter:
        return cls(file, bom=crawler.settings.getbool("FIGURES_CSV_BOM"), **kwargs)

    def start_exporting(self) -> None:
        if _appending(self.file):
            return
        if self.bom:
            self.file.write(codecs.BOM_UTF8)
        self.writer.writerow(COLUMNS)
        self._write()

    def export_item(self, item: Any) -> None:
        self.writer.writerows(figure_values(item))
        self._write()

    def _write(self) -> None:
        text = self.buffer.getvalue()
        if text:
            self.file.write(text.encode(self.encoding))
            self.buffer.seek(0)
            self.buffer.truncate()


class FiguresJsonLinesExporter(BaseItemExporter):
    """The figures table as JSON lines, one object per figure, UTF-8 without escapes."""

    def __init__(self, file: IO[bytes], **kwargs: Any) -> None:
        super().__init__(dont_fail=True, **kwargs)
        self.file = file
        self.encoding = self.encoding or "utf-8"

    def export_item(self, item: Any) -> None:
        lines = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in figure_rows(item))
        if lines:
            self.file.write(lines.encode(self.encoding))
