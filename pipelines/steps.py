"""The Scrapy item pipeline around the pure steps (see ITEM_PIPELINES in crawler/settings.py).

`ArticlePipeline` hands an item's pages to a worker process, which runs the whole pure path
(`pipelines.page.documents_with_keys`: decode, extract, clean, stitch, split, normalize, and the
dedup fingerprint), and sets the item's documents and their dedup keys from what comes back (the
steps' intermediate outputs stay in the worker). The reactor thread only fetches
and hands over; the archive run (crawler/archiving.py) only looks the fingerprints up. Pages that
were not fetched anew (304, unchanged payload, gone) pass through untouched to the archive step.
"""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ProcessPoolExecutor

from scrapy import signals
from scrapy.exceptions import DropItem

from pipelines.items import PageItem
from pipelines.page import documents_with_keys
from pipelines.workers import worker_pool, workers_setting


class ArticlePipeline:
    """The pure path of every fetched item in a process pool (EXTRACT_WORKERS, default one per
    usable core; 0 = in this thread); an item with no speech is dropped (counted, with its reason)."""

    def __init__(self, workers: int = 0, crawler=None):
        self.workers = max(0, int(workers))
        self.crawler = crawler
        self._pool: ProcessPoolExecutor | None = None
        self._pool_lock = threading.Lock()
        self._started = False  # a first task went through: the forkserver is up

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = cls(workers_setting(crawler.settings.get("EXTRACT_WORKERS")), crawler)
        crawler.signals.connect(pipeline.close_pool, signal=signals.spider_closed)
        return pipeline

    @property
    def pool(self) -> ProcessPoolExecutor:
        with self._pool_lock:
            if self._pool is None:
                self._pool = worker_pool(self.workers)
            return self._pool

    async def submit(self, fn, *args):
        """A task for the pool. The pool starts with the first page to extract (a re-crawl of
        unchanged pages never starts it), in a thread: starting the forkserver waits for its
        imports, which the reactor thread must not."""
        if not self._started:
            task = await asyncio.to_thread(self.pool.submit, fn, *args)
            self._started = True
            return task
        return self.pool.submit(fn, *args)

    def close_pool(self, *args, **kwargs) -> None:
        with self._pool_lock:
            pool, self._pool, self._started = self._pool, None, False
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)

    async def process_item(self, item: PageItem):
        if not item.fetched:
            return item
        # The spider's profile; the generic spider's items (None) are looked up by URL in extract.
        pages = [(p.body, p.url, p.headers) for p in item.pages]
        if self.workers == 0:
            documents, keys = documents_with_keys(pages, item.profile)
        else:
            documents, keys = await asyncio.wrap_future(
                await self.submit(documents_with_keys, pages, item.profile)
            )
        item.documents, item.dedup_keys = documents, keys
        if not item.documents:
            if self.crawler is not None and self.crawler.stats is not None:
                self.crawler.stats.inc_value("speech_archive/dropped/no_speech")
            raise DropItem(f"no speech on {item.url}")
        return item
