"""Distributed crawl throughput and Redis memory: `python -m bench.distributed [--articles N]`.

Throughput: the generated speech site (replica.generate_bench_site, 5,000 articles by
default) served on 127.0.0.1, crawled by `speech-archive crawl --start-url ... --redis URL
--workers N` for N = 1, 2, 4 into fresh archives, against one redis-server started here. Prints
`distributed_pages_per_s_N` (pages fetched / run duration, start-up included) and the ratio of
each to one worker, from the same invocation.

Memory (`--memory SAMPLE`): SAMPLE requests queued as the spiders queue them and SAMPLE URLs
added to the duplicate filter, Redis' used_memory before and after, per entry and at 10^7.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from crawler.distributed.connection import loopback_redis_command
from pipelines.lifeline import die_with_parent

REDIS_START_BOUND = 300.0  # seconds: only a redis-server that never listens takes this long


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def local_redis(workdir: Path):
    """A throwaway redis-server on a free loopback port, killed on exit."""
    import redis

    port = free_port()
    proc = subprocess.Popen(
        loopback_redis_command(port, workdir),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        preexec_fn=die_with_parent(os.getpid()),  # no redis-server outlives the benchmark
    )
    url = f"redis://127.0.0.1:{port}/0"
    try:
        client = redis.Redis.from_url(url, socket_connect_timeout=0.5)
        # Until the port answers; the bound only catches a redis-server that never listens.
        deadline = time.monotonic() + REDIS_START_BOUND
        while True:
            try:
                client.ping()
                break
            except redis.ConnectionError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"redis-server did not listen on port {port}") from None
                time.sleep(0.05)
        yield url
    finally:
        proc.kill()
        proc.wait(timeout=10)


def crawl_once(
    start_url: str,
    archive: Path,
    redis_url: str,
    workers: int,
    timeout: float,
    settings: tuple[str, ...] = (),
) -> dict:
    cmd = [
        sys.executable,
        "-m",
        "crawler.cli",
        "crawl",
        "--start-url",
        start_url,
        "--archive",
        str(archive),
        "--redis",
        redis_url,
        "--workers",
        str(workers),
        "--no-report",
        "--quiet",
        # The site is this machine's own server: no politeness delay; the global per-domain
        # limit stays on but wide enough that it is the workers, not the limit, being measured.
        "-s",
        "DOWNLOAD_DELAY=0",
        "-s",
        "AUTOTHROTTLE_ENABLED=False",
        "-s",
        "CONCURRENT_REQUESTS_PER_DOMAIN=64",
        *(arg for setting in settings for arg in ("-s", setting)),
    ]
    env = {**os.environ, "SPEECH_ARCHIVE_NO_REPORT": "1"}
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, start_new_session=True
    )
    try:
        out, err = proc.communicate(timeout=timeout)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, 9)
            proc.wait(timeout=30)
    if proc.returncode not in (0, 4):
        raise RuntimeError(f"crawl with {workers} workers failed ({proc.returncode}): {err.decode()[-2000:]}")
    from archive.store import Archive

    stats = Archive(archive).meta()["stats"]
    return {
        "pages": stats["pages_fetched"],
        "duration_s": stats["duration_s"],
        "pages_per_s": stats["pages_fetched"] / max(stats["duration_s"], 1e-9),
    }


def throughput(
    articles: int, worker_counts: list[int], timeout: float, settings: tuple[str, ...] = ()
) -> dict[str, float]:
    from replica.generate import generate_bench_site
    from replica.server import ReplicaWeb

    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="bench-distributed-") as tmp:
        tmp = Path(tmp)
        site = generate_bench_site(tmp / "sites", n_articles=articles)
        (tmp / "redis").mkdir()
        with ReplicaWeb(site.parent, hosts=[site.name]) as web, local_redis(tmp / "redis") as redis_url:
            start_url = web.url(site.name, "/")
            for workers in worker_counts:
                run = crawl_once(start_url, tmp / f"archive-{workers}", redis_url, workers, timeout, settings)
                results[f"distributed_pages_per_s_{workers}"] = round(run["pages_per_s"], 2)
                results[f"distributed_pages_{workers}"] = run["pages"]
    base = results.get(f"distributed_pages_per_s_{worker_counts[0]}")
    for workers in worker_counts[1:]:
        if base:
            results[f"distributed_ratio_{workers}_to_{worker_counts[0]}"] = round(
                results[f"distributed_pages_per_s_{workers}"] / base, 2
            )
    return results


def memory(sample: int) -> dict[str, float]:
    """Redis bytes per queued request and per seen URL, measured on `sample` entries."""
    import redis
    from scrapy import Request
    from scrapy.spiders import Spider

    from crawler.distributed import RunKeys
    from crawler.distributed.queue import LeasedPriorityQueue
    from crawler.distributed.scheduler import SharedDupeFilter

    class Probe(Spider):
        name = "probe"

        def parse_article(self, response):
            pass

    keys = RunKeys("bench")
    with tempfile.TemporaryDirectory(prefix="bench-redis-mem-") as tmp, local_redis(Path(tmp)) as url:
        server = redis.Redis.from_url(url)
        spider = Probe()
        queue = LeasedPriorityQueue(server, spider, keys.queue("probe.0"))
        seen = SharedDupeFilter(server, key=keys.dupefilter("probe.0"))

        def used() -> int:
            return int(server.info("memory")["used_memory"])

        def article(n: int) -> Request:
            # What ProfileSpider.article_request queues: mirror URL, callback, canonical URL in meta.
            url = f"http://www.huigou6.com/zhuantifanwen/gongwenfanwen/{1000000 + n}.html"
            return Request(url, callback=spider.parse_article, meta={"canonical_url": url})

        pipe_every = 1000
        before = used()
        for n in range(sample):
            queue.push(article(n))
        queued = used() - before
        before = used()
        pipe = server.pipeline(transaction=False)
        for n in range(sample):
            pipe.sadd(seen.key, seen.request_fingerprint(article(n)))
            if n % pipe_every == pipe_every - 1:
                pipe.execute()
        pipe.execute()
        seen_bytes = used() - before
    per_request = queued / sample
    per_url = seen_bytes / sample
    return {
        "redis_bytes_per_queued_request": round(per_request, 1),
        "redis_bytes_per_seen_url": round(per_url, 1),
        "redis_gib_for_1e7_queued_requests": round(per_request * 1e7 / 2**30, 2),
        "redis_gib_for_1e7_seen_urls": round(per_url * 1e7 / 2**30, 2),
        "sample": sample,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000, help="articles on the generated site")
    parser.add_argument("--workers", default="1,2,4", help="worker counts to compare (first is the base)")
    parser.add_argument("--timeout", type=float, default=1800.0, help="seconds per crawl before giving up")
    parser.add_argument(
        "--memory",
        type=int,
        default=0,
        metavar="SAMPLE",
        help="also measure Redis memory on SAMPLE requests and URLs",
    )
    parser.add_argument(
        "-s", dest="settings", action="append", default=[], metavar="NAME=VALUE", help="a crawl setting"
    )
    parser.add_argument("--json", action="store_true", help="one JSON object instead of name value lines")
    args = parser.parse_args(argv)
    workers = [int(n) for n in args.workers.split(",")]
    results = throughput(args.articles, workers, args.timeout, tuple(args.settings))
    if args.memory:
        results.update(memory(args.memory))
    if args.json:
        print(json.dumps(results, sort_keys=True))
    else:
        for name, value in results.items():
            print(f"{name} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
