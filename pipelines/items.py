"""What a spider hands to the pipelines: one item per article (all its pages), as fetched.

Items are dataclasses (Scrapy handles them through itemadapter) so the pure steps can be
tested without Scrapy. Bodies are the raw bytes as decoded from transfer encoding only
(the WARC holds them exactly as received). The pure path's task in the worker pool fills
`documents` and `dedup_keys` (the steps' intermediate outputs stay in the worker), dedup fills
`identities` (doc id and match kind, one per document).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pipelines.dedup import DedupKey, Identity
from pipelines.document import Document
from pipelines.profile import Profile


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
    `profile` is the site profile the spider crawled it with (None: the generic path).
    """

    site: str
    url: str
    pages: list[PageCapture] = field(default_factory=list)
    unchanged: bool = False
    gone: bool = False  # the server said 404/410 for an URL the archive knows
    # A later page of the article could not be fetched: archived with the pages it has, but its
    # pages are not remembered as fetched, so the next run fetches the article whole again.
    pages_missing: bool = False
    profile: Profile | None = None
    documents: list[Document] = field(default_factory=list)
    # One per document: its text normalised and fingerprinted for dedup, made in a worker process.
    dedup_keys: list[DedupKey] = field(default_factory=list)
    # The page's block keys for the site's evidence (`site_furniture.page_keys` of the documents'
    # texts), made in the same worker; None: made when the documents are staged.
    block_keys: frozenset[int] | None = None
    identities: list[Identity] = field(default_factory=list)  # one per document, from dedup
    archived: list[str] = field(default_factory=list)  # with feeds: the doc ids this page staged

    @property
    def doc_ids(self) -> list[str]:
        return [identity.doc_id for identity in self.identities]

    @property
    def fetched(self) -> bool:
        """The pages were fetched anew (not a 304 / unchanged payload, not gone): extract them."""
        return not self.unchanged and not self.gone
