"""Whole crawls of the bundled replica web: real Scrapy, real HTTP on 127.0.0.1, the real archive.

The four site families, crawled in one `speech-archive crawl`, must give exactly the distinct
speeches duplicates.json counts, each clean and listing every URL it was seen at; a second
crawl of unchanged sites downloads no article body again; an edit is recorded as exactly one
change; a 503 is retried; robots.txt is obeyed; every WARC file passes `warcio check`.
"""

from __future__ import annotations

import difflib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from crawlhelp import SAMPLES, crawl_sites, duplicates, export, manifest_states, speech_archive

WARCIO = str(Path(sys.executable).parent / "warcio")
ARTICLE_PATH = re.compile(r"/\d+(_\d+)?\.html$")


def gold_docs() -> dict[str, list[dict]]:
    """Gold documents by page URL (stitched `docs`, not per-page)."""
    out = {}
    for path in sorted((SAMPLES / "gold").glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        out[gold["url"]] = gold["docs"]
    return out


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text or "")


def recall(text: str, wanted: str) -> float:
    """Share of `wanted`'s characters found, in order, in `text`."""
    blocks = difflib.SequenceMatcher(None, text, wanted, autojunk=False).get_matching_blocks()
    return sum(b.size for b in blocks) / max(len(wanted), 1)


def warc_files(archive):
    return sorted((archive / "warc").rglob("*.warc.gz"))


@pytest.fixture(scope="module")
def first_crawl(tmp_path_factory, replica_web):
    archive = tmp_path_factory.mktemp("archive")
    result = crawl_sites(replica_web, archive)
    assert result.returncode == 0, result.stdout + result.stderr
    return archive, result


def test_four_sites_give_exactly_the_distinct_speeches(first_crawl):
    archive, _ = first_crawl
    docs = export(archive)
    assert len(docs) == duplicates()["documents"]


def test_every_copy_of_a_speech_is_one_document_listing_all_its_urls(first_crawl):
    archive, _ = first_crawl
    docs = export(archive)
    url_to_doc = {url: doc["doc_id"] for doc in docs for url in doc["urls"]}
    for group in duplicates()["same_speech"]:
        assert all(url in url_to_doc for url in group), group
        assert len({url_to_doc[url] for url in group}) == 1, group


def test_archived_texts_are_the_clean_gold_texts(first_crawl):
    archive, _ = first_crawl
    by_url = {url: doc for doc in export(archive) for url in doc["urls"]}
    for url, wanted in gold_docs().items():
        for gold in wanted:
            key = f"{url}#{gold['part']}" if gold.get("part") else url
            doc = by_url[key]
            if doc["truncated"] and not gold.get("truncated"):
                pytest.fail(f"{key}: archived a truncated copy where a complete one exists")
            if len(doc["urls"]) == 1:  # the only copy: the archived text is the gold text
                assert squash(doc["text"]) == squash(gold["text"]), key
            else:  # merged: the canonical (most complete) copy holds the gold copy's text
                assert recall(squash(doc["text"]), squash(gold["text"])) >= 0.95, key


def test_an_article_over_two_pages_is_stitched_with_both_pages_in_its_provenance(first_crawl):
    archive, _ = first_crawl
    by_url = {url: doc for doc in export(archive) for url in doc["urls"]}
    doc = by_url["http://www.huigou6.com/zhuantifanwen/gongwenfanwen/3404.html"]
    pages = [p["url"] for prov in doc["provenance"] for p in prov.get("pages", [])]
    assert "http://www.huigou6.com/zhuantifanwen/gongwenfanwen/3404_2.html" in pages
    assert "同志们,让我们坚定信心、真抓实干" in doc["text"]  # the last paragraph is on page 2


