"""The whole pure path for one page or one multi-page article:
extract -> clean -> stitch -> split -> normalize (-> dedup's fingerprint). The crawl's worker pool
runs exactly these functions (`documents_keys_and_blocks`, one task per article: pipelines/steps.py),
and so does `reprocess`.

`profile` is the site's profile: a crawl passes its spider's, `speech-archive extract` the one
its registry finds for the URL (`ProfileRegistry.for_url`); `None` is the generic path.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from pipelines.clean import CleanedPage, clean
from pipelines.document import Document
from pipelines.extract import MAX_GENERIC_HTML_CHARS, extract
from pipelines.normalize import normalize
from pipelines.profile import Profile
from pipelines.split import split
from pipelines.stitch import stitch

if TYPE_CHECKING:
    from pipelines.dedup import DedupKey


def extract_and_clean(
    body: bytes,
    url: str,
    headers: Mapping[str, str] | None = None,
    profile: Profile | None = None,
    later_page: bool = False,
) -> CleanedPage:
    """Steps 1 and 2 of one page in one call (`later_page`: page 2+ of a stitched text)."""
    return clean(extract(body, url, headers, profile, later_page))


def process_page(
    body: bytes, url: str, headers: Mapping[str, str] | None = None, profile: Profile | None = None
) -> list[Document]:
    """Documents of one fetched page."""
    return process_pages([(body, url, headers)], profile)


def process_pages(
    pages: list[tuple[bytes, str, Mapping[str, str] | None]], profile: Profile | None = None
) -> list[Document]:
    """Documents of an article that continues over several pages, stitched in the order given."""
    return documents_of(clean_pages(pages, profile))


def clean_pages(
    pages: list[tuple[bytes, str, Mapping[str, str] | None]], profile: Profile | None = None
) -> list[CleanedPage]:
    if not pages:
        return []
    return [
        extract_and_clean(body, url, headers, profile, later_page=index > 0)
        for index, (body, url, headers) in enumerate(pages)
    ]


def documents_of(cleaned: list[CleanedPage]) -> list[Document]:
    return normalize(split(stitch(cleaned))) if cleaned else []


def documents_with_keys(
    pages: list[tuple[bytes, str, Mapping[str, str] | None]], profile: Profile | None = None
) -> tuple[list[Document], list[DedupKey]]:
    """One task of the crawl's and of `reprocess`'s worker pools: the steps in order (each page
    decoded, extracted and cleaned; the pages stitched; split; normalized: `process_pages`), then
    each document's dedup key (`pipelines.dedup.dedup_key`). Only these come back: the steps'
    intermediate outputs would cost the receiving process as much to unpickle as they are big."""
    from pipelines.dedup import dedup_key  # numpy and sqlite3: not for `speech-archive extract`

    documents = process_pages(pages, profile)
    return documents, [dedup_key(doc.text or "") for doc in documents]


def documents_keys_and_blocks(
    pages: list[tuple[bytes, str, Mapping[str, str] | None]], profile: Profile | None = None
) -> tuple[list[Document], list[DedupKey], frozenset[int]]:
    """The crawl's pool task: `documents_with_keys`, and the page's block keys for its site's
    evidence (`site_furniture.page_keys`), made here rather than in the reactor's thread."""
    from pipelines.site_furniture import page_keys

    documents, keys = documents_with_keys(pages, profile)
    return documents, keys, page_keys(doc.text for doc in documents)


def explain_page(
    body: bytes, url: str, headers: Mapping[str, str] | None = None, profile: Profile | None = None
) -> tuple[list[Document], str | None]:
    """The documents of one page (exactly `process_page`'s) and, when there are none, why."""
    cleaned = clean_pages([(body, url, headers)], profile)
    documents = documents_of(cleaned)
    return documents, None if documents else why_no_document(cleaned)


# Why a page gave no document, read from the flags extraction set on it, the most telling first.
NO_DOCUMENT_REASONS = (
    ("empty", "the page is empty"),
    ("not_html", "not HTML (binary data, or text without markup)"),
    ("unknown_charset", "its charset is unknown and its bytes decode as no charset tried"),
    ("undecodable", "its bytes decode as no charset tried"),
    (
        "oversized",
        f"too large to extract without a site profile (over {MAX_GENERIC_HTML_CHARS:,} characters of HTML)",
    ),
    ("unparsable", "its HTML could not be parsed"),
    ("no_content_area", "no main text found on it"),
    ("no_prose", "no prose of its own (navigation or a listing: its lines are links)"),
)


def why_no_document(cleaned: list[CleanedPage]) -> str:
    """One phrase: why these pages gave no document."""
    flags = {flag for page in cleaned for flag in page.flags}
    for flag, reason in NO_DOCUMENT_REASONS:
        if flag in flags:
            return reason
    if not any(page.paragraphs for page in cleaned):
        if cleaned[0].site == "generic":
            return "no main text found on it"
        return f"no text where the {cleaned[0].site} profile says the speech is"
    return "its text is no speech once cleaned (too short, or only the site's boilerplate)"
