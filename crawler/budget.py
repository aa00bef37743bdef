"""The crawl budget: at most MAX_REQUESTS requests (and MAX_MINUTES minutes) per spider and run.

`speech-archive crawl --max-requests N`, `max_requests = N` for a site in sites.toml, the
`MAX_REQUESTS` setting or `-a max_requests=N` for one spider (which wins); 0 = no limit.
A downloader middleware, so it counts what really goes out, in the order Scrapy's scheduler
hands requests over (by priority: listings, new pages, then known pages stalest first).

Once the budget is spent, a request is refused (IgnoreRequest) and counted under
`speech_archive/cut/max_requests` (`.../max_minutes` past the time budget); a page never fetched
before that is refused this way is remembered in the fetch history as found-but-unfetched, so a
later run fetches it first. Every request is charged, robots.txt excepted; requests marked
`budget_exempt` (start pages, sitemaps, the later pages of an article being fetched) are charged
but never refused: a run always looks at its start pages, and an article is archived whole.
A retry is not charged again. A run that used its whole budget is complete, not failed.
"""

from __future__ import annotations

import time

from scrapy import signals
from scrapy.exceptions import IgnoreRequest

from crawler.run_binding import archive_run, handle_write_failure

STAT_CHARGED = "speech_archive/budget/requests"
STAT_LIMIT = "speech_archive/budget/max_requests"
CUT_PREFIX = "speech_archive/cut/"


def request_limit(crawler, spider=None) -> int:
    """The spider's request budget: its `max_requests` (argument, else MAX_REQUESTS); 0 = none."""
    spider = spider or crawler.spider
    limit = getattr(spider, "max_requests", None)
    if limit is None:
        limit = crawler.settings.getint("MAX_REQUESTS", 0)
    return max(0, int(limit))


def budget_left(crawler, spider=None) -> int | None:
    """Requests the spider may still make in this run; None = no limit."""
    limit = request_limit(crawler, spider)
    if not limit:
        return None
    charged = crawler.stats.get_value(STAT_CHARGED, 0) if crawler.stats is not None else 0
    return max(0, limit - charged)


def is_robots_txt(request) -> bool:
    return bool(request.meta.get("dont_obey_robotstxt")) and request.url.split("?", 1)[0].endswith(
        "/robots.txt"
    )


class RequestBudget:
    """Counts requests per spider and refuses the ones over its budget (see the module docstring)."""

    def __init__(self, crawler, history, max_minutes: float = 0):
        self.crawler = crawler
        self.history = history  # the run's (archive.history.RunHistory)
        self.max_seconds = max(0.0, float(max_minutes)) * 60
        self.started = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler):
        # The pages it remembers as found-but-unfetched join the history with the run's version.
        budget = cls(crawler, archive_run(crawler).history, crawler.settings.getfloat("MAX_MINUTES", 0))
        crawler.signals.connect(budget.spider_opened, signal=signals.spider_opened)
        return budget

    def spider_opened(self, spider=None):
        self.started = time.monotonic()
        limit = request_limit(self.crawler, spider)
        if limit and self.crawler.stats is not None:
            self.crawler.stats.set_value(STAT_LIMIT, limit)

    def over(self) -> str | None:
        """Which budget is spent, if one is."""
        left = budget_left(self.crawler)
        if left is not None and left <= 0:
            return "max_requests"
        if self.max_seconds and time.monotonic() - self.started >= self.max_seconds:
            return "max_minutes"
        return None

    def process_request(self, request):
        meta = request.meta
        if meta.get("budget_charged") or is_robots_txt(request):
            return None
        if not meta.get("budget_exempt"):
            spent = self.over()
            if spent:
                self.refuse(request, spent)
        meta["budget_charged"] = True
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value(STAT_CHARGED)
        return None

    def refuse(self, request, why: str):
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value(CUT_PREFIX + why)
        kind = request.meta.get("page_kind")
        if kind in ("listing", "article") and not request.meta.get("revisit"):
            # Found in this run and never fetched: a later run asks it before known pages.
            url = request.meta.get("canonical_url") or request.url
            try:
                if self.history.revisit_record(url) is None:
                    self.history.stage_pending(url, self.crawler.spider.name, kind)
            except Exception as exc:  # a full disk stops the crawl (crawler.run_binding), no traceback
                if not handle_write_failure(self.crawler, exc):
                    raise
        raise IgnoreRequest(f"crawl budget spent ({why})")
