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
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

COPY_SHARE = 0.10  # as in the bench site: 10 % of documents copy an earlier original
KINDS = ("original", "near", "truncated")
SEED_STRIDE = 1_000_003  # document i of seed s is written from Random(s * SEED_STRIDE + i)


@dataclass(frozen=True)
class GeneratedDoc:
    index: int
    text: str
    source: int | None  # the original this copies (None: an original)
    kind: str  # "original" | "near" | "truncated"


def original_paragraphs(seed: int, index: int) -> list[str]:
    from replica.generate import SpeechWriter

    rng = random.Random(seed * SEED_STRIDE + index)
    _title, paragraphs = SpeechWriter(rng).speech(rng.randint(8, 20))
    return paragraphs


def copy_paragraphs(paragraphs: list[str], kind: str, rng: random.Random) -> list[str]:
    """What the bench site's copies are: a sentence or two rewritten, or a prefix of the paragraphs."""
    from replica.generate import SpeechWriter

    if kind == "near":
        return SpeechWriter(rng).edit_lightly(paragraphs)
    keep = max(3, math.ceil(len(paragraphs) * rng.uniform(0.4, 0.7)))
    return paragraphs[:keep]


def plan_documents(n_docs: int, seed: int = 0) -> tuple[array, bytearray]:
    """What each of `n_docs` documents is, compactly (10^6 of them in a few MB): `source[i]` the
    original document i copies (-1: an original), `kinds[i]` an index into KINDS."""
    plan = random.Random(seed)
    originals = array("i")
    source = array("i", [-1]) * n_docs
    kinds = bytearray(n_docs)
    for index in range(n_docs):
        if originals and plan.random() < COPY_SHARE:
            source[index] = plan.choice(originals)
            kinds[index] = KINDS.index("near" if plan.random() < 0.5 else "truncated")
        else:
            originals.append(index)
    return source, kinds


def document(seed: int, index: int, source: int, kind: str) -> GeneratedDoc:
    if source < 0:
        return GeneratedDoc(index, "\n\n".join(original_paragraphs(seed, index)), None, "original")
    rng = random.Random(seed * SEED_STRIDE + index)
    paragraphs = copy_paragraphs(original_paragraphs(seed, source), kind, rng)
    return GeneratedDoc(index, "\n\n".join(paragraphs), source, kind)


def generate_documents(n_docs: int, seed: int = 0) -> Iterator[GeneratedDoc]:
    """`n_docs` documents in arrival order; about COPY_SHARE of them copy an earlier original."""
    source, kinds = plan_documents(n_docs, seed)
    for index in range(n_docs):
        yield document(seed, index, source[index], KINDS[kinds[index]])


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def doc_url(index: int) -> str:
    return f"http://bench.test/a/{index + 1}.html"


