"""The replica web over real HTTP: headers per host, validators and 304s, edits, faults, the
request log, the site generators and `speech-archive serve-samples`."""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import http.client
import json
import os
import queue
import re
import signal
import socket
import subprocess
import sys
import threading
import zlib
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from crawlhelp import HANG

from crawler.cli import main as cli_main
from replica.generate import (
    GBK_ONLY_NAMES,
    BenchSite,
    generate_bench_site,
    generate_generic_site,
    write_bench_site,
)
from replica.server import ReplicaWeb, resource_key

WM114 = "www.wm114.cn"
HUIGOU = "www.huigou6.com"
WM114_ARTICLE = "/wen/jianghua/2025111000.html"


def request(base_url: str, path: str, method: str = "GET", headers: dict | None = None, timeout: float = 10):
    """(status, headers as a dict with lower-case names, body) of one request on a new connection."""
    address = urlsplit(base_url)
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=timeout)
    try:
        connection.putrequest(method, path, skip_host=False, skip_accept_encoding=True)
        for name, value in (headers or {}).items():
            connection.putheader(name, value)
        connection.endheaders()
        response = connection.getresponse()
        body = response.read()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, body
    finally:
        connection.close()


def open_response(base_url: str, path: str, timeout: float = 10) -> tuple[http.client.HTTPConnection, object]:
    address = urlsplit(base_url)
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=timeout)
    connection.request("GET", path, headers={"Accept-Encoding": "gzip"})
    return connection, connection.getresponse()


# --- serving the bundled sites ---------------------------------------------------------------
def test_every_host_folder_is_served_on_its_own_port(replica_web, samples_dir):
    hosts = {p.name for p in (samples_dir / "sites").iterdir() if p.is_dir()}
    assert set(replica_web.urls) == hosts == {WM114, HUIGOU, "fanwen-hant.test", "jianghua-ai.test"}
    ports = {urlsplit(url).port for url in replica_web.urls.values()}
    assert len(ports) == len(hosts)
    assert all(url.startswith("http://127.0.0.1:") for url in replica_web.urls.values())
    assert replica_web.url(WM114, WM114_ARTICLE) == replica_web.urls[WM114] + WM114_ARTICLE


def test_html_content_type_is_the_one_of_the_site(replica_web):
    status, headers, _ = request(replica_web.urls[WM114], WM114_ARTICLE)
    assert status == 200
    assert headers["content-type"] == "text/html"  # wm114 names no charset: the meta tag must be read
    _, headers, _ = request(replica_web.urls[HUIGOU], "/zhuantifanwen/gongwenfanwen/3400.html")
    assert headers["content-type"] == "text/html; charset=utf-8"


def test_pages_without_an_extension_are_html_only_where_the_site_says_so(tmp_path):
    for host, meta in (("plain.test", {}), ("tieba.test", {"extensionless_html": True})):
        (tmp_path / host / "p").mkdir(parents=True)
        (tmp_path / host / "p" / "7012345678").write_bytes(b"<html>thread</html>")
        (tmp_path / host / "_site.json").write_text(
            json.dumps({"content_type": "text/html; charset=gbk", **meta})
        )
    with ReplicaWeb(tmp_path) as web:
        _, plain, _ = request(web.urls["plain.test"], "/p/7012345678")
        status, tieba, body = request(web.urls["tieba.test"], "/p/7012345678")
    assert plain["content-type"] == "application/octet-stream"
    assert (status, tieba["content-type"], body) == (200, "text/html; charset=gbk", b"<html>thread</html>")


def test_shtml_pages_get_the_sites_declared_html_type(tmp_path):
    # Sina's articles end in .shtml: the site's charset must reach them, not mimetypes' bare text/html
    (tmp_path / "sina.test" / "c").mkdir(parents=True)
    (tmp_path / "sina.test" / "c" / "doc-imyvqnak5432178.shtml").write_bytes(b"<html>doc</html>")
    (tmp_path / "sina.test" / "_site.json").write_text(
        json.dumps({"content_type": "text/html; charset=utf-8"})
    )
    with ReplicaWeb(tmp_path) as web:
        status, headers, body = request(web.urls["sina.test"], "/c/doc-imyvqnak5432178.shtml")
    assert (status, headers["content-type"], body) == (200, "text/html; charset=utf-8", b"<html>doc</html>")


