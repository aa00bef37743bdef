"""Scale figures (`python -m bench --only scale`): a big site within a crawl budget, the indexes at 10^6.

The budget: `BenchSite` (20,000 articles, newest first) on the replica server, `speech-archive
crawl bench --max-requests 2000` run after run:
1. until the whole site is fetched (each run leaves the rest for the next);
2. `growth_runs` runs, each after 100 new articles appeared (live edits on the server): how many new
   articles each run fetched, and every old article's longest wait between two checks against
   the stated bound (archive/revisit_policy.py `revisit_bound`);
3. `still_runs` runs of a site that stopped changing: requests per run, first against last.

The indexes: bench/dedup.py at 10^6 documents (look-ups of the dedup and URL indexes, peak RSS,
precision and recall on near and truncated copies), the indexes committed every 10,000 documents
as a crawl's versions would.
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from bench.crawl import BenchRunFailed, crawl_command
from bench.measure import run_sampled

HOST = "bench.test"


def latest_meta(archive: Path) -> dict:
    latest = max(int(p.name) for p in (archive / "versions").iterdir())
    return json.loads((archive / "versions" / f"{latest:06d}" / "meta.json").read_text(encoding="utf-8"))


def crawl_budget(
    n_articles: int = 20_000,
    budget: int = 2_000,
    new_per_run: int = 100,
    growth_runs: int = 14,
    still_runs: int = 8,
    ceiling: int = 16,
    concurrency: int = 16,
    workdir: Path | None = None,
    timeout: float = 1800,
) -> dict[str, float]:
    from archive.revisit_policy import revisit_bound
    from replica.generate import BenchSite, write_bench_site
    from replica.server import ReplicaWeb

    checked_in: dict[str, list[int]] = {}
    run_seconds: list[float] = []
    new_total = new_fetched = 0
    still: list[int] = []
    most_not_known = 0  # listings and new pages of a run: what the budget did not leave for known ones
    with tempfile.TemporaryDirectory(prefix="bench-scale-", dir=workdir) as tmp:
        bench = BenchSite(seed=0)
        write_bench_site(Path(tmp) / "sites", bench, n_articles)
        archive = Path(tmp) / "archive"
        with ReplicaWeb(Path(tmp) / "sites") as web:
            cmd = crawl_command(web.urls[HOST], archive, concurrency, None)
            cmd += ["--max-requests", str(budget), "-s", f"REVISIT_MAX_INTERVAL={ceiling}"]
            run = 0

            def crawl_once() -> dict[str, int]:
                nonlocal run
                run += 1
                web.clear_requests()
                result = run_sampled(cmd, timeout, {"SPEECH_ARCHIVE_NO_REPORT": "1"})
                if result.returncode != 0:
                    tail = "\n".join(result.stderr.strip().splitlines()[-15:])
                    raise BenchRunFailed(f"budgeted crawl {run} exited {result.returncode}:\n{tail}")
                run_seconds.append(result.seconds)
                answered = {r["path"]: r["status"] for r in web.requests() if r["path"] != "/robots.txt"}
                for path in answered:
                    checked_in.setdefault(path, []).append(run)
                return answered

            while True:  # 1. the whole site, a budget at a time
                crawl_once()
                if latest_meta(archive)["stats"]["left_for_next_run"]["new"] == 0:
                    break
            fetched_all = run
            for _ in range(growth_runs):  # 2. new articles before every run
                new = bench.add_articles(new_per_run)
                for path, data in {**new, **bench.index_pages()}.items():
                    web.put(HOST, path, data)
                answered = crawl_once()
                new_total += len(new)
                new_fetched += sum(1 for path in new if answered.get(path) == 200)
                stats = latest_meta(archive)["stats"]["spiders"]["bench"]["stats"]
                rechecks = stats.get("speech_archive/revisit/checked/recheck", 0)
                most_not_known = max(most_not_known, len(answered) - rechecks)
            for _ in range(still_runs):  # 3. a site that stopped changing
                still.append(len(crawl_once()))

    last_run = run
    known = len(checked_in)
    per_run = budget - most_not_known
    bound = revisit_bound(known, per_run, ceiling)
    old = {p: runs for p, runs in checked_in.items() if p.startswith("/a/") and runs[0] <= fetched_all}
    longest_wait = 0
    rechecked = 0
    for runs in old.values():
        after = [r for r in runs if r > fetched_all]
        waits = [b - a for a, b in zip(runs, runs[1:], strict=False) if a >= fetched_all]
        if after:
            rechecked += 1
        # A page not checked since: its wait so far counts too.
        waits.append(last_run - runs[-1])
        longest_wait = max(longest_wait, *waits)
    return {
        "scale_crawl_articles": n_articles,
        "scale_crawl_budget": budget,
        "scale_crawl_runs_to_fetch_all": fetched_all,
        "scale_crawl_run_s": sum(run_seconds) / len(run_seconds),
        "scale_new_archived_same_run_ratio": new_fetched / new_total if new_total else 1.0,
        "scale_old_rechecked_ratio": rechecked / len(old) if old else 1.0,
        "scale_recheck_longest_wait_runs": longest_wait,
        "scale_recheck_bound_runs": bound,
        "scale_recheck_wait_to_bound_ratio": longest_wait / bound,
        "scale_still_requests_first": still[0] if still else 0,
        "scale_still_requests_last": still[-1] if still else 0,
        "scale_still_requests_ratio": still[-1] / still[0] if still and still[0] else 1.0,
        "scale_still_never_more": float(all(b <= a for a, b in zip(still, still[1:], strict=False))),
    }


def run(
    n_articles: int = 20_000,
    budget: int = 2_000,
    new_per_run: int = 100,
    n_docs: int = 1_000_000,
    concurrency: int = 16,
) -> dict[str, float]:
    from bench import dedup

    figures: dict[str, float] = {}
    started = time.perf_counter()
    figures.update(crawl_budget(n_articles, budget, new_per_run, concurrency=concurrency))
    figures["scale_crawl_wall_s"] = time.perf_counter() - started
    if n_docs:
        figures.update(dedup.run(n_docs, commit_every=10_000, timeout=6 * 3600, prefix="scale_"))
    return figures
