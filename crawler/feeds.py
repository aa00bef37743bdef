"""Scrapy's feed exports of the documents a crawl archived: `scrapy crawl SITE -o docs.jsonl`.

An item pipeline hands on one item per page, and a page can hold several speeches. So the rows
are made where Scrapy writes them: FEED_EXPORTERS maps every format to Scrapy's own exporter,
wrapped (`document_rows_exporter`) to write one row per document the page's archive step staged
new or changed — the merged record, with every URL it was seen at and the fields of `export` —
and nothing for a page that was unchanged (304) or gone. The rows are `PageItem.archived`,
filled by ArchivePipeline only when the crawl has feeds.
"""

from __future__ import annotations

import json

from scrapy.utils.misc import load_object


def json_cells(row: dict) -> dict:
    """A row with every list and record as JSON text (CSV cells), scalars as they are."""
    return {
        key: json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value
        for key, value in row.items()
    }


def document_rows_exporter(base_path: str, *, flat: bool = False) -> type:
    """Scrapy's exporter at `base_path`, writing an archived page as its document rows."""
    base = load_object(base_path)

    def export_item(self, item):
        for row in getattr(item, "archived", None) or []:
            base.export_item(self, json_cells(row) if flat else row)

    name = base.__name__.replace("ItemExporter", "DocumentRows")
    return type(name, (base,), {"export_item": export_item, "__module__": __name__, "__qualname__": name})


# FEED_EXPORTERS (crawler/settings.py) names these: one per format of Scrapy's own.
JsonDocumentRows = document_rows_exporter("scrapy.exporters.JsonItemExporter")
JsonLinesDocumentRows = document_rows_exporter("scrapy.exporters.JsonLinesItemExporter")
CsvDocumentRows = document_rows_exporter("scrapy.exporters.CsvItemExporter", flat=True)
XmlDocumentRows = document_rows_exporter("scrapy.exporters.XmlItemExporter")
MarshalDocumentRows = document_rows_exporter("scrapy.exporters.MarshalItemExporter")
PickleDocumentRows = document_rows_exporter("scrapy.exporters.PickleItemExporter")