def test_bytes_are_served_untouched(replica_web, samples_dir):
    _, _, body = request(replica_web.urls[WM114], WM114_ARTICLE)
    assert body == (samples_dir / "sites" / WM114 / WM114_ARTICLE.lstrip("/")).read_bytes()


def test_root_and_folders_serve_their_index(replica_web, samples_dir):
    site = samples_dir / "sites" / WM114
    assert request(replica_web.urls[WM114], "/")[2] == (site / "index.html").read_bytes()
    assert (
        request(replica_web.urls[WM114], "/wen/jianghua/")[2]
        == (site / "wen/jianghua/index.html").read_bytes()
    )
    status, headers, _ = request(replica_web.urls[WM114], "/wen/jianghua")
    assert (status, headers["location"]) == (301, "/wen/jianghua/")


def test_missing_pages_and_the_site_file_answer_404(replica_web):
    assert request(replica_web.urls[WM114], "/wen/jianghua/1.html")[0] == 404
    assert request(replica_web.urls[WM114], "/_site.json")[0] == 404
    assert request(replica_web.urls[WM114], "/sitemap.xml")[0] == 404  # wm114 has none


def test_robots_and_sitemap_are_served_with_their_types(replica_web):
    status, headers, body = request(replica_web.urls[WM114], "/robots.txt")
    assert (status, headers["content-type"]) == (200, "text/plain")
    assert b"Disallow: /user/" in body
    status, headers, body = request(replica_web.urls[HUIGOU], "/sitemap.xml")
    assert (status, headers["content-type"]) == (200, "application/xml")
    assert body.startswith(b"<?xml")


def test_head_sends_the_headers_of_get_without_a_body(replica_web):
    _, get_headers, body = request(replica_web.urls[WM114], WM114_ARTICLE)
    status, head_headers, head_body = request(replica_web.urls[WM114], WM114_ARTICLE, method="HEAD")
    assert status == 200 and head_body == b""
    assert head_headers["content-length"] == str(len(body))
    for name in ("content-type", "etag", "last-modified"):
        assert head_headers[name] == get_headers[name]


def test_keep_alive_serves_several_requests_on_one_connection(replica_web):
    address = urlsplit(replica_web.urls[WM114])
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=10)
    try:
        for path in ("/", WM114_ARTICLE, "/robots.txt"):
            connection.request("GET", path)
            response = connection.getresponse()
            assert response.status == 200 and response.read()
    finally:
        connection.close()


# --- validators ------------------------------------------------------------------------------
def test_etag_and_last_modified_are_sent_and_stable_across_servers(replica_web, samples_dir):
    _, headers, body = request(replica_web.urls[WM114], WM114_ARTICLE)
    assert re.fullmatch(r'"[0-9a-f]{32}"', headers["etag"])
    assert headers["etag"] == '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    assert headers["last-modified"].endswith(" GMT")
    with ReplicaWeb(samples_dir / "sites", [WM114]) as other:
        _, again, _ = request(other.urls[WM114], WM114_ARTICLE)
    assert (again["etag"], again["last-modified"]) == (headers["etag"], headers["last-modified"])


def test_if_none_match_with_the_current_etag_answers_304_without_body(replica_web):
    _, headers, _ = request(replica_web.urls[WM114], WM114_ARTICLE)
    status, headers_304, body = request(
        replica_web.urls[WM114], WM114_ARTICLE, headers={"If-None-Match": headers["etag"]}
    )
    assert (status, body) == (304, b"")
    assert headers_304["etag"] == headers["etag"]
    assert request(replica_web.urls[WM114], WM114_ARTICLE, headers={"If-None-Match": '"stale"'})[0] == 200


