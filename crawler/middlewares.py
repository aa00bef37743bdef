"""Downloader middlewares: raw WARC capture and conditional (incremental) fetching.

Order matters (settings.DOWNLOADER_MIDDLEWARES): ConditionalRequestMiddleware (540) adds the
validators from the fetch history; WarcCaptureMiddleware (650) sits closer to
the downloader than HttpCompressionMiddleware (590), so it writes bodies before they are decoded.
Responses travel back 650 -> 600 -> 590 -> 540: the conditional middleware sees the WARC ref in meta and
the decoded body.

Scrapy's `Response.meta` is its request's meta, so everything is put on `request.meta`.
"""

from __future__ import annotations

import base64
import hashlib
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Response, TextResponse

from archive.captures import ArchiveCaptures
from archive.warc_writer import (
    DEFAULT_MAX_FILE_SIZE,
    IDENTICAL_PAYLOAD_PROFILE,
    SERVER_NOT_MODIFIED_PROFILE,
    WarcWriter,
)
from crawler.budget import is_robots_txt
from crawler.run_binding import archive_run, handle_write_failure, write_failed
from crawler.settle import article_of
from pipelines.encoding import decode_body
from pipelines.timestamps import utc_now_iso
from spiders.base import first_header, headers_as_dict

# Stats keys (the audit and report read these names).
STAT_WARC_RECORDS = "speech_archive/warc/records"
STAT_WARC_BYTES = "speech_archive/warc/bytes"
STAT_HTTP_304 = "speech_archive/http/304"
STAT_CONDITIONAL = "speech_archive/conditional_requests"


def header_pairs(headers) -> list[tuple[str, str]]:
    """Scrapy Headers (bytes) as (name, value) text pairs, every value, in order."""
    pairs = []
    for name, values in headers.items():
        text_name = name.decode("latin-1") if isinstance(name, bytes) else name
        for value in values:
            pairs.append((text_name, value.decode("latin-1") if isinstance(value, bytes) else value))
    return pairs


def sha1_digest(body: bytes) -> str:
    """A payload digest in WARC's own notation (sha1, base32), for when nothing was written to WARC."""
    return "sha1:" + base64.b32encode(hashlib.sha1(body).digest()).decode("ascii")


def wire_protocol(response: Response) -> str:
    """The HTTP version for the stored status line; warcio reads HTTP/1.0 and HTTP/1.1 only."""
    protocol = getattr(response, "protocol", None)
    return protocol if protocol in ("HTTP/1.0", "HTTP/1.1") else "HTTP/1.1"


def history_key(request) -> str:
    """The URL the fetch history knows a page by: the site's own URL when the spider fetched it
    from a mirror (`canonical_url`), so a mirror on another port next time still gets 304s.
    A redirect leads elsewhere: the URL actually requested then."""
    meta = request.meta
    if meta.get("canonical_url") and not meta.get("redirect_urls"):
        return meta["canonical_url"]
    return request.url


