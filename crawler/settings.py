"""Scrapy settings of speech-archive: polite by default, one archive per run.

Distributed mode (scrapy-redis) is switched on at run time for the coordinator
(`speech-archive crawl --redis URL`) and its workers (`speech-archive worker`), with these settings
as the base (crawler/distributed/), not by a second copy of the spiders.
"""

import os

BOT_NAME = "speech-archive"
# The generic spider comes from SPIDER_MODULES; every site comes from its profile (spiders/loader.py).
SPIDER_MODULES = ["spiders.generic"]
SPIDER_LOADER_CLASS = "spiders.loader.ProfileSpiderLoader"
# A folder (or list of folders) of the user's own site profiles, beside the shipped ones.
PROFILES_DIR = os.environ.get("SPEECH_ARCHIVE_PROFILES", "")

# Where the archive lives; `speech-archive crawl --archive DIR` and `-s ARCHIVE_DIR=DIR` override.
ARCHIVE_DIR = os.environ.get("SPEECH_ARCHIVE_DIR", "archive-data")

# --- Politeness: the defaults a site owner would ask for -------------------------------------
CONTACT = os.environ.get("SPEECH_ARCHIVE_CONTACT", "https://github.com/speech-archive/speech-archive")
USER_AGENT = f"speech-archive/0.1 (+{CONTACT}; archival crawler of public speeches)"
ROBOTSTXT_OBEY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0.5
DOWNLOAD_TIMEOUT = 30
# A speech page is tens of KB; anything this large is not one (and gzip bombs stop here too,
# Scrapy applies the limit to the decompressed size as well).
DOWNLOAD_MAXSIZE = 8 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
RETRY_BACKOFF_BASE = 1.0  # seconds before the first retry; doubles each attempt
RETRY_BACKOFF_MAX = 60.0
REDIRECT_MAX_TIMES = 5
COOKIES_ENABLED = False
# Nothing in a crawl runs code sent from outside: no telnet console, and no remote-control HTTP
# server (Scrapy's RemoteControl evaluates Python posted to localhost). A user may turn it on.
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
# A password in a URL (the Redis URL of a distributed crawl) never reaches a log line; where the
# archive is, in the log's first lines; feeds of document rows, not pages (crawler/feeds.py).
EXTENSIONS = {
    "crawler.logredact.RedactCredentialsInLogs": 0,
    "crawler.archive_location.ArchiveLocationLogged": 0,
    "scrapy.extensions.feedexport.FeedExporter": None,
    "crawler.feeds.DocumentRowsFeedExporter": 0,
}
# Offsite links are never followed: the spiders set allowed_domains from their profile.

# A plain `scrapy crawl` opens its archive run before any request (one line if it cannot).
# Setting values are checked (-1) before the archive run opens (0): a bad -s writes nothing.
ADDONS = {"crawler.setting_values.SettingValuesAddon": -1, "crawler.run_binding.ArchiveRunAddon": 0}
# `scrapy crawl` is the project's own (crawler/scrapy_commands/crawl.py): the archive's exit codes.
COMMANDS_MODULE = "crawler.scrapy_commands"

# --- The crawl budget and the revisit policy (crawler/budget.py, crawler/revisit_scheduling.py) -------------
# Requests per spider per run (`crawl --max-requests N`, `max_requests` in sites.toml,
# `-a max_requests=N`); 0 = no limit. The generic spider (no profile, size unknown) has its own
# default (spiders/generic.py). What the budget refuses is counted under
# `speech_archive/cut/max_requests` in the run report, and the pages it leaves are fetched first
# next run.
MAX_REQUESTS = 0
MAX_MINUTES = 0  # minutes per spider per run after which only exempt requests go out; 0 = no limit
# A known page that never changes is checked again at least every this many runs of its site.
REVISIT_MAX_INTERVAL = 16
REVISIT_ENABLED = True  # False: every known page is asked every run, as before the policy
SPIDER_MIDDLEWARES = {
    # Holds known pages back during discovery and schedules the due ones when the spider is
    # idle; last to see the spider's output (after depth and URL-length filters).
    "crawler.revisit_scheduling.RevisitPolicy": 50,
    # Below the revisit policy: it sees the policy's output, after the page's check was staged.
    "crawler.settle.SettleFetchedPages": 40,
}
# Within one priority, first found first fetched: the order listings give (newest first).
SCHEDULER_MEMORY_QUEUE = "scrapy.squeues.FifoMemoryQueue"
SCHEDULER_DISK_QUEUE = "scrapy.squeues.PickleFifoDiskQueue"

