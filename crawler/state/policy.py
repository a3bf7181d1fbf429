"""When a run fetches a URL the crawl state already knows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

from crawler.state.base import CrawlState, UrlRecord


class Decision(Enum):
    FETCH = "fetch"
    RECHECK = "recheck"  # a conditional request (If-None-Match, If-Modified-Since)
    SKIP = "skip"


@dataclass
class RevisitPolicy:
    """Articles exported before are rechecked while inside the recheck window, else skipped;
    pages that gave no article for good are skipped until the final window has passed;
    pages whose fetch or extraction failed are fetched again by every run."""

    state: CrawlState
    window: str | None  # exported since then are rechecked; None: no rechecks
    final_window: str | None  # final outcomes recorded before then are fetched again
    run_started: str  # what this run records is not known "from before"

    @classmethod
    def for_run(
        cls, state: CrawlState, started: datetime, recheck_days: float, final_days: float
    ) -> RevisitPolicy:
        window = iso(started - timedelta(days=recheck_days)) if recheck_days > 0 else None
        final = iso(started - timedelta(days=final_days)) if final_days > 0 else None
        return cls(state, window, final, iso(started))

    def decide(self, url: str, need_item: bool = False) -> tuple[Decision, UrlRecord | None]:
        """What to do with a URL; ``need_item``: skipping an exported article needs the
        stored article (a snapshot feed writes it), so one stored without it is fetched."""
        record = self.state.get(url)
        if record is None or record.outcome is None:
            return Decision.FETCH, record
        if record.exported:
            if need_item and not record.has_item:
                return Decision.FETCH, record
            due = self.window is not None and (record.first_exported_at or "") >= self.window
            return (Decision.RECHECK if due else Decision.SKIP), record
        if record.outcome.final and not self._final_expired(record):
            return Decision.SKIP, record
        return Decision.FETCH, record

    def _final_expired(self, record: UrlRecord) -> bool:
        return self.final_window is not None and (record.outcome_at or "") < self.final_window

    def known(self, url: str) -> bool:
        """True when an earlier run had the final word on a URL: exported, gone, no article."""
        record = self.state.get(url)
        if (
            record is None
            or record.outcome is None
            or (record.outcome_at or "") >= self.run_started
        ):
            return False
        return record.exported or record.outcome.final

    def due_for_recheck(self) -> list[UrlRecord]:
        return self.state.recheck_due(self.window) if self.window is not None else []

    def due_for_retry(self) -> list[UrlRecord]:
        return [r for r in self.state.retry_due() if (r.outcome_at or "") < self.run_started]


def iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")
