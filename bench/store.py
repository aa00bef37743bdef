"""Store figures: what a version costs on disk and to read and verify (issue 17).

Archives are built through the store's own API (`Run.identify` / `Run.stage` / `Run.commit`,
as a crawl calls them), from generated speeches (the replica generator's vocabulary), not by
crawling: what is measured is the store, not the network.

- Bytes an unchanged version adds (every page answered 304: `Run.carry_over` of every URL), at
  `docs` documents (after the versions below; `store-large`: on a first version), besides WARC revisit records (none here): the delta version itself, and
  amortised over the checkpoint policy (a checkpoint every `max_deltas + 1` unchanged versions;
  the checkpoint's size is measured by writing one).
- On an archive of `docs` documents with `versions` versions each changing `change_share` of them
  (a copy of each found at a new URL: state "changed"): reading the latest version
  (`Archive.manifest`) and the default `verify` (the versions since the last verified one: here
  the newest) against the same after one such version (a second archive grown by the same two
  commits, timed in turns with the other so that a neighbour's load weighs on both alike); `verify --full` at both
  points; and reading the version with the longest delta chain.

    python -m bench --only store                      # 10^4 documents, 50 versions of 1 %
    python -m bench --only store-large                # the unchanged version at 10^5 documents
"""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

SEED = 17


def generated_document(index: int, url_suffix: str = "") -> dict:
    """A speech as the extraction step yields it (text from the replica generator's vocabulary)."""
    from replica.generate import SpeechWriter

    rng = random.Random(SEED * 1_000_003 + index)
    title, paragraphs = SpeechWriter(rng).speech(rng.randint(8, 20))
    url = f"http://bench-store.test/article/{index}.html{url_suffix}"
    return {
        "url": url,
        "title": title,
        "text": "\n\n".join(paragraphs),
        "site": "bench-store.test",
        "script": "Hans",
        "truncated": False,
        "pages": [url],
        "encoding": "utf-8",
        "encoding_source": "header",
        "extractor_version": "bench",
        "profile_version": "bench",
    }


def seen_at(url: str, fetched_at: str) -> dict:
    page = {"url": url, "fetch_url": url, "status": 200, "fetched_at": fetched_at, "warc": None}
    return {"url": url, "fetch_url": url, "pages": [page]}


def stage_all(run, docs: list[dict], fetched_at: str) -> None:
    from pipelines.document import Document

    for doc in docs:
        document = Document.from_dict(doc)
        run.stage(document, run.identify(document), seen_at(doc["url"], fetched_at))


def build_first_version(archive, docs: int) -> None:
    run = archive.begin_run({"spiders": ["bench-store"]})
    stage_all(run, [generated_document(i) for i in range(docs)], "2026-12-01T00:00:00Z")
    run.commit({})


def commit_change(archive, docs: int, share: float, number: int) -> int:
    """One version in which `share` of the documents changed (a copy of each at a new URL)."""
    rng = random.Random(SEED + number)
    chosen = rng.sample(range(docs), max(1, round(docs * share)))
    run = archive.begin_run({"spiders": ["bench-store"]})
    copies = [generated_document(i, url_suffix=f"?copy={number}") for i in chosen]
    stage_all(run, copies, f"2026-12-{1 + number % 28:02d}T00:00:00Z")
    return run.commit({})


def commit_unchanged(archive, docs: int) -> int:
    """A re-crawl where every page answered 304."""
    run = archive.begin_run({"spiders": ["bench-store"]})
    for i in range(docs):
        run.carry_over(f"http://bench-store.test/article/{i}.html")
    return run.commit({})


def tree_bytes(root: Path, skip: tuple[str, ...] = ("warc", "staging")) -> int:
    return sum(
        p.stat().st_size for p in root.rglob("*") if p.is_file() and p.relative_to(root).parts[0] not in skip
    )


def unchanged_version_bytes(archive, docs: int, prefix: str = "store") -> dict[str, float]:
    """An unchanged version committed on `archive` (of `docs` documents), then a checkpoint."""
    from archive.store import Archive
    from archive.versions import DEFAULT_POLICY, CheckpointPolicy

    # One unchanged version first: the first after changes also drops the older copy of the
    # catalog's word index (kept for a reader of the previous catalog), which is no cost of its own.
    commit_unchanged(archive, docs)
    before = tree_bytes(archive.root)
    version = commit_unchanged(archive, docs)
    delta = tree_bytes(archive.root) - before
    assert archive.meta(version)["manifest_kind"] == "delta", "an unchanged version must be a delta"
    # The checkpoint such an archive writes every max_deltas + 1 versions: measured by writing one.
    forced = Archive(archive.root, checkpoint_policy=CheckpointPolicy(max_deltas=0))
    before = tree_bytes(archive.root)
    commit_unchanged(forced, docs)
    checkpoint = tree_bytes(archive.root) - before
    every = DEFAULT_POLICY.max_deltas + 1
    return {
        f"{prefix}_docs": docs,
        f"{prefix}_unchanged_version_bytes": delta,
        f"{prefix}_unchanged_amortised_bytes": (DEFAULT_POLICY.max_deltas * delta + checkpoint) / every,
        f"{prefix}_checkpoint_bytes": checkpoint,  # what every version cost before deltas
    }