def test_if_modified_since_answers_304_unless_the_page_is_newer(replica_web):
    _, headers, _ = request(replica_web.urls[WM114], WM114_ARTICLE)
    since = {"If-Modified-Since": headers["last-modified"]}
    assert request(replica_web.urls[WM114], WM114_ARTICLE, headers=since)[:3:2] == (304, b"")
    older = {"If-Modified-Since": "Mon, 01 Jan 2024 00:00:00 GMT"}
    assert request(replica_web.urls[WM114], WM114_ARTICLE, headers=older)[0] == 200


def test_if_none_match_wins_over_if_modified_since(replica_web):
    _, headers, _ = request(replica_web.urls[WM114], WM114_ARTICLE)
    both = {"If-None-Match": '"stale"', "If-Modified-Since": headers["last-modified"]}
    assert request(replica_web.urls[WM114], WM114_ARTICLE, headers=both)[0] == 200


# --- path traversal --------------------------------------------------------------------------
@pytest.fixture
def site_with_secrets(tmp_path):
    """A sites folder whose host folder has files outside it worth stealing."""
    sites = tmp_path / "sites"
    (sites / "site.test" / "sub").mkdir(parents=True)
    (sites / "site.test" / "index.html").write_bytes(b"<html>home</html>")
    (sites / "site.test" / "sub" / "page.html").write_bytes(b"<html>page</html>")
    (sites / "secret.txt").write_bytes(b"SECRET-NEXT-TO-HOSTS")
    (tmp_path / "secret.txt").write_bytes(b"SECRET-ABOVE-SITES")
    (sites / "site.test" / "link.txt").symlink_to(tmp_path / "secret.txt")
    return sites


@pytest.mark.parametrize(
    "target",
    [
        "/../secret.txt",
        "/../../secret.txt",
        "/sub/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/%2e%2e/secret.txt",
        "/..%2fsecret.txt",
        "/..%5csecret.txt",
        "/sub/%2e%2e/%2e%2e/secret.txt",
        "/..\\secret.txt",
        "//secret.txt",
        "{outside}",
        "http://site.test/../secret.txt",
        "/link.txt",
        "/%00",
        "secret.txt",
    ],
)
def test_no_path_leaves_the_host_folder(site_with_secrets, target):
    target = target.replace("{outside}", str(site_with_secrets.parent / "secret.txt"))  # an absolute path
    with ReplicaWeb(site_with_secrets) as web:
        status, _, body = request(web.urls["site.test"], target)
    assert status in (400, 404)
    assert b"SECRET" not in body


def test_dot_segments_inside_the_folder_still_resolve():
    assert resource_key("/sub/./page.html") == "sub/page.html"
    assert resource_key("/sub/page.html?x=1#top") == "sub/page.html"
    assert resource_key("/") == resource_key("/index.html") == "index.html"


# --- live edits ------------------------------------------------------------------------------
def test_put_replaces_a_page_with_new_validators_and_leaves_the_disk_alone(fresh_replica_web, samples_dir):
    web = fresh_replica_web
    on_disk = (samples_dir / "sites" / WM114 / WM114_ARTICLE.lstrip("/")).read_bytes()
    _, before, _ = request(web.urls[WM114], WM114_ARTICLE)
    web.put(WM114, WM114_ARTICLE, b"<html>edited</html>")
    status, after, body = request(web.urls[WM114], WM114_ARTICLE, headers={"If-None-Match": before["etag"]})
    assert (status, body) == (200, b"<html>edited</html>")
    assert after["etag"] != before["etag"]
    assert after["content-type"] == "text/html"
    from email.utils import parsedate_to_datetime

    assert parsedate_to_datetime(after["last-modified"]) > parsedate_to_datetime(before["last-modified"])
    since = {"If-Modified-Since": before["last-modified"]}
    assert request(web.urls[WM114], WM114_ARTICLE, headers=since)[0] == 200
    assert request(web.urls[WM114], WM114_ARTICLE, headers={"If-None-Match": after["etag"]})[0] == 304
    assert (samples_dir / "sites" / WM114 / WM114_ARTICLE.lstrip("/")).read_bytes() == on_disk


