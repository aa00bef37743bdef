"""The distributed parts on a real redis-server, without crawling: leases, reclaim, politeness, hand-over."""

from __future__ import annotations

from pathlib import Path

import pytest
from crawlhelp import HANG
from scrapy import Request
from scrapy.spiders import Spider
from test_distributed_support import RedisServer, wait_until

from crawler.distributed import WORKER_ADDON, RunKeys, apply_worker_settings
from crawler.distributed.intake import WarcAssembler
from crawler.distributed.politeness import GlobalTurns
from crawler.distributed.queue import LeasedPriorityQueue, reclaim_dead_workers, run_backlog
from crawler.distributed.scheduler import SharedDupeFilter
from crawler.distributed.wire import handover_key, item_for_handover
from pipelines.document import Document
from pipelines.items import PageCapture, PageItem


class Site(Spider):
    name = "site"

    def parse_article(self, response):
        pass


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    server = RedisServer(tmp_path_factory.mktemp("redis")).start()
    try:
        yield server.url
    finally:
        server.stop()


@pytest.fixture
def server(redis_url):
    import redis

    client = redis.Redis.from_url(redis_url)
    client.flushall()
    yield client
    client.close()


def leased_queue(server, keys, worker: str) -> LeasedPriorityQueue:
    queue = LeasedPriorityQueue(server, Site(), keys.queue("site.0"))
    queue.bind(worker, keys.processing("site.0", worker), keys.workers)
    return queue


def test_a_popped_request_stays_leased_in_redis_until_acked(server):
    keys = RunKeys("t")
    queue = leased_queue(server, keys, "w1")
    queue.push(Request("http://example.org/1.html", callback=Site().parse_article))

    request = queue.pop()

    assert request.url == "http://example.org/1.html"
    assert run_backlog(server, keys, ["site.0"])[:2] == (0, 1)  # not queued, but in flight
    queue.ack([request.meta["_distributed_lease"]])
    assert run_backlog(server, keys, ["site.0"])[:2] == (0, 0)


def test_a_dead_workers_leases_go_back_to_the_queue_and_a_live_ones_do_not(server):
    keys = RunKeys("t")
    dead, live = leased_queue(server, keys, "dead"), leased_queue(server, keys, "live")
    for n in range(3):
        dead.push(Request(f"http://example.org/{n}.html", priority=n))
    held_by_dead = [dead.pop(), dead.pop()]
    held_by_live = live.pop()
    server.set(keys.worker_alive("live"), "1", px=60000)  # only "live" heartbeats

    assert reclaim_dead_workers(server, keys, ["site.0"]) == 2

    assert run_backlog(server, keys, ["site.0"])[:2] == (2, 1)
    again = sorted(live.pop().url for _ in range(2))
    assert again == sorted(r.url for r in held_by_dead)
    assert held_by_live.url not in again


def test_requeue_keeps_the_priority_order(server):
    keys = RunKeys("t")
    queue = leased_queue(server, keys, "w1")
    queue.push(Request("http://example.org/low.html", priority=0))
    queue.push(Request("http://example.org/high.html", priority=10))
    first = queue.pop()
    assert first.url.endswith("high.html")
    assert queue.requeue([first.meta["_distributed_lease"]]) == 1
    assert queue.pop().url.endswith("high.html")


def test_the_duplicate_filter_is_shared_between_workers(server):
    a = SharedDupeFilter(server, key="t:site.0:dupefilter")
    b = SharedDupeFilter(server, key="t:site.0:dupefilter")
    assert not a.request_seen(Request("http://example.org/a.html"))
    assert b.request_seen(Request("http://example.org/a.html#fragment"))
    assert len(a.request_fingerprint(Request("http://example.org/a.html"))) == 20