def run_in_process(
    n_docs: int,
    seed: int = 0,
    index_dir: Path | None = None,
    commit_every: int | None = None,
    progress_every: int | None = None,
) -> dict[str, float]:
    """Feed the documents to a fresh on-disk DedupIndex (and their URLs to a UrlIndex); the figures.

    `commit_every`: commit the indexes every so many documents, as a crawl's versions do (None:
    once at the end). `progress_every`: one JSON line on stderr every so many documents with the
    figures of that stretch alone (how the cost grows with the index). The plan and the doc ids kept for checking are small (arrays, and the ids
    of originals that are copied only), so the peak RSS is the indexes' own.
    """
    from archive.indexes import UrlIndex
    from pipelines.dedup import DedupIndex, new_doc_id, normalise_for_dedup

    source, kinds = plan_documents(n_docs, seed)
    copied = {s for s in source if s >= 0}
    with tempfile.TemporaryDirectory(prefix="bench-dedup-", dir=index_dir) as tmp:
        index = DedupIndex(Path(tmp) / "dedup.sqlite")
        urls = UrlIndex(Path(tmp) / "urls.sqlite")
        doc_id_of: dict[int, str] = {}
        called_copies = true_copies = right = 0
        by_kind = {kind: [0, 0] for kind in KINDS[1:]}  # kind -> [true copies, found]
        wrong_kinds: dict[str, int] = {}
        dedup_seconds = url_seconds = dedup_cpu_seconds = 0.0
        started = time.perf_counter()
        stretch = (0, 0.0, 0.0)  # (documents, dedup seconds, dedup CPU seconds) at the last progress line
        for i in range(n_docs):
            doc = document(seed, i, source[i], KINDS[kinds[i]])
            c0, t0 = time.process_time(), time.perf_counter()
            norm = normalise_for_dedup(doc.text)
            match = index.match(norm)
            doc_id = match.doc_id if match else new_doc_id(norm)
            index.add(doc_id, norm, complete=doc.kind != "truncated")
            t1 = time.perf_counter()
            dedup_cpu_seconds += time.process_time() - c0
            urls.add(doc_url(i), doc_id)
            t2 = time.perf_counter()
            dedup_seconds += t1 - t0
            url_seconds += t2 - t1
            if i in copied:
                doc_id_of[i] = doc_id
            if doc.source is not None:
                true_copies += 1
                by_kind[doc.kind][0] += 1
            if match is not None:
                called_copies += 1
                if doc.source is not None and doc_id == doc_id_of[doc.source]:
                    right += 1
                    by_kind[doc.kind][1] += 1
                else:
                    wrong_kinds[doc.kind] = wrong_kinds.get(doc.kind, 0) + 1
            elif doc.source is not None:
                wrong_kinds[f"missed_{doc.kind}"] = wrong_kinds.get(f"missed_{doc.kind}", 0) + 1
            if commit_every and (i + 1) % commit_every == 0:
                c0, t0 = time.process_time(), time.perf_counter()
                index.commit()
                t1 = time.perf_counter()
                dedup_cpu_seconds += time.process_time() - c0
                urls.commit()
                dedup_seconds += t1 - t0
                url_seconds += time.perf_counter() - t1
            if progress_every and (i + 1) % progress_every == 0:
                docs, wall, cpu = (
                    i + 1 - stretch[0],
                    dedup_seconds - stretch[1],
                    dedup_cpu_seconds - stretch[2],
                )
                stretch = (i + 1, dedup_seconds, dedup_cpu_seconds)
                progress = {
                    "docs": i + 1,
                    "ms_per_doc": round(1000 * wall / docs, 3),
                    "cpu_ms_per_doc": round(1000 * cpu / docs, 3),
                    "peak_rss_mb": round(peak_rss_mb(), 1),
                    "loadavg": Path("/proc/loadavg").read_text().split()[0],
                }
                print(json.dumps(progress), file=sys.stderr, flush=True)
        c0, t0 = time.process_time(), time.perf_counter()
        index.commit()
        t1 = time.perf_counter()
        dedup_cpu_seconds += time.process_time() - c0
        urls.commit()
        dedup_seconds += t1 - t0
        url_seconds += time.perf_counter() - t1
        # Look-ups as a re-crawl makes them (a 304 names a URL): a sample of known URLs.
        sample = random.Random(seed).sample(range(n_docs), min(n_docs, 10_000))
        t0 = time.perf_counter()
        found = sum(1 for i in sample if urls.doc_ids(doc_url(i)))
        url_lookup_seconds = time.perf_counter() - t0
        index_bytes = sum(p.stat().st_size for p in Path(tmp).iterdir() if p.name.startswith("dedup"))
        url_bytes = sum(p.stat().st_size for p in Path(tmp).iterdir() if p.name.startswith("urls"))
        index.close()
        urls.close()
    return {
        "dedup_docs": n_docs,
        "dedup_true_copies": true_copies,
        "dedup_called_copies": called_copies,
        "dedup_ms_per_doc": 1000 * dedup_seconds / n_docs,
        # CPU time of the same calls: on a shared, loaded machine the wall time also counts the
        # time the process waited for a core.
        "dedup_cpu_ms_per_doc": 1000 * dedup_cpu_seconds / n_docs,
        "dedup_peak_rss_mb": peak_rss_mb(),
        "dedup_index_mb": index_bytes / 2**20,
        "dedup_precision": right / called_copies if called_copies else 1.0,
        "dedup_recall": right / true_copies if true_copies else 1.0,
        "dedup_recall_near": by_kind["near"][1] / by_kind["near"][0] if by_kind["near"][0] else 1.0,
        "dedup_recall_truncated": (
            by_kind["truncated"][1] / by_kind["truncated"][0] if by_kind["truncated"][0] else 1.0
        ),
        "dedup_errors": wrong_kinds,
        "url_index_add_ms_per_doc": 1000 * url_seconds / n_docs,
        "url_index_lookup_ms": 1000 * url_lookup_seconds / max(1, len(sample)),
        "url_index_found_ratio": found / max(1, len(sample)),
        "url_index_mb": url_bytes / 2**20,
        "dedup_wall_s": time.perf_counter() - started,
    }


def run(
    n_docs: int = 100_000,
    seed: int = 0,
    timeout: float = 3600,
    commit_every: int | None = None,
    prefix: str = "",
) -> dict[str, float]:
    """The dedup figures measured in a process of their own (its peak RSS is the index's alone);
    `prefix` names them apart (`scale_`: the 10^6 run)."""
    from bench.measure import python_module, run_sampled

    args = ["--docs", str(n_docs), "--seed", str(seed)]
    if commit_every:
        args += ["--commit-every", str(commit_every)]
    result = run_sampled(python_module("bench.dedup", *args), timeout)
    if result.returncode != 0:
        tail = "\n".join(result.stderr.strip().splitlines()[-15:])
        raise RuntimeError(f"dedup benchmark exited {result.returncode}:\n{tail}")
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    return {f"{prefix}{name}": value for name, value in figures.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.dedup")
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--commit-every", type=int, default=None, help="documents per index commit")
    parser.add_argument(
        "--progress-every", type=int, default=None, help="a stderr line of figures every so many documents"
    )
    args = parser.parse_args(argv)
    figures = run_in_process(
        args.docs, args.seed, commit_every=args.commit_every, progress_every=args.progress_every
    )
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
