"""Search figures: a catalog of generated speeches (`bench.dedup.generate_documents`, the replica
generator's vocabulary), its size against the documents' text, and `archive.search.search`
latency over the query set of search as you type: phrases of 4 to 12 characters taken from the
documents, and one- and two-character queries (the first characters of such phrases), top 10
ranked by relevance.

The catalog is filled the way `archive.catalog` fills it from an archive (same schema, same
`insert_document`, the same word index), without crawling 100,000 pages first. Each query is
a whole `search()` call as the CLI makes it: open the file, find, rank, snippet, close. The load
average is reported before and after the queries: the latencies are absolute, on a shared machine,
so the CPU time of each query (this process's, all its threads) is reported beside them.

With `--baseline` (the default run has it), the same queries also go, in the same process and
alternating with the new search query by query, to the search before issue 24
(`bench/search_baseline.py`: an FTS5 trigram table added to a copy of the catalog, ranked by one
pass over the candidates): `baseline_search_*`.

    python -m bench.search --docs 100000     # prints one JSON object (the parent reads it)
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

SITES = ("wm114", "huigou6", "fanwen_hant", "jianghua_ai")
TOP = 10  # the hits a search-as-you-type list shows
SHORT_QUERIES = 40  # half of one character, half of two


def document_object(index: int, text: str, rng: random.Random) -> dict:
    site = SITES[index % len(SITES)]
    url = f"http://{site}.test/speech/{index}.html"
    return {
        "doc_id": f"d{index:016x}",
        "title": f"在第{index}次工作会议上的讲话",
        "text": text,
        "published_at": f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "sites": [site],
        "urls": [url],
        "copies": [{"url": url, "kind": "canonical", "site": site, "chars": len(text), "truncated": False}],
        "flags": ["paywall"] if index % 17 == 0 else [],
        "gaps": [],
        "removed": [],
        "truncated": False,
        "omitted_chars": 0,
    }


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def run_in_process(n_docs: int, n_queries: int = 200, seed: int = 0, baseline: bool = False) -> dict:
    from archive.catalog import catalog_sizes, fill_catalog, open_new_catalog
    from archive.search import search
    from bench.dedup import generate_documents

    rng = random.Random(seed)
    picks = set(rng.sample(range(n_docs), min(n_queries, n_docs)))
    phrases: list[str] = []
    short: list[str] = []

    def documents():
        for doc in generate_documents(n_docs, seed):
            if doc.index in picks:  # a phrase of 4 to 12 characters from this speech
                length = rng.randint(4, 12)
                start = rng.randrange(0, max(1, len(doc.text) - length))
                phrase = " ".join(doc.text[start : start + length].split()) or doc.text[:length]
                phrases.append(phrase)
                if len(short) < SHORT_QUERIES:  # as typed: the phrase's first one or two characters
                    short.append(phrase.replace(" ", "")[: 1 + len(short) % 2] or "教育")
            yield document_object(doc.index, doc.text, rng)

    with tempfile.TemporaryDirectory(prefix="bench-search-") as tmp:
        path = Path(tmp) / "catalog.sqlite"
        started = time.perf_counter()
        db = open_new_catalog(path)
        fill_catalog(db, documents(), 1)
        db.close()
        build_s = time.perf_counter() - started
        sizes = catalog_sizes(path)
        figures: dict = {}
        searches = {"search": lambda q: search(path, q, limit=TOP)}
        if baseline:
            from bench import search_baseline

            old = Path(tmp) / "baseline.sqlite"
            shutil.copyfile(path, old)
            started = time.perf_counter()
            search_baseline.add_trigram_index(old)
            figures["baseline_catalog_build_extra_s"] = time.perf_counter() - started
            figures["baseline_catalog_size_ratio_to_text"] = old.stat().st_size / sizes["text_bytes"]
            searches["baseline_search"] = lambda q: search_baseline.search(old, q, limit=TOP)
        load_before = os.getloadavg()[0]
        timings = {name: {"phrase": [], "short": [], "phrase_cpu": [], "short_cpu": []} for name in searches}
        found = dict.fromkeys(searches, 0)
        for kind, queries in (("phrase", phrases), ("short", short)):
            for query in queries:
                for name, call in searches.items():  # side by side, query by query
                    t0, c0 = time.perf_counter(), time.process_time()
                    hits, _ = call(query)
                    timings[name][f"{kind}_cpu"].append(1000 * (time.process_time() - c0))
                    timings[name][kind].append(1000 * (time.perf_counter() - t0))
                    found[name] += bool(hits) if kind == "phrase" else 0
        load_after = os.getloadavg()[0]
    for name, t in timings.items():
        figures.update(
            {
                f"{name}_queries_found": found[name],
                f"{name}_p50_ms": statistics.median(t["phrase"]),
                f"{name}_p95_ms": percentile(t["phrase"], 0.95),
                f"{name}_cpu_p50_ms": statistics.median(t["phrase_cpu"]),
                f"{name}_cpu_p95_ms": percentile(t["phrase_cpu"], 0.95),
                f"{name}_short_query_p50_ms": statistics.median(t["short"]),
                f"{name}_short_query_p95_ms": percentile(t["short"], 0.95),
                f"{name}_short_query_cpu_p95_ms": percentile(t["short_cpu"], 0.95),
            }
        )
    return {
        "search_docs": n_docs,
        "search_queries": len(phrases),
        "search_short_queries": len(short),
        **figures,
        "search_load_average_1min": round((load_before + load_after) / 2, 2),
        "catalog_size_ratio_to_text": sizes["catalog_bytes"] / sizes["text_bytes"],
        "catalog_words_ratio_to_text": sizes["words_bytes"] / sizes["text_bytes"],
        "catalog_mb": sizes["catalog_bytes"] / 2**20,
        "catalog_build_s": build_s,
    }


def run(
    n_docs: int = 100_000, seed: int = 0, timeout: float = 3600, n_queries: int = 200, baseline: bool = True
) -> dict:
    """The search figures measured in a process of their own."""
    from bench.measure import python_module, run_sampled

    command = python_module(
        "bench.search", "--docs", str(n_docs), "--seed", str(seed), "--queries", str(n_queries)
    ) + (["--baseline"] if baseline else [])
    result = run_sampled(command, timeout)
    if result.returncode != 0:
        tail = "\n".join(result.stderr.strip().splitlines()[-15:])
        raise RuntimeError(f"search benchmark exited {result.returncode}:\n{tail}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.search")
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--queries", type=int, default=200, help="phrases searched (and up to 40 short queries)"
    )
    parser.add_argument(
        "--baseline", action="store_true", help="also the search before issue 24, side by side"
    )
    args = parser.parse_args(argv)
    print(json.dumps(run_in_process(args.docs, args.queries, seed=args.seed, baseline=args.baseline)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
