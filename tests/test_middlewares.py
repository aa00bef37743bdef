"""The two downloader middlewares on hand-made requests and responses (no engine)."""

from __future__ import annotations

import gzip
from types import SimpleNamespace

import pytest
from scrapy.exceptions import NotConfigured
from scrapy.http import HtmlResponse, Request, Response
from scrapy.settings import Settings
from scrapy.statscollectors import MemoryStatsCollector

from archive.history import FetchHistory, RunHistory
from archive.warc_reader import read_record
from archive.warc_writer import WarcWriter
from crawler.middlewares import ConditionalRequestMiddleware, WarcCaptureMiddleware, sha1_digest

URL = "http://127.0.0.1:8000/a/1080.html"
PAGE = "<html><body><p>同志们：今天我们召开会议。</p></body></html>".encode()


def archive_and_commit(history: RunHistory, article: str = URL) -> None:
    """What the run does for these pages: the article's outcome archived, then the commit."""
    history.settle(article)
    history.apply()


@pytest.fixture
def parts(tmp_path):
    stats = MemoryStatsCollector(SimpleNamespace(settings=Settings()))
    store = FetchHistory(tmp_path / "history.sqlite")
    history = RunHistory(store, "run1")
    writer = WarcWriter(tmp_path / "warc", "run1")
    capture = WarcCaptureMiddleware(writer, history, stats)
    conditional = ConditionalRequestMiddleware(history, stats, clock=lambda: "2024-05-01T12:00:00Z")
    yield SimpleNamespace(
        stats=stats,
        history=store,
        run_history=history,
        writer=writer,
        capture=capture,
        conditional=conditional,
    )
    writer.close()
    store.close()


def through(parts, request, response):
    """Send a request/response pair through both middlewares the way Scrapy orders them."""
    answered = parts.conditional.process_request(request)
    if answered is not None:
        response = answered
    response = parts.capture.process_response(request, response)
    return parts.conditional.process_response(request, response)


def test_a_200_is_captured_as_received_and_staged_until_commit(parts):
    body = gzip.compress(PAGE)
    request = Request(URL, headers={"User-Agent": "speech-archive/0.1"})
    response = Response(
        URL, status=200, body=body, request=request, headers={"ETag": '"v1"', "Content-Encoding": "gzip"}
    )
    through(parts, request, response)

    ref = request.meta["warc"]
    assert read_record(parts.writer.directory, ref)[1] == PAGE
    assert parts.history.get(URL) is None  # staged only
    assert list(parts.run_history.staged(settled=False)) == [URL]  # held until archived
    archive_and_commit(parts.run_history)
    entry = parts.history.get(URL)
    assert entry["etag"] == '"v1"'
    assert entry["warc"] == ref
    assert entry["payload_digest"] == ref["payload_digest"]
    assert entry["fetched_at"] == request.meta["fetched_at"]
    assert entry["site"] == "127.0.0.1"
    # warcinfo (opening the file), response, request
    assert parts.stats.get_value("speech_archive/warc/records") == 3
    warc_file = parts.writer.directory / ref["file"]
    assert parts.stats.get_value("speech_archive/warc/bytes") == warc_file.stat().st_size


def commit_first_fetch(parts, **entry):
    parts.history.stage(
        "run0",
        URL,
        {"etag": '"v1"', "status": 200, "fetched_at": "2024-04-01T00:00:00Z", **entry},
    )
    parts.history.apply("run0")


def test_a_known_url_is_fetched_conditionally_and_a_304_becomes_a_revisit(parts, tmp_path):
    original = WarcWriter(tmp_path / "warc", "run0")
    ref = original.write_exchange(
        URL, "GET", [], 200, "OK", [("ETag", '"v1"')], PAGE, fetched_at="2024-04-01T00:00:00Z"
    )
    original.close()
    commit_first_fetch(parts, warc=ref, last_modified="Mon, 01 Apr 2024 00:00:00 GMT")

    request = Request(URL)
    assert parts.conditional.process_request(request) is None
    assert request.headers["If-None-Match"] == b'"v1"'
    assert request.headers["If-Modified-Since"] == b"Mon, 01 Apr 2024 00:00:00 GMT"
    assert request.meta["history"]["warc"] == ref

    response = parts.capture.process_response(request, Response(URL, status=304, request=request))
    response = parts.conditional.process_response(request, response)
    assert response.status == 304  # reaches the spider
    revisit = request.meta["warc"]
    assert revisit["refers_to"] == ref
    assert read_record(parts.writer.directory, revisit)[1] == PAGE
    assert parts.stats.get_value("speech_archive/http/304") == 1
    assert parts.stats.get_value("speech_archive/conditional_requests") == 1

    archive_and_commit(parts.run_history)  # the 304 restarts the clock, keeps the original capture
    entry = parts.history.get(URL)
    assert entry["warc"] == ref
    assert entry["fetched_at"] == request.meta["fetched_at"]


def test_listing_pages_are_always_fetched_in_full(parts):
    commit_first_fetch(parts)
    request = Request(URL, meta={"always_fetch": True})
    assert parts.conditional.process_request(request) is None
    assert b"If-None-Match" not in request.headers
    assert "history" not in request.meta


def test_a_known_url_is_fetched_conditionally(parts):
    commit_first_fetch(parts)
    request = Request(URL)
    assert parts.conditional.process_request(request) is None
    assert request.headers["If-None-Match"] == b'"v1"'


def test_validators_do_not_follow_a_redirect_to_another_url(parts):
    commit_first_fetch(parts)
    request = Request(URL)
    parts.conditional.process_request(request)
    redirected = request.replace(url="http://127.0.0.1:8000/b/1.html")
    assert parts.conditional.process_request(redirected) is None
    assert b"If-None-Match" not in redirected.headers
    assert "history" not in redirected.meta


def test_without_warc_the_digest_is_the_bodys_sha1(parts):
    request = Request(URL)
    response = HtmlResponse(URL, status=200, body=PAGE, request=request)
    parts.conditional.process_response(request, response)
    assert parts.history.staged("run1")[URL]["payload_digest"] == sha1_digest(PAGE)


def test_warc_capture_is_off_when_warc_enabled_is_false():
    crawler = SimpleNamespace(settings=Settings({"WARC_ENABLED": False}))
    with pytest.raises(NotConfigured):
        WarcCaptureMiddleware.from_crawler(crawler)


def test_a_page_whose_declared_charset_does_not_fit_its_bytes_is_read_as_the_extractor_reads_it():
    from crawler.middlewares import DeclaredCharsetCheckMiddleware

    speech = "同志们：今天我们召开全市招商引资大会，主要任务是总结去年工作，部署今年任务。" * 3
    body = f"<html><head><meta charset='gb2312'></head><body><p>{speech}</p></body></html>".encode("gbk")
    lying = HtmlResponse(
        "http://x.test/a.html", body=body, headers={"Content-Type": "text/html; charset=utf-8"}
    )
    read = DeclaredCharsetCheckMiddleware().process_response(None, lying)
    assert speech in read.text and read.body == body  # the bytes as they came, for the WARC and extract
    honest = HtmlResponse(
        "http://x.test/b.html", body=speech.encode(), headers={"Content-Type": "text/html; charset=utf-8"}
    )
    assert DeclaredCharsetCheckMiddleware().process_response(None, honest) is honest
