"""A one-line progress display for crawls run on a terminal (cron runs stay quiet)."""

from __future__ import annotations

import sys
import time

from scrapy import signals
from twisted.internet import task

from crawler.wording import counted


class ProgressDisplay:
    """Every second: pages fetched, documents archived, errors, pages/s; on stderr."""

    interval = 1.0

    def __init__(self, crawler):
        self.crawler = crawler
        self.started = time.monotonic()
        self.loop = task.LoopingCall(self.show)
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def spider_opened(self, spider):
        self.loop.start(self.interval, now=False)

    def spider_closed(self, spider, reason):
        if self.loop.running:
            self.loop.stop()
        self.show(final=True)

    def show(self, final: bool = False):
        stats = self.crawler.stats
        pages = stats.get_value("downloader/response_count", 0)
        docs = stats.get_value("speech_archive/archive/documents", 0)
        errors = stats.get_value("log_count/ERROR", 0) + stats.get_value("retry/max_reached", 0)
        rate = pages / max(time.monotonic() - self.started, 1e-6)
        name = self.crawler.spidercls.name
        sys.stderr.write(
            f"\r{name}: {counted(pages, 'page')}, {counted(docs, 'document')}, {counted(errors, 'error')},"
            f" {rate:.1f} pages/s" + ("\n" if final else "")
        )
        sys.stderr.flush()
