"""A site with no profile: stay on the start host, tell articles from listings, archive speeches.

`scrapy crawl generic -a start_url=URL [-a allow=REGEX] [-a max_pages=N] [-a origin=URL]`

Listings are recognised by their shape (mostly links) and followed, including their
pagination; article pages (a long run of prose) are archived, with their own
continuation pages (`ID_2.html`, 下一页) stitched on. A listing never becomes a document.
`origin` names the site's real origin when `start_url` points at a mirror.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

import scrapy

from pipelines.items import PageItem
from spiders.base import ArticleMirror, ProfileSpider
from spiders.classify import is_continuation_path, looks_like_article

SKIPPED_EXTENSIONS = re.compile(
    r"\.(jpe?g|png|gif|webp|svg|ico|css|js|pdf|docx?|xlsx?|pptx?|zip|rar|7z|mp[34]|avi|exe)$", re.I
)


class GenericSpider(ProfileSpider):
    name = "generic"

    def __init__(
        self,
        *args,
        start_url: str | None = None,
        allow: str | None = None,
        max_pages: str | int | None = None,
        origin: str | None = None,
        **kwargs,
    ):
        scrapy.Spider.__init__(self, *args, **kwargs)
        if not start_url:
            raise ValueError("the generic spider needs -a start_url=URL")
        self.start_url = start_url
        parts = urlsplit(start_url)
        canonical = origin or f"{parts.scheme}://{parts.netloc}"
        self.mirror = ArticleMirror(canonical, [urlsplit(canonical).hostname], start_url if origin else None)
        self.allowed_domains = self.mirror.allowed_domains
        self.allow_re = re.compile(allow) if allow else None
        self.max_pages = int(max_pages) if max_pages else None
        self.pages_seen = 0
        self.recrawl_interval = 0
        self.profile = None

    async def start(self):
        yield self.page_request(self.mirror.to_canonical(self.start_url), dont_filter=True)

    def page_request(self, canonical_url: str, dont_filter: bool = False) -> scrapy.Request:
        # With no profile a page's kind is known only after fetching it, and a listing must
        # be read whole to find new articles: fetch in full, let the payload digest tell
        # an unchanged article (no re-extraction) from a changed one.
        return scrapy.Request(
            self.mirror.to_fetch(canonical_url),
            callback=self.parse_any,
            meta={"always_fetch": True, "canonical_url": canonical_url},
            dont_filter=dont_filter,
        )

    def follow_canonical(self, url: str):
        parts = urlsplit(url)
        if (parts.hostname or "") not in self.mirror.hosts or parts.scheme not in ("http", "https"):
            return
        path = parts.path or "/"
        if SKIPPED_EXTENSIONS.search(path):
            return
        if (
            self.allow_re
            and not self.allow_re.search(url)
            and url != self.mirror.to_canonical(self.start_url)
        ):
            return
        if self.under_page_budget():
            yield self.page_request(url)

    def parse(self, response):
        for href in response.css("a::attr(href)").getall():
            yield from self.follow_canonical(self.mirror.to_canonical(urljoin(response.url, href)))

    def parse_any(self, response):
        if response.status in (404, 410):
            yield from self.parse_article(response)
            return
        if response.status != 200 or not self.is_html(response):
            yield from self.parse_article(response)  # 304 / not HTML: same handling as an article
            return
        if looks_like_article(response.selector):
            if is_continuation_path(urlsplit(response.url).path):
                # Page 2+ of an article (`ID_2.html`): stitched onto its first page through
                # that page's pager, never a document of its own.
                yield from self.parse(response)
                return
            self.crawler.stats.inc_value("speech_archive/generic/articles")
            yield from self.parse_article(response)
        else:
            self.crawler.stats.inc_value("speech_archive/generic/listings")
            yield from self.parse(response)

    def new_item(self, url: str, **kwargs) -> PageItem:
        return PageItem(site="generic", url=url, **kwargs)