def test_put_adds_a_page_and_delete_removes_one(fresh_replica_web):
    web = fresh_replica_web
    web.put(WM114, "/wen/jianghua/new.html", b"<html>new</html>")
    assert request(web.urls[WM114], "/wen/jianghua/new.html")[2] == b"<html>new</html>"
    web.delete(WM114, WM114_ARTICLE)
    assert request(web.urls[WM114], WM114_ARTICLE)[0] == 404
    web.put(WM114, WM114_ARTICLE, b"<html>back</html>")
    assert request(web.urls[WM114], WM114_ARTICLE)[:3:2] == (200, b"<html>back</html>")


def test_edits_do_not_leak_into_another_replica(fresh_replica_web, replica_web):
    fresh_replica_web.delete(WM114, WM114_ARTICLE)
    assert request(replica_web.urls[WM114], WM114_ARTICLE)[0] == 200


# --- faults ----------------------------------------------------------------------------------
def test_status_fault_answers_the_status_then_recovers(fresh_replica_web):
    web = fresh_replica_web
    web.inject(WM114, WM114_ARTICLE, "status", status=503, headers={"Retry-After": "1"})
    status, headers, _ = request(web.urls[WM114], WM114_ARTICLE)
    assert (status, headers["retry-after"]) == (503, "1")
    assert request(web.urls[WM114], WM114_ARTICLE)[0] == 200


def test_fault_times_counts_matching_requests_and_none_means_always(fresh_replica_web):
    web = fresh_replica_web
    web.inject(WM114, WM114_ARTICLE, "status", times=2, status=500)
    assert request(web.urls[WM114], "/")[0] == 200  # another path does not use up the fault
    assert [request(web.urls[WM114], WM114_ARTICLE)[0] for _ in range(3)] == [500, 500, 200]
    web.inject(WM114, "*", "status", times=None, status=429)
    assert [request(web.urls[WM114], path)[0] for path in ("/", "/robots.txt", "/x")] == [429, 429, 429]
    web.clear_faults()
    assert request(web.urls[WM114], "/")[0] == 200


def test_slow_fault_delays_the_answer_past_a_client_timeout(fresh_replica_web):
    web = fresh_replica_web
    web.inject(WM114, "/", "slow", seconds=30)
    with pytest.raises(TimeoutError):
        request(web.urls[WM114], "/", timeout=0.3)
    web.inject(WM114, "/", "slow", seconds=0.05)
    assert request(web.urls[WM114], "/")[0] == 200
    assert [e["fault"] for e in web.requests(WM114)][-1] == "slow"


def test_reset_fault_drops_the_connection_without_an_answer(fresh_replica_web):
    web = fresh_replica_web
    web.inject(WM114, "/", "reset")
    with pytest.raises(ConnectionError):
        request(web.urls[WM114], "/")
    assert web.requests(WM114)[-1]["status"] == 0
    assert request(web.urls[WM114], "/")[0] == 200


def test_truncate_fault_sends_half_of_the_declared_length(fresh_replica_web):
    web = fresh_replica_web
    web.inject(WM114, WM114_ARTICLE, "truncate")
    with pytest.raises(http.client.IncompleteRead) as caught:
        request(web.urls[WM114], WM114_ARTICLE)
    declared = len(request(web.urls[WM114], WM114_ARTICLE)[2])
    assert len(caught.value.partial) == declared // 2
    assert caught.value.expected == declared - declared // 2
    assert web.requests(WM114)[0]["bytes_sent"] == declared // 2


def test_redirect_loop_fault_redirects_to_itself_or_between_a_pair(fresh_replica_web):
    web = fresh_replica_web
    web.inject(WM114, "/", "redirect_loop", times=None)
    status, headers, _ = request(web.urls[WM114], "/")
    assert (status, headers["location"]) == (302, "/")
    web.clear_faults()
    web.inject(WM114, "/a.html", "redirect_loop", times=None, to="/b.html")
    assert request(web.urls[WM114], "/a.html")[1]["location"] == "/b.html"
    assert request(web.urls[WM114], "/b.html")[1]["location"] == "/a.html"
    assert request(web.urls[WM114], "/a.html")[0] == 302


