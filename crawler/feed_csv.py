"""The CSV feed of document rows (FEED_EXPORTERS["csv"]): Scrapy's CSV exporter, lists and records
as JSON text rather than joined by commas. Its own module: Scrapy's exporters are imported only
by a crawl that writes a feed (crawler/feeds.py)."""

from __future__ import annotations

import json

from scrapy.exporters import CsvItemExporter


def json_cells(row: dict) -> dict:
    """A row with every list and record as JSON text (CSV cells), scalars as they are."""
    return {
        key: json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value
        for key, value in row.items()
    }


class CsvDocumentRows(CsvItemExporter):
    """Scrapy's CSV exporter; lists and records as JSON text rather than joined by commas."""

    def export_item(self, item) -> None:
        super().export_item(json_cells(item))
