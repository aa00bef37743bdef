"""Downloader guards that turn silent losses into counted errors a run report can show.

- A redirect loop (a 3xx whose Location is the URL itself or one already visited in the
  chain) would otherwise vanish: the redirected request is dropped by the duplicate filter
  without a word. Counted as `redirect_loop` and ignored.
- A body whose *decompressed* size passes DOWNLOAD_MAXSIZE (a gzip bomb) is refused by
  Scrapy's HttpCompressionMiddleware with only a warning; this subclass also counts it as
  `download_too_large`, like an over-size body refused while downloading.
"""

from __future__ import annotations

from urllib.parse import urljoin

from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.exceptions import IgnoreRequest
from w3lib.url import safe_url_string


class RedirectLoopGuard:
    """Sits before RedirectMiddleware (600) on the way back: sees the 3xx first."""

    def __init__(self, stats):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_response(self, request, response):
        if response.status not in (301, 302, 303, 307, 308) or b"Location" not in response.headers:
            return response
        location = safe_url_string(urljoin(request.url, response.headers["Location"].decode("latin-1")))
        chain = [*request.meta.get("redirect_urls", []), request.url]
        if location in chain:
            self.stats.inc_value("speech_archive/errors/redirect_loop")
            raise IgnoreRequest(f"redirect loop at {request.url} -> {location}")
        return response


class CountingHttpCompressionMiddleware(HttpCompressionMiddleware):
    def process_response(self, request, response, spider=None):
        try:
            return super().process_response(request, response)
        except IgnoreRequest:
            self.stats.inc_value("speech_archive/errors/download_too_large")
            raise
