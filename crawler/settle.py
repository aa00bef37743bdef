"""When a fetched page becomes known: its fetch history entry is settled once its outcome is archived.

The conditional-request middleware stages every 200 and 304 in the run's fetch history under the
article the page belongs to (`article_of`: an article's first URL, for its later pages too). An
entry is applied by the run's commit only once settled:
- a page whose callback produced neither an item of its article nor a request carrying the
  article on (a listing, a sitemap, a page the spider skipped) is settled when the callback ends;
- an article (all its pages) is settled when its item reaches the archive (`archive_item`:
  archived, carried over as unchanged, gone), or when a step drops it for holding no speech;
- an article whose later page could not be fetched (`PageItem.pages_missing`) is archived with
  what it has but never settled: the next run fetches it whole again.
So an interrupted run never remembers page 1 of an article it did not archive whole.
"""

from __future__ import annotations

from scrapy import Request, signals

from crawler.run_binding import archive_run, handle_write_failure
from pipelines.items import PageItem


def article_of(request) -> str:
    """The URL of the article a request's page belongs to: its first page's (site's own) URL."""
    meta = request.meta
    return meta.get("continuation_of") or meta.get("canonical_url") or request.url


def carries_article_on(obj, article: str) -> bool:
    """Does this callback output keep `article` in progress (an item of it, or a later step of it)?"""
    if isinstance(obj, PageItem):
        return obj.url == article
    if isinstance(obj, Request):
        meta = obj.meta
        return meta.get("continuation_of") == article or (
            meta.get("revisit") == "continuation_changed" and meta.get("canonical_url") == article
        )
    return False


class SettleFetchedPages:
    """Spider middleware: settles the pages whose outcome needs no archive step (see the module
    docstring); the archive step settles the rest."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.history = archive_run(crawler).history

    @classmethod
    def from_crawler(cls, crawler):
        settle = cls(crawler)
        crawler.signals.connect(settle.item_dropped, signal=signals.item_dropped)
        return settle

    def process_spider_output(self, response, result):
        article = article_of(response.request) if response is not None else None
        carried = article is None
        for obj in result:
            carried = carried or carries_article_on(obj, article)
            yield obj
        if not carried:
            self.settle(article)

    async def process_spider_output_async(self, response, result):
        article = article_of(response.request) if response is not None else None
        carried = article is None
        async for obj in result:
            carried = carried or carries_article_on(obj, article)
            yield obj
        if not carried:
            self.settle(article)

    def settle(self, article: str) -> None:
        try:
            self.history.settle(article)
        except Exception as exc:  # a full disk stops the crawl (crawler.run_binding), no traceback
            if not handle_write_failure(self.crawler, exc):
                raise

    def item_dropped(self, item, response=None, exception=None, spider=None):
        # Dropped for holding no speech: the pages are known (asked conditionally next time, and
        # extracted again if they change). A write failure drops too, but nothing is committed then.
        if isinstance(item, PageItem) and not item.pages_missing:
            self.settle(item.url)
