"""The thin Scrapy item pipelines around the pure steps (see ITEM_PIPELINES in crawler/settings.py).

Each does what its name says. The pure steps themselves (decode, extract, clean, stitch, split,
normalize, and dedup's fingerprint: `pipelines.page.documents_with_keys` calls them in that order, and
`documents_keys_and_blocks` adds the block keys of the site's evidence)
run as one task per article in the process's worker pool (pipelines/workers.py), so the reactor
thread only fetches and hands over, and only the documents and their dedup keys come back (the
steps' intermediate outputs would cost the reactor as much to unpickle as they are big). Pages
that were not fetched anew (304, unchanged payload, gone) pass through untouched to the archive.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ProcessPoolExecutor

from scrapy import signals
from scrapy.exceptions import DropItem

from pipelines.items import PageItem
from pipelines.page import documents_keys_and_blocks
from pipelines.workers import release_shared_pool, shared_pool, workers_setting


class PurePathInPoolPipeline:
    """Hands each fetched article to the process's worker pool, whose task runs the pure steps
    in order, and sets the item's documents and dedup keys from what it hands back
    (EXTRACT_WORKERS: default one worker per usable core; 0 = the steps run in this thread)."""

    def __init__(self, workers: int = 0):
        self.workers = max(0, int(workers))
        self._pool: asyncio.Future | None = None  # the shared pool, once taken

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = cls(workers_setting(crawler.settings.get("EXTRACT_WORKERS")))
        crawler.signals.connect(pipeline.close_pool, signal=signals.spider_closed)
        return pipeline

    async def pool(self) -> ProcessPoolExecutor:
        """The pool, taken with the first article to extract (a re-crawl of unchanged pages never
        starts it), in a thread: starting the forkserver waits for its imports, the reactor must not."""
        if self._pool is None:  # the items that wait meanwhile wait for the same start
            self._pool = asyncio.ensure_future(asyncio.to_thread(self._first_use))
        return await self._pool

    def _first_use(self) -> ProcessPoolExecutor:
        pool = shared_pool(self.workers)
        pool.submit(int).result()  # its forkserver and a first worker are up
        return pool

    def close_pool(self, *args, **kwargs) -> None:
        taken, self._pool = self._pool, None
        if taken is None:
            return
        if taken.done():
            release_shared_pool()
        else:  # still starting (the crawl ended meanwhile): handed back once it has started
            taken.add_done_callback(lambda _: release_shared_pool())

    async def process_item(self, item: PageItem):
        if not item.fetched:
            return item
        # The spider's profile; the generic spider's items (None) are looked up by URL in extract.
        pages = [(p.body, p.url, p.headers) for p in item.pages]
        if self.workers == 0:
            item.documents, item.dedup_keys, item.block_keys = documents_keys_and_blocks(pages, item.profile)
        else:
            pool = await self.pool()
            item.documents, item.dedup_keys, item.block_keys = await asyncio.wrap_future(
                pool.submit(documents_keys_and_blocks, pages, item.profile)
            )
        return item


class DropWithoutSpeechPipeline:
    """A fetched article that gave no document is dropped (counted, with its reason)."""

    def __init__(self, crawler=None):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item: PageItem):
        if item.fetched and not item.documents:
            if self.crawler is not None and self.crawler.stats is not None:
                self.crawler.stats.inc_value("speech_archive/dropped/no_speech")
            raise DropItem(f"no speech on {item.url}")
        return item
