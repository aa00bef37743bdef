"""Does a dedup lookup grow with the index? Bounded bucket reads against whole-bucket reads, same index.

One on-disk `DedupIndex` is grown with bench/dedup.py's generated documents (match, then add, as
the archive does); at each checkpoint the same fresh documents are looked up twice: through the
index as it is (each bucket gives its latest entries, up to its read limit) and through a copy of
it that reads every bucket whole (the index before issue 24). Figures are CPU milliseconds per
lookup, fingerprinting left out (the same for both), best of 2; `same_matches` says whether both
found the same documents.

    python -m bench.dedup_growth --checkpoints 20000,50000,100000   # one JSON line per checkpoint
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
from pipelines.dedup import MAX_CANDIDATES, DedupIndex, fingerprint, new_doc_id, normalise_for_dedup

PROBES = 300


class WholeBucketIndex(DedupIndex):
    """The index as it read buckets before issue 24: every entry of every bucket of the query."""

    def _candidates(self, query):
        keys = query.keys
        rows = self._db.execute(
            f"SELECT entry FROM band WHERE key IN ({','.join('?' * len(keys))})", keys
        ).fetchall()
        if not rows:
            return []
        entries, hits = np.unique(
            np.fromiter((row[0] for row in rows), dtype=np.int64, count=len(rows)), return_counts=True
        )
        if entries.size > MAX_CANDIDATES:
            entries = entries[np.lexsort((-entries, -hits))[:MAX_CANDIDATES]]
        return entries.tolist()


def lookup_cpu_ms(index: DedupIndex, texts: list[str]) -> tuple[float, list]:
    prints = [fingerprint(text) for text in texts]
    best, found = float("inf"), []
    for _ in range(2):
        started = time.process_time()
        found = []
        for text, fp in zip(texts, prints, strict=True):
            index._last = (text, fp)  # noqa: SLF001 - the fingerprint is not what is compared
            match = index.match(text)
            found.append((match.doc_id, match.kind) if match else None)
        best = min(best, time.process_time() - started)
    return 1000 * best / len(texts), found


def run(checkpoints: list[int], seed: int = 0) -> None:
    total = checkpoints[-1] + PROBES
    source, kinds = plan_documents(total, seed)
    probes = [
        normalise_for_dedup(document(seed, i, source[i], KINDS[kinds[i]]).text)
        for i in range(total - PROBES, total)
    ]
    with tempfile.TemporaryDirectory(prefix="bench-dedup-growth-") as tmp:
        path = Path(tmp) / "dedup.sqlite"
        index = DedupIndex(path)
        done = 0
        for size in checkpoints:
            for i in range(done, size):
                norm = normalise_for_dedup(document(seed, i, source[i], KINDS[kinds[i]]).text)
                match = index.match(norm)
                index.add(match.doc_id if match else new_doc_id(norm), norm, complete=True)
                if (i + 1) % 10_000 == 0:
                    index.commit()
            done = size
            index.commit()
            whole = WholeBucketIndex(path)
            bounded_ms, bounded_found = lookup_cpu_ms(index, probes)
            whole_ms, whole_found = lookup_cpu_ms(whole, probes)
            whole.close()
            figures = {
                "docs": size,
                "whole_bucket_lookup_cpu_ms": round(whole_ms, 3),
                "bounded_lookup_cpu_ms": round(bounded_ms, 3),
                "same_matches": whole_found == bounded_found,
                "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                "index_mb": round(path.stat().st_size / 2**20, 1),
            }
            print(json.dumps(figures), flush=True)
        index.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.dedup_growth")
    parser.add_argument("--checkpoints", default="20000,50000,100000", help="index sizes, ascending")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    run(sorted(int(size) for size in args.checkpoints.split(",")), args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
