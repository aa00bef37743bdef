"""Dedup figures: generated documents, 10 % near or truncated copies with known truth, into `DedupIndex`.

Documents come from the replica generator's speech vocabulary (`SpeechWriter`); each one is
rebuilt from its own seed, so a copy regenerates its original instead of the run keeping 100,000
texts in memory. Each document goes through what `archive.store.Run.add_documents` does with it:
`normalise_for_dedup`, `DedupIndex.match`, a doc id (the match's, or a new one), `DedupIndex.add`;
the index is on disk (as in an archive) and committed once at the end. Only those calls are timed.

Precision and recall are over copy decisions: a document called a copy is right when it was given
the doc id of the original it was made from; recall counts the true copies found that way.

    python -m bench.dedup --docs 100000     # prints one JSON object (the parent reads it)
"""

from __future__ import annotations

import argparse
import json
import math
import random
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

COPY_SHARE = 0.10  # as in the bench site: 10 % of documents copy an earlier original
SEED_STRIDE = 1_000_003  # document i of seed s is written from Random(s * SEED_STRIDE + i)


@dataclass(frozen=True)
class GeneratedDoc:
    index: int
    text: str
    source: int | None  # the original this copies (None: an original)
    kind: str  # "original" | "near" | "truncated"


def original_paragraphs(seed: int, index: int) -> list[str]:
    from crawler.replica.generate import SpeechWriter

    rng = random.Random(seed * SEED_STRIDE + index)
    _title, paragraphs = SpeechWriter(rng).speech(rng.randint(8, 20))
    return paragraphs


def copy_paragraphs(paragraphs: list[str], kind: str, rng: random.Random) -> list[str]:
    """What the bench site's copies are: a sentence or two rewritten, or a prefix of the paragraphs."""
    from crawler.replica.generate import SpeechWriter

    if kind == "near":
        return SpeechWriter(rng).edit_lightly(paragraphs)
    keep = max(3, math.ceil(len(paragraphs) * rng.uniform(0.4, 0.7)))
    return paragraphs[:keep]


def generate_documents(n_docs: int, seed: int = 0) -> Iterator[GeneratedDoc]:
    """`n_docs` documents in arrival order; about COPY_SHARE of them copy an earlier original."""
    plan = random.Random(seed)
    originals: list[int] = []
    for index in range(n_docs):
        if originals and plan.random() < COPY_SHARE:
            source = plan.choice(originals)
            kind = "near" if plan.random() < 0.5 else "truncated"
            rng = random.Random(seed * SEED_STRIDE + index)
            paragraphs = copy_paragraphs(original_paragraphs(seed, source), kind, rng)
            yield GeneratedDoc(index, "\n\n".join(paragraphs), source, kind)
        else:
            originals.append(index)
            yield GeneratedDoc(index, "\n\n".join(original_paragraphs(seed, index)), None, "original")


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def run_in_process(n_docs: int, seed: int = 0, index_dir: Path | None = None) -> dict[str, float]:
    """Feed the documents to a fresh on-disk DedupIndex; the figures as a dict."""
    from pipelines.dedup import DedupIndex, new_doc_id, normalise_for_dedup

    with tempfile.TemporaryDirectory(prefix="bench-dedup-", dir=index_dir) as tmp:
        index = DedupIndex(Path(tmp) / "dedup.sqlite")
        doc_id_of: dict[int, str] = {}
        called_copies = true_copies = right = 0
        wrong_kinds: dict[str, int] = {}
        dedup_seconds = 0.0
        started = time.perf_counter()
        for doc in generate_documents(n_docs, seed):
            t0 = time.perf_counter()
            norm = normalise_for_dedup(doc.text)
            match = index.match(norm)
            doc_id = match.doc_id if match else new_doc_id(norm)
            index.add(doc_id, norm, complete=doc.kind != "truncated")
            dedup_seconds += time.perf_counter() - t0
            doc_id_of[doc.index] = doc_id
            if doc.source is not None:
                true_copies += 1
            if match is not None:
                called_copies += 1
                if doc.source is not None and doc_id == doc_id_of[doc.source]:
                    right += 1
                else:
                    wrong_kinds[doc.kind] = wrong_kinds.get(doc.kind, 0) + 1
            elif doc.source is not None:
                wrong_kinds[f"missed_{doc.kind}"] = wrong_kinds.get(f"missed_{doc.kind}", 0) + 1
        t0 = time.perf_counter()
        index.commit()
        dedup_seconds += time.perf_counter() - t0
        index_bytes = sum(p.stat().st_size for p in Path(tmp).iterdir() if p.is_file())
        index.close()
    return {
        "dedup_docs": n_docs,
        "dedup_true_copies": true_copies,
        "dedup_called_copies": called_copies,
        "dedup_ms_per_doc": 1000 * dedup_seconds / n_docs,
        "dedup_peak_rss_mb": peak_rss_mb(),
        "dedup_index_mb": index_bytes / 2**20,
        "dedup_precision": right / called_copies if called_copies else 1.0,
        "dedup_recall": right / true_copies if true_copies else 1.0,
        "dedup_errors": wrong_kinds,
        "dedup_wall_s": time.perf_counter() - started,
    }


def run(n_docs: int = 100_000, seed: int = 0, timeout: float = 3600) -> dict[str, float]:
    """The dedup figures measured in a process of their own (its peak RSS is the index's alone)."""
    from bench.measure import python_module, run_sampled

    result = run_sampled(python_module("bench.dedup", "--docs", str(n_docs), "--seed", str(seed)), timeout)
    if result.returncode != 0:
        tail = "\n".join(result.stderr.strip().splitlines()[-15:])
        raise RuntimeError(f"dedup benchmark exited {result.returncode}:\n{tail}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.dedup")
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    print(json.dumps(run_in_process(args.docs, args.seed)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
