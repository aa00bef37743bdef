"""Distributed crawls of the replica web through a real redis-server: same archive, nothing lost.

Every crawl runs as `speech-archive crawl ... --redis URL` in its own process group (the
coordinator and the local workers it starts), killed in a finally block whatever happens.
"""

from __future__ import annotations

import json
import os
import re
import signal

import pytest
from crawlhelp import HANG
from test_distributed_support import (
    RedisServer,
    crawl_command,
    documents,
    run_crawl,
    started,
    wait_until,
)

from archive.store import Archive
from archive.verify import verify_archive

pytestmark = pytest.mark.slow


@pytest.fixture
def redis_server(tmp_path):
    server = RedisServer(tmp_path / "redis").start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def single_process_documents(replica_web, tmp_path_factory):
    """What the ordinary single-process crawl archives: the reference every distributed run must match."""
    archive = tmp_path_factory.mktemp("single") / "archive"
    result = run_crawl(crawl_command(archive, replica_web))
    assert result.returncode == 0, result.stderr
    return documents(archive)


def leased_worker_pid(client) -> int | None:
    """The pid of a worker holding a request in flight (worker ids are host-pid-random)."""
    for key in client.scan_iter(match="speech-archive:*:processing:*"):
        if client.hlen(key):
            return int(key.decode().rsplit(":", 1)[1].rsplit("-", 2)[1])
    return None


def test_three_workers_archive_what_a_single_process_archives(
    replica_web, redis_server, tmp_path, single_process_documents
):
    archive = tmp_path / "archive"
    result = run_crawl(crawl_command(archive, replica_web, redis_url=redis_server.url, workers=3))

    assert result.returncode == 0, result.stderr
    assert documents(archive) == single_process_documents
    assert verify_archive(Archive(archive)).ok
    meta = Archive(archive).meta()
    assert meta["run"]["mode"] == "distributed"
    # Every worker's WARC files carry the run, the worker and the spider: names never clash.
    pattern = re.compile(
        re.escape(meta["run_id"])
        + r"-.+-\d+-[0-9a-f]{6}-(wm114|huigou6|fanwen_hant|jianghua_ai)\.\d-\d{5}\.warc\.gz"
    )
    assert meta["warc_files"] and all(pattern.fullmatch(name) for name in meta["warc_files"])
    # The namespace is cleared once the version is committed.
    assert list(redis_server.client().scan_iter(match="speech-archive:*")) == []


def test_a_worker_killed_mid_crawl_loses_nothing(
    fresh_replica_web, redis_server, tmp_path, replica_web, single_process_documents
):
    # Held answers keep requests in flight until a worker holding some is killed.
    release = fresh_replica_web.hold_answers()
    archive = tmp_path / "archive"
    client = redis_server.client()
    with started(crawl_command(archive, fresh_replica_web, redis_url=redis_server.url, workers=3)) as proc:
        try:
            victim = wait_until(lambda: leased_worker_pid(client))
            os.kill(victim, signal.SIGKILL)
        finally:
            release.set()
        out, err = proc.communicate(timeout=HANG)

    assert proc.returncode == 0, err.decode()
    assert documents(archive) == single_process_documents
    assert verify_archive(Archive(archive)).ok
    stats = Archive(archive).meta()["stats"]["spiders"]["wm114"]["stats"]
    assert stats["speech_archive/distributed/worker_starts"] >= 4  # the dead worker was replaced


def test_a_killed_coordinator_leaves_the_last_version_and_the_next_run_completes(
    fresh_replica_web, redis_server, tmp_path, single_process_documents
):
    archive = tmp_path / "archive"
    first = run_crawl(crawl_command(archive, fresh_replica_web, redis_url=redis_server.url, workers=2))
    assert first.returncode == 0, first.stderr
    before = Archive(archive).meta()

    release = fresh_replica_web.hold_answers()  # the run cannot end before it is killed
    client = redis_server.client()
    with started(crawl_command(archive, fresh_replica_web, redis_url=redis_server.url, workers=2)) as proc:
        try:
            wait_until(lambda: client.xlen("speech-archive:handover") or leased_worker_pid(client))
            os.killpg(proc.pid, signal.SIGKILL)  # the coordinator and its workers, mid-run
            proc.wait(timeout=HANG)
        finally:
            release.set()

    assert Archive(archive).latest() == before["version"]
    assert Archive(archive).meta() == before
    assert verify_archive(Archive(archive)).ok

    again = run_crawl(crawl_command(archive, fresh_replica_web, redis_url=redis_server.url, workers=2))
    assert again.returncode == 0, again.stderr
    assert Archive(archive).latest() == before["version"] + 1
    assert documents(archive) == single_process_documents
    assert verify_archive(Archive(archive)).ok


