"""Crawl figures: a replica site crawled into an archive, against two baselines on the same server.

Two sites, each on a loopback replica server in this process (127.0.0.1, free port):
- `run`: `generate_bench_site`'s small pages (about 6.5 KB, one speech each);
- `run_real` (`--only crawl-real`): the real pages of ../shared/realpages (55 KB median) under a
  few thousand article URLs with listings (`replica.realpages`), every page through the generic
  extractor.

Every crawl is a subprocess (Twisted's reactor starts once per process) whose process tree is
sampled for RSS and CPU. In order, on the same server:

1. the fetch-only baseline (`bench.fetch_only`): plain Scrapy, the same walk, bodies discarded;
2. the naive peer pipeline (`bench.peer`): the same walk, `trafilatura.bare_extraction` in the
   callback, every exchange into a WARC by warcio;
3. `speech-archive crawl` into a fresh archive (politeness off for the benchmark only);
4. the same command again: every article is unchanged (conditional requests, 304s);
5. `speech-archive reprocess` of that archive (its default workers, the crawl's profiles).

Pages per second count the requests the server answered during a run over the run's wall time
(start-up and commit included, the same way for every side). CPU is every process of the tree's
(the pool's workers included).
"""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

from bench.measure import REPO_ROOT, dir_bytes, python_module, run_sampled

DEFAULT_CONCURRENCY = 16
REAL_PAGES = REPO_ROOT.parent / "shared" / "realpages"


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


# The bench sites' profiles: fixtures of the benchmarks, not the product's sites.
BENCH_PROFILES = Path(__file__).resolve().parent / "profiles"