def test_gzip_bomb_is_a_small_gzip_body_that_inflates_to_a_gigabyte_of_zeros(fresh_replica_web):
    web = fresh_replica_web
    web.inject(WM114, WM114_ARTICLE, "gzip_bomb")
    connection, response = open_response(web.urls[WM114], WM114_ARTICLE)
    try:
        assert response.getheader("Content-Encoding") == "gzip"
        assert int(response.getheader("Content-Length")) < 2 * 1024 * 1024
        body = response.read()
    finally:
        connection.close()
    assert len(body) == int(response.getheader("Content-Length"))
    inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
    first = inflater.decompress(body, 16 * 1024 * 1024)  # inflate a little, never all of it
    assert len(first) == 16 * 1024 * 1024 and first.count(0) == len(first)
    assert int.from_bytes(body[-4:], "little") == 1 << 30  # gzip trailer: inflated size mod 2**32


def test_a_small_gzip_bomb_is_a_valid_gzip_member(fresh_replica_web):
    web = fresh_replica_web
    size = 3 * 1024 * 1024 + 17
    web.inject(WM114, "/", "gzip_bomb", size=size)
    _, headers, body = request(web.urls[WM114], "/")
    assert gzip.decompress(body) == bytes(size)  # checks CRC and length too


def test_huge_fault_streams_fifty_megabytes_of_html(fresh_replica_web):
    web = fresh_replica_web
    web.inject(WM114, "/", "huge")
    connection, response = open_response(web.urls[WM114], "/")
    try:
        assert response.getheader("Content-Type").startswith("text/html")
        assert int(response.getheader("Content-Length")) == 50 * 1024 * 1024
        first = response.read(1024)
        received = len(first)
        while chunk := response.read(1024 * 1024):
            received += len(chunk)
    finally:
        connection.close()
    assert first.startswith(b"<!DOCTYPE html>")
    assert received == 50 * 1024 * 1024


def test_a_client_giving_up_on_a_huge_body_does_not_break_the_server(fresh_replica_web):
    web = fresh_replica_web
    web.inject(WM114, "/", "huge")
    connection, response = open_response(web.urls[WM114], "/")
    response.read(4096)
    connection.close()
    assert request(web.urls[WM114], "/")[0] == 200


def test_not_html_fault_serves_a_pdf_or_random_bytes(fresh_replica_web):
    web = fresh_replica_web
    web.inject(WM114, "/", "not_html")
    status, headers, body = request(web.urls[WM114], "/")
    assert (status, headers["content-type"]) == (200, "application/pdf")
    assert body.startswith(b"%PDF-")
    web.inject(WM114, "/", "not_html", times=2, kind="random", size=1000, content_type="text/html")
    first, second = request(web.urls[WM114], "/"), request(web.urls[WM114], "/")
    assert first[1]["content-type"] == "text/html"  # a server lying about what it sends
    assert len(first[2]) == 1000 and first[2] == second[2]
    with pytest.raises(UnicodeDecodeError):
        first[2].decode("utf-8")


def test_unknown_faults_and_hosts_are_refused(fresh_replica_web):
    with pytest.raises(ValueError):
        fresh_replica_web.inject(WM114, "/", "explode")
    with pytest.raises(KeyError):
        fresh_replica_web.inject("nowhere.test", "/", "reset")
    with pytest.raises(ValueError):
        ReplicaWeb(fresh_replica_web.sites_dir, ["nowhere.test"])


# --- request log -----------------------------------------------------------------------------
def test_request_log_records_every_answer(fresh_replica_web):
    web = fresh_replica_web
    _, headers, body = request(web.urls[WM114], WM114_ARTICLE)
    request(web.urls[WM114], WM114_ARTICLE, headers={"If-None-Match": headers["etag"]})
    request(web.urls[WM114], "/missing.html", method="HEAD")
    request(web.urls[HUIGOU], "/robots.txt")
    assert web.requests(WM114) == [
        {"host": WM114, "method": "GET", "path": WM114_ARTICLE, "status": 200, "bytes_sent": len(body),
         "conditional": False, "fault": None},
        {"host": WM114, "method": "GET", "path": WM114_ARTICLE, "status": 304, "bytes_sent": 0,
         "conditional": True, "fault": None},
        {"host": WM114, "method": "HEAD", "path": "/missing.html", "status": 404, "bytes_sent": 0,
         "conditional": False, "fault": None},
    ]  # fmt: skip
    assert [e["host"] for e in web.requests()] == [WM114, WM114, WM114, HUIGOU]
    web.clear_requests()
    assert web.requests() == []


