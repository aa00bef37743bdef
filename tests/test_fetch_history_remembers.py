"""What the fetch history remembers after a run, page kind by page kind (README "What a run
remembers"): real crawls of the huigou6 replica over HTTP, the archive's history read afterwards."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from crawlhelp import FAST, REPO_ROOT, crawl_sites, export

from archive.history import FetchHistory
from replica.huigou6 import HOST, generate_huigou6_site, three_page_paths
from replica.server import ReplicaWeb

ORIGIN = f"http://{HOST}"  # the profile's origin: what the archive names pages by
SECTION = "/zhuantifanwen/gongwenfanwen/"
NO_SPEECH = f"{SECTION}3409.html"  # an article URL whose page holds no speech


def known(archive: Path, path: str) -> dict | None:
    with FetchHistory(archive / "history.sqlite") as history:
        return history.get(ORIGIN + path)


@pytest.fixture
def site(tmp_path) -> Path:
    sites = tmp_path / "sites"
    folder = generate_huigou6_site(sites)
    (folder / NO_SPEECH.lstrip("/")).write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>下载中心</title></head><body>'
        '<div class="content"><a href="/">首页</a> <a href="/zhuantifanwen/">专题范文</a></div>'
        "</body></html>",
        encoding="utf-8",
    )
    listing = folder / SECTION.lstrip("/") / "index.html"
    html = listing.read_text(encoding="utf-8")
    listing.write_text(
        html.replace("</body>", f'<a href="{NO_SPEECH}">下载中心</a></body>'), encoding="utf-8"
    )
    return sites


def test_listings_articles_and_every_page_of_an_article_are_known_after_a_complete_run(site, tmp_path):
    archive = tmp_path / "archive"
    with ReplicaWeb(site) as web:
        assert crawl_sites(web, archive, ("huigou6",)).returncode == 0
    assert known(archive, SECTION)["status"] == 200  # a listing: asked again every run, in full
    first, second, third = three_page_paths()
    assert known(archive, first)["continuations"] == [ORIGIN + second, ORIGIN + third]
    assert known(archive, second) and known(archive, third)


def test_a_page_that_gives_no_document_is_known_and_asked_conditionally_next_time(site, tmp_path):
    archive = tmp_path / "archive"
    with ReplicaWeb(site) as web:
        assert crawl_sites(web, archive, ("huigou6",)).returncode == 0
        assert known(archive, NO_SPEECH) is not None
        assert not any(url.endswith("3409.html") for doc in export(archive) for url in doc["urls"])
        web.clear_requests()
        assert crawl_sites(web, archive, ("huigou6",)).returncode == 0
        asked = [r for r in web.requests() if r["path"] == NO_SPEECH]
    assert asked and asked[0]["conditional"] and asked[0]["status"] == 304


def test_a_304_keeps_the_original_capture_and_takes_the_new_fetch_time(site, tmp_path):
    archive = tmp_path / "archive"
    page = f"{SECTION}3401.html"
    with ReplicaWeb(site) as web:
        assert crawl_sites(web, archive, ("huigou6",)).returncode == 0
        before = known(archive, page)
        assert crawl_sites(web, archive, ("huigou6",)).returncode == 0
        after = known(archive, page)
        assert [r["status"] for r in web.requests() if r["path"] == page] == [200, 304]
    assert after["warc"] == before["warc"] and after["etag"] == before["etag"]
    assert after["fetched_at"] >= before["fetched_at"]


def test_pages_the_budget_left_are_remembered_as_found_not_fetched_and_fetched_first_next_run(site, tmp_path):
    archive = tmp_path / "archive"
    with ReplicaWeb(site) as web:
        result = crawl_sites(web, archive, ("huigou6",), "--max-requests", "5")
        assert result.returncode == 0, result.stderr
        with FetchHistory(archive / "history.sqlite") as history:
            pending = [url for url, _kind in history.pending_pages("huigou6")]
            assert pending and all(history.get(url) is None for url in pending)
        web.clear_requests()
        assert crawl_sites(web, archive, ("huigou6",)).returncode == 0
        fetched = {ORIGIN + r["path"] for r in web.requests()}
    assert set(pending) <= fetched
    with FetchHistory(archive / "history.sqlite") as history:
        assert history.pending_pages("huigou6") == []


def test_a_continuation_that_answers_404_leaves_its_article_unknown_so_the_next_run_fetches_it_whole(
    site, tmp_path
):
    archive = tmp_path / "archive"
    first, second, third = three_page_paths()
    with ReplicaWeb(site) as web:
        web.delete(HOST, third)
        result = crawl_sites(web, archive, ("huigou6",))
        assert result.returncode == 4, result.stderr  # committed, with an error: continuation_missing
        assert "continuation_missing 1" in result.stdout
        partial = [doc for doc in export(archive) if ORIGIN + first in doc["urls"]]
        assert len(partial) == 1  # archived with the pages it has: nothing is lost
        assert known(archive, first) is None and known(archive, second) is None
        web.put(HOST, third, (site / HOST / third.lstrip("/")).read_bytes())
        web.clear_requests()
        assert crawl_sites(web, archive, ("huigou6",)).returncode == 0
        asked = {r["path"]: r for r in web.requests()}
    assert not asked[first]["conditional"] and asked[third]["status"] == 200
    whole = [doc for doc in export(archive) if ORIGIN + first in doc["urls"]]
    assert len(whole) == 1 and len(whole[0]["text"]) > len(partial[0]["text"])
    assert known(archive, first)["continuations"] == [ORIGIN + second, ORIGIN + third]


def history_descriptors(pid: int, history: Path) -> int:
    """How many open files of process `pid` are the history database itself."""
    fd_dir = Path(f"/proc/{pid}/fd")
    count = 0
    for fd in fd_dir.iterdir():
        try:
            if Path(os.readlink(fd)) == history:
                count += 1
        except OSError:
            continue  # closed meanwhile
    return count


def test_one_run_holds_exactly_one_connection_to_the_fetch_history(site, tmp_path):
    archive = tmp_path / "archive"
    history = (archive / "history.sqlite").resolve()
    seen: list[int] = []
    crawl_pid: list[int] = []
    lock = threading.Lock()

    def look(entry: dict) -> None:  # as each request arrives, the crawl is mid-run
        with lock:
            if crawl_pid and entry["path"].endswith(".html"):
                seen.append(history_descriptors(crawl_pid[0], history))

    with ReplicaWeb(site, on_request=look) as web:
        args = [
            sys.executable, "-m", "crawler.cli", "crawl", "huigou6", "--archive", str(archive),
            "--base-url", f"huigou6={web.urls[HOST]}", *FAST,
        ]  # fmt: skip
        env = {**os.environ, "SPEECH_ARCHIVE_NO_REPORT": "1"}
        proc = subprocess.Popen(
            args, cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
        )
        with lock:
            crawl_pid.append(proc.pid)
        out, _ = proc.communicate(timeout=300)
    assert proc.returncode == 0, out
    assert seen and set(seen) == {1}
