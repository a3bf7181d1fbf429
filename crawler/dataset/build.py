"""Build one dataset: the latest revision of every article, as JSON lines, a figures table,
DuckDB and Parquet files, and an HTML report.

Two passes over the sources keep memory to one small key per URL: the first finds where
each URL's latest revision stands (highest ``revision``, ties broken by the latest
``crawled_at``, then by the later line), the second reads those lines again and writes
them. Every file is written under a temporary name and renamed at the end, so a failed
build leaves the previous dataset as it was.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from crawler.exporters import FiguresCsvExporter
from crawler.htmlreport import ReportData, render

from . import duck
from .companions import read_companions
from .dates import normalise_published
from .sources import FeedFile, Source, StateItems, Tally, feed_files


@dataclass
class Built:
    """What a build wrote and met."""

    outdir: Path
    files: list[Path]
    articles: int
    figures: int
    tally: Tally
    seconds: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)


def _instant(value: Any) -> float:
    """A ``crawled_at`` as seconds since the epoch (naive times read as UTC); unknown first."""
    try:
        moment = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return float("-inf")
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()


def _dates(article: dict[str, Any]) -> tuple[Any, ...]:
    return article.get("published_at"), article.get("published_date", KeyError)


def _revision(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 1


def latest(sources: list[Source], tally: Tally) -> dict[int, list[int]]:
    """Positions of each URL's latest revision, by source index, ascending."""
    best: dict[str, tuple[int, float, int, int]] = {}
    for index, source in enumerate(sources):
        for position, article in source.scan():
            key = (_revision(article.get("revision")), _instant(article.get("crawled_at")))
            url = article["url"]
            known = best.get(url)
            if known is not None:
                tally.superseded += 1
                if key < known[:2]:
                    continue
            best[url] = (*key, index, position)
    chosen: dict[int, list[int]] = {}
    for _, _, index, position in best.values():
        chosen.setdefault(index, []).append(position)
    return {index: sorted(chosen[index]) for index in sorted(chosen)}


def open_sources(paths: list[Path], state: str | None, outdir: Path, tally: Tally) -> list[Source]:
    """The feeds of files and folders (not the dataset being written), then the state."""
    feeds, skipped = feed_files(paths, exclude=outdir)
    tally.skipped_files += [str(p) for p in skipped]
    sources: list[Source] = [FeedFile(path, tally) for path in feeds]
    if state:
        sources.append(StateItems(state, tally))
    return sources


def build_dataset(
    paths: list[Path],
    outdir: Path,
    *,
    state: str | None = None,
    excel: bool = False,
    database: bool = True,
) -> Built:
    """Build the dataset of ``paths`` (feeds and folders of feeds) and ``state`` into ``outdir``."""
    if database:
        duck.duckdb_module()  # fail before reading anything
    started = time.perf_counter()
    tally = Tally()
    sources = open_sources(paths, state, outdir, tally)
    chosen = latest(sources, tally)
    if not chosen:
        skipped = f" ({len(tally.skipped_files)} files that are not feeds skipped)"
        named = ", ".join(map(str, paths)) + (f", {state}" if state else "")
        raise ValueError(f"no articles in {named}" + (skipped if tally.skipped_files else ""))
    timings = {"scan": time.perf_counter() - started}
    outdir.mkdir(parents=True, exist_ok=True)
    report = ReportData(title=f"Dataset {outdir.resolve().name}")
    with tempfile.TemporaryDirectory(dir=outdir, prefix=".building-") as building:
        work = Path(building)
        count = _write_tables(sources, chosen, work, excel, report, tally)
        timings["write"] = time.perf_counter() - started - timings["scan"]
        if database:
            duck.write_database(work)
            timings["duckdb"] = time.perf_counter() - started - sum(timings.values())
        read_companions(sources, report)
        _describe(report, tally)
        (work / "report.html").write_text(render(report), encoding="utf-8")
        files = []
        for built in sorted(work.iterdir()):
            target = outdir / built.name
            os.replace(built, target)
            files.append(target)
    return Built(
        outdir, files, count, report.figures, tally, time.perf_counter() - started, timings
    )


def _write_tables(
    sources: list[Source],
    chosen: dict[int, list[int]],
    work: Path,
    excel: bool,
    report: ReportData,
    tally: Tally,
) -> int:
    count = 0
    with (
        (work / "articles.jsonl").open("wb") as articles,
        (work / "figures.csv").open("wb") as figures,
    ):
        table = FiguresCsvExporter(figures, bom=excel, encoding="utf-8")
        table.start_exporting()
        for index, positions in chosen.items():
            for line, article in sources[index].read(positions):
                dates = _dates(article)
                if not normalise_published(article):
                    tally.note("bad_dates", f"{article['url']}: {article.get('published_at')!r}")
                if line is None or _dates(article) != dates or not line.endswith(b"\n"):
                    line = (json.dumps(article, ensure_ascii=False) + "\n").encode("utf-8")
                articles.write(line)  # as the crawl wrote it when nothing was normalised
                table.export_item(article)
                report.add_article(article)
                count += 1
        table.finish_exporting()
    return count


def _describe(report: ReportData, tally: Tally) -> None:
    """The build's own facts and notes at the top and in the health section of the report."""
    skipped = f", {len(tally.skipped_files)} other files skipped" if tally.skipped_files else ""
    report.facts = [
        ("sources", f"{len(tally.feeds)} feeds{skipped}"),
        ("article lines read", f"{tally.articles:,}"),
        ("older revisions and repeats left out", f"{tally.superseded:,}"),
        ("corrupt lines skipped", f"{tally.corrupt:,}"),
    ]
    for what, label in (
        ("corrupt", "corrupt lines (not JSON) skipped"),
        ("not_articles", "lines that are not articles skipped"),
        ("bad_dates", "articles whose published_at is no date (kept, date columns null)"),
    ):
        if getattr(tally, what):
            shown = ", ".join(tally.locations.get(what, []))
            report.notes.append(f"{getattr(tally, what)} {label}: {shown}")