def test_a_test_waits_for_the_nth_request_not_for_the_clock(fresh_replica_web):
    web = fresh_replica_web
    assert not web.wait_for_requests(1, timeout=0)  # nothing asked yet
    client = threading.Thread(target=lambda: [request(web.urls[WM114], "/") for _ in range(3)])
    client.start()
    try:
        assert web.wait_for_requests(3, WM114, timeout=HANG)
    finally:
        client.join()
    assert not web.wait_for_requests(1, HUIGOU, timeout=0)


def test_held_answers_wait_for_their_release_and_the_log_has_them_already(fresh_replica_web):
    web = fresh_replica_web
    release = web.hold_answers(after=1)
    statuses = []
    client = threading.Thread(
        target=lambda: statuses.extend(request(web.urls[WM114], p)[0] for p in ("/", WM114_ARTICLE))
    )
    client.start()
    try:
        assert web.wait_for_requests(2, timeout=HANG)  # the first answered, the second held
        assert statuses == [200] and web.requests()[-1]["status"] == 0
        release.set()
    finally:
        client.join()
    assert statuses == [200, 200]
    assert request(web.urls[WM114], "/")[0] == 200  # a released hold holds nothing more


def test_stop_releases_held_answers(samples_dir):
    web = ReplicaWeb(samples_dir / "sites", [WM114]).start()
    release = web.hold_answers()
    url = web.urls[WM114]

    def ask() -> None:
        with contextlib.suppress(OSError, http.client.HTTPException):  # answered or cut: not held
            request(url, "/")

    client = threading.Thread(target=ask)
    client.start()
    assert web.wait_for_requests(1, timeout=HANG)
    web.stop()
    assert release.is_set()
    client.join()


def test_stop_closes_kept_alive_connections(samples_dir):
    web = ReplicaWeb(samples_dir / "sites", [WM114]).start()
    address = urlsplit(web.urls[WM114])
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=5)
    try:
        connection.request("GET", "/")
        assert connection.getresponse().read()
        web.stop()
        with pytest.raises((ConnectionError, http.client.HTTPException, OSError)):
            connection.request("GET", "/")
            connection.getresponse().read()
    finally:
        connection.close()
        web.stop()


def test_latency_still_answers(samples_dir):
    with ReplicaWeb(samples_dir / "sites", [WM114], latency=0.01) as web:
        assert request(web.urls[WM114], "/")[0] == 200