def test_a_distributed_recrawl_of_unchanged_sites_downloads_no_article_again(
    fresh_replica_web, redis_server, tmp_path
):
    archive = tmp_path / "archive"
    first = run_crawl(crawl_command(archive, fresh_replica_web, redis_url=redis_server.url, workers=2))
    assert first.returncode == 0, first.stderr
    articles = {entry["doc_id"] for entry in Archive(archive).iter_manifest()}
    fresh_replica_web.clear_requests()

    second = run_crawl(crawl_command(archive, fresh_replica_web, redis_url=redis_server.url, workers=2))

    assert second.returncode == 0, second.stderr
    archived_urls = {url for doc in Archive(archive).documents() for url in doc["urls"]}
    article_paths = {url.split("#")[0].split("/", 3)[3] for url in archived_urls}
    refetched = [
        entry
        for entry in fresh_replica_web.requests()
        if entry["path"].lstrip("/") in article_paths and entry["status"] == 200
    ]
    assert refetched == []
    assert any(entry["status"] == 304 for entry in fresh_replica_web.requests())
    meta = Archive(archive).meta()
    assert meta["documents"]["new"] == 0 and meta["documents"]["changed"] == 0
    assert {entry["doc_id"] for entry in Archive(archive).iter_manifest()} == articles


def test_redis_gone_mid_crawl_stops_with_one_clear_line_and_keeps_the_last_version(
    fresh_replica_web, redis_server, tmp_path
):
    archive = tmp_path / "archive"
    first = run_crawl(crawl_command(archive, fresh_replica_web, redis_url=redis_server.url, workers=1))
    assert first.returncode == 0, first.stderr
    before = Archive(archive).meta()
    release = fresh_replica_web.hold_answers()  # requests in flight while Redis goes
    client = redis_server.client()
    cmd = crawl_command(
        archive,
        fresh_replica_web,
        "-s",
        "DISTRIBUTED_REDIS_GIVE_UP_AFTER=3",
        redis_url=redis_server.url,
        workers=1,
    )
    with started(cmd) as proc:
        try:
            wait_until(lambda: leased_worker_pid(client))
            redis_server.stop()
        finally:
            release.set()
        out, err = proc.communicate(timeout=HANG)

    assert proc.returncode == 1
    lines = [line for line in err.decode().splitlines() if line.strip()]
    assert len(lines) == 1 and "unreachable" in lines[0] and "giving up" in lines[0], lines
    assert Archive(archive).meta() == before
    assert verify_archive(Archive(archive)).ok


def test_a_coordinator_without_redis_fails_fast_with_a_clear_error(replica_web, tmp_path):
    archive = tmp_path / "archive"
    dead = RedisServer(tmp_path / "none")  # never started: nothing listens on its port
    result = run_crawl(
        crawl_command(
            archive, replica_web, "-s", "DISTRIBUTED_REDIS_GIVE_UP_AFTER=1", redis_url=dead.url, workers=1
        ),
    )
    assert result.returncode == 1
    assert "unreachable" in result.stderr and "Traceback" not in result.stderr
    assert Archive(archive).latest() is None


def test_worker_command_without_a_redis_url_is_a_usage_error(monkeypatch, capsys):
    from crawler.cli import main

    monkeypatch.delenv("REDIS_URL", raising=False)
    assert main(["worker", "--once"]) == 2
    assert "no Redis URL" in capsys.readouterr().err


def test_stats_name_every_spider_of_the_run(replica_web, redis_server, tmp_path):
    archive = tmp_path / "archive"
    result = run_crawl(crawl_command(archive, replica_web, redis_url=redis_server.url, workers=1))
    assert result.returncode == 0, result.stderr
    spiders = Archive(archive).meta()["stats"]["spiders"]
    assert set(spiders) == {"wm114", "huigou6", "fanwen_hant", "jianghua_ai"}
    assert all(s["finish_reason"] == "finished" for s in spiders.values())
    assert json.dumps(spiders)  # JSON-safe
