"""Discovery as crawlers do it, over real HTTP: pages a site names only in robots.txt's sitemaps
(an index, a gzipped sitemap), in its RSS/Atom feeds, in `data-*` attributes or in the JSON state
of a server-rendered app are fetched and archived (samples/discovery, one host per path).

The generic crawl starts from each home page; a profile crawl of the sitemap site reads the same
robots.txt. Each site's own absolute URLs name the address it is served at, as on the web.
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest
from crawlhelp import FAST, export, speech_archive

from crawler import exitcodes
from crawler.replica.server import ReplicaWeb

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "discovery"
EXPECTED = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))
MIRROR = re.compile(r"^http://127\.0\.0\.1:(\d+)(/.*)$")
SITEMAP_HOST = "www.sitemap-gov.test"


def serve_as_own_origin(web: ReplicaWeb) -> None:
    """Each host's absolute URLs name the address it is served at; `X.xml.src` is served gzipped
    at `X.xml.gz`, as a site keeps an old sitemap."""
    for host in EXPECTED:
        for file in sorted((SAMPLES / host).rglob("*")):
            if file.suffix not in (".html", ".xml", ".txt", ".src"):
                continue
            path = "/" + file.relative_to(SAMPLES / host).as_posix()
            data = file.read_bytes()
            for other in EXPECTED:
                data = data.replace(f"http://{other}".encode(), web.urls[other].encode())
            if file.suffix == ".src":
                web.put(host, path[: -len(".src")] + ".gz", gzip.compress(data, mtime=0))
            else:
                web.put(host, path, data)


def meta_of(archive: Path, version: int) -> dict:
    return json.loads((archive / "versions" / f"{version:06d}" / "meta.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def generic_crawl(tmp_path_factory):
    """`speech-archive crawl --start-url HOME` for every discovery site, in one run."""
    archive = tmp_path_factory.mktemp("discovery") / "archive"
    with ReplicaWeb(SAMPLES) as web:
        serve_as_own_origin(web)
        args = ["crawl", "--archive", str(archive), *FAST]
        for host, site in sorted(EXPECTED.items()):
            args += ["--start-url", web.url(host, site["start"])]
        result = speech_archive(*args)
        hosts = {web.urls[h].rsplit(":", 1)[1]: h for h in EXPECTED}
        fetched = {(r["host"], r["path"]) for r in web.requests() if r["status"] == 200}
    assert result.returncode == exitcodes.OK, result.stdout + result.stderr
    documents: dict[tuple[str, str], dict] = {}
    for doc in export(archive):
        for url in doc["urls"]:
            port, path = MIRROR.match(url).groups()
            documents[(hosts[port], path)] = doc
    return archive, documents, fetched


@pytest.mark.parametrize("host", sorted(EXPECTED))
def test_pages_a_site_names_outside_its_links_are_fetched_and_archived(generic_crawl, host):
    _, documents, fetched = generic_crawl
    site = EXPECTED[host]
    archived = sorted(path for (h, path) in documents if h == host)
    assert archived == site["documents"]
    assert len({documents[(host, p)]["doc_id"] for p in archived}) == len(archived)
    hidden = site.get("only_in_sitemaps") or site.get("only_in_feeds") or site.get("only_in_scripts")
    for path in hidden:
        assert (host, path) in fetched or (host, path + "/") in fetched


def test_the_sitemap_site_s_sources_are_read_and_nothing_offsite_or_unlisted_is_fetched(generic_crawl):
    _, _, fetched = generic_crawl
    paths = {path for host, path in fetched if host == SITEMAP_HOST}
    assert {"/robots.txt", "/sitemap_index.xml", "/sitemaps/news.xml", "/sitemaps/archive.xml.gz"} <= paths
    assert not {p for p in paths if p.startswith("/admin")}


def test_the_app_s_script_state_is_read_for_pages_not_for_files_or_routes(generic_crawl):
    _, _, fetched = generic_crawl
    paths = {path for host, path in fetched if host == "www.app-news.test"}
    assert not {p for p in paths if p.startswith("/static/") or "[" in p or p.startswith("/_next/")}


def test_the_run_counts_what_each_discovery_path_found(generic_crawl):
    archive, _, _ = generic_crawl
    meta = meta_of(archive, 1)
    assert meta["status"] == "complete"
    counts = meta["stats"]["discovered"]  # speech_archive/discovered/<path>, summed over the run
    assert counts["robots"] == 1  # the sitemap index
    assert counts["sitemap_index"] == 2  # its two sitemaps on the site (not the offsite one)
    assert counts["sitemap"] >= 2  # art_3 and art_4, which no link leads to
    assert counts["feed_source"] == 2 and counts["feed"] >= 2
    assert counts["data_attribute"] == 1
    assert counts["inline_json"] == 4


def test_a_profile_crawl_reads_the_sitemaps_robots_txt_names(tmp_path):
    """A profile with no `sitemaps` of its own: robots.txt's Sitemap line leads to the index, the
    gzipped sitemap and the article only it lists (URLs name the real host; the crawl a mirror)."""
    profiles = tmp_path / "profiles"
    profiles.mkdir()
    (profiles / "sitemapgov.toml").write_text(
        f"""name = "sitemapgov"
version = "1"
hosts = ["{SITEMAP_HOST}"]
fingerprints = []

[extract]
content = "div.content"
title = "h1"

[crawl]
origin = "http://{SITEMAP_HOST}"
start_paths = ["/news/"]
listing_pattern = '^/news/$'
article_pattern = '^/news/\\d+/art_\\d+\\.html$'
""",
        encoding="utf-8",
    )
    archive = tmp_path / "archive"
    with ReplicaWeb(SAMPLES, hosts=[SITEMAP_HOST]) as web:
        data = (SAMPLES / SITEMAP_HOST / "sitemaps" / "archive.xml.src").read_bytes()
        web.put(SITEMAP_HOST, "/sitemaps/archive.xml.gz", gzip.compress(data, mtime=0))
        result = speech_archive(
            "crawl",
            "sitemapgov",
            "--profiles",
            str(profiles),
            "--base-url",
            f"sitemapgov={web.urls[SITEMAP_HOST]}",
            "--archive",
            str(archive),
            *FAST,
        )
    assert result.returncode == exitcodes.OK, result.stdout + result.stderr
    urls = sorted(u for doc in export(archive) for u in doc["urls"])
    assert urls == [f"http://{SITEMAP_HOST}{p}" for p in EXPECTED[SITEMAP_HOST]["documents"]]
