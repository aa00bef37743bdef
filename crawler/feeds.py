"""Scrapy's feed exports of the documents a crawl archived: `scrapy crawl SITE -o docs.jsonl`.

An item pipeline hands on one item per page, and a page can hold several speeches. So the feed
exports are fed rows, not pages: `DocumentRowsFeedExporter` is Scrapy's FeedExporter extension
given, for each scraped page, one row per document its archive step staged new or changed — the
merged record, with every URL it was seen at and the fields of `export` — and nothing for a page
that was unchanged (304) or gone. Scrapy's own exporters write them, and its feed log, item
filters and batches count rows ("Stored jsonl feed (6 items)" is six documents). The rows are
`PageItem.archived`, filled by ArchivePipeline only when the crawl has feeds. In CSV, lists and
records are JSON text (`CsvDocumentRows`).
"""

from __future__ import annotations

import json

from scrapy.exporters import CsvItemExporter
from scrapy.extensions.feedexport import FeedExporter


def json_cells(row: dict) -> dict:
    """A row with every list and record as JSON text (CSV cells), scalars as they are."""
    return {
        key: json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value
        for key, value in row.items()
    }


class DocumentRowsFeedExporter(FeedExporter):
    """Scrapy's feed exports (EXTENSIONS replaces Scrapy's own with this), one row per document."""

    def item_scraped(self, item, spider) -> None:
        for row in getattr(item, "archived", None) or []:
            super().item_scraped(row, spider)


class CsvDocumentRows(CsvItemExporter):
    """Scrapy's CSV exporter; lists and records as JSON text rather than joined by commas."""

    def export_item(self, item) -> None:
        super().export_item(json_cells(item))
