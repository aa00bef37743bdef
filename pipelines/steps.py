"""The thin Scrapy item pipelines around the pure steps (see ITEM_PIPELINES in crawler/settings.py).

Each one does the step its name says on a PageItem's own field; pages that were not fetched anew
(304, unchanged payload, gone) pass through untouched to the archive step.
"""

from __future__ import annotations

import asyncio
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

from scrapy import signals
from scrapy.exceptions import DropItem

from pipelines.items import PageItem
from pipelines.lifeline import follow_process, process_identity
from pipelines.normalize import normalize
from pipelines.page import extract_and_clean
from pipelines.split import split
from pipelines.stitch import stitch


class ExtractAndCleanPipeline:
    """Extracts and cleans every page of an item, in a process pool (EXTRACT_WORKERS; 0 = inline).

    Both run in the worker: cleaning is per page and as heavy as extracting, and the reactor
    thread is the crawl's bottleneck.
    """

    def __init__(self, workers: int = 0):
        self.workers = max(0, int(workers))
        self._pool: ProcessPoolExecutor | None = None

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = cls(crawler.settings.getint("EXTRACT_WORKERS", 0))
        crawler.signals.connect(pipeline.close_pool, signal=signals.spider_closed)
        return pipeline

    @property
    def pool(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # forkserver, not fork: a forked worker would inherit the archive lock's file
            # descriptor and, orphaned by a SIGKILLed crawl, keep the archive locked. And each
            # worker follows this process: it ends when the crawl does, however the crawl ends.
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=multiprocessing.get_context("forkserver"),
                initializer=follow_process,
                initargs=process_identity(),
            )
        return self._pool

    def close_pool(self, *args, **kwargs) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    async def process_item(self, item: PageItem):
        if not item.fetched:
            return item
        # The spider's profile; the generic spider's items (None) are looked up by URL in extract.
        profile = item.profile
        if self.workers == 0:
            item.cleaned_pages = [extract_and_clean(p.body, p.url, p.headers, profile) for p in item.pages]
        else:
            futures = [
                self.pool.submit(extract_and_clean, p.body, p.url, p.headers, profile) for p in item.pages
            ]
            item.cleaned_pages = [await asyncio.wrap_future(f) for f in futures]
        return item


class StitchPipeline:
    """An article's cleaned pages, in reading order, stitched into one."""

    def process_item(self, item: PageItem):
        if item.fetched:
            item.article = stitch(item.cleaned_pages)
        return item


class SplitPipeline:
    """One speech part per speech on pages that hold several."""

    def process_item(self, item: PageItem):
        if item.fetched:
            item.speeches = split(item.article)
        return item


class NormalizePipeline:
    """Speech parts -> documents; an item with no speech is dropped (counted, with its reason)."""

    def __init__(self, crawler=None):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item: PageItem):
        if not item.fetched:
            return item
        item.documents = normalize(item.speeches)
        if not item.documents:
            if self.crawler is not None and self.crawler.stats is not None:
                self.crawler.stats.inc_value("speech_archive/dropped/no_speech")
            raise DropItem(f"no speech on {item.url}")
        return item
