"""Feed exporters that write the figures table (one row per figure) of the crawled articles.

Registered in ``FEED_EXPORTERS`` as ``figures_csv`` and ``figures_jsonl``; the rows come
from :func:`crawler.figures.table.figure_rows`, as for ``python -m crawler figures``.
"""

from __future__ import annotations

import csv
import io
import json
from typing import IO, Any

from scrapy.exporters import BaseItemExporter

from crawler.figures.table import COLUMNS, figure_rows


class FiguresCsvExporter(BaseItemExporter):
    """The figures table as CSV with a header row, written even when no article has a figure."""

    def __init__(self, file: IO[bytes], **kwargs: Any) -> None:
        super().__init__(dont_fail=True, **kwargs)
        self.stream = io.TextIOWrapper(
            file, encoding=self.encoding or "utf-8", newline="", write_through=True
        )
        self.writer = csv.writer(self.stream)

    def start_exporting(self) -> None:
        self.writer.writerow(COLUMNS)

    def export_item(self, item: Any) -> None:
        self.writer.writerows([row[c] for c in COLUMNS] for row in figure_rows(item))

    def finish_exporting(self) -> None:
        self.stream.flush()
        self.stream.detach()  # the feed storage closes the file


class FiguresJsonLinesExporter(BaseItemExporter):
    """The figures table as JSON lines, one object per figure, UTF-8 without escapes."""

    def __init__(self, file: IO[bytes], **kwargs: Any) -> None:
        super().__init__(dont_fail=True, **kwargs)
        self.file = file

    def export_item(self, item: Any) -> None:
        lines = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in figure_rows(item))
        if lines:
            self.file.write(lines.encode(self.encoding or "utf-8"))
