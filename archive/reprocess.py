"""Rebuild every document of a version from its archived WARC captures, with today's rules.

How an archive benefits when the cleaning improves: no network, the bytes exactly as they
were received, the same pure path as the crawl (`pipelines.page.process_pages`), one new
version in which a document whose text the new rules change is `changed` and every other
one `unchanged`.

The articles are rebuilt in a process pool (`workers`, the command's default one per usable
core): each worker reads an article's captures and runs the pure path up to the dedup
fingerprint; this process stages the results into the run in URL order, exactly as a rebuild in
one process would, and commits once.
"""

from __future__ import annotations

import logging
from collections import Counter
from itertools import islice
from pathlib import Path

from archive.warc_reader import read_record
from pipelines import page as pure_path
from pipelines.profile import Profile, ProfileRegistry
from pipelines.workers import ordered_map, worker_pool

logger = logging.getLogger(__name__)

ARTICLES_PER_TASK = 16  # one pool task: enough work to outweigh its pickling round trip
TASKS_IN_FLIGHT_PER_WORKER = 4


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


def captured_pages(warc_dir: Path, seen: dict) -> list:
    """(body, url, headers) of every page of one archived fetch, read from its WARC captures."""
    pages = []
    for page in seen["pages"]:
        if not page.get("warc"):
            raise ValueError(f"{page['url']}: no WARC capture recorded")
        headers, body = read_record(warc_dir, page["warc"])
        pages.append((body, page["url"], headers))
    return pages


def rebuilt(warc_dir: Path, seen: dict, profile: Profile | None):
    """(documents, dedup keys) of one archived fetch, or the reason its captures cannot be read."""
    try:
        return pure_path.documents_with_keys(captured_pages(warc_dir, seen), profile)
    except (OSError, ValueError) as exc:  # a capture we cannot read: the document is kept as is
        return str(exc)


def rebuilt_batch(task: tuple[Path, list[tuple[dict, Profile | None]]]) -> list:
    warc_dir, batch = task
    return [rebuilt(warc_dir, seen, profile) for seen, profile in batch]


def rebuilt_in_order(archive, fetches: list[tuple[str, dict]], profiles: ProfileRegistry, workers: int):
    """`rebuilt` of every fetch, in the order given: here, or in `workers` processes."""
    work = ((seen, profiles.for_url(first_page_url(seen))) for _, seen in fetches)
    if workers == 0:
        for seen, profile in work:
            yield rebuilt(archive.warc_dir, seen, profile)
        return
    tasks = ((archive.warc_dir, batch) for batch in batched(work, ARTICLES_PER_TASK))
    pool = worker_pool(workers, preload=("archive.warc_reader",))
    try:
        for results in ordered_map(pool, rebuilt_batch, tasks, workers * TASKS_IN_FLIGHT_PER_WORKER):
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def first_page_url(seen: dict) -> str:
    return seen["pages"][0]["url"] if seen.get("pages") else seen["url"]


def batched(items, size: int):
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def reprocess(
    archive, profiles: ProfileRegistry, version: int | None = None, workers: int = 0
) -> tuple[int, dict]:
    """Commit a new version rebuilt from the captures of `version` (default: the latest), each
    page extracted with its site's profile from `profiles`, in `workers` processes (0: here)."""
    source = archive.latest() if version is None else version
    if source is None:
        raise ValueError("the archive has no version to reprocess")
    fetches = sorted(latest_fetches(archive, source).items())
    run = archive.begin_run({"spiders": [], "mode": "reprocess", "source_version": source})
    counts: Counter = Counter()
    try:
        for (url, seen), result in zip(
            fetches, rebuilt_in_order(archive, fetches, profiles, workers), strict=True
        ):
            if isinstance(result, str):
                logger.warning("reprocess: %s skipped: %s", url, result)
                counts["skipped_unreadable_capture"] += 1
                continue
            docs, keys = result
            if docs:
                run.add_documents(docs, seen, keys)
                counts["articles_rebuilt"] += 1
                counts["documents_rebuilt"] += len(docs)
            else:
                counts["articles_without_speech"] += 1
        new_version = run.commit({"reprocess": dict(counts), "source_version": source})
    except BaseException:
        run.abort()
        raise
    return new_version, dict(counts)
