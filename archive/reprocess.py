"""Rebuild every document of a version from its archived WARC captures, with today's rules.

How an archive benefits when the cleaning improves: no network, the bytes exactly as they
were received, the same pure path as the crawl (`pipelines.page.process_pages`), one new
version in which a document whose text the new rules change is `changed` and every other
one `unchanged`.
"""

from __future__ import annotations

import logging
from collections import Counter

from archive.warc import read_record
from pipelines import page as pure_path

logger = logging.getLogger(__name__)


def latest_fetches(archive, version: int | None) -> dict[str, dict]:
    """Each fetched article once (its last fetch), from the provenance of the version's documents."""
    fetches: dict[str, dict] = {}
    for doc in archive.documents(version):
        for seen in doc.get("provenance", []):
            if not seen.get("pages"):
                continue
            url = seen["url"].split("#", 1)[0]
            last = fetches.get(url)
            if last is None or fetched_at(seen) > fetched_at(last):
                fetches[url] = seen
    return fetches


def fetched_at(seen: dict) -> str:
    return max((page.get("fetched_at") or "") for page in seen["pages"])


def rebuild_documents(archive, seen: dict) -> list:
    """The documents today's rules make of one archived fetch (all its pages, stitched)."""

    pages = []
    for page in seen["pages"]:
        if not page.get("warc"):
            raise ValueError(f"{page['url']}: no WARC capture recorded")
        ref = page["warc"]
        while ref:  # every file the capture is read from (a revisit's original too), checked first
            archive.check_warc(ref["file"])
            ref = ref.get("refers_to")
        headers, body = read_record(archive.warc_dir, page["warc"])
        pages.append((body, page["url"], headers))
    return pure_path.process_pages(pages)


def reprocess(archive, version: int | None = None) -> tuple[int, dict]:
    """Commit a new version rebuilt from the captures of `version` (default: the latest)."""
    source = archive.latest() if version is None else version
    if source is None:
        raise ValueError("the archive has no version to reprocess")
    run = archive.begin_run({"spiders": [], "mode": "reprocess", "source_version": source})
    counts: Counter = Counter()
    try:
        for url, seen in sorted(latest_fetches(archive, source).items()):
            try:
                docs = rebuild_documents(archive, seen)
            except (OSError, ValueError) as exc:  # a capture we cannot read: keep the document as is
                logger.warning("reprocess: %s skipped: %s", url, exc)
                counts["skipped_unreadable_capture"] += 1
                continue
            if docs:
                run.add_documents(docs, seen)
                counts["articles_rebuilt"] += 1
                counts["documents_rebuilt"] += len(docs)
            else:
                counts["articles_without_speech"] += 1
        new_version = run.commit({"reprocess": dict(counts), "source_version": source})
    except BaseException:
        run.abort()
        raise
    return new_version, dict(counts)
