"""The revisit policy in a crawl: which known pages a run asks again, in Scrapy's own scheduler.

A run has two parts, both ordered by Scrapy request priorities:
1. Discovery. The start pages, the listings they link to, and further listings only while a
   listing keeps leading to pages the archive does not know (a walk down a "newest first" pager
   stops at the first page of known articles); every page never seen before is requested.
   A known page found on the way is held back (the policy asks it when due), unless the sitemap's
   `lastmod` says it changed after its last check: then it is asked now.
2. When the spider goes idle: the pages found in an earlier run and left unfetched by its budget,
   then known pages by deadline (archive/revisit_policy.py): with a budget, as many as their demand and
   the budget allow; with no limit, every known page (conditional requests keep that cheap).

What each check found (changed or not; for a listing: whether it led to new pages) becomes the
page's revisit record, staged in the fetch history with the run's other entries and applied when
the version is committed. At the end the run counts what it leaves for the next run
(`speech_archive/left/new`, `speech_archive/left/due`).

Off in distributed workers (REVISIT_ENABLED is off there: the coordinator's run owns the history).
"""

from __future__ import annotations

import logging

from scrapy import Request, signals
from scrapy.exceptions import DontCloseSpider, NotConfigured

from archive.revisit_policy import (
    DEFAULT_MAX_INTERVAL,
    PRIORITY_HINTED,
    PRIORITY_PENDING,
    after_check,
    checks_wanted,
    hinted_by_lastmod,
    recheck_priority,
)
from crawler.budget import budget_left
from crawler.run_binding import archive_run, handle_write_failure
from crawler.settle import article_of
from pipelines.timestamps import utc_now_iso

logger = logging.getLogger(__name__)

TRACKED_KINDS = ("listing", "article")
STAT_LEFT_NEW = "speech_archive/left/new"
STAT_LEFT_DUE = "speech_archive/left/due"
STAT_PREFIX = "speech_archive/revisit/"


def page_url(request) -> str:
    """The URL the archive knows a page by (the site's own, when fetched from a mirror)."""
    return request.meta.get("canonical_url") or request.url