# --- Site furniture (pipelines/site_furniture.py): a block that recurs on at least this many of a
# host's article pages, and on at least this share of them, is the site's template, not the speech.
SITE_FURNITURE_MIN_PAGES = 3
SITE_FURNITURE_MIN_SHARE = 0.6
SITE_FURNITURE_PROSE_MIN_PAGES = 5  # a block of more than 50 characters: prose needs more pages

# --- Capture and incremental fetching ---------------------------------------------------------
DOWNLOADER_MIDDLEWARES = {
    # Scrapy's robots.txt middleware, less its lapse when several requests wait for the file.
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.robots.RobotsTxtObeyed": 100,
    # The request budget: before anything else is done for a request it refuses.
    "crawler.budget.RequestBudget": 530,
    # Sends If-None-Match / If-Modified-Since from the archive's fetch history; turns a 304
    # into an "unchanged" response the spider carries over. Sits before RetryMiddleware.
    "crawler.middlewares.ConditionalRequestMiddleware": 540,
    # Scrapy's retry, plus exponential backoff between attempts (RETRY_BACKOFF_*).
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.retry.BackoffRetryMiddleware": 550,
    # Scrapy's decompression, plus a counted error when a body inflates past DOWNLOAD_MAXSIZE.
    "scrapy.downloadermiddlewares.httpcompression.HttpCompressionMiddleware": None,
    "crawler.guards.CountingHttpCompressionMiddleware": 590,
    # A declared charset that does not decode the (decompressed) bytes: the spider reads the page
    # as the extractor does.
    "crawler.middlewares.DeclaredCharsetCheckMiddleware": 585,
    # Sees 3xx answers before RedirectMiddleware (600): a loop is counted, not silently dropped.
    "crawler.guards.RedirectLoopGuard": 610,
    # Writes every exchange to WARC exactly as received: it sits *closer to the downloader*
    # than HttpCompressionMiddleware (590), so it sees bodies before decoding, and than
    # RedirectMiddleware (600), so 3xx answers are captured too.
    "crawler.middlewares.WarcCaptureMiddleware": 650,
}
WARC_MAX_FILE_SIZE = 256 * 1024 * 1024  # rotate WARC files at this size

# --- The data's journey: page item -> extract+clean -> stitch -> split -> normalize -> dedup -> archive
ITEM_PIPELINES = {
    # Each article handed to the process's worker pool, off the reactor thread, whose task runs
    # the pure steps in order: decode (BOM, header, meta, detection), pull title/date/content out
    # of the HTML, strip the site's noise (intros, paywall and truncation notices, page numbers),
    # stitch its pages in reading order, one part per speech, Simplified script (OpenCC) and
    # whitespace folded, and the dedup fingerprint.
    "pipelines.steps.PurePathInPoolPipeline": 100,
    # An article that gave no speech goes no further (counted, with its reason).
    "pipelines.steps.DropWithoutSpeechPipeline": 400,
    # Which stored document each copy is: exact, near and truncated copies across pages, sites, runs.
    "crawler.archiving.DedupPipeline": 500,
    # Staged into the run (the merge policy); the version is committed when the crawl ends.
    "crawler.archiving.ArchivePipeline": 600,
}
# `speech-archive crawl` writes the HTML audit report of each version it commits.
REPORT_AFTER_CRAWL = True
# Scrapy starts CONCURRENT_ITEMS (default 100) tasks for *every* callback's output; a page here
# yields a few requests and at most one item, so 100 a page were pure overhead (210,000 tasks for
# a 2,000-page crawl in the benchmark). Items of different pages still run in parallel.
CONCURRENT_ITEMS = 8
# Scrapy reads the source of every generator callback (inspect, tokenize, ast) to warn when one
# returns a value; its cache keeps a bound method only while one is alive, so a crawl read the same
# few callbacks again and again (0.6 s of a 2,000-page re-crawl's profile). The callbacks are the
# project's own, and none returns a value.
WARN_ON_GENERATOR_RETURN_VALUE = False
# Worker processes of the pure path: "auto" = one per usable core; 0 = in the reactor's thread.
EXTRACT_WORKERS = os.environ.get("SPEECH_ARCHIVE_EXTRACT_WORKERS", "auto")

# --- Scrapy housekeeping ----------------------------------------------------------------------
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
FEED_EXPORT_ENCODING = "utf-8"
# `-o docs.jsonl` / FEEDS: one row per document the crawl archived new or changed, written by
# Scrapy's own exporters (crawler/feeds.py); in CSV, lists and records as JSON text (crawler/feed_csv.py).
FEED_EXPORTERS = {"csv": "crawler.feed_csv.CsvDocumentRows"}
LOG_LEVEL = os.environ.get("SPEECH_ARCHIVE_LOG_LEVEL", "INFO")
