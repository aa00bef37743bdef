"""What a spider hands to the pipelines: one item per article (all its pages), as fetched.

Items are dataclasses (Scrapy handles them through itemadapter) so the pure steps can be
tested without Scrapy. Bodies are the raw bytes as decoded from transfer encoding only
(the WARC holds them exactly as received).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class PageCapture:
    """One HTTP exchange of one page of an article."""

    url: str  # the site's own URL (what the archive names)
    status: int
    headers: dict[str, str]  # response headers, first value of each, names as received
    body: bytes
    fetched_at: str  # ISO 8601 UTC
    fetch_url: str | None = None  # where it was really fetched from (a mirror), when not `url`
    warc: dict | None = None  # {"file", "offset", "record_id", "payload_digest"} of the response record
    etag: str | None = None
    last_modified: str | None = None


@dataclass
class PageItem:
    """An article as fetched: its first URL and every page it continues on, in reading order.

    `unchanged` is set when the server answered 304 or sent the payload the archive already
    holds: nothing is extracted, the archived documents carry over into the new version.
    `documents` is filled by the pipelines (extract -> clean -> split -> normalize -> dedup).
    """

    site: str
    url: str
    pages: list[PageCapture] = field(default_factory=list)
    unchanged: bool = False
    gone: bool = False  # the server said 404/410 for an URL the archive knows
    documents: list[dict] = field(default_factory=list)
    extracted: object | None = None  # intermediate result between pipeline steps
