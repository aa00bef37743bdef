"""The whole pure path for one page or one multi-page article:
extract -> clean -> stitch -> split -> normalize. The Scrapy steps (pipelines/steps.py) chain
exactly these functions.

`profile=None` looks the page's host up among the shipped profiles (and falls back to the
generic path); a crawl passes the spider's own profile.
"""

from __future__ import annotations

from collections.abc import Mapping

from pipelines.clean import CleanedPage, clean
from pipelines.document import Document
from pipelines.extract import extract
from pipelines.normalize import normalize
from pipelines.profile import Profile, profile_for_url
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
    if profile is None:  # the first page's profile for every page (extract would look each up)
        profile = profile_for_url(pages[0][1])
    cleaned = [extract_and_clean(body, url, headers, profile) for body, url, headers in pages]
    return normalize(split(stitch(cleaned)))
