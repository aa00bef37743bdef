"""The capture and conditional middlewares in real Scrapy crawls of a loopback server.

The server sends ETag / Last-Modified, answers 304 to matching validators and gzips some bodies
(one of them chunked). Each crawl runs in its own Python process (this file run as a script) so
Twisted's reactor starts fresh, writing into a real archive run that is committed after the crawl
(or abandoned, as a crash leaves it).
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

ROOT = Path(__file__).resolve().parent.parent
WARCIO = str(Path(sys.executable).with_name("warcio"))

ARTICLE = "<html><head><title>{title}</title></head><body><h1>{title}</h1><p>同志们：{text}</p></body></html>"
PAGES = {
    # path: (html, headers the server validates with, gzip the body, send it chunked)
    "/list.html": (
        '<html><body><a href="/a.html">a</a> <a href="/b.html">b</a> '
        '<a href="/c.html">c</a> <a href="/d.html">d</a></body></html>',
        {"ETag": '"list-1"'},
        False,
        False,
    ),
    "/a.html": (
        ARTICLE.format(title="在全市工作会议上的讲话", text="今天我们召开会议。"),
        {"ETag": '"a-1"'},
        True,
        False,
    ),
    "/b.html": (
        ARTICLE.format(title="在开学典礼上的讲话", text="新学期开始了。"),
        {"Last-Modified": "Wed, 01 May 2024 12:00:00 GMT"},
        False,
        False,
    ),
    "/c.html": (
        ARTICLE.format(title="在表彰大会上的讲话", text="向先进学习。"),
        {"ETag": '"c-1"'},
        True,
        True,
    ),
    "/d.html": (ARTICLE.format(title="在座谈会上的讲话", text="畅所欲言。"), {"ETag": '"d-1"'}, False, False),
}


class ReplicaHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # chunked transfer needs it

    def log_message(self, *args):  # keep test output clean
        pass

    def do_GET(self):
        self.server.requests.append((self.path, dict(self.headers.items())))
        if self.path not in PAGES:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        html, validators, gzipped, chunked = PAGES[self.path]
        etag, last_modified = validators.get("ETag"), validators.get("Last-Modified")
        if (etag and self.headers.get("If-None-Match") == etag) or (
            last_modified and not etag and self.headers.get("If-Modified-Since") == last_modified
        ):
            self.send_response(304)
            for name, value in validators.items():
                self.send_header(name, value)
            self.end_headers()
            return
        body = html.encode("utf-8")
        if gzipped:
            body = gzip.compress(body, mtime=0)
        self.server.sent[self.path] = body
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        for name, value in validators.items():
            self.send_header(name, value)
        if gzipped:
            self.send_header("Content-Encoding", "gzip")
        if chunked:
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for start in range(0, len(body), 16):
                chunk = body[start : start + 16]
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            self.wfile.write(b"0\r\n\r\n")
        else:
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), ReplicaHandler)
    httpd.requests = []
    httpd.sent = {}
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()
    thread.join(timeout=10)


def crawl(server, archive: Path, run_id: str, *, commit: bool = True) -> dict:
    """One crawl in a fresh process; what the spider saw and the crawl's stats."""
    config = {
        "base_url": f"http://127.0.0.1:{server.server_address[1]}",
        "archive": str(archive),
        "run_id": run_id,
        "commit": commit,
        "out": str(archive / f"{run_id}.json"),
    }
    server.requests.clear()
    result = subprocess.run(
        [sys.executable, __file__, json.dumps(config)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads((archive / f"{run_id}.json").read_text())


def warc_records(warc_dir: Path, prefix: str) -> list[dict]:
    records = []
    for path in sorted(warc_dir.glob(f"{prefix}-*.warc.gz")):
        with open(path, "rb") as stream:
            for record in ArchiveIterator(stream):
                records.append(
                    {
                        "type": record.rec_type,
                        "url": record.rec_headers.get_header("WARC-Target-URI"),
                        "warc": dict(record.rec_headers.headers),
                        "http": dict(record.http_headers.headers) if record.http_headers else {},
                        "raw": record.raw_stream.read(),
                    }
                )
    return records


def path_of(url: str) -> str:
    return "/" + url.rsplit("/", 1)[1]


def test_second_crawl_is_conditional_and_records_304s_as_revisits(server, tmp_path):
    archive = tmp_path / "archive"
    warc_dir = archive / "warc"

    first = crawl(server, archive, "run1")
    first_requests = list(server.requests)
    seen = {path_of(page["url"]): page for page in first["pages"]}
    assert sorted(seen) == ["/a.html", "/b.html", "/c.html", "/d.html"]
    assert not any(
        "If-None-Match" in headers or "If-Modified-Since" in headers for _, headers in first_requests
    )
    # The spider saw decoded HTML; the WARC holds the gzip bytes as the server sent them.
    for path in ("/a.html", "/c.html"):
        assert seen[path]["status"] == 200
        assert seen[path]["text"] == PAGES[path][0]
    responses = {path_of(r["url"]): r for r in warc_records(warc_dir, "run1") if r["type"] == "response"}
    for path in ("/a.html", "/c.html"):
        assert responses[path]["raw"] == server.sent[path]
        assert responses[path]["raw"][:2] == b"\x1f\x8b"
        assert responses[path]["http"]["Content-Encoding"] == "gzip"
    assert "Transfer-Encoding" not in responses["/c.html"]["http"]  # de-chunked before capture
    assert seen["/a.html"]["warc"]["record_id"] == responses["/a.html"]["warc"]["WARC-Record-ID"]
    assert first["stats"]["speech_archive/warc/records"] == 1 + 2 * 5  # warcinfo + 5 exchanges

    second = crawl(server, archive, "run2")
    sent = {path: headers for path, headers in server.requests}
    assert sent["/a.html"]["If-None-Match"] == '"a-1"'
    assert sent["/c.html"]["If-None-Match"] == '"c-1"'
    assert sent["/b.html"]["If-Modified-Since"] == "Wed, 01 May 2024 12:00:00 GMT"
    assert "If-None-Match" not in sent["/list.html"]  # listings are always fetched in full
    assert "If-None-Match" in sent["/d.html"] or "If-Modified-Since" in sent["/d.html"]

    again = {path_of(page["url"]): page for page in second["pages"]}
    assert {path: again[path]["status"] for path in again} == {
        "/a.html": 304,
        "/b.html": 304,
        "/c.html": 304,
        "/d.html": 304,
    }
    assert second["stats"]["speech_archive/http/304"] == 4
    assert second["stats"]["speech_archive/conditional_requests"] == 4

    run2 = warc_records(warc_dir, "run2")
    revisits = {path_of(r["url"]): r for r in run2 if r["type"] == "revisit"}
    # The 304s, and the listing: fetched in full again, but the same bytes as last time.
    assert sorted(revisits) == ["/a.html", "/b.html", "/c.html", "/d.html", "/list.html"]
    assert not [r for r in run2 if r["type"] == "response"]
    for path, revisit in revisits.items():
        original = responses[path]["warc"]
        assert revisit["warc"]["WARC-Refers-To"] == original["WARC-Record-ID"]
        assert revisit["warc"]["WARC-Refers-To-Date"] == original["WARC-Date"]
        assert revisit["warc"]["WARC-Payload-Digest"] == original["WARC-Payload-Digest"]
        profile = "identical-payload-digest" if path == "/list.html" else "server-not-modified"
        assert revisit["warc"]["WARC-Profile"].endswith(f"/revisit/{profile}")
    for path in ("/a.html", "/b.html", "/c.html", "/d.html"):
        assert again[path]["warc"]["refers_to"]["record_id"] == responses[path]["warc"]["WARC-Record-ID"]

    for path in sorted(warc_dir.iterdir()):
        check = subprocess.run([WARCIO, "check", str(path)], capture_output=True, text=True, timeout=60)
        assert check.returncode == 0, check.stdout


def test_a_crawl_that_never_committed_leaves_no_history(server, tmp_path):
    archive = tmp_path / "archive"
    crawl(server, archive, "crashed", commit=False)
    crawl(server, archive, "next")
    assert not any("If-None-Match" in headers for _, headers in server.requests)


def test_no_warc_is_written_when_warc_is_disabled(server, tmp_path):
    archive = tmp_path / "archive"
    result = crawl_with(server, archive, {"WARC_ENABLED": False})
    assert len(result["pages"]) == 4
    assert not list((archive / "warc").glob("*.warc*"))  # the archive has the folder, no WARC file
    assert "speech_archive/warc/records" not in result["stats"]


def crawl_with(server, archive: Path, settings: dict) -> dict:
    config = {
        "base_url": f"http://127.0.0.1:{server.server_address[1]}",
        "archive": str(archive),
        "run_id": "run1",
        "commit": True,
        "out": str(archive / "out.json"),
        "settings": settings,
    }
    archive.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [sys.executable, __file__, json.dumps(config)], cwd=ROOT, capture_output=True, text=True, timeout=180
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads((archive / "out.json").read_text())


# --- the crawl process ----------------------------------------------------------------------------


def run_crawl(config: dict) -> None:
    import scrapy
    from scrapy.crawler import CrawlerProcess

    from archive.store import Archive
    from crawler import settings as project_settings
    from crawler.run_binding import attach_run

    # A real archive run, committed after the crawl (or abandoned, as a crash leaves it).
    run = Archive(config["archive"]).begin_run({"spiders": ["replica"], "mode": "test"})

    result = {"pages": [], "stats": {}}

    class ReplicaSpider(scrapy.Spider):
        name = "replica"
        handle_httpstatus_list = [304]

        async def start(self):
            yield scrapy.Request(config["base_url"] + "/list.html", meta={"always_fetch": True})

        def parse(self, response):
            for href in response.css("a::attr(href)").getall():
                yield response.follow(href, self.parse_article, meta={"site": "replica"})

        def parse_article(self, response):
            result["pages"].append(
                {
                    "url": response.url,
                    "status": response.status,
                    "text": response.text if response.status == 200 else None,
                    "warc": response.meta.get("warc"),
                }
            )

        def closed(self, reason):
            result["stats"] = dict(self.crawler.stats.get_stats())

    process = CrawlerProcess(
        settings={
            "DOWNLOADER_MIDDLEWARES": project_settings.DOWNLOADER_MIDDLEWARES,
            # A page becomes known once its callback is done (it yields no item here).
            "SPIDER_MIDDLEWARES": {"crawler.settle.SettleFetchedPages": 40},
            "WARC_PREFIX": config["run_id"],
            "TWISTED_REACTOR": project_settings.TWISTED_REACTOR,
            "ROBOTSTXT_OBEY": False,
            "RETRY_ENABLED": False,
            "COOKIES_ENABLED": False,
            "TELNETCONSOLE_ENABLED": False,
            "DOWNLOAD_TIMEOUT": 20,
            "CLOSESPIDER_TIMEOUT": 120,
            "LOG_LEVEL": "WARNING",
            **config.get("settings", {}),
        }
    )
    process.crawl(attach_run(process.create_crawler(ReplicaSpider), run))
    process.start()
    if config["commit"]:  # the version is durable: the history may now claim these pages
        run.commit({})
    else:
        run.abort()
    Path(config["out"]).write_text(json.dumps(result, default=str, ensure_ascii=False))


if __name__ == "__main__":
    run_crawl(json.loads(sys.argv[1]))