def paired_best(rounds: int, first, second) -> tuple[float, float]:
    """The fastest of `rounds` timed calls of each, taken in turns, so that a neighbour's load
    weighs on both alike."""
    best = [float("inf"), float("inf")]
    for _ in range(max(1, rounds)):
        for i, fn in enumerate((first, second)):
            started = time.perf_counter()
            fn()
            best[i] = min(best[i], time.perf_counter() - started)
    return best[0], best[1]


def many_versions(docs: int, versions: int, share: float, repeats: int, tmp: Path) -> dict[str, float]:
    """Read and verify after one version of changes (a snapshot kept) and after `versions`."""
    from archive.store import Archive
    from archive.verified import record_for
    from archive.verify import verify_archive

    archive = Archive(tmp / "many-versions")
    started = time.perf_counter()
    build_first_version(archive, docs)
    commit_change(archive, docs, share, 2)
    # The same two versions again, grown by commits as an archive grows: a hard-linked copy lays its
    # folders out afresh, and a stat in them was ~8 % cheaper than in the archive grown over 50
    # commits, which the ratio then counted as the cost of history.
    after_one = Archive(tmp / "after-one-version")
    build_first_version(after_one, docs)
    commit_change(after_one, docs, share, 2)
    for number in range(3, versions + 2):
        commit_change(archive, docs, share, number)
    build_s = time.perf_counter() - started
    latest = archive.latest()
    # The version whose read is the longest the policy allows here: the most deltas after a checkpoint.
    longest = max(archive.versions(), key=lambda v: (archive.meta(v).get("deltas_since_checkpoint", 0), v))

    def reader(root: Path, version: int):
        return lambda: Archive(root).manifest(version)  # a fresh Archive: no cache

    # The default verify: the newest version, the one before it verified.
    since_one = record_for(after_one.root, 1, "2026-12-01T00:00:00Z", None)
    since_many = record_for(archive.root, latest - 1, "2026-12-01T00:00:00Z", None)
    assert verify_archive(after_one, since=since_one).ok and verify_archive(archive, since=since_many).ok
    rounds = 10 * repeats  # milliseconds each: many rounds, the least disturbed kept
    read_one, read_many = paired_best(rounds, reader(after_one.root, 2), reader(archive.root, latest))
    _, read_longest = paired_best(rounds, reader(after_one.root, 2), reader(archive.root, longest))
    verify_one, verify_many = paired_best(
        rounds,
        lambda: verify_archive(after_one, since=since_one),
        lambda: verify_archive(archive, since=since_many),
    )
    full_one, full_many = paired_best(1, lambda: verify_archive(after_one), lambda: verify_archive(archive))
    return {
        "store_versions": versions,
        "store_read_latest_ms_after_1": 1000 * read_one,
        "store_read_latest_ms_after_many": 1000 * read_many,
        "store_read_latest_ratio": read_many / read_one,
        "store_read_longest_chain_ratio": read_longest / read_one,
        "store_longest_chain_deltas": archive.meta(longest).get("deltas_since_checkpoint", 0),
        "store_latest_deltas_since_checkpoint": archive.meta(latest).get("deltas_since_checkpoint", 0),
        "store_verify_ms_after_1": 1000 * verify_one,
        "store_verify_ms_after_many": 1000 * verify_many,
        "store_verify_ratio": verify_many / verify_one,
        "store_verify_full_s_after_1": full_one,
        "store_verify_full_s_after_many": full_many,
        "store_verify_full_ratio": full_many / full_one,
        "store_versions_build_s": build_s,
    }


def run(docs: int = 10_000, versions: int = 50, share: float = 0.01, repeats: int = 3) -> dict[str, float]:
    """The default family: 10^4 documents."""
    from archive.store import Archive

    with tempfile.TemporaryDirectory(prefix="bench-store-") as tmp:
        figures = many_versions(docs, versions, share, repeats, Path(tmp))
        # then the same archive re-crawled with nothing changed
        figures.update(unchanged_version_bytes(Archive(Path(tmp) / "many-versions"), docs))
    return figures


def run_large(docs: int = 100_000) -> dict[str, float]:
    """`--only store-large`: the unchanged version at 10^5 documents (about 8 minutes on 2 cores)."""
    with tempfile.TemporaryDirectory(prefix="bench-store-large-") as tmp:
        from archive.store import Archive

        started = time.perf_counter()
        archive = Archive(Path(tmp) / "archive")
        build_first_version(archive, docs)
        figures = unchanged_version_bytes(archive, docs, prefix="store_large")
        figures["store_large_build_s"] = time.perf_counter() - started
        return figures
