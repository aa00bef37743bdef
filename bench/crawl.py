"""Crawl figures: a generated replica site crawled into an archive, against a fetch-only spider.

One replica server (this process, 127.0.0.1, free port) serves `generate_bench_site`'s site;
every crawl is a subprocess (Twisted's reactor starts once per process) whose process tree's
RSS is sampled. In order, on the same server:

1. the fetch-only baseline (`bench.fetch_only`);
2. `speech-archive crawl bench` into a fresh archive (politeness off for the benchmark only);
3. the same command again: every article is unchanged (conditional requests, 304s).

Pages per second count the requests the server answered during a run over the run's wall time
(start-up and commit included, the same way for both sides).
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from bench.measure import dir_bytes, python_module, run_sampled

DEFAULT_CONCURRENCY = 16


class BenchRunFailed(RuntimeError):
    """A crawl of the benchmark exited with an error: its figures would mean nothing."""


def politeness_off(concurrency: int, extract_workers: int | None) -> list[str]:
    settings = {
        "DOWNLOAD_DELAY": 0,
        "AUTOTHROTTLE_ENABLED": False,
        "CONCURRENT_REQUESTS": concurrency,
        "CONCURRENT_REQUESTS_PER_DOMAIN": concurrency,
    }
    if extract_workers is not None:
        settings["EXTRACT_WORKERS"] = extract_workers
    return [arg for key, value in settings.items() for arg in ("-s", f"{key}={value}")]


# The bench site's profile: a fixture of the benchmarks, not one of the product's sites.
BENCH_PROFILES = Path(__file__).resolve().parent / "profiles"


def crawl_command(base_url: str, archive: Path, concurrency: int, extract_workers: int | None) -> list[str]:
    return python_module(
        "crawler.cli",
        "crawl",
        "bench",
        "--profiles",
        str(BENCH_PROFILES),
        "--base-url",
        f"bench={base_url}",
        "--archive",
        str(archive),
        "--no-report",
        "--quiet",
        *politeness_off(concurrency, extract_workers),
    )


def served_during(web, run) -> tuple[int, object]:
    """Run `run()` and count the requests the replica answered meanwhile."""
    before = len(web.requests())
    result = run()
    return len(web.requests()) - before, result


def check(result, what: str) -> None:
    if result.returncode != 0:
        tail = "\n".join((result.stderr or result.stdout).strip().splitlines()[-15:])
        raise BenchRunFailed(f"{what} exited {result.returncode}:\n{tail}")


def run(
    n_articles: int = 5000,
    concurrency: int = DEFAULT_CONCURRENCY,
    extract_workers: int | None = None,
    timeout: float = 1800,
    workdir: Path | None = None,
) -> dict[str, float]:
    """The crawl and re-crawl figures; `extract_workers` None keeps the product's default."""
    from replica.generate import generate_bench_site
    from replica.server import ReplicaWeb

    with tempfile.TemporaryDirectory(prefix="bench-crawl-", dir=workdir) as tmp:
        sites = Path(tmp) / "sites"
        generate_bench_site(sites, n_articles=n_articles, seed=0)
        archive = Path(tmp) / "archive"
        env = {"SPEECH_ARCHIVE_NO_REPORT": "1"}
        with ReplicaWeb(sites) as web:
            base_url = web.urls["bench.test"]
            fetch_cmd = python_module("bench.fetch_only", base_url, "--concurrency", str(concurrency))
            fetched, baseline = served_during(web, lambda: run_sampled(fetch_cmd, timeout))
            check(baseline, "fetch-only crawl")
            reported = json.loads(baseline.stdout.strip().splitlines()[-1])["responses"]

            cmd = crawl_command(base_url, archive, concurrency, extract_workers)
            crawled, first = served_during(web, lambda: run_sampled(cmd, timeout, env))
            check(first, "first crawl")
            first_bytes = dir_bytes(archive)

            recrawled, second = served_during(web, lambda: run_sampled(cmd, timeout, env))
            check(second, "re-crawl")
            added = dir_bytes(archive) - first_bytes
            not_modified = sum(1 for r in web.requests()[-recrawled:] if r["status"] == 304)

    crawl_rate = crawled / first.seconds
    fetch_rate = fetched / baseline.seconds
    return {
        "crawl_articles": n_articles,
        "fetch_only_pages": fetched,
        "fetch_only_responses": reported,
        "fetch_only_s": baseline.seconds,
        "fetch_only_pages_per_s": fetch_rate,
        "fetch_only_peak_rss_mb": baseline.peak_rss_mb,
        "fetch_only_cpu_s": baseline.cpu_s,
        "crawl_pages": crawled,
        "crawl_s": first.seconds,
        "crawl_pages_per_s": crawl_rate,
        "crawl_ratio_vs_fetch_only": first.seconds / baseline.seconds * (fetched / max(crawled, 1)),
        "crawl_peak_rss_mb": first.peak_rss_mb,
        "crawl_cpu_s": first.cpu_s,
        # CPU per page against the baseline's: what the product adds, whatever the neighbours do
        "crawl_cpu_ratio_vs_fetch_only": (first.cpu_s / max(crawled, 1)) / (baseline.cpu_s / max(fetched, 1)),
        "crawl_archive_mb": first_bytes / 2**20,
        "recrawl_pages": recrawled,
        "recrawl_not_modified": not_modified,
        "recrawl_s": second.seconds,
        "recrawl_cpu_s": second.cpu_s,
        "recrawl_time_ratio": second.seconds / first.seconds,
        "recrawl_bytes_added": added,
        "recrawl_growth_ratio": added / first_bytes,
    }
