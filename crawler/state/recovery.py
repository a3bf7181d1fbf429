"""Recovery after a killed run: its feed is the truth of what it exported."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from crawler.state.base import CrawlState

logger = logging.getLogger(__name__)


def drop_partial_line(path: Path) -> bool:
    """Cut a trailing line that lacks its newline (a write cut short); True when one was cut."""
    with path.open("rb+") as f:
        size = f.seek(0, os.SEEK_END)
        if size == 0:
            return False
        f.seek(size - 1)
        if f.read(1) == b"\n":
            return False
        data = path.read_bytes()
        f.truncate(data.rfind(b"\n") + 1)
        return True


def recover_unfinished_runs(state: CrawlState, when: str) -> list[str]:
    """Record every article in the feeds of unfinished runs as exported (with the article
    itself, as written); the runs recovered. A run that wrote a snapshot (``-O``) left its
    lines in ``<feed>.partial``, which is read in its place."""
    runs = state.unfinished_runs()
    for run_id, feed in runs:
        marked = 0
        for path in (Path(f"{feed}.partial"), Path(feed)) if feed else ():
            if not path.is_file():
                continue
            if drop_partial_line(path):
                logger.warning("run %s: cut a partial last line from %s", run_id, path)
            with path.open(encoding="utf-8") as lines:
                for line in lines:
                    item = json.loads(line)
                    via = item.get("found_via") or {}
                    state.exported(item["url"], when, item, 0 if "listing" in via else 1)
                    marked += 1
            break
        state.finish_run(run_id, "killed")
        logger.warning(
            "run %s did not finish; %d articles of its feed %s recorded as exported",
            run_id,
            marked,
            feed,
        )
    return [run_id for run_id, _ in runs]