def crawl_command(
    base_url: str, archive: Path, concurrency: int, extract_workers: int | None, site: str = "bench"
) -> list[str]:
    return python_module(
        "crawler.cli",
        "crawl",
        site,
        "--profiles",
        str(BENCH_PROFILES),
        "--base-url",
        f"{site}={base_url}",
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


def documents_rebuilt(stdout: str) -> int:
    found = re.search(r"([\d,]+) documents? rebuilt", stdout)
    return int(found.group(1).replace(",", "")) if found else 0


def measure_site(
    web, host: str, site: str, tmp: Path, concurrency: int, extract_workers: int | None, timeout: float
) -> dict[str, float]:
    """Every figure of one served site, unprefixed (the callers name them)."""
    base_url = web.urls[host]
    profile = str(BENCH_PROFILES / f"{site}.toml")
    common = (base_url, "--concurrency", str(concurrency), "--profile", profile)
    fetched, baseline = served_during(
        web, lambda: run_sampled(python_module("bench.fetch_only", *common), timeout)
    )
    check(baseline, "fetch-only crawl")
    reported = json.loads(baseline.stdout.strip().splitlines()[-1])["responses"]

    peer_cmd = python_module("bench.peer", *common, "--warc", str(tmp / "peer.warc.gz"))
    peer_fetched, peer = served_during(web, lambda: run_sampled(peer_cmd, timeout))
    check(peer, "peer pipeline crawl")

    archive = tmp / "archive"
    env = {"SPEECH_ARCHIVE_NO_REPORT": "1"}
    cmd = crawl_command(base_url, archive, concurrency, extract_workers, site)
    crawled, first = served_during(web, lambda: run_sampled(cmd, timeout, env))
    check(first, "first crawl")
    first_bytes = dir_bytes(archive)

    recrawled, second = served_during(web, lambda: run_sampled(cmd, timeout, env))
    check(second, "re-crawl")
    added = dir_bytes(archive) - first_bytes
    not_modified = sum(1 for r in web.requests()[-recrawled:] if r["status"] == 304)

    # with the profiles the crawl had: the same path, not the generic one (the bench sites are not shipped)
    reprocess_cmd = python_module(
        "crawler.cli", "reprocess", "--archive", str(archive), "--profiles", str(BENCH_PROFILES)
    )
    rebuild = run_sampled(reprocess_cmd, timeout, env)
    check(rebuild, "reprocess")
    rebuilt = documents_rebuilt(rebuild.stdout)

    crawl_rate = crawled / first.seconds
    fetch_rate = fetched / baseline.seconds
    peer_rate = peer_fetched / peer.seconds
    return {
        "fetch_only_pages": fetched,
        "fetch_only_responses": reported,
        "fetch_only_s": baseline.seconds,
        "fetch_only_pages_per_s": fetch_rate,
        "fetch_only_peak_rss_mb": baseline.peak_rss_mb,
        "fetch_only_cpu_s": baseline.tree_cpu_s,
        "peer_pages": peer_fetched,
        "peer_s": peer.seconds,
        "peer_pages_per_s": peer_rate,
        "peer_cpu_s": peer.tree_cpu_s,
        "peer_cpu_ms_per_page": peer.tree_cpu_s * 1000 / max(peer_fetched, 1),
        "peer_peak_rss_mb": peer.peak_rss_mb,
        "crawl_pages": crawled,
        "crawl_s": first.seconds,
        "crawl_pages_per_s": crawl_rate,
        # wall time per page over the baseline's: <= 1.5 asked
        "crawl_ratio_vs_fetch_only": first.seconds / baseline.seconds * (fetched / max(crawled, 1)),
        # pages per second over the naive peer's: >= 2 asked on real pages
        "crawl_speedup_vs_peer": crawl_rate / peer_rate,
        "crawl_peak_rss_mb": first.peak_rss_mb,
        "crawl_pool_peak_rss_mb": first.peak_descendants_rss_mb,
        "crawl_cpu_s": first.tree_cpu_s,
        "crawl_cpu_ms_per_page": first.tree_cpu_s * 1000 / max(crawled, 1),
        # CPU-seconds per wall-second across the crawl's processes: what of the cores it uses
        "crawl_cpu_per_wall_s": first.tree_cpu_s / first.seconds,
        # CPU per page against the baseline's: what the product adds, whatever the neighbours do
        "crawl_cpu_ratio_vs_fetch_only": (first.tree_cpu_s / max(crawled, 1))
        / (baseline.tree_cpu_s / max(fetched, 1)),
        "crawl_cpu_ratio_vs_peer": (first.tree_cpu_s / max(crawled, 1))
        / (peer.tree_cpu_s / max(peer_fetched, 1)),
        "crawl_archive_mb": first_bytes / 2**20,
        "recrawl_pages": recrawled,
        "recrawl_not_modified": not_modified,
        "recrawl_s": second.seconds,
        "recrawl_cpu_s": second.tree_cpu_s,
        "recrawl_time_ratio": second.seconds / first.seconds,
        "recrawl_bytes_added": added,
        "recrawl_growth_ratio": added / first_bytes,
        "reprocess_documents": rebuilt,
        "reprocess_s": rebuild.seconds,
        "reprocess_docs_per_s": rebuilt / rebuild.seconds,
        "reprocess_cpu_per_wall_s": rebuild.tree_cpu_s / rebuild.seconds,
        "reprocess_peak_rss_mb": rebuild.peak_rss_mb,
    }


def run(
    n_articles: int = 5000,
    concurrency: int = DEFAULT_CONCURRENCY,
    extract_workers: int | None = None,
    timeout: float = 1800,
    workdir: Path | None = None,
) -> dict[str, float]:
    """The small-page figures; `extract_workers` None keeps the product's default."""
    from replica.generate import generate_bench_site
    from replica.server import ReplicaWeb

    with tempfile.TemporaryDirectory(prefix="bench-crawl-", dir=workdir) as tmp:
        sites = Path(tmp) / "sites"
        generate_bench_site(sites, n_articles=n_articles, seed=0)
        with ReplicaWeb(sites) as web:
            figures = measure_site(
                web, "bench.test", "bench", Path(tmp), concurrency, extract_workers, timeout
            )
    return {"crawl_articles": n_articles, **figures}


def run_real(
    n_articles: int = 2000,
    concurrency: int = DEFAULT_CONCURRENCY,
    extract_workers: int | None = None,
    timeout: float = 3600,
    workdir: Path | None = None,
    pages_dir: Path = REAL_PAGES,
) -> dict[str, float]:
    """The real-weight figures (`real_` + the small-page names); nothing when the pages are absent."""
    from replica.realpages import RealPagesSite, load_real_pages
    from replica.server import ReplicaWeb

    try:
        pages = load_real_pages(pages_dir)
    except (FileNotFoundError, OSError) as exc:
        print(f"bench: crawl-real skipped: {exc}", flush=True)
        return {}
    site = RealPagesSite(pages, n_articles)
    with tempfile.TemporaryDirectory(prefix="bench-real-", dir=workdir) as tmp:
        empty = Path(tmp) / "sites"
        empty.mkdir()
        with ReplicaWeb(empty, hosts=[], dynamic={site.name: site}) as web:
            figures = measure_site(
                web, site.name, "realweight", Path(tmp), concurrency, extract_workers, timeout
            )
    median = sorted(len(p) for p in pages)[len(pages) // 2]
    return {
        "real_articles": n_articles,
        "real_distinct_pages": len(pages),
        "real_page_median_kb": median / 1024,
        **{f"real_{name}": value for name, value in figures.items()},
    }