def test_global_turns_cap_concurrency_across_workers_and_space_requests(server):
    turns = GlobalTurns(server, RunKeys("t"))
    assert turns.try_take("example.org", "w1-a", concurrency=2, delay_s=0, lease_s=30) == 0
    assert turns.try_take("example.org", "w2-a", concurrency=2, delay_s=0, lease_s=30) == 0
    assert turns.try_take("example.org", "w3-a", concurrency=2, delay_s=0, lease_s=30) > 0
    turns.give_back("example.org", "w1-a")
    assert turns.try_take("example.org", "w3-a", concurrency=2, delay_s=0, lease_s=30) == 0
    # A delay holds for every worker: the next turn on the slot waits for it.
    assert turns.try_take("other.org", "w1-b", concurrency=0, delay_s=5, lease_s=30) == 0
    wait = turns.try_take("other.org", "w2-b", concurrency=0, delay_s=5, lease_s=30)
    assert 0 < wait <= 5.0  # how much of the delay is left depends on the machine's speed


def test_a_dead_workers_turn_runs_out_with_its_lease(server):
    turns = GlobalTurns(server, RunKeys("t"))
    # A lease long enough that the next call comes before it runs out, however loaded the machine.
    assert turns.try_take("example.org", "dead", concurrency=1, delay_s=0, lease_s=3) == 0
    assert turns.try_take("example.org", "live", concurrency=1, delay_s=0, lease_s=30) > 0
    # The turn is given once the dead holder's lease has run out (asked until then).
    assert wait_until(
        lambda: turns.try_take("example.org", "live", concurrency=1, delay_s=0, lease_s=30) == 0
    )


def test_an_item_is_handed_over_without_bodies_and_keyed_by_its_content():
    page = PageCapture(
        url="http://a.test/1.html",
        status=200,
        headers={},
        body=b"<html>...</html>",
        fetched_at="2025-11-10T00:00:00Z",
        warc={"file": "f", "offset": 0, "payload_digest": "sha1:X"},
    )
    item = PageItem(
        site="a",
        url="http://a.test/1.html",
        pages=[page],
        documents=[Document(url="http://a.test/1.html", text="同志们")],
        dedup_keys=[object()],
    )

    sent = item_for_handover(item)

    assert sent.pages[0].body == b"" and sent.dedup_keys == []
    assert item.pages[0].body  # the worker's own item is untouched
    assert handover_key(sent) == handover_key(item_for_handover(item))
    refetched = item_for_handover(item)
    refetched.pages[0].warc = {"file": "g", "offset": 9, "payload_digest": "sha1:X"}
    assert handover_key(refetched) == handover_key(sent)  # same bytes fetched again: same key


def test_warc_chunks_land_at_their_offsets_and_a_repeat_changes_nothing(tmp_path):
    assembler = WarcAssembler(tmp_path, "r000001-x")
    assembler.write("r000001-x-w1-site.0-00000.warc.gz", 0, b"abc")
    assembler.write("r000001-x-w1-site.0-00000.warc.gz", 3, b"def")
    assembler.write("r000001-x-w1-site.0-00000.warc.gz", 3, b"def")
    assembler.close()
    assert (tmp_path / "r000001-x-w1-site.0-00000.warc.gz").read_bytes() == b"abcdef"
    with pytest.raises(ValueError):
        WarcAssembler(tmp_path, "r000001-x").write("../evil.warc.gz", 0, b"x")


def test_the_worker_add_on_swaps_the_archive_steps_for_the_hand_over():
    from scrapy.utils.conf import build_component_list
    from scrapy.utils.misc import load_object

    from crawler.archiving import ArchivePipeline, DedupPipeline
    from crawler.budget import RequestBudget
    from crawler.distributed.addon import DistributedWorkerAddon
    from crawler.distributed.scheduler import LeasingScheduler
    from crawler.distributed.sender import HandOverPipeline
    from crawler.middlewares import WarcCaptureMiddleware
    from crawler.plan import project_settings
    from crawler.revisit_scheduling import RevisitPolicy

    settings = project_settings()
    settings.set("REDIS_URL", "redis://127.0.0.1:1/0")
    apply_worker_settings(settings, {"run_id": "r1", "settings": {"DOWNLOAD_DELAY": 2}}, "w1")
    assert WORKER_ADDON in settings.getdict("ADDONS")
    DistributedWorkerAddon().update_settings(settings)  # what Scrapy does with ADDONS at start

    def enabled(name: str) -> list:
        return [
            load_object(c) if isinstance(c, str) else c
            for c in build_component_list(settings.getwithbase(name))
        ]

    pipelines = enabled("ITEM_PIPELINES")
    assert DedupPipeline not in pipelines and ArchivePipeline not in pipelines
    assert pipelines[-1] is HandOverPipeline
    assert load_object(settings.get("SCHEDULER")) is LeasingScheduler
    assert settings.getbool("SCHEDULER_PERSIST")
    assert settings.getfloat("DOWNLOAD_DELAY") == 2
    middlewares = enabled("DOWNLOADER_MIDDLEWARES")
    assert WarcCaptureMiddleware in middlewares and RequestBudget not in middlewares
    assert RevisitPolicy not in enabled("SPIDER_MIDDLEWARES")


