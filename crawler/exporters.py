"""Feed exporters that write the figures table (one row per figure) of the crawled articles."""

from __future__ import annotations

from typing import Any

from scrapy.exporters import CsvItemExporter, JsonLinesItemExporter

from crawler.figures.table import COLUMNS, figure_rows


class FiguresCsvExporter(CsvItemExporter):
    """The figures table as CSV, its header written even when no article has a figure."""

    def __init__(self, file: Any, **kwargs: Any) -> None:
        kwargs["fields_to_export"] = list(COLUMNS)
        super().__init__(file, **kwargs)

    def start_exporting(self) -> None:
        self._headers_not_written = False
        self._write_headers_and_set_fields_to_export(None)

    def export_item(self, item: Any) -> None:
        for row in figure_rows(item):
            super().export_item(row)


class FiguresJsonLinesExporter(JsonLinesItemExporter):
    """The figures table as JSON lines, one object per figure."""

    def __init__(self, file: Any, **kwargs: Any) -> None:
        kwargs["fields_to_export"] = list(COLUMNS)
        super().__init__(file, **kwargs)

    def export_item(self, item: Any) -> None:
        for row in figure_rows(item):
            super().export_item(row)
