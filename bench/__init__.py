"""Benchmarks of speech-archive (issue 8): `python -m bench` runs them all and prints `name: value`.

The machines are shared and noisy, so each figure is a ratio against a baseline measured in the
same run (plus the absolute number for reference). One sub-module per figure family, sizes are
parameters, so the smoke test (tests/test_bench_smoke.py) runs the same code at tiny sizes:

- `bench.extraction`: the per-page path against `trafilatura.bare_extraction`; OpenCC t2s rate;
- `bench.crawl`: a generated 5,000-article replica site crawled into an archive, against a
  fetch-only spider (`bench.fetch_only`) on the same server; the unchanged re-crawl; peak RSS;
- `bench.dedup`: 100,000 generated documents (10 % near or truncated copies) into `DedupIndex`;
- `bench.search`: a catalog of 100,000 generated speeches: search latency, size against the text.
"""

from __future__ import annotations

# name -> (comparison, target): what issue 8 asks of each figure. None: reported for reference.
TARGETS: dict[str, tuple[str, float] | None] = {
    "extract_ratio_vs_trafilatura": ("<=", 1.5),
    "extract_ms_per_page": None,
    "trafilatura_ms_per_page": None,
    "opencc_mchar_per_s": (">=", 5.0),
    "crawl_pages_per_s": (">=", 100.0),
    "fetch_only_pages_per_s": None,
    "crawl_ratio_vs_fetch_only": ("<=", 2.0),
    "crawl_cpu_ratio_vs_fetch_only": None,
    "crawl_peak_rss_mb": ("<=", 500.0),
    "recrawl_time_ratio": ("<=", 0.3),
    "recrawl_growth_ratio": ("<=", 0.01),
    "dedup_ms_per_doc": ("<=", 2.0),
    "dedup_peak_rss_mb": ("<=", 1024.0),
    "dedup_precision": (">=", 0.99),
    "dedup_recall": (">=", 0.99),
    # Search (issue 18): latency at 100,000 documents, catalog size as a ratio to the text.
    "search_p50_ms": None,
    "search_p95_ms": None,
    "search_short_query_p50_ms": None,
    "catalog_size_ratio_to_text": ("<=", 1.5),
    # Distributed (issue 10): reported for 1, 2 and 4 workers, ratios to one worker; no target.
    "distributed_pages_per_s_1": None,
    "distributed_pages_per_s_2": None,
    "distributed_pages_per_s_4": None,
    "distributed_ratio_2_to_1": None,
    "distributed_ratio_4_to_1": None,
}


def meets_target(name: str, value: float) -> bool | None:
    """True/False against the issue's target, None when the figure has none."""
    target = TARGETS.get(name)
    if target is None:
        return None
    op, bound = target
    return value <= bound if op == "<=" else value >= bound