def test_the_bench_reports_distributed_throughput_for_each_worker_count():
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench.distributed",
            "--articles",
            "20",
            "--workers",
            "1,2",
            "--timeout",
            str(HANG),
            # Leases and downloads bounded only against hangs: at load 30 the two-worker crawl once
            # fetched one page more than robots.txt explains — a 30 s lease running out under a
            # starved worker hands its page to the other, which fetches it again.
            "-s",
            f"DISTRIBUTED_LEASE_TTL={HANG}",
            "-s",
            f"DOWNLOAD_TIMEOUT={HANG}",
        ],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=3 * HANG,  # two crawls of up to HANG each, and the set-up
    )
    assert result.returncode == 0, result.stderr
    out = dict(line.split() for line in result.stdout.splitlines())
    assert float(out["distributed_pages_per_s_1"]) > 0
    assert float(out["distributed_pages_per_s_2"]) > 0
    assert "distributed_ratio_2_to_1" in out
    # The same site each time; each worker process that gets work also reads robots.txt once
    # (on a 20-article site the second worker may find nothing left to do, or not).
    assert 0 <= int(out["distributed_pages_2"]) - int(out["distributed_pages_1"]) <= 1


def test_a_continuation_request_with_its_article_so_far_travels_as_json(server):
    from pipelines.items import PageCapture, PageItem
    from spiders.shipped import shipped_profiles

    keys = RunKeys("t")
    queue = leased_queue(server, keys, "w1")
    page = PageCapture(
        url="http://www.huigou6.com/a/3404.html",
        status=200,
        headers={"Content-Type": "text/html"},
        body="<html>同志们</html>".encode(),
        fetched_at="2026-11-30T00:00:00Z",
        warc={"file": "f.warc.gz", "offset": 0},
    )
    item = PageItem(site="huigou6", url=page.url, pages=[page], profile=shipped_profiles()["huigou6"])
    queue.push(Request("http://example.org/1_2.html", callback=Site().parse_article, meta={"item": item}))

    raw = server.zrange(keys.queue("site.0"), 0, -1)[0]
    assert raw.startswith(b"{") and b"\x80" not in raw[:1]  # JSON in Redis, not a pickle
    request = queue.pop()
    assert (
        request.meta["item"] == item
        and request.meta["item"].profile.extract.drop == item.profile.extract.drop
    )


def test_a_pickle_in_the_request_queue_is_refused_unread_and_counted(server, tmp_path):
    import pickle

    class Boom:
        def __reduce__(self):
            return (Path.mkdir, (tmp_path / "pwned",))

    class Stats:
        values = {}

        def inc_value(self, key, n=1):
            self.values[key] = self.values.get(key, 0) + n

    keys = RunKeys("t")
    queue = leased_queue(server, keys, "w1")
    queue.spider.crawler = type("Crawler", (), {"stats": Stats()})()
    server.zadd(keys.queue("site.0"), {pickle.dumps({"url": "http://x/", "meta": Boom()}): 0})

    assert queue.pop() is None
    assert not (tmp_path / "pwned").exists()
    assert Stats.values == {"speech_archive/distributed/queue_refused": 1}
    assert run_backlog(server, keys, ["site.0"])[:2] == (0, 0)  # dropped, not leased forever
