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

import json
import logging
from collections import Counter
from itertools import islice
from pathlib import Path

from archive.damaged import ArchiveDamaged
from archive.files import canonical_json_bytes, sha256_bytes, write_file_durably
from archive.warc_reader import read_record
from pipelines.profile import Profile, ProfileRegistry
from pipelines.site_furniture import FURNITURE_RULE, block_key, strip_site_furniture
from pipelines.workers import ordered_map, start_worker_server, worker_pool

logger = logging.getLogger(__name__)

# Imported by the workers' forkserver before it forks them (besides the pure path): the tasks' own code.
WORKER_PRELOAD = ("archive.reprocess",)
ARTICLES_PER_TASK = 16  # one pool task: enough work to outweigh its pickling round trip
TASKS_IN_FLIGHT_PER_WORKER = 4


def latest_fetches(archive, version: int | None, on_damaged=None) -> dict[str, dict]:
    """Each fetched article once (its last fetch), from the provenance of the version's documents
    (a damaged object raises ArchiveDamaged, or is handed to `on_damaged` and left out)."""
    fetches: dict[str, dict] = {}
    for doc in archive.documents(version, on_damaged=on_damaged):
        note_fetches(fetches, doc)
    return fetches


def note_fetches(fetches: dict[str, dict], doc: dict) -> None:
    """Keep in `fetches` (article URL -> fetch) the fetches of `doc` later than those noted."""
    for seen in doc.get("provenance", []):
        if not seen.get("pages"):
            continue
        url = seen["url"].split("#", 1)[0]
        last = fetches.get(url)
        if last is None or fetched_at(seen) > fetched_at(last):
            fetches[url] = seen


def read_source(archive, version: int) -> tuple[dict[str, dict], list[ArchiveDamaged]]:
    """One read of every object of `version`: `latest_fetches` of its documents, and the damaged
    objects met (a removed document's too), as `restore_damaged_objects` looks for them."""
    fetches: dict[str, dict] = {}
    damaged: list[ArchiveDamaged] = []
    for entry in archive.iter_manifest(version):
        try:
            doc = archive.load_object(entry["hash"])
        except ArchiveDamaged as exc:
            archive.check_intact(version)  # the entry itself may be what is damaged: named first
            damaged.append(exc)
            continue
        if entry["state"] != "removed":
            note_fetches(fetches, doc)
    return fetches, damaged


def fetched_at(seen: dict) -> str:
    return max((page.get("fetched_at") or "") for page in seen["pages"])


def check_captures(archive, seen: dict) -> None:
    """Every WARC file one archived fetch is read from (a revisit's original too), checked against
    what its run recorded (ArchiveDamaged if not), here, before a worker reads any of it."""
    for page in seen["pages"]:
        if not page.get("warc"):
            return  # `captured_pages` says so, and the fetch is skipped
        ref = page["warc"]
        while ref:
            archive.check_warc(ref["file"])
            ref = ref.get("refers_to")


def captured_pages(warc_dir: Path, seen: dict) -> list:
    """(body, url, headers) of every page of one archived fetch, read from its WARC captures."""
    pages = []
    for page in seen["pages"]:
        if not page.get("warc"):
            raise ValueError(f"{page['url']}: no WARC capture recorded")
        headers, body = read_record(warc_dir, page["warc"])
        pages.append((body, page["url"], headers))
    return pages


def rebuild_documents(archive, seen: dict, profiles: ProfileRegistry) -> list:
    """The documents today's rules make of one archived fetch (all its pages, stitched, through
    the profile of its first page's site), in this process."""
    from pipelines import page as pure_path  # see `rebuilt`

    check_captures(archive, seen)
    pages = captured_pages(archive.warc_dir, seen)
    return pure_path.process_pages(pages, profiles.for_url(pages[0][1]) if pages else None)


