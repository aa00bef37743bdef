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
from replica.server import ReplicaWeb
from spiders.urls import canonical_url

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
    speeches = len(site.get("topics") or archived)  # a topic's first page may have two URLs
    assert len({documents[(host, p)]["doc_id"] for p in archived}) == speeches, "each speech once"
    hidden = site.get("only_in_sitemaps") or site.get("only_in_feeds") or site.get("only_in_scripts") or []
    for path in hidden:
        assert (host, path) in fetched or (host, path + "/") in fetched


def path_of(path: str) -> str:
    """A replica path as the crawl names it (canonical: query sorted)."""
    return canonical_url("http://host" + path)[len("http://host") :]


def squash(text: str | None) -> str:
    return re.sub(r"\s+", "", text or "")


def pages_of(doc: dict) -> list[str]:
    return [MIRROR.match(p["url"]).group(2) for prov in doc["provenance"] for p in prov["pages"]]


def test_an_article_paged_by_trs_s_inline_script_loop_is_stitched_from_its_first_page(generic_crawl):
    """`var countPage = 3; var currentPage = 0;` + a document.write loop (and createPageHTML
    given those variables): the later pages exist only in the script; page 2, linked on its own
    from the home page, is a continuation, not a document."""
    _, documents, fetched = generic_crawl
    site = EXPECTED["www.trs-old.test"]
    for first, want in site["stitched"].items():
        doc = documents[("www.trs-old.test", first)]
        assert pages_of(doc) == want["pages"]
        for paragraph in want["firsts"]:  # each page's first paragraph, in order
            assert squash(paragraph) in squash(doc["text"])
        assert "document.write" not in doc["text"] and "countPage" not in doc["text"]
    assert ("www.trs-old.test", "/xwzx/index_1.html") in fetched  # the listing's page 2, by its loop
    for path in site["not_documents"]:
        assert ("www.trs-old.test", path) not in documents


@pytest.mark.parametrize("host", ["bbs.table-forum.test", "forum.phpbb-style.test"])
def test_a_table_layout_forum_topic_is_its_first_post_and_its_later_pages_are_no_documents(
    generic_crawl, host
):
    """Posts in table cells (`<td><span class="postbody">`, `<font>` in `<td>`) are read as
    posts, not taken for a listing; page 2 (`page=2`, `thread-12-2-1.html`, `start=10`) holds
    replies: fetched, neither a document nor stitched onto the first post."""
    _, documents, fetched = generic_crawl
    site = EXPECTED[host]
    for first, topic in site["topics"].items():
        doc = documents[(host, first)]
        for copy in doc["provenance"]:  # each copy (a page-1 URL) is one page, nothing stitched on
            assert [MIRROR.match(p["url"]).group(2) for p in copy["pages"]] in [
                [d] for d in site["documents"]
            ]
        for later in map(path_of, topic["pages"][1:]):
            assert (host, later) in fetched and (host, later) not in documents
    later_offsets = {p for h, p in fetched if h == host and ("start=10" in p or "page=2" in p or "-2-1" in p)}
    assert later_offsets, "the topics' later pages were looked at"
    assert not {p for h, p in documents if h == host and p in later_offsets}


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


@pytest.mark.parametrize("host", ["bbs.table-forum.test", "forum.phpbb-style.test"])
def test_a_table_layout_forum_topic_s_document_is_its_first_post_without_replies(generic_crawl, host):
    _, documents, _ = generic_crawl
    for first, topic in EXPECTED[host]["topics"].items():
        text = squash(documents[(host, first)]["text"])
        assert squash(topic["first"]) in text
        assert not [reply for reply in topic["replies"] if squash(reply) in text]
