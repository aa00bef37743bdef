"""The whole pure path for one page or one multi-page article: extract -> clean -> (stitch) ->
split -> normalize. The Scrapy pipelines chain exactly these functions."""

from __future__ import annotations

from collections.abc import Mapping

from pipelines.clean import clean, stitch
from pipelines.extract import extract
from pipelines.normalize import normalize
from pipelines.split import split
from spiders.profile import Profile, profile_for_url


def process_page(
    body: bytes, url: str, headers: Mapping[str, str] | None = None, profile: Profile | None = None
) -> list[dict]:
    """Documents of one fetched page; `profile=None` finds it by URL host, else generic."""
    return normalize(split(stitch([clean(extract(body, url, headers, profile))])))


def process_pages(
    pages: list[tuple[bytes, str, Mapping[str, str] | None]], profile: Profile | None = None
) -> list[dict]:
    """Documents of an article that continues over several pages, stitched in the order given."""
    if not pages:
        return []
    if profile is None:
        profile = profile_for_url(pages[0][1])
    cleaned = [clean(extract(body, url, headers, profile)) for body, url, headers in pages]
    return normalize(split(stitch(cleaned)))