def restore_object(archive, entry: dict, profiles: ProfileRegistry) -> bool:
    """Rebuild the damaged object of manifest `entry` from its captures, as the crawl made it (its
    canonical copy first, then the others merged in); when the bytes come out exactly those its
    address names, write them in place of the damaged file. The damaged file only says which
    captures to read: the address alone vouches for the result. True when restored."""
    from pipelines.merge import merge_copy, new_document_object, sorted_object  # numpy: see `start_workers`

    path = archive.object_path(entry["hash"])
    try:
        damaged = json.loads(path.read_bytes())
        copies = {copy["url"]: copy for copy in damaged["copies"]}
        provenance = sorted(
            damaged["provenance"],
            key=lambda seen: (copies.get(seen["url"], {}).get("kind") != "canonical", seen["url"]),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return False
    obj = None
    for seen in provenance:
        try:
            docs = rebuild_documents(archive, seen, profiles)
        except (OSError, ValueError):
            return False
        doc = next((d for d in docs if (d.url or seen["url"]) == seen["url"]), None)
        if doc is None:
            return False
        if obj is None:
            obj = new_document_object(entry["doc_id"], doc, seen["url"], seen)
        else:
            kind = copies.get(seen["url"], {}).get("kind")
            obj = merge_copy(obj, doc, seen["url"], seen, kind if kind in ("near", "truncated") else "exact")
    if obj is None:
        return False
    obj["gone_urls"] = sorted(set(damaged.get("gone_urls") or []))
    # The site furniture the commit took out (from the host's evidence) and the revision saying so,
    # as the damaged file names them: like the captures, only a hint the address then vouches for.
    try:
        furniture = {
            block_key(piece["text"]): piece["pages"]
            for piece in damaged.get("removed") or []
            if piece.get("rule") == FURNITURE_RULE
        }
        revisions = damaged.get("revisions")
    except (KeyError, TypeError, AttributeError):
        return False
    if furniture:
        furnished = strip_site_furniture(
            obj.get("text") or "", furniture, obj.get("removed"), obj.get("gaps")
        )
        obj.update(text=furnished.text, removed=furnished.removed, gaps=furnished.gaps)
    if revisions:
        obj["revisions"] = revisions
    data = canonical_json_bytes(sorted_object(obj))
    if sha256_bytes(data) != entry["hash"]:
        return False
    write_file_durably(path, data)
    logger.warning("reprocess: restored %s from its captures", path.name)
    return True


def restore_damaged_objects(
    archive, version: int, profiles: ProfileRegistry, damaged: list[ArchiveDamaged] | None = None
) -> int:
    """Restore every damaged object of `version` from its captures (`restore_object`); how many.
    ArchiveDamaged for the first that cannot be rebuilt byte for byte. `damaged`: those objects,
    when the caller has read them all already (`read_source`)."""
    if damaged is None:
        damaged = []
        for _ in archive.documents(version, include_removed=True, on_damaged=damaged.append):
            pass
    if not damaged:
        return 0
    by_digest = {entry["hash"]: entry for entry in archive.iter_manifest(version)}
    for exc in damaged:
        entry = by_digest[Path(exc.path).stem]
        if not restore_object(archive, entry, profiles):
            raise ArchiveDamaged(exc.path, f"{exc.detail}; its captures do not rebuild its exact bytes")
    return len(damaged)


def rebuilt(warc_dir: Path, seen: dict, profile: Profile | None):
    """(documents, dedup keys, the page's block keys) of one archived fetch, or the reason its
    captures cannot be read. The keys are made here, in the worker, not by the process staging them."""
    # Imported here: the pool's workers have it preloaded, and the process staging their results
    # does not need it (lxml, trafilatura, the cleaning vocabulary: 0.15 s of its start-up).
    from pipelines import page as pure_path

    try:  # the crawl's own pool task: documents, dedup keys, block keys
        return pure_path.documents_keys_and_blocks(captured_pages(warc_dir, seen), profile)
    except (OSError, ValueError) as exc:  # a capture we cannot read: the document is kept as is
        return str(exc)


def rebuilt_batch(task: tuple[Path, list[tuple[dict, Profile | None]]]) -> list:
    warc_dir, batch = task
    return [rebuilt(warc_dir, seen, profile) for seen, profile in batch]


def rebuilt_in_order(archive, fetches: list[tuple[str, dict]], profiles: ProfileRegistry, workers: int):
    """`rebuilt` of every fetch, in the order given: here, or in `workers` processes."""
    work = checked_work(archive, fetches, profiles)
    if workers == 0:
        for seen, profile in work:
            yield rebuilt(archive.warc_dir, seen, profile)
        return
    tasks = ((archive.warc_dir, batch) for batch in batched(work, ARTICLES_PER_TASK))
    pool = worker_pool(workers, preload=WORKER_PRELOAD)
    try:
        for results in ordered_map(pool, rebuilt_batch, tasks, workers * TASKS_IN_FLIGHT_PER_WORKER):
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def checked_work(archive, fetches: list[tuple[str, dict]], profiles: ProfileRegistry):
    """(seen, profile) of each fetch, its WARC files checked here first (`check_captures`)."""
    for _, seen in fetches:
        check_captures(archive, seen)
        yield seen, profiles.for_url(first_page_url(seen))


def first_page_url(seen: dict) -> str:
    return seen["pages"][0]["url"] if seen.get("pages") else seen["url"]


def batched(items, size: int):
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def start_workers(workers: int) -> None:
    """Start the forkserver `workers` processes will fork from (none for 0), without waiting: it
    imports the pure path (about 0.4 s) while the command does its own imports and reads the
    source version. So this module imports nothing heavy at its top (`reprocess` calls it too)."""
    if workers:
        start_worker_server(WORKER_PRELOAD)


def reprocess(
    archive, profiles: ProfileRegistry, version: int | None = None, workers: int = 0
) -> tuple[int, dict]:
    """Commit a new version rebuilt from the captures of `version` (default: the latest), each
    page extracted with its site's profile from `profiles`, in `workers` processes (0: here).

    A damaged object of that version is first restored from its captures when they rebuild its
    exact bytes (`restore_object`); one that cannot be is ArchiveDamaged, and nothing is committed."""
    source = archive.latest() if version is None else version
    if source is None:
        raise ValueError("the archive has no version to reprocess")
    start_workers(workers)  # the workers' imports meanwhile: restoring, reading provenance
    run = archive.begin_run({"spiders": [], "mode": "reprocess", "source_version": source})
    counts: Counter = Counter()
    try:
        latest, damaged = read_source(archive, source)
        counts["objects_restored"] = restore_damaged_objects(archive, source, profiles, damaged)
        if damaged:  # read again, the restored objects' provenance in its place
            latest = latest_fetches(archive, source)
        fetches = sorted(latest.items())
        for (url, seen), result in zip(
            fetches, rebuilt_in_order(archive, fetches, profiles, workers), strict=True
        ):
            if isinstance(result, str):  # a capture we cannot read: the document is kept as is
                logger.warning("reprocess: %s skipped: %s", url, result)
                counts["skipped_unreadable_capture"] += 1
                continue
            docs, keys, blocks = result
            if docs:
                run.add_documents(docs, seen, keys, blocks)
                counts["articles_rebuilt"] += 1
                counts["documents_rebuilt"] += len(docs)
            else:
                counts["articles_without_speech"] += 1
        new_version = run.commit({"reprocess": dict(counts), "source_version": source})
    except BaseException:
        run.abort()
        raise
    return new_version, dict(counts)
