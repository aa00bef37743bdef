"""The whole pure path for one page or one multi-page article:
extract -> clean -> stitch -> split -> normalize. The Scrapy steps (pipelines/steps.py) chain
exactly these functions.

`profile` is the site's profile: a crawl passes its spider's, `speech-archive extract` the one
its registry finds for the URL (`ProfileRegistry.for_url`); `None` is the generic path.
"""

from __future__ import annotations

from collections.abc import Mapping

from pipelines.clean import CleanedPage, clean
from pipelines.document import Document
from pipelines.extract import extract
from pipelines.normalize import normalize
from pipelines.profile import Profile
from pipelines.split import split
from pipelines.stitch import stitch


def extract_and_clean(
    body: bytes, url: str, headers: Mapping[str, str] | None = None, profile: Profile | None = None
) -> CleanedPage:
    """Steps 1 and 2 of one page in one call: what the extract-and-clean step hands its worker
    process, so that cleaning, too, runs off the reactor thread."""
    return clean(extract(body, url, headers, profile))


def process_page(
    body: bytes, url: str, headers: Mapping[str, str] | None = None, profile: Profile | None = None
) -> list[Document]:
    """Documents of one fetched page."""
    return process_pages([(body, url, headers)], profile)


def process_pages(
    pages: list[tuple[bytes, str, Mapping[str, str] | None]], profile: Profile | None = None
) -> list[Document]:
    """Documents of an article that continues over several pages, stitched in the order given."""
    if not pages:
        return []
    cleaned = [extract_and_clean(body, url, headers, profile) for body, url, headers in pages]
    return normalize(split(stitch(cleaned)))