# --- generated sites -------------------------------------------------------------------------
def tree_bytes(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def content_paragraphs(page: str) -> list[str]:
    """The plain <p> of the content div, up to its first closing div (a pager or its own end)."""
    content = page[page.index('class="content"') :]
    return re.findall(r"<p>(.*?)</p>", content[: content.index("</div>")])


def test_bench_site_is_deterministic_from_its_seed(tmp_path):
    first = generate_bench_site(tmp_path / "one", n_articles=60, seed=7)
    second = generate_bench_site(tmp_path / "two", n_articles=60, seed=7)
    other = generate_bench_site(tmp_path / "three", n_articles=60, seed=8)
    assert first == tmp_path / "one" / "bench.test"
    assert tree_bytes(first) == tree_bytes(second)
    assert tree_bytes(first) != tree_bytes(other)


def test_bench_site_has_the_articles_listings_and_copies_asked_for(tmp_path):
    site = generate_bench_site(tmp_path, n_articles=1000, seed=0)
    truth = json.loads((tmp_path / "bench.test.truth.json").read_text(encoding="utf-8"))
    articles = sorted(site.glob("a/*.html"))
    assert (
        len(articles) == 1000 and (site / "a" / "1.html").is_file() and (site / "a" / "1000.html").is_file()
    )
    assert len(list(site.glob("list/index*.html"))) == truth["list_pages"] == 20
    links = []
    for page in range(1, 21):
        name = "index.html" if page == 1 else f"index_{page}.html"
        html = (site / "list" / name).read_text(encoding="utf-8")
        page_links = re.findall(r'href="(/a/\d+\.html)"', html)
        assert len(page_links) == 50
        assert ("下一页" in html) == (page < 20)
        links += page_links
    assert links == [f"/a/{n}.html" for n in range(1000, 0, -1)]  # newest first, as real sites list
    assert 50 <= len(truth["copies"]) <= 150  # about 10 %
    assert truth["distinct_documents"] == 1000 - len(truth["copies"])
    assert {c["kind"] for c in truth["copies"]} == {"near", "truncated"}
    assert "Disallow: /admin/" in (site / "robots.txt").read_text()
    assert json.loads((site / "_site.json").read_text())["content_type"] == "text/html; charset=utf-8"


def test_bench_articles_are_distinct_speeches_and_copies_stay_close(tmp_path):
    site = generate_bench_site(tmp_path, n_articles=300, seed=3)
    truth = json.loads((tmp_path / "bench.test.truth.json").read_text(encoding="utf-8"))

    def paragraphs(path: str) -> list[str]:
        return content_paragraphs((site / path.lstrip("/")).read_text(encoding="utf-8"))

    copied = {c["path"] for c in truth["copies"]}
    originals = [f"/a/{n}.html" for n in range(1, 301) if f"/a/{n}.html" not in copied]
    texts = ["".join(paragraphs(path)) for path in originals]
    assert len(set(texts)) == len(texts)
    assert all(8 <= len(paragraphs(path)) <= 20 for path in originals)
    for copy in truth["copies"]:
        source, duplicate = paragraphs(copy["of"]), paragraphs(copy["path"])
        if copy["kind"] == "truncated":
            assert duplicate == source[: len(duplicate)] and len(duplicate) < len(source)
        else:
            assert len(duplicate) == len(source) and duplicate != source
            assert sum(a == b for a, b in zip(source, duplicate, strict=True)) >= len(source) - 2


def test_bench_site_is_served_by_the_replica_web(tmp_path):
    generate_bench_site(tmp_path, n_articles=60, seed=1)
    with ReplicaWeb(tmp_path) as web:
        assert list(web.urls) == ["bench.test"]
        status, headers, body = request(web.urls["bench.test"], "/list/index_2.html")
        assert (status, headers["content-type"]) == (200, "text/html; charset=utf-8")
        assert "/a/10.html" in body.decode("utf-8")  # 60 articles, newest first: page 2 has 10 … 1


def test_a_growing_bench_site_lists_its_new_articles_first_and_keeps_the_old_ones(tmp_path):
    bench = BenchSite(seed=4, sitemap=True)
    site = write_bench_site(tmp_path, bench, 120)
    old_page = (site / "a" / "7.html").read_bytes()
    new_pages = bench.add_articles(30)
    index = bench.index_pages()
    assert sorted(new_pages) == sorted(f"/a/{n}.html" for n in range(121, 151))
    first = re.findall(r'href="(/a/\d+\.html)"', index["/list/index.html"].decode("utf-8"))
    assert first[:3] == ["/a/150.html", "/a/149.html", "/a/148.html"]
    assert len([p for p in index if p.startswith("/list/")]) == 3
    assert "<loc>http://bench.test/a/150.html</loc>" in index["/sitemap.xml"].decode("utf-8")
    assert "Sitemap: http://bench.test/sitemap.xml" in (site / "robots.txt").read_text()
    # The same seed makes the same first 120 articles, however the site grows afterwards.
    again = BenchSite(seed=4)
    assert again.add_articles(120)["/a/7.html"] == old_page


def test_generic_site_is_gbk_declared_as_gb2312(tmp_path):
    site = generate_generic_site(tmp_path, seed=0)
    assert site == tmp_path / "gbk-portal.test"
    assert json.loads((site / "_site.json").read_text())["content_type"] == "text/html"
    pages = sorted(site.rglob("*.html"))
    assert len(pages) == 1 + 2 + 6 + 2  # home, two listing pages, six articles, two second pages
    outside_gb2312 = 0
    for page in pages:
        raw = page.read_bytes()
        text = raw.decode("gbk")
        assert 'charset=gb2312"' in text
        try:
            raw.decode("gb2312")
        except UnicodeDecodeError:
            outside_gb2312 += 1
    assert outside_gb2312 >= 6
    assert any(name in (site / "news/1001.html").read_bytes().decode("gbk") for name in GBK_ONLY_NAMES)


def test_generic_site_expected_documents_are_the_pages_stitched_without_noise(tmp_path):
    site = generate_generic_site(tmp_path, seed=0)
    expected = json.loads((tmp_path / "expected.json").read_text(encoding="utf-8"))
    documents = expected["documents"]
    assert len(documents) == 6
    assert [len(d["pages"]) for d in documents].count(2) == 2
    listing = (site / "news/index.html").read_bytes().decode("gbk")
    assert "下一页" in listing and 'href="/news/index_2.html"' in listing
    listed = re.findall(
        r'href="(/news/\d+\.html)"', listing + (site / "news/index_2.html").read_bytes().decode("gbk")
    )
    assert sorted(set(listed)) == sorted(d["path"] for d in documents)
    for document in documents:
        page_texts = [(site / path.lstrip("/")).read_bytes().decode("gbk") for path in document["pages"]]
        stitched = [p for page in page_texts for p in content_paragraphs(page)]
        assert document["text"] == "\n\n".join(stitched)
        assert document["url"] == "http://gbk-portal.test" + document["path"]
        assert all(document["title"] in page for page in page_texts)
        for noise in expected["noise"]:
            assert noise not in document["text"]
            if noise not in ("上一页", "下一页"):  # pager words are on paged articles only
                assert noise in page_texts[0]
        if len(page_texts) == 2:
            assert "下一页" in page_texts[0] and "上一页" in page_texts[1]


def test_generic_site_is_deterministic_from_its_seed(tmp_path):
    generate_generic_site(tmp_path / "one", seed=5)
    generate_generic_site(tmp_path / "two", seed=5)
    assert tree_bytes(tmp_path / "one") == tree_bytes(tmp_path / "two")


# --- speech-archive serve-samples ------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_serve_samples(repo_root: Path, *arguments: str) -> tuple[subprocess.Popen, queue.Queue]:
    process = subprocess.Popen(
        [sys.executable, "-m", "crawler.cli", "serve-samples", *arguments],
        cwd=repo_root,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "0"},
    )
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in process.stdout], daemon=True).start()
    return process, lines


