"""Scrapy's feed exports of the documents a crawl archived: `scrapy crawl SITE -o docs.jsonl`.

An item pipeline hands on one item per page, and a page can hold several speeches. So the feed
exports are fed rows, not pages: `DocumentRowsFeedExporter` is Scrapy's FeedExporter extension
given one row per document the crawl's pages staged new or changed — the merged record, with
every URL it was seen at and the fields of `export` — and nothing for a page that was unchanged
(304) or gone. The rows are written when the spider closes, once every page is in and the run
has settled what its commit writes (its `settle_documents`: the site furniture all the evidence
shows, the final ids), so a row is the document as archived, not the page as extracted. Scrapy's
own exporters write them, and its feed log, item filters and batches count rows ("Stored jsonl
feed (6 items)" is six documents). A run that will not be committed (a write failed) gets no
rows. In CSV, lists and records are JSON text (`CsvDocumentRows`, crawler/feed_csv.py: Scrapy's
exporters pull itemadapter and pydantic, 0.1 s, which a crawl without feeds does not import).
"""

from __future__ import annotations

from scrapy.extensions.feedexport import FeedExporter

from crawler.archiving import feed_rows
from crawler.run_binding import archive_run, handle_write_failure


class DocumentRowsFeedExporter(FeedExporter):
    """Scrapy's feed exports (EXTENSIONS replaces Scrapy's own with this), one row per document."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self.doc_ids: dict[str, None] = {}  # the documents the crawl's pages staged, in order

    def item_scraped(self, item, spider) -> None:
        self.doc_ids.update(dict.fromkeys(getattr(item, "archived", None) or []))

    async def close_spider(self, spider) -> None:
        if self.slots and self.doc_ids:
            self.export_rows(spider)
        await super().close_spider(spider)

    def export_rows(self, spider) -> None:
        """The rows of the run's documents as its commit will write them, one at a time (a big
        crawl's texts are never all in memory)."""
        run = archive_run(self.crawler)
        if run.closed or run.write_failure is not None:
            return  # nothing of this run will be committed: no rows
        try:
            run.settle_documents()
            for row in feed_rows(run, list(self.doc_ids)):
                super().item_scraped(row, spider)
        except Exception as exc:
            if not handle_write_failure(self.crawler, exc):  # the disk is full: no commit, no more rows
                raise
