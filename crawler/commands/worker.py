"""`speech-archive worker`: a crawler process fed from Redis (distributed mode).

    speech-archive worker --redis redis://HOST:6379/0 [--concurrency 16]

Run any number of them, on any machine that reaches Redis. A worker waits for the run a
coordinator (`speech-archive crawl ... --redis URL`) publishes, crawls it with the run's own
spiders and settings, hands documents, WARC captures and fetch history to the coordinator and
never writes the archive. Without --once it then waits for the next run, serving each in a fresh
process (Twisted's reactor starts once per process). The Redis URL may also come from
`-s REDIS_URL=...` or the REDIS_URL environment variable, as scrapy-redis reads it.
"""

from __future__ import annotations

import subprocess
import sys

from crawler import exitcodes
from crawler.distributed.supervisor import worker_command, worker_env


def add_arguments(parser) -> None:
    parser.add_argument(
        "--redis",
        default=None,
        metavar="URL",
        help="Redis the coordinator uses (default: REDIS_URL setting or environment)",
    )
    parser.add_argument(
        "--concurrency",
        type=int,
        default=None,
        metavar="N",
        help="concurrent requests of this worker (Scrapy CONCURRENT_REQUESTS)",
    )
    parser.add_argument("--once", action="store_true", help="serve one run, then exit")
    parser.add_argument(
        "--run-id",
        default=None,
        metavar="RUN_ID",
        help="serve only this run (implies --once; default: any run)",
    )
    parser.add_argument(
        "--wait",
        type=float,
        default=None,
        metavar="SECONDS",
        help="with --once: give up if no run starts within SECONDS (default: wait forever)",
    )
    parser.add_argument(
        "-s",
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a Scrapy setting for this worker (repeatable)",
    )


def run(args) -> int:
    from pipelines.lifeline import follow_from_environment

    # A local worker of a crawl (crawler/distributed/supervisor.py) ends when that crawl does.
    follow_from_environment()
    from crawler.distributed import RunKeys
    from crawler.distributed.connection import RedisUnavailable, connect, redact, redis_url_from
    from crawler.distributed.worker import crawl_run_as_worker, new_worker_id, wait_for_run
    from crawler.plan import parse_pairs, project_settings

    try:
        overrides = parse_pairs(args.set, "-s")
    except ValueError as exc:
        print(f"speech-archive worker: {exc}", file=sys.stderr)
        return exitcodes.USAGE
    settings = project_settings(overrides)
    url = redis_url_from(args.redis, settings)
    if not url:
        print(
            "speech-archive worker: no Redis URL (--redis URL, -s REDIS_URL=... or REDIS_URL)",
            file=sys.stderr,
        )
        return exitcodes.USAGE
    keys = RunKeys(settings.get("DISTRIBUTED_NAMESPACE") or RunKeys().namespace)
    give_up = settings.getfloat("DISTRIBUTED_REDIS_GIVE_UP_AFTER", 60.0)
    try:
        server = connect(url, give_up)
        if args.once or args.run_id:
            descriptor = wait_for_run(server, keys, run_id=args.run_id, timeout=args.wait)
            if descriptor is None:
                print(f"speech-archive worker: no run to serve at {redact(url)}", file=sys.stderr)
                return exitcodes.OK if args.run_id else exitcodes.FAILURE
            code, failure = crawl_run_as_worker(
                url, descriptor, new_worker_id(), concurrency=args.concurrency, overrides=overrides
            )
            if failure:
                print(f"speech-archive worker: stopped: {failure}", file=sys.stderr)
            return code
        served = None
        while True:  # one child process per run
            descriptor = wait_for_run(server, keys, skip_run_id=served)
            served = descriptor["run_id"]
            cmd = worker_command(served, wait=30, concurrency=args.concurrency, settings=args.set)
            print(f"speech-archive worker: serving run {served}", file=sys.stderr, flush=True)
            subprocess.run(cmd, check=False, env=worker_env(url))
    except RedisUnavailable as exc:
        print(f"speech-archive worker: {exc}", file=sys.stderr)
        return exitcodes.FAILURE
