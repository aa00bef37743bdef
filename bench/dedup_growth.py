"""Does dedup's cost per document grow with the index? CPU time of look-ups and additions at growing sizes.

One on-disk `DedupIndex` is grown with bench/dedup.py's generated documents (match, then add, as
the archive does, committed every 10,000); at each checkpoint the same fresh documents are looked
up (best of 2), and the stretch just added says what a match + add + its share of the commits
cost. Figures are CPU milliseconds (the machine is shared: wall time counts the waits for a core).

Writing 10^6 documents takes hours on a loaded machine, so `--filler N` first writes N synthetic
entries into the index's tables in bulk (random bucket keys, a random 1/8 sample, the size of a
generated speech): the index has the size, the pages and the B-tree depth of N documents, and the
generated documents then go through it as they would at that size. Random keys share no bucket
with anything, so the filler changes no match (it does not make the crowded buckets of stock
phrases either: those are capped at their read limit whatever the size).

The commits write bucket appends into a table of recent appends, moved into the bucket table once
it holds RECENT_MERGE_ROWS rows (about 40,000 documents): a stretch between checkpoints counts
those moves that fall in it, so the stretch 40,000-80,000 holds one and gives the cost with it.

    python -m bench.dedup_growth --checkpoints 20000,50000,100000   # one JSON line per checkpoint
    python -m bench.dedup_growth --filler 1000000 --checkpoints 10000,20000
    python -m bench.dedup_growth --filler 1000000 --checkpoints 40000,80000   # a move in the second
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from bench.dedup import KINDS, document, plan_documents
from pipelines.dedup import (
    LSH_BANDS,
    PREFIX_ANCHOR_LEVELS,
    SAMPLE_SHIFT,
    DedupIndex,
    fingerprint,
    new_doc_id,
    normalise_for_dedup,
)

PROBES = 300
COMMIT_EVERY = 10_000
# A generated speech: about 1,700 distinct shingles, so a 1/8 sample of about 210 hashes.
FILLER_SIZE = 1_700


def lookup_cpu_ms(index: DedupIndex, texts: list[str]) -> tuple[float, list]:
    prints = [fingerprint(text) for text in texts]
    best, found = float("inf"), []
    for _ in range(2):
        started = time.process_time()
        found = []
        for text, fp in zip(texts, prints, strict=True):
            index._last = (text, fp)  # noqa: SLF001 - the fingerprint is not what is measured
            match = index.match(text)
            found.append((match.doc_id, match.kind) if match else None)
        best = min(best, time.process_time() - started)
    return 1000 * best / len(texts), found


def fill(index: DedupIndex, count: int, seed: int) -> float:
    """`count` synthetic entries written in bulk, sorted by bucket key, in one transaction; the
    CPU seconds it took. Writes the index's tables directly (adding them one by one through `add`
    would take as long as the documents they stand for)."""
    rng = np.random.default_rng(seed)
    started = time.process_time()
    db = index._db  # noqa: SLF001 - a bench filling the index's own tables
    index._begin()  # noqa: SLF001
    first = (db.execute("SELECT COALESCE(MAX(id), 0) FROM entry").fetchone()[0] or 0) + 1
    sample_size = FILLER_SIZE // 8
    for block_start in range(0, count, 20_000):
        block = min(20_000, count - block_start)
        samples = np.sort(rng.integers(0, 1 << SAMPLE_SHIFT, (block, sample_size), dtype=np.uint32), axis=1)
        shas = rng.integers(0, 1 << 63, (block, 4), dtype=np.int64)
        ids = range(first + block_start, first + block_start + block)
        db.executemany(
            "INSERT INTO entry (id, doc_id, sha, size, complete, sample, sampled) VALUES (?, ?, ?, ?, 1, ?, 1)",
            (
                (entry_id, f"f{entry_id}", shas[i].tobytes().hex(), FILLER_SIZE, samples[i].tobytes())
                for i, entry_id in enumerate(ids)
            ),
        )
    # Bucket keys in ascending order, a slice of the key space at a time (a sort of all of them
    # would hold 38 keys x `count` in memory), each naming a random filler entry.
    total_keys = count * (LSH_BANDS + PREFIX_ANCHOR_LEVELS)
    slices = max(1, total_keys // 1_000_000)
    width = (1 << 64) // slices
    for number in range(slices):
        low = -(1 << 63) + number * width
        keys = np.sort(
            rng.integers(low, low + width - 1, total_keys // slices, dtype=np.int64, endpoint=True)
        )
        owners = rng.integers(first, first + count, keys.size, dtype=np.uint32).astype("<u4")
        db.executemany(
            "INSERT OR IGNORE INTO bucket (key, entries) VALUES (?, ?)",
            zip(keys.tolist(), (owner.tobytes() for owner in owners), strict=True),
        )
    index.commit()
    return time.process_time() - started


def run(checkpoints: list[int], seed: int = 0, filler: int = 0) -> None:
    total = checkpoints[-1] + PROBES
    source, kinds = plan_documents(total, seed)
    probes = [
        normalise_for_dedup(document(seed, i, source[i], KINDS[kinds[i]]).text)
        for i in range(total - PROBES, total)
    ]
    with tempfile.TemporaryDirectory(prefix="bench-dedup-growth-") as tmp:
        path = Path(tmp) / "dedup.sqlite"
        index = DedupIndex(path)
        if filler:
            fill_s = fill(index, filler, seed)
            print(json.dumps({"filler": filler, "filler_cpu_s": round(fill_s, 1)}), flush=True)
        done = 0
        for size in checkpoints:
            stretch_cpu = 0.0
            for i in range(done, size):
                norm = normalise_for_dedup(document(seed, i, source[i], KINDS[kinds[i]]).text)
                started = time.process_time()
                match = index.match(norm)
                index.add(match.doc_id if match else new_doc_id(norm), norm, complete=True)
                if (i + 1) % COMMIT_EVERY == 0:
                    index.commit()
                stretch_cpu += time.process_time() - started
            started = time.process_time()
            index.commit()
            stretch_cpu += time.process_time() - started
            lookup_ms, found = lookup_cpu_ms(index, probes)
            figures = {
                "docs": size,
                "index_entries": filler + size,
                "match_add_cpu_ms_per_doc": round(1000 * stretch_cpu / max(1, size - done), 3),
                "lookup_cpu_ms": round(lookup_ms, 3),
                "probes_matched": sum(1 for f in found if f),
                "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                "index_mb": round(path.stat().st_size / 2**20, 1),
                "loadavg": Path("/proc/loadavg").read_text().split()[0],
            }
            done = size
            print(json.dumps(figures), flush=True)
        index.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.dedup_growth")
    parser.add_argument("--checkpoints", default="20000,50000,100000", help="index sizes, ascending")
    parser.add_argument("--filler", type=int, default=0, help="synthetic entries added first")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    run(sorted(int(size) for size in args.checkpoints.split(",")), args.seed, args.filler)
    return 0


if __name__ == "__main__":
    sys.exit(main())