class RevisitPolicy:
    """Spider middleware: holds known pages back during discovery, schedules the due ones when
    the spider is idle and records what every check found."""

    def __init__(self, crawler, history, max_interval: int = DEFAULT_MAX_INTERVAL):
        self.crawler = crawler
        self.history = history  # the run's (archive.history.RunHistory)
        self.max_interval = max_interval
        self.site: str | None = None
        self.site_run = 0
        self.asked: set[str] = set()  # URLs this run requested (or let through to be requested)
        self.known_scheduled = False
        self.demand = 0.0

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        if not settings.getbool("REVISIT_ENABLED", True):
            raise NotConfigured("REVISIT_ENABLED is off")
        policy = cls(
            crawler,
            archive_run(crawler).history,
            max(1, settings.getint("REVISIT_MAX_INTERVAL", DEFAULT_MAX_INTERVAL)),
        )
        crawler.signals.connect(policy.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(policy.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(policy.spider_closed, signal=signals.spider_closed)
        return policy

    # --- the run ------------------------------------------------------------------------------
    def spider_opened(self, spider=None):
        spider = spider or self.crawler.spider
        self.site = spider.name
        self.site_run = self.history.site_runs(self.site) + 1
        self.write(self.history.stage_site_run, self.site)
        counts = self.history.revisit_counts(self.site, self.site_run)
        self.demand = counts["demand"]
        self.inc("site_run", self.site_run)
        self.inc("known", counts["known"])

    def spider_closed(self, spider=None, reason=None):
        left = self.history.left_after(self.site, self.site_run)
        stats = self.crawler.stats
        if stats is not None:
            stats.set_value(STAT_LEFT_NEW, left["new"])
            stats.set_value(STAT_LEFT_DUE, left["due"])

    def write(self, stage, *args) -> None:
        """A write into the fetch history; a full disk stops the crawl (crawler.run_binding), no traceback."""
        try:
            stage(*args)
        except Exception as exc:
            if not handle_write_failure(self.crawler, exc):
                raise

    def inc(self, name: str, n: int = 1) -> None:
        if self.crawler.stats is not None and n:
            self.crawler.stats.inc_value(STAT_PREFIX + name, n)

    # --- discovery ----------------------------------------------------------------------------
    def process_spider_output(self, response, result):
        yield from self._sorted_output(response, list(result))

    async def process_spider_output_async(self, response, result):
        collected = [obj async for obj in result]
        for obj in self._sorted_output(response, collected):
            yield obj

    def _sorted_output(self, response, outputs: list):
        request = response.request if response is not None else None
        kind = request.meta.get("page_kind") if request is not None else None
        led_to_new = False
        held: list[Request] = []
        for obj in outputs:
            if not isinstance(obj, Request) or obj.meta.get("page_kind") not in TRACKED_KINDS:
                yield obj
                continue
            if obj.meta.get("revisit"):  # the spider finishing a check (a later page changed)
                yield obj
                continue
            verdict = self.verdict(obj)
            if verdict == "new":
                led_to_new = True
                self.asked.add(page_url(obj))
                yield obj
            elif verdict == "hinted":
                self.inc("hinted")
                self.asked.add(page_url(obj))
                yield obj.replace(priority=PRIORITY_HINTED)
            elif verdict == "known":
                held.append(obj)
        # The start pages' listings are walked every run, and so is a pager while it leads
        # to new pages; other known pages wait until they are due.
        walk_on = kind == "listing" and (led_to_new or request.meta.get("start"))
        for obj in held:
            if walk_on and obj.meta.get("page_kind") == "listing":
                self.inc("listings_walked")
                self.asked.add(page_url(obj))
                yield obj
            else:
                self.inc("held_back")
        if request is not None and kind in TRACKED_KINDS and not request.meta.get("start"):
            self.record_check(response, listing_led_to_new=led_to_new)

    def verdict(self, request: Request) -> str:
        url = page_url(request)
        if url in self.asked:
            return "asked"  # this run has it already (Scrapy's dupe filter would drop it too)
        record = self.history.revisit_record(url)
        if record is None:
            return "new"
        if hinted_by_lastmod(record, request.meta.get("lastmod")):
            return "hinted"
        return "known"

    def record_check(self, response, listing_led_to_new: bool) -> None:
        """Stage what this check of a listing or an article found."""
        request = response.request
        if response.status not in (200, 304, 404, 410):
            return  # an error: the page stays as due as it was
        kind = request.meta.get("page_kind")
        url = page_url(request)
        if kind == "listing":
            changed = listing_led_to_new
        else:
            previous = request.meta.get("history") or {}
            current = (request.meta.get("warc") or {}).get("payload_digest")
            changed = response.status == 200 and not (
                previous.get("payload_digest") and current == previous["payload_digest"]
            )
        previous_record = self.history.revisit_record(url)
        record = after_check(
            previous_record,
            site=self.site,
            kind=kind,
            run=self.site_run,
            now=request.meta.get("fetched_at") or utc_now_iso(),
            changed=changed,
            max_interval=self.max_interval,
        )
        # Held with the page's history entry until its article's outcome is archived.
        self.write(self.history.stage_revisit, url, record, article_of(request))
        self.asked.add(url)
        origin = request.meta.get("revisit") or ("new" if previous_record is None else "walked")
        self.inc(f"checked/{origin}")
        if previous_record is not None and not previous_record.get("pending"):
            self.inc("found_changed" if changed else "found_unchanged")

    # --- known pages, once discovery is done ----------------------------------------------------
    def spider_idle(self, spider=None):
        if self.known_scheduled:
            return
        self.known_scheduled = True
        spider = spider or self.crawler.spider
        left = budget_left(self.crawler, spider)
        scheduled = 0
        # Pages found in an earlier run but left unfetched: the new pages that run had no room for.
        wanted = None if left is None else left + len(self.asked)
        for url, kind in self.history.pending_pages(self.site, limit=wanted):
            if left is not None and scheduled >= left:
                break
            if self.schedule(spider, url, kind, PRIORITY_PENDING, "pending"):
                scheduled += 1
        # Then known pages, earliest deadline first: with a budget, as many as their demand and
        # the budget allow; with none (0 = no limit), all of them, as every run did before.
        quota = None if left is None else min(checks_wanted(self.demand), left - scheduled)
        rechecks = 0
        if quota is None or quota > 0:
            limit = None if quota is None else quota + len(self.asked)
            for record in self.history.recheck_pages(self.site, limit=limit):
                if quota is not None and rechecks >= quota:
                    break
                priority = recheck_priority(record, self.site_run)
                if self.schedule(spider, record["url"], record["kind"], priority, "recheck"):
                    rechecks += 1
        self.inc("scheduled/pending", scheduled)
        self.inc("scheduled/recheck", rechecks)
        if scheduled or rechecks:
            raise DontCloseSpider

    def schedule(self, spider, url: str, kind: str | None, priority: int, why: str) -> bool:
        if url in self.asked:
            return False
        request = spider.revisit_request(url, kind)
        if request is None:
            return False
        request.meta["revisit"] = why
        # the request is this method's own: its priority is set, not a second Request made by replace()
        request.priority = priority
        self.asked.add(url)
        self.crawler.engine.crawl(request)
        return True
