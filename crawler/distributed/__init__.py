"""Distributed crawls: N identical workers share one frontier in Redis (scrapy-redis).

``REDIS_URL`` switches it on (:class:`DistributedCrawl`, an add-on listed in ``ADDONS``);
without it nothing here imports Redis. :mod:`.frontier` holds the round, the reliable
queue and the heartbeats; :mod:`.scheduler` is scrapy-redis's scheduler on that queue;
:mod:`.worker` seeds the round once, finishes requests and stops a worker when the frontier
is empty; :mod:`.politeness` shares each host's delay and concurrency between the workers;
:mod:`.codec` writes requests as JSON; :mod:`.local_server` starts a throwaway redis-server
for tests, benchmarks and trying it out. The crawl state is :mod:`crawler.state.redis`.
"""

from crawler.distributed.addon import DistributedCrawl

__all__ = ["DistributedCrawl"]