class WarcCaptureMiddleware:
    """Writes every exchange to WARC as received; a 304 becomes a revisit of the original capture,
    and so does a page fetched again in full (a listing, always fetched) whose payload is the
    one captured last time ("identical-payload-digest"), instead of a second copy of it.

    Sets `request.meta["warc"]` (the record's ref) and `request.meta["fetched_at"]`.
    """

    def __init__(self, writer: WarcWriter, history=None, stats=None, captures=None):
        self.writer = writer
        self.history = history
        self.stats = stats
        # The run's capture sink (archive/captures.py, or a distributed worker's shipping one).
        self.captures = captures or ArchiveCaptures(writer.directory)
        self.crawler = None  # set by from_crawler: a failed write (disk full) then stops the crawl

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        if not settings.getbool("WARC_ENABLED", True):
            raise NotConfigured("WARC_ENABLED is off")
        run = archive_run(crawler)
        writer = run.captures.open(
            prefix=settings.get("WARC_PREFIX") or str(run.run_id),
            max_file_size=settings.getint("WARC_MAX_FILE_SIZE", DEFAULT_MAX_FILE_SIZE),
            info={
                "operator": settings.get("CONTACT", ""),
                "http-header-user-agent": settings.get("USER_AGENT"),
            },
        )
        middleware = cls(writer, run.history, crawler.stats, run.captures)
        middleware.crawler = crawler
        crawler.signals.connect(middleware.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    def original_capture(self, request) -> dict | None:
        """The ref of the response a 304 for this request confirms, from meta or history."""
        entry = request.meta.get("history")
        if entry is None and self.history is not None:
            entry = self.history.get(history_key(request))
        return (entry or {}).get("warc")

    def process_response(self, request, response):
        if write_failed(self.crawler):
            raise IgnoreRequest("not captured: a write into the archive failed (disk full)")
        fetched_at = utc_now_iso()
        original = self.original_capture(request) if response.status in (200, 304) else None
        try:
            ref, records, size = self.capture(request, response, original, fetched_at)
            self.captures.written(self.writer)
        except Exception as exc:
            if not handle_write_failure(self.crawler, exc):
                raise
            raise IgnoreRequest(f"not captured: {exc}") from None
        request.meta["warc"] = ref
        request.meta["fetched_at"] = fetched_at
        if self.stats is not None:
            self.stats.inc_value(STAT_WARC_RECORDS, records)
            self.stats.inc_value(STAT_WARC_BYTES, size)
        return response

    def capture(self, request, response, original: dict | None, fetched_at: str) -> tuple[dict, int, int]:
        """Write one exchange, or a revisit of `original`; (its ref, records and bytes written)."""
        records, size = self.writer.records_written, self.writer.bytes_written
        profile = None
        if original and response.status == 304:
            profile = SERVER_NOT_MODIFIED_PROFILE
        elif (
            original
            and response.status == 200
            and original.get("payload_digest") == sha1_digest(response.body)
        ):
            profile = IDENTICAL_PAYLOAD_PROFILE  # an always-fetched page that did not change
        if profile:
            ref = self.writer.write_revisit(
                response.url,
                response.status,
                header_pairs(response.headers),
                refers_to=original,
                fetched_at=fetched_at,
                protocol=wire_protocol(response),
                profile=profile,
            )
        else:
            ip = str(response.ip_address) if getattr(response, "ip_address", None) else None
            ref = self.writer.write_exchange(
                response.url,
                request.method,
                header_pairs(request.headers),
                response.status,
                None,
                header_pairs(response.headers),
                response.body,
                fetched_at=fetched_at,
                ip=ip,
                protocol=wire_protocol(response),
            )
        return ref, self.writer.records_written - records, self.writer.bytes_written - size

    def spider_idle(self, spider=None):
        # The archive commits its version when the spider closes, before spider_closed reaches
        # us: make the captures durable while the crawl is idle, ahead of that commit.
        try:
            self.captures.make_durable(self.writer)
        except Exception as exc:
            if not handle_write_failure(self.crawler, exc):
                raise

    def spider_closed(self, spider=None, reason=None):
        try:
            self.captures.close(self.writer)
        except Exception as exc:
            if not handle_write_failure(self.crawler, exc):
                raise


class ConditionalRequestMiddleware:
    """Conditional requests from the archive's fetch history, and staging of what was fetched.

    A request for a URL in the history (unless `meta["always_fetch"]`) gets If-None-Match /
    If-Modified-Since and `meta["history"]`. Which known pages are asked at all is the revisit
    policy's choice (crawler/revisit_scheduling.py). 200 and 304 answers are staged in the run's history,
    held under their article until its outcome is archived (crawler/settle.py); the run's commit
    applies what was settled.
    """

    def __init__(self, history, stats=None, clock=utc_now_iso):
        self.history = history  # the run's (archive.history.RunHistory, or a worker's store)
        self.stats = stats
        self.clock = clock
        self.crawler = None  # set by from_crawler: a failed write (disk full) then stops the crawl

    @classmethod
    def from_crawler(cls, crawler):
        middleware = cls(archive_run(crawler).history, crawler.stats)
        middleware.crawler = crawler
        return middleware

    def _inc(self, key: str) -> None:
        if self.stats is not None:
            self.stats.inc_value(key)

    def process_request(self, request):
        meta = request.meta
        if meta.get("_conditional_url") not in (None, request.url):
            # A redirect copied meta and headers of another URL: its validators do not apply here.
            for name in ("If-None-Match", "If-Modified-Since"):
                request.headers.pop(name, None)
            meta.pop("history", None)
            meta.pop("_conditional_url", None)
        if meta.get("always_fetch") or is_robots_txt(request):
            # robots.txt in full, always: Scrapy's robots middleware reads a 304's empty body as
            # "no rules", which would drop the site's Disallow lines on every re-crawl.
            return None
        entry = self.history.get(history_key(request))
        if entry is None:
            return None
        meta["history"] = entry
        meta["_conditional_url"] = request.url
        added = False
        if entry.get("etag"):
            request.headers["If-None-Match"] = entry["etag"]
            added = True
        if entry.get("last_modified"):
            request.headers["If-Modified-Since"] = entry["last_modified"]
            added = True
        if added:
            self._inc(STAT_CONDITIONAL)
        return None

    def process_response(self, request, response):
        meta = request.meta
        if response.status == 304:
            self._inc(STAT_HTTP_304)
            previous = meta.get("history")
            if previous:
                # Still the same page: keep the original capture, with its new validators.
                self.stage(
                    request,
                    {
                        **previous,
                        "etag": first_header(response.headers, "ETag") or previous.get("etag"),
                        "last_modified": first_header(response.headers, "Last-Modified")
                        or previous.get("last_modified"),
                        "fetched_at": meta.get("fetched_at") or self.clock(),
                    },
                )
        elif response.status == 200:
            # The capture holding the payload: a re-fetch written as a revisit points at it.
            warc = (meta.get("warc") or {}).get("refers_to") or meta.get("warc")
            self.stage(
                request,
                {
                    "etag": first_header(response.headers, "ETag"),
                    "last_modified": first_header(response.headers, "Last-Modified"),
                    "payload_digest": (warc or {}).get("payload_digest") or sha1_digest(response.body),
                    "status": response.status,
                    "fetched_at": meta.get("fetched_at") or self.clock(),
                    "warc": warc,
                    "site": meta.get("site") or urlsplit(response.url).hostname,
                },
            )
        return response

    def stage(self, request, entry: dict) -> None:
        try:
            self.history.stage(history_key(request), entry, article_of(request))
            first = request.meta.get("continuation_of")
            if first:
                # A later page of an article: its first page's entry lists it, so that a re-crawl
                # whose page 1 answers 304 still asks this page whether it changed.
                self.history.add_continuation(first, history_key(request))
        except Exception as exc:
            if not handle_write_failure(self.crawler, exc):
                raise
            raise IgnoreRequest(f"not staged: {exc}") from None


class DeclaredCharsetCheckMiddleware:
    """A page whose declared charset does not decode its bytes (a server's default `utf-8` sent
    over GBK bytes) is read by the spider as the extractor reads it (`pipelines.encoding`): the
    response keeps its bytes and headers, only the encoding its text is read with changes, so
    the spider does not take a page of replacement characters for a listing."""

    REPLACEMENT_CHARS = 8  # fewer: a stray damaged byte pair, not a charset that does not fit

    def process_response(self, request, response):
        if not isinstance(response, TextResponse):
            return response
        replaced = response.text.count("\ufffd")
        if replaced < self.REPLACEMENT_CHARS:
            return response
        decoded = decode_body(response.body, headers_as_dict(response.headers))
        if decoded.text.count("\ufffd") >= replaced:
            return response
        return response.replace(encoding=decoded.encoding)
