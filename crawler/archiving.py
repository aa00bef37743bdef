"""The Scrapy steps that write into the archive run: dedup, then archive.

Both reach the crawl's run through the crawler (crawler/run_binding.py), and do no more than hand it
what the pure steps produced: `DedupPipeline` asks the run which document each copy is
(`Run.identify`), `ArchivePipeline` stages it (`Run.stage`, the merge policy) and reports pages
the server did not change or says are gone. The version is committed when the crawl ends.
`archive_item` is the one function both the single-process crawl and the distributed
coordinator archive an item through.
"""

from __future__ import annotations

from collections.abc import Iterator

from scrapy.exceptions import DropItem

from archive.export import export_record
from crawler.run_binding import archive_run, handle_write_failure, write_failed
from pipelines.items import PageItem


def seen_at_from_item(item: PageItem) -> dict:
    """Provenance of one fetch: the article URL and every page as captured (WARC reference)."""
    pages = []
    for page in item.pages:
        pages.append(
            {
                "url": page.url,
                "fetch_url": getattr(page, "fetch_url", None) or page.url,
                "status": page.status,
                "fetched_at": page.fetched_at,
                "etag": page.etag,
                "last_modified": page.last_modified,
                "warc": page.warc,
            }
        )
    first = item.pages[0] if item.pages else None
    return {
        "url": item.url,
        "fetch_url": (getattr(first, "fetch_url", None) or first.url) if first else item.url,
        "pages": pages,
    }


def identify_item(run, item: PageItem) -> None:
    """Dedup of an item's documents: fills `item.identities`."""
    keys = item.dedup_keys if len(item.dedup_keys) == len(item.documents) else [None] * len(item.documents)
    item.identities = [run.identify(doc, key) for doc, key in zip(item.documents, keys, strict=True)]


def archive_item(run, item: PageItem) -> str:
    """Hand one item to the run; returns what happened: "gone", "carried_over" or "documents".

    Documents not yet identified (an item that skipped the dedup step) are identified here.
    The article's pages become known with the run's commit (crawler/settle.py), unless one of
    them could not be fetched."""
    if item.gone:
        run.mark_gone(item.url)
        outcome = "gone"
    elif item.unchanged:
        run.carry_over(item.url)
        outcome = "carried_over"
    else:
        if len(item.identities) != len(item.documents):
            identify_item(run, item)
        seen_at = seen_at_from_item(item)
        # site evidence (the keys made in the worker): the commit decides the furniture
        run.record_blocks(item.url, item.documents, item.block_keys)
        for doc, identity in zip(item.documents, item.identities, strict=True):
            run.stage(doc, identity, seen_at)
        outcome = "documents"
    if not item.pages_missing:
        run.settle(item.url)
    return outcome


def feed_rows(run, doc_ids: list[str]) -> Iterator[dict]:
    """The export records of the documents `doc_ids` (as staged) that this run made new or
    changed, each once; after `run.settle_documents()`, as the commit will write them."""
    for doc_id in dict.fromkeys(run.final_id(doc_id) for doc_id in doc_ids):
        change = run.staged_change(doc_id)
        if change is not None:
            state, obj = change
            yield {**export_record(obj), "state": state}


class RunPipeline:
    """Base of the pipelines that write into the crawl's archive run."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def run(self):
        return archive_run(self.crawler)

    def count(self, key: str, n: int = 1) -> None:
        if self.crawler.stats:
            self.crawler.stats.inc_value(key, n)

    def write(self, fn, item: PageItem):
        """`fn(run, item)`; a failed write (disk full) stops the crawl and drops the item."""
        if write_failed(self.crawler):
            raise DropItem("not archived: a write into the archive failed (disk full)")
        try:
            return fn(self.run(), item)
        except Exception as exc:
            if not handle_write_failure(self.crawler, exc):
                raise
            raise DropItem(f"not archived: {exc}") from None


class DedupPipeline(RunPipeline):
    """Which document each copy is: exact, near and truncated copies across pages, sites and runs."""

    def process_item(self, item: PageItem):
        if item.fetched and item.documents:
            self.write(identify_item, item)
            self.count("speech_archive/dedup/documents", len(item.identities))
        return item


class ArchivePipeline(RunPipeline):
    """Stages each document into the run; 304s carry over, 404s mark pages gone. With feeds
    (`-o`, FEEDS), the item names the documents it staged: their rows are written once the
    crawl's pages are all in (crawler/feeds.py)."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self.feeds = bool(crawler.settings.getdict("FEEDS"))

    def process_item(self, item: PageItem):
        outcome = self.write(archive_item, item)
        if self.feeds and outcome == "documents":
            item.archived = list(item.doc_ids)
        self.count(f"speech_archive/archive/{outcome}", len(item.documents) if outcome == "documents" else 1)
        return item
