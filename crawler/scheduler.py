"""Scrapy's scheduler, with the ``JOBDIR`` queue of a killed crawl cleared instead of read.

Scrapy writes ``JOBDIR/requests.queue/active.json`` when a crawl stops cleanly (Ctrl-C,
SIGTERM, the end) and reads it when the crawl resumes. A crawl killed with SIGKILL writes
none and may leave a queue file cut short in mid-write; the resumed crawl then fails each
request it pushes to that queue inside the engine (``struct.error``), and loses it. So a
queue folder that holds files but no ``active.json`` is a killed crawl's: it is removed, with
a warning, and the crawl goes on with an empty disk queue. Nothing is lost by that: the crawl
state, not the queue, says what is done, and the resumed crawl reads the listings again
(see ``crawler/dupefilter.py``). ``active.json`` is removed once read, so that it only ever
describes a queue closed cleanly since.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from scrapy.core.scheduler import Scheduler
from scrapy.pqueues import ScrapyPriorityQueue

logger = logging.getLogger(__name__)


class JobdirScheduler(Scheduler):
    def _dq(self) -> ScrapyPriorityQueue:
        assert self.dqdir
        folder = Path(self.dqdir)
        state = folder / "active.json"
        if not state.exists() and any(folder.iterdir()):
            logger.warning(
                "JOBDIR: the request queue in %s was left by a crawl that was killed;"
                " it is cleared, and the listings are read again",
                folder,
            )
            shutil.rmtree(folder)
            folder.mkdir()
        queue = super()._dq()
        state.unlink(missing_ok=True)
        return queue
