"""The files runs leave beside their feeds that a dataset's report reads: rejects and run reports."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from crawler.htmlreport import ReportData

from .sources import Source

RUN_COLUMNS = ("run_id", "status", "duration_s", "failure")


def _json_lines(path: Path) -> Iterable[dict[str, Any]]:
    with path.open("rb") as file:
        for line in file:
            try:
                value = json.loads(line)
            except ValueError:
                continue  # a line cut short by a killed run
            if isinstance(value, dict):
                yield value


def _run_row(report: dict[str, Any]) -> dict[str, Any]:
    row = {name: report.get(name) for name in RUN_COLUMNS}
    articles = report.get("articles") or {}
    row["exported"] = articles.get("exported") if isinstance(articles, dict) else None
    row["rejects"] = sum((report.get("rejects") or {}).values())
    row["figures"] = report.get("figures")
    return row


def read_companions(sources: list[Source], report: ReportData) -> None:
    """Rejects by reason and the runs table, from the folders of the sources."""
    folders = dict.fromkeys(folder for source in sources for folder in source.folders())
    runs = []
    for folder in folders:
        for path in sorted(folder.glob("*.rejects.jsonl")):
            for line in _json_lines(path):
                report.add_reject(str(line.get("reason")), line.get("url"))
        for path in sorted(folder.glob("*.report.json")):
            try:
                runs.append(_run_row(json.loads(path.read_text(encoding="utf-8"))))
            except (ValueError, AttributeError, TypeError):
                report.notes.append(f"run report {path} is not readable; left out")
    report.runs = sorted(runs, key=lambda run: str(run.get("run_id")))