def test_every_warc_file_passes_warcio_check_and_provenance_points_into_it(first_crawl):
    archive, _ = first_crawl
    files = warc_files(archive)
    assert files
    for path in files:
        check = subprocess.run([WARCIO, "check", str(path)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr
    names = {p.name for p in files}
    for doc in export(archive):
        for prov in doc["provenance"]:
            for page in prov["pages"]:
                assert page["warc"]["file"].split("/")[-1] in names
                assert page["warc"]["record_id"].startswith("<urn:uuid:")


def test_the_archive_verifies_after_the_crawl(first_crawl):
    archive, _ = first_crawl
    result = speech_archive("verify", "--archive", str(archive))
    assert result.returncode == 0, result.stdout + result.stderr


def test_recrawl_of_unchanged_sites_downloads_no_article_body_and_changes_nothing(
    tmp_path, fresh_replica_web
):
    web = fresh_replica_web
    archive = tmp_path / "a"
    assert crawl_sites(web, archive).returncode == 0
    web.clear_requests()

    second = crawl_sites(web, archive)
    assert second.returncode == 0, second.stderr
    article_bodies = [
        r
        for r in web.requests()
        if ARTICLE_PATH.search(r["path"]) and r["status"] == 200 and r["method"] == "GET"
    ]
    assert article_bodies == []
    assert set(manifest_states(archive, 2).values()) == {"unchanged"}

    # One article edited on the server: the next crawl records exactly that change.
    path = "/jianghua/1082.html"
    page = (SAMPLES / "sites" / "jianghua-ai.test" / "jianghua" / "1082.html").read_bytes()
    edited = page.replace("招商引资".encode(), "招商引资和项目建设".encode(), 3)
    assert edited != page
    web.put("jianghua-ai.test", path, edited)
    third = crawl_sites(web, archive)
    assert third.returncode == 0, third.stderr
    states = manifest_states(archive, 3)
    changed = [doc_id for doc_id, state in states.items() if state != "unchanged"]
    assert len(changed) == 1
    assert states[changed[0]] == "changed"
    shown = speech_archive("show", changed[0], "--archive", str(archive))
    assert "招商引资和项目建设" in shown.stdout


def test_a_503_answered_once_is_retried_and_the_page_archived(tmp_path, fresh_replica_web):
    web = fresh_replica_web
    web.inject("jianghua-ai.test", "/jianghua/1081.html", "status", times=1, status=503)
    archive = tmp_path / "a"
    result = crawl_sites(web, archive, ("jianghua_ai",))
    assert result.returncode == 0, result.stdout + result.stderr
    statuses = [r["status"] for r in web.requests("jianghua-ai.test") if r["path"] == "/jianghua/1081.html"]
    assert statuses == [503, 200]
    assert any("http://jianghua-ai.test/jianghua/1081.html" in d["urls"] for d in export(archive))


def test_robots_disallowed_paths_are_never_fetched(tmp_path, fresh_replica_web):
    web = fresh_replica_web
    web.put("fanwen-hant.test", "/robots.txt", b"User-agent: *\nDisallow: /fayangao/1301.html\n")
    archive = tmp_path / "a"
    result = crawl_sites(web, archive, ("fanwen_hant",))
    assert result.returncode == 0, result.stdout + result.stderr
    paths = [r["path"] for r in web.requests("fanwen-hant.test")]
    assert "/robots.txt" in paths
    assert "/fayangao/1301.html" not in paths
    urls = {u for d in export(archive) for u in d["urls"]}
    assert "http://fanwen-hant.test/fayangao/1300.html#1" in urls
    assert not any(u.startswith("http://fanwen-hant.test/fayangao/1301.html") for u in urls)


def test_plain_scrapy_crawl_of_one_site_commits_a_version(tmp_path, replica_web):
    archive = tmp_path / "a"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "scrapy",
            "crawl",
            "jianghua_ai",
            "-a",
            f"base_url={replica_web.urls['jianghua-ai.test']}",
            "-s",
            f"ARCHIVE_DIR={archive}",
            "-s",
            "DOWNLOAD_DELAY=0",
            "-s",
            "AUTOTHROTTLE_ENABLED=False",
            "-s",
            "LOG_LEVEL=WARNING",
        ],
        cwd=SAMPLES.parent,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    docs = export(archive)
    assert len(docs) == 5
    assert all(d["sites"] == ["jianghua_ai"] for d in docs)


def test_generic_spider_archives_the_speeches_of_a_site_without_profile_and_no_listing(tmp_path):
    from replica.generate import generate_generic_site
    from replica.server import ReplicaWeb

    site = generate_generic_site(tmp_path / "sites", seed=3)
    expected = json.loads((site.parent / "expected.json").read_text(encoding="utf-8"))
    expected_docs = expected["documents"] if isinstance(expected, dict) else expected
    with ReplicaWeb(site.parent, hosts=[site.name]) as web:
        archive = tmp_path / "a"
        result = speech_archive(
            "crawl",
            "--start-url",
            web.url(site.name, "/"),
            "--archive",
            str(archive),
            "-s",
            "DOWNLOAD_DELAY=0",
            "-s",
            "AUTOTHROTTLE_ENABLED=False",
        )
        assert result.returncode == 0, result.stdout + result.stderr
    docs = export(archive)
    assert len(docs) == len(expected_docs)
    got = sorted(squash(d["text"]) for d in docs)
    want = sorted(squash(d["text"]) for d in expected_docs)
    for g, w in zip(got, want, strict=True):
        assert g == w
    assert all(d["sites"] == ["generic"] for d in docs)


def test_a_recrawl_from_a_mirror_on_other_ports_still_sends_conditional_requests(tmp_path):
    """The fetch history knows pages by the site's own URL, not by the mirror's address."""
    from replica.server import ReplicaWeb

    archive = tmp_path / "a"
    with ReplicaWeb(SAMPLES / "sites", hosts=["jianghua-ai.test"]) as first:
        assert crawl_sites(first, archive, ("jianghua_ai",)).returncode == 0
    with ReplicaWeb(SAMPLES / "sites", hosts=["jianghua-ai.test"]) as second:
        assert crawl_sites(second, archive, ("jianghua_ai",)).returncode == 0
        articles = [r for r in second.requests() if ARTICLE_PATH.search(r["path"])]
    assert articles and all(r["conditional"] and r["status"] == 304 for r in articles)
