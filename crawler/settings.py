"""Every Scrapy setting of the project, in one place.

Override any of them per run with ``-s NAME=VALUE``; the mirror runs in tests and
``make demo`` turn the politeness delays off that way, nothing else differs.
"""

BOT_NAME = "crawler"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

USER_AGENT = "hnr-crawler/0.1 (+regional news datasets; Scrapy)"
ROBOTSTXT_OBEY = True
# The token robots.txt groups are matched against (User-agent: hnr-crawler).
ROBOTSTXT_USER_AGENT = "hnr-crawler"

# Scrapy 2.19 opens a code-execution server and a telnet console by default.
REMOTE_CONTROL_ENABLED = False
TELNETCONSOLE_ENABLED = False

# Politeness: one request at a time per host, AutoThrottle adapts the delay.
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
RETRY_TIMES = 2

# With the default of 100, Scrapy starts 100 item tasks per response.
CONCURRENT_ITEMS = 12
# Worker processes for the text job (extraction, cleaning, figures: CPU-bound); 0 runs it in
# the crawl's process.
TEXT_WORKERS = 1
# Seconds the figures stage may take on one article; past them the article is exported
# without figures ("figures" in its failed_stages). A whole text job gets three times this
# plus ten seconds before its worker is replaced and the page is retried by the next run.
TEXT_JOB_TIMEOUT = 10.0

# News pages are well under a few MB; a larger body (decompressed size included, so a gzip
# bomb is refused too) is recorded as a reject `too_large` and retried by the next run.
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
# Pages that failed after their retries are in the rejects file and the run report; the
# log says so at INFO rather than as an ERROR.
RETRY_GIVE_UP_LOG_LEVEL = "INFO"

# Pages are decoded by crawler.extract.decode, which reads GBK/GB2312 as GB18030.
DEFAULT_REQUEST_HEADERS = {
    "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8",
    "Accept-Language": "zh-CN,zh;q=0.9",
}

# Repeats within a run are filtered in memory; what a resumed JOBDIR run skips is the crawl
# state's decision (crawler/dupefilter.py).
DUPEFILTER_CLASS = "crawler.dupefilter.RunDupeFilter"
# The JOBDIR request queue of a crawl killed with SIGKILL is cleared, not read
# (crawler/scheduler.py).
SCHEDULER = "crawler.scheduler.JobdirScheduler"

DOWNLOADER_MIDDLEWARES = {
    # A robots.txt that could not be read stops its host for the run, and every request that
    # waited for a robots.txt is checked against it (crawler/middlewares/robots.py).
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.middlewares.robots.CarefulRobotsTxtMiddleware": 100,
    # Above RetryMiddleware (550): a 429/503 waits for its Retry-After before the retry.
    "crawler.middlewares.retry_after.RetryAfterMiddleware": 560,
    # Above RedirectMiddleware (600): a redirect off the site is recorded, not followed.
    "crawler.middlewares.offsite_redirect.OffsiteRedirectMiddleware": 650,
}
# Retry-After (crawler/middlewares/retry_after.py): the longest wait, whatever the server
# asks; the wait when the header is missing; the statuses that ask to come back later.
RETRY_AFTER_ENABLED = True
RETRY_AFTER_MAX_DELAY = 60
RETRY_AFTER_DEFAULT_DELAY = 5
RETRY_AFTER_HTTP_CODES = [429, 503]

SPIDER_MIDDLEWARES = {
    "crawler.middlewares.incremental.IncrementalMiddleware": 800,
}

ITEM_PIPELINES = {
    "crawler.pipelines.SchemaValidationPipeline": 400,
    "crawler.pipelines.DuplicatesPipeline": 500,
    "crawler.pipelines.RevisionPipeline": 600,
}

LOG_FORMATTER = "crawler.rejects.ConciseLogFormatter"

EXTENSIONS = {
    "scrapy.extensions.logstats.LogStats": None,  # crawler.progress.Progress instead
    "crawler.rejects.RejectsLog": 500,
    "crawler.state.extension.StateExtension": 510,
    "crawler.report.RunReport": 520,
    "crawler.progress.Progress": 530,
    "crawler.htmlreport.HtmlRunReport": 540,
}
# A progress line every this many seconds (0: none); one readable summary at the end in
# place of Scrapy's dump of its stats.
PROGRESS_INTERVAL = 10.0
STATS_DUMP = False

# Distributed crawls (crawler/distributed, README "Distributed crawls"): with REDIS_URL set
# (redis://HOST:PORT/DB), N identical workers share one frontier, seen-request filter, crawl
# state and per-host politeness in Redis; without it the add-on does nothing and nothing of
# Redis is imported. A worker stops once the whole frontier has been empty this many seconds;
# it beats every DISTRIBUTED_HEARTBEAT seconds, and is taken as dead after three missed beats.
ADDONS = {"crawler.distributed.DistributedCrawl": 0}
REDIS_URL = ""
MAX_IDLE_TIME_BEFORE_CLOSE = 15
DISTRIBUTED_HEARTBEAT = 5.0

# Crawl state (crawler/state): SQLite by default; empty turns it off. %(name)s is the spider.
STATE_URI = "sqlite:///.state/%(name)s.sqlite"
# Articles first exported within this many days are revalidated by each run; 0: never.
RECHECK_DAYS = 2
# Pages that gave no article for good (404, no text, an alias) are fetched again when a run
# reaches them this many days later; 0: never.
FINAL_RECHECK_DAYS = 30
# A run fails (exit status 1, status "failed" in its report) above this share of
# fetches that ended in an error (HTTP 4xx/5xx after retries, network failures).
RUN_MAX_ERROR_RATE = 0.25

# Feed files: -O writes FILE.partial, moved into place when the run succeeded; lines are
# written unbuffered, one system call each (crawler/feeds.py).
FEED_STORAGES = {
    "": "crawler.feeds.SafeFileStorage",
    "file": "crawler.feeds.SafeFileStorage",
}

# `scrapy crawl` exits non-zero when the run report says the run failed.
COMMANDS_MODULE = "crawler.scrapy_commands"

# Without -o/-O, a news spider writes one JSON-lines file per run here (FEEDS stays
# empty so that -o/-O replace it). %(run_id)s is the run's UTC start time, shared
# with the rejects file and the run report.
DEFAULT_FEED_URI = "data/%(name)s/%(run_id)s.jsonl"
# The figures table (one row per figure) is written beside the first file feed, named after
# its whole file name plus this suffix: `.figures.csv` or `.figures.jsonl`; empty: none.
FIGURES_FEED_SUFFIX = ".figures.csv"
# Start the figures CSV with a UTF-8 byte order mark, for Excel (see the README).
FIGURES_CSV_BOM = False
FEED_EXPORTERS = {
    "figures_csv": "crawler.exporters.FiguresCsvExporter",
    "figures_jsonl": "crawler.exporters.FiguresJsonLinesExporter",
}
FEED_EXPORT_ENCODING = "utf-8"
FEED_STORE_EMPTY = True

# Rejected items and pages that gave no article go here, beside the first feed,
# unless a path is given (same %(name)s / %(run_id)s placeholders as FEEDS).
REJECTS_URI = None

# Logging stays at INFO; per-request DEBUG lines would dwarf a news crawl's log.
LOG_LEVEL = "INFO"
