"""Scheduled crawls survive faults, kills and overlaps: nothing archived is lost or half-written.

Every crawl here is a real `speech-archive crawl` in a subprocess against the replica server,
which injects the faults; the archive is checked with `speech-archive verify` afterwards.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys

import pytest
from crawlhelp import (
    FAST,
    HANG,
    REPO_ROOT,
    SAMPLES,
    SITE_SPIDERS,
    crawl_sites,
    duplicates,
    export,
    speech_archive,
    wait_for_requests,
)

AI = "jianghua-ai.test"
AI_ARTICLES = [f"/jianghua/{n}.html" for n in range(1080, 1085)]
# Pages that can never be archived: added to the listing, each answered with a fault for good.
BROKEN_PAGES = {
    "/jianghua/2001.html": ("redirect_loop", {}),
    "/jianghua/2002.html": ("gzip_bomb", {}),
    "/jianghua/2003.html": ("huge", {}),
    "/jianghua/2004.html": ("not_html", {"kind": "pdf"}),
}


def listing_with_extra_links(paths) -> bytes:
    page = (SAMPLES / "sites" / AI / "jianghua" / "index.html").read_bytes()
    links = "".join(f'<li><a href="{p}">extra</a></li>' for p in paths)
    return page.replace(b"</ul>", links.encode() + b"</ul>")


def run_meta(archive, version: int) -> dict:
    return json.loads((archive / "versions" / f"{version:06d}" / "meta.json").read_text(encoding="utf-8"))


def verify(archive) -> subprocess.CompletedProcess:
    return speech_archive("verify", "--archive", str(archive))


def test_faults_are_survived_counted_by_kind_and_every_reachable_speech_archived(tmp_path, fresh_replica_web):
    web = fresh_replica_web
    web.put(AI, "/jianghua/index.html", listing_with_extra_links(BROKEN_PAGES))
    for path, (fault, params) in BROKEN_PAGES.items():
        web.inject(AI, path, fault, times=None, **params)
    # Transient faults on the real articles: each is retried and the page archived.
    web.inject(AI, "/jianghua/1080.html", "status", times=1, status=503)
    # Answered only when the server stops: the crawl's DOWNLOAD_TIMEOUT is what ends the wait.
    web.inject(AI, "/jianghua/1081.html", "slow", times=1, seconds=HANG)
    web.inject(AI, "/jianghua/1082.html", "reset", times=1)
    web.inject(AI, "/jianghua/1083.html", "truncate", times=1)

    archive = tmp_path / "a"
    # A timeout short enough to keep the test short, long enough for every other answer (the
    # 8 MB cut of the huge page too) on a loaded machine.
    result = crawl_sites(web, archive, ("jianghua_ai",), "-s", "DOWNLOAD_TIMEOUT=10")
    output = result.stdout + result.stderr
    assert "Traceback" not in output
    # Finished, committed, and says it had errors (the four broken pages).
    assert result.returncode == 4, output
    urls = {u for d in export(archive) for u in d["urls"]}
    assert {f"http://{AI}{p}" for p in AI_ARTICLES} <= urls
    assert not any("/jianghua/200" in u for u in urls)

    report = run_meta(archive, 1)["stats"]
    errors = report["errors"]
    assert errors.get("redirect_loop", 0) >= 1
    assert errors.get("skipped_not_html", 0) == 1
    # The 50 MB page and the gzip bomb stop at DOWNLOAD_MAXSIZE (the bomb on its inflated size).
    assert errors.get("download_too_large", 0) == 2, errors
    assert report["errors_total"] >= 3
    assert verify(archive).returncode == 0


def test_two_crawls_at_once_one_runs_and_one_is_refused(tmp_path):
    from replica.server import ReplicaWeb

    archive = tmp_path / "a"
    with ReplicaWeb(SAMPLES / "sites", hosts=[AI]) as web:
        args = [
            sys.executable,
            "-m",
            "crawler.cli",
            "crawl",
            "jianghua_ai",
            "--archive",
            str(archive),
            "--base-url",
            f"jianghua_ai={web.urls[AI]}",
            *FAST,
        ]
        env = {**os.environ, "SPEECH_ARCHIVE_NO_REPORT": "1"}
        # The first crawl's answers wait until the second has been refused: it is mid-crawl,
        # holding the lock, however long the second takes to start.
        release = web.hold_answers()
        first_args = [*args, "-s", f"DOWNLOAD_TIMEOUT={HANG}"]
        first = subprocess.Popen(
            first_args, cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        try:
            assert wait_for_requests(web, 1, first), first.communicate()
            second = subprocess.run(
                args, cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=HANG
            )
            assert second.returncode == 3
            assert "archive is locked by pid" in second.stderr
            assert "Traceback" not in second.stderr
            release.set()
            assert first.wait(timeout=HANG) == 0
        finally:
            release.set()
            first.kill()
            first.wait()
    assert verify(archive).returncode == 0
    assert len(export(archive)) == 5


def start_crawl(web, archive) -> subprocess.Popen:
    args = [sys.executable, "-m", "crawler.cli", "crawl", *SITE_SPIDERS, "--archive", str(archive), *FAST]
    for name, host in SITE_SPIDERS.items():
        args += ["--base-url", f"{name}={web.urls[host]}"]
    env = {**os.environ, "SPEECH_ARCHIVE_NO_REPORT": "1"}
    return subprocess.Popen(
        args, cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


@pytest.mark.parametrize("requests_before_kill", [1, 12, 40])
def test_sigkill_at_any_moment_leaves_the_last_version_verifying(tmp_path, requests_before_kill):
    """Killed early, mid-crawl and late; after each the archive verifies; the next run completes."""
    from replica.server import ReplicaWeb

    archive = tmp_path / "a"
    with ReplicaWeb(SAMPLES / "sites", hosts=list(SITE_SPIDERS.values())) as web:
        assert crawl_sites(web, archive, ("jianghua_ai",)).returncode == 0  # version 1 exists
        for kill_round in range(2):
            web.clear_requests()
            # Answers stop after the Nth: the kill lands after exactly N, however loaded the machine.
            release = web.hold_answers(after=requests_before_kill)
            crawl = start_crawl(web, archive)
            try:
                wait_for_requests(web, requests_before_kill + 1, crawl)
            finally:
                crawl.send_signal(signal.SIGKILL)
                crawl.wait(timeout=HANG)
                release.set()
            check = verify(archive)
            assert check.returncode == 0, f"round {kill_round}: {check.stdout}{check.stderr}"
        final = crawl_sites(web, archive)
        assert final.returncode == 0, final.stdout + final.stderr
    assert verify(archive).returncode == 0
    assert len(export(archive)) == duplicates()["documents"]


def test_sigterm_commits_finished_work_as_an_interrupted_version(tmp_path):
    from replica.server import ReplicaWeb

    archive = tmp_path / "a"
    with ReplicaWeb(SAMPLES / "sites", hosts=list(SITE_SPIDERS.values())) as web:
        # Ten answers, then the crawl waits: the signal lands mid-crawl, never after its end.
        release = web.hold_answers(after=10)
        crawl = start_crawl(web, archive)
        try:
            assert wait_for_requests(web, 11, crawl), crawl.communicate()
            crawl.send_signal(signal.SIGTERM)
            release.set()  # a graceful stop lets the requests in flight finish
            out, err = crawl.communicate(timeout=HANG)
        finally:
            release.set()
            crawl.kill()
        assert crawl.returncode == 5, out + err
        assert "Traceback" not in err
        meta = run_meta(archive, 1)
        assert meta["status"] == "interrupted"
        assert verify(archive).returncode == 0
        final = crawl_sites(web, archive)
        assert final.returncode == 0, final.stdout + final.stderr
    assert run_meta(archive, 2)["status"] == "complete"
    assert len(export(archive)) == duplicates()["documents"]


def test_crawl_all_reads_the_sites_config_and_quiet_output_is_one_summary(tmp_path, replica_web):
    config = tmp_path / "sites.toml"
    config.write_text(
        f'[sites.jianghua_ai]\nbase_url = "{replica_web.urls[AI]}"\n'
        f'[sites.fanwen_hant]\nenabled = false\nbase_url = "{replica_web.urls["fanwen-hant.test"]}"\n',
        encoding="utf-8",
    )
    archive = tmp_path / "a"
    result = speech_archive("crawl", "--all", "--sites-config", str(config), "--archive", str(archive), *FAST)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("version 1 committed (complete)")
    assert result.stderr == ""
    meta = run_meta(archive, 1)
    assert meta["spiders"] == ["jianghua_ai"]
    log_file = meta["stats"]["log_file"]
    assert log_file.startswith(str(archive / "logs"))
    assert "Spider closed (finished)" in open(log_file, encoding="utf-8").read()


def test_unknown_site_and_bad_arguments_are_one_line_errors(tmp_path):
    result = speech_archive("crawl", "nosuchsite", "--archive", str(tmp_path / "a"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "unknown site 'nosuchsite'" in result.stderr
    result = speech_archive(
        "crawl", "jianghua_ai", "--base-url", "nonsense", "--archive", str(tmp_path / "a")
    )
    assert result.returncode == 2 and "NAME=VALUE" in result.stderr


def test_only_allowed_hosts_are_fetched_and_no_url_escapes_the_archive(tmp_path, fresh_replica_web):
    web = fresh_replica_web
    other = web.urls["www.wm114.cn"]
    page = listing_with_extra_links(
        [f"{other}/wen/jianghua/2025111000.html", "/jianghua/..%2F..%2F..%2Fetc%2Fpasswd"]
    )
    web.put(AI, "/jianghua/index.html", page)
    archive = tmp_path / "a"
    result = crawl_sites(web, archive, ("jianghua_ai",))
    assert result.returncode in (0, 4), result.stdout + result.stderr
    # The wm114 replica listens on 127.0.0.1 too, but it is not this site: never asked.
    assert web.requests("www.wm114.cn") == []
    for path in archive.rglob("*"):
        assert path.resolve().is_relative_to(archive.resolve())
    assert not (tmp_path / "etc").exists()


def test_a_sitemap_with_entities_is_read_without_expanding_them(tmp_path, fresh_replica_web):
    web = fresh_replica_web
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">'
        b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>&lol3;&xxe;</loc></url>'
        b"<url><loc>https://www.huigou6.com/zhuantifanwen/gongwenfanwen/3400.html</loc></url></urlset>"
    )
    web.put("www.huigou6.com", "/sitemap.xml", bomb)
    archive = tmp_path / "a"
    result = crawl_sites(web, archive, ("huigou6",))
    assert result.returncode == 0, result.stdout + result.stderr
    paths = [r["path"] for r in web.requests("www.huigou6.com")]
    assert not any("lol" in p or "root:" in p for p in paths)
    assert len(export(archive)) == 8


def test_progress_is_shown_on_request_and_ends_with_the_totals(tmp_path, replica_web):
    archive = tmp_path / "a"
    result = speech_archive(
        "crawl",
        "jianghua_ai",
        "--progress",
        "--archive",
        str(archive),
        "--base-url",
        f"jianghua_ai={replica_web.urls[AI]}",
        *FAST,
    )
    assert result.returncode == 0, result.stderr
    last = result.stderr.strip().splitlines()[-1].split("\r")[-1]
    assert re.fullmatch(r"jianghua_ai: \d+ pages, 5 documents, 0 errors, [\d.]+ pages/s", last), last
