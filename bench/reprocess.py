"""`speech-archive reprocess` alone, repeated on copies of one crawled archive (issue 24).

python -m bench.reprocess                              # crawl 2,000 bench articles, reprocess 3 times
python -m bench.reprocess --archive /tmp/kept          # crawled there once, kept, reused next time
python -m bench.reprocess --archive /tmp/kept --changed-rules   # every document changes

The crawl is `bench.crawl`'s (the generated small-page site on a loopback replica, the bench
profiles). Each repeat copies the crawled archive and times `reprocess --profiles bench/profiles`
of the copy in a subprocess (start-up and commit included), with the CPU of its whole process tree
(the pool's workers and forkserver too). `--changed-rules` reprocesses with a copy of the bench
profile that has one more noise rule (a word of most speeches), so that nearly every document is
`changed`: what a rule change costs, where the same rules cost only the rebuild.

Run from two checkouts in turn with the same `--archive` to compare code side by side: the copy
each repeat starts from is the same crawl. One `name: value` line per figure; the load average
before and after, as the machine is shared.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
from pathlib import Path

from bench.crawl import BENCH_PROFILES, DEFAULT_CONCURRENCY, check, crawl_command, documents_rebuilt
from bench.measure import python_module, run_sampled

# A word of most of the bench site's speeches, taken out as site noise: their texts change.
CHANGED_NOISE = 'noise = ["同志们"]'


def crawl_once(archive: Path, n_articles: int, timeout: float) -> None:
    from replica.generate import generate_bench_site
    from replica.server import ReplicaWeb

    with tempfile.TemporaryDirectory(prefix="bench-reprocess-site-") as tmp:
        sites = Path(tmp) / "sites"
        generate_bench_site(sites, n_articles=n_articles, seed=0)
        with ReplicaWeb(sites) as web:
            cmd = crawl_command(web.urls["bench.test"], archive, DEFAULT_CONCURRENCY, None)
            check(run_sampled(cmd, timeout, {"SPEECH_ARCHIVE_NO_REPORT": "1"}), "crawl")


def changed_profiles(folder: Path) -> Path:
    """A copy of the bench profiles whose `bench` profile removes one more word as noise."""
    folder.mkdir(parents=True, exist_ok=True)
    text = (BENCH_PROFILES / "bench.toml").read_text(encoding="utf-8")
    if "noise = []" not in text:
        raise SystemExit("bench.reprocess: bench/profiles/bench.toml has no empty noise list to change")
    (folder / "bench.toml").write_text(text.replace("noise = []", CHANGED_NOISE), encoding="utf-8")
    return folder


def reprocess_once(archive: Path, work: Path, profiles: Path, workers: str, timeout: float) -> dict:
    copy = work / "copy"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(archive, copy, symlinks=True)
    cmd = python_module(
        "crawler.cli", "reprocess", "--archive", str(copy), "--profiles", str(profiles), "--workers", workers
    )
    result = run_sampled(cmd, timeout, {"SPEECH_ARCHIVE_NO_REPORT": "1"})
    check(result, "reprocess")
    docs = documents_rebuilt(result.stdout)
    return {
        "documents": docs,
        "seconds": result.seconds,
        "cpu_s": result.tree_cpu_s,
        "peak_rss_mb": result.peak_rss_mb,
        "summary": result.stdout.strip().splitlines()[-1],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.reprocess", description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000, help="articles of the crawled bench site")
    parser.add_argument("--archive", type=Path, help="the crawled archive: made there if absent, kept")
    parser.add_argument("--repeats", type=int, default=3, help="reprocess runs, each on a fresh copy")
    parser.add_argument("--workers", default="auto", help="reprocess --workers (default: auto)")
    parser.add_argument("--changed-rules", action="store_true", help="a noise rule that changes the texts")
    parser.add_argument("--timeout", type=float, default=1800)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="bench-reprocess-") as tmp:
        work = Path(tmp)
        archive = args.archive or work / "archive"
        if not (archive / "versions").is_dir():
            crawl_once(archive, args.articles, args.timeout)
        profiles = changed_profiles(work / "profiles") if args.changed_rules else BENCH_PROFILES
        load_before = os.getloadavg()[0]
        runs = [
            reprocess_once(archive, work, profiles, args.workers, args.timeout)
            for _ in range(max(1, args.repeats))
        ]
        load_after = os.getloadavg()[0]
    rates = [run["documents"] / run["seconds"] for run in runs]
    best = runs[rates.index(max(rates))]
    cpu_ms = [run["cpu_s"] * 1000 / max(run["documents"], 1) for run in runs]
    print(f"# {runs[-1]['summary']}")
    for name, value in (
        ("reprocess_documents", runs[-1]["documents"]),
        ("reprocess_docs_per_s_best", max(rates)),
        ("reprocess_docs_per_s_median", statistics.median(rates)),
        ("reprocess_cpu_ms_per_doc_least", min(cpu_ms)),
        ("reprocess_cpu_per_wall_s_of_best", best["cpu_s"] / best["seconds"]),
        ("reprocess_peak_rss_mb", max(run["peak_rss_mb"] for run in runs)),
        ("reprocess_load_average_1min_before", load_before),
        ("reprocess_load_average_1min_after", load_after),
    ):
        print(f"{name}: {value:.4g}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
