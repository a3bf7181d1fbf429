"""When a run fetches a URL the crawl state already knows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from crawler.state.base import ERROR, FINAL_OUTCOMES, ArticleRecord, CrawlState

FETCH, RECHECK, SKIP = "fetch", "recheck", "skip"


@dataclass
class RevisitPolicy:
    """Articles exported before are rechecked while inside the window, else skipped;
    pages that gave no article for good are skipped; failed pages are retried only by
    runs that recheck (``RECHECK_DAYS`` > 0)."""

    state: CrawlState
    window: str | None  # ISO UTC time: exported since then are rechecked; None: no rechecks
    run_started: str  # ISO UTC time: what this run records is not known "from before"

    @classmethod
    def for_run(cls, state: CrawlState, started: datetime, recheck_days: float) -> RevisitPolicy:
        window = iso(started - timedelta(days=recheck_days)) if recheck_days > 0 else None
        return cls(state, window, iso(started))

    def decide(self, url: str) -> tuple[str, ArticleRecord | None]:
        record = self.state.get(url)
        if record is None:
            return FETCH, None
        if record.exported:
            due = self.window is not None and (record.first_exported_at or "") >= self.window
            return (RECHECK if due else SKIP), record
        if record.outcome in FINAL_OUTCOMES or (record.outcome == ERROR and self.window is None):
            return SKIP, record
        return FETCH, record

    def known(self, url: str) -> bool:
        """True when an earlier run had the final word on a URL: exported, gone, no article."""
        record = self.state.get(url)
        if record is None or (record.outcome_at or "") >= self.run_started:
            return False
        return record.exported or record.outcome in FINAL_OUTCOMES

    def due_for_recheck(self) -> list[ArticleRecord]:
        return self.state.recheck_due(self.window) if self.window is not None else []


def iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")