def test_serve_samples_prints_a_line_per_host_and_stops_on_sigterm(repo_root):
    process, lines = start_serve_samples(repo_root, "--host", WM114, "--host", "jianghua-ai.test")
    try:
        printed = [lines.get(timeout=HANG).strip() for _ in range(2)]
        assert [line.split(" -> ")[0] for line in printed] == ["jianghua-ai.test", WM114]
        urls = dict(line.split(" -> ") for line in printed)
        assert all(re.fullmatch(r"http://127\.0\.0\.1:\d+", url) for url in urls.values())
        assert request(urls[WM114], WM114_ARTICLE)[1]["content-type"] == "text/html"
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=HANG) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)


def test_serve_samples_port_base_gives_stable_ports_and_stops_on_sigint(repo_root):
    port = free_port()
    process, lines = start_serve_samples(repo_root, "--host", HUIGOU, "--port-base", str(port))
    try:
        assert lines.get(timeout=HANG).strip() == f"{HUIGOU} -> http://127.0.0.1:{port}"
        assert request(f"http://127.0.0.1:{port}", "/sitemap.xml")[0] == 200
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=HANG) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)


def test_serve_samples_reports_a_missing_folder_or_host_in_one_line(tmp_path, capsys):
    assert cli_main(["serve-samples", "--sites", str(tmp_path / "nowhere")]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "no sites folder" in error
    assert cli_main(["serve-samples", "--host", "nowhere.test"]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "nowhere.test" in error
