"""The last step: each article's documents, 304s and 404s go into the archive run.

Documents were already deduplicated (DedupPipeline set `doc_id`); this step only reports
pages the server did not change (`carry_over`) or says are gone (`mark_gone`), and adds the
documents of any item that skipped the dedup step. The version is committed when the crawl
ends (crawler.run).
"""

from __future__ import annotations

from crawler.run import RunPipeline


def seen_at_from_item(item) -> dict:
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


class ArchivePipeline(RunPipeline):
    """Scrapy step: hands each PageItem to the archive run."""

    def _count(self, key: str, n: int = 1) -> None:
        if self.crawler.stats:
            self.crawler.stats.inc_value(f"speech_archive/archive/{key}", n)

    def process_item(self, item):
        run = self._archive_run()
        if item.gone:
            run.mark_gone(item.url)
            self._count("gone")
        elif item.unchanged:
            run.carry_over(item.url)
            self._count("carried_over")
        else:
            pending = [doc for doc in item.documents if not doc.get("doc_id")]
            if pending:
                for doc, doc_id in zip(
                    pending, run.add_documents(pending, seen_at_from_item(item)), strict=True
                ):
                    doc["doc_id"] = doc_id
            self._count("documents", len(item.documents))
        return item
